#include "match/carried_projects.h"

#include <algorithm>

#include "match/name_runs.h"

namespace gazette::match {

std::vector<std::uint64_t> carried_projects(const MatchWords& w, const normalise::Normalised& f,
                                            const std::vector<tokens::Token>& tokens) {
  std::vector<std::uint64_t> keys;
  const std::size_t n = tokens.size();
  const auto text = [&](std::size_t t) { return token_text(f, tokens[t]); };
  const auto article = [&](std::size_t t) { return text(t) == "la" || text(t) == "le" || text(t) == "l"; };
  // "la start-up Y", "la société Y".
  const auto company_noun_at = [&](std::size_t t) {
    std::size_t after = 0;
    const Trigger* trigger = trigger_at(w, f, tokens, t, after);
    return trigger && trigger->type == produce::EntityType::company;
  };
  // "porté par Y", "mené par la start-up Y".
  const auto carrier = [&](std::size_t t) {
    return w.project_carriers.contains(f.text, tokens[t]) && ends_accented(f, tokens[t]) && text(t + 1) == "par";
  };
  // Read at every token of every document: the two words it looks for are compared by hash.
  static const std::uint64_t kProject = tokens::hash_bytes("projet"), kComma = tokens::hash_bytes(",");
  for (std::size_t i = 0; i + 4 < n; ++i) {
    const std::uint64_t h = tokens[i].hash;
    if (h == kProject && !f.upper[tokens[i].begin]) {
      std::size_t last = capitalised_run(w, f, tokens, i + 1);
      if (last == kNone) continue;
      // "ProbEp'Innov" is one name.
      while (last + 1 < n && apostrophe_joined(f, tokens[last], tokens[last + 1]) && has_upper(f, tokens[last + 1]))
        ++last;
      if (last + 3 >= n) continue;
      std::size_t t = last + 1;
      if (text(t) == ",") ++t;
      if (t < n && text(t) == "est") ++t;
      if (t + 3 >= n) continue;
      const bool carried = carrier(t) && (has_upper(f, tokens[t + 2]) || article(t + 2));
      // "de la start-up Y", "de la société Y".
      const bool owned = text(t) == "de" && (text(t + 1) == "la" || text(t + 1) == "l") && company_noun_at(t + 2);
      // "Eden Microfluidics, via le projet EdenCleantech, se positionne": someone acts through it.
      const bool through = i >= 2 && text(i - 2) == "via" && (text(i - 1) == "le" || text(i - 1) == "son");
      if (carried || owned || through) keys.push_back(tokens::sequence_of(tokens, i + 1, last));
    } else if (h == kComma && i >= 2 && carrier(i + 1) && article(i + 3) && company_noun_at(i + 4)) {
      // "L'objectif de MEDICING, porté par la start-up DIAGNOLY": without the word "projet", only
      // a carrier the document calls a company ("porté par ses ventes" carries no project).
      const std::size_t last = i - 1;
      if (tokens[last].word && has_upper(f, tokens[last]))
        keys.push_back(tokens::sequence_of(tokens, name_start(w, f, tokens, last), last));
    }
  }
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
  return keys;
}

}  // namespace gazette::match
