#include <catch2/catch.hpp>

#include "match/approximate_names.h"
#include "check_test_support.h"
#include "lang/builtin_lists.h"
#include "lang/lexicon.h"

using namespace gazette;
using match::ApproximateNames;
using test::Strings;

TEST_CASE("edit distance counts insertions, deletions, substitutions and swaps", "[check][approximate]") {
  CHECK(ApproximateNames::distance("nvidia", "nvidia", 2) == 0);
  CHECK(ApproximateNames::distance("nvvidia", "nvidia", 2) == 1);
  CHECK(ApproximateNames::distance("qualcom", "qualcomm", 2) == 1);
  CHECK(ApproximateNames::distance("plusalys", "pulsalys", 2) == 1);  // a swap is one edit
  CHECK(ApproximateNames::distance("astrazaneca", "astrazeneca", 2) == 1);
  CHECK(ApproximateNames::distance("abcdef", "uvwxyz", 2) == 3);  // capped at limit + 1
}

TEST_CASE("the allowance grows with length and short words get none", "[check][approximate]") {
  CHECK(ApproximateNames::max_distance(4) == 0);
  CHECK(ApproximateNames::max_distance(5) == 1);
  CHECK(ApproximateNames::max_distance(9) == 1);
  CHECK(ApproximateNames::max_distance(10) == 2);
}

TEST_CASE("lookups find near names and never the name itself", "[check][approximate]") {
  ApproximateNames names;
  names.add("nvidia", 0);
  names.add("qualcomm", 1);
  names.add("astrazeneca", 2);
  names.add("ibm", 3);  // too short to be looked up approximately
  names.finish();
  REQUIRE(names.find("nvvidia").size() == 1);
  CHECK(names.find("nvvidia")[0].target == 0);
  CHECK(names.find("qualcom")[0].target == 1);
  CHECK(names.find("astrazanica")[0].target == 2);  // two edits in a long name
  CHECK(names.find("nvidia").empty());
  CHECK(names.find("ibn").empty());
  CHECK(names.find("microsoft").empty());
}

TEST_CASE("slips of a typist are told from other words", "[check][approximate]") {
  CHECK(ApproximateNames::is_slip("nvvidia", "nvidia"));
  CHECK(ApproximateNames::is_slip("qualcom", "qualcomm"));
  CHECK(ApproximateNames::is_slip("plusalys", "pulsalys"));
  CHECK(ApproximateNames::is_slip("astrazaneca", "astrazeneca"));
  CHECK_FALSE(ApproximateNames::is_slip("eurostat", "eurostar"));  // the end changed: another word
  CHECK_FALSE(ApproximateNames::is_slip("philipp", "philips"));
  CHECK_FALSE(ApproximateNames::is_slip("telstar", "telstra"));
  CHECK_FALSE(ApproximateNames::is_slip("mestras", "mistras"));  // a vowel in a short name
}

TEST_CASE("the matcher never flags an ordinary French word, even capitalised", "[check][approximate]") {
  // The words of the shipped list are exactly those one or two edits from a name.
  std::string_view list;
  for (const auto& [name, text] : lang::builtin_word_lists())
    if (name == "check/ordinary-words.txt") list = text;
  const std::vector<lang::Entry> words = lang::parse_word_list(list);
  REQUIRE(words.size() > 1000);
  std::string text;
  std::size_t sampled = 0;
  for (std::size_t i = 0; i < words.size(); i += 97) {
    std::string w = words[i].folded;
    if (w.size() < 5) continue;
    w[0] = static_cast<char>(w[0] - 'a' + 'A');
    text += w + " est un mot. ";
    ++sampled;
  }
  REQUIRE(sampled > 100);
  CHECK(test::surfaces(test::check_text(text), "canonical") == Strings{});
}
