// One kind of check over one document. Each rule kind lives in a file of its own
// (canonical_rule.cpp, deny_rule.cpp, ...) and is built from its part of the configuration.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "check/finding.h"
#include "match/misspellings.h"
#include "resolve/mention.h"
#include "tokens/text.h"
#include "tokens/word_set.h"

namespace gazette::check {

class Spellings;

// What every rule reads, made once per document.
struct CheckDocument {
  std::string_view original;                      // the file's bytes: offsets refer to these
  std::string_view prose;                         // the same length, with code, URLs and markup blanked
  const std::vector<resolve::Mention>& mentions;  // found in `prose`, in document order
  const tokens::Text& text;                       // `prose` folded and tokenised
};

// Shared, read-only data the rules look names and words up in.
struct CheckResources {
  std::shared_ptr<const Spellings> spellings;
  // Ordinary words, first names and the gazetteer's name tokens, for the misspelling finder.
  match::MisspellingWords words;
  // A company's former canonical name -> its current one (data/lang/check/renamed.txt).
  std::unordered_map<std::string, std::string> renamed;
};

class Rule {
 public:
  virtual ~Rule() = default;
  // Appends findings with rule, severity, message, start, end, text and suggestion set.
  virtual void check(const CheckDocument& document, std::vector<Finding>& out) const = 0;
};

}  // namespace gazette::check
