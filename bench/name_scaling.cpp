// Name matching cost against the number of names: the same text matched with the first 1k,
// 10k and all names of the shipped gazetteers. With a token-sequence index the cost per token
// is a few probes whatever the number of names, so the rates should stay close.
//
//   name_scaling /path/to/shared/corpus/*.jsonl
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>

#include "bench_corpus.h"
#include "lang/lexicon.h"
#include "match/name_matcher.h"
#include "tokens/text.h"

namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The header and the first `limit` rows of the shipped gazetteers, companies then labs.
std::string first_rows(std::size_t limit) {
  std::string out = "canonical\ttype\taliases\tids\tflags\n";
  std::size_t rows = 0;
  for (const char* file : {"companies.tsv", "labs.tsv"}) {
    const std::string text = read_file(std::string(GAZETTE_DATA_DIR) + "/" + file);
    std::size_t pos = 0;
    bool header = true;
    while (pos < text.size() && rows < limit) {
      std::size_t eol = text.find('\n', pos);
      if (eol == std::string::npos) eol = text.size();
      const std::string_view line = std::string_view(text).substr(pos, eol - pos);
      pos = eol + 1;
      if (line.empty() || line[0] == '#') continue;
      if (header) {
        header = false;
        continue;
      }
      out.append(line).push_back('\n');
      ++rows;
    }
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  const gazette::bench::Corpus corpus = gazette::bench::load_corpus(argc, argv);
  std::printf("corpus: %zu articles; timed on %.1f MB of folded text, median of %d runs, single thread\n",
              corpus.folded.size(), corpus.bytes / 1e6, gazette::bench::kRuns);
  std::printf("%10s %10s %10s %12s\n", "entries", "names", "MB/s", "matches");
  std::string error;
  const auto lexicon = gazette::lang::Lexicon::load("fr", "", error);
  if (!lexicon) {
    std::fprintf(stderr, "%s\n", error.c_str());
    return 1;
  }
  const auto words = std::make_shared<const gazette::match::MatchWords>(*lexicon);
  for (std::size_t limit : {std::size_t{1000}, std::size_t{10000}, static_cast<std::size_t>(-1)}) {
    auto gazetteer = std::make_shared<gazette::match::Gazetteer>();
    gazette::match::GazetteerError bad_row;
    if (!gazetteer->add_tsv("builtin", first_rows(limit), bad_row)) {
      std::fprintf(stderr, "%s\n", bad_row.message().c_str());
      return 1;
    }
    gazetteer->finish();
    gazette::produce::ProducerRegistry registry;
    const gazette::match::GazetteerNames matcher(gazetteer, words, nullptr, registry);
    std::vector<gazette::match::NameMatch> matches;
    // Tokenising is timed with the lookup, as the matcher's cost per byte includes it.
    std::vector<gazette::tokens::Text> texts(corpus.folded.size());
    for (std::size_t i = 0; i < texts.size(); ++i) texts[i].folded = corpus.folded[i];
    const auto [rate, found] = gazette::bench::median_rate(corpus, [&] {
      std::size_t count = 0;
      for (const auto* doc : corpus.documents) {
        gazette::tokens::Text& text = texts[static_cast<std::size_t>(doc - corpus.folded.data())];
        gazette::tokens::tokenise(text.folded.text, text.tokens);
        matches.clear();
        matcher.find(text, matches);
        count += matches.size();
      }
      return count;
    });
    std::printf("%10zu %10zu %10.0f %12zu\n", gazetteer->entry_count(), gazetteer->name_count(), rate, found);
  }
  return 0;
}
