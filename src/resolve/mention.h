// What the pipeline reports: one mention of a company, lab or amount of money, located in the
// original input.
#pragma once
#include <cstddef>
#include <string>

#include "produce/entity_type.h"

namespace gazette::resolve {

struct Mention {
  produce::EntityType type = produce::EntityType::company;
  std::size_t start = 0, end = 0;            // byte offsets into the original input, end exclusive
  std::size_t char_start = 0, char_end = 0;  // code point offsets into the original input
  std::size_t line = 0, col = 0;             // 1-based; col counts code points
  std::string text;                          // the original surface
  std::string canonical;
  std::string id;      // ids from the gazetteer ("wikidata:Q95 ticker:GOOGL"), may be empty
  std::string source;  // the producer: "gazetteer", "pattern", "context:trigger_noun", "grammar", "model"
  float score = -1;    // the producer's score, when it gives one (the model); -1 otherwise
  // Approximate finds (extract --fuzzy): the edits between the surface and the gazetteer name it
  // is taken for; 0 for every exact find.
  int distance = 0;
  // Money only: exact decimals, ISO 4217 code, qualifier ("up_to", "about", "over", "under").
  std::string value, min, max, currency, qualifier;
};

}  // namespace gazette::resolve
