// The compiled form of gazetteers: one versioned, checksummed image that a Gazetteer uses in
// place, with no parsing and no allocation per name at start-up. `gazette gazetteer compile`
// writes one; the shipped gazetteers are compiled at build time and linked into the binary.
//
// Layout, all integers little-endian, offsets from the image's first byte, sections 8-aligned:
//   header    "GZTIMAGE", u32 version, u32 byte-order mark 0x01020304, u64 image size,
//             u64 checksum of the bytes after the header, u32 section count, u32 zero
//   sections  a table of (u64 offset, u64 bytes), then: strings, entries, names, patterns,
//             sources, index slots, the index filters (interleaved bit pairs, a power of two
//             of at least 512 KiB, growing with the number of names), index sizes
// Entries and names are fixed-size records that a Gazetteer reads in place, so that adding an
// image of a million names costs its checksum and one bounds check per record, no copy.
// The checksum is FNV-1a over 64-bit words in four interleaved lanes (a short tail byte by
// byte): four independent multiply chains keep up with memory, so that checking a file of a
// million names at every start costs about what reading it does.
#pragma once
#include <cstdint>
#include <string_view>

namespace gazette::match::image {

inline constexpr std::string_view kMagic = "GZTIMAGE";
inline constexpr std::uint32_t kVersion = 4;

struct StringRef {
  std::uint32_t offset, size;  // into the string section
};
struct EntryRecord {
  StringRef canonical, ids;
  std::uint32_t gazetteer;  // into the image's own sources
  std::uint8_t type, unused[3];
};
struct NameRecord {
  std::uint32_t entry;  // into the image's own entries
  StringRef key, case_pattern;
  std::uint16_t tokens, unused;
};
static_assert(sizeof(EntryRecord) == 24 && sizeof(NameRecord) == 24, "image records have fixed sizes");

// Whether `bytes` start like an image (of any version): tells an image file from a TSV one.
inline bool looks_like_image(std::string_view bytes) { return bytes.substr(0, kMagic.size()) == kMagic; }

std::uint64_t checksum(std::string_view bytes);

}  // namespace gazette::match::image
