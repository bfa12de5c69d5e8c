#include "output/json_escape.h"

#include "input/utf8.h"

namespace gazette::output {

void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out.push_back('"');
  for (std::size_t pos = 0; pos < text.size();) {
    const unsigned char c = static_cast<unsigned char>(text[pos]);
    if (c >= 0x80) {
      const std::size_t start = pos;
      const char32_t cp = utf8::decode(text, pos);
      if (cp == 0xFFFD && !(pos - start == 3 && text.substr(start, 3) == "\xEF\xBF\xBD")) {
        out += "\xEF\xBF\xBD";
      } else {
        out.append(text.substr(start, pos - start));
      }
      continue;
    }
    ++pos;
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += "\\u00";
          out.push_back(kHex[c >> 4]);
          out.push_back(kHex[c & 15]);
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  out.push_back('"');
}

}  // namespace gazette::output

namespace gazette::output {

void append_json_value(std::string& out, const json::Value& value) {
  switch (value.kind()) {
    case json::Value::Kind::null: out += "null"; break;
    case json::Value::Kind::boolean: out += value.as_bool() ? "true" : "false"; break;
    case json::Value::Kind::number: out += value.number_text(); break;  // as written: no rounding
    case json::Value::Kind::string: append_json_string(out, value.as_string()); break;
    case json::Value::Kind::array: {
      out.push_back('[');
      bool first = true;
      for (const json::Value& item : value.items()) {
        if (!first) out.push_back(',');
        append_json_value(out, item);
        first = false;
      }
      out.push_back(']');
      break;
    }
    case json::Value::Kind::object: {
      out.push_back('{');
      bool first = true;
      for (const auto& [name, member] : value.members()) {
        if (!first) out.push_back(',');
        append_json_string(out, name);
        out.push_back(':');
        append_json_value(out, member);
        first = false;
      }
      out.push_back('}');
      break;
    }
  }
}

}  // namespace gazette::output
