// Tables keyed by 64-bit hashes, for what is built at every start from hundreds of thousands of
// strings, where node-based sets and maps of strings cost an allocation and a string hash each
// and sorted vectors a sort: HashSet (hashes only) and HashIndex (elements by hash).
#pragma once
#include <cstdint>
#include <utility>
#include <vector>

namespace gazette::tokens {

// A set of token hashes (tokens::hash_bytes, as the tokeniser computes them) in one
// open-addressing table. A lookup is by a token's own hash, with no comparison of bytes: two
// words of one hash would be taken for each other, which 64 bits make unlikely, not impossible.
class HashSet {
 public:
  void insert(std::uint64_t hash) {
    if (2 * (size_ + 1) > slots_.size()) grow();  // at most half full
    const std::uint64_t key = stored(hash);
    std::size_t i = index(key);
    while (slots_[i] != 0 && slots_[i] != key) i = (i + 1) & mask_;
    if (slots_[i] == 0) ++size_;
    slots_[i] = key;
  }

  bool contains(std::uint64_t hash) const {
    if (slots_.empty()) return false;
    const std::uint64_t key = stored(hash);
    for (std::size_t i = index(key);; i = (i + 1) & mask_) {
      if (slots_[i] == key) return true;
      if (slots_[i] == 0) return false;
    }
  }

  std::size_t size() const { return size_; }

 private:
  static std::uint64_t stored(std::uint64_t hash) { return hash == 0 ? 1 : hash; }  // 0 marks a free slot
  // The high bits: the low ones of a multiplicative hash mix less.
  std::size_t index(std::uint64_t key) const {
    return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ULL) >> 20) & mask_;
  }
  // Sized by the distinct hashes, not by the insertions (names share most of their tokens), so
  // that the table stays small enough for the cache.
  void grow() {
    std::vector<std::uint64_t> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : 2 * old.size(), 0);
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const std::uint64_t key : old)
      if (key != 0) insert(key);
  }

  std::vector<std::uint64_t> slots_;
  std::size_t mask_ = 0;
  std::size_t size_ = 0;
};

// Elements 0, 1, ... n-1 found by a 64-bit hash of each (of a string, a deletion, ...), built in
// one pass with no sort and no allocation per element: each bucket heads a chain of the
// elements whose hash falls in it. A bit filter of eight bits an element, small enough for the
// cache, answers most lookups of an absent hash without touching the chains (most lookups are
// of absent hashes: words that are no name). Callers compare the elements themselves where a
// collision matters.
class HashIndex {
 public:
  void assign(std::vector<std::uint64_t> hashes) {
    hashes_ = std::move(hashes);
    std::size_t capacity = 16;
    while (capacity < hashes_.size()) capacity *= 2;
    mask_ = capacity - 1;
    heads_.assign(capacity, kEnd);
    next_.assign(hashes_.size(), kEnd);
    filter_.assign(capacity / 8, 0);  // 8 * capacity bits
    // From the last element, so that each chain runs in increasing element order.
    for (std::size_t i = hashes_.size(); i-- > 0;) {
      std::uint32_t& head = heads_[bucket(hashes_[i])];
      next_[i] = head;
      head = static_cast<std::uint32_t>(i);
      const std::size_t bit = filter_bit(hashes_[i]);
      filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
    }
  }

  // Calls f(element) for every element of this hash, in increasing order, until f returns true.
  template <typename F>
  void each(std::uint64_t hash, F&& f) const {
    if (heads_.empty()) return;
    const std::size_t bit = filter_bit(hash);
    if (!((filter_[bit >> 6] >> (bit & 63)) & 1)) return;
    for (std::uint32_t i = heads_[bucket(hash)]; i != kEnd; i = next_[i])
      if (hashes_[i] == hash && f(i)) return;
  }

  std::size_t size() const { return hashes_.size(); }

 private:
  static constexpr std::uint32_t kEnd = 0xFFFFFFFFu;
  std::size_t bucket(std::uint64_t hash) const {
    return static_cast<std::size_t>((hash * 0x9E3779B97F4A7C15ULL) >> 20) & mask_;
  }
  // Other bits of the hash than the bucket's.
  std::size_t filter_bit(std::uint64_t hash) const {
    return static_cast<std::size_t>((hash * 0xC2B2AE3D27D4EB4FULL) >> 17) & (8 * mask_ + 7);
  }

  std::vector<std::uint64_t> hashes_;
  std::vector<std::uint32_t> heads_, next_;
  std::vector<std::uint64_t> filter_;
  std::size_t mask_ = 0;
};

}  // namespace gazette::tokens
