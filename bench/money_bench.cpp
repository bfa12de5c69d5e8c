// Throughput of money recognition alone, single-threaded, on real French text.
//
//   money_bench /path/to/shared/corpus/*.jsonl
//
// The articles are folded first (not timed) and repeated to at least 50 MB; Recogniser::find
// runs over all of them five times; the median throughput is printed.
#include <cstdio>

#include "bench_corpus.h"
#include "money/money.h"

int main(int argc, char** argv) {
  const gazette::bench::Corpus corpus = gazette::bench::load_corpus(argc, argv);
  const gazette::money::Recogniser recogniser;
  const auto [rate, amounts] = gazette::bench::median_rate(corpus, [&] {
    std::size_t found = 0;
    for (const auto* doc : corpus.documents) found += recogniser.find(doc->text).size();
    return found;
  });
  std::printf("corpus: %zu articles, %.1f MB; timed on %.1f MB of folded text, median of %d runs\n",
              corpus.folded.size(), corpus.original_bytes / 1e6, corpus.bytes / 1e6, gazette::bench::kRuns);
  std::printf("money alone: %.0f MB/s single-threaded, %zu amounts per pass\n", rate, amounts);
  return 0;
}
