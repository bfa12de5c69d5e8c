// The L-BFGS minimiser on functions whose minimum is known.
#include <catch2/catch.hpp>
#include <cmath>

#include "model/train/lbfgs.h"

using gazette::model::train::LbfgsOptions;
using gazette::model::train::minimise;

namespace {

// Rosenbrock's valley: a narrow curved floor that defeats plain gradient descent; minimum 0 at (1, 1).
double rosenbrock(const std::vector<double>& x, std::vector<double>& g) {
  const double a = 1 - x[0], b = x[1] - x[0] * x[0];
  g[0] = -2 * a - 400 * x[0] * b;
  g[1] = 200 * b;
  return a * a + 100 * b * b;
}

// A badly scaled quadratic: sum of (i + 1) * (x_i - i)^2, minimum 0 at x_i = i.
double scaled_quadratic(const std::vector<double>& x, std::vector<double>& g) {
  double f = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    const double d = x[i] - static_cast<double>(i);
    f += static_cast<double>(i + 1) * d * d;
    g[i] = 2 * static_cast<double>(i + 1) * d;
  }
  return f;
}

}  // namespace

TEST_CASE("L-BFGS finds the bottom of Rosenbrock's valley", "[model]") {
  std::vector<double> x{-1.2, 1.0};
  LbfgsOptions options;
  options.tolerance = 1e-15;
  const auto result = minimise(rosenbrock, x, options);
  CHECK(result.value < 1e-10);
  CHECK(x[0] == Approx(1.0).margin(1e-4));
  CHECK(x[1] == Approx(1.0).margin(1e-4));
  CHECK(result.iterations < options.max_iterations);
}

TEST_CASE("L-BFGS minimises a badly scaled quadratic in many variables", "[model]") {
  std::vector<double> x(200, 0.0);
  LbfgsOptions options;
  options.tolerance = 1e-15;
  minimise(scaled_quadratic, x, options);
  for (std::size_t i = 0; i < x.size(); ++i) CHECK(x[i] == Approx(static_cast<double>(i)).margin(1e-3));
}

TEST_CASE("L-BFGS gives the same iterates on the same function", "[model]") {
  std::vector<double> a{-1.2, 1.0}, b{-1.2, 1.0};
  LbfgsOptions options;
  options.max_iterations = 17;  // stopped midway, where any difference would still show
  minimise(rosenbrock, a, options);
  minimise(rosenbrock, b, options);
  CHECK(a == b);
}

TEST_CASE("L-BFGS at a minimum already stays there", "[model]") {
  std::vector<double> x{1.0, 1.0};
  const auto result = minimise(rosenbrock, x, {});
  CHECK(result.value == 0.0);
  CHECK(x == std::vector<double>{1.0, 1.0});
}
