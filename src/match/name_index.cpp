#include "match/name_index.h"

#include <string_view>

#include "match/tokeniser.h"

namespace gazette::match {

NameIndex::Slot& NameIndex::insert(std::uint64_t key) {
  for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
    Slot& slot = slots_[i];
    if (slot.key == key) return slot;
    if (slot.key == 0) {
      slot.key = key;
      return slot;
    }
  }
}

void NameIndex::build(const std::vector<Name>& names) {
  std::size_t sequences = 0;
  for (const Name& name : names) sequences += name.tokens;
  std::size_t capacity = 16;
  while (capacity < sequences * 2) capacity <<= 1;  // load factor <= 0.5 keeps probe runs short
  slots_.assign(capacity, Slot{});
  mask_ = capacity - 1;
  max_tokens_ = 0;

  for (std::size_t n = 0; n < names.size(); ++n) {
    const std::string_view key = names[n].key;
    std::uint64_t sequence = kSequenceSeed;
    std::size_t start = 0;
    std::size_t tokens = 0;
    while (start <= key.size()) {
      std::size_t space = key.find(' ', start);
      if (space == std::string_view::npos) space = key.size();
      sequence = extend_sequence(sequence, hash_bytes(key.substr(start, space - start)));
      ++tokens;
      Slot& slot = insert(sequence);
      if (space == key.size()) {
        // The first gazetteer to name a sequence owns it: user gazetteers load first.
        if (slot.name == kNoName) slot.name = static_cast<std::int32_t>(n);
        break;
      }
      slot.has_longer = true;
      start = space + 1;
    }
    if (tokens > max_tokens_) max_tokens_ = tokens;
  }
}

}  // namespace gazette::match
