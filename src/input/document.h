// A unit of input text: what every record's offsets refer to.
#pragma once
#include <string>

namespace gazette::input {

struct Document {
  std::string name;   // the file name, "-" for standard input, or an id from a JSONL dump
  std::string bytes;  // the original bytes, untouched: offsets in records index into these
};

}  // namespace gazette::input
