// UTF-8 validation and decoding shared by every stage that walks raw bytes.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace gazette::utf8 {

inline constexpr std::size_t npos = static_cast<std::size_t>(-1);

// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlongs,
// surrogates and values past U+10FFFF are ill-formed), or npos when the whole text is valid.
std::size_t find_invalid(std::string_view bytes);

// Decodes the code point at `pos` and advances `pos` past it. An ill-formed byte decodes to
// U+FFFD and advances by exactly one byte, so offsets stay tied to the original bytes.
char32_t decode(std::string_view bytes, std::size_t& pos);

void append(std::string& out, char32_t cp);

inline bool is_continuation(unsigned char b) { return (b & 0xC0) == 0x80; }

// Copy of `bytes` where every ill-formed byte is replaced by U+FFFD: safe to print as UTF-8.
std::string sanitise(std::string_view bytes);

}  // namespace gazette::utf8
