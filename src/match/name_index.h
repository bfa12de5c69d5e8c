// Open-addressing hash table from token-sequence hashes to names. Every proper prefix of a
// name is in the table too, marked as "a longer name continues here", so the matcher extends a
// candidate token by token and stops at the first sequence no name starts with: a few probes per
// token whatever the number of names.
#pragma once
#include <cstdint>
#include <vector>

#include "match/gazetteer.h"

namespace gazette::match {

class NameIndex {
 public:
  static constexpr std::int32_t kNoName = -1;

  struct Slot {
    std::uint64_t key = 0;  // 0: empty
    std::int32_t name = kNoName;
    bool has_longer = false;
  };

  void build(const std::vector<Name>& names);

  const Slot* find(std::uint64_t key) const {
    if (slots_.empty()) return nullptr;
    for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.key == key) return &slot;
      if (slot.key == 0) return nullptr;
    }
  }

  std::size_t max_tokens() const { return max_tokens_; }

  // False when no name starts with a token of this hash: a test on a small bit table that
  // stays in cache, so most tokens of a text never touch the big table.
  bool may_start(std::uint64_t token_hash) const {
    const std::uint64_t bit = (token_hash >> 7) & (kFilterBits - 1);
    return (first_tokens_[bit >> 6] >> (bit & 63)) & 1;
  }

 private:
  Slot& insert(std::uint64_t key);

  static constexpr std::size_t kFilterBits = 1 << 20;

  std::vector<Slot> slots_;
  std::vector<std::uint64_t> first_tokens_ = std::vector<std::uint64_t>(kFilterBits / 64, 0);
  std::size_t mask_ = 0;
  std::size_t max_tokens_ = 0;
};

}  // namespace gazette::match
