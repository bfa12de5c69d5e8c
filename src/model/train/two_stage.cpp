#include "model/train/two_stage.h"

namespace gazette::model::train {

LinearModel train_two_stage(const std::vector<DocumentUnits>& gold, const std::vector<std::size_t>& which,
                            const std::vector<DocumentUnits>& silver, const TrainOptions& options,
                            const SilverOptions& silver_options) {
  std::vector<Example> examples;
  append_examples(gold, which, LinearModel(options.bits), silver_options.known_weight, examples);
  LinearModel first = train_model(examples, options);
  if (silver.empty()) return first;
  append_silver_examples(silver, first, silver_options, examples);
  return train_model(examples, options);
}

}  // namespace gazette::model::train
