#include "input/jsonl_source.h"

#include <fmt/format.h>
#include <stdio.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "input/json.h"
#include "input/utf8.h"

namespace gazette::input {

JsonlSource::JsonlSource(std::string path, std::string text_field, std::string id_field)
    : path_(std::move(path)), text_field_(std::move(text_field)), id_field_(std::move(id_field)) {
  if (path_ == "-") {
    file_ = stdin;
  } else {
    file_ = std::fopen(path_.c_str(), "rb");
    owns_file_ = file_ != nullptr;
    if (!file_) open_error_ = fmt::format("{}: {}", path_, std::strerror(errno));
  }
}

JsonlSource::~JsonlSource() {
  if (owns_file_) std::fclose(file_);
  std::free(buffer_);
}

JsonlSource::Next JsonlSource::next_line(RawLine& out, std::string& error) {
  if (!file_) return Next::end;
  while (true) {
    errno = 0;
    const ssize_t got = ::getline(&buffer_, &capacity_, file_);
    if (got < 0) {
      if (std::ferror(file_)) {
        error = fmt::format("{}: read error: {}", path_, std::strerror(errno));
        if (owns_file_) std::fclose(file_);
        file_ = nullptr;
        owns_file_ = false;
        return Next::error;
      }
      return Next::end;
    }
    std::size_t length = static_cast<std::size_t>(got);
    if (length > 0 && buffer_[length - 1] == '\n') --length;
    ++line_number_;
    std::string_view line(buffer_, length);
    if (line_number_ == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    out.text.assign(line);
    out.line_number = line_number_;
    return Next::document;
  }
}

bool JsonlSource::parse(const RawLine& raw, Document& out, std::string& error) const {
  const auto fail = [&](std::string reason) {
    error = fmt::format("{}:{}: {}", path_, raw.line_number, reason);
    return false;
  };
  if (const std::size_t bad = utf8::find_invalid(raw.text); bad != utf8::npos)
    return fail(fmt::format("invalid UTF-8 at column {}", bad + 1));
  json::Value value;
  json::ParseError parse_error;
  if (!json::parse(raw.text, value, parse_error))
    return fail(fmt::format("invalid JSON at column {}: {}", parse_error.offset + 1, parse_error.reason));
  const json::Value* text = value.find(text_field_);
  if (!text || !text->is_string()) return fail(fmt::format("no string field \"{}\"", text_field_));
  const json::Value* id = value.find(id_field_);
  if (id && id->is_string())
    out.name = id->as_string();
  else if (id && id->is_number())
    out.name = id->number_text();
  else
    out.name = fmt::format("{}:{}", path_, raw.line_number);
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
