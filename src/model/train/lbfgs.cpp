#include "model/train/lbfgs.h"

#include <cmath>
#include <deque>

namespace gazette::model::train {
namespace {

double dot(const std::vector<double>& a, const std::vector<double>& b) {
  double s = 0;
  for (std::size_t i = 0; i < a.size(); ++i) s += a[i] * b[i];
  return s;
}

struct Correction {
  std::vector<double> s, y;  // the step taken and the change of gradient it made
  double rho = 0;            // 1 / (y . s)
};

// The two-loop recursion: the direction -H g, with H the inverse Hessian the corrections imply.
void direction(const std::deque<Correction>& history, const std::vector<double>& g, std::vector<double>& d) {
  d = g;
  std::vector<double> alpha(history.size());
  for (std::size_t k = history.size(); k-- > 0;) {
    alpha[k] = history[k].rho * dot(history[k].s, d);
    for (std::size_t i = 0; i < d.size(); ++i) d[i] -= alpha[k] * history[k].y[i];
  }
  if (!history.empty()) {
    const Correction& last = history.back();
    const double scale = 1.0 / (last.rho * dot(last.y, last.y));
    for (double& v : d) v *= scale;
  }
  for (std::size_t k = 0; k < history.size(); ++k) {
    const double beta = history[k].rho * dot(history[k].y, d);
    for (std::size_t i = 0; i < d.size(); ++i) d[i] += (alpha[k] - beta) * history[k].s[i];
  }
  for (double& v : d) v = -v;
}

}  // namespace

LbfgsResult minimise(const Objective& f, std::vector<double>& x, const LbfgsOptions& options) {
  const std::size_t n = x.size();
  std::vector<double> g(n), d(n), x_next(n), g_next(n);
  std::vector<double> s(n), y(n);  // this iteration's step and change of gradient
  double value = f(x, g);
  std::deque<Correction> history;
  LbfgsResult result;
  for (unsigned it = 0; it < options.max_iterations; ++it) {
    direction(history, g, d);
    double slope = dot(g, d);
    if (slope >= 0) {  // not a descent direction (rounding): start again from the gradient
      history.clear();
      for (std::size_t i = 0; i < n; ++i) d[i] = -g[i];
      slope = dot(g, d);
    }
    if (slope == 0) break;
    // The first step has no curvature to go by: a unit step along the gradient's direction.
    double step = history.empty() ? 1.0 / std::sqrt(dot(g, g)) : 1.0;
    // Backtracking until the Armijo condition holds.
    double next_value = 0;
    bool accepted = false;
    for (int tries = 0; tries < 40; ++tries) {
      for (std::size_t i = 0; i < n; ++i) x_next[i] = x[i] + step * d[i];
      next_value = f(x_next, g_next);
      if (next_value <= value + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) break;
    for (std::size_t i = 0; i < n; ++i) {
      s[i] = x_next[i] - x[i];
      y[i] = g_next[i] - g[i];
    }
    const double ys = dot(y, s);
    x.swap(x_next);
    g.swap(g_next);
    const double decrease = value - next_value;
    value = next_value;
    result.iterations = it + 1;
    if (ys > 1e-12) {  // keeps H positive definite
      // Once the memory is full the oldest correction's arrays are reused: each is as long as
      // the model's weights, too large to allocate at every iteration.
      Correction c;
      if (history.size() == options.memory) {
        c = std::move(history.front());
        history.pop_front();
      }
      c.s.swap(s);
      c.y.swap(y);
      c.rho = 1.0 / ys;
      history.push_back(std::move(c));
      s.resize(n);
      y.resize(n);
    }
    if (decrease <= options.tolerance * std::fabs(value)) break;
  }
  result.value = value;
  return result;
}

}  // namespace gazette::model::train
