// Property: every record's byte offsets slice the original input to its text, its code point
// offsets and its line and column agree with a naive count on the original bytes, and cutting a
// document into tiny segments loses, duplicates or moves no mention.
#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

#include "eval/gold.h"
#include "input/json.h"
#include "input/jsonl_source.h"
#include "match/carried_projects.h"
#include "model/shipped_words.h"
#include "naive_text.h"
#include "pipeline/extractor.h"

using namespace gazette;

namespace {

const pipeline::Extractor& extractor() {
  static const auto instance = [] {
    std::string error;
    auto built = pipeline::build_extractor({}, {}, error);
    if (!built) throw std::runtime_error(error);
    return built;
  }();
  return *instance;
}

// Checks the property for every mention found in `text` against the naive reading of the
// original bytes (fuzz/naive_text.h, which shares no code with src/), and that the mentions are
// in order without overlap; returns how many were found.
std::size_t check_offsets(const std::string& text, const pipeline::Extractor& with = extractor()) {
  const auto mentions = with.extract(text);
  const gazette_naive::Places places(text);
  std::size_t bad = 0, out_of_order = 0, previous_end = 0;
  std::string first_bad;
  for (const auto& m : mentions) {
    if (m.start < previous_end) ++out_of_order;
    previous_end = m.end;
    const std::string why = gazette_naive::check_location(places, text, m);
    if (!why.empty() && bad++ == 0)
      first_bad = why + ": \"" + m.text + "\" at " + std::to_string(m.start) + " (" + std::to_string(m.line) + ":" +
                  std::to_string(m.col) + ")";
  }
  INFO(mentions.size() << " mentions; first bad one: " << first_bad);
  CHECK(out_of_order == 0);
  CHECK(bad == 0);
  return mentions.size();
}

std::string describe(const resolve::Mention& m) {
  return std::to_string(m.start) + "-" + std::to_string(m.end) + " " + std::to_string(m.char_start) + "-" +
         std::to_string(m.char_end) + " " + std::to_string(m.line) + ":" + std::to_string(m.col) + " " + m.text +
         " -> " + m.canonical + " " + m.value + m.min + m.max + m.currency + " [" + m.source + "]";
}

// Every `step`th document's text from a JSONL file of the shared corpus.
std::vector<std::string> corpus_sample(const std::string& name, std::size_t step) {
  std::ifstream in(std::string(GAZETTE_SHARED_DIR) + "/corpus/" + name);
  std::vector<std::string> texts;
  std::string line;
  for (std::size_t n = 0; std::getline(in, line); ++n) {
    if (n % step) continue;
    json::Value value;
    json::ParseError error;
    if (!json::parse(line, value, error)) continue;
    if (const json::Value* text = input::find_path(value, "text"); text && text->is_string())
      texts.push_back(text->as_string());
  }
  return texts;
}

const pipeline::Extractor& tiny_segments() {
  static const auto instance = [] {
    pipeline::ExtractorSettings settings;
    settings.segment_bytes = 64;  // a cut every few words: many fall inside names and amounts
    std::string error;
    auto built = pipeline::build_extractor({}, settings, error);
    if (!built) throw std::runtime_error(error);
    return built;
  }();
  return *instance;
}

}  // namespace

TEST_CASE("offsets slice the original text on every development document", "[property]") {
  std::size_t documents = 0, mentions = 0;
  for (const char* name : {"genesis-mission-fr.jsonl", "modern-fr-dev.jsonl", "ilab-labs-dev.jsonl"}) {
    std::vector<eval::GoldDocument> docs;
    std::string error;
    const std::string path = std::string(GAZETTE_SHARED_DIR) + "/eval/dev/" + name;
    REQUIRE(eval::read_gold_file(path, docs, error));
    for (const auto& doc : docs) {
      mentions += check_offsets(doc.text);
      ++documents;
    }
  }
  CHECK(documents == 50);
  CHECK(mentions > 300);
}

TEST_CASE("offsets survive NBSP, NFD accents, CRLF, emoji, ligatures and a BOM", "[property]") {
  const std::string nbsp = "\xC2\xA0", nnbsp = "\xE2\x80\xAF", acute = "\xCC\x81", emoji = "\xF0\x9F\x9A\x80";
  const std::string text = "\xEF\xBB\xBFLe CNRS et la start-up Ynsect" + emoji + " ont lev\x65" + acute + " 3" + nnbsp +
                           "000" + nbsp + "\xE2\x82\xAC.\r\n" + emoji + emoji + " Soci\x65" + acute +
                           "te\xCC\x81 Ge\xCC\x81ne\xCC\x81rale et l\xE2\x80\x99\xC5\x93uvre d\xE2\x80\x99" +
                           "Airbus SE\r\n\r\nInria, 50 milliards de dollars" + emoji + ", EDF" + nbsp + ": Google.\r\n";
  CHECK(check_offsets(text) >= 4);
}

