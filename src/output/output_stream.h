// A buffered writer over a FILE* that remembers whether a write failed, so that a full disk or
// a closed pipe ends the run with an error instead of silently short output.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

namespace gazette::output {

class OutputStream {
 public:
  explicit OutputStream(std::FILE* file) : file_(file) {}
  ~OutputStream() { flush(); }
  OutputStream(const OutputStream&) = delete;
  OutputStream& operator=(const OutputStream&) = delete;

  // Sinks append here; the bytes reach the file at the next flush, or sooner when the buffer
  // is large.
  std::string& buffer() { return buffer_; }
  void maybe_flush() {
    if (buffer_.size() >= kFlushBytes) flush();
  }
  // False once any write to the file failed.
  bool flush();
  bool ok() const { return ok_; }
  // errno of the first failed write: EPIPE when the reader of a pipe has gone (`| head -1`).
  int error_number() const { return error_number_; }

 private:
  static constexpr std::size_t kFlushBytes = 1 << 16;
  std::FILE* file_;
  std::string buffer_;
  bool ok_ = true;
  int error_number_ = 0;
  void fail();
};

}  // namespace gazette::output
