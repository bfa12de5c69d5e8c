#include "match/context_matcher.h"

#include <algorithm>
#include <bitset>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "match/context_words.h"
#include "match/legal_suffix.h"
#include "match/name_runs.h"
#include "match/word_glue.h"

namespace gazette::match {
namespace {

using namespace context;

// Collects one document's context matches: each span once (two rules may see the same name,
// "le laboratoire LIRMM (UMR ...)"), and never a name glued into a longer word or a person's.
class Emitter {
 public:
  Emitter(const normalise::Normalised& f, const std::vector<Token>& tokens, const FirstNames* first_names,
          std::vector<ContextMatch>& out)
      : f_(f), tokens_(tokens), first_names_(first_names), out_(out) {}

  void operator()(std::size_t first, std::size_t last, std::size_t end, EntryType type) {
    if (glued_to_longer_word(f_, tokens_, first, last)) return;
    // "Martine Orange", "Manuel Valls" and "le groupe Hervé (de La Martinière)": people.
    if (first_names_ && (first_names_->precede(f_, tokens_, first) || first_names_->contains(tokens_[first]))) return;
    add(tokens_[first].begin, end ? end : tokens_[last].end, type);
  }

  // A span already checked by the caller.
  void add(std::size_t begin, std::size_t end, EntryType type) {
    if (seen_begins_.insert(begin).second) out_.push_back({begin, end, type});
  }

  const FirstNames* first_names() const { return first_names_; }

 private:
  const normalise::Normalised& f_;
  const std::vector<Token>& tokens_;
  const FirstNames* first_names_;
  std::vector<ContextMatch>& out_;
  std::unordered_set<std::size_t> seen_begins_;
};

// Hash of the token that starts at folded offset `begin` (a match always starts on a token).
std::uint64_t first_token_hash(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t begin) {
  const auto it = std::lower_bound(tokens.begin(), tokens.end(), begin,
                                   [](const Token& t, std::size_t offset) { return t.begin < offset; });
  return it != tokens.end() && it->begin == begin ? it->hash : hash_bytes(std::string_view(f.text).substr(begin, 1));
}

// The first token of a capitalised name that ends right before tokens[t] and starts a clause
// (the text's start, a line break or punctuation before it), or kNone. Sentence-initial
// function words ("En 2019, Paris ...") are kept out by is_name_word.
std::size_t clause_subject(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t t) {
  if (t == 0 || !spaces_only(f, tokens[t - 1].end, tokens[t].begin)) return kNone;
  // "Matricis.ai développe": a name written with its web domain.
  if (t >= 3 && tokens[t - 1].word && !tokens[t - 2].word && f.text[tokens[t - 2].begin] == '.' &&
      tokens[t - 2].begin == tokens[t - 3].end && tokens[t - 1].begin == tokens[t - 2].end &&
      !f.upper[tokens[t - 1].begin] && tokens[t - 1].end - tokens[t - 1].begin <= 4)
    t -= 2;
  if (!is_name_word(f, tokens[t - 1])) return kNone;
  std::size_t first = t - 1;
  while (first > 0 && t - first < kMaxNameWords && is_name_word(f, tokens[first - 1]) &&
         (spaces_only(f, tokens[first - 1].end, tokens[first].begin) ||
          hyphen_joined(f, tokens[first - 1], tokens[first])))
    --first;
  const bool clause_start =
      first == 0 || !tokens[first - 1].word || f.text.find('\n', tokens[first - 1].end) < tokens[first].begin;
  if (!clause_start) return kNone;
  // "Société Silios Technologies développe": the generic head is not part of the name.
  if (first + 1 < t && generic_heads().contains(tokens[first])) ++first;
  return first;
}

// A name written the way companies write theirs and people and places do not: two capitals in
// a word ("inHEART", "EXA"), or a digit ("4DViews").
bool company_shaped(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t first,
                    std::size_t last) {
  for (std::size_t t = first; t <= last; ++t) {
    std::size_t capitals = 0;
    for (std::size_t b = tokens[t].begin; b < tokens[t].end; ++b) {
      if (f.upper[b]) ++capitals;
      if (f.text[b] >= '0' && f.text[b] <= '9') return true;
    }
    if (capitals >= 2) return true;
  }
  return false;
}

// Where the document speaks of something as a product: "la plateforme DIAGNOW", "GEENG a conçu
// DIAGNOW", "DIAGNOW, une plateforme web". Built once per document, on first need, so that a
// test costs two hash probes however long the document.
class ProductCues {
 public:
  bool names(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t first, std::size_t last) {
    if (!built_) build(f, tokens);
    return first_tokens_.count(tokens[first].hash) || last_tokens_.count(tokens[last].hash);
  }

