// Throughput of money recognition alone, single-threaded, on real French text.
//
//   money_bench /path/to/shared/corpus/*.jsonl
//
// Reads the "text" field of every JSONL line, normalises it (normalisation is not timed),
// repeats the documents until there are at least 50 MB, runs Recogniser::find over every
// document five times and prints the median throughput and the number of amounts found.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "input/json.h"
#include "money/money.h"
#include "normalise/normaliser.h"

namespace {

constexpr std::size_t kMinimumBytes = 50u << 20;
constexpr int kRuns = 5;

std::vector<std::string> read_texts(const char* path) {
  std::vector<std::string> texts;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    gazette::json::Value doc;
    gazette::json::ParseError error;
    if (!gazette::json::parse(line, doc, error)) continue;
    if (const gazette::json::Value* text = doc.find("text"); text && text->is_string()) {
      texts.push_back(text->as_string());
    }
  }
  return texts;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s corpus.jsonl...\n", argv[0]);
    return 2;
  }
  std::vector<std::string> corpus;
  std::size_t corpus_bytes = 0;
  for (int i = 1; i < argc; ++i) {
    for (std::string& text : read_texts(argv[i])) {
      corpus_bytes += text.size();
      corpus.push_back(gazette::normalise::normalise(text).text);
    }
  }
  if (corpus.empty()) {
    std::fprintf(stderr, "no \"text\" fields found\n");
    return 1;
  }
  std::vector<const std::string*> documents;
  std::size_t bytes = 0;
  while (bytes < kMinimumBytes) {
    for (const std::string& text : corpus) {
      documents.push_back(&text);
      bytes += text.size();
    }
  }

  const gazette::money::Recogniser recogniser;
  std::vector<double> rates;
  std::size_t amounts = 0;
  for (int run = 0; run < kRuns; ++run) {
    amounts = 0;
    const auto start = std::chrono::steady_clock::now();
    for (const std::string* text : documents) amounts += recogniser.find(*text).size();
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    rates.push_back(static_cast<double>(bytes) / 1e6 / elapsed.count());
  }
  std::sort(rates.begin(), rates.end());
  std::printf("corpus: %zu documents, %.1f MB original text, normalised with gazette::normalise\n",
              corpus.size(), static_cast<double>(corpus_bytes) / 1e6);
  std::printf("input: %.1f MB normalised (%zu documents), %d runs\n", static_cast<double>(bytes) / 1e6,
              documents.size(), kRuns);
  std::printf("money: median %.0f MB/s (min %.0f, max %.0f), %zu amounts per run\n", rates[kRuns / 2],
              rates.front(), rates.back(), amounts);
  return 0;
}
