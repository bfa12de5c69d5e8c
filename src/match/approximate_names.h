// Approximate lookup of one-word names: which names are a few edits (insertions, deletions,
// substitutions, swaps of neighbours) away from a word. Symmetric deletion: every name is
// indexed by the strings left after deleting up to its allowed number of characters, and a
// word is looked up by its own deletions, so a lookup is a few dozen probes whatever the number
// of names, and only true neighbours reach the exact distance computation.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tokens/hash_set.h"

namespace gazette::match {

class ApproximateNames {
 public:
  // The edits allowed for a word of `length` bytes (folded): none under 5 (short words have too
  // many neighbours), one up to 9, two from 10.
  static int max_distance(std::size_t length);
  // Optimal string alignment distance, or limit + 1 when above `limit`.
  static int distance(std::string_view a, std::string_view b, int limit);

  // The slips of a typist rather than another word: a letter doubled (nvvidia) or undoubled
  // (qualcom), or two neighbours swapped away from the end (plusalys). Substitutions and edits at
  // the end mostly make other words (eurostat, philipp, bulgarie), so they are not slips.
  static bool is_slip(std::string_view word, std::string_view name);

  // `folded`: the name as the matcher folds it (lower case, no accents). `target` is the
  // caller's index for it.
  void add(std::string_view folded, std::uint32_t target);
  // Builds the index; call once after the last add.
  void finish();

  struct Match {
    std::uint32_t target = 0;
    int distance = 0;
    std::string_view folded;  // the name as indexed
  };
  // The names nearest `folded` at distance 1 or more within both lengths' allowance, nearest
  // first. A name equal to the word is not returned: that is a match, not a misspelling.
  std::vector<Match> find(std::string_view folded) const;

  std::size_t size() const { return words_.size(); }

 private:
  // The deletions of every word, by hash (HashIndex elements), and the word each comes from.
  std::vector<std::uint64_t> deletion_hashes_;
  std::vector<std::uint32_t> deletion_words_;
  tokens::HashIndex deletions_;
  std::vector<std::string> words_;
  std::vector<std::uint32_t> targets_;
  std::size_t longest_ = 0;  // bytes of the longest word indexed
};

}  // namespace gazette::match
