// Where a long document is cut into segments, and how far each segment's window reaches past
// its cuts.
//
// Each segment owns the mentions that start inside it, and is processed within a window that
// reaches kOverlapBytes (or a little more, to the next boundary) beyond both of its cuts. The
// overlap is over twice the longest mention, so a mention starting in a segment is seen whole,
// a mention cut by the window's edge is a fragment that lies outside the segment and is dropped,
// and a fragment never overlaps a mention the segment owns: every mention is reported exactly
// once, as if the document had not been cut.
#pragma once
#include <cstddef>
#include <string_view>

namespace gazette::pipeline::segments {

// The longest mention of the corpus is 80 bytes; the longest gazetteer names some 250.
inline constexpr std::size_t kOverlapBytes = 1024;
// How far back a window's start may go to find a sentence or paragraph break.
inline constexpr std::size_t kStartSearchBytes = 4 * kOverlapBytes;
// How far forward a window's end may go to find a space.
inline constexpr std::size_t kEndSearchBytes = kOverlapBytes;

// The best place to cut `text` in (lo, hi], as an offset into `text`: after a paragraph break,
// else after a line break, else after a sentence's end, else after a space, else at the code
// point boundary at or before `hi`. Requires lo < hi <= text.size().
std::size_t cut_before(std::string_view text, std::size_t lo, std::size_t hi);

// The first place after a space in [lo, hi), else the code point boundary at or before `lo`.
// Requires lo <= hi <= text.size().
std::size_t cut_after(std::string_view text, std::size_t lo, std::size_t hi);

}  // namespace gazette::pipeline::segments
