// Helpers shared by the matcher tests: the shipped word lists, a gazetteer from inline TSV, and
// the surfaces producers find.
#pragma once
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "lang/lexicon.h"
#include "match/builtin_gazetteers.h"
#include "match/gazetteer.h"
#include "match/name_matcher.h"
#include "match/words.h"
#include "resolve/resolver.h"
#include "tokens/text.h"

namespace gazette::test {

inline const lang::Lexicon& lexicon() {
  static const std::shared_ptr<const lang::Lexicon> shipped = [] {
    std::string error;
    auto loaded = lang::Lexicon::load("fr", "", error);
    if (!loaded) throw std::runtime_error(error);
    return loaded;
  }();
  return *shipped;
}

inline std::shared_ptr<const match::MatchWords> words() {
  static const auto shared = std::make_shared<const match::MatchWords>(lexicon());
  return shared;
}

inline std::shared_ptr<const match::FirstNames> first_names() {
  static const auto shared =
      std::make_shared<const match::FirstNames>(match::builtin_first_names(), lexicon().words("name-particles"));
  return shared;
}

inline std::shared_ptr<const match::Gazetteer> gazetteer_from(const std::string& rows) {
  auto g = std::make_shared<match::Gazetteer>();
  match::GazetteerError error;
  const std::string text = "canonical\ttype\taliases\tids\tflags\n" + rows;
  if (!g->add_tsv("test.tsv", text, error)) throw std::runtime_error(error.message());
  g->finish();
  return g;
}

struct Found {
  std::string surface, canonical;
  produce::EntityType type;
  std::string source;
};

// The surface of each candidate (in the order added, or resolved and in text order).
inline std::vector<Found> surfaces_of(const std::string& original, const tokens::Text& text,
                                      const produce::CandidateSet& candidates,
                                      const produce::ProducerRegistry& registry, const match::Gazetteer* gazetteer,
                                      bool resolved) {
  std::vector<std::uint32_t> order;
  if (resolved) {
    order = resolve::resolve_overlaps(candidates, registry);
  } else {
    for (std::uint32_t i = 0; i < candidates.size(); ++i) order.push_back(i);
  }
  std::vector<Found> out;
  for (const std::uint32_t i : order) {
    const produce::Candidate& c = candidates.all()[i];
    const std::size_t b = text.folded.original_begin(c.begin), e = text.folded.original_end(c.end);
    const std::string surface = original.substr(b, e - b);
    const std::string canonical = gazetteer && c.entry != produce::Candidate::kNone
                                      ? std::string(gazetteer->entry(c.entry).canonical)
                                      : surface;
    out.push_back({surface, canonical, c.type, registry[c.producer].name});
  }
  return out;
}

// A gazetteer's names and patterns, without first names unless given.
class NameFinder {
 public:
  explicit NameFinder(std::shared_ptr<const match::Gazetteer> gazetteer,
                      std::shared_ptr<const match::FirstNames> people = nullptr)
      : gazetteer_(gazetteer), names_(gazetteer, words(), people, registry_), patterns_(gazetteer, registry_) {}

  std::vector<Found> find(const std::string& original) const {
    const tokens::Text text = tokens::analyse(original);
    produce::CandidateSet candidates;
    names_.produce(text, candidates);
    patterns_.produce(text, candidates);
    return surfaces_of(original, text, candidates, registry_, gazetteer_.get(), false);
  }

 private:
  std::shared_ptr<const match::Gazetteer> gazetteer_;
  produce::ProducerRegistry registry_;
  match::GazetteerNames names_;
  match::GazetteerPatterns patterns_;
};

inline std::vector<std::string> surfaces(const std::vector<Found>& found) {
  std::vector<std::string> out;
  for (const auto& f : found) out.push_back(f.surface);
  return out;
}

}  // namespace gazette::test
