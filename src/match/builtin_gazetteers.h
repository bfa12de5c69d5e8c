// The gazetteers shipped in data/, compiled at build time and linked into the binary.
#pragma once
#include <string_view>

namespace gazette::match {

// The image of data/companies.tsv and data/labs.tsv (match/gazetteer_image.h).
std::string_view builtin_gazetteer_image();

// The shipped list of first names (data/first-names.txt), one a line.
std::string_view builtin_first_names();

}  // namespace gazette::match
