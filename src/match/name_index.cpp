#include "match/name_index.h"

#include <string_view>

#include "tokens/tokeniser.h"

namespace gazette::match {

void NameIndex::view(const Slot* slots, std::size_t capacity, const std::uint64_t* filters, std::size_t filter_words,
                     std::size_t max_tokens) {
  filter_log2_ = 5;
  while ((std::size_t{1} << (filter_log2_ - 5)) < filter_words) ++filter_log2_;
  owned_slots_ = {};
  owned_filters_ = {};
  slots_ = capacity ? slots : nullptr;
  mask_ = capacity ? capacity - 1 : 0;
  filters_ = filters;
  max_tokens_ = max_tokens;
}

NameIndex::Slot& NameIndex::insert(std::uint64_t key) {
  for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
    Slot& slot = owned_slots_[i];
    if (slot.key == key) return slot;
    if (slot.key == 0) {
      slot.key = key;
      return slot;
    }
  }
}

void NameIndex::build(const std::vector<Name>& names) {
  filter_log2_ = kMinFilterLog2;
  while (filter_log2_ < kMaxFilterLog2 && (std::size_t{1} << filter_log2_) < names.size() * kFilterBitsPerName)
    ++filter_log2_;
  owned_filters_.assign(filter_words(), 0);
  filters_ = owned_filters_.data();
  // First pass, sequential: the filters, and every name's sequence hash in name order (order
  // decides ownership).
  struct Pending {
    std::uint64_t sequence;
    std::int32_t name;
  };
  std::vector<Pending> pending;
  pending.reserve(names.size());
  max_tokens_ = 0;
  for (std::size_t n = 0; n < names.size(); ++n) {
    const std::string_view key = names[n].key;
    std::uint64_t sequence = tokens::kSequenceSeed;
    std::size_t start = 0;
    std::size_t tokens = 0;
    while (true) {
      std::size_t space = key.find(' ', start);
      if (space == std::string_view::npos) space = key.size();
      sequence = tokens::extend_sequence(sequence, tokens::hash_bytes(key.substr(start, space - start)));
      ++tokens;
      const bool last = space == key.size();
      set(last ? kMayBeName : kMayContinue, sequence);
      if (last) {
        pending.push_back({sequence, static_cast<std::int32_t>(n)});
        break;
      }
      start = space + 1;
    }
    if (tokens > max_tokens_) max_tokens_ = tokens;
  }

  std::size_t capacity = 16;
  while (capacity < pending.size() * 2) capacity <<= 1;  // load factor <= 0.5 keeps probe runs short
  owned_slots_.assign(capacity, Slot{});
  slots_ = owned_slots_.data();
  mask_ = capacity - 1;

  // Second pass: the table is far larger than the cache, so fetch each slot a few inserts ahead.
  constexpr std::size_t kAhead = 16;
  for (std::size_t i = 0; i < pending.size(); ++i) {
    if (i + kAhead < pending.size()) __builtin_prefetch(&owned_slots_[pending[i + kAhead].sequence & mask_], 1);
    Slot& slot = insert(pending[i].sequence);
    if (slot.name == kNoName)
      slot.name = pending[i].name;  // the first to name a sequence owns it: user gazetteers load first
  }
}

}  // namespace gazette::match
