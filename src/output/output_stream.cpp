#include "output/output_stream.h"

namespace gazette::output {

bool OutputStream::flush() {
  if (!buffer_.empty()) {
    if (std::fwrite(buffer_.data(), 1, buffer_.size(), file_) != buffer_.size()) ok_ = false;
    buffer_.clear();
  }
  if (std::fflush(file_) != 0 || std::ferror(file_)) ok_ = false;
  return ok_;
}

}  // namespace gazette::output
