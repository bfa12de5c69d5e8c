// Helpers shared by the matcher tests: a gazetteer from inline TSV and the surfaces it finds.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "match/gazetteer.h"
#include "match/name_matcher.h"
#include "normalise/normaliser.h"

namespace gazette::test {

inline std::shared_ptr<const match::Gazetteer> gazetteer_from(const std::string& rows) {
  auto g = std::make_shared<match::Gazetteer>();
  match::GazetteerError error;
  const std::string text = "canonical\ttype\taliases\tids\tflags\n" + rows;
  if (!g->add_tsv("test.tsv", text, error)) throw std::runtime_error(error.message());
  return g;
}

struct Found {
  std::string surface, canonical;
};

inline std::vector<Found> find_names(const match::NameMatcher& matcher, const std::string& original) {
  const normalise::Normalised folded = normalise::normalise(original);
  match::MatchScratch scratch;
  std::vector<match::NameMatch> matches;
  matcher.find(folded, scratch, matches);
  std::vector<Found> out;
  for (const auto& m : matches) {
    const std::size_t b = folded.original_begin(m.begin), e = folded.original_end(m.end);
    out.push_back({original.substr(b, e - b), matcher.gazetteer().entries()[m.entry].canonical});
  }
  return out;
}

inline std::vector<std::string> surfaces(const std::vector<Found>& found) {
  std::vector<std::string> out;
  for (const auto& f : found) out.push_back(f.surface);
  return out;
}

}  // namespace gazette::test
