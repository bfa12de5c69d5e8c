#include "input/text_window.h"

namespace gazette::input {

void FileWindow::fill_to(std::size_t end) {
  constexpr std::size_t kChunk = 1 << 16;
  while (!at_end_ && begin_ + buffer_.size() < end) {
    const std::size_t old = buffer_.size();
    buffer_.resize(old + kChunk);
    const std::size_t got = file_.read(buffer_.data() + old, kChunk);
    buffer_.resize(old + got);
    at_end_ = got == 0;
  }
}

void FileWindow::release_before(std::size_t offset) {
  if (offset <= begin_) return;
  const std::size_t dead = std::min(offset - begin_, buffer_.size());
  // Erasing moves the live bytes: only worth it once they are fewer than the dead ones.
  if (dead < buffer_.size() - dead) return;
  buffer_.erase(0, dead);
  begin_ += dead;
}

}  // namespace gazette::input
