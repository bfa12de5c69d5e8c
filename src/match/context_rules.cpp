#include "match/context_rules.h"

#include <algorithm>
#include <bitset>
#include <stdexcept>
#include <unordered_map>

#include "match/carried_projects.h"
#include "match/context_rule_support.h"
#include "match/word_glue.h"

namespace gazette::match {
namespace {

using context::RuleContext;
using TokenRule = void (*)(RuleContext&, std::size_t);
using DocumentRule = void (*)(RuleContext&);
// The words a token rule starts from: it runs only at tokens that are one of them.
using Anchors = std::vector<std::string> (*)(const MatchWords&);

std::vector<std::string> words_of(std::initializer_list<const tokens::WordSet*> sets) {
  std::vector<std::string> out;
  for (const tokens::WordSet* set : sets) set->for_each([&](std::string_view w) { out.emplace_back(w); });
  return out;
}

std::vector<std::string> trigger_anchors(const MatchWords& w) { return words_of({&w.trigger_starts}); }
std::vector<std::string> legal_form_anchors(const MatchWords& w) {
  std::vector<std::string> out = words_of({&w.legal_forms_capital, &w.legal_forms_word, &w.legal_forms_titled});
  // Dotted forms ("S.A.S.") start with their first letter.
  w.legal_forms_capital.for_each([&](std::string_view form) { out.emplace_back(form.substr(0, 1)); });
  return out;
}
std::vector<std::string> founded_anchors(const MatchWords& w) { return words_of({&w.founded_participles}); }
std::vector<std::string> verb_anchors(const MatchWords& w) {
  std::vector<std::string> out =
      words_of({&w.company_verbs, &w.weak_company_verbs, &w.company_participles, &w.reflexive_company_verbs,
                &w.company_verb_phrase_starts, &w.company_infinitives});
  out.insert(out.end(), {"leve", "levent", "lever"});  // "lève 5 millions d'euros"
  return out;
}
std::vector<std::string> role_anchors(const MatchWords& w) {
  return words_of({&w.company_roles, &w.company_role_phrase_ends});
}
std::vector<std::string> standing_anchors(const MatchWords& w) { return words_of({&w.standing_starts}); }
std::vector<std::string> acquisition_anchors(const MatchWords& w) { return words_of({&w.acquisition_verbs}); }
std::vector<std::string> last_word_anchors(const MatchWords& w) { return words_of({&w.company_last_words}); }
std::vector<std::string> nationality_anchors(const MatchWords& w) { return words_of({&w.nationality_nouns}); }
std::vector<std::string> maker_anchors(const MatchWords& w) { return words_of({&w.maker_participles}); }
std::vector<std::string> head_anchors(const MatchWords&) { return {"institut", "laboratoire"}; }
std::vector<std::string> unit_anchors(const MatchWords& w) { return words_of({&w.unit_codes}); }
std::vector<std::string> parent_anchors(const MatchWords&) { return {"(", "/"}; }

struct Rule {
  RuleInfo info;
  TokenRule at_token;  // a token rule, or
  Anchors anchors;
  DocumentRule over_document;  // a document rule
};

constexpr unsigned kPersonVetoes = kAfterFirstName | kIsFirstName;

// The rules, in the order they run: token rules in one pass, then the document rules, which
// read the finds of the rules before them. Between two equal finds the earlier rule's is kept.
const std::vector<Rule>& rule_table() {
  static const std::vector<Rule> rules = {
      {{"acronym_parent", "GREYC (CNRS), LEPES/unité propre CNRS", kPersonVetoes},
       context::acronym_parent,
       parent_anchors,
       nullptr},
      {{"unit_number", "UMR 5506, UMR-S 1234, EA 4360", kPersonVetoes}, context::unit_number, unit_anchors, nullptr},
      {{"legal_form", "Quandela SAS, Acme Robotics Inc.", kPersonVetoes},
       context::legal_form,
       legal_form_anchors,
       nullptr},
      {{"founded", "Carembouche a été fondée en 2021", kPersonVetoes}, context::founded, founded_anchors, nullptr},
      {{"activity_verb", "UGIEL déploie son réseau; inHEART propose", kPersonVetoes},
       context::activity_verb,
       verb_anchors,
       nullptr},
      {{"named_head", "l'Institut FEMTO-ST, le Laboratoire Hubert Curien", kPersonVetoes},
       context::named_head,
       head_anchors,
       nullptr},
      {{"noun_after_name", "Amarob, spin-off de ...; UNGUARD TX est une entreprise", kPersonVetoes},
       context::noun_after_name,
       trigger_anchors,
       nullptr},
      // After a trigger noun a lone first name is the company's ("la start-up Alan"); a first
      // name and a surname are still a person ("le groupe Hervé de La Martinière").
      {{"company_noun", "la start-up AcuSurgical, la firme japonaise SoftBank", kAfterFirstName | kPersonShaped},
       context::company_noun,
       trigger_anchors,
       nullptr},
      {{"company_role", "le PDG d'Alstom, les actionnaires de Vencorex", kPersonVetoes},
       context::company_role,
       role_anchors,
       nullptr},
      {{"standing_noun", "le géant américain Amazon, le spécialiste des antennes Kymeta",
        kPersonVetoes | kPersonShaped},
       context::standing_noun,
       standing_anchors,
       nullptr},
      {{"acquired", "Microsoft rachète LinkedIn, a été rachetée par Velmio", kPersonVetoes | kPersonShaped},
       context::acquired,
       acquisition_anchors,
       nullptr},
      {{"company_last_word", "UpFront Ventures, ImCheck Therapeutics, Kreaxi Capital", kPersonVetoes},
       context::company_last_word,
       last_word_anchors,
       nullptr},
      {{"nationality_noun", "l'américain Airgas, l'allemand Premium Aircraft Interior Group",
        kPersonVetoes | kPersonShaped},
       context::nationality_noun,
       nationality_anchors,
       nullptr},
      {{"made_by", "la technologie développée par Touch Sensity", kPersonVetoes | kPersonShaped},
       context::made_by,
       maker_anchors,
       nullptr},
      {{"lab_noun", "le laboratoire LIRMM, l'équipe IMEP-LAHC", kPersonVetoes},
       context::lab_noun,
       trigger_anchors,
       nullptr},
      {{"bracketed_acronym", "Pakistan International Airlines (PIA)", kPersonVetoes},
       nullptr,
       nullptr,
       context::bracketed_acronym},
      // Between two known companies a lone first name is a company's too ("Doctolib, Alan et
      // Qonto"), as after a trigger noun.
      {{"list_member", "Anthropic, Armada, Amazon Web Services", kAfterFirstName | kPersonShaped},
       nullptr,
       nullptr,
       context::list_member},
      {{"repeated", "a name found by a rule, found again where the document repeats it", kAfterFirstName},
       nullptr,
       nullptr,
       context::repeated},
  };
  return rules;
}

}  // namespace

const std::vector<RuleInfo>& context_rules() {
  static const std::vector<RuleInfo> infos = [] {
    std::vector<RuleInfo> out;
    for (const Rule& rule : rule_table()) out.push_back(rule.info);
    return out;
  }();
  return infos;
}

struct ContextRules::Plan {
  struct Step {
    const Rule* rule;
    produce::ProducerId producer;
  };
  std::vector<Step> token_steps, document_steps;
  // Token hash -> one bit per token step anchored there; most tokens anchor none.
  std::unordered_map<std::uint64_t, std::uint32_t> anchor_steps;
  std::bitset<4096> anchor_filter;
};

ContextRules::ContextRules(std::shared_ptr<const MatchWords> words, std::shared_ptr<const FirstNames> first_names,
                           produce::ProducerRegistry& registry, const std::vector<std::string>& only)
    : words_(std::move(words)), first_names_(std::move(first_names)) {
  for (const std::string& name : only) {
    bool known = false;
    for (const Rule& rule : rule_table()) known = known || rule.info.name == name;
    if (!known) throw std::invalid_argument("no context rule is called \"" + name + "\"");
  }
  auto plan = std::make_unique<Plan>();
  for (const Rule& rule : rule_table()) {
    bool wanted = only.empty();
    for (const std::string& name : only) wanted = wanted || rule.info.name == name;
    if (!wanted) continue;
    const produce::ProducerId id = registry.add("context:" + std::string(rule.info.name), produce::Precedence::context);
    if (!rule.at_token) {
      plan->document_steps.push_back({&rule, id});
      continue;
    }
    const std::uint32_t bit = 1u << plan->token_steps.size();
    plan->token_steps.push_back({&rule, id});
    for (const std::string& anchor : rule.anchors(*words_)) {
      const std::uint64_t hash = tokens::hash_bytes(anchor);
      plan->anchor_steps[hash] |= bit;
      plan->anchor_filter.set(hash & (plan->anchor_filter.size() - 1));
    }
  }
  plan_ = std::move(plan);
}

ContextRules::~ContextRules() = default;

void ContextRules::produce(const tokens::Text& text, produce::CandidateSet& candidates) const {
  RuleContext r(text, *words_, first_names_.get(), candidates);
  const Plan& plan = *plan_;
  const std::size_t filter_mask = plan.anchor_filter.size() - 1;
  for (std::size_t i = 0; i < text.tokens.size(); ++i) {
    const std::uint64_t hash = text.tokens[i].hash;
    if (!plan.anchor_filter.test(hash & filter_mask)) continue;
    const auto it = plan.anchor_steps.find(hash);
    if (it == plan.anchor_steps.end()) continue;
    for (std::uint32_t steps = it->second; steps; steps &= steps - 1) {
      const Plan::Step& step = plan.token_steps[static_cast<std::size_t>(__builtin_ctz(steps))];
      r.producer = step.producer;
      r.vetoes = step.rule->info.vetoes;
      step.rule->at_token(r, i);
    }
  }
  for (const Plan::Step& step : plan.document_steps) {
    r.producer = step.producer;
    r.vetoes = step.rule->info.vetoes;
    step.rule->over_document(r);
  }
}

namespace context {

namespace {

// The hashes of the words written as the second of exactly two capitalised words inside a
// sentence ("de l'animateur Bud Luckey"), where the first is no function word or head, and
// neither is covered by a find made so far (the gazetteers', the rules' before the first that
// asks). Sorted.
std::vector<std::uint64_t> second_words(const MatchWords& w, const normalise::Normalised& f,
                                        const std::vector<Token>& tokens, const produce::CandidateSet& found) {
  std::vector<std::pair<std::uint32_t, std::uint32_t>> known;
  for (const produce::Candidate& c : found.all()) known.push_back({c.begin, c.end});
  std::sort(known.begin(), known.end());
  const auto covered = [&](const Token& t) {
    auto it = std::upper_bound(known.begin(), known.end(), std::make_pair(t.begin, ~std::uint32_t{0}));
    for (int back = 0; back < 4 && it != known.begin(); ++back) {
      --it;
      if (it->first <= t.begin && t.end <= it->second) return true;
    }
    return false;
  };
  const auto capitalised = [&](std::size_t i) {
    const Token& t = tokens[i];
    return t.word && t.end - t.begin >= 2 && f.upper[t.begin] && !f.upper[t.begin + 1];  // "Bud", not "GM"
  };
  std::vector<std::uint64_t> out;
  for (std::size_t i = 1; i < tokens.size(); ++i) {
    if (!capitalised(i) || !capitalised(i - 1) || !spaces_only(f, tokens[i - 1].end, tokens[i].begin)) continue;
    if (i >= 2 && capitalised(i - 2) && spaces_only(f, tokens[i - 2].end, tokens[i - 1].begin)) continue;
    if (i + 1 < tokens.size() && capitalised(i + 1) && spaces_only(f, tokens[i].end, tokens[i + 1].begin)) continue;
    const Token& given = tokens[i - 1];
    // A sentence's first word may be any word: "Intégrant Morfo au paysage".
    if (i < 2 || line_break_in(f.text, tokens[i - 2].end, given.begin)) continue;
    const char before = f.text[tokens[i - 2].begin];
    if (!tokens[i - 2].word && before != ',' && before != '(') continue;
    if (w.not_names.contains(f.text, given) || w.generic_heads.contains(f.text, given) ||
        w.organisation_heads.contains(f.text, given) || covered(given) || covered(tokens[i]))
      continue;
    out.push_back(tokens[i].hash);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

void RuleContext::emit(std::size_t first, std::size_t last, std::size_t end, produce::EntityType type) {
  if (glued_to_longer_word(w, f, tokens, first, last)) return;
  if ((vetoes & kAfterFirstName) && after_an_initial(f, tokens, first)) return;  // "M. GIRARD a développé"
  // Only for the rules that read a name by what it does, not by a noun that names it a company
  // ("la société Bertrandon, fondée par Michel Bertrandon"); only a word named alone: where it
  // is itself the second of two ("l'accès Internet Frivol"), the rule has read what stands
  // before it.
  const bool alone = first == 0 || !tokens[first - 1].word || !f.upper[tokens[first - 1].begin] ||
                     !spaces_only(f, tokens[first - 1].end, tokens[first].begin);
  if ((vetoes & kAfterFirstName) && (vetoes & kIsFirstName) && first == last && alone) {
    if (!surnames) surnames = second_words(w, f, tokens, out);
    if (std::binary_search(surnames->begin(), surnames->end(), tokens[first].hash)) return;
  }
  if (first_names) {
    if ((vetoes & kAfterFirstName) && first_names->precede(f, tokens, first)) return;
    const bool first_name = first_names->contains(tokens[first]);
    if ((vetoes & kIsFirstName) && first_name) return;
    if ((vetoes & kPersonShaped) && first_name) {
      // A first name with a surname after it, maybe after a particle: "Hervé de La Martinière".
      const std::size_t next = last + 1;
      if (last > first) return;
      if (next + 1 < tokens.size() && w.name_particles.contains(f.text, tokens[next]) && !f.upper[tokens[next].begin] &&
          has_upper(f, tokens[next + 1]) && spaces_only(f, tokens[last].end, tokens[next].begin))
        return;
    }
  }
  // "Le projet LUCIA, mené par la start-up nav4you ... LUCIA propose": the project, not a company.
  if (type == produce::EntityType::company) {
    const std::uint64_t sequence = tokens::sequence_of(tokens, first, last);
    if (!carried) carried = carried_projects(w, f, tokens);
    if (std::binary_search(carried->begin(), carried->end(), sequence)) return;
    // "les Big Pharma", "la PME", "le B2B": a term of trade, written like a name, names no one.
    const auto* term = w.technical_terms.find(sequence);
    if (term && term->complete) return;
  }
  produce::Candidate c;
  c.begin = tokens[first].begin;
  c.end = static_cast<std::uint32_t>(end ? end : tokens[last].end);
  if (c.end > tokens[last].end) c.name_end = tokens[last].end;
  c.type = type;
  c.producer = producer;
  out.add(c);
}

}  // namespace context
}  // namespace gazette::match
