// Letter case of written names, by code point (ICU), for comparing a surface with a form.
#pragma once
#include <string>
#include <string_view>

namespace gazette::check {

std::string to_lower(std::string_view text);
// Has a letter and no lower-case letter: "NVIDIA", "CNRS", "R&D".
bool all_upper(std::string_view text);
// Has a letter and no upper-case letter.
bool all_lower(std::string_view text);
// First letter upper case, every other letter lower case: "Nasa", "Unesco".
bool title_case(std::string_view text);
bool starts_upper(std::string_view text);

}  // namespace gazette::check
