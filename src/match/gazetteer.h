// The names gazette knows: entries (an organisation with its canonical name, type and ids)
// and the names that point to them, read from TSV gazetteers.
//
// File format (UTF-8, tab-separated, '#' starts a comment line):
//   canonical <TAB> type <TAB> aliases <TAB> ids <TAB> flags
// type is "company" or "lab"; aliases are separated by '|'; an alias written "=Name" must
// match with exactly that case; ids are space-separated (wikidata:Q95 ror:... ticker:GOOGL);
// flags are comma-separated: "nocase" (all-caps short names match in any case), "pattern"
// (the aliases are RE2 patterns over folded text; the canonical is only the family's label, and
// each match is its own canonical: "U791" of "Unité de recherche"), "label"
// (the canonical is only what records show: "Bel" found as "Groupe Bel", never as "bel").
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "match/gazetteer_image.h"
#include "produce/entity_type.h"

namespace re2 {
class RE2;
}

namespace gazette::match {

struct Entry {
  std::string_view canonical;
  produce::EntityType type = produce::EntityType::company;
  std::string_view ids;         // as written in the gazetteer, e.g. "wikidata:Q95 ticker:GOOGL"
  std::uint32_t gazetteer = 0;  // index into Gazetteer::sources()
};

struct Name {
  std::uint32_t entry = 0;
  std::string_view key;      // the folded tokens joined by single spaces
  std::uint16_t tokens = 0;  // how many tokens the key has
  // When not empty, the case every letter of the match must have: 'U' upper, 'l' lower,
  // '.' anything (digits, symbols). Compared byte by byte over the match's word bytes.
  std::string_view case_pattern;
};

struct Pattern {
  std::uint32_t entry = 0;
  std::shared_ptr<const re2::RE2> regex;
};

// The longest pattern alias a gazetteer may hold (patterns are short: `\binserm u ?\d{3,4}\b`);
// a longer one is an error that names this limit, and RE2's own memory budget bounds the rest.
inline constexpr std::size_t kMaxPatternBytes = 4096;

// A pattern as quoted in messages: whole when short, else its start and its size, so that a
// message stays one readable line.
std::string quote_pattern(std::string_view pattern);

struct GazetteerError {
  std::string source;
  std::size_t line = 0;
  std::string reason;
  std::string message() const;
};

class NameIndex;
class NameLookup;

// The key a gazetteer stores a name under: its folded tokens joined by single spaces
// ("L’Oréal" -> "l oreal"), empty when it has no letter or digit.
std::string name_key(std::string_view written);

// The strings of a gazetteer read from TSV, in blocks that never move, so that entries and
// names hold views: an image's strings are viewed in place the same way.
class StringArena {
 public:
  std::string_view store(std::string_view text);

 private:
  static constexpr std::size_t kBlock = 1 << 16;
  std::vector<std::unique_ptr<char[]>> blocks_;  // the last one is being filled
  std::vector<std::unique_ptr<char[]>> large_;
  std::size_t used_ = kBlock;
};

class Gazetteer {
 public:
  Gazetteer();
  ~Gazetteer();
  Gazetteer(const Gazetteer&) = delete;
  Gazetteer& operator=(const Gazetteer&) = delete;

  // Adds the entries of one TSV gazetteer; `source` names it in errors. Names already known
  // keep their first owner, so gazetteers added first take precedence. Returns false and
  // fills `error` (nothing of that file is kept) when the file is malformed.
  bool add_tsv(std::string_view source, std::string_view text, GazetteerError& error);

  // Adds a compiled image (gazetteer_image.h) whose bytes outlive the gazetteer: the shipped
  // one, linked into the binary, or a mapped file. Its records and name table are used in
  // place. `verify` checks its checksum (a file may have been damaged; the binary's own bytes
  // need no check). False with `error` when the bytes are no image of this version.
  bool add_image(std::string_view source, std::string_view bytes, bool verify, GazetteerError& error);
  // Keeps `owner` alive as long as the gazetteer: the mapping of an image file.
  void keep(std::shared_ptr<const void> owner) { owners_.push_back(std::move(owner)); }

  // Writes everything added so far as one image.
  void write_image(std::string& out) const;

  // To call after the last add: indexes the names of the TSV files and makes the lookup over
  // every gazetteer, in the order they were added (an image keeps its own table).
  void finish();
  const NameLookup& lookup() const;

  // Entries and names are numbered across all gazetteers in the order they were added.
  std::size_t entry_count() const { return entry_count_; }
  Entry entry(std::uint32_t index) const;
  std::size_t name_count() const { return name_count_; }
  Name name(std::uint32_t index) const;

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
  // The rows of consecutive TSV files (owned), or one image (viewed in place). A name belongs to
  // the first layer that holds its key, so gazetteers added first take precedence.
  struct Layer {
    Layer();
    ~Layer();
    std::uint32_t entry_base = 0, name_base = 0, source_base = 0;
    std::vector<Entry> entries;
    std::vector<Name> names;
    bool is_image = false;
    const image::EntryRecord* entry_records = nullptr;  // bounds checked by add_image
    const image::NameRecord* name_records = nullptr;
    std::uint32_t image_entries = 0, image_names = 0;
    std::string_view strings;
    std::unique_ptr<NameIndex> index;  // null until finish() for TSV rows
    std::size_t entry_count() const { return is_image ? image_entries : entries.size(); }
    std::size_t name_count() const { return is_image ? image_names : names.size(); }
  };

  // Compiles every pattern into combined_pattern_; false with `error` when they do not fit.
  bool combine_patterns(std::string& error);
  // The layer TSV rows go to: the last one when it holds TSV rows, else a new one.
  Layer& tsv_layer();

  std::vector<std::unique_ptr<Layer>> layers_;
  std::size_t entry_count_ = 0, name_count_ = 0;
  std::vector<Pattern> patterns_;
  std::shared_ptr<const re2::RE2> combined_pattern_;
  std::vector<std::string> sources_;
  std::vector<SourceStats> stats_;
  StringArena strings_;
  std::vector<std::shared_ptr<const void>> owners_;
  std::unique_ptr<NameLookup> lookup_;
};

}  // namespace gazette::match
