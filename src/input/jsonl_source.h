// Reads an article dump: JSON Lines, one document a line, {"id": ..., "text": ...}. Lines are
// read one at a time, so memory stays bounded whatever the size of the dump.
#pragma once
#include <cstdio>
#include <string>

#include "input/document.h"

namespace gazette::input {

class JsonlSource {
 public:
  // `path` "-" reads standard input. `text_field` and `id_field` name the members to read.
  JsonlSource(std::string path, std::string text_field = "text", std::string id_field = "id");
  ~JsonlSource();
  JsonlSource(const JsonlSource&) = delete;
  JsonlSource& operator=(const JsonlSource&) = delete;

  enum class Next { document, error, end };
  // Reads the next document. On a bad line returns Next::error with "file:line: reason" in
  // `error` and moves on: the caller decides whether to go on.
  Next next(Document& out, std::string& error);

  // The same in two steps, so that a batch can read lines in order on one thread and parse
  // them on many: next_line() only reads (skipping blank lines), parse() is thread-safe.
  struct RawLine {
    std::string text;
    std::size_t line_number = 0;
  };
  Next next_line(RawLine& out, std::string& error);
  bool parse(const RawLine& raw, Document& out, std::string& error) const;

  bool opened() const { return file_ != nullptr; }
  const std::string& open_error() const { return open_error_; }

 private:
  std::string path_, text_field_, id_field_, open_error_;
  std::FILE* file_ = nullptr;
  bool owns_file_ = false;
  std::size_t line_number_ = 0;
  char* buffer_ = nullptr;  // getline's buffer, grown as needed
  std::size_t capacity_ = 0;
};

}  // namespace gazette::input
