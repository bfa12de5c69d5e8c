#include "eval/gold.h"

#include <fmt/format.h>

#include "input/json.h"
#include "input/reader.h"

namespace gazette::eval {
namespace {

// A money bound as the gold writes it, a JSON number or a string holding one, read exactly.
// Absent or null: nothing to check. Anything else is an error, not a bound silently dropped.
bool decimal_member(const json::Value& object, const char* key, std::optional<money::ExactDecimal>& out,
                    std::string& reason) {
  const json::Value* v = object.find(key);
  if (!v || v->is_null()) return true;
  const std::string* text = v->is_number() ? &v->number_text() : v->is_string() ? &v->as_string() : nullptr;
  if (text) out = money::ExactDecimal::parse(*text);
  if (out) return true;
  reason = fmt::format("a span's \"{}\" must be a decimal number of at most {} significant digits{}", key,
                       money::ExactDecimal::kMaxSignificantDigits, text ? fmt::format(" (found {})", *text) : "");
  return false;
}

}  // namespace

bool read_gold_file(const std::string& path, std::vector<GoldDocument>& out, std::string& error) {
  const input::ReadResult read = input::read_document(path, input::ReadOptions{});
  if (read.status != input::ReadStatus::ok) {
    error = read.message;
    return false;
  }
  const std::string& bytes = read.document.bytes;
  std::size_t line_number = 0, spans_read = 0;
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
        std::string reason;
        if (!decimal_member(span, "value", g.value, reason) || !decimal_member(span, "min", g.min, reason) ||
            !decimal_member(span, "max", g.max, reason))
          return fail(reason);
        if (const json::Value* currency = span.find("currency"); currency && currency->is_string())
          g.currency = currency->as_string();
        gold.spans.push_back(std::move(g));
        ++spans_read;
      }
    }
    out.push_back(std::move(gold));
  }
  if (spans_read == 0) {
    error = fmt::format("{}: no COMPANY, LAB or MONEY span in any document: nothing to score (is it a gold file?)",
                        path);
    return false;
  }
  return true;
}

}  // namespace gazette::eval
