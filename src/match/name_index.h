// Open-addressing hash table from token-sequence hashes to names, with two bit filters that stay
// in cache: "some name is this sequence" and "some name continues this sequence". The matcher
// extends a candidate token by token, stops at the first sequence no name continues, and
// probes the table only where the first filter says a name may end: a few probes per token
// whatever the number of names.
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

  // Filters over sequence hashes: false means certainly not, true means probe the table.
  bool may_be_name(std::uint64_t sequence) const { return test(names_filter_, sequence); }
  bool may_continue(std::uint64_t sequence) const { return test(prefixes_filter_, sequence); }

 private:
  Slot& insert(std::uint64_t key);

  static constexpr std::size_t kFilterBits = 1 << 21;  // 256 KiB each
  using Filter = std::vector<std::uint64_t>;
  static bool test(const Filter& filter, std::uint64_t sequence) {
    const std::uint64_t bit = (sequence >> 11) & (kFilterBits - 1);  // the table uses the low bits
    return (filter[bit >> 6] >> (bit & 63)) & 1;
  }
  static void set(Filter& filter, std::uint64_t sequence) {
    const std::uint64_t bit = (sequence >> 11) & (kFilterBits - 1);
    filter[bit >> 6] |= std::uint64_t{1} << (bit & 63);
  }

  std::vector<Slot> slots_;
  Filter names_filter_ = Filter(kFilterBits / 64, 0);
  Filter prefixes_filter_ = Filter(kFilterBits / 64, 0);
  std::size_t mask_ = 0;
  std::size_t max_tokens_ = 0;
};

}  // namespace gazette::match
