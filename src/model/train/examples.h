// Labelled units for training: every candidate surface of a document, with its features and
// the gold label of its mentions. A unit is positive when one of its mentions is exactly a
// gold company or lab; it is left out when its only gold is OPTIONAL.
#pragma once
#include <vector>

#include "model/candidates.h"
#include "model/dictionary.h"
#include "model/train/prepared_document.h"
#include "model/train/trainer.h"
#include "model/units.h"

namespace gazette::model::train {

struct DocumentUnits {
  std::vector<SpanCandidate> candidates;
  std::vector<Unit> units;
  std::vector<Label> labels;
  std::vector<std::uint8_t> ignored;         // OPTIONAL gold: no label to learn
  std::vector<std::uint8_t> overlaps_rules;  // a mention shares a token with a rule's find
};

DocumentUnits label_units(const PreparedDocument& doc, const Dictionary& dictionary,
                          const match::FirstNames* first_names, const match::MatchWords& words);

// The labelled units of documents `which` as training examples, features in `shape`'s buckets.
// A unit that overlaps a rule's find weighs `known_weight`: at run time the rules decide those,
// so they teach what names look like but should not set the balance of the decisions left.
void append_examples(const std::vector<DocumentUnits>& docs, const std::vector<std::size_t>& which,
                     const LinearModel& shape, float known_weight, std::vector<Example>& out);

}  // namespace gazette::model::train
