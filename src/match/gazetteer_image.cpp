// Gazetteer::write_image and Gazetteer::add_image: the image format of gazetteer_image.h.
#include "match/gazetteer_image.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <cassert>
#include <cstring>
#include <unordered_map>

#include "match/gazetteer.h"
#include "match/name_index.h"

namespace gazette::match {
namespace {

using image::kMagic;
using image::kVersion;

constexpr std::uint32_t kByteOrderMark = 0x01020304;

enum Section : std::uint32_t {
  kStrings,
  kEntries,
  kNames,
  kPatterns,
  kSources,
  kSlots,
  kFilters,
  kIndexSizes,
  kSectionCount
};

struct Header {
  char magic[8];
  std::uint32_t version;
  std::uint32_t byte_order;
  std::uint64_t size;
  std::uint64_t checksum;
  std::uint32_t sections;
  std::uint32_t zero;
};
struct SectionRef {
  std::uint64_t offset, bytes;
};
using image::EntryRecord;
using image::NameRecord;
using image::StringRef;
struct PatternRecord {
  std::uint32_t entry;
  StringRef regex;
  std::uint32_t unused;
};
struct SourceRecord {
  StringRef name;
  std::uint32_t entries, names, patterns, companies, labs, unused;
};
struct IndexSizes {
  std::uint64_t capacity, max_tokens;
};
static_assert(sizeof(Header) == 40 && sizeof(PatternRecord) == 16 && sizeof(SourceRecord) == 32 &&
                  sizeof(IndexSizes) == 16,
              "image records have fixed sizes");

constexpr std::size_t kTableBytes = kSectionCount * sizeof(SectionRef);
constexpr std::size_t kDataStart = sizeof(Header) + kTableBytes;

bool little_endian() {
  const std::uint32_t probe = 1;
  unsigned char first;
  std::memcpy(&first, &probe, 1);
  return first == 1;
}

// Strings written once each, so that repeated ids and empty fields cost nothing.
class StringPool {
 public:
  StringRef add(std::string_view s) {
    if (s.empty()) return {0, 0};
    const auto it = seen_.find(std::string(s));
    if (it != seen_.end()) return it->second;
    const StringRef ref{static_cast<std::uint32_t>(bytes_.size()), static_cast<std::uint32_t>(s.size())};
    bytes_.append(s);
    seen_.emplace(std::string(s), ref);
    return ref;
  }
  const std::string& bytes() const { return bytes_; }

 private:
  std::string bytes_;
  std::unordered_map<std::string, StringRef> seen_;
};

template <typename T>
void append_pod(std::string& out, const T& value) {
  out.append(reinterpret_cast<const char*>(&value), sizeof value);
}

}  // namespace

std::uint64_t image::checksum(std::string_view bytes) {
  constexpr std::uint64_t kBasis = 0xCBF29CE484222325ULL, kPrime = 0x100000001B3ULL;
  std::uint64_t lanes[4] = {kBasis, kBasis ^ 1, kBasis ^ 2, kBasis ^ 3};
  std::size_t i = 0;
  for (; i + 32 <= bytes.size(); i += 32) {
    std::uint64_t words[4];
    std::memcpy(words, bytes.data() + i, 32);
    for (int lane = 0; lane < 4; ++lane) lanes[lane] = (lanes[lane] ^ words[lane]) * kPrime;
  }
  for (; i + 8 <= bytes.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes.data() + i, 8);
    lanes[0] = (lanes[0] ^ word) * kPrime;
  }
  for (; i < bytes.size(); ++i) lanes[0] = (lanes[0] ^ static_cast<unsigned char>(bytes[i])) * kPrime;
  std::uint64_t h = kBasis;
  for (const std::uint64_t lane : lanes) h = (h ^ lane) * kPrime;
  return h;
}

