#include "output/output_stream.h"

#include <cerrno>

namespace gazette::output {

bool OutputStream::flush() {
  if (!buffer_.empty()) {
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) fail();
    buffer_.clear();
  }
  if (std::fflush(file_) != 0 || std::ferror(file_)) fail();
  return ok_;
}

void OutputStream::fail() {
  if (ok_) error_number_ = errno;
  ok_ = false;
}

}  // namespace gazette::output
