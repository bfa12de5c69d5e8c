#include <catch2/catch.hpp>

#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"

using namespace gazette;

namespace {
std::vector<std::string> token_texts(const std::string& folded) {
  std::vector<tokens::Token> found;
  tokens::tokenise(folded, found);
  std::vector<std::string> out;
  for (const auto& t : found) out.push_back(folded.substr(t.begin, t.end - t.begin));
  return out;
}
}  // namespace

TEST_CASE("tokens: words, punctuation tokens, hyphens and apostrophes only separate", "[tokens]") {
  using V = std::vector<std::string>;
  CHECK(token_texts("d'amazon et cea-leti") == V{"d", "amazon", "et", "cea", "leti"});
  CHECK(token_texts("alice & bob, amazon.com") == V{"alice", "&", "bob", ",", "amazon", ".", "com"});
  CHECK(token_texts(normalise::normalise("Zürich 3M \xE2\x82\xAC").text) == V{"zurich", "3m", "\xE2\x82\xAC"});
  CHECK(token_texts("\xce\xb1\xce\xb2\xce\xb3 x") == V{"\xce\xb1\xce\xb2\xce\xb3", "x"});  // Greek letters form words
}

TEST_CASE("token hashes agree with hash_bytes", "[tokens]") {
  std::vector<tokens::Token> found;
  tokens::tokenise("caf\xc3\xa9 x", found);
  REQUIRE(found.size() == 2);
  CHECK(found[0].hash == tokens::hash_bytes("caf\xc3\xa9"));
}
