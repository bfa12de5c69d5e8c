// What the component benchmarks share: the corpus's article texts, folded once (folding is not
// what they time), repeated to a fixed size, and the median of several timed runs.
#pragma once
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "input/jsonl_source.h"
#include "normalise/normaliser.h"

namespace gazette::bench {

inline constexpr std::size_t kMinimumBytes = 50u << 20;
inline constexpr int kRuns = 5;

struct Corpus {
  std::vector<normalise::Normalised> folded;      // one per article
  std::vector<const normalise::Normalised*> documents;  // the articles repeated to kMinimumBytes
  std::size_t original_bytes = 0, bytes = 0;
};

// Reads the "text" of every line of the given JSONL dumps. Exits the program when none is found.
inline Corpus load_corpus(int argc, char** argv) {
  Corpus corpus;
  for (int i = 1; i < argc; ++i) {
    input::JsonlSource source(argv[i]);
    input::Document doc;
    std::string error;
    for (auto next = source.next(doc, error); next != input::JsonlSource::Next::end; next = source.next(doc, error)) {
      if (next != input::JsonlSource::Next::document) continue;
      corpus.original_bytes += doc.bytes.size();
      corpus.folded.push_back(normalise::normalise(doc.bytes));
    }
  }
  if (corpus.folded.empty()) {
    std::fprintf(stderr, "usage: %s corpus.jsonl... (JSON Lines with a \"text\" field)\n", argv[0]);
    std::exit(2);
  }
  while (corpus.bytes < kMinimumBytes) {
    for (const auto& text : corpus.folded) {
      corpus.documents.push_back(&text);
      corpus.bytes += text.text.size();
    }
  }
  return corpus;
}

// Runs `pass` (one pass over the corpus, returning a count) kRuns times; returns the median
// MB/s of folded text and the count of the last pass.
template <typename Pass>
std::pair<double, std::size_t> median_rate(const Corpus& corpus, Pass pass) {
  std::vector<double> rates;
  std::size_t count = 0;
  for (int run = 0; run < kRuns; ++run) {
    const auto start = std::chrono::steady_clock::now();
    count = pass();
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    rates.push_back(static_cast<double>(corpus.bytes) / 1e6 / elapsed.count());
  }
  std::sort(rates.begin(), rates.end());
  return {rates[kRuns / 2], count};
}

}  // namespace gazette::bench
