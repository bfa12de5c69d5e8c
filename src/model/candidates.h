// The spans the model decides on: runs of capitalised tokens ("Black Forest Labs", "Banque de
// France", "LaMia Airlines") and every sub-span of a run that starts and ends on a capitalised
// token, so the model can choose the extent ("Selon Nscale" -> "Nscale").
#pragma once
#include <cstdint>
#include <vector>

#include "model/document_view.h"

namespace gazette::model {

struct SpanCandidate {
  std::uint32_t first = 0, last = 0;  // token indices, last exclusive
  // The run goes on before or after the span: "Nscale" inside "Selon Nscale".
  bool left_open = false, right_open = false;
};

constexpr std::uint32_t kMaxSpanTokens = 6;

void find_candidates(const DocumentView& doc, std::vector<SpanCandidate>& out);

}  // namespace gazette::model
