#include <catch2/catch.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "tokens/hash_set.h"
#include "tokens/tokeniser.h"

using namespace gazette;

TEST_CASE("HashSet holds what was inserted, repeats once, and grows", "[tokens][hash]") {
  tokens::HashSet set;
  CHECK_FALSE(set.contains(tokens::hash_bytes("nvidia")));
  for (int i = 0; i < 5000; ++i) set.insert(tokens::hash_bytes("word" + std::to_string(i % 2500)));
  CHECK(set.size() == 2500);
  for (int i = 0; i < 2500; ++i) CHECK(set.contains(tokens::hash_bytes("word" + std::to_string(i))));
  std::size_t absent = 0;
  for (int i = 2500; i < 5000; ++i) absent += !set.contains(tokens::hash_bytes("word" + std::to_string(i)));
  CHECK(absent == 2500);
  set.insert(0);  // 0 marks a free slot inside: still a value like another
  CHECK(set.contains(0));
}

TEST_CASE("HashIndex gives every element of a hash, in order, and stops when asked", "[tokens][hash]") {
  std::vector<std::uint64_t> hashes;
  for (int i = 0; i < 3000; ++i) hashes.push_back(static_cast<std::uint64_t>(i % 1000) * 0x9E3779B97F4A7C15ULL);
  tokens::HashIndex index;
  index.assign(hashes);
  for (int k = 0; k < 1000; ++k) {
    std::vector<std::uint32_t> got;
    index.each(static_cast<std::uint64_t>(k) * 0x9E3779B97F4A7C15ULL, [&](std::uint32_t i) {
      got.push_back(i);
      return false;
    });
    CHECK(got == std::vector<std::uint32_t>{static_cast<std::uint32_t>(k), static_cast<std::uint32_t>(k + 1000),
                                            static_cast<std::uint32_t>(k + 2000)});
  }
  std::vector<std::uint32_t> first;
  index.each(hashes[7], [&](std::uint32_t i) {
    first.push_back(i);
    return true;
  });
  CHECK(first == std::vector<std::uint32_t>{7});
  std::size_t calls = 0;
  index.each(12345, [&](std::uint32_t) { return ++calls, false; });
  CHECK(calls == 0);
  tokens::HashIndex empty;
  empty.each(1, [&](std::uint32_t) { return ++calls, false; });
  CHECK(calls == 0);
}
