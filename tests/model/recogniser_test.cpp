// The shipped model as a producer: what it finds on texts no list or rule covers, and what it
// leaves alone.
#include "model/recogniser.h"

#include <algorithm>
#include <catch2/catch.hpp>

#include "model/shipped_words.h"
#include "pipeline/extractor.h"
#include "tokens/tokeniser.h"

using namespace gazette;

namespace {

const model::Recogniser& shipped() {
  static const std::unique_ptr<model::Recogniser> recogniser = [] {
    std::string error;
    auto r = model::Recogniser::load(model::builtin_model(), model::shipped_words().first_names,
                                     model::shipped_words().words, error);
    if (!r) throw std::runtime_error("the shipped model does not load: " + error);
    return r;
  }();
  return *recogniser;
}

// The model's finds (score >= 0.5) when `known` is all the other producers found.
std::vector<std::string> model_finds(const std::string& text, const std::vector<model::KnownSpan>& known = {}) {
  const normalise::Normalised folded = normalise::normalise(text);
  std::vector<tokens::Token> words;
  tokens::tokenise(folded.text, words);
  std::vector<model::ModelSpan> spans;
  shipped().find(folded, words, known, spans);
  std::vector<std::string> out;
  for (const model::ModelSpan& s : spans) {
    CHECK(s.type == model::Label::company);
    if (s.score < 0.5f) continue;
    const std::size_t b = folded.original_begin(s.begin), e = folded.original_end(s.end);
    out.push_back(text.substr(b, e - b));
  }
  return out;
}

const pipeline::Extractor& extractor(bool with_model) {
  const auto build = [](bool model) {
    pipeline::ExtractorSettings settings;
    settings.model = model;
    settings.min_score = 0.5f;
    std::string error;
    auto built = pipeline::build_extractor({}, settings, error);
    if (!built) throw std::runtime_error(error);
    return built;
  };
  static const auto on = build(true);
  static const auto off = build(false);
  return with_model ? *on : *off;
}

const std::string kStartUp =
    "Une jeune pousse au service des hôpitaux\n\n"
    "Brevalis propose aux hôpitaux une méthode de suivi des patients opérés. Depuis deux ans, Brevalis travaille "
    "avec les cliniques de la région lyonnaise. Brevalis compte aujourd'hui vingt salariés et Brevalis vise le "
    "marché allemand.\n";

}  // namespace

TEST_CASE("a start-up named as the subject of one business verb after another is found at every mention", "[model]") {
  CHECK(model_finds(kStartUp) == std::vector<std::string>(4, "Brevalis"));
  std::size_t found = 0;
  for (const resolve::Mention& m : extractor(true).extract(kStartUp)) {
    CHECK(m.text == "Brevalis");
    CHECK(m.source == "model");
    CHECK(m.score >= 0.5f);
    ++found;
  }
  CHECK(found == 4);
  CHECK(extractor(false).extract(kStartUp).empty());
}

TEST_CASE("a hashtag or a handle is no mention, even of a name the document settles", "[model]") {
  CHECK(model_finds(kStartUp + "Suivez #Brevalis et @Brevalis.\n") == std::vector<std::string>(4, "Brevalis"));
}

TEST_CASE("a town called Orange is no company to the model", "[model]") {
  const std::vector<std::string> found = model_finds(
      "Le maire d'Orange a inauguré la nouvelle place du marché. À Orange, les habitants attendaient ces travaux "
      "depuis longtemps. La ville d'Orange compte trente mille habitants.");
  CHECK(found.empty());
}

TEST_CASE("a surname after a first name is no company to the model", "[model]") {
  const std::vector<std::string> found = model_finds(
      "Selon Paul Dubreuil, la saison sera difficile. Dubreuil a rappelé que Martine Orange avait déjà alerté la "
      "mairie.");
  CHECK(found.empty());
}

TEST_CASE("an acronym its document spells out as a thing is no company to the model", "[model]") {
  // BRVE behaves as a start-up does; spelt out as a device, it is the device at every mention.
  const std::string acting =
      "BRVE propose aux hôpitaux une méthode de suivi des patients. Depuis deux ans, BRVE travaille avec les "
      "cliniques de la région. BRVE compte aujourd'hui vingt salariés.\n";
  CHECK(model_finds(acting) == std::vector<std::string>(3, "BRVE"));
  CHECK(model_finds("Le boîtier de régulation veineuse externe (BRVE) est né au CHU. " + acting).empty());
  // Spelt out with a word that makes it a company, it stays one.
  CHECK(model_finds("La société Bio Recherche Vasculaire Européenne (BRVE) est née au CHU. " + acting).size() >= 3);
}

