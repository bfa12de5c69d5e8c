#include "input/jsonl_source.h"

#include <fmt/format.h>

#include "input/utf8.h"

namespace gazette::input {

const json::Value* find_path(const json::Value& value, std::string_view path) {
  const json::Value* at = &value;
  while (at) {
    const std::size_t dot = path.find('.');
    at = at->find(path.substr(0, dot));
    if (dot == std::string_view::npos) return at;
    path.remove_prefix(dot + 1);
  }
  return nullptr;
}

namespace {

const char* kind_name(const json::Value& value) {
  switch (value.kind()) {
    case json::Value::Kind::null: return "null";
    case json::Value::Kind::boolean: return "a boolean";
    case json::Value::Kind::number: return "a number";
    case json::Value::Kind::string: return "a string";
    case json::Value::Kind::array: return "an array";
    case json::Value::Kind::object: return "an object";
  }
  return "a value";
}

}  // namespace

JsonlSource::JsonlSource(std::string path, bool lossy, DumpFields fields)
    : lines_(std::move(path), "dump", true, false), lossy_(lossy), fields_(std::move(fields)) {}

JsonlSource::Next JsonlSource::next_line(RawLine& out, std::string& error) {
  switch (lines_.next(out, error)) {
    case LineReader::Next::line: return Next::document;
    case LineReader::Next::error: return Next::error;
    case LineReader::Next::end: return Next::end;
  }
  return Next::end;
}

bool JsonlSource::parse(const RawLine& raw, Document& out, std::string& error, std::vector<json::Value>* kept) const {
  const auto fail = [&](std::string reason) {
    error = fmt::format("{}:{}: {}", lines_.path(), raw.line_number, reason);
    return false;
  };
  if (const std::size_t bad = lossy_ ? utf8::npos : utf8::find_invalid(raw.text); bad != utf8::npos)
    return fail(fmt::format("invalid UTF-8 at column {} (use --lossy to replace bad bytes)", bad + 1));
  json::Value value;
  json::ParseError parse_error;
  if (!json::parse(raw.text, value, parse_error))
    return fail(fmt::format("invalid JSON at column {}: {}", parse_error.offset + 1, parse_error.reason));
  const json::Value* text = find_path(value, fields_.text);
  if (!text) return fail(fmt::format("no string field \"{}\"", fields_.text));
  if (!text->is_string()) return fail(fmt::format("field \"{}\" is {}, not a string", fields_.text, kind_name(*text)));
  // A missing or null id names the document by its place; any other id that is not a string or
  // a number would make records that cannot be told apart, so it is the line's error.
  const json::Value* id = find_path(value, fields_.id);
  if (!id || id->is_null())
    out.name = fmt::format("{}:{}", lines_.path(), raw.line_number);
  else if (id->is_string())
    out.name = id->as_string();
  else if (id->is_number())
    out.name = id->number_text();
  else
    return fail(fmt::format("field \"{}\" is {}, not a string or a number", fields_.id, kind_name(*id)));
  if (kept) {
    kept->clear();
    for (const std::string& path : fields_.keep) {
      const json::Value* found = find_path(value, path);
      kept->push_back(found ? *found : json::Value::make_null());
    }
  }
  out.bytes = text->as_string();
  return true;
}

JsonlSource::Next JsonlSource::next(Document& out, std::string& error) {
  RawLine raw;
  const Next next = next_line(raw, error);
  if (next != Next::document) return next;
  return parse(raw, out, error) ? Next::document : Next::error;
}

}  // namespace gazette::input
