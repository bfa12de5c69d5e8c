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

TEST_CASE("the deletion index finds exactly the names a scan of every name finds", "[check][approximate]") {
  // Names and words from a fixed pseudo-random stream over a small alphabet, so that many are
  // within two edits of each other, of lengths around both allowance steps (5, 9, 10).
  std::uint64_t state = 42;
  const auto next = [&] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return static_cast<std::uint32_t>(state >> 33);
  };
  const auto word = [&] {
    std::string w(4 + next() % 9, 'a');
    for (char& c : w) c = "abcde"[next() % 5];
    return w;
  };
  std::vector<std::string> indexed;
  ApproximateNames names;
  for (std::uint32_t i = 0; i < 400; ++i) {
    indexed.push_back(word());
    names.add(indexed.back(), i);
  }
  names.finish();
  std::size_t found = 0;
  // Each query: an indexed name with up to three random edits (insert, delete, substitute,
  // swap), or a fresh word.
  const auto edited = [&] {
    std::string w = indexed[next() % indexed.size()];
    for (std::uint32_t e = next() % 4; e > 0 && w.size() > 2; --e) {
      const std::size_t at = next() % (w.size() - 1);
      switch (next() % 4) {
        case 0: w.insert(w.begin() + static_cast<long>(at), "abcde"[next() % 5]); break;
        case 1: w.erase(at, 1); break;
        case 2: w[at] = "abcde"[next() % 5]; break;
        default: std::swap(w[at], w[at + 1]);
      }
    }
    return w;
  };
  for (int n = 0; n < 600; ++n) {
    const std::string w = n % 3 == 0 ? word() : edited();
    std::vector<std::pair<int, std::uint32_t>> expected;
    for (std::uint32_t i = 0; i < indexed.size(); ++i) {
      const int limit =
          std::min(ApproximateNames::max_distance(w.size()), ApproximateNames::max_distance(indexed[i].size()));
      const int d = ApproximateNames::distance(w, indexed[i], limit);
      if (limit > 0 && d >= 1 && d <= limit) expected.emplace_back(d, i);
    }
    std::sort(expected.begin(), expected.end());
    std::vector<std::pair<int, std::uint32_t>> got;
    for (const ApproximateNames::Match& m : names.find(w)) got.emplace_back(m.distance, m.target);
    CHECK(got == expected);
    found += got.size();
  }
  CHECK(found > 100);  // the stream makes many neighbours: the comparison is not of empty lists
}

TEST_CASE("words longer than any name plus its allowance are not looked up", "[check][approximate]") {
  ApproximateNames names;
  names.add("astrazeneca", 0);
  names.finish();
  CHECK(names.find("astrazenecaxx").size() == 1);  // two insertions
  CHECK(names.find("astrazenecaxxx").empty());
  CHECK(names.find(std::string(5000, 'a')).empty());  // and fast: no 12.5 million probes
}
