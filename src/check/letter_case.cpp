#include "check/letter_case.h"

#include <unicode/uchar.h>

#include "input/utf8.h"

namespace gazette::check {
namespace {

// Calls f(code point) for each code point; stops when f returns false.
template <typename F>
void each(std::string_view text, F&& f) {
  for (std::size_t pos = 0; pos < text.size();)
    if (!f(static_cast<UChar32>(utf8::decode(text, pos)))) return;
}

}  // namespace

std::string to_lower(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  each(text, [&](UChar32 c) {
    utf8::append(out, static_cast<char32_t>(u_tolower(c)));
    return true;
  });
  return out;
}

bool all_upper(std::string_view text) {
  bool letter = false, lower = false;
  each(text, [&](UChar32 c) {
    letter = letter || u_isalpha(c);
    lower = lower || u_islower(c);
    return !lower;
  });
  return letter && !lower;
}

bool all_lower(std::string_view text) {
  bool letter = false, upper = false;
  each(text, [&](UChar32 c) {
    letter = letter || u_isalpha(c);
    upper = upper || u_isupper(c) || u_istitle(c);
    return !upper;
  });
  return letter && !upper;
}

bool title_case(std::string_view text) {
  bool first = true, ok = true;
  each(text, [&](UChar32 c) {
    if (!u_isalpha(c)) return true;
    ok = first ? (u_isupper(c) || u_istitle(c)) : u_islower(c);
    first = false;
    return ok;
  });
  return ok && !first;
}

bool starts_upper(std::string_view text) {
  bool upper = false;
  each(text, [&](UChar32 c) {
    upper = u_isupper(c) || u_istitle(c);
    return false;
  });
  return upper;
}

}  // namespace gazette::check
