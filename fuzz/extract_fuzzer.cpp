// libFuzzer target: any bytes through the whole pipeline (lossy reading, as --lossy does) must
// neither crash nor produce a record whose offsets do not slice the input to its text.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "pipeline/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto extractor = [] {
    std::string error;
    auto built = gazette::pipeline::build_extractor({}, {}, error);
    if (!built) std::abort();
    return built;
  }();
  const std::string input(reinterpret_cast<const char*>(data), size);
  for (const auto& m : extractor->extract(input)) {
    if (m.start >= m.end || m.end > input.size() || input.compare(m.start, m.end - m.start, m.text) != 0) std::abort();
  }
  return 0;
}
