#include "money/currency_name_winners.h"

extern "C" {
extern const char gazette_builtin_currency_name_winners_begin[];
extern const char gazette_builtin_currency_name_winners_end[];
}

namespace gazette::money {

std::unordered_set<std::string> parse_code_list(std::string_view table) {
  std::unordered_set<std::string> codes;
  while (!table.empty()) {
    const std::size_t eol = table.find('\n');
    std::string_view line = table.substr(0, eol);
    table.remove_prefix(eol == std::string_view::npos ? table.size() : eol + 1);
    if (const std::size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) line.remove_suffix(1);
    if (!line.empty()) codes.emplace(line);
  }
  return codes;
}

const std::unordered_set<std::string>& currency_name_winners() {
  static const std::unordered_set<std::string> codes = parse_code_list(
      std::string_view(gazette_builtin_currency_name_winners_begin,
                       gazette_builtin_currency_name_winners_end - gazette_builtin_currency_name_winners_begin));
  return codes;
}

}  // namespace gazette::money
