#include "input/line_reader.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstring>

#include "input/open_input.h"
#include "input/utf8.h"

namespace gazette::input {

std::size_t count_code_points(std::string_view bytes) {
  std::size_t count = 0;
  for (std::size_t p = 0; p < bytes.size(); ++count) {
    if (static_cast<unsigned char>(bytes[p]) < 0x80)
      ++p;
    else
      utf8::decode(bytes, p);
  }
  return count;
}

LineReader::LineReader(std::string path, std::string what, bool strip_bom, bool count_chars)
    : path_(std::move(path)), what_(std::move(what)), strip_bom_(strip_bom), count_chars_(count_chars) {
  std::FILE* file = open_input(path_, open_error_);
  if (file) reader_ = std::make_unique<ByteReader>(file);
}

LineReader::~LineReader() = default;

bool LineReader::read_line(std::string_view& line) {
  constexpr std::size_t kChunk = 1 << 16;
  while (true) {
    const char* begin = buffer_.data() + buffer_start_;
    const std::size_t held = buffer_.size() - buffer_start_;
    if (const void* feed = std::memchr(begin + scanned_, '\n', held - scanned_)) {
      const std::size_t length = static_cast<const char*>(feed) - begin;
      if (length > max_line_bytes_) {
        too_long_ = true;
        return false;
      }
      line = std::string_view(begin, length);
      buffer_start_ += length + 1;
      scanned_ = 0;
      return true;
    }
    scanned_ = held;
    if (held > max_line_bytes_) {
      too_long_ = true;  // no line feed within the limit: the line is not held any further
      return false;
    }
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

void LineReader::close() {
  closed_at_ = reader_->stored_offset();
  reader_.reset();
}

LineReader::Next LineReader::stop(std::string message, std::string& error) {
  error = std::move(message);
  close();
  return Next::error;
}

LineReader::Next LineReader::next(RawLine& out, std::string& error) {
  if (!reader_) return Next::end;
  std::string_view line;
  while (read_line(line)) {
    ++line_number_;
    std::size_t offset = line_offset_;
    std::size_t chars = char_offset_;
    line_offset_ += line.size() + 1;
    if (const void* nul = std::memchr(line.data(), '\0', line.size()))
      return stop(fmt::format("{}:{}: binary data (NUL byte at byte offset {}), the rest of the {} is skipped", path_,
                              line_number_, offset + (static_cast<const char*>(nul) - line.data()), what_),
                  error);
    if (count_chars_) char_offset_ += count_code_points(line) + 1;
    if (strip_bom_ && line_number_ == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") {
      line.remove_prefix(3);
      offset += 3;
      chars += 1;
    }
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    out.text.assign(line);
    out.line_number = line_number_;
    out.byte_offset = offset;
    out.char_offset = chars;
    return Next::line;
  }
  if (too_long_)
    return stop(fmt::format("{}:{}: line longer than {} MiB (the limit of a line), the rest of the {} is skipped", path_,
                            line_number_ + 1, max_line_bytes_ >> 20, what_),
                error);
  if (!reader_->error().empty())
    return stop(line_number_ ? fmt::format("{}: after line {}: {}", path_, line_number_, reader_->error())
                             : fmt::format("{}: {}", path_, reader_->error()),
                error);
  close();
  return Next::end;
}

}  // namespace gazette::input
