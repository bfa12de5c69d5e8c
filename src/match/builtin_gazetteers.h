// The gazetteers shipped in data/, linked into the binary at build time.
#pragma once
#include <string_view>
#include <utility>
#include <vector>

namespace gazette::match {

// (name, TSV text) of each shipped gazetteer.
std::vector<std::pair<std::string_view, std::string_view>> builtin_gazetteers();

// The shipped list of first names (data/first-names.txt), one a line.
std::string_view builtin_first_names();

}  // namespace gazette::match
