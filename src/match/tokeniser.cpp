#include "match/tokeniser.h"

#include <unicode/uchar.h>

#include <array>

#include "input/utf8.h"

namespace gazette::match {
namespace {

enum ByteClass : std::uint8_t { kSeparator, kWord, kPunctuation, kNonAscii };

constexpr std::array<std::uint8_t, 256> make_classes() {
  std::array<std::uint8_t, 256> classes{};
  for (int b = 0; b < 256; ++b) {
    if (b >= 0x80) classes[b] = kNonAscii;
    else if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || (b >= 'A' && b <= 'Z')) classes[b] = kWord;
    else if (b <= ' ' || b == '-' || b == '\'' || b == 0x7F) classes[b] = kSeparator;
    else classes[b] = kPunctuation;
  }
  return classes;
}

constexpr std::array<std::uint8_t, 256> kClasses = make_classes();

bool is_word_code_point(char32_t cp) {
  return u_isalnum(static_cast<UChar32>(cp)) || u_charType(static_cast<UChar32>(cp)) == U_COMBINING_SPACING_MARK;
}

}  // namespace

std::uint64_t hash_bytes(std::string_view bytes) {
  std::uint64_t h = 0xCBF29CE484222325ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001B3ULL;
  }
  return h;
}

void tokenise(std::string_view s, std::vector<Token>& out) {
  out.clear();
  out.reserve(s.size() / 5 + 16);  // French averages about six bytes a token
  const std::size_t n = s.size();
  std::size_t pos = 0;
  while (pos < n) {
    const std::uint8_t cls = kClasses[static_cast<unsigned char>(s[pos])];
    if (cls == kSeparator) {
      ++pos;
      continue;
    }
    const std::size_t start = pos;
    if (cls == kPunctuation) {
      ++pos;
      out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos), hash_bytes(s.substr(start, 1)), false});
      continue;
    }
    if (cls == kNonAscii) {
      std::size_t next = pos;
      const char32_t cp = utf8::decode(s, next);
      if (!is_word_code_point(cp)) {
        pos = next;
        out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos),
                       hash_bytes(s.substr(start, pos - start)), false});
        continue;
      }
    }
    // A word: hash as we go so the bytes are read once.
    std::uint64_t h = 0xCBF29CE484222325ULL;
    while (pos < n) {
      const unsigned char b = static_cast<unsigned char>(s[pos]);
      const std::uint8_t c = kClasses[b];
      if (c == kWord) {
        h = (h ^ b) * 0x100000001B3ULL;
        ++pos;
      } else if (c == kNonAscii) {
        std::size_t next = pos;
        const char32_t cp = utf8::decode(s, next);
        if (!is_word_code_point(cp)) break;
        for (; pos < next; ++pos) h = (h ^ static_cast<unsigned char>(s[pos])) * 0x100000001B3ULL;
      } else {
        break;
      }
    }
    out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos), h, true});
  }
}

std::string match_key(std::string_view folded) {
  std::vector<Token> tokens;
  tokenise(folded, tokens);
  std::string key;
  for (const Token& t : tokens) {
    if (!key.empty()) key.push_back(' ');
    key.append(folded.substr(t.begin, t.end - t.begin));
  }
  return key;
}

}  // namespace gazette::match
