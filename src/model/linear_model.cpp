#include "model/linear_model.h"

#include <algorithm>
#include <cmath>

namespace gazette::model {

void softmax(Probabilities& scores) {
  const float top = *std::max_element(scores.begin(), scores.end());
  float sum = 0;
  for (float& s : scores) sum += s = std::exp(s - top);
  for (float& s : scores) s /= sum;
}

Probabilities LinearModel::probabilities(const WeightedFeatures& features) const {
  Probabilities scores{};
  const float* weights = data();
  if (!weights) {
    scores[0] = 1;
    return scores;
  }
  for (const WeightedFeature& f : features) {
    const float* row = weights + static_cast<std::size_t>(bucket(f.hash)) * kLabels;
    for (int k = 0; k < kLabels; ++k) scores[k] += f.value * row[k];
  }
  softmax(scores);
  return scores;
}

}  // namespace gazette::model
