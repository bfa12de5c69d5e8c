// Capitalised words that misspell a one-word gazetteer name (`NVvidia` for Nvidia): the policy
// `gazette check` reports them by (its canonical rule) and `gazette extract --fuzzy` finds them
// by, in one place so that both agree.
//
// Most capitalised words near a name are other names (people, places, start-ups no list has), so
// a word is taken for a name only when it is five letters or more, capitalised but not in
// capitals, no number, no name's word, no first name, no ordinary French word near a name
// (data/lang/check/ordinary-words.txt), not after a first name; when exactly one name is nearest
// and shares its first letter; when the word occurs once in the document; and when the document
// writes that name right, or the word is a typist's slip (ApproximateNames::is_slip) in a name of
// seven letters or more that people write about.
#pragma once
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "match/approximate_names.h"
#include "match/gazetteer.h"
#include "tokens/hash_set.h"
#include "tokens/text.h"
#include "tokens/word_set.h"

namespace gazette::match {

// The words no misspelling is looked for in.
struct MisspellingWords {
  tokens::WordSet first_names;  // data/first-names.txt, folded
  // By hash: the tokens of every name's folded key (part of a name, never a misspelling of
  // another), data/lang/check/ordinary-words.txt and the first names. One table, small enough
  // for the cache, since every capitalised word of every document is looked up.
  tokens::HashSet known_words;

  // The shipped lists, and the name tokens of `gazetteer`.
  static MisspellingWords load(const Gazetteer& gazetteer);
};

// What the finder needs to know of an index target.
struct MisspeltName {
  std::string_view canonical;
  // A name people write about: an entry of the curated lists (a Wikidata id or no id at all),
  // where the stock listings and ROR records carry only ticker: and ror: ids.
  bool well_known = false;
};

// Whether a gazetteer entry with these ids is one people write about (see MisspeltName).
bool is_well_known(std::string_view ids);

struct Misspelling {
  std::size_t token = 0;          // index into the text's tokens
  ApproximateNames::Match match;  // the name it misspells
};

class MisspellingFinder {
 public:
  // `names` holds the one-word names; `name_of` tells a target's canonical name. Both, and
  // `words`, must outlive the finder.
  MisspellingFinder(const ApproximateNames& names, std::function<MisspeltName(std::uint32_t)> name_of,
                    const MisspellingWords& words)
      : names_(names), name_of_(std::move(name_of)), words_(words) {}

  // The misspelt names of `text`, in token order. `skip(token)` leaves a word out (one inside a
  // listed name, one a rules file allows); `named_right(canonical)` says whether the document
  // writes that name right.
  std::vector<Misspelling> find(const tokens::Text& text, const std::function<bool(std::size_t token)>& skip,
                                const std::function<bool(std::string_view canonical)>& named_right) const;

 private:
  const ApproximateNames& names_;
  std::function<MisspeltName(std::uint32_t)> name_of_;
  const MisspellingWords& words_;
};

}  // namespace gazette::match
