// Reads a file (or standard input) a line at a time, plain or gzip-compressed, in bounded memory:
// what JSONL dumps and `--input lines` share. Blank lines are skipped; a NUL byte marks binary
// data, reported once, and the rest of the input is skipped rather than one message per line.
#pragma once
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "input/byte_reader.h"

namespace gazette::input {

struct RawLine {
  std::string text;              // without its line feed
  std::size_t line_number = 0;   // 1-based
  std::size_t byte_offset = 0;   // of the line's first byte in the (decompressed) input
  std::size_t char_offset = 0;   // the same in code points, when counted (an ill-formed byte counts as one)
};

// The longest line a dump or `--input lines` may hold: a line is held whole while it is read,
// so a file with no line feed must end with a message, not with the memory exhausted.
inline constexpr std::size_t kMaxLineBytes = std::size_t{256} << 20;

class LineReader {
 public:
  // `path` "-" reads standard input. `what` names the input in messages ("dump", "file");
  // `strip_bom` drops a byte-order mark before the first line; `count_chars` fills
  // RawLine::char_offset (a walk over every byte, so only for those who need it).
  LineReader(std::string path, std::string what, bool strip_bom, bool count_chars);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  enum class Next { line, error, end };
  // The next non-blank line. On binary data or a read error returns Next::error with the message
  // in `error`, and Next::end after it.
  Next next(RawLine& out, std::string& error);

  bool opened() const { return reader_ != nullptr; }
  // For tests: a smaller limit than kMaxLineBytes.
  void set_max_line_bytes(std::size_t bytes) { max_line_bytes_ = bytes; }
  const std::string& open_error() const { return open_error_; }
  const std::string& path() const { return path_; }
  // Bytes of the file as stored (compressed ones for compressed data) read so far, a block
  // ahead of the lines handed out; the file's whole size at its end.
  std::size_t stored_offset() const { return reader_ ? reader_->stored_offset() : closed_at_; }

 private:
  bool read_line(std::string_view& line);
  Next stop(std::string message, std::string& error);
  void close();  // at the end or at an error; keeps stored_offset()

  std::string path_, what_, open_error_;
  bool strip_bom_ = false, count_chars_ = false;
  std::unique_ptr<ByteReader> reader_;
  std::size_t closed_at_ = 0;  // stored_offset() once reader_ is closed
  std::string buffer_;            // read, not yet handed out: bytes from buffer_start_ on
  std::size_t buffer_start_ = 0;  // of the next line in buffer_
  std::size_t scanned_ = 0;       // bytes of buffer_ known to hold no line feed after buffer_start_
  std::size_t line_offset_ = 0;   // byte offset of the next line in the (decompressed) input
  std::size_t char_offset_ = 0;   // the same in code points
  bool at_end_ = false;
  bool too_long_ = false;
  std::size_t max_line_bytes_ = kMaxLineBytes;
  std::size_t line_number_ = 0;
};

// Code points in `bytes`, counted as the records' char offsets count them.
std::size_t count_code_points(std::string_view bytes);

}  // namespace gazette::input
