#include "pipeline/segments.h"

#include "input/utf8.h"

namespace gazette::pipeline::segments {
namespace {

std::size_t code_point_boundary(std::string_view text, std::size_t at, std::size_t floor) {
  while (at > floor && at < text.size() && utf8::is_continuation(static_cast<unsigned char>(text[at]))) --at;
  return at;
}

bool ends_sentence(char c) { return c == '.' || c == '!' || c == '?' || c == ';'; }

}  // namespace

std::size_t cut_before(std::string_view text, std::size_t lo, std::size_t hi) {
  // A paragraph break: a line feed whose line is empty (CRLF allowed).
  for (std::size_t i = hi; i > lo; --i) {
    if (text[i - 1] != '\n') continue;
    std::size_t j = i - 1;
    while (j > lo && text[j - 1] == '\r') --j;
    if (j > lo && text[j - 1] == '\n') return i;
  }
  for (std::size_t i = hi; i > lo; --i)
    if (text[i - 1] == '\n') return i;
  for (std::size_t i = hi; i > lo + 1; --i)
    if (text[i - 1] == ' ' && ends_sentence(text[i - 2])) return i;
  for (std::size_t i = hi; i > lo; --i)
    if (text[i - 1] == ' ') return i;
  return code_point_boundary(text, hi, lo + 1);  // one endless word
}

std::size_t cut_after(std::string_view text, std::size_t lo, std::size_t hi) {
  for (std::size_t i = lo; i < hi; ++i)
    if (text[i] == ' ' || text[i] == '\n') return i + 1;
  return code_point_boundary(text, lo, 0);
}

}  // namespace gazette::pipeline::segments
