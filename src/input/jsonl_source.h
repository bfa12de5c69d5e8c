// Reads an article dump: JSON Lines, one document a line, {"id": ..., "text": ...}, plain or
// gzip-compressed (found by its magic bytes). Lines are read one at a time (input/line_reader.h),
// so memory stays bounded whatever the size of the dump. A dump with a NUL byte is binary: it is
// reported once and the rest of it is skipped, rather than one message per line.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "input/document.h"
#include "input/json.h"
#include "input/line_reader.h"

namespace gazette::input {

// Which members of a dump's objects are read. Each is a dotted path into nested objects
// (`content.body` is the member `body` of the member `content`).
struct DumpFields {
  std::string text = "text";
  std::string id = "id";
  std::vector<std::string> keep;  // copied into every record of the document
};

// The member at dotted `path` in `value`, or nullptr when a step is missing or not an object.
const json::Value* find_path(const json::Value& value, std::string_view path);

class JsonlSource {
 public:
  // `path` "-" reads standard input. With `lossy`, invalid UTF-8 in a line is accepted (read as
  // U+FFFD by the extractor).
  explicit JsonlSource(std::string path, bool lossy = false, DumpFields fields = {});
  JsonlSource(const JsonlSource&) = delete;
  JsonlSource& operator=(const JsonlSource&) = delete;

  enum class Next { document, error, end };
  // Reads the next document. On a bad line returns Next::error with "file:line: reason" in
  // `error` and moves on: the caller decides whether to go on.
  Next next(Document& out, std::string& error);

  // The same in two steps, so that a batch can read lines in order on one thread and parse
  // them on many: next_line() only reads (skipping blank lines), parse() is thread-safe.
  using RawLine = input::RawLine;
  Next next_line(RawLine& out, std::string& error);
  // `kept`, when given, receives the values of DumpFields::keep in order (null when absent).
  bool parse(const RawLine& raw, Document& out, std::string& error, std::vector<json::Value>* kept = nullptr) const;

  const DumpFields& fields() const { return fields_; }
  bool opened() const { return lines_.opened(); }
  const std::string& open_error() const { return lines_.open_error(); }
  std::size_t stored_offset() const { return lines_.stored_offset(); }  // see LineReader

 private:
  LineReader lines_;
  bool lossy_ = false;
  DumpFields fields_;
};

}  // namespace gazette::input
