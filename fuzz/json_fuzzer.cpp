// libFuzzer target: the JSON reader (gold files, article dumps) on any bytes.
#include <cstdint>
#include <string_view>

#include "input/json.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  gazette::json::Value value;
  gazette::json::ParseError error;
  gazette::json::parse(std::string_view(reinterpret_cast<const char*>(data), size), value, error);
  return 0;
}
