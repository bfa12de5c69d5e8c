// How one non-ASCII code point folds. Computed with ICU on first sight and cached per thread:
// a document repeats few distinct non-ASCII characters.
#pragma once
#include <string>

namespace gazette::normalise {

struct FoldedCodePoint {
  std::string text;    // UTF-8; empty when the character vanishes (combining mark, zero-width)
  bool upper = false;  // the character was an upper-case or title-case letter
};

const FoldedCodePoint& fold_code_point(char32_t cp);

}  // namespace gazette::normalise
