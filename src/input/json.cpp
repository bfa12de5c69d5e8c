#include "input/json.h"

#include <cstdint>
#include <cstdlib>
#include <cstring>

#include "input/utf8.h"

namespace gazette::json {
namespace {

// The length of the run of `text` from `from` that holds no quote, no backslash and no control
// character: the bytes a string copies as they are. A dump's text fields are long runs of
// such bytes, so they are tested eight at a time: a byte equal to c becomes zero in
// word ^ (c * ones), and (v - ones) & ~v & highs flags the first zero byte exactly (a borrow
// can only flag bytes after it); (word - 0x20 * ones) & ~word & highs does the same for the
// first byte below 0x20.
std::size_t plain_run(std::string_view text, std::size_t from) {
  constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
  const auto zero_byte = [](std::uint64_t v) { return (v - ones) & ~v & highs; };
  std::size_t p = from;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  for (; p + 8 <= text.size(); p += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + p, 8);
    const std::uint64_t stop =
        zero_byte(word ^ ('"' * ones)) | zero_byte(word ^ ('\\' * ones)) | ((word - 0x20 * ones) & ~word & highs);
    if (stop) return p + static_cast<std::size_t>(__builtin_ctzll(stop)) / 8 - from;
  }
#endif
  for (; p < text.size(); ++p) {
    const unsigned char c = static_cast<unsigned char>(text[p]);
    if (c == '"' || c == '\\' || c < 0x20) break;
  }
  return p - from;
}

}  // namespace

const Value* Value::find(std::string_view key) const {
  for (const auto& [name, value] : members_)
    if (name == key) return &value;
  return nullptr;
}

Value Value::make_bool(bool b) {
  Value v(Kind::boolean);
  v.boolean_ = b;
  return v;
}
Value Value::make_number(double d, std::string text) {
  Value v(Kind::number);
  v.number_ = d;
  v.text_ = std::move(text);
  return v;
}
Value Value::make_string(std::string s) {
  Value v(Kind::string);
  v.text_ = std::move(s);
  return v;
}
Value Value::make_array(std::vector<Value> items) {
  Value v(Kind::array);
  v.items_ = std::move(items);
  return v;
}
Value Value::make_object(std::vector<std::pair<std::string, Value>> members) {
  Value v(Kind::object);
  v.members_ = std::move(members);
  return v;
}

namespace {

// Deep nesting is the one way a small input could exhaust the stack of a recursive reader.
constexpr int kMaxDepth = 256;

class Parser {
 public:
  explicit Parser(std::string_view text) : s_(text) {}

  bool parse_document(Value& out, ParseError& error) {
    skip_space();
    if (!parse_value(out, 0)) {
      error = error_;
      return false;
    }
    skip_space();
    if (pos_ != s_.size()) {
      error = {pos_, "unexpected characters after the JSON value"};
      return false;
    }
    return true;
  }

 private:
  bool fail(std::string reason) {
    error_ = {pos_, std::move(reason)};
    return false;
  }

  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }

