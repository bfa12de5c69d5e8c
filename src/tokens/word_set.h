// Sets of folded words and phrases looked up by token hash. A token's hash is computed once by
// the tokeniser, so a membership test is a bit test (most tokens are in no set), then one probe,
// then a comparison of the bytes: a 64-bit collision is unlikely, not impossible.
#pragma once
#include <bitset>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "tokens/tokeniser.h"

namespace gazette::tokens {

class WordSet {
 public:
  WordSet() = default;
  explicit WordSet(const std::vector<std::string>& words) {
    for (const std::string& w : words) insert(w);
  }

  void insert(std::string_view word) {
    const std::uint64_t h = hash_bytes(word);
    words_.emplace(h, std::string(word));
    filter_.set(h & (kFilterBits - 1));
  }

  // `text` is the folded text the token was cut from.
  bool contains(std::string_view text, const Token& token) const {
    return has(token.hash, text.substr(token.begin, token.end - token.begin));
  }
  bool contains(std::string_view word) const { return has(hash_bytes(word), word); }
  bool may_contain(std::uint64_t hash) const { return filter_.test(hash & (kFilterBits - 1)); }
  std::size_t size() const { return words_.size(); }
  template <typename F>
  void for_each(F&& f) const {
    for (const auto& [hash, word] : words_) f(std::string_view(word));
  }

 private:
  static constexpr std::size_t kFilterBits = 4096;
  bool has(std::uint64_t h, std::string_view word) const {
    if (!filter_.test(h & (kFilterBits - 1))) return false;
    const auto range = words_.equal_range(h);
    for (auto it = range.first; it != range.second; ++it)
      if (it->second == word) return true;
    return false;
  }

  std::unordered_multimap<std::uint64_t, std::string> words_;
  std::bitset<kFilterBits> filter_;
};

// Phrases of one or more tokens ("start up", "jeune pousse"), found at a token by extending a
// token-sequence hash, as gazetteer names are. Each phrase carries a small value.
template <typename Value>
class PhraseTable {
 public:
  struct Node {
    Value value{};
    std::string phrase;       // the folded tokens joined by single spaces, when complete
    bool complete = false;    // a phrase ends here
    bool has_longer = false;  // a longer phrase continues
  };

  // `phrase`: folded tokens joined by single spaces. A phrase added twice keeps its first value.
  void add(std::string_view phrase, Value value) {
    std::uint64_t sequence = kSequenceSeed;
    std::size_t start = 0;
    while (true) {
      const std::size_t space = phrase.find(' ', start);
      const std::string_view word =
          phrase.substr(start, space == std::string_view::npos ? std::string_view::npos : space - start);
      if (start == 0) first_.set(hash_bytes(word) & (kFilterBits - 1));
      sequence = extend_sequence(sequence, hash_bytes(word));
      Node& node = nodes_[sequence];
      if (space == std::string_view::npos) {
        if (!node.complete) {
          node.value = value;
          node.phrase = std::string(phrase);
          node.complete = true;
        }
        return;
      }
      node.has_longer = true;
      start = space + 1;
    }
  }

  bool may_start(std::uint64_t token_hash) const { return first_[token_hash & (kFilterBits - 1)]; }

  const Node* find(std::uint64_t sequence) const {
    const auto it = nodes_.find(sequence);
    return it == nodes_.end() ? nullptr : &it->second;
  }

 private:
  static constexpr std::size_t kFilterBits = 4096;
  std::unordered_map<std::uint64_t, Node> nodes_;
  std::bitset<kFilterBits> first_;
};

}  // namespace gazette::tokens
