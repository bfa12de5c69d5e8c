// The word lists of data/lang/, linked into the binary at build time.
#pragma once
#include <string_view>
#include <utility>
#include <vector>

namespace gazette::lang {

// ("fr/company-verbs.txt", text) for every shipped list, sorted by name.
const std::vector<std::pair<std::string_view, std::string_view>>& builtin_word_lists();

}  // namespace gazette::lang
