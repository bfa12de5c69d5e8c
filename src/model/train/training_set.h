// Training as gazette-train does it: one model on the gold documents chosen and, when there are
// any, the silver documents.
#pragma once
#include <vector>

#include "model/train/examples.h"
#include "model/train/silver.h"
#include "model/train/trainer.h"

namespace gazette::model::train {

LinearModel train_on(const std::vector<DocumentUnits>& gold, const std::vector<std::size_t>& which,
                     const std::vector<DocumentUnits>& silver, const TrainOptions& options,
                     const SilverOptions& silver_options);

}  // namespace gazette::model::train