 private:
  void build(const normalise::Normalised& f, const std::vector<Token>& tokens) {
    built_ = true;
    for (std::size_t i = 1; i < tokens.size(); ++i) {
      if (product_nouns().contains(tokens[i - 1]) ||
          (i > 1 && product_makers().contains(tokens[i - 1]) && token_text(f, tokens[i - 2]) == "a"))
        first_tokens_.insert(tokens[i].hash);
      if (i + 3 < tokens.size() && token_text(f, tokens[i + 1]) == "," &&
          (token_text(f, tokens[i + 2]) == "une" || token_text(f, tokens[i + 2]) == "un") &&
          product_nouns().contains(tokens[i + 3]))
        last_tokens_.insert(tokens[i].hash);
    }
  }

  bool built_ = false;
  std::unordered_set<std::uint64_t> first_tokens_;  // a name starting here follows a product noun
  std::unordered_set<std::uint64_t> last_tokens_;   // a name ending here is followed by ", une plateforme"
};

// "Anthropic, Armada, Amazon Web Services": a capitalised name listed between two known
// companies, with only commas and "et"/"ou" around it, is a company too.
void find_list_members(const normalise::Normalised& f, const std::vector<Token>& tokens,
                       const std::vector<ContextMatch>& known, Emitter& emit) {
  const auto token_at = [&](std::size_t offset) {
    return static_cast<std::size_t>(std::lower_bound(tokens.begin(), tokens.end(), offset,
                                                     [](const Token& t, std::size_t o) { return t.begin < o; }) -
                                    tokens.begin());
  };
  const auto is_separator = [&](const Token& t) {
    const std::string_view s = token_text(f, t);
    return s == "," || s == "et" || s == "ou";
  };
  for (std::size_t k = 1; k < known.size(); ++k) {
    const ContextMatch& left = known[k - 1];
    const ContextMatch& right = known[k];
    if (left.type != EntryType::company || right.type != EntryType::company || right.begin <= left.end) continue;
    const std::size_t from = token_at(left.end), to = token_at(right.begin);
    if (from >= to || to - from > 16 || !is_separator(tokens[from]) || !is_separator(tokens[to - 1])) continue;
    // The gap must be separators and capitalised names only; collect the names.
    std::vector<std::pair<std::size_t, std::size_t>> members;
    bool list = true;
    for (std::size_t t = from; t < to && list;) {
      if (is_separator(tokens[t])) {
        ++t;
        continue;
      }
      if (!is_name_word(f, tokens[t]) && !is_acronym(f, tokens[t])) {
        list = false;
        break;
      }
      std::size_t last = t;
      while (last + 1 < to && !is_separator(tokens[last + 1]) && last - t < 2 &&
             (spaces_only(f, tokens[last].end, tokens[last + 1].begin) ||
              hyphen_joined(f, tokens[last], tokens[last + 1])) &&
             tokens[last + 1].word && has_upper(f, tokens[last + 1]))
        ++last;
      if (last + 1 < to && !is_separator(tokens[last + 1])) list = false;
      members.emplace_back(t, last);
      t = last + 1;
    }
    if (!list) continue;
    for (const auto& [first, last] : members) emit(first, last, 0, EntryType::company);
  }
}

// Whether a word of `words` stands within `reach` tokens before or after tokens[at].
bool near_words(const std::vector<Token>& tokens, std::size_t at, std::size_t reach, const WordSet& words) {
  const std::size_t from = at > reach ? at - reach : 0;
  const std::size_t to = std::min(tokens.size(), at + reach + 1);
  for (std::size_t t = from; t < to; ++t)
    if (t != at && words.contains(tokens[t])) return true;
  return false;
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The name a trigger noun describes from after it: "Amarob, spin-off issue de ...",
// "UNGUARD TX est une entreprise ...", "Renault, le constructeur ...".
void find_name_before(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t noun,
                      const Trigger& trigger, Emitter& emit) {
  if (noun == 0) return;
  std::size_t t = noun - 1;
  if (t > 0 && skippable_adjectives().contains(tokens[t]) && !f.upper[tokens[t].begin]) --t;
  std::string_view determiner;
  if (t > 0 && determiners().contains(tokens[t]) && !f.upper[tokens[t].begin]) {
    determiner = token_text(f, tokens[t]);
    --t;
  }
  const std::string_view link = token_text(f, tokens[t]);
  // "UNGUARD TX est une entreprise", "Astrachain est éditeur de ..." -- but "est une entreprise
  // audacieuse" speaks of an undertaking.
  const bool undertaking = noun + 1 < tokens.size() && token_text(f, tokens[noun]) == "entreprise" &&
                           undertaking_adjectives().contains(tokens[noun + 1]);
  const bool copula = link == "est" && !f.upper[tokens[t].begin] && !undertaking;
  // "Amarob, spin-off de ...", "Argobio, un start-up studio", but not "À Lyon, la start-up X":
  // after a comma, a definite article introduces the next name, not the previous one.
  // ("À Bessan, un groupe de manifestants", "Motörhead, groupe de rock": a "groupe" after a
  // name is any group.)
  const bool apposition = link == "," && token_text(f, tokens[noun]) != "groupe" &&
                          (determiner.empty() || determiner == "un" || determiner == "une");
  if (!(copula || apposition) || t == 0) return;
  std::size_t last = t - 1;
  // "ImmunID™ est une société": a trademark sign after the name is not part of it.
  const std::string_view sign = token_text(f, tokens[last]);
  if (last > 0 && (sign == "\xE2\x84\xA2" || sign == "\xC2\xAE")) --last;
  if (!tokens[last].word) return;
  if (trigger.follows == Follows::acronym) {
    if (!is_acronym(f, tokens[last]) || lab_parents().contains(tokens[last])) return;
    emit(acronym_start(f, tokens, last), last, 0, trigger.type);
    return;
  }
  if (!is_name_word(f, tokens[last])) return;
  std::size_t first = last;
  while (first > 0 && last - first + 1 < kMaxNameWords && is_name_word(f, tokens[first - 1]) &&
         (spaces_only(f, tokens[first - 1].end, tokens[first].begin) ||
          hyphen_joined(f, tokens[first - 1], tokens[first])))
    --first;
  emit(first, last, 0, trigger.type);
}

// "GREYC (CNRS ...)", "LIRMM (UMR 5506)", "LEPES/unité propre CNRS": an acronym right before
// a bracketed or slashed parent is a lab.
void acronym_before_parent(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t i,
                           Emitter& emit) {
  const char c = f.text[tokens[i].begin];
  if ((c != '(' && c != '/') || i == 0 || i + 1 >= tokens.size() || !is_acronym(f, tokens[i - 1]) ||
      lab_parents().contains(tokens[i - 1]))
    return;
  const std::string_view next = token_text(f, tokens[i + 1]);
  // After a slash only a unit's kind counts: "INPT/CNRS" joins a school to its parent.
  const bool parent = c == '(' ? lab_parents().contains(tokens[i + 1])
                               : next == "unite" || next == "equipe" || next == "umr";
  if (c == '/' && tokens[i].begin != tokens[i - 1].end) return;  // "LEPES/unité", glued
  if (parent) emit(acronym_start(f, tokens, i - 1), i - 1, 0, EntryType::lab);
}

// "UMR 5506", "UMR-S 1234": a joint research unit named by its number. In "UMR CNRS 5130" the
// parent's name stands between them and is a mention of its own. True when tokens[i] is "UMR".
bool unit_number(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t i, Emitter& emit) {
  if (token_text(f, tokens[i]) != "umr" || !f.upper[tokens[i].begin]) return false;
  const std::size_t n = tokens.size();
  std::size_t t = i + 1;
  if (t < n && token_text(f, tokens[t]) == "s" && hyphen_joined(f, tokens[i], tokens[t])) ++t;
  if (t < n && all_digits(token_text(f, tokens[t])) && token_text(f, tokens[t]).size() >= 3 &&
      spaces_only(f, tokens[t - 1].end, tokens[t].begin))
    emit(i, t, 0, EntryType::lab);
  return true;
}

// "Quandela SAS", "Acme Inc.": a legal form after a capitalised name. True when tokens[i] is one.
bool legal_form_after_name(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t i,
                           Emitter& emit) {
  if (i == 0 || !f.upper[tokens[i].begin] || !tokens[i - 1].word || !has_upper(f, tokens[i - 1])) return false;
  const std::size_t suffix_end = legal_suffix_end(f, tokens, i);
  if (!suffix_end) return false;
  std::size_t first = i - 1;
  while (first > 0 && i - first < kMaxNameWords && tokens[first - 1].word && has_upper(f, tokens[first - 1]) &&
         (spaces_only(f, tokens[first - 1].end, tokens[first].begin) ||
          hyphen_joined(f, tokens[first - 1], tokens[first])) &&
         !not_names().contains(tokens[first - 1]))
    --first;
  if (!not_names().contains(tokens[first])) emit(first, i - 1, suffix_end, EntryType::company);
  return true;
}

// "Carembouche a été fondée en 2021", "Ynsect, créée en 2011 par ...": founded, so a company.
void founding(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t i, Emitter& emit) {
  const Token& tok = tokens[i];
  if (!founded_participles().contains(tok) || f.upper[tok.begin] || i + 1 >= tokens.size() ||
      !founded_followers().contains(tokens[i + 1]) || (i > 0 && hyphen_joined(f, tokens[i - 1], tok)))
    return;
  std::size_t t = i;
  if (t >= 2 && token_text(f, tokens[t - 1]) == "ete" && token_text(f, tokens[t - 2]) == "a") t -= 2;
  if (t >= 1 && token_text(f, tokens[t - 1]) == ",") --t;
  const std::size_t first = clause_subject(f, tokens, t);
  if (first != kNone) emit(first, t - 1, 0, EntryType::company);
}

// "UGIEL déploie ...", "Smart Impulse commercialise ...", "Emobot a levé ...": a subject that
// starts its sentence and does what only companies do. With verbs people and places also take
// ("propose", "vise"), only a company-shaped name the document never names as a product.
void activity_verb(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t i,
                   ProductCues& products, Emitter& emit) {
  const Token& tok = tokens[i];
  if (f.upper[tok.begin] || i == 0) return;
  const bool strong = company_verbs().contains(tok);
  const bool weak = weak_company_verbs().contains(tok);
  if (!strong && !weak && !(company_participles().contains(tok) && token_text(f, tokens[i - 1]) == "a")) return;
  const std::size_t t = strong || weak ? i : i - 1;
  const std::size_t first = clause_subject(f, tokens, t);
  if (first == kNone) return;
  if (weak && (!company_shaped(f, tokens, first, t - 1) || products.names(f, tokens, first, t - 1))) return;
  emit(first, t - 1, 0, EntryType::company);
}

// "Institut FEMTO-ST", "l'institut Curie", "Laboratoire Hubert Curien": the head is part of the
// lab's name ("le Laboratoire IREMIA" names IREMIA: before an acronym the head is a generic
// apposition). Returns the name's last token, or kNone.
std::size_t named_head(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t i, Emitter& emit) {
  const std::string_view word = token_text(f, tokens[i]);
  const bool institute = word == "institut";
  const bool laboratory =
      word == "laboratoire" && f.upper[tokens[i].begin] && (i + 1 >= tokens.size() || !is_acronym(f, tokens[i + 1]));
  if (!institute && !laboratory) return kNone;
  const std::size_t last = titled_run(f, tokens, i + 1);
  if (last != kNone) emit(i, last, 0, EntryType::lab);
  return last;
}

// A trigger noun and the name it introduces: "la start-up AcuSurgical", "la firme japonaise
// SoftBank", "le laboratoire LIRMM" -- and the name it describes from after it ("Amarob,
// spin-off de"). In lower case: capitalised, the noun may be a name's own head ("Groupe
// Casino"), except before an acronym ("Le Laboratoire LIRMM"). Returns the name's last token,
// or kNone.
std::size_t trigger_noun(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t i,
                         Emitter& emit) {
  const TriggerTable& table = triggers();
  const Token& tok = tokens[i];
  if (!table.may_start(tok.hash)) return kNone;
  const std::size_t n = tokens.size();
  const bool capitalised = f.upper[tok.begin];
  const Trigger* trigger = nullptr;
  std::size_t after = 0;
  std::uint64_t sequence = kSequenceSeed;
  for (std::size_t j = i; j < n && j < i + 3; ++j) {
    if (j > i && (!tokens[j].word || f.upper[tokens[j].begin])) break;
    sequence = extend_sequence(sequence, tokens[j].hash);
    const TriggerTable::Node* node = table.find(sequence);
    if (!node) break;
    if (node->complete) {
      trigger = &node->trigger;
      after = j + 1;
    }
    if (!node->has_longer) break;
  }
  if (!trigger || (capitalised && trigger->follows != Follows::acronym)) return kNone;
  if (token_text(f, tok) == "groupe" && near_words(tokens, i, 3, not_company_groups())) return kNone;
  if (!capitalised) find_name_before(f, tokens, i, *trigger, emit);
  std::size_t start = after;
  for (int skipped = 0; skipped < 3 && start < n && tokens[start].word && !f.upper[tokens[start].begin] &&
                        skippable_adjectives().contains(tokens[start]);
       ++skipped)
    ++start;
  if (start >= n || !spaces_only(f, tokens[start - 1].end, tokens[start].begin)) return kNone;
  const std::size_t last =
      trigger->follows == Follows::acronym ? acronym_run(f, tokens, start) : capitalised_run(f, tokens, start);
  if (last == kNone) return kNone;
  // "L'équipe HUBLEX conçoit et commercialise ...": a start-up's team, not a research team.
  const EntryType type = trigger->type == EntryType::lab && last + 1 < n && company_verbs().contains(tokens[last + 1])
                             ? EntryType::company
                             : trigger->type;
  const std::size_t end = type == EntryType::company ? legal_suffix_end(f, tokens, last + 1) : 0;
  emit(start, last, end, type);
  return last;
}

// "Pakistan International Airlines (PIA)", "Emglev Therapeutics (EMGLEV)": an acronym in
// brackets right after a name is that name's acronym.
void bracketed_acronym(const normalise::Normalised& f, const std::vector<Token>& tokens, const ContextMatch& name,
                       Emitter& emit) {
  const std::size_t n = tokens.size();
  const auto after = std::lower_bound(tokens.begin(), tokens.end(), name.end,
                                      [](const Token& t, std::size_t offset) { return t.begin < offset; });
  const std::size_t open = static_cast<std::size_t>(after - tokens.begin());
  if (open + 2 >= n || token_text(f, tokens[open]) != "(" || !spaces_only(f, name.end, tokens[open].begin)) return;
  const std::size_t last = acronym_run(f, tokens, open + 1);
  if (last == kNone || last + 1 >= n || token_text(f, tokens[last + 1]) != ")") return;
  if (lab_parents().contains(tokens[open + 1])) return;  // "GREYC (CNRS)" names the parent
  emit(open + 1, last, 0, name.type);
}

// Finds the names learnt in out[first_new..] wherever the document repeats them, spelled the
// same way.
void repeat_learnt(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t first_new,
                   std::vector<ContextMatch>& out, Emitter& emit) {
  struct Learnt {
    std::string key;        // folded text of the span
    std::string case_bits;  // 'U' or 'l' per folded byte
    EntryType type;
  };
  std::vector<Learnt> learnt;
  std::unordered_multimap<std::uint64_t, std::size_t> by_first_token;  // hash of the first token -> learnt
  std::bitset<4096> learnt_filter;  // most tokens start no learnt name: one bit test says so
  for (std::size_t m = first_new; m < out.size(); ++m) {
    Learnt l{f.text.substr(out[m].begin, out[m].end - out[m].begin), {}, out[m].type};
    if (l.key.size() < 3) continue;
    const std::uint64_t first_hash = first_token_hash(f, tokens, out[m].begin);
    const auto range = by_first_token.equal_range(first_hash);
    if (std::any_of(range.first, range.second, [&](const auto& e) { return learnt[e.second].key == l.key; })) continue;
    for (std::size_t b = out[m].begin; b < out[m].end; ++b) l.case_bits.push_back(f.upper[b] ? 'U' : 'l');
    by_first_token.emplace(first_hash, learnt.size());
    learnt_filter.set(first_hash & (learnt_filter.size() - 1));
    learnt.push_back(std::move(l));
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
      bool same_case = true;
      for (std::size_t b = 0; b < l.case_bits.size() && same_case; ++b)
        same_case = (f.upper[begin + b] != 0) == (l.case_bits[b] == 'U');
      if (!same_case || glued_to_longer_word(f, tokens, i, last)) continue;
      // "Ironman 70.3", "Vol 661": followed by a number, the name names something else.
      if (last + 1 < n && tokens[last + 1].word && f.text[tokens[last + 1].begin] >= '0' &&
          f.text[tokens[last + 1].begin] <= '9' && spaces_only(f, tokens[last].end, tokens[last + 1].begin))
        continue;
      if (emit.first_names() && emit.first_names()->precede(f, tokens, i)) continue;
      emit.add(begin, end, l.type);
    }
  }
}

}  // namespace

void ContextMatcher::find(const normalise::Normalised& f, const std::vector<Token>& tokens,
                          const std::vector<ContextMatch>& known, std::vector<ContextMatch>& out) const {
  const std::size_t first_new = out.size();
  Emitter emit(f, tokens, first_names_.get(), out);
  ProductCues products;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].word) {
      acronym_before_parent(f, tokens, i, emit);
      continue;
    }
    if (unit_number(f, tokens, i, emit) || legal_form_after_name(f, tokens, i, emit)) continue;
    founding(f, tokens, i, emit);
    activity_verb(f, tokens, i, products, emit);
    if (const std::size_t last = named_head(f, tokens, i, emit); last != kNone) {
      i = last;
      continue;
    }
    if (const std::size_t last = trigger_noun(f, tokens, i, emit); last != kNone) i = last;
  }

  const std::size_t found_by_rules = out.size();
  for (const ContextMatch& name : known) bracketed_acronym(f, tokens, name, emit);
  find_list_members(f, tokens, known, emit);
  for (std::size_t m = first_new; m < found_by_rules; ++m) bracketed_acronym(f, tokens, out[m], emit);
  repeat_learnt(f, tokens, first_new, out, emit);
}

}  // namespace gazette::match
