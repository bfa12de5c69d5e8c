// The codes that win a French currency name CLDR gives to several codes
// (data/tables/currency-name-winners.txt, linked into the binary).
#pragma once
#include <string>
#include <string_view>
#include <unordered_set>

namespace gazette::money {

// The codes listed in `table`: one a line, '#' comments, blank lines and spaces ignored.
std::unordered_set<std::string> parse_code_list(std::string_view table);

// The shipped table, parsed.
const std::unordered_set<std::string>& currency_name_winners();

}  // namespace gazette::money
