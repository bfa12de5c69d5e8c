// The rules that read what the others found: an acronym in brackets after a name, and a name
// found once, found again wherever the document repeats it.
#include <algorithm>
#include <bitset>
#include <unordered_map>

#include "match/acronym_definitions.h"
#include "match/context_rule_support.h"

namespace gazette::match::context {
namespace {

// The index of the first token starting at or after folded offset `offset`.
std::size_t token_from(const std::vector<Token>& tokens, std::size_t offset) {
  return static_cast<std::size_t>(std::lower_bound(tokens.begin(), tokens.end(), offset,
                                                   [](const Token& t, std::size_t o) { return t.begin < o; }) -
                                  tokens.begin());
}

}  // namespace

// "Pakistan International Airlines (PIA)", "Emglev Therapeutics (EMGLEV)": an acronym in
// brackets right after a name (a gazetteer's or a rule's) is that name's acronym; and "LaBRI
// (Laboratoire Bordelais de recherche Informatique)": a phrase in brackets after a lab's acronym
// that it spells out is the lab's name.
void bracketed_acronym(RuleContext& r) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  const std::size_t n = tokens.size();
  const std::size_t found = r.out.size();  // not the acronyms this rule adds
  for (std::size_t k = 0; k < found; ++k) {
    const produce::Candidate name = r.out.all()[k];
    const std::size_t open = token_from(tokens, name.end);
    if (open + 2 >= n || r.text(tokens[open]) != "(" || !spaces_only(f, name.end, tokens[open].begin)) continue;
    const std::size_t first = token_from(tokens, name.begin);
    // Labs only: a lab's name keeps lower-case words that cut the other rules' runs ("de
    // recherche"), which companies' names seldom do.
    if (first + 1 == open && name.type == produce::EntityType::lab) {
      // A lab's name opens with a capital; an acronym of three letters or more.
      std::size_t capitals = 0;
      for (std::uint32_t b = tokens[first].begin; b < tokens[first].end; ++b) capitals += f.upper[b] != 0;
      const std::size_t end = spelling_in_brackets(f, tokens, r.w, first);
      if (end != n && capitals >= 3 && f.upper[tokens[open + 1].begin]) {
        r.emit(open + 1, end, 0, name.type);
        continue;
      }
    }
    const std::size_t last = acronym_run(r.w, f, tokens, open + 1);
    if (last == kNone || last + 1 >= n || r.text(tokens[last + 1]) != ")") continue;
    if (r.w.lab_parents.contains(f.text, tokens[open + 1])) continue;  // "GREYC (CNRS)" names the parent
    r.emit(open + 1, last, 0, name.type);
  }
}

// Finds the names the rules learnt wherever the document repeats them, spelled the same way.
void repeated(RuleContext& r) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  struct Learnt {
    std::string key;        // folded text of the span
    std::string case_bits;  // 'U' or 'l' per folded byte
    produce::EntityType type;
  };
  std::vector<Learnt> learnt;
  std::unordered_multimap<std::uint64_t, std::size_t> by_first_token;  // hash of the first token -> learnt
  std::bitset<4096> learnt_filter;  // most tokens start no learnt name: one bit test says so
  // A candidate always starts on a token.
  const auto learn = [&](std::size_t first, std::size_t begin, std::size_t end, produce::EntityType type) {
    Learnt l{f.text.substr(begin, end - begin), {}, type};
    if (l.key.size() < 3) return;
    for (std::size_t b = begin; b < end; ++b) l.case_bits.push_back(f.upper[b] ? 'U' : 'l');
    const std::uint64_t first_hash = tokens[first].hash;
    const auto range = by_first_token.equal_range(first_hash);
    // "KALSIOM SAS" and "Kalsiom" are two spellings to look for.
    if (std::any_of(range.first, range.second, [&](const auto& e) {
          return learnt[e.second].key == l.key && learnt[e.second].case_bits == l.case_bits;
        }))
      return;
    by_first_token.emplace(first_hash, learnt.size());
    learnt_filter.set(first_hash & (learnt_filter.size() - 1));
    learnt.push_back(std::move(l));
  };
  const std::size_t found = r.out.size();
  for (std::size_t m = r.first_context; m < found; ++m) {
    const produce::Candidate c = r.out.all()[m];
    const std::size_t first = token_from(tokens, c.begin);
    learn(first, c.begin, c.end, c.type);
    // "La société STANDING OVATION SAS ... de STANDING OVATION est": later mentions drop the
    // legal form.
    if (c.name_end > c.begin && c.name_end < c.end) learn(first, c.begin, c.name_end, c.type);
  }
  const std::size_t n = tokens.size();
  for (std::size_t i = 0; i < n && !learnt.empty(); ++i) {
    if (!learnt_filter.test(tokens[i].hash & (learnt_filter.size() - 1))) continue;
    const auto range = by_first_token.equal_range(tokens[i].hash);
    for (auto it = range.first; it != range.second; ++it) {
      const Learnt& l = learnt[it->second];
      const std::size_t begin = tokens[i].begin;
      const std::size_t end = begin + l.key.size();
      if (end > f.text.size() || f.text.compare(begin, l.key.size(), l.key) != 0) continue;
      // Whole tokens only: the span must end where a token ends.
      std::size_t last = i;
      while (last + 1 < n && tokens[last].end < end) ++last;
      if (tokens[last].end != end) continue;
      // "Somno Engineering ... Somno engineering a développé": after its first word, a name's
      // words may lose or gain their capital; the letters after it keep their case.
      bool same_case = true;
      for (std::size_t b = 0, t = i; b < l.case_bits.size() && same_case; ++b) {
        while (tokens[t].end <= begin + b) ++t;
        const bool word_initial = t > i && tokens[t].begin == begin + b && tokens[t].word;
        same_case = word_initial || (f.upper[begin + b] != 0) == (l.case_bits[b] == 'U');
      }
      if (!same_case) continue;
      // "Ironman 70.3", "Vol 661": followed by a number, the name names something else.
      if (last + 1 < n && tokens[last + 1].word && f.text[tokens[last + 1].begin] >= '0' &&
          f.text[tokens[last + 1].begin] <= '9' && spaces_only(f, tokens[last].end, tokens[last + 1].begin))
        continue;
      r.emit(i, last, end, l.type);
    }
  }
}

}  // namespace gazette::match::context