  bool literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return fail("invalid literal");
    pos_ += word.size();
    return true;
  }

  bool parse_value(Value& out, int depth) {
    if (depth > kMaxDepth) return fail("nesting too deep");
    if (pos_ >= s_.size()) return fail("unexpected end of input");
    switch (s_[pos_]) {
      case '{': return parse_object(out, depth);
      case '[': return parse_array(out, depth);
      case '"': {
        std::string str;
        if (!parse_string(str)) return false;
        out = Value::make_string(std::move(str));
        return true;
      }
      case 't':
        if (!literal("true")) return false;
        out = Value::make_bool(true);
        return true;
      case 'f':
        if (!literal("false")) return false;
        out = Value::make_bool(false);
        return true;
      case 'n':
        if (!literal("null")) return false;
        out = Value::make_null();
        return true;
      default: return parse_number(out);
    }
  }

  bool parse_number(Value& out) {
    const std::size_t start = pos_;
    if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
    const auto digits = [&] {
      const std::size_t from = pos_;
      while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
      return pos_ - from;
    };
    if (pos_ < s_.size() && s_[pos_] == '0') {
      ++pos_;
    } else if (digits() == 0) {
      pos_ = start;
      return fail("expected a JSON value");
    }
    if (pos_ < s_.size() && s_[pos_] == '.') {
      ++pos_;
      if (digits() == 0) return fail("expected digits after the decimal point");
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (digits() == 0) return fail("expected digits in the exponent");
    }
    std::string text(s_.substr(start, pos_ - start));
    const double value = std::strtod(text.c_str(), nullptr);
    out = Value::make_number(value, std::move(text));
    return true;
  }

  bool parse_hex4(char32_t& out) {
    if (pos_ + 4 > s_.size()) return fail("truncated \\u escape");
    out = 0;
    for (int i = 0; i < 4; ++i) {
      const char c = s_[pos_++];
      out <<= 4;
      if (c >= '0' && c <= '9')
        out |= c - '0';
      else if (c >= 'a' && c <= 'f')
        out |= c - 'a' + 10;
      else if (c >= 'A' && c <= 'F')
        out |= c - 'A' + 10;
      else
        return fail("invalid \\u escape");
    }
    return true;
  }

  bool parse_string(std::string& out) {
    ++pos_;  // opening quote
    while (true) {
      const std::size_t run = pos_;
      pos_ += plain_run(s_, pos_);
      out.append(s_.data() + run, pos_ - run);
      if (pos_ >= s_.size()) return fail("unterminated string");
      const char c = s_[pos_];
      if (c == '"') {
        ++pos_;
        return true;
      }
      if (c != '\\') return fail("control character in string");
      if (++pos_ >= s_.size()) return fail("unterminated escape");
      switch (s_[pos_++]) {
        case '"': out.push_back('"'); break;
        case '\\': out.push_back('\\'); break;
        case '/': out.push_back('/'); break;
        case 'b': out.push_back('\b'); break;
        case 'f': out.push_back('\f'); break;
        case 'n': out.push_back('\n'); break;
        case 'r': out.push_back('\r'); break;
        case 't': out.push_back('\t'); break;
        case 'u': {
          char32_t cp;
          if (!parse_hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            char32_t low;
            if (s_.substr(pos_, 2) == "\\u") {
              pos_ += 2;
              if (!parse_hex4(low)) return false;
              if (low >= 0xDC00 && low <= 0xDFFF)
                cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
              else
                cp = 0xFFFD;
            } else {
              cp = 0xFFFD;
            }
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            cp = 0xFFFD;
          }
          utf8::append(out, cp);
          break;
        }
        default: --pos_; return fail("invalid escape");
      }
    }
  }

  bool parse_array(Value& out, int depth) {
    ++pos_;
    std::vector<Value> items;
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == ']') {
      ++pos_;
      out = Value::make_array(std::move(items));
      return true;
    }
    while (true) {
      skip_space();
      Value item;
      if (!parse_value(item, depth + 1)) return false;
      items.push_back(std::move(item));
      skip_space();
      if (pos_ >= s_.size()) return fail("unterminated array");
      if (s_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (s_[pos_] == ']') {
        ++pos_;
        break;
      }
      return fail("expected ',' or ']'");
    }
    out = Value::make_array(std::move(items));
    return true;
  }

  bool parse_object(Value& out, int depth) {
    ++pos_;
    std::vector<std::pair<std::string, Value>> members;
    skip_space();
    if (pos_ < s_.size() && s_[pos_] == '}') {
      ++pos_;
      out = Value::make_object(std::move(members));
      return true;
    }
    while (true) {
      skip_space();
      if (pos_ >= s_.size() || s_[pos_] != '"') return fail("expected a string key");
      std::string key;
      if (!parse_string(key)) return false;
      skip_space();
      if (pos_ >= s_.size() || s_[pos_] != ':') return fail("expected ':'");
      ++pos_;
      skip_space();
      Value value;
      if (!parse_value(value, depth + 1)) return false;
      members.emplace_back(std::move(key), std::move(value));
      skip_space();
      if (pos_ >= s_.size()) return fail("unterminated object");
      if (s_[pos_] == ',') {
        ++pos_;
        continue;
      }
      if (s_[pos_] == '}') {
        ++pos_;
        break;
      }
      return fail("expected ',' or '}'");
    }
    out = Value::make_object(std::move(members));
    return true;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  ParseError error_;
};

}  // namespace

bool parse(std::string_view text, Value& out, ParseError& error) { return Parser(text).parse_document(out, error); }

}  // namespace gazette::json
