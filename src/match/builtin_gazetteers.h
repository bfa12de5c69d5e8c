// The gazetteers shipped in data/, linked into the binary at build time.
#pragma once
#include <string_view>
#include <utility>
#include <vector>

namespace gazette::match {

// (name, TSV text) of each shipped gazetteer.
std::vector<std::pair<std::string_view, std::string_view>> builtin_gazetteers();

}  // namespace gazette::match
