#include "check/locator.h"

#include <algorithm>

namespace gazette::check {

Locator::Locator(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text.size(); ++i)
    if (text[i] == '\n') line_starts_.push_back(i + 1);
}

Position Locator::at(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - 1;
  Position p;
  p.line = static_cast<std::size_t>(it - line_starts_.begin()) + 1;
  p.byte_col = offset - *it + 1;
  p.char_col = p.utf16_col = 1;
  for (std::size_t i = *it; i < offset; ++i) {
    const unsigned char c = static_cast<unsigned char>(text_[i]);
    if ((c & 0xC0) == 0x80) continue;  // a continuation byte belongs to the code point before
    ++p.char_col;
    p.utf16_col += c >= 0xF0 ? 2 : 1;  // four-byte sequences are surrogate pairs in UTF-16
  }
  return p;
}

std::string_view Locator::line_text(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t begin = *(std::upper_bound(line_starts_.begin(), line_starts_.end(), offset) - 1);
  std::size_t end = text_.find('\n', begin);
  if (end == std::string_view::npos) end = text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return text_.substr(begin, end - begin);
}

}  // namespace gazette::check
