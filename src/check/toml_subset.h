// The part of TOML a rules file needs: [table] and [[array of tables]] headers, key = value
// with basic "strings" (\" \\ \n \t \uXXXX escapes) or 'literal strings', true/false, integers and
// one-line arrays of strings; '#' comments. Anything else is an error with its line, so a file
// that uses more of TOML than this says so instead of being half read.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gazette::check::toml {

struct Value {
  enum class Kind { string, boolean, integer, strings };
  Kind kind = Kind::string;
  std::string text;                // string
  bool boolean = false;            // boolean
  std::int64_t integer = 0;        // integer
  std::vector<std::string> items;  // strings
  std::size_t line = 0;
};

struct Table {
  std::string name;         // "" for the keys before the first header
  bool array_item = false;  // written [[name]]
  std::size_t line = 0;     // of its header
  std::vector<std::pair<std::string, Value>> values;
};

struct Error {
  std::size_t line = 0;
  std::string reason;
};

// False with `error` filled on the first construct outside the subset.
bool parse(std::string_view text, std::vector<Table>& out, Error& error);

std::string_view kind_name(Value::Kind kind);

}  // namespace gazette::check::toml
