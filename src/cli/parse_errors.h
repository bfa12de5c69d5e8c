// Command-line mistakes, said as the tool's other errors are: "gazette: " first, naming the option
// and the value, then a usage line; exit status 2. CLI11's own wording is kept where it already
// names both, and reworded where it does not.
#pragma once
#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace gazette::cli {

// A check of an option's value against a list: "'xml' is not one of jsonl, tsv, text" (CLI11
// puts the option's name first).
CLI::Validator one_of(std::vector<std::string> names);
// "'0' is not a whole number of at least 1".
CLI::Validator whole_number_from(unsigned long long least);
// "'2' is not a number from 0 to 1".
CLI::Validator number_from_to(double low, double high);

// The usage line of `command` ("extract", "stats", "gazetteer", ...; empty for none).
std::string usage_line(std::string_view command);

// The two lines printed on standard error for a parse error of `command`, each with its line feed.
std::string parse_error_message(const CLI::Error& error, std::string_view command);

}  // namespace gazette::cli
