#include <catch2/catch.hpp>

#include "match/builtin_gazetteers.h"
#include "match/context_matcher.h"
#include "match/tokeniser.h"
#include "normalise/normaliser.h"

using namespace gazette;

namespace {
struct Found {
  std::string surface;
  match::EntryType type;
  bool operator==(const Found& o) const { return surface == o.surface && type == o.type; }
};
std::ostream& operator<<(std::ostream& os, const Found& f) {
  return os << f.surface << "/" << match::to_string(f.type);
}
std::vector<Found> found(const std::string& original) {
  const normalise::Normalised folded = normalise::normalise(original);
  std::vector<match::Token> tokens;
  match::tokenise(folded.text, tokens);
  std::vector<match::ContextMatch> out;
  static const match::ContextMatcher matcher(std::make_shared<match::FirstNames>(match::builtin_first_names()));
  matcher.find(folded, tokens, {}, out);
  std::vector<Found> result;
  for (const auto& m : out) {
    const std::size_t b = folded.original_begin(m.begin), e = folded.original_end(m.end);
    result.push_back({original.substr(b, e - b), m.type});
  }
  return result;
}
constexpr auto C = match::EntryType::company;
constexpr auto L = match::EntryType::lab;
using V = std::vector<Found>;
}  // namespace

TEST_CASE("a noun introduces a company name", "[match][context]") {
  CHECK(found("la start-up AcuSurgical a lev\xC3\xA9") == V{{"AcuSurgical", C}});
  CHECK(found("la firme japonaise SoftBank") == V{{"SoftBank", C}});
  CHECK(found("la start-up nav4you et la soci\xC3\xA9t\xC3\xA9 civile") == V{{"nav4you", C}});
  CHECK(found("l\xE2\x80\x99op\xC3\xA9rateur Sprint") == V{{"Sprint", C}});
  CHECK(found("la jeune pousse Ynsect et le groupe PSA") == V{{"Ynsect", C}, {"PSA", C}});
  CHECK(found("la start-up fran\xC3\xA7" "aise Protein BioSensor SAS") == V{{"Protein BioSensor SAS", C}});
  CHECK(found("le chanteur du groupe Linkin Park, le groupe ALDE et le groupe armé Jamaat") == V{});
  CHECK(found("la start-up, cr\xC3\xA9\xC3\xA9" "e en 2019, et le groupe de travail") == V{});
  CHECK(found("la soci\xC3\xA9t\xC3\xA9 Le 5 mars") == V{});
}

TEST_CASE("capitalised heads and engineering schools", "[match][context]") {
  CHECK(found("le Laboratoire IREMIA et le laboratoire ENSAIT") == V{{"IREMIA", L}});
  CHECK(found("Acme-Industries SARL et H3E Sarl") == V{{"Acme-Industries SARL", C}, {"H3E Sarl", C}});
}

TEST_CASE("a trigger noun describes the name before it", "[match][context]") {
  CHECK(found("UNGUARD TX est une entreprise pionni\xC3\xA8re") == V{{"UNGUARD TX", C}});
  CHECK(found("Cr\xC3\xA9\xC3\xA9" "e en 2013, Mathym est une soci\xC3\xA9t\xC3\xA9 de nanotechnologie") == V{{"Mathym", C}});
  CHECK(found("Amarob, spin-off issue de la recherche") == V{{"Amarob", C}});
  CHECK(found("EnerBee est une jeune start-up") == V{{"EnerBee", C}});
  CHECK(found("Le LIRMM, laboratoire d'informatique") == V{{"LIRMM", L}});
  CHECK(found("Il est une soci\xC3\xA9t\xC3\xA9 et Paris est une ville") == V{});
  CHECK(found("Le JWST est une entreprise audacieuse.") == V{});
  CHECK(found("Astrachain est \xC3\xA9" "diteur d'une solution") == V{{"Astrachain", C}});
  CHECK(found("entre Curie et Argobio, un start-up studio fran\xC3\xA7" "ais") == V{{"Argobio", C}});
  CHECK(found("\xC3\x80 Lyon, la start-up Nova") == V{{"Nova", C}});
  CHECK(found("\xC3\x80 Bessan, un groupe de manifestants") == V{});
  CHECK(found("L'entreprise de Mark Zuckerberg") == V{});
  CHECK(found("C'est un \xC3\xA9" "diteur et une start-up MedTech") == V{});
  CHECK(found("la start-up INNOV'ORGA et la soci\xC3\xA9t\xC3\xA9 EndoGene.Bio") == V{{"EndoGene", C}});
  CHECK(found("\xC3\x80 Lyon, la start-up N\xC3\xA9r\xC3\xA9via") == V{{"N\xC3\xA9r\xC3\xA9via", C}});
}