void Gazetteer::write_image(std::string& out) const {
  StringPool strings;
  std::string sections[kSectionCount];
  for (std::uint32_t i = 0; i < entry_count_; ++i) {
    const Entry e = entry(i);
    EntryRecord r{strings.add(e.canonical), strings.add(e.ids), e.gazetteer, static_cast<std::uint8_t>(e.type), {}};
    append_pod(sections[kEntries], r);
  }
  // One table over the names of every layer: the first name of a key owns it, as in lookup().
  std::vector<Name> names;
  names.reserve(name_count_);
  for (std::uint32_t i = 0; i < name_count_; ++i) names.push_back(name(i));
  for (const Name& n : names) {
    NameRecord r{n.entry, strings.add(n.key), strings.add(n.case_pattern), n.tokens, 0};
    append_pod(sections[kNames], r);
  }
  NameIndex index;
  index.build(names);
  for (const Pattern& p : patterns_) {
    PatternRecord r{p.entry, strings.add(p.regex->pattern()), 0};
    append_pod(sections[kPatterns], r);
  }
  for (std::size_t i = 0; i < sources_.size(); ++i) {
    const SourceStats& s = stats_[i];
    SourceRecord r{strings.add(sources_[i]),
                   static_cast<std::uint32_t>(s.entries),
                   static_cast<std::uint32_t>(s.names),
                   static_cast<std::uint32_t>(s.patterns),
                   static_cast<std::uint32_t>(s.companies),
                   static_cast<std::uint32_t>(s.labs),
                   0};
    append_pod(sections[kSources], r);
  }
  sections[kSlots].assign(reinterpret_cast<const char*>(index.slots()), index.capacity() * sizeof(NameIndex::Slot));
  sections[kFilters].assign(reinterpret_cast<const char*>(index.filter_data()),
                            index.filter_words() * sizeof(std::uint64_t));
  append_pod(sections[kIndexSizes], IndexSizes{index.capacity(), index.max_tokens()});
  sections[kStrings] = strings.bytes();

  std::string body;  // the table, then the sections
  SectionRef table[kSectionCount];
  std::size_t offset = kDataStart;
  std::string data;
  for (std::uint32_t s = 0; s < kSectionCount; ++s) {
    while ((offset + data.size()) % 8) data.push_back('\0');
    table[s] = {offset + data.size(), sections[s].size()};
    data += sections[s];
  }
  for (const SectionRef& ref : table) append_pod(body, ref);
  body += data;
  Header header{};
  std::memcpy(header.magic, kMagic.data(), sizeof header.magic);
  header.version = kVersion;
  header.byte_order = kByteOrderMark;
  header.size = sizeof(Header) + body.size();
  header.checksum = image::checksum(body);
  header.sections = kSectionCount;
  out.clear();
  append_pod(out, header);
  out += body;
}

