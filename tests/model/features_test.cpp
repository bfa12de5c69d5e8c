// The features' reading of the words around a candidate, checked where folding hides what the
// original says.
#include <algorithm>
#include <catch2/catch.hpp>

#include "model/cue_features.h"
#include "model/document_view.h"
#include "model/shipped_words.h"
#include "model/span_features.h"
#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"

using namespace gazette;

namespace {

// The kinds of the cue features of token `at` of `text`, as one candidate.
std::vector<std::uint64_t> cue_kinds(const std::string& text, std::uint32_t at = 0) {
  const normalise::Normalised folded = normalise::normalise(text);
  std::vector<tokens::Token> words;
  tokens::tokenise(folded.text, words);
  const model::Dictionary dictionary(10);
  const model::DocumentView doc(folded, words, {}, dictionary, nullptr, *model::shipped_words().words);
  model::FeatureList features;
  model::cue_features(doc, model::SpanCandidate{at, at + 1, at > 0, true}, features);
  std::vector<std::uint64_t> kinds;
  for (std::uint64_t f : features) kinds.push_back(f & 0xFF);
  return kinds;
}

// The surface features of the first `length` tokens of `text` as one candidate, with `common`
// the only dictionary word.
std::vector<std::uint64_t> surface_hashes(const std::string& text, std::uint32_t length, const std::string& common) {
  const normalise::Normalised folded = normalise::normalise(text);
  std::vector<tokens::Token> words;
  tokens::tokenise(folded.text, words);
  model::Dictionary dictionary(10);
  dictionary.add(tokens::hash_bytes(common));
  const model::DocumentView doc(folded, words, {}, dictionary, nullptr, *model::shipped_words().words);
  model::FeatureList features;
  model::surface_features(doc, model::SpanCandidate{0, length, false, true}, features);
  return features;
}

bool has(const std::vector<std::uint64_t>& kinds, model::Kind kind) {
  return std::find(kinds.begin(), kinds.end(), kind) != kinds.end();
}

}  // namespace

TEST_CASE("a participle is not the verb its folding spells", "[model]") {
  // "visé" and "vise" fold alike; only the verb makes the name before it a subject.
  CHECK(has(cue_kinds("Brevalis vise le marché allemand."), model::kWeakCompanyVerb));
  CHECK_FALSE(has(cue_kinds("Marché visé : le contrôle en production."), model::kWeakCompanyVerb));
  CHECK(has(cue_kinds("Brevalis développe des capteurs."), model::kCompanyVerb));
  CHECK_FALSE(has(cue_kinds("Brevalis développé par le CHU."), model::kCompanyVerb));
}

TEST_CASE("the document view tells an accented last letter", "[model]") {
  const normalise::Normalised folded = normalise::normalise("visé vise créé crée");
  std::vector<tokens::Token> words;
  tokens::tokenise(folded.text, words);
  const model::Dictionary dictionary(10);
  const model::DocumentView doc(folded, words, {}, dictionary, nullptr, *model::shipped_words().words);
  REQUIRE(words.size() == 4);
  CHECK(doc.ends_accented(words[0]));
  CHECK_FALSE(doc.ends_accented(words[1]));
  CHECK(doc.ends_accented(words[2]));
  CHECK_FALSE(doc.ends_accented(words[3]));
}

TEST_CASE("a sector word ending a name tells whether a coined word comes before it", "[model]") {
  // "BEA Technologies": a word no dictionary holds, then a sector word; "Web Services" is made
  // of ordinary words (here only "web" is in the dictionary; "services" is the sector word).
  const auto coined = surface_hashes("BEA Technologies exploite", 2, "web");
  const auto ordinary = surface_hashes("Web Services propose", 2, "web");
  CHECK(std::count(coined.begin(), coined.end(), model::mix(model::kBusinessLast, 1)) == 1);
  CHECK(std::count(ordinary.begin(), ordinary.end(), model::mix(model::kBusinessLast, 0)) == 1);
  const auto alone = surface_hashes("Technologies propose", 1, "web");
  CHECK(std::none_of(alone.begin(), alone.end(), [](std::uint64_t f) { return (f & 0xFF) == model::kBusinessLast; }));
}

TEST_CASE("an apposition or an attribute says what a name is, with a definite article too", "[model]") {
  CHECK(has(cue_kinds("HeartCare, la première thérapie curative"), model::kProductAfter));
  CHECK(has(cue_kinds("PrediSeo est le premier logiciel prédictif"), model::kProductAfter));
  CHECK(has(cue_kinds("DIAGNOW, une plateforme"), model::kProductAfter));
  CHECK(has(cue_kinds("Neotis est le premier constructeur de routeurs"), model::kCompanyAfter));
  CHECK_FALSE(has(cue_kinds("Neotis est le premier constructeur de routeurs"), model::kProductAfter));
}

TEST_CASE("a place's noun before a name says it is a place's", "[model]") {
  CHECK(has(cue_kinds("vers le pont d'Arcole", 4), model::kPlaceBefore));  // vers, le, pont, d, Arcole
  CHECK(has(cue_kinds("dans le quartier Bellevue", 3), model::kPlaceBefore));
  CHECK_FALSE(has(cue_kinds("dans le rapport Bellevue", 3), model::kPlaceBefore));
}

TEST_CASE("a trigger noun after a bare \"de\" qualifies the noun before it", "[model]") {
  // l', animateur, de, radio, Pierre
  CHECK_FALSE(has(cue_kinds("l'animateur de radio Pierre", 4), model::kTriggerBefore));
  CHECK(has(cue_kinds("la radio Skyrock", 2), model::kTriggerBefore));
  // une, start, up, de, fintech, Lydia: the trigger before "de" makes "fintech" an activity.
  CHECK(has(cue_kinds("une start-up de fintech Lydia", 5), model::kTriggerBefore));
}
