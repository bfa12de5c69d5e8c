// Training as gazette-train does it: a first model on the gold documents, then, when there is
// silver, a second on gold and silver, the silver negatives chosen by the first.
#pragma once
#include <vector>

#include "model/train/examples.h"
#include "model/train/silver.h"
#include "model/train/trainer.h"

namespace gazette::model::train {

LinearModel train_two_stage(const std::vector<DocumentUnits>& gold, const std::vector<std::size_t>& which,
                            const std::vector<DocumentUnits>& silver, const TrainOptions& options,
                            const SilverOptions& silver_options);

}  // namespace gazette::model::train
