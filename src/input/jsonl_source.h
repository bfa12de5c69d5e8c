// Reads an article dump: JSON Lines, one document a line, {"id": ..., "text": ...}, plain or
// gzip-compressed (found by its magic bytes). Lines are read one at a time, so memory stays
// bounded whatever the size of the dump. A dump with a NUL byte is binary: it is reported once
// and the rest of it is skipped, rather than one message per line.
#pragma once
#include <memory>
#include <string>

#include "input/byte_reader.h"
#include "input/document.h"

namespace gazette::input {

class JsonlSource {
 public:
  // `path` "-" reads standard input. `text_field` and `id_field` name the members to read.
  // With `lossy`, invalid UTF-8 in a line is accepted (read as U+FFFD by the extractor).
  explicit JsonlSource(std::string path, bool lossy = false, std::string text_field = "text",
                       std::string id_field = "id");
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

  bool opened() const { return reader_ != nullptr; }
  const std::string& open_error() const { return open_error_; }

 private:
  // The next line without its line feed; false at the end of the input.
  bool read_line(std::string_view& line);
  Next stop(std::string message, std::string& error);

  std::string path_, text_field_, id_field_, open_error_;
  bool lossy_ = false;
  std::unique_ptr<ByteReader> reader_;
  std::string buffer_;            // read, not yet handed out: bytes from buffer_start_ on
  std::size_t buffer_start_ = 0;  // of the next line in buffer_
  std::size_t scanned_ = 0;       // bytes of buffer_ known to hold no line feed after buffer_start_
  std::size_t line_offset_ = 0;   // byte offset of the next line in the (decompressed) dump
  bool at_end_ = false;
  std::size_t line_number_ = 0;
};

}  // namespace gazette::input
