#include "model/document_view.h"

#include <algorithm>
#include <cstring>

namespace gazette::model {
namespace {

// Whether upper[begin, end) holds a non-zero byte; `size` is the array's length. Eight bytes
// at a time: every word token of every document is asked.
bool any_upper(const std::uint8_t* upper, std::size_t size, std::uint32_t begin, std::uint32_t end) {
  std::size_t p = begin;
  std::uint64_t w;
  for (; end - p >= 8; p += 8) {
    std::memcpy(&w, upper + p, 8);
    if (w) return true;
  }
  if (p == end) return false;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (p + 8 <= size) {  // the first end - p bytes of eight, the low ones
    std::memcpy(&w, upper + p, 8);
    return (w & (~std::uint64_t{0} >> (64 - 8 * (end - p)))) != 0;
  }
#endif
  for (; p < end; ++p)
    if (upper[p]) return true;
  return false;
}

}  // namespace

DocumentView::DocumentView(const normalise::Normalised& folded, const std::vector<Token>& tokens,
                           const std::vector<KnownSpan>& known, const Dictionary& dictionary,
                           const match::FirstNames* first_names, const match::MatchWords& words, Buffers* buffers)
    : folded_(folded),
      tokens_(tokens),
      dictionary_(dictionary),
      first_names_(first_names),
      words_(words),
      b_(buffers ? *buffers : own_) {
  const std::size_t n = tokens.size();
  b_.flags.assign(n, Buffers::Flags{});
  if (b_.surfaces.size() < n) b_.surfaces.resize(n);
  b_.capitalised.clear();
  Buffers::Flags* flags = b_.flags.data();
  const char* text = folded.text.data();
  const std::uint8_t* upper = folded.upper.data();
  const std::size_t size = folded.upper.size();
  bool at_start = true;
  title_end_ = n;
  bool title_done = false;
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    if (i > 0) {
      // The bytes between the tokens: a line break starts a sentence; spaces, or one hyphen or
      // apostrophe ("CEA-Leti", "L'Oréal"), join them; a spaced dash separates ("BFMTV - RMC").
      const std::size_t from = tokens[i - 1].end, to = t.begin;
      bool line_break = false, spaces = true;
      for (std::size_t p = from; p < to; ++p) {
        line_break |= text[p] == '\n';
        spaces &= text[p] == ' ';
      }
      flags[i - 1].joined = spaces || (to == from + 1 && (text[from] == '-' || text[from] == '\''));
      if (line_break) {
        at_start = true;
        if (!title_done) {
          title_end_ = i;
          title_done = true;
        }
      }
    }
    if (t.word) {
      if (any_upper(upper, size, t.begin, t.end)) {
        flags[i].capitalised = 1;
        b_.capitalised.push_back(static_cast<std::uint32_t>(i));
      }
      flags[i].sentence_start = at_start;
      at_start = false;
    } else {
      const char c = text[t.begin];
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') at_start = true;
      // A quote or a bracket opening a sentence keeps the next word at its start.
    }
  }
  // Known spans are sorted by nothing in particular; a token keeps the first covering type.
  for (const KnownSpan& k : known) {
    std::size_t lo = 0, hi = n;
    while (lo < hi) {  // first token ending after k.begin
      const std::size_t mid = (lo + hi) / 2;
      if (tokens[mid].end <= k.begin)
        lo = mid + 1;
      else
        hi = mid;
    }
    for (std::size_t i = lo; i < n && tokens[i].begin < k.end; ++i)
      if (!flags[i].known) flags[i].known = static_cast<std::uint8_t>(k.type);
  }
}

void DocumentView::fill_surface(std::size_t i) const {
  const Token& t = tokens_[i];
  const std::string_view w = text(t);
  const std::uint8_t* upper = folded_.upper.data();
  TokenSurface& s = b_.surfaces[i];
  // "SoftBank" -> "XxXx", "CNRS" -> "X", "TF1" -> "Xd": at most six classes.
  char shape[6];
  std::size_t length = 0;
  for (std::uint32_t p = t.begin; p < t.end && length < 6; ++p) {
    const unsigned char c = static_cast<unsigned char>(folded_.text[p]);
    const char k = (c >= '0' && c <= '9') ? 'd' : upper[p] ? 'X' : 'x';
    if (length == 0 || shape[length - 1] != k) shape[length++] = k;
  }
  s.shape = tokens::hash_bytes(std::string_view(shape, length));
  s.prefix3 = tokens::hash_bytes(w.substr(0, 3));
  s.suffix3 = tokens::hash_bytes(w.size() > 3 ? w.substr(w.size() - 3) : w);
  s.inner_capital = false;
  for (std::uint32_t p = t.begin + 1; p < t.end && !s.inner_capital; ++p) s.inner_capital = upper[p] && !upper[p - 1];
  s.digit = false;
  for (char c : w) s.digit |= c >= '0' && c <= '9';
  s.dictionary = dictionary_.contains(t.hash);
  s.first_name = b_.flags[i].capitalised && first_names_ && first_names_->contains(t);
  b_.flags[i].surface_ready = 1;
}

std::vector<std::uint8_t> DocumentView::lower_case(const std::vector<std::uint64_t>& hashes) const {
  std::vector<std::uint8_t> found;
  lower_case(hashes, found);
  return found;
}

void DocumentView::lower_case(const std::vector<std::uint64_t>& hashes, std::vector<std::uint8_t>& found) const {
  found.assign(hashes.size(), 0);
  // An open-addressing table of the asked hashes, at most half full: one probe or two per
  // lower-case token; a 64-bit filter in front turns most tokens away before the table.
  std::size_t size = 16;
  while (size < 2 * hashes.size()) size *= 2;
  const std::size_t mask = size - 1;
  std::vector<std::uint32_t>& slots = b_.slots;  // index + 1 into `hashes`, 0 when empty
  slots.assign(size, 0);
  std::uint64_t filter = 0;
  for (std::size_t k = 0; k < hashes.size(); ++k) {
    std::size_t s = hashes[k] & mask;
    while (slots[s]) s = (s + 1) & mask;
    slots[s] = static_cast<std::uint32_t>(k + 1);
    filter |= std::uint64_t{1} << (hashes[k] >> 58);
  }
  const Buffers::Flags* flags = b_.flags.data();
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    const std::uint64_t h = tokens_[i].hash;
    if (!(filter >> (h >> 58) & 1) || flags[i].capitalised || !tokens_[i].word) continue;
    for (std::size_t s = h & mask; slots[s]; s = (s + 1) & mask) {
      if (hashes[slots[s] - 1] == h) {
        found[slots[s] - 1] = 1;
        break;
      }
    }
  }
}

}  // namespace gazette::model