TEST_CASE("offsets survive ill-formed bytes read leniently", "[property]") {
  const std::string text = "Le CNRS \xFF\xFE et Inria \xC3 Google\n\xE2\x82 Airbus";
  const auto mentions = extractor().extract(text);
  CHECK(mentions.size() >= 1);
  for (const auto& m : mentions) CHECK(text.substr(m.start, m.end - m.start) == m.text);
}

TEST_CASE("documents longer than a segment keep every mention and offset", "[property]") {
  const std::string paragraph = "Le CNRS et Airbus ont lev\xC3\xA9 3\xC2\xA0M\xE2\x82\xAC.\r\n\r\n";
  std::string text;
  std::size_t copies = 0;
  while (text.size() < (3u << 20)) {
    text += paragraph;
    ++copies;
  }
  CHECK(check_offsets(text) == 3 * copies);

  // One endless line: segments are cut at spaces.
  std::string line;
  std::size_t sentences = 0;
  while (line.size() < (3u << 20)) {
    line += "Inria et Nvidia. ";
    ++sentences;
  }
  CHECK(check_offsets(line) == 2 * sentences);

  // No space at all: cut anywhere on a code point boundary, without crashing.
  const std::string blob(3u << 20, 'x');
  CHECK(check_offsets(blob + " Airbus") == 1);
}

TEST_CASE("offsets hold on a sample of the shared corpus, whole and in tiny segments", "[property]") {
  std::size_t documents = 0, mentions = 0, cut_documents = 0;
  for (const auto& [name, step] : {std::pair<const char*, std::size_t>{"wikinews-fr-2016-2018.jsonl", 6},
                                   std::pair<const char*, std::size_t>{"ilab-laureates-fr.jsonl", 15}}) {
    for (const std::string& text : corpus_sample(name, step)) {
      ++documents;
      mentions += check_offsets(text);
      // Tiny segments must give exactly the records of the whole document.
      if (text.size() > 64) {
        ++cut_documents;
        // Except what reads beyond the words around a name: the repeats of names learnt from
        // context, the model's document features and the projects a company carries, which by
        // design see their segment's window only (README, "Long documents"); with 64-byte
        // segments that window is ~2 KB.
        const tokens::Text analysed = tokens::analyse(text);
        const std::vector<std::uint64_t> projects =
            match::carried_projects(*model::shipped_words().words, analysed.folded, analysed.tokens);
        const auto local = [&](const auto& m) {
          if (m.source == "context:repeated" || m.source == "model") return false;
          const tokens::Text mention = tokens::analyse(m.text);
          return mention.tokens.empty() ||
                 !std::binary_search(projects.begin(), projects.end(),
                                     tokens::sequence_of(mention.tokens, 0, mention.tokens.size() - 1));
        };
        std::vector<std::string> whole, cut;
        for (const auto& m : extractor().extract(text))
          if (local(m)) whole.push_back(describe(m));
        for (const auto& m : tiny_segments().extract(text))
          if (local(m)) cut.push_back(describe(m));
        INFO("document " << documents << " of " << name);
        CHECK(cut == whole);
      }
    }
  }
  INFO(documents << " documents, " << mentions << " mentions");
  CHECK(documents >= 300);
  CHECK(cut_documents >= 300);
  CHECK(mentions > 300);
}

TEST_CASE("offsets survive tabs, CRLF, BOM, NBSP, accents and emoji in tiny segments", "[property]") {
  const std::string nbsp = "\xC2\xA0", acute = "\xCC\x81", emoji = "\xF0\x9F\x9A\x80";
  std::string text = "\xEF\xBB\xBF";
  for (int i = 0; i < 40; ++i)
    text += "\tLe CNRS" + emoji + " et Airbus" + nbsp + "SE ont lev\x65" + acute + " " + std::to_string(i + 2) + nbsp +
            "M\xE2\x82\xAC.\r\n" + emoji + "\tSoci\x65" + acute + "t\x65" + acute +
            " G\xC3\xA9n\xC3\xA9rale\t: Inria\r\n\r\n";
  const std::size_t found = check_offsets(text);
  CHECK(found >= 4 * 40);
  CHECK(check_offsets(text, tiny_segments()) == found);
  std::vector<std::string> whole, cut;
  for (const auto& m : extractor().extract(text)) whole.push_back(describe(m));
  for (const auto& m : tiny_segments().extract(text)) cut.push_back(describe(m));
  CHECK(cut == whole);
}
