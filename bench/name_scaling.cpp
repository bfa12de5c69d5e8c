// Name matching cost against the number of names: the same text matched with the first 1k,
// 10k and all names of the shipped gazetteers, then with a compiled image of 1,000,000 made-up
// names in front of them (as `--gazetteer newsroom.gzt` loads it: two tables probed). With a
// token-sequence index the cost per token is a few probes whatever the number of names, so the
// rates should stay close.
//
//   name_scaling /path/to/shared/corpus/*.jsonl
#include <cstdio>
#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <unordered_set>

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

// `count` distinct two- and three-word names of made-up words, as bench/startup.sh writes them:
// the letters of French text, keys no real text holds.
std::string synthetic_rows(std::size_t count) {
  static const char* const kSyllables[] = {"ba", "co", "di", "fe", "ga", "lo", "mi", "nu", "pa",
                                           "ro", "sa", "ti", "va", "xe", "zo", "ker", "lin", "mor"};
  std::uint64_t state = 20261202;
  const auto next = [&state](std::uint64_t bound) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % bound;
  };
  std::string out = "canonical\ttype\taliases\tids\tflags\n";
  std::unordered_set<std::string> seen;
  while (seen.size() < count) {
    std::string name;
    const std::uint64_t words = 2 + next(2);
    for (std::uint64_t w = 0; w < words; ++w) {
      if (w) name.push_back(' ');
      const std::size_t start = name.size();
      for (std::uint64_t k = 0, n = 2 + next(3); k < n; ++k) name += kSyllables[next(18)];
      name[start] = static_cast<char>(name[start] - 'a' + 'A');
    }
    if (!seen.insert(name).second) continue;
    out.append(name).append("\tcompany\t\t\t\n");
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
  // The million names compiled once, as `gazette gazetteer compile` would.
  std::string user_image;
  {
    gazette::match::Gazetteer user;
    gazette::match::GazetteerError bad_row;
    if (!user.add_tsv("user", synthetic_rows(1000000), bad_row)) {
      std::fprintf(stderr, "%s\n", bad_row.message().c_str());
      return 1;
    }
    user.write_image(user_image);
  }
  constexpr std::size_t kAll = static_cast<std::size_t>(-1);
  for (const auto& [limit, with_user] : {std::pair{std::size_t{1000}, false}, std::pair{std::size_t{10000}, false},
                                         std::pair{kAll, false}, std::pair{kAll, true}}) {
    auto gazetteer = std::make_shared<gazette::match::Gazetteer>();
    gazette::match::GazetteerError bad_row;
    if ((with_user && !gazetteer->add_image("user", user_image, true, bad_row)) ||
        !gazetteer->add_tsv("builtin", first_rows(limit), bad_row)) {
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
