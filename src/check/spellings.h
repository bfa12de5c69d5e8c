// How the gazetteers write each name: the canonical names and aliases exactly as written in
// the TSV files (the matcher only keeps folded keys), for telling an alias (AWS for Amazon Web
// Services) from a misspelling of a name (nvidia for Nvidia, Open AI for OpenAI).
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "match/approximate_names.h"
#include "match/gazetteer.h"
#include "pipeline/extractor.h"
#include "tokens/hash_set.h"

namespace gazette::check {

// Views into the gazetteer texts, which live as long as the Spellings (the built-in ones are
// linked into the binary; others are copied into it).
struct Spelling {
  std::string_view form;       // as written: "OpenAI", "DeepMind"
  std::string_view canonical;  // of its entry: "OpenAI", "Google DeepMind"
  produce::EntityType type = produce::EntityType::company;
  bool well_known = false;  // match::is_well_known
  // The entry's ids are ROR's alone: a research-organisation registry that keeps a company's
  // name with the capitals its registrant typed (ProbaYes for Probayes), so a capital inside
  // the name is no evidence of the brand's styling.
  bool registry_only = false;
};

class Spellings {
 public:
  // Reads the same gazetteers as `settings` names; nullptr and `error` on an unreadable file
  // (the extractor has already reported a malformed one).
  static std::shared_ptr<const Spellings> load(const pipeline::GazetteerSettings& settings, std::string& error);
  // Builds from TSV texts (for tests); the texts are copied.
  static std::shared_ptr<const Spellings> from_tsv(const std::vector<std::string_view>& texts);

  const Spelling& at(std::uint32_t index) const { return spellings_[index]; }
  // The written forms of the entries with this canonical name.
  std::vector<std::uint32_t> forms_of(std::string_view canonical) const;
  // The form written exactly so, if any ("OpenAI").
  const Spelling* exact(std::string_view written) const;
  // One-word forms of five letters or more with a lower-case letter, by folded spelling.
  const match::ApproximateNames& approximate() const { return approximate_; }

 private:
  // `text` must outlive the Spellings.
  void add_tsv(std::string_view text);
  void index();

  std::vector<std::string> owned_texts_;  // the texts not linked into the binary
  std::vector<Spelling> spellings_;
  // Spellings by the hash of their canonical name and of their form, in file order: some
  // 200,000 of each are indexed at every start.
  tokens::HashIndex by_canonical_;
  tokens::HashIndex by_form_;
  match::ApproximateNames approximate_;
};

}  // namespace gazette::check
