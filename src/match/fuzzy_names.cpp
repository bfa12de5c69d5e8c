#include "match/fuzzy_names.h"

#include <algorithm>
#include <unordered_set>

namespace gazette::match {
namespace {

bool has_lower_ascii(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= 'a' && c <= 'z'; });
}

}  // namespace

FuzzyNames::FuzzyNames(std::shared_ptr<const Gazetteer> gazetteer, produce::ProducerRegistry& registry)
    : gazetteer_(std::move(gazetteer)),
      words_(MisspellingWords::load(*gazetteer_)),
      finder_(
          names_,
          [this](std::uint32_t entry) {
            const Entry e = gazetteer_->entry(entry);
            return MisspeltName{e.canonical, is_well_known(e.ids)};
          },
          words_),
      id_(registry.add("fuzzy", produce::Precedence::fuzzy)) {
  // The one-word names of five letters or more. The matcher keeps names folded only, so an entry
  // whose canonical name is in capitals stands for an acronym, which has too many neighbours among
  // other acronyms to be guessed from a near word (gazette check leaves written acronyms out too).
  std::unordered_set<std::string> seen;
  for (std::uint32_t n = 0; n < gazetteer_->name_count(); ++n) {
    const Name name = gazetteer_->name(n);
    if (name.tokens != 1 || !has_lower_ascii(gazetteer_->entry(name.entry).canonical)) continue;
    if (!seen.insert(std::string(name.key) + '\t' + std::to_string(name.entry)).second) continue;
    names_.add(name.key, name.entry);
  }
  names_.finish();
}

void FuzzyNames::produce(const tokens::Text& text, produce::CandidateSet& candidates) const {
  if (names_.size() == 0) return;
  // What the gazetteer names and patterns found: spans to leave, and names written right.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> listed;
  std::unordered_set<std::string_view> named;
  for (const produce::Candidate& c : candidates.all()) {
    if (c.entry == produce::Candidate::kNone) continue;
    listed.emplace_back(c.begin, c.end);
    named.insert(gazetteer_->entry(c.entry).canonical);
  }
  std::sort(listed.begin(), listed.end());
  const auto skip = [&](std::size_t token) {
    const tokens::Token& t = text.tokens[token];
    return std::any_of(listed.begin(), listed.end(), [&](const auto& span) {
      return span.first < t.end && t.begin < span.second;
    });
  };
  const auto named_right = [&](std::string_view canonical) { return named.count(canonical) > 0; };
  for (const Misspelling& found : finder_.find(text, skip, named_right)) {
    const tokens::Token& t = text.tokens[found.token];
    produce::Candidate c;
    c.begin = t.begin;
    c.end = t.end;
    c.type = gazetteer_->entry(found.match.target).type;
    c.producer = id_;
    c.entry = found.match.target;
    c.distance = static_cast<std::uint8_t>(found.match.distance);
    candidates.add(c);
  }
}

}  // namespace gazette::match