TEST_CASE("a technique's or a school's acronym is no company to the model, however it behaves", "[model]") {
  // The same sentences that make BRVE a start-up (above): MEMS is a listed technical term, HEC a
  // listed school.
  const auto acting = [](const std::string& name) {
    return name + " propose aux hôpitaux une méthode de suivi des patients. Depuis deux ans, " + name +
           " travaille avec les cliniques de la région. " + name + " compte aujourd'hui vingt salariés.\n";
  };
  CHECK(model_finds(acting("MEMS")).empty());
  CHECK(model_finds(acting("HEC")).empty());
  CHECK(model_finds("Les capteurs MEMS et les récepteurs GPS de Brevalis. " + kStartUp) ==
        std::vector<std::string>(5, "Brevalis"));
}

TEST_CASE("a name counted like a thing is a product at that mention", "[model]") {
  // "un Airbus A320", "114 Airbus": as the gazetteer reads its names.
  CHECK(model_finds(kStartUp + "Le CHU de Lyon utilise une Brevalis.\n") == std::vector<std::string>(4, "Brevalis"));
  CHECK(model_finds(kStartUp + "Le CHU de Lyon a acheté 12 Brevalis.\n") == std::vector<std::string>(4, "Brevalis"));
  CHECK(model_finds(kStartUp + "Une Brevalis coûte cher.\n") == std::vector<std::string>(5, "Brevalis"));
  // Right after a first name the name is a surname at that mention.
  CHECK(model_finds(kStartUp + "Selon Paul Brevalis, tout va bien.\n") == std::vector<std::string>(4, "Brevalis"));
}

TEST_CASE("the end of a number or of a pair is no mention", "[model]") {
  // "4,5MW", "ADP/ATP": the other mentions of the surface stay names.
  const auto brevalis = [](const std::string& more) {
    const std::vector<std::string> found = model_finds(kStartUp + more);
    return std::count(found.begin(), found.end(), "Brevalis");
  };
  CHECK(brevalis("Le CHU signe avec Brevalis et avec Medica/Brevalis.\n") == 5);
  CHECK(brevalis("Le CHU signe avec Brevalis et avec 1,2Brevalis.\n") == 5);
  // Glued as the gazetteer and the rules read it: "EndoGene.Bio", "GM&S".
  CHECK(brevalis("Le CHU signe avec Brevalis et avec Medica.Brevalis.\n") == 5);
  // A comma glued to a word is a space lost before the name.
  CHECK(brevalis("Le CHU signe avec Brevalis et avec Medica,Brevalis.\n") == 6);
}

TEST_CASE("a name after an initial is a person's at every mention", "[model]") {
  // "S. BAHRAM", "M. Girard": the surface is a surname however it behaves elsewhere.
  CHECK(model_finds(kStartUp + "Son fondateur, P. Brevalis, est médecin.\n").empty());
  // A capital ending a word before a full stop is no initial.
  const std::vector<std::string> found = model_finds(kStartUp + "Elle finance sa R&D. Brevalis recrute.\n");
  CHECK(std::count(found.begin(), found.end(), "Brevalis") >= 4);
}

TEST_CASE("the model leaves the spans other producers found to them", "[model]") {
  const normalise::Normalised folded = normalise::normalise(kStartUp);
  const std::uint32_t first = static_cast<std::uint32_t>(folded.text.find("brevalis"));
  const std::vector<std::string> found = model_finds(kStartUp, {{first, first + 8, model::Label::company}});
  CHECK(found.size() == 3);
}

TEST_CASE("a model file that is not one is refused with a reason", "[model]") {
  std::string error;
  CHECK(model::Recogniser::load("", nullptr, model::shipped_words().words, error) == nullptr);
  CHECK(error == "not a gazette model file");
  std::string truncated(model::builtin_model().substr(0, 100));
  CHECK(model::Recogniser::load(truncated, nullptr, model::shipped_words().words, error) == nullptr);
  CHECK(error == "model file of the wrong size");
}