TEST_CASE("a founding marks a company", "[match][context]") {
  CHECK(found("Carembouche a \xC3\xA9t\xC3\xA9 fond\xC3\xA9" "e fin 2021 par Muriel Thomas.") == V{{"Carembouche", C}});
  CHECK(found("Ynsect, cr\xC3\xA9\xC3\xA9" "e en 2011, \xC3\xA9l\xC3\xA8ve des insectes.") == V{{"Ynsect", C}});
  CHECK(found("La ville de Lyon, fond\xC3\xA9" "e en 43") == V{});  // not at a clause start
  CHECK(found("une association cr\xC3\xA9\xC3\xA9" "e en 2001") == V{});
  CHECK(found("Co-fond\xC3\xA9" "e par Guillaume Cagnon") == V{});
}

TEST_CASE("a sentence's subject that does what companies do is a company", "[match][context]") {
  CHECK(found("La seringue est pr\xC3\xAAte. UGIEL d\xC3\xA9ploie son r\xC3\xA9seau.") == V{{"UGIEL", C}});
  CHECK(found("Smart Impulse commercialise une technologie ; Emobot a lev\xC3\xA9 2 M\xE2\x82\xAC.") ==
        V{{"Smart Impulse", C}, {"Emobot", C}});
  CHECK(found("Le maire de Lyon Gérard Collomb développe") == V{});  // not a clause start
  CHECK(found("Il d\xC3\xA9veloppe ; Nous d\xC3\xA9veloppons") == V{});
  // "propose", "vise": only names shaped like a company's, not people's or places'.
  CHECK(found("inHEART propose un service. Macron propose une loi. Angoul\xC3\xAAme offre un festival.") ==
        V{{"inHEART", C}});
  CHECK(found("Manuel Valls d\xC3\xA9veloppe une id\xC3\xA9" "e.") == V{});
  CHECK(found("GEENG a con\xC3\xA7u DIAGNOW, une plateforme web. DIAGNOW propose un syst\xC3\xA8me.") == V{{"GEENG", C}});
  CHECK(found("Soci\xC3\xA9t\xC3\xA9 Silios Technologies d\xC3\xA9veloppe des filtres.") == V{{"Silios Technologies", C}});
  CHECK(found("L'\xC3\xA9quipe HUBLEX con\xC3\xA7oit des outils.") == V{{"HUBLEX", C}});
  CHECK(found("Matricis.ai d\xC3\xA9veloppe des outils. Motörhead, groupe de rock.") == V{{"Matricis.ai", C}});
  CHECK(found("ImmunID\xE2\x84\xA2 est une soci\xC3\xA9t\xC3\xA9 de diagnostic.") == V{{"ImmunID", C}});
}

TEST_CASE("a legal form marks the capitalised name before it", "[match][context]") {
  CHECK(found("Quandela SAS et Acme Robotics Inc. ont sign\xC3\xA9") == V{{"Quandela SAS", C}, {"Acme Robotics Inc.", C}});
  CHECK(found("En SAS, la gestion") == V{});
}

