// Trains the linear model: multinomial logistic regression by stochastic gradient descent with
// per-weight AdaGrad steps and L2 decay. Single-threaded, and the example order comes from a
// fixed-seed generator, so the same examples give the same weights, bit for bit.
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
  unsigned epochs = 12;
  float rate = 0.2f;
  float l2 = 1e-6f;
  // Weight of a positive example's loss: names are rare among capitalised words.
  float positive_weight = 1.0f;
  // The example order's: another seed gives another model of the same data, which measures how
  // much the model's decisions owe to chance.
  std::uint64_t seed = 0x67617A65747465ULL;
};

LinearModel train_model(const std::vector<Example>& examples, const TrainOptions& options);

}  // namespace gazette::model::train
