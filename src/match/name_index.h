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

 private:
  Slot& insert(std::uint64_t key);

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;
  std::size_t max_tokens_ = 0;
};

}  // namespace gazette::match
