// Limited-memory BFGS: minimises a smooth function of many variables from its value and
// gradient alone, keeping the last few steps to approximate the curvature. Deterministic: the
// same function and start give the same iterates, bit for bit.
#pragma once
#include <functional>
#include <vector>

namespace gazette::model::train {

// Returns f(x) and writes its gradient at x into `gradient` (already sized like x).
using Objective = std::function<double(const std::vector<double>& x, std::vector<double>& gradient)>;

struct LbfgsOptions {
  unsigned max_iterations = 300;
  unsigned memory = 10;
  // Stops when an iteration lowers f by less than this fraction of |f|.
  double tolerance = 1e-7;
};

struct LbfgsResult {
  double value = 0;
  unsigned iterations = 0;
};

// Minimises `f` from `x`, which holds the minimum found on return.
LbfgsResult minimise(const Objective& f, std::vector<double>& x, const LbfgsOptions& options = {});

}  // namespace gazette::model::train
