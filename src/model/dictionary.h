// Ordinary words of French and English (Debian's wfrench and wamerican at training time),
// kept as a bit filter of folded token hashes: a capitalised token that is also a common word
// ("Notre", "Orange", "Free") is weaker evidence of a name than one that is not.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace gazette::model {

class Dictionary {
 public:
  Dictionary() = default;
  explicit Dictionary(unsigned bits) : bits_(bits), words_((std::size_t{1} << bits) / 64, 0) {}

  void add(std::uint64_t token_hash) {
    for (std::uint64_t bit : positions(token_hash)) words_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
  }
  bool contains(std::uint64_t token_hash) const {
    const std::uint64_t* words = data();
    if (!words) return false;
    for (std::uint64_t bit : positions(token_hash))
      if (!(words[bit >> 6] >> (bit & 63) & 1)) return false;
    return true;
  }

  // A filter over `words` (2^bits / 64 of them) owned by someone else, who keeps them alive:
  // the model linked into the binary is read in place, not copied, at every start-up.
  static Dictionary view(unsigned bits, const std::uint64_t* words) {
    Dictionary d;
    d.bits_ = bits;
    d.view_ = words;
    return d;
  }
  const std::uint64_t* data() const { return view_ ? view_ : words_.empty() ? nullptr : words_.data(); }
  std::size_t size() const { return bits_ ? (std::size_t{1} << bits_) / 64 : 0; }

  // Adds every token of every line of `list` whose letters are all lower case (capitalised
  // entries are proper nouns, the very thing the feature must not contain).
  void add_word_list(std::string_view list);

  unsigned bits() const { return bits_; }
  const std::vector<std::uint64_t>& words() const { return words_; }
  std::vector<std::uint64_t>& words() { return words_; }

 private:
  // Two probes: with some 400,000 words in 2^22 bits, about one unknown token in a hundred
  // passes for a word.
  std::array<std::uint64_t, 2> positions(std::uint64_t h) const {
    const std::uint64_t mask = (std::uint64_t{1} << bits_) - 1;
    return {h & mask, (h >> 32 | h << 32) * 0x9E3779B97F4A7C15ULL >> (64 - bits_) & mask};
  }

  unsigned bits_ = 0;
  std::vector<std::uint64_t> words_;
  const std::uint64_t* view_ = nullptr;
};

}  // namespace gazette::model
