// Open-addressing hash table from token-sequence hashes to names, with two bit filters that stay
// in cache: "some name is this sequence" and "some name continues this sequence". The two are
// interleaved, a pair of bits for each filter position, so that the matcher's one question per
// token ("a name here? one further on?") costs one cache line, not two. The matcher
// extends a candidate token by token, stops at the first sequence no name continues, and
// probes the table only where the first filter says a name may end: a few probes per token
// whatever the number of names. The table is plain data, so a compiled gazetteer image holds
// it and the index views it in place.
#pragma once
#include <cstdint>
#include <vector>

#include "match/gazetteer.h"

namespace gazette::match {

class NameIndex {
 public:
  static constexpr std::int32_t kNoName = -1;
  // Each filter has at least 2^21 bits (256 KiB) and 16 bits a name: with one bit a sequence, a
  // million names in 2^21 bits would pass 40% of the words of a text on to the table, which is
  // far out of cache; at 16 bits a name about 6% pass. The interleaved pair takes twice that.
  static constexpr int kMinFilterLog2 = 21, kMaxFilterLog2 = 32;
  static constexpr std::size_t kFilterBitsPerName = 16;

  struct Slot {
    std::uint64_t key = 0;  // 0: empty
    std::int32_t name = kNoName;
    std::uint32_t unused = 0;
  };
  static_assert(sizeof(Slot) == 16, "images store slots as 16 bytes");

  NameIndex() = default;
  NameIndex(const NameIndex&) = delete;  // the views point into the owned vectors
  NameIndex& operator=(const NameIndex&) = delete;

  void build(const std::vector<Name>& names);
  // Views a table that an image holds; the memory must outlive the index. `capacity` is a
  // power of two; the interleaved filters have `filter_words` words, a power of two of at
  // least 2^(kMinFilterLog2 - 5) and at most 2^(kMaxFilterLog2 - 5) (valid_filter_words).
  void view(const Slot* slots, std::size_t capacity, const std::uint64_t* filters, std::size_t filter_words,
            std::size_t max_tokens);
  static bool valid_filter_words(std::size_t words) {
    return words >= (std::size_t{1} << (kMinFilterLog2 - 5)) && words <= (std::size_t{1} << (kMaxFilterLog2 - 5)) &&
           (words & (words - 1)) == 0;
  }

  const Slot* find(std::uint64_t key) const {
    if (!slots_) return nullptr;
    for (std::size_t i = key & mask_;; i = (i + 1) & mask_) {
      const Slot& slot = slots_[i];
      if (slot.key == key) return &slot;
      if (slot.key == 0) return nullptr;
    }
  }

  std::size_t max_tokens() const { return max_tokens_; }

  // Both filters over a sequence hash, as kMayBeName | kMayContinue bits: a clear bit means
  // certainly not, a set kMayBeName bit means probe the table.
  static constexpr unsigned kMayBeName = 1, kMayContinue = 2;
  unsigned filters(std::uint64_t sequence) const {
    const std::uint64_t position = sequence >> (64 - filter_log2_);
    return static_cast<unsigned>(filters_[position >> 5] >> ((position & 31) * 2)) & 3;
  }

  // What an image stores.
  const Slot* slots() const { return slots_; }
  std::size_t capacity() const { return slots_ ? mask_ + 1 : 0; }
  const std::uint64_t* filter_data() const { return filters_; }
  std::size_t filter_words() const { return std::size_t{1} << (filter_log2_ - 5); }

 private:
  Slot& insert(std::uint64_t key);

  // A filter takes the high bits of a sequence hash, the table its low bits.
  void set(unsigned which, std::uint64_t sequence) {
    const std::uint64_t position = sequence >> (64 - filter_log2_);
    owned_filters_[position >> 5] |= std::uint64_t{which} << ((position & 31) * 2);
  }

  // Built here, or empty while the index views an image.
  int filter_log2_ = kMinFilterLog2;
  std::vector<Slot> owned_slots_;
  std::vector<std::uint64_t> owned_filters_ = std::vector<std::uint64_t>(filter_words(), 0);

  const Slot* slots_ = nullptr;
  const std::uint64_t* filters_ = owned_filters_.data();
  std::size_t mask_ = 0;
  std::size_t max_tokens_ = 0;
};

// The name tables of every gazetteer in precedence order, asked as one: a sequence is the name
// of the first table that has it, so a user's gazetteer shadows a shipped name with the same key
// without either table being rebuilt. Names are numbered across tables (Gazetteer::name).
class NameLookup {
 public:
  void add(const NameIndex& index, std::uint32_t name_base) {
    if (index.capacity() == 0) return;  // patterns only
    tables_.push_back({&index, name_base});
    if (index.max_tokens() > max_tokens_) max_tokens_ = index.max_tokens();
  }

  std::size_t max_tokens() const { return max_tokens_; }

  // The name a token sequence hashes to, or NameIndex::kNoName; `continues` tells whether some
  // name continues the sequence (false: stop extending).
  std::int32_t find(std::uint64_t sequence, bool& continues) const {
    continues = false;
    std::int32_t found = NameIndex::kNoName;
    for (const Table& table : tables_) {
      const unsigned filters = table.index->filters(sequence);
      continues = continues || (filters & NameIndex::kMayContinue);
      if (found != NameIndex::kNoName || !(filters & NameIndex::kMayBeName)) continue;
      if (const NameIndex::Slot* slot = table.index->find(sequence))
        found = static_cast<std::int32_t>(table.name_base) + slot->name;
    }
    return found;
  }

 private:
  struct Table {
    const NameIndex* index;
    std::uint32_t name_base;
  };
  std::vector<Table> tables_;
  std::size_t max_tokens_ = 0;
};

}  // namespace gazette::match
