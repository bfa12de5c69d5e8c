#include <catch2/catch.hpp>

#include "normalise/normaliser.h"

using gazette::normalise::normalise;
using gazette::normalise::Normalised;

namespace {

// The original bytes that produced folded[begin, end).
std::string original_slice(const std::string& original, const Normalised& n, std::size_t begin, std::size_t end) {
  return original.substr(n.original_begin(begin), n.original_end(end) - n.original_begin(begin));
}

}  // namespace

TEST_CASE("folding: case, accents, apostrophes, hyphens, spaces, ligatures", "[normalise]") {
  CHECK(normalise("L\xE2\x80\x99\xC3\x89nergie").text == "l'energie");        // L’Énergie
  CHECK(normalise("Saint\xE2\x80\x91\xC3\x89tienne").text == "saint-etienne");  // non-breaking hyphen
  CHECK(normalise("2010\xE2\x80\x93" "2020").text == "2010-2020");              // en dash
  CHECK(normalise("3\xC2\xA0" "000\xE2\x80\xAF\xE2\x82\xAC").text == "3 000 \xE2\x82\xAC");  // NBSP, NNBSP, €
  CHECK(normalise("\xC5\x92uvre \xC3\x86sop Stra\xC3\x9F" "e").text == "oeuvre aesop strasse");
  CHECK(normalise("ab\xC2\xAD" "cd\xE2\x80\x8B").text == "abcd");  // soft hyphen, zero-width space vanish
  CHECK(normalise("a\tb\r\nc").text == "a b \nc");
  CHECK(normalise("\xEF\xBB\xBFTexte").text == "texte");  // a byte-order mark vanishes
}

TEST_CASE("decomposed (NFD) input folds like composed input and maps back whole", "[normalise]") {
  const std::string nfd = "Cre\xCC\x81" "dit Agricole";  // "Crédit" with a combining acute
  const Normalised n = normalise(nfd);
  CHECK(n.text == "credit agricole");
  // The span "credit" maps back over the combining mark.
  CHECK(original_slice(nfd, n, 0, 6) == "Cre\xCC\x81" "dit");
}

TEST_CASE("every folded byte maps to the original code point that produced it", "[normalise]") {
  const std::string original = "\xC5\x92uvre d\xE2\x80\x99\xC3\x89tat \xF0\x9F\x98\x80 CNRS";
  const Normalised n = normalise(original);
  REQUIRE(n.origin.size() == n.text.size() + 1);
  REQUIRE(n.upper.size() == n.text.size());
  CHECK(n.origin.back() == original.size());
  const std::size_t cnrs = n.text.find("cnrs");
  REQUIRE(cnrs != std::string::npos);
  CHECK(original_slice(original, n, cnrs, cnrs + 4) == "CNRS");
  const std::size_t etat = n.text.find("etat");
  CHECK(original_slice(original, n, etat, etat + 4) == "\xC3\x89tat");
  CHECK(original_slice(original, n, 0, 6) == "\xC5\x92uvre");  // "oeuvre": two folded bytes from one
  for (std::size_t i = 1; i < n.origin.size(); ++i) CHECK(n.origin[i - 1] <= n.origin[i]);
}

TEST_CASE("upper flags remember the original case", "[normalise]") {
  const Normalised n = normalise("xAI \xC3\x89" "DF");
  CHECK(n.text == "xai edf");
  CHECK(n.upper == std::vector<std::uint8_t>{0, 1, 1, 0, 1, 1, 1});
}

TEST_CASE("ill-formed bytes fold to U+FFFD and keep their own offset", "[normalise]") {
  const std::string original = "a\xFF" "b";
  const Normalised n = normalise(original);
  CHECK(n.text == "a\xEF\xBF\xBD" "b");
  CHECK(n.origin == std::vector<std::uint32_t>{0, 1, 1, 1, 2, 3});
}

TEST_CASE("characters that fold longer than they are written do not overrun the buffers", "[normalise]") {
  // "½" (2 bytes) folds to "1⁄2" (5 bytes); many of them followed by ASCII once overran.
  std::string original;
  for (int i = 0; i < 200; ++i) original += "\xC2\xBD";
  original += std::string(100, 'x');
  const Normalised n = normalise(original);
  REQUIRE(n.origin.size() == n.text.size() + 1);
  CHECK(n.text.size() == 200 * 5 + 100);
  CHECK(n.origin.back() == original.size());
  CHECK(n.origin[n.text.size() - 1] == original.size() - 1);
}

TEST_CASE("runs of ill-formed bytes (each read as a 3-byte U+FFFD) do not overrun the buffers", "[normalise]") {
  const std::string original = "Neotis Telecom" + std::string(300, '\x90') + std::string(50, 'y');
  const Normalised n = normalise(original);
  CHECK(n.text.size() == 14 + 300 * 3 + 50);
  CHECK(n.origin.back() == original.size());
}
