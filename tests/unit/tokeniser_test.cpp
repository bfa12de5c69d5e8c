#include <catch2/catch.hpp>

#include "match/tokeniser.h"
#include "normalise/normaliser.h"

using namespace gazette;

namespace {
std::vector<std::string> token_texts(const std::string& folded) {
  std::vector<match::Token> tokens;
  match::tokenise(folded, tokens);
  std::vector<std::string> out;
  for (const auto& t : tokens) out.push_back(folded.substr(t.begin, t.end - t.begin));
  return out;
}
}  // namespace

TEST_CASE("tokens: words, punctuation tokens, hyphens and apostrophes only separate", "[match][tokeniser]") {
  using V = std::vector<std::string>;
  CHECK(token_texts("d'amazon et cea-leti") == V{"d", "amazon", "et", "cea", "leti"});
  CHECK(token_texts("alice & bob, amazon.com") == V{"alice", "&", "bob", ",", "amazon", ".", "com"});
  CHECK(token_texts(normalise::normalise("Zürich 3M \xE2\x82\xAC").text) == V{"zurich", "3m", "\xE2\x82\xAC"});
  CHECK(token_texts("\xce\xb1\xce\xb2\xce\xb3 x") == V{"\xce\xb1\xce\xb2\xce\xb3", "x"});  // Greek letters form words
}

TEST_CASE("token hashes agree with hash_bytes", "[match][tokeniser]") {
  std::vector<match::Token> tokens;
  match::tokenise("caf\xc3\xa9 x", tokens);
  REQUIRE(tokens.size() == 2);
  CHECK(tokens[0].hash == match::hash_bytes("caf\xc3\xa9"));
}
