// The gazetteers shipped in data/, compiled at build time and linked into the binary.
#pragma once
#include <string_view>
#include <utility>
#include <vector>

namespace gazette::match {

// The image of data/companies.tsv and data/labs.tsv (match/gazetteer_image.h).
std::string_view builtin_gazetteer_image();

// (name, TSV text) of each shipped gazetteer, as written: `gazette check` reads the names as
// their gazetteers spell them, which the image keeps only folded.
std::vector<std::pair<std::string_view, std::string_view>> builtin_gazetteer_sources();

// The shipped list of first names (data/first-names.txt), one a line.
std::string_view builtin_first_names();

}  // namespace gazette::match
