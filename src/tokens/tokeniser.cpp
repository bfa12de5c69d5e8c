#include "tokens/tokeniser.h"

#include <unicode/uchar.h>

#include <array>
#include <cstring>

#include "input/utf8.h"

namespace gazette::tokens {
namespace {

enum ByteClass : std::uint8_t { kSeparator, kWord, kPunctuation, kNonAscii };

constexpr std::array<std::uint8_t, 256> make_classes() {
  std::array<std::uint8_t, 256> classes{};
  for (int b = 0; b < 256; ++b) {
    if (b >= 0x80)
      classes[b] = kNonAscii;
    else if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z'))
      classes[b] = kWord;
    else if (b <= ' ' || b == '-' || b == '\'' || b == 0x7F)
      classes[b] = kSeparator;
    else
      classes[b] = kPunctuation;
  }
  return classes;
}

constexpr std::array<std::uint8_t, 256> kClasses = make_classes();

bool is_word_code_point(char32_t cp) {
  return u_isalnum(static_cast<UChar32>(cp)) || u_charType(static_cast<UChar32>(cp)) == U_COMBINING_SPACING_MARK;
}

constexpr std::uint64_t kHashMul = 0x9E3779B97F4A7C15ULL;

std::uint64_t load_word(const char* p) {
  std::uint64_t word;
  std::memcpy(&word, p, 8);
  return word;
}

std::uint64_t hash_seed(std::size_t length) { return 0xCBF29CE484222325ULL ^ (length * kHashMul); }

std::uint64_t hash_mix(std::uint64_t h, std::uint64_t word) {
  h = (h ^ word) * kHashMul;
  return h ^ (h >> 29);
}

std::uint64_t hash_finish(std::uint64_t h) {
  h *= 0xBF58476D1CE4E5B9ULL;
  return h ^ (h >> 32);
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHighs = 0x8080808080808080ULL;

// The high bit of the first byte of `word` that is not a lower-case ASCII letter, and maybe of
// later bytes: a byte from 0x80 up is itself flagged, and the carry its sums may send only
// reaches the bytes after it. Folded text has no upper-case letters, and a digit just leaves the
// word to the byte-wise loop for one byte.
std::uint64_t first_non_lower(std::uint64_t word) {
  const std::uint64_t from_a = word + (0x80 - 'a') * kOnes, past_z = word + (0x7F - 'z') * kOnes;
  return ~(from_a & ~past_z & ~word) & kHighs;
}
#endif

// hash_bytes(s.substr(begin, end - begin)). Where the text goes on for a whole word past the
// token, its last bytes are read as that word masked, the value hash_bytes gets by copying them
// onto zeros: a copy of variable length costs more than the rest of the hash.
std::uint64_t hash_token(std::string_view s, std::size_t begin, std::size_t end) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  std::size_t left = end - begin;
  std::uint64_t h = hash_seed(left);
  for (; left >= 8; begin += 8, left -= 8) h = hash_mix(h, load_word(s.data() + begin));
  if (left > 0 && begin + 8 <= s.size())
    return hash_finish(hash_mix(h, load_word(s.data() + begin) & (~0ULL >> (64 - 8 * left))));
  if (left > 0) {
    std::uint64_t word = 0;
    std::memcpy(&word, s.data() + begin, left);
    h = hash_mix(h, word);
  }
  return hash_finish(h);
#else
  return hash_bytes(s.substr(begin, end - begin));
#endif
}

}  // namespace

std::uint64_t hash_bytes(std::string_view bytes) {
  // Eight bytes per multiply rather than one: tokens are hashed for every word of every text.
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  std::uint64_t h = hash_seed(left);
  for (; left >= 8; p += 8, left -= 8) h = hash_mix(h, load_word(p));
  if (left > 0) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, left);
    h = hash_mix(h, word);
  }
  return hash_finish(h);
}

void tokenise(std::string_view s, std::vector<Token>& out) {
  out.clear();
  out.reserve(s.size() / 5 + 16);  // French averages about six bytes a token
  const std::size_t n = s.size();
  std::size_t pos = 0;
  const auto emit = [&](std::size_t start, std::size_t end, bool word) {
    out.push_back(
        {static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end), hash_token(s, start, end), word});
  };
  while (pos < n) {
    const std::uint8_t cls = kClasses[static_cast<unsigned char>(s[pos])];
    if (cls == kSeparator) {
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    if (cls == kPunctuation) {
      emit(start, ++pos, false);
      continue;
    }
    if (cls == kNonAscii) {
      std::size_t next = pos;
      if (!is_word_code_point(utf8::decode(s, next))) {
        emit(start, pos = next, false);
        continue;
      }
    }
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    // Most tokens are lower-case words shorter than eight bytes, ended by a space or punctuation:
    // the word read to find the end is then, masked, the whole of what hash_bytes reads.
    if (cls == kWord && pos + 8 <= n) {
      const std::uint64_t word = load_word(s.data() + pos);
      const std::uint64_t stop = first_non_lower(word);
      const std::size_t length = stop ? static_cast<std::size_t>(__builtin_ctzll(stop)) / 8 : 0;
      const std::uint8_t after = kClasses[static_cast<unsigned char>(s[pos + length])];
      if (length > 0 && (after == kSeparator || after == kPunctuation)) {
        const std::uint64_t bytes = word & (((stop & (0 - stop)) >> 7) - 1);
        pos += length;
        out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos),
                       hash_finish(hash_mix(hash_seed(length), bytes)), true});
        continue;
      }
    }
#endif
    // A word: find its end, then hash it whole.
    while (pos < n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      // Most words are ASCII letters: eight bytes are taken at a time up to the first other byte.
      if (pos + 8 <= n) {
        const std::uint64_t stop = first_non_lower(load_word(s.data() + pos));
        if (!stop) {
          pos += 8;
          continue;
        }
        pos += static_cast<std::size_t>(__builtin_ctzll(stop)) / 8;
      }
#endif
      const std::uint8_t c = kClasses[static_cast<unsigned char>(s[pos])];
      if (c == kWord) {
        ++pos;
      } else if (c == kNonAscii) {
        std::size_t next = pos;
        if (!is_word_code_point(utf8::decode(s, next))) break;
        pos = next;
      } else {
        break;
      }
    }
    emit(start, pos, true);
  }
}

}  // namespace gazette::tokens
