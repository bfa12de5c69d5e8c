// The words the context rules read: nouns that introduce a name ("la start-up X"), the
// adjectives that may stand between, and the words that are never names. Folded spelling.
#pragma once
#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "match/gazetteer.h"
#include "match/tokeniser.h"

namespace gazette::match::context {

// A set of folded words looked up by token hash: a token's hash is already computed, so a
// membership test costs one integer probe, not hashing and comparing strings.
class WordSet {
 public:
  WordSet(std::initializer_list<std::string_view> words) {
    for (std::string_view w : words) {
      const std::uint64_t h = hash_bytes(w);
      hashes_.insert(h);
      filter_.set(h & (kFilterBits - 1));
    }
  }
  // Most tokens are in no set: a bit test answers them without probing the table.
  bool contains(const Token& token) const { return has(token.hash); }
  bool contains(std::string_view word) const { return has(hash_bytes(word)); }

 private:
  static constexpr std::size_t kFilterBits = 4096;
  bool has(std::uint64_t h) const { return filter_.test(h & (kFilterBits - 1)) && hashes_.count(h) != 0; }

  std::unordered_set<std::uint64_t> hashes_;
  std::bitset<kFilterBits> filter_;
};

// A name introduced by a noun: "la start-up X" (company), "le laboratoire X" (lab).
enum class Follows : std::uint8_t { capitalised_name, acronym };

struct Trigger {
  EntryType type;
  Follows follows;
};

// Folded nouns (as match keys) that introduce a name. Kept to nouns whose apposition is almost
// always the organisation's own name in French news. Looked up by token-sequence hash, like
// gazetteer names, so that the common case (a token that starts no trigger) costs one bit test.
class TriggerTable {
 public:
  struct Node {
    Trigger trigger{};
    bool complete = false;    // a trigger ends here
    bool has_longer = false;  // a longer trigger continues
  };

  TriggerTable();

  bool may_start(std::uint64_t token_hash) const { return first_[token_hash & (kFilterBits - 1)]; }

  const Node* find(std::uint64_t sequence) const {
    const auto it = nodes_.find(sequence);
    return it == nodes_.end() ? nullptr : &it->second;
  }

 private:
  static constexpr std::size_t kFilterBits = 4096;

  void add(std::string_view key, Trigger trigger);

  std::unordered_map<std::uint64_t, Node> nodes_;
  std::bitset<kFilterBits> first_;
};

const TriggerTable& triggers();

// Adjectives that may stand between the noun and the name: "la firme japonaise SoftBank".
const WordSet& skippable_adjectives();

// "fondée en", "créée par": what a company's founding is told with.
const WordSet& founded_participles();

const WordSet& founded_followers();

// Capitalised words that start a sentence or a title rather than a name.
const WordSet& not_names();

// Parents whose acronym in brackets marks the name before it as a lab: "GREYC (CNRS)".
const WordSet& lab_parents();

// Words that make an institute a school, an academy or a cultural body, not a lab.
const WordSet& not_lab_institutes();

const WordSet& parent_institutions();

const WordSet& determiners();

// Verbs (present, and participles after "a") that make a sentence's subject a company.
const WordSet& company_verbs();
const WordSet& company_participles();
const WordSet& weak_company_verbs();
const WordSet& generic_heads();
const WordSet& undertaking_adjectives();
const WordSet& product_nouns();
const WordSet& product_makers();

// Words near "le groupe X" that make X a band, a party or an armed group.
const WordSet& not_company_groups();

}  // namespace gazette::match::context
