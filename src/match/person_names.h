// People are often named like companies: "Martine Orange", "Rob Ford", "Hubert de Givenchy".
// A name right after a first name (and maybe a particle) is a surname, not an organisation.
#pragma once
#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "match/words.h"
#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"
#include "tokens/word_set.h"

namespace gazette::match {

class FirstNames {
 public:
  // One first name a line; '#' starts a comment. Compound names ("Jean-Pierre") are fine.
  // `particles`: the words between a first name and a surname ("de", "von").
  FirstNames(std::string_view list, tokens::WordSet particles);

  // True when the tokens right before tokens[first] are a capitalised first name, maybe
  // followed by a particle ("de", "du", "d'", "von", "van", "di", "da", "del", "le", "la").
  bool precede(const normalise::Normalised& folded, const std::vector<Token>& tokens, std::size_t first) const;

  // True when the token is (the last part of) a first name.
  bool contains(const Token& token) const { return last_token_hashes_.count(token.hash) != 0; }

 private:
  std::unordered_set<std::uint64_t> last_token_hashes_;  // "jean-pierre" -> hash of "pierre"
  tokens::WordSet particles_;
};

// "S. BAHRAM", "M. Lefèvre", "J.-P. Dupont": tokens[first] follows a capital's initial and its
// dot, standing alone ("R&D. INNOV'ORGA" ends a word, it is no initial) and not after a
// capitalised word as a numeral ("Bordeaux I. ANNEX-TOOLS"); a person's name.
bool after_an_initial(const normalise::Normalised& folded, const std::vector<Token>& tokens, std::size_t first);

}  // namespace gazette::match
