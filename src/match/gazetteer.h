// The names gazette knows: entries (an organisation with its canonical name, type and ids)
// and the names that point to them, read from TSV gazetteers.
//
// File format (UTF-8, tab-separated, '#' starts a comment line):
//   canonical <TAB> type <TAB> aliases <TAB> ids <TAB> flags
// type is "company" or "lab"; aliases are separated by '|'; an alias written "=Name" must
// match with exactly that case; ids are space-separated (wikidata:Q95 ror:... ticker:GOOGL);
// flags are comma-separated: "nocase" (all-caps short names match in any case), "pattern"
// (the aliases are RE2 patterns over folded text; the canonical is only a label), "label"
// (the canonical is only what records show: "Bel" found as "Groupe Bel", never as "bel").
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class RE2;
}

namespace gazette::match {

enum class EntryType : std::uint8_t { company, lab };

std::string_view to_string(EntryType type);

struct Entry {
  std::string canonical;
  EntryType type = EntryType::company;
  std::string ids;              // as written in the gazetteer, e.g. "wikidata:Q95 ticker:GOOGL"
  std::uint32_t gazetteer = 0;  // index into Gazetteer::sources()
};

struct Name {
  std::uint32_t entry = 0;
  std::string key;           // the folded tokens joined by single spaces
  std::uint16_t tokens = 0;  // how many tokens the key has
  // When not empty, the case every letter of the match must have: 'U' upper, 'l' lower,
  // '.' anything (digits, symbols). Compared byte by byte over the match's word bytes.
  std::string case_pattern;
};

struct Pattern {
  std::uint32_t entry = 0;
  std::shared_ptr<const re2::RE2> regex;
};

struct GazetteerError {
  std::string source;
  std::size_t line = 0;
  std::string reason;
  std::string message() const;
};

class Gazetteer {
 public:
  // Adds the entries of one TSV gazetteer; `source` names it in errors. Names already known
  // keep their first owner, so gazetteers added first take precedence. Returns false and
  // fills `error` (nothing of that file is kept) when the file is malformed.
  bool add_tsv(std::string_view source, std::string_view text, GazetteerError& error);

  const std::vector<Entry>& entries() const { return entries_; }
  const std::vector<Name>& names() const { return names_; }
  const std::vector<Pattern>& patterns() const { return patterns_; }
  // Every pattern in one alternation, so that one pass over a text finds where any matches;
  // null when there is no pattern. Checked when a file adds patterns: patterns valid one by one
  // may still be too large together, and a pattern that failed there would match nothing.
  const std::shared_ptr<const re2::RE2>& combined_pattern() const { return combined_pattern_; }
  const std::vector<std::string>& sources() const { return sources_; }

  struct SourceStats {
    std::size_t entries = 0, names = 0, patterns = 0, companies = 0, labs = 0;
  };
  const std::vector<SourceStats>& stats() const { return stats_; }

 private:
  std::vector<Entry> entries_;
  std::vector<Name> names_;
  std::vector<Pattern> patterns_;
  std::shared_ptr<const re2::RE2> combined_pattern_;
  std::vector<std::string> sources_;
  std::vector<SourceStats> stats_;
};

}  // namespace gazette::match
