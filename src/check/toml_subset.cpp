#include "check/toml_subset.h"

#include <cctype>

#include "input/utf8.h"

namespace gazette::check::toml {
namespace {

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// An optional sign then digits (checked by the caller); false when it does not fit in 64 bits.
bool to_integer(std::string_view word, std::int64_t& out) {
  const bool negative = word[0] == '-';
  const std::size_t first = word[0] == '-' || word[0] == '+' ? 1 : 0;
  std::uint64_t magnitude = 0;
  const std::uint64_t limit = negative ? std::uint64_t{1} << 63 : (std::uint64_t{1} << 63) - 1;
  for (std::size_t k = first; k < word.size(); ++k) {
    const unsigned digit = static_cast<unsigned>(word[k] - '0');
    if (magnitude > (limit - digit) / 10) return false;
    magnitude = magnitude * 10 + digit;
  }
  out = negative ? static_cast<std::int64_t>(0 - magnitude) : static_cast<std::int64_t>(magnitude);
  return true;
}

class LineParser {
 public:
  LineParser(std::string_view line, std::size_t number) : s_(line), line_(number) {}

  void skip_spaces() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t')) ++i_;
  }
  bool at_end_or_comment() {
    skip_spaces();
    return i_ >= s_.size() || s_[i_] == '#';
  }
  bool eat(char c) {
    skip_spaces();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }

  // A bare key (letters, digits, '-', '_') or a quoted one.
  bool key(std::string& out, std::string& error) {
    skip_spaces();
    if (i_ < s_.size() && (s_[i_] == '"' || s_[i_] == '\'')) return string(out, error);
    const std::size_t start = i_;
    while (i_ < s_.size() && (std::isalnum(static_cast<unsigned char>(s_[i_])) || s_[i_] == '-' || s_[i_] == '_')) ++i_;
    if (i_ == start) {
      error = "expected a key";
      return false;
    }
    out = std::string(s_.substr(start, i_ - start));
    return true;
  }

  bool string(std::string& out, std::string& error) {
    skip_spaces();
    const char quote = s_[i_++];
    out.clear();
    while (i_ < s_.size() && s_[i_] != quote) {
      char c = s_[i_++];
      if (c != '\\' || quote == '\'') {
        out.push_back(c);
        continue;
      }
      if (i_ >= s_.size()) break;
      c = s_[i_++];
      switch (c) {
        case 'n': out.push_back('\n'); break;
        case 't': out.push_back('\t'); break;
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case 'u': {
          if (i_ + 4 > s_.size()) {
            error = "incomplete \\u escape";
            return false;
          }
          // Four hex digits exactly, naming a Unicode scalar value (TOML allows no surrogate).
          char32_t cp = 0;
          for (std::size_t k = 0; k < 4; ++k) {
            const int digit = hex_value(s_[i_ + k]);
            if (digit < 0) {
              error = "\\u needs four hex digits, found \"" + std::string(s_.substr(i_, 4)) + "\"";
              return false;
            }
            cp = cp * 16 + static_cast<char32_t>(digit);
          }
          if (cp >= 0xD800 && cp <= 0xDFFF) {
            error = "\\u" + std::string(s_.substr(i_, 4)) + " is a surrogate, not a character";
            return false;
          }
          i_ += 4;
          utf8::append(out, cp);
          break;
        }
        default: error = std::string("unknown escape \\") + c; return false;
      }
    }
    if (i_ >= s_.size()) {
      error = "unterminated string";
      return false;
    }
    ++i_;
    return true;
  }

  bool value(Value& v, std::string& error) {
    skip_spaces();
    v.line = line_;
    if (i_ >= s_.size()) {
      error = "expected a value";
      return false;
    }
    const char c = s_[i_];
    if (c == '"' || c == '\'') {
      v.kind = Value::Kind::string;
      return string(v.text, error);
    }
    if (c == '[') {
      ++i_;
      v.kind = Value::Kind::strings;
      while (true) {
        if (eat(']')) return true;
        skip_spaces();
        if (i_ >= s_.size() || (s_[i_] != '"' && s_[i_] != '\'')) {
          error = "arrays hold strings on one line here: [\"a\", \"b\"]";
          return false;
        }
        std::string item;
        if (!string(item, error)) return false;
        v.items.push_back(std::move(item));
        if (eat(',')) continue;
        if (eat(']')) return true;
        error = "expected ',' or ']' in the array";
        return false;
      }
    }
    const std::size_t start = i_;
    while (i_ < s_.size() && s_[i_] != ' ' && s_[i_] != '\t' && s_[i_] != '#') ++i_;
    const std::string_view word = s_.substr(start, i_ - start);
    if (word == "true" || word == "false") {
      v.kind = Value::Kind::boolean;
      v.boolean = word == "true";
      return true;
    }
    std::size_t digits = word.size() > 0 && (word[0] == '-' || word[0] == '+') ? 1 : 0;
    bool numeric = digits < word.size();
    for (std::size_t k = digits; k < word.size(); ++k)
      numeric = numeric && std::isdigit(static_cast<unsigned char>(word[k]));
    if (numeric) {
      v.kind = Value::Kind::integer;
      if (!to_integer(word, v.integer)) {
        error = "integer out of range: " + std::string(word);
        return false;
      }
      return true;
    }
    error = "expected a string, true, false, an integer or an array of strings, found \"" + std::string(word) + "\"";
    return false;
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
  std::size_t line_;
};

}  // namespace

std::string_view kind_name(Value::Kind kind) {
  switch (kind) {
    case Value::Kind::string: return "a string";
    case Value::Kind::boolean: return "true or false";
    case Value::Kind::integer: return "an integer";
    case Value::Kind::strings: return "an array of strings";
  }
  return "a value";
}

bool parse(std::string_view text, std::vector<Table>& out, Error& error) {
  out.clear();
  out.push_back(Table{});
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  std::size_t number = 0;
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    LineParser p(line, number);
    std::string reason;
    const auto fail = [&](std::string why) {
      error = {number, std::move(why)};
      return false;
    };
    if (p.at_end_or_comment()) continue;
    if (p.eat('[')) {
      Table table;
      table.line = number;
      table.array_item = p.eat('[');
      if (!p.key(table.name, reason)) return fail(reason + " in the table header");
      if (!p.eat(']') || (table.array_item && !p.eat(']')))
        return fail(table.array_item ? "expected ']]'" : "expected ']' (dotted table names are not supported)");
      if (!p.at_end_or_comment()) return fail("unexpected text after the table header");
      out.push_back(std::move(table));
      continue;
    }
    std::string key;
    Value value;
    if (!p.key(key, reason)) return fail(reason);
    if (!p.eat('=')) return fail("expected '=' after \"" + key + "\" (dotted keys are not supported)");
    if (!p.value(value, reason)) return fail(reason);
    if (!p.at_end_or_comment()) return fail("unexpected text after the value of \"" + key + "\"");
    for (const auto& [existing, _] : out.back().values)
      if (existing == key) return fail("\"" + key + "\" is set twice in the same table");
    out.back().values.emplace_back(std::move(key), std::move(value));
  }
  return true;
}

}  // namespace gazette::check::toml
