// Fuzz target: any bytes through the whole pipeline (lossy reading, as --lossy does) must neither
// crash nor produce a record whose offsets, code point offsets, line or column disagree with a
// naive reading of the input (naive_text.h); and cutting the input into tiny segments must give
// the same records as reading it whole (no mention lost or duplicated at a cut).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "naive_text.h"
#include "pipeline/extractor.h"

namespace {

const gazette::pipeline::Extractor& extractor_with_segments(std::size_t segment_bytes) {
  gazette::pipeline::ExtractorSettings settings;
  settings.segment_bytes = segment_bytes;
  std::string error;
  auto built = gazette::pipeline::build_extractor({}, settings, error);
  if (!built) {
    std::fprintf(stderr, "%s\n", error.c_str());
    std::abort();
  }
  return *built.release();  // lives as long as the process
}

std::string describe(const gazette::resolve::Mention& m) {
  return std::to_string(m.start) + "-" + std::to_string(m.end) + " " + m.text + " " + m.canonical + " " + m.value +
         m.min + m.max + m.currency;
}

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "%s: %s\n", what, detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const auto& whole = extractor_with_segments(1 << 20);
  static const auto& cut = extractor_with_segments(48);
  const std::string input(reinterpret_cast<const char*>(data), size);
  const gazette_naive::Places places(input);
  const auto mentions = whole.extract(input);
  std::size_t previous_end = 0;
  for (const auto& m : mentions) {
    if (m.start < previous_end) fail("mentions overlap or are out of order", describe(m));
    previous_end = m.end;
    const std::string why = gazette_naive::check_location(places, input, m);
    if (!why.empty()) fail(why.c_str(), describe(m));
  }
  const auto in_segments = cut.extract(input);
  if (in_segments.size() != mentions.size()) fail("segments change the number of mentions", std::to_string(size));
  for (std::size_t i = 0; i < mentions.size(); ++i)
    if (describe(in_segments[i]) != describe(mentions[i]) || in_segments[i].char_start != mentions[i].char_start ||
        in_segments[i].line != mentions[i].line || in_segments[i].col != mentions[i].col)
      fail("segments change a mention", describe(mentions[i]) + " / " + describe(in_segments[i]));
  return 0;
}
