// The word lists and first names shipped with gazette, loaded as the pipeline loads them: what
// the trainer and the tests give the model's features.
#pragma once
#include <memory>

#include "match/person_names.h"
#include "match/words.h"

namespace gazette::model {

struct ShippedWords {
  std::shared_ptr<const match::MatchWords> words;
  std::shared_ptr<const match::FirstNames> first_names;
};

// Throws std::runtime_error when the shipped lists do not load (a broken build).
const ShippedWords& shipped_words();

}  // namespace gazette::model
