// The word lists the rules read (trigger nouns, verbs, legal forms, ...), one file a list in
// data/lang/LANGUAGE/, linked into the binary. Lists are data: tuning a rule's vocabulary is a
// diff of a text file, and a new language is a new folder.
//
// File format: one word or phrase a line, '#' starts a comment line, blank lines are ignored.
// Entries are folded like the text they are matched against (lower case, no accents; hyphens
// and apostrophes separate words), so "start-up" and "start up" are the same entry.
#pragma once
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "tokens/word_set.h"

namespace gazette::lang {

// A list that does not fit the way a rule reads it (a phrase in a list of single words).
class WordListError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Entry {
  std::string folded;  // the entry's folded tokens joined by single spaces
  std::size_t line = 0;
};

class Lexicon {
 public:
  // The lists shipped for `language` ("fr"). With `override_dir`, each DIR/NAME.txt replaces the
  // shipped list NAME; a file there that names no shipped list is an error. Returns nullptr and
  // fills `error` on failure.
  static std::shared_ptr<const Lexicon> load(std::string_view language, const std::string& override_dir,
                                             std::string& error);

  // The list's entries, in file order. Throws std::logic_error for a name no list has.
  const std::vector<Entry>& entries(std::string_view list) const;

  // The list as a set of single words; throws WordListError naming file and line when an entry
  // is several words.
  tokens::WordSet words(std::string_view list) const;

  std::vector<std::string> names() const;
  // "builtin:fr/company-verbs.txt" or the override's path: for messages.
  const std::string& origin(std::string_view list) const;

 private:
  struct List {
    std::string origin;
    std::vector<Entry> entries;
  };
  const List& find(std::string_view list) const;

  std::map<std::string, List, std::less<>> lists_;
};

// Parses one list file (exposed for tests).
std::vector<Entry> parse_word_list(std::string_view text);

}  // namespace gazette::lang
