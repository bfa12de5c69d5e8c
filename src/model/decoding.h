// From unit probabilities to spans: each unit takes the more probable of company and lab; its mentions
// become spans unless another producer already holds one of their tokens; overlapping spans
// are settled by score, then length, then position.
#pragma once
#include <vector>

#include "model/candidates.h"
#include "model/linear_model.h"
#include "model/units.h"

namespace gazette::model {

struct Decision {
  Label type = Label::none;
  float score = 0;
};

constexpr float kLowestScore = 0.05f;

// The unit as a company, with the probability of that; none below kLowestScore. Labs are a
// class of the model but not of its finds: the training articles name 16 labs no list knows,
// too few to learn from, and every lab the model proposed on the development and validation
// texts was wrong. The lab class still keeps lab-like names from scoring as companies.
Decision decide(const Probabilities& p);

// Appends the chosen spans to `out`, sorted by position.
void decode(const DocumentView& doc, const std::vector<SpanCandidate>& candidates, const std::vector<Unit>& units,
            const std::vector<Decision>& decisions, std::vector<ModelSpan>& out);

}  // namespace gazette::model
