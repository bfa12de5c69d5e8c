#include "model/train/training_set.h"

namespace gazette::model::train {

LinearModel train_on(const std::vector<DocumentUnits>& gold, const std::vector<std::size_t>& which,
                     const std::vector<DocumentUnits>& silver, const TrainOptions& options,
                     const SilverOptions& silver_options) {
  const LinearModel shape(options.bits);
  std::vector<Example> examples;
  append_examples(gold, which, shape, silver_options.known_weight, examples);
  append_silver_examples(silver, shape, silver_options, examples);
  return train_model(examples, options);
}

}  // namespace gazette::model::train