bool Gazetteer::add_image(std::string_view source, std::string_view bytes, bool verify, GazetteerError& error) {
  const auto fail = [&](std::string reason) {
    error = {std::string(source), 0, std::move(reason)};
    return false;
  };
  if (!little_endian()) return fail("gazetteer images are little-endian; this machine is not");
  Header header;
  if (!image::looks_like_image(bytes)) return fail("not a gazetteer image");
  if (bytes.size() < kDataStart) return fail(fmt::format("truncated gazetteer image ({} bytes)", bytes.size()));
  std::memcpy(&header, bytes.data(), sizeof header);
  if (header.version != kVersion)
    return fail(fmt::format("gazetteer image version {}, this gazette reads version {}: compile it again",
                            header.version, kVersion));
  if (header.byte_order != kByteOrderMark) return fail("gazetteer image of another byte order");
  if (header.size != bytes.size() || header.sections != kSectionCount)
    return fail(
        fmt::format("truncated or damaged gazetteer image ({} bytes, its header says {})", bytes.size(), header.size));
  if (verify && image::checksum(bytes.substr(sizeof(Header))) != header.checksum)
    return fail("damaged gazetteer image: checksum mismatch");
  if (reinterpret_cast<std::uintptr_t>(bytes.data()) % 8 != 0) return fail("gazetteer image not 8-byte aligned");

  SectionRef table[kSectionCount];
  std::memcpy(table, bytes.data() + sizeof(Header), kTableBytes);
  for (const SectionRef& ref : table)
    if (ref.offset % 8 || ref.offset > bytes.size() || ref.bytes > bytes.size() - ref.offset)
      return fail("damaged gazetteer image: a section lies outside it");
  const auto section = [&](Section s) { return bytes.substr(table[s].offset, table[s].bytes); };
  const std::string_view strings = section(kStrings);
  bool strings_ok = true;
  const auto text = [&](StringRef ref) {
    if (ref.offset > strings.size() || ref.size > strings.size() - ref.offset) {
      strings_ok = false;
      return std::string_view();
    }
    return strings.substr(ref.offset, ref.size);
  };
  const auto records = [&](Section s, std::size_t record_bytes, std::size_t& count) {
    count = table[s].bytes / record_bytes;
    return table[s].bytes % record_bytes == 0;
  };
  std::size_t entry_count, name_count, pattern_count, source_count;
  if (!records(kEntries, sizeof(EntryRecord), entry_count) || !records(kNames, sizeof(NameRecord), name_count) ||
      !records(kPatterns, sizeof(PatternRecord), pattern_count) ||
      !records(kSources, sizeof(SourceRecord), source_count) || table[kIndexSizes].bytes != sizeof(IndexSizes) ||
      table[kFilters].bytes % 8 || !NameIndex::valid_filter_words(table[kFilters].bytes / 8))
    return fail("damaged gazetteer image: a section has the wrong size");

  // Every reference is checked here, once, so that entries and names are then read in place
  // without a check (Gazetteer::entry, Gazetteer::name).
  const char* entry_bytes = section(kEntries).data();
  for (std::size_t i = 0; i < entry_count; ++i) {
    EntryRecord r;
    std::memcpy(&r, entry_bytes + i * sizeof r, sizeof r);
    if (r.type >= produce::kEntityTypeCount ||
        !produce::info(static_cast<produce::EntityType>(r.type)).from_gazetteers || r.gazetteer >= source_count)
      return fail("damaged gazetteer image: an entry of no known type or source");
    text(r.canonical);
    text(r.ids);
  }
  const char* name_bytes = section(kNames).data();
  for (std::size_t i = 0; i < name_count; ++i) {
    NameRecord r;
    std::memcpy(&r, name_bytes + i * sizeof r, sizeof r);
    if (r.entry >= entry_count) return fail("damaged gazetteer image: a name of no entry");
    text(r.key);
    text(r.case_pattern);
  }
  if (!strings_ok) return fail("damaged gazetteer image: a string lies outside the string section");

  IndexSizes sizes;
  std::memcpy(&sizes, section(kIndexSizes).data(), sizeof sizes);
  const std::uint64_t capacity = sizes.capacity;
  // Divided, not multiplied: 2^60 slots or more would overflow to a size that matches.
  if ((capacity & (capacity - 1)) != 0 || table[kSlots].bytes % sizeof(NameIndex::Slot) != 0 ||
      table[kSlots].bytes / sizeof(NameIndex::Slot) != capacity || (capacity == 0 && name_count != 0))
    return fail("damaged gazetteer image: the name table has the wrong size");
  const auto* slots = reinterpret_cast<const NameIndex::Slot*>(section(kSlots).data());
  std::uint64_t used = 0;
  for (std::uint64_t i = 0; i < capacity; ++i) {
    if (slots[i].key == 0) continue;
    ++used;
    if (slots[i].name < 0 || static_cast<std::uint64_t>(slots[i].name) >= name_count)
      return fail("damaged gazetteer image: the name table points outside it");
  }
  if (capacity && used == capacity)  // a probe for an absent key would never stop
    return fail("damaged gazetteer image: the name table has no free slot");

  std::vector<std::string> source_names;
  std::vector<SourceStats> stats;
  for (std::size_t i = 0; i < source_count; ++i) {
    SourceRecord r;
    std::memcpy(&r, section(kSources).data() + i * sizeof r, sizeof r);
    source_names.emplace_back(text(r.name));
    stats.push_back({r.entries, r.names, r.patterns, r.companies, r.labs});
  }
  if (!strings_ok) return fail("damaged gazetteer image: a source's name lies outside the string section");

  constexpr std::size_t kMaxNumbered = 0x7FFFFFFF;  // names are numbered by int32 in the tables
  if (entry_count > kMaxNumbered - entry_count_ || name_count > kMaxNumbered - name_count_)
    return fail("too many names: the gazetteers together may hold at most 2^31 - 1");
  const std::uint32_t entry_base = static_cast<std::uint32_t>(entry_count_);
  const std::size_t patterns_before = patterns_.size();
  const auto undo = [&](std::string reason) {
    patterns_.resize(patterns_before);
    return fail(std::move(reason));
  };
  for (std::size_t i = 0; i < pattern_count; ++i) {
    PatternRecord r;
    std::memcpy(&r, section(kPatterns).data() + i * sizeof r, sizeof r);
    if (r.entry >= entry_count) return undo("damaged gazetteer image: a pattern of no entry");
    const std::string_view regex = text(r.regex);
    if (!strings_ok) return undo("damaged gazetteer image: a string lies outside the string section");
    RE2::Options options;
    options.set_log_errors(false);
    options.set_longest_match(true);
    auto compiled = std::make_shared<const re2::RE2>(re2::StringPiece(regex.data(), regex.size()), options);
    if (!compiled->ok())
      return undo(fmt::format("invalid pattern {} in the image: {}", quote_pattern(regex), compiled->error()));
    patterns_.push_back({entry_base + r.entry, std::move(compiled)});
  }
  if (pattern_count) {
    std::string why;
    if (!combine_patterns(why)) return undo(why);
  }

  auto layer = std::make_unique<Layer>();
  layer->entry_base = entry_base;
  layer->name_base = static_cast<std::uint32_t>(name_count_);
  layer->source_base = static_cast<std::uint32_t>(sources_.size());
  layer->is_image = true;
  layer->entry_records = reinterpret_cast<const EntryRecord*>(entry_bytes);
  layer->name_records = reinterpret_cast<const NameRecord*>(name_bytes);
  layer->image_entries = static_cast<std::uint32_t>(entry_count);
  layer->image_names = static_cast<std::uint32_t>(name_count);
  layer->strings = strings;
  layer->index = std::make_unique<NameIndex>();
  layer->index->view(slots, capacity, reinterpret_cast<const std::uint64_t*>(section(kFilters).data()),
                     table[kFilters].bytes / 8, sizes.max_tokens);
  layers_.push_back(std::move(layer));
  entry_count_ += entry_count;
  name_count_ += name_count;
  sources_.insert(sources_.end(), source_names.begin(), source_names.end());
  stats_.insert(stats_.end(), stats.begin(), stats.end());
  lookup_.reset();
  return true;
}

}  // namespace gazette::match
