// Gold documents in the spaCy/Prodigy JSONL layout (see the annotation guidelines):
// {"id", "text", "spans": [{"start", "end", "label", "optional", "value", "min", "max", "currency", ...}]}
// with code point offsets.
#pragma once
#include <optional>
#include <string>
#include <vector>

#include "resolve/mention.h"

namespace gazette::eval {

struct GoldSpan {
  std::size_t start = 0, end = 0;  // code points, end exclusive
  produce::EntityType type = produce::EntityType::company;
  bool optional = false;
  std::optional<double> value, min, max;
  std::string currency;
};

struct GoldDocument {
  std::string id;
  std::string text;
  std::vector<GoldSpan> spans;
};

// Reads a gold file; on error returns false with "file:line: reason" in `error`.
// Spans with labels other than COMPANY, LAB and MONEY are ignored.
bool read_gold_file(const std::string& path, std::vector<GoldDocument>& out, std::string& error);

}  // namespace gazette::eval
