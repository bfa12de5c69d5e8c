// Silver examples from corpus documents nobody annotated (the i-Lab start-up summaries): what
// the gazetteer and the context rules find there are the positives. A capitalised name the
// rules do not find is not taken as a negative, because many are start-ups the rules miss; it
// is one only when the document calls it a product, or when it overlaps a rule's find with
// another extent. (Negatives chosen by a first model's confidence were tried: its confident
// "no name" still held start-ups, and leaving them all out measured better.)
#pragma once
#include <vector>

#include "model/train/examples.h"
#include "model/train/trainer.h"

namespace gazette::model::train {

struct SilverOptions {
  float weight = 0.5f;
  float known_weight = 1.0f;  // times `weight` for a unit that overlaps a rule's find
};

// `docs` were prepared with the rules' finds as their gold; features go in `shape`'s buckets.
void append_silver_examples(const std::vector<DocumentUnits>& docs, const LinearModel& shape,
                            const SilverOptions& options, std::vector<Example>& out);

// Makes the rules' resolved finds the document's gold names.
void rules_as_gold(PreparedDocument& doc);

}  // namespace gazette::model::train
