#include "model/train/trainer.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "model/train/lbfgs.h"

namespace gazette::model::train {
namespace {

// The regularised loss (weighted cross-entropy of the softmax over the labels) and its gradient.
double loss(const std::vector<Example>& examples, const TrainOptions& options, const std::vector<double>& w,
            std::vector<double>& gradient) {
  double total = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    total += 0.5 * options.l2 * w[i] * w[i];
    gradient[i] = options.l2 * w[i];
  }
  for (const Example& ex : examples) {
    std::array<double, kLabels> p{};
    for (std::size_t i = 0; i < ex.buckets.size(); ++i)
      for (int k = 0; k < kLabels; ++k) p[k] += ex.values[i] * w[std::size_t{ex.buckets[i]} * kLabels + k];
    // In double rather than through model::softmax (float): the line search compares losses
    // that differ in their seventh digit. Shifted by the largest score so that exp cannot overflow.
    const double top = *std::max_element(p.begin(), p.end());
    double sum = 0;
    for (double& v : p) sum += (v = std::exp(v - top));
    const int label = static_cast<int>(ex.label);
    const double weight = ex.weight * (ex.label == Label::none ? 1.0 : options.positive_weight);
    total -= weight * std::log(p[label] / sum);
    for (double& v : p) v /= sum;
    for (std::size_t i = 0; i < ex.buckets.size(); ++i)
      for (int k = 0; k < kLabels; ++k)
        gradient[std::size_t{ex.buckets[i]} * kLabels + k] += weight * ex.values[i] * (p[k] - (k == label ? 1.0 : 0.0));
  }
  return total;
}

}  // namespace

LinearModel train_model(const std::vector<Example>& examples, const TrainOptions& options) {
  LinearModel model(options.bits);
  std::vector<double> w(model.size(), 0.0);
  LbfgsOptions lbfgs;
  lbfgs.max_iterations = options.max_iterations;
  minimise([&](const std::vector<double>& x, std::vector<double>& g) { return loss(examples, options, x, g); }, w,
           lbfgs);
  std::vector<float>& out = model.weights();
  for (std::size_t i = 0; i < w.size(); ++i) out[i] = static_cast<float>(w[i]);
  return model;
}

}  // namespace gazette::model::train
