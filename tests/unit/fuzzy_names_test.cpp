// extract --fuzzy: one-word gazetteer names written a letter or two wrong, by the policy of
// gazette check's canonical rule.
#include <catch2/catch.hpp>
#include <stdexcept>

#include "pipeline/extractor.h"

using namespace gazette;

namespace {

const pipeline::Extractor& extractor(bool fuzzy) {
  const auto build = [](bool with_fuzzy) {
    pipeline::ExtractorSettings settings;
    settings.fuzzy = with_fuzzy;
    std::string error;
    auto built = pipeline::build_extractor({}, settings, error);
    if (!built) throw std::runtime_error(error);
    return built;
  };
  static const auto with = build(true), without = build(false);
  return fuzzy ? *with : *without;
}

std::vector<resolve::Mention> fuzzy_finds(std::string_view text, bool fuzzy = true) {
  std::vector<resolve::Mention> out;
  for (resolve::Mention& m : extractor(fuzzy).extract(text))
    if (m.distance > 0) out.push_back(std::move(m));
  return out;
}

}  // namespace

TEST_CASE("fuzzy: a near spelling of a name the document writes right", "[fuzzy]") {
  const std::string text = "Après l’annonce, Nvidia a dépassé ses concurrents. Anthropic, Armada, NVvidia et AMD suivent.";
  const auto found = fuzzy_finds(text);
  REQUIRE(found.size() == 1);
  CHECK(found[0].text == "NVvidia");
  CHECK(found[0].type == produce::EntityType::company);
  CHECK(found[0].canonical == "Nvidia");
  CHECK(found[0].id.find("wikidata:") == 0);
  CHECK(found[0].source == "fuzzy");
  CHECK(found[0].distance == 1);
  CHECK(text.substr(found[0].start, found[0].end - found[0].start) == "NVvidia");
  CHECK(fuzzy_finds(text, false).empty());  // off unless asked
}

TEST_CASE("fuzzy: a typist's slip in a long well-known name needs no correct spelling nearby", "[fuzzy]") {
  const auto found = fuzzy_finds("Ses membres comprennent Bayer, Pfizer ou AstraZaneca.");
  REQUIRE(found.size() == 1);
  CHECK(found[0].canonical == "AstraZeneca");
  // Another letter is another word more often than a slip: taken only next to the name.
  CHECK(fuzzy_finds("Le groupe Nvidla annonce un plan.").empty());
  CHECK(fuzzy_finds("Le groupe Nvidla annonce un plan avec Nvidia.").size() == 1);
}

TEST_CASE("fuzzy: what is not taken for a misspelling", "[fuzzy]") {
  // Written twice: a name of its own, not a slip.
  CHECK(fuzzy_finds("Nvidia et NVvidia. Puis NVvidia encore.").empty());
  // The name itself, in any case, is an exact find.
  CHECK(fuzzy_finds("Nvidia, NVIDIA et nvidia.").empty());
  // A surname after a first name; a word in lower case; a word in capitals.
  CHECK(fuzzy_finds("Nvidia recrute Marie Nvidla. Les nvvidia. Les NVVIDIA.").empty());
}

TEST_CASE("fuzzy: exact finds are unchanged", "[fuzzy]") {
  const std::string text = "Nvidia, Airbus SE et le CNRS ont levé 2 Md€ ; Anthropic, Armada, NVvidia et AMD.";
  std::vector<resolve::Mention> exact;
  for (resolve::Mention& m : extractor(true).extract(text))
    if (m.distance == 0) exact.push_back(std::move(m));
  std::vector<resolve::Mention> plain;
  for (resolve::Mention& m : extractor(false).extract(text))
    if (m.text != "NVvidia") plain.push_back(std::move(m));
  REQUIRE(exact.size() == plain.size());
  for (std::size_t i = 0; i < exact.size(); ++i) {
    CHECK(exact[i].text == plain[i].text);
    CHECK(exact[i].canonical == plain[i].canonical);
    CHECK(exact[i].source == plain[i].source);
  }
}
