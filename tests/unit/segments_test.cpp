// Long documents are processed in segments: no mention may be lost, duplicated or moved at a
// cut. A tiny segment size puts hundreds of cuts in a short text, at every kind of position.
#include "pipeline/segments.h"

#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "input/text_window.h"
#include "pipeline/extractor.h"
#include "tokens/text.h"

using namespace gazette;

namespace {

std::unique_ptr<const pipeline::Extractor> extractor_with_segments(std::size_t segment_bytes) {
  pipeline::ExtractorSettings settings;
  settings.segment_bytes = segment_bytes;
  std::string error;
  auto built = pipeline::build_extractor({}, settings, error);
  if (!built) throw std::runtime_error(error);
  return built;
}

// Sentences with names, labs and amounts, of varied lengths so that cuts fall everywhere.
std::vector<std::string> sentences() {
  std::vector<std::string> out;
  for (int i = 0; i < 120; ++i) {
    switch (i % 5) {
      case 0: out.push_back("Airbus a levé " + std::to_string(i + 3) + " millions d'euros. "); break;
      case 1: out.push_back("Le CNRS et le CEA-Leti versent entre 10 et 20 millions d’euros. "); break;
      case 2: out.push_back(std::to_string(1000 * i + 7) + " € "); break;
      case 3: out.push_back("Amazon Web Services (AWS) investit 1,5 M€ à Grenoble. "); break;
      default: out.push_back("Rien ici, sinon " + std::string(i % 7, 'x') + " et 2 Md€ "); break;
    }
  }
  return out;
}

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
  std::string out;
  for (const std::string& p : parts) out += p + separator;
  return out;
}

std::string describe(const resolve::Mention& m) {
  return std::to_string(m.start) + "-" + std::to_string(m.end) + " " + m.text + " -> " + m.canonical + " @" +
         std::to_string(m.char_start) + "-" + std::to_string(m.char_end) + " " + std::to_string(m.line) + ":" +
         std::to_string(m.col);
}

std::vector<std::string> describe_all(const std::vector<resolve::Mention>& mentions) {
  std::vector<std::string> out;
  for (const auto& m : mentions) out.push_back(describe(m));
  return out;
}

}  // namespace

TEST_CASE("a segmented document gives the mentions of the whole document, each once", "[segments]") {
  const auto whole = extractor_with_segments(1 << 20);
  const std::vector<std::string> parts = sentences();
  std::size_t separately = 0;
  for (const std::string& p : parts) separately += whole->extract(p).size();

  for (const std::string separator : {"", "\n", "\n\n"}) {
    const std::string text = joined(parts, separator);
    const auto expected = describe_all(whole->extract(text));
    CHECK(expected.size() == separately);
    for (const std::size_t segment : {40, 64, 97, 128, 333, 1000, 2500}) {
      INFO("separator of " << separator.size() << " bytes, segments of " << segment << " bytes");
      const auto cut = extractor_with_segments(segment);
      CHECK(describe_all(cut->extract(text)) == expected);
    }
  }
}

TEST_CASE("a document read from a file a window at a time gives the same mentions", "[segments]") {
  const std::string text = joined(sentences(), "");
  const auto whole = extractor_with_segments(1 << 20);
  const auto expected = describe_all(whole->extract(text));
  std::FILE* file = std::tmpfile();
  REQUIRE(file);
  // Longer than the look-ahead, so the window slides and drops bytes behind it.
  std::string long_text;
  while (long_text.size() < 8 * pipeline::segments::kOverlapBytes) long_text += text;
  std::fwrite(long_text.data(), 1, long_text.size(), file);
  std::rewind(file);
  const auto cut = extractor_with_segments(300);
  std::vector<resolve::Mention> got;
  input::ByteReader reader(file);
  input::FileWindow window(reader);
  auto scratch = cut->make_scratch();
  cut->extract(window, *scratch, [&](std::vector<resolve::Mention>& ms) {
    for (auto& m : ms) got.push_back(std::move(m));
  });
  CHECK(window.error().empty());
  CHECK(describe_all(got) == describe_all(whole->extract(long_text)));
  CHECK(got.size() == expected.size() * (long_text.size() / text.size()));
}

TEST_CASE("one endless word is cut at code point boundaries", "[segments]") {
  std::string word;
  while (word.size() < 3000) word += "éàü";
  const auto cut = extractor_with_segments(101);
  CHECK(cut->extract(word + " Airbus").size() == 1);
}

TEST_CASE("the analysis of a one-segment document is handed out, never that of a part", "[segments]") {
  const std::string text = joined(sentences(), "");
  const auto whole = extractor_with_segments(1 << 20);
  auto scratch = whole->make_scratch();
  whole->extract(text, *scratch);
  const tokens::Text* analysis = pipeline::Extractor::analysis_of(*scratch, text);
  REQUIRE(analysis);
  const tokens::Text expected = tokens::analyse(text);
  CHECK(analysis->folded.text == expected.folded.text);
  CHECK(analysis->tokens.size() == expected.tokens.size());
  // Another string of the same bytes, or the same document cut into segments: no analysis.
  const std::string copy = text;
  CHECK(pipeline::Extractor::analysis_of(*scratch, copy) == nullptr);
  const auto cut = extractor_with_segments(300);
  auto cut_scratch = cut->make_scratch();
  cut->extract(text, *cut_scratch);
  CHECK(pipeline::Extractor::analysis_of(*cut_scratch, text) == nullptr);
}
