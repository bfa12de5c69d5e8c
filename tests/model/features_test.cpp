// The features' reading of the words around a candidate, checked where folding hides what the
// original says.
#include <algorithm>
#include <catch2/catch.hpp>

#include "model/cue_features.h"
#include "model/document_view.h"
#include "model/shipped_words.h"
#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"

using namespace gazette;

namespace {

// The kinds of the cue features of the first token of `text`, as one candidate.
std::vector<std::uint64_t> cue_kinds(const std::string& text) {
  const normalise::Normalised folded = normalise::normalise(text);
  std::vector<tokens::Token> words;
  tokens::tokenise(folded.text, words);
  const model::Dictionary dictionary(10);
  const model::DocumentView doc(folded, words, {}, dictionary, nullptr, *model::shipped_words().words);
  model::FeatureList features;
  model::cue_features(doc, model::SpanCandidate{0, 1, false, true}, features);
  std::vector<std::uint64_t> kinds;
  for (std::uint64_t f : features) kinds.push_back(f & 0xFF);
  return kinds;
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
