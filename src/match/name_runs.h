// Reading names off folded tokens: which tokens are capitalised, acronyms or glued by a
// hyphen, and where a name that starts at a token ends.
#pragma once
#include <cstddef>
#include <string_view>
#include <vector>

#include "match/words.h"
#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"

namespace gazette::match {

inline constexpr std::size_t kNone = static_cast<std::size_t>(-1);
inline constexpr std::size_t kMaxNameWords = 4;

inline std::string_view token_text(const normalise::Normalised& f, const Token& t) {
  return std::string_view(f.text.data() + t.begin, t.end - t.begin);
}

bool has_upper(const normalise::Normalised& f, const Token& t);

// The token's last letter was written with more than one byte, an accented letter: folded,
// "développé" spells "developpe", and the participle must not be read as the verb.
bool ends_accented(const normalise::Normalised& f, const Token& t);

// All letters upper case, at least two of them: "LIRMM", "C2N", "FEMTO".
bool is_acronym(const normalise::Normalised& f, const Token& t);

// An acronym, or one that keeps a few small letters for its short words: "LaTEP", "IMoPA",
// "LaMCoS" -- a capital first, at least three capitals, more capitals than small letters.
bool is_acronym_like(const normalise::Normalised& f, const Token& t);

// A capitalised word that can be part of a name: not a function word, a month, a sector noun,
// nor a lone letter ("C" of "C'est").
bool is_name_word(const MatchWords& w, const normalise::Normalised& f, const Token& t);

// Tokens joined without space by a hyphen ("FEMTO-ST", "IMEP-LAHC") form one name.
bool hyphen_joined(const normalise::Normalised& f, const Token& a, const Token& b);

// Token b follows a with only an apostrophe between them: "d'Alstom", "L'Oréal", "Google's".
bool apostrophe_joined(const normalise::Normalised& f, const Token& a, const Token& b);

// Nothing but spaces between folded offsets `begin` and `end`: no line break, no punctuation.
bool spaces_only(const normalise::Normalised& f, std::size_t begin, std::size_t end);

// Tokens a and b may be words of one name: only spaces between them, or a glued hyphen.
bool name_joined(const normalise::Normalised& f, const Token& a, const Token& b);

// The first token of the name of name words (is_name_word) ending at `last`, at most
// kMaxNameWords of them.
std::size_t name_start(const MatchWords& w, const normalise::Normalised& f, const std::vector<Token>& tokens,
                       std::size_t last);

// The last token of a name starting at `first` (capitalised words, at most kMaxNameWords),
// or kNone when no name starts there.
std::size_t capitalised_run(const MatchWords& w, const normalise::Normalised& f, const std::vector<Token>& tokens,
                            std::size_t first);

// The last token of a name that follows a head noun: capitalised words, possibly joined by
// "de", "du", "des", "d'", "en", "et" ("Institut de Recherche et Développement"), at most 10 words.
std::size_t titled_run(const MatchWords& w, const normalise::Normalised& f, const std::vector<Token>& tokens,
                       std::size_t first);

// The last token of an acronym starting at `first`, hyphenated parts included ("IMEP-LAHC"),
// or kNone.
std::size_t acronym_run(const MatchWords& w, const normalise::Normalised& f, const std::vector<Token>& tokens,
                        std::size_t first);

// The first token of an acronym run ending at `last`, walking back over hyphens.
std::size_t acronym_start(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t last);

// A trigger noun starting at tokens[i] ("la start-up", "le laboratoire"), the longest one, and
// the token after it; nullptr when none starts there.
const Trigger* trigger_at(const MatchWords& w, const normalise::Normalised& f, const std::vector<Token>& tokens,
                          std::size_t i, std::size_t& after);

}  // namespace gazette::match
