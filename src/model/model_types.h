// What the learned recogniser reads and writes. It sees the spans the gazetteer and the context
// rules found (as evidence about the words around a name) and proposes spans of its own, each
// with the probability the model gives its type.
#pragma once
#include <cstdint>

#include "tokens/tokeniser.h"

namespace gazette::model {

using tokens::Token;

enum class Label : std::uint8_t { none = 0, company = 1, lab = 2 };
constexpr int kLabels = 3;

// A span another producer found, in folded offsets.
struct KnownSpan {
  std::uint32_t begin = 0, end = 0;
  Label type = Label::company;
};

// A span the model proposes, in folded offsets; `score` is the model's probability of `type`.
struct ModelSpan {
  std::uint32_t begin = 0, end = 0;
  Label type = Label::company;
  float score = 0;
};

}  // namespace gazette::model
