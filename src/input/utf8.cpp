#include "input/utf8.h"

namespace gazette::utf8 {
namespace {

// Length of the well-formed sequence at pos, or 0 when it is ill-formed (Unicode Table 3-7).
std::size_t sequence_length(std::string_view s, std::size_t pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char b0 = byte(pos);
  const std::size_t left = s.size() - pos;
  if (b0 < 0x80) return 1;
  if (b0 >= 0xC2 && b0 <= 0xDF) return left >= 2 && is_continuation(byte(pos + 1)) ? 2 : 0;
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (left < 3) return 0;
    const unsigned char b1 = byte(pos + 1);
    const unsigned char lo = b0 == 0xE0 ? 0xA0 : 0x80;
    const unsigned char hi = b0 == 0xED ? 0x9F : 0xBF;
    return (b1 >= lo && b1 <= hi && is_continuation(byte(pos + 2))) ? 3 : 0;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (left < 4) return 0;
    const unsigned char b1 = byte(pos + 1);
    const unsigned char lo = b0 == 0xF0 ? 0x90 : 0x80;
    const unsigned char hi = b0 == 0xF4 ? 0x8F : 0xBF;
    return (b1 >= lo && b1 <= hi && is_continuation(byte(pos + 2)) && is_continuation(byte(pos + 3))) ? 4 : 0;
  }
  return 0;
}

}  // namespace

std::size_t find_invalid(std::string_view bytes) {
  std::size_t pos = 0;
  const std::size_t n = bytes.size();
  while (pos < n) {
    // Skip ASCII eight bytes at a time: it is most of French text. In a word that holds an
    // accented letter, the ASCII bytes before it are skipped too.
    while (pos + 8 <= n) {
      std::uint64_t word;
      __builtin_memcpy(&word, bytes.data() + pos, 8);
      const std::uint64_t high = word & 0x8080808080808080ULL;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      if (high) {
        pos += static_cast<std::size_t>(__builtin_ctzll(high)) / 8;
        break;
      }
#else
      if (high) break;
#endif
      pos += 8;
    }
    if (pos >= n) break;
    const std::size_t len = sequence_length(bytes, pos);
    if (len == 0) return pos;
    pos += len;
  }
  return npos;
}

char32_t decode(std::string_view s, std::size_t& pos) {
  const unsigned char b0 = static_cast<unsigned char>(s[pos]);
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  const std::size_t len = sequence_length(s, pos);
  if (len == 0) {
    ++pos;
    return 0xFFFD;
  }
  char32_t cp = len == 2 ? (b0 & 0x1F) : len == 3 ? (b0 & 0x0F) : (b0 & 0x07);
  for (std::size_t i = 1; i < len; ++i) cp = (cp << 6) | (static_cast<unsigned char>(s[pos + i]) & 0x3F);
  pos += len;
  return cp;
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

std::string sanitise(std::string_view bytes) {
  if (find_invalid(bytes) == npos) return std::string(bytes);
  std::string out;
  out.reserve(bytes.size() + 8);
  for (std::size_t pos = 0; pos < bytes.size();) append(out, decode(bytes, pos));
  return out;
}

}  // namespace gazette::utf8
