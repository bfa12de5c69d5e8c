// A document as every producer reads it: the folded text and its tokens, made once.
#pragma once
#include <string_view>
#include <vector>

#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"

namespace gazette::tokens {

struct Text {
  normalise::Normalised folded;
  std::vector<Token> tokens;

  std::string_view token_text(const Token& t) const {
    return std::string_view(folded.text).substr(t.begin, t.end - t.begin);
  }
};

// Folds `original` and tokenises the result, reusing `out`'s buffers.
inline void analyse(std::string_view original, Text& out) {
  normalise::normalise(original, out.folded);
  tokenise(out.folded.text, out.tokens);
}

inline Text analyse(std::string_view original) {
  Text text;
  analyse(original, text);
  return text;
}

}  // namespace gazette::tokens
