#include "input/jsonl_source.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>

#include "input/json.h"
#include "input/utf8.h"

namespace gazette::input {

JsonlSource::JsonlSource(std::string path, bool lossy, std::string text_field, std::string id_field)
    : path_(std::move(path)), text_field_(std::move(text_field)), id_field_(std::move(id_field)), lossy_(lossy) {
  std::FILE* file = path_ == "-" ? stdin : std::fopen(path_.c_str(), "rb");
  if (file)
    reader_ = std::make_unique<ByteReader>(file);
  else
    open_error_ = fmt::format("{}: {}", path_, std::strerror(errno));
}

JsonlSource::~JsonlSource() = default;

bool JsonlSource::read_line(std::string_view& line) {
  constexpr std::size_t kChunk = 1 << 16;
  while (true) {
    const char* begin = buffer_.data() + buffer_start_;
    const std::size_t held = buffer_.size() - buffer_start_;
    if (const void* feed = std::memchr(begin + scanned_, '\n', held - scanned_)) {
      const std::size_t length = static_cast<const char*>(feed) - begin;
      line = std::string_view(begin, length);
      buffer_start_ += length + 1;
      scanned_ = 0;
      return true;
    }
    scanned_ = held;
    if (at_end_) {
      // A line cut by a read error is not handed out: the error is reported instead.
      if (held == 0 || !reader_->error().empty()) return false;
      line = std::string_view(begin, held);  // a last line without a line feed
      buffer_start_ = buffer_.size();
      scanned_ = 0;
      return true;
    }
    buffer_.erase(0, buffer_start_);  // only the start of one line is left: cheap to move
    buffer_start_ = 0;
    const std::size_t old = buffer_.size();
    buffer_.resize(old + kChunk);
    const std::size_t got = reader_->read(buffer_.data() + old, kChunk);
    buffer_.resize(old + got);
    at_end_ = got == 0;
  }
}

JsonlSource::Next JsonlSource::stop(std::string message, std::string& error) {
  error = std::move(message);
  reader_.reset();
  return Next::error;
}

JsonlSource::Next JsonlSource::next_line(RawLine& out, std::string& error) {
  if (!reader_) return Next::end;
  std::string_view line;
  while (read_line(line)) {
    ++line_number_;
    const std::size_t offset = line_offset_;
    line_offset_ += line.size() + 1;
    if (const void* nul = std::memchr(line.data(), '\0', line.size()))
      return stop(fmt::format("{}:{}: binary data (NUL byte at byte offset {}), the rest of the dump is skipped", path_,
                              line_number_, offset + (static_cast<const char*>(nul) - line.data())),
                  error);
    if (line_number_ == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    out.text.assign(line);
    out.line_number = line_number_;
    return Next::document;
  }
  if (!reader_->error().empty())
    return stop(fmt::format("{}: after line {}: {}", path_, line_number_, reader_->error()), error);
  reader_.reset();
  return Next::end;
}

bool JsonlSource::parse(const RawLine& raw, Document& out, std::string& error) const {
  const auto fail = [&](std::string reason) {
    error = fmt::format("{}:{}: {}", path_, raw.line_number, reason);
    return false;
  };
  if (const std::size_t bad = lossy_ ? utf8::npos : utf8::find_invalid(raw.text); bad != utf8::npos)
    return fail(fmt::format("invalid UTF-8 at column {} (use --lossy to replace bad bytes)", bad + 1));
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
