// Turns byte offsets into code point offsets, lines and columns, walking the document once in
// mention order. It works on a window of the document, so a long one need not be held whole.
#pragma once
#include <cstddef>
#include <string_view>

#include "resolve/mention.h"

namespace gazette::pipeline {

class Locator {
 public:
  // `held` holds the document's bytes from offset `held_begin`; the walk position and the
  // mention must lie in it.
  void locate(resolve::Mention& m, std::string_view held, std::size_t held_begin);
  // Walks to `target`, past which every later mention starts.
  void advance_to(std::size_t target, std::string_view held, std::size_t held_begin);

 private:
  std::size_t pos_ = 0, chars_ = 0, line_ = 1, line_start_chars_ = 0;
};

}  // namespace gazette::pipeline
