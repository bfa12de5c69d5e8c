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

}  // namespace

std::uint64_t hash_bytes(std::string_view bytes) {
  // Eight bytes per multiply rather than one: tokens are hashed for every word of every text.
  constexpr std::uint64_t kMul = 0x9E3779B97F4A7C15ULL;
  const char* p = bytes.data();
  std::size_t left = bytes.size();
  std::uint64_t h = 0xCBF29CE484222325ULL ^ (left * kMul);
  while (left >= 8) {
    std::uint64_t word;
    std::memcpy(&word, p, 8);
    h = (h ^ word) * kMul;
    h ^= h >> 29;
    p += 8;
    left -= 8;
  }
  if (left > 0) {
    std::uint64_t word = 0;
    std::memcpy(&word, p, left);
    h = (h ^ word) * kMul;
    h ^= h >> 29;
  }
  h *= 0xBF58476D1CE4E5B9ULL;
  return h ^ (h >> 32);
}

void tokenise(std::string_view s, std::vector<Token>& out) {
  out.clear();
  out.reserve(s.size() / 5 + 16);  // French averages about six bytes a token
  const std::size_t n = s.size();
  std::size_t pos = 0;
  const auto emit = [&](std::size_t start, std::size_t end, bool word) {
    out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(end),
                   hash_bytes(s.substr(start, end - start)), word});
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
    // A word: find its end, then hash it whole.
    while (pos < n) {
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
