// What the features need to know about one document, computed once: the folded text and its
// tokens, where sentences start, which tokens another producer already found as a name, and
// which words also occur in lower case.
#pragma once
#include <cstdint>
#include <string_view>
#include <vector>

#include "match/person_names.h"
#include "match/words.h"
#include "model/dictionary.h"
#include "model/model_types.h"
#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"

namespace gazette::model {

class DocumentView {
 public:
  DocumentView(const normalise::Normalised& folded, const std::vector<Token>& tokens,
               const std::vector<KnownSpan>& known, const Dictionary& dictionary, const match::FirstNames* first_names,
               const match::MatchWords& words);

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
  bool capitalised(std::size_t i) const { return capitalised_[i]; }
  bool initial_capital(std::size_t i) const { return tokens_[i].word && folded_.upper[tokens_[i].begin]; }
  // The first token of a sentence: after . ! ? : or a line break, or the first of the text.
  bool sentence_start(std::size_t i) const { return sentence_start_[i]; }
  // Only spaces, or one apostrophe or hyphen, between tokens i and i + 1.
  bool joined(std::size_t i) const { return joined_[i]; }
  // The type of the known span covering token i; Label::none (0) when none.
  std::uint8_t known(std::size_t i) const { return known_[i]; }
  // Of `hashes` (sorted, unique), those of words the document also writes in lower case, as
  // flags in the same order. Asked once per document for the candidates' words only, because
  // a set of every lower-case word would cost more than the rest of the model.
  std::vector<std::uint8_t> lower_case(const std::vector<std::uint64_t>& hashes) const;
  // The line the document starts with (its title, in news) ends before this token.
  std::size_t title_end() const { return title_end_; }

 private:
  const normalise::Normalised& folded_;
  const std::vector<Token>& tokens_;
  const Dictionary& dictionary_;
  const match::FirstNames* first_names_;
  const match::MatchWords& words_;
  std::vector<std::uint8_t> capitalised_, sentence_start_, joined_, known_;
  std::size_t title_end_ = 0;
};

}  // namespace gazette::model
