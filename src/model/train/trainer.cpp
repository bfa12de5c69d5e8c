#include "model/train/trainer.h"

#include <cmath>
#include <numeric>

namespace gazette::model::train {
namespace {

// A small, fully specified generator: std::shuffle's use of a distribution differs between
// standard libraries, this does not.
struct SplitMix {
  std::uint64_t state;
  std::uint64_t next() {
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
};

}  // namespace

LinearModel train_model(const std::vector<Example>& examples, const TrainOptions& options) {
  LinearModel model(options.bits);
  std::vector<float>& w = model.weights();
  std::vector<float> squares(w.size(), 1e-2f);
  std::vector<std::uint32_t> order(examples.size());
  std::iota(order.begin(), order.end(), 0);
  SplitMix random{options.seed};
  for (unsigned epoch = 0; epoch < options.epochs; ++epoch) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[random.next() % i]);
    for (std::uint32_t e : order) {
      const Example& ex = examples[e];
      Probabilities p{};
      for (std::size_t i = 0; i < ex.buckets.size(); ++i)
        for (int k = 0; k < kLabels; ++k) p[k] += ex.values[i] * w[std::size_t{ex.buckets[i]} * kLabels + k];
      softmax(p);
      const float weight = ex.weight * (ex.label == Label::none ? 1.0f : options.positive_weight);
      for (std::size_t i = 0; i < ex.buckets.size(); ++i) {
        for (int k = 0; k < kLabels; ++k) {
          const std::size_t at = std::size_t{ex.buckets[i]} * kLabels + k;
          const float g =
              weight * ex.values[i] * (p[k] - (k == static_cast<int>(ex.label) ? 1.0f : 0.0f)) + options.l2 * w[at];
          squares[at] += g * g;
          w[at] -= options.rate * g / std::sqrt(squares[at]);
        }
      }
    }
  }
  return model;
}

}  // namespace gazette::model::train
