#include "model/document_view.h"

#include <algorithm>
#include <cstring>

namespace gazette::model {
namespace {

// The first of tokens[from, n) that ends after byte `p`, galloping from `from`: the
// capitals of a text are some tokens apart.
std::size_t first_ending_after(const std::vector<Token>& tokens, std::size_t from, std::size_t p) {
  const std::size_t n = tokens.size();
  std::size_t lo = from, hi = from, step = 1;
  while (hi < n && tokens[hi].end <= p) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > n) hi = n;
  while (lo < hi) {
    const std::size_t mid = (lo + hi) / 2;
    if (tokens[mid].end <= p)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
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
  b_.flags.resize(n);
  if (n) std::memset(b_.flags.data(), 0, n * sizeof(Buffers::Flags));
  if (b_.surfaces.size() < n) b_.surfaces.resize(n);
  b_.capitalised.clear();
  Buffers::Flags* flags = b_.flags.data();
  // The capitalised word tokens: the case bytes are read eight at a time and each non-zero one
  // is looked up among the tokens, so the many tokens without a capital cost nothing here.
  const std::uint8_t* upper = folded.upper.data();
  const std::size_t size = folded.upper.size();
  std::size_t at = 0;  // no token before this one holds a byte at or after p
  for (std::size_t p = 0; p < size;) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    if (p + 32 <= size) {  // most of a text has no capital: 32 bytes a step
      std::uint64_t w[4];
      std::memcpy(w, upper + p, 32);
      if (!(w[0] | w[1] | w[2] | w[3])) {
        p += 32;
        continue;
      }
    }
    if (p + 8 <= size) {
      std::uint64_t w;
      std::memcpy(&w, upper + p, 8);
      if (!w) {
        p += 8;
        continue;
      }
      p += static_cast<std::size_t>(__builtin_ctzll(w)) / 8;  // the first non-zero byte
    } else if (!upper[p]) {
      ++p;
      continue;
    }
#else
    if (!upper[p]) {
      ++p;
      continue;
    }
#endif
    at = first_ending_after(tokens, at, p);
    if (at == n) break;
    const Token& t = tokens[at];
    if (t.begin > p) {  // between tokens
      ++p;
      continue;
    }
    if (t.word) {
      flags[at].capitalised = 1;
      b_.capitalised.push_back(static_cast<std::uint32_t>(at));
    }
    p = t.end;
    ++at;
  }
  // The title ends at the first line break after the first token (tokens hold none).
  title_end_ = n;
  if (n > 0) {
    const std::size_t line_break = folded.text.find('\n', tokens[0].end);
    if (line_break != std::string::npos) {
      std::size_t lo = 0, hi = n;
      while (lo < hi) {  // the first token after the line break
        const std::size_t mid = (lo + hi) / 2;
        if (tokens[mid].begin <= line_break)
          lo = mid + 1;
        else
          hi = mid;
      }
      title_end_ = lo;
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

bool DocumentView::find_sentence_start(std::size_t i) const {
  if (!tokens_[i].word) return false;
  const char* text = folded_.text.data();
  // Back to the last word, a sentence's end or a line break, whichever comes first; other
  // punctuation (a quote, a bracket) keeps the next word at its sentence's start.
  for (std::size_t j = i; j > 0; --j) {
    for (std::size_t p = tokens_[j - 1].end; p < tokens_[j].begin; ++p)
      if (text[p] == '\n') return true;
    const Token& before = tokens_[j - 1];
    if (before.word) return false;
    const char c = text[before.begin];
    if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  }
  return true;
}

void DocumentView::fill_surface(std::size_t i) const {
  const Token& t = tokens_[i];
  const std::string_view w = text(t);
  const std::uint8_t* upper = folded_.upper.data();
  TokenSurface& s = b_.surfaces[i];
  // One pass over the bytes: the shape ("SoftBank" -> "XxXx", "CNRS" -> "X", "TF1" -> "Xd",
  // at most six classes), a capital after a small letter inside, a digit.
  char shape[6];
  std::size_t length = 0;
  bool inner_capital = false, digit = false;
  for (std::uint32_t p = t.begin; p < t.end; ++p) {
    const unsigned char c = static_cast<unsigned char>(folded_.text[p]);
    const bool is_digit = c >= '0' && c <= '9';
    digit |= is_digit;
    inner_capital |= p > t.begin && upper[p] && !upper[p - 1];
    const char k = is_digit ? 'd' : upper[p] ? 'X' : 'x';
    if (length < 6 && (length == 0 || shape[length - 1] != k)) shape[length++] = k;
  }
  s.shape = tokens::hash_bytes(std::string_view(shape, length));
  s.prefix3 = tokens::hash_bytes(w.substr(0, 3));
  s.suffix3 = tokens::hash_bytes(w.size() > 3 ? w.substr(w.size() - 3) : w);
  s.inner_capital = inner_capital;
  s.digit = digit;
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
  const Token* tokens = tokens_.data();
  const std::size_t n = tokens_.size();
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint64_t h = tokens[i].hash;
    if (!(filter >> (h >> 58) & 1)) continue;
    if (flags[i].capitalised || !tokens[i].word) continue;
    for (std::size_t s = h & mask; slots[s]; s = (s + 1) & mask) {
      if (hashes[slots[s] - 1] == h) {
        found[slots[s] - 1] = 1;
        break;
      }
    }
  }
}

}  // namespace gazette::model
