// How the gazetteers write each name: the canonical names and aliases exactly as written in
// the TSV files (the matcher only keeps folded keys), for telling an alias (AWS for Amazon Web
// Services) from a misspelling of a name (nvidia for Nvidia, Open AI for OpenAI).
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "match/approximate_names.h"
#include "match/gazetteer.h"
#include "pipeline/extractor.h"

namespace gazette::check {

struct Spelling {
  std::string form;       // as written: "OpenAI", "DeepMind"
  std::string canonical;  // of its entry: "OpenAI", "Google DeepMind"
  produce::EntityType type = produce::EntityType::company;
  bool well_known = false;  // match::is_well_known
};

class Spellings {
 public:
  // Reads the same gazetteers as `settings` names; nullptr and `error` on an unreadable file
  // (the extractor has already reported a malformed one).
  static std::shared_ptr<const Spellings> load(const pipeline::GazetteerSettings& settings, std::string& error);
  // Builds from TSV texts (for tests).
  static std::shared_ptr<const Spellings> from_tsv(const std::vector<std::string_view>& texts);

  const Spelling& at(std::uint32_t index) const { return spellings_[index]; }
  // The written forms of the entries with this canonical name.
  std::vector<std::uint32_t> forms_of(std::string_view canonical) const;
  // The form written exactly so, if any ("OpenAI").
  const Spelling* exact(std::string_view written) const;
  // One-word forms of five letters or more with a lower-case letter, by folded spelling.
  const match::ApproximateNames& approximate() const { return approximate_; }

 private:
  void add_tsv(std::string_view text);
  void index();

  std::vector<Spelling> spellings_;
  std::unordered_multimap<std::string, std::uint32_t> by_canonical_;
  std::unordered_map<std::string, std::uint32_t> by_form_;
  match::ApproximateNames approximate_;
};

}  // namespace gazette::check
