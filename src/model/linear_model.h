// A multinomial logistic regression over hashed features: one weight per (bucket, label), the
// probability of each label the softmax of the summed weights. Linear, so scoring a unit costs
// one table look-up per feature.
#pragma once
#include <array>
#include <cstdint>
#include <vector>

#include "model/feature_hash.h"
#include "model/model_types.h"

namespace gazette::model {

using Probabilities = std::array<float, kLabels>;

class LinearModel {
 public:
  LinearModel() = default;
  explicit LinearModel(unsigned bits) : bits_(bits), weights_((std::size_t{1} << bits) * kLabels, 0.0f) {}

  unsigned bits() const { return bits_; }
  std::uint32_t bucket(std::uint64_t feature) const { return static_cast<std::uint32_t>(feature >> (64 - bits_)); }

  Probabilities probabilities(const WeightedFeatures& features) const;

  std::vector<float>& weights() { return weights_; }
  // Weights owned by someone else, who keeps them alive (the model linked into the binary).
  static LinearModel view(unsigned bits, const float* weights) {
    LinearModel m;
    m.bits_ = bits;
    m.view_ = weights;
    return m;
  }
  const float* data() const { return view_ ? view_ : weights_.empty() ? nullptr : weights_.data(); }
  std::size_t size() const { return bits_ ? (std::size_t{1} << bits_) * kLabels : 0; }

 private:
  unsigned bits_ = 0;
  std::vector<float> weights_;  // bucket * kLabels + label
  const float* view_ = nullptr;
};

// Softmax of raw scores, in place.
void softmax(Probabilities& scores);

}  // namespace gazette::model
