#include "eval/gold.h"

#include <fmt/format.h>

#include "input/json.h"
#include "input/reader.h"

namespace gazette::eval {
namespace {

std::optional<double> number_member(const json::Value& object, const char* key) {
  const json::Value* v = object.find(key);
  if (!v) return std::nullopt;
  if (v->is_number()) return v->as_number();
  if (v->is_string()) {
    try {
      return std::stod(v->as_string());
    } catch (...) {
      return std::nullopt;
    }
  }
  return std::nullopt;
}

}  // namespace

bool read_gold_file(const std::string& path, std::vector<GoldDocument>& out, std::string& error) {
  const input::ReadResult read = input::read_document(path, input::ReadOptions{});
  if (read.status != input::ReadStatus::ok) {
    error = read.message;
    return false;
  }
  const std::string& bytes = read.document.bytes;
  std::size_t line_number = 0;
  for (std::size_t pos = 0; pos < bytes.size();) {
    std::size_t eol = bytes.find('\n', pos);
    if (eol == std::string::npos) eol = bytes.size();
    const std::string_view line = std::string_view(bytes).substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    const auto fail = [&](const std::string& reason) {
      error = fmt::format("{}:{}: {}", path, line_number, reason);
      return false;
    };
    json::Value doc;
    json::ParseError parse_error;
    if (!json::parse(line, doc, parse_error))
      return fail(fmt::format("invalid JSON at column {}: {}", parse_error.offset + 1, parse_error.reason));
    if (!doc.is_object()) return fail("expected a JSON object");
    const json::Value* text = doc.find("text");
    if (!text || !text->is_string()) return fail("missing string field \"text\"");
    GoldDocument gold;
    const json::Value* id = doc.find("id");
    gold.id = id && id->is_string()   ? id->as_string()
              : id && id->is_number() ? id->number_text()
                                      : fmt::format("{}:{}", path, line_number);
    gold.text = text->as_string();
    if (const json::Value* spans = doc.find("spans")) {
      if (!spans->is_array()) return fail("\"spans\" must be an array");
      for (const json::Value& span : spans->items()) {
        if (!span.is_object()) return fail("a span must be an object");
        const json::Value* label = span.find("label");
        const json::Value* start = span.find("start");
        const json::Value* end = span.find("end");
        if (!label || !label->is_string() || !start || !start->is_number() || !end || !end->is_number())
          return fail("a span needs \"start\", \"end\" and \"label\"");
        GoldSpan g;
        if (!produce::parse_entity_type(label->as_string(), g.type)) continue;
        if (start->as_number() < 0 || end->as_number() < start->as_number())
          return fail("a span's offsets are out of order");
        g.start = static_cast<std::size_t>(start->as_number());
        g.end = static_cast<std::size_t>(end->as_number());
        const json::Value* optional = span.find("optional");
        g.optional = optional && optional->is_bool() && optional->as_bool();
        g.value = number_member(span, "value");
        g.min = number_member(span, "min");
        g.max = number_member(span, "max");
        if (const json::Value* currency = span.find("currency"); currency && currency->is_string())
          g.currency = currency->as_string();
        gold.spans.push_back(std::move(g));
      }
    }
    out.push_back(std::move(gold));
  }
  return true;
}

}  // namespace gazette::eval
