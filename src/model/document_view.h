// What the features need to know about one document, computed once: the folded text and its
// tokens, where sentences start, which tokens another producer already found as a name, and
// which words also occur in lower case.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "match/name_runs.h"
#include "match/person_names.h"
#include "match/words.h"
#include "model/dictionary.h"
#include "model/model_types.h"
#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"

namespace gazette::model {

// What a token's spelling says, the same wherever it stands: the parts of the surface features
// that depend on one token only, computed the first time a candidate asks for them.
struct TokenSurface {
  std::uint64_t shape = 0;    // hash of "Xx", "X", "Xd", ...: letter case and digits, repeats collapsed
  std::uint64_t prefix3 = 0;  // hash of the first three bytes
  std::uint64_t suffix3 = 0;  // hash of the last three bytes
  bool inner_capital = false;
  bool digit = false;
  bool dictionary = false;  // the token's hash passes the dictionary's filter
  bool first_name = false;  // capitalised and a first name
};

class DocumentView {
 public:
  // The per-token arrays, kept by a caller that views one document after another so that
  // they are allocated once.
  struct Buffers {
    struct Flags {
      // Trivial, to be cleared with memset. sentence_start: 0 not asked yet, 1 no, 2 yes.
      std::uint8_t capitalised, known, surface_ready, sentence_start;
    };
    std::vector<Flags> flags;
    std::vector<TokenSurface> surfaces;
    std::vector<std::uint32_t> capitalised;
    std::vector<std::uint32_t> slots;
  };

  DocumentView(const normalise::Normalised& folded, const std::vector<Token>& tokens,
               const std::vector<KnownSpan>& known, const Dictionary& dictionary, const match::FirstNames* first_names,
               const match::MatchWords& words, Buffers* buffers = nullptr);
  DocumentView(const DocumentView&) = delete;
  DocumentView& operator=(const DocumentView&) = delete;

  const normalise::Normalised& folded() const { return folded_; }
  const std::vector<Token>& tokens() const { return tokens_; }
  const Dictionary& dictionary() const { return dictionary_; }
  const match::FirstNames* first_names() const { return first_names_; }
  // The word classes the context rules read (data/lang/fr).
  const match::MatchWords& words() const { return words_; }

  std::string_view text(const Token& t) const {
    return std::string_view(folded_.text).substr(t.begin, t.end - t.begin);
  }
  // The token came from a capitalised letter, or holds one inside ("iPhone", "eBay").
  bool capitalised(std::size_t i) const { return b_.flags[i].capitalised; }
  // The capitalised tokens, in order.
  const std::vector<std::uint32_t>& capitalised_tokens() const { return b_.capitalised; }
  bool initial_capital(std::size_t i) const { return tokens_[i].word && folded_.upper[tokens_[i].begin]; }
  // The first word of a sentence: after . ! ? : ; or a line break, or the first of the text
  // (found by reading back from the token: only candidates' tokens are asked).
  bool sentence_start(std::size_t i) const {
    std::uint8_t& known = b_.flags[i].sentence_start;
    if (!known) known = find_sentence_start(i) ? 2 : 1;
    return known == 2;
  }
  // The token's last letter was written with an accent: folding reads the participle "visé" as
  // the verb "vise", "développé" as "développe"; the original's longer bytes tell them apart.
  bool ends_accented(const Token& t) const { return match::ends_accented(folded_, t); }
  // Only spaces, or one apostrophe or hyphen, between tokens i and i + 1: "CEA-Leti",
  // "L'Oréal"; a spaced dash separates ("BFMTV - RMC").
  bool joined(std::size_t i) const {
    if (i + 1 >= tokens_.size()) return false;
    const char* text = folded_.text.data();
    const std::size_t from = tokens_[i].end, to = tokens_[i + 1].begin;
    if (to == from) return true;
    if (to == from + 1) return text[from] == ' ' || text[from] == '-' || text[from] == '\'';
    for (std::size_t p = from; p < to; ++p)
      if (text[p] != ' ') return false;
    return true;
  }
  // The type of the known span covering token i; Label::none (0) when none.
  std::uint8_t known(std::size_t i) const { return b_.flags[i].known; }
  // What token i's spelling says (computed on first use, then kept).
  const TokenSurface& surface(std::size_t i) const {
    if (!b_.flags[i].surface_ready) fill_surface(i);
    return b_.surfaces[i];
  }
  // Of `hashes` (sorted, unique), those of words the document also writes in lower case, as
  // flags in the same order. Asked once per document for the candidates' words only, because
  // a set of every lower-case word would cost more than the rest of the model.
  std::vector<std::uint8_t> lower_case(const std::vector<std::uint64_t>& hashes) const;
  void lower_case(const std::vector<std::uint64_t>& hashes, std::vector<std::uint8_t>& found) const;
  // The line the document starts with (its title, in news) ends before this token.
  std::size_t title_end() const { return title_end_; }

 private:
  void fill_surface(std::size_t i) const;
  bool find_sentence_start(std::size_t i) const;

  const normalise::Normalised& folded_;
  const std::vector<Token>& tokens_;
  const Dictionary& dictionary_;
  const match::FirstNames* first_names_;
  const match::MatchWords& words_;
  Buffers own_;
  Buffers& b_;
  std::size_t title_end_ = 0;
};

}  // namespace gazette::model
