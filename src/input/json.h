// A small JSON reader for gold files and JSONL dumps. Strict RFC 8259; errors carry the byte
// offset so a caller can name file, line and position.
#pragma once
#include <cstddef>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gazette::json {

class Value {
 public:
  enum class Kind { null, boolean, number, string, array, object };

  Kind kind() const { return kind_; }
  bool is_null() const { return kind_ == Kind::null; }
  bool is_object() const { return kind_ == Kind::object; }
  bool is_array() const { return kind_ == Kind::array; }
  bool is_string() const { return kind_ == Kind::string; }
  bool is_number() const { return kind_ == Kind::number; }
  bool is_bool() const { return kind_ == Kind::boolean; }

  bool as_bool() const { return boolean_; }
  double as_number() const { return number_; }
  // The number as written in the input, for exact decimal comparisons.
  const std::string& number_text() const { return text_; }
  const std::string& as_string() const { return text_; }
  const std::vector<Value>& items() const { return items_; }
  const std::vector<std::pair<std::string, Value>>& members() const { return members_; }

  // Member lookup; nullptr when absent or when this is not an object.
  const Value* find(std::string_view key) const;

  static Value make_null() { return Value(Kind::null); }
  static Value make_bool(bool b);
  static Value make_number(double d, std::string text);
  static Value make_string(std::string s);
  static Value make_array(std::vector<Value> items);
  static Value make_object(std::vector<std::pair<std::string, Value>> members);

 private:
  explicit Value(Kind kind) : kind_(kind) {}

 public:
  Value() = default;

 private:
  Kind kind_ = Kind::null;
  bool boolean_ = false;
  double number_ = 0;
  std::string text_;
  std::vector<Value> items_;
  std::vector<std::pair<std::string, Value>> members_;
};

struct ParseError {
  std::size_t offset = 0;  // byte offset in the parsed text
  std::string reason;
};

// Parses exactly one JSON value (surrounding white space allowed). On failure returns false and
// fills `error`.
bool parse(std::string_view text, Value& out, ParseError& error);

}  // namespace gazette::json