TEST_CASE("labs from their context: acronyms, UMR numbers, bracketed parents", "[match][context]") {
  CHECK(found("le laboratoire LIRMM (UMR 5506)") == V{{"LIRMM", L}, {"UMR 5506", L}});
  CHECK(found("au sein du GREYC (CNRS, UMR 6072)") == V{{"GREYC", L}, {"UMR 6072", L}});
  CHECK(found("l'\xC3\xA9quipe IMEP-LAHC (CNRS)") == V{{"IMEP-LAHC", L}});
  CHECK(found("issu du LEPES/unit\xC3\xA9 propre CNRS et du LPM/unit\xC3\xA9 mixte, pas TCP/IP") ==
        V{{"LEPES", L}, {"LPM", L}});
  CHECK(found("UMR 5800, UMR-S 1234, UMR CNRS 5130 et umr 12") == V{{"UMR 5800", L}, {"UMR-S 1234", L}});
  CHECK(found("le laboratoire de chimie") == V{});
}

TEST_CASE("an institute's or capitalised laboratory's head belongs to its name", "[match][context]") {
  CHECK(found("avec l\xE2\x80\x99Institut FEMTO-ST et l'institut Curie") == V{{"Institut FEMTO-ST", L}, {"institut Curie", L}});
  CHECK(found("l'Institut de Recherche et D\xC3\xA9veloppement et M\xC3\xA9t\xC3\xA9o") ==
        V{{"Institut de Recherche et D\xC3\xA9veloppement", L}});
  CHECK(found("le Laboratoire Hubert Curien, un laboratoire de chimie") == V{{"Laboratoire Hubert Curien", L}});
  CHECK(found("l'Institut Catholique de Paris et l'institut national") == V{});
  CHECK(found("entre l'Institut Curie et Argobio") == V{{"Institut Curie", L}});
  CHECK(found("le Laboratoire de G\xC3\xA9nie des Proc\xC3\xA9" "d\xC3\xA9s pour la Bioraffinerie") ==
        V{{"Laboratoire de G\xC3\xA9nie des Proc\xC3\xA9" "d\xC3\xA9s pour la Bioraffinerie", L}});
  CHECK(found("le Laboratoire de Chimie de l'Universit\xC3\xA9 de Lyon et l'Institut Joliot du CEA") ==
        V{{"Laboratoire de Chimie", L}, {"Institut Joliot", L}});
}

TEST_CASE("an acronym in brackets after a known name is learnt", "[match][context]") {
  const std::string text = "Pakistan International Airlines (PIA) et Inria (INRIA). La PIA recrute.";
  const normalise::Normalised folded = normalise::normalise(text);
  std::vector<match::Token> tokens;
  match::tokenise(folded.text, tokens);
  const std::vector<match::ContextMatch> known = {{0, 31, C}};  // "Pakistan International Airlines"
  std::vector<match::ContextMatch> out;
  match::ContextMatcher().find(folded, tokens, known, out);
  std::vector<std::string> surfaces;
  for (const auto& m : out) surfaces.push_back(text.substr(folded.original_begin(m.begin), folded.original_end(m.end) - folded.original_begin(m.begin)));
  CHECK(surfaces == std::vector<std::string>{"PIA", "PIA"});
}

TEST_CASE("a capitalised name listed between known companies is a company", "[match][context]") {
  const std::string text = "Anthropic, Armada, Amazon Web Services et Dell, DrivenData et Google. Paris, Lyon et Nice.";
  const normalise::Normalised folded = normalise::normalise(text);
  std::vector<match::Token> tokens;
  match::tokenise(folded.text, tokens);
  const auto span = [&](const std::string& name) {
    const std::size_t at = text.find(name);
    return match::ContextMatch{at, at + name.size(), C};
  };
  const std::vector<match::ContextMatch> known = {span("Anthropic"), span("Amazon Web Services"), span("Dell"),
                                                  span("Google")};
  std::vector<match::ContextMatch> out;
  match::ContextMatcher().find(folded, tokens, known, out);
  std::vector<std::string> surfaces;
  for (const auto& m : out) surfaces.push_back(text.substr(m.begin, m.end - m.begin));
  CHECK(surfaces == std::vector<std::string>{"Armada", "DrivenData"});
}

TEST_CASE("a name learnt from context is found again with the same spelling", "[match][context]") {
  CHECK(found("La start-up Astrachain a lev\xC3\xA9 3 M\xE2\x82\xAC. Astrachain vise l'Europe ; astrachain non.") ==
        V{{"Astrachain", C}, {"Astrachain", C}});
}
