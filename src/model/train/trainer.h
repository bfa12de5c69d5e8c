// Trains the linear model: multinomial logistic regression, the minimum of the L2-regularised
// loss summed over the examples, found by L-BFGS. The minimum does not depend on the order the
// examples come in, and the arithmetic is single-threaded and in a fixed order, so the same
// examples give the same weights, bit for bit.
#pragma once
#include <vector>

#include "model/linear_model.h"

namespace gazette::model::train {

struct Example {
  std::vector<std::uint32_t> buckets;
  std::vector<float> values;  // one per bucket
  Label label = Label::none;
  float weight = 1.0f;  // silver examples count less than gold ones
};

struct TrainOptions {
  unsigned bits = 17;
  // The weight of (1/2)|w|^2 beside the loss summed over the examples: larger, smaller weights
  // and less memorising of strings seen a few times.
  float l2 = 0.3f;
  unsigned max_iterations = 300;
  // Weight of a positive example's loss: names are rare among capitalised words.
  float positive_weight = 1.0f;
};

LinearModel train_model(const std::vector<Example>& examples, const TrainOptions& options);

}  // namespace gazette::model::train
