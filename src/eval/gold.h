// Gold documents in the spaCy/Prodigy JSONL layout (see the annotation guidelines):
// {"id", "text", "spans": [{"start", "end", "label", "optional", "value", "min", "max", "currency", ...}]}
// with code point offsets.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "money/exact_decimal.h"
#include "resolve/mention.h"

namespace gazette::eval {

struct GoldSpan {
  std::size_t start = 0, end = 0;  // code points, end exclusive
  produce::EntityType type = produce::EntityType::company;
  bool optional = false;
  // Exact, as the extractor's values are: doubles would call 10^17 + 1 right for 10^17.
  std::optional<money::ExactDecimal> value, min, max;
  std::string currency;
};

struct GoldDocument {
  std::string id;
  std::string text;
  std::vector<GoldSpan> spans;
};

// Reads a gold file; on error returns false with "file:line: reason" in `error`.
// Spans with labels other than COMPANY, LAB and MONEY are ignored. A file with no span of these
// labels is an error: scoring it would print zeros for what is most likely the wrong file.
bool read_gold_file(const std::string& path, std::vector<GoldDocument>& out, std::string& error);

}  // namespace gazette::eval
