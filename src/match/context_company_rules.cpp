// The rules that find companies: a trigger noun before or after the name, a legal form, a
// founding, a business verb, a place in a list of known companies.
#include <algorithm>

#include "match/acronym_definitions.h"
#include "match/context_rule_support.h"
#include "match/legal_suffix.h"

namespace gazette::match::context {
namespace {

using produce::EntityType;

// The first token of a capitalised name that ends right before tokens[t] and starts a clause
// (the text's start, a line break or punctuation before it), or kNone. Sentence-initial
// function words ("En 2019, Paris ...") are kept out by is_name_word.
std::size_t clause_subject(const RuleContext& r, std::size_t t) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  if (t == 0 || !spaces_only(f, tokens[t - 1].end, tokens[t].begin)) return kNone;
  // "Matricis.ai développe": a name written with its web domain.
  if (t >= 3 && tokens[t - 1].word && !tokens[t - 2].word && f.text[tokens[t - 2].begin] == '.' &&
      tokens[t - 2].begin == tokens[t - 3].end && tokens[t - 1].begin == tokens[t - 2].end &&
      !f.upper[tokens[t - 1].begin] && tokens[t - 1].end - tokens[t - 1].begin <= 4)
    t -= 2;
  if (!is_name_word(r.w, f, tokens[t - 1])) return kNone;
  std::size_t first = name_start(r.w, f, tokens, t - 1);
  const bool clause_start =
      first == 0 || !tokens[first - 1].word || line_break_in(f.text, tokens[first - 1].end, tokens[first].begin);
  if (!clause_start) return kNone;
  // "Société Silios Technologies développe": the generic head is not part of the name.
  if (first + 1 < t && r.w.generic_heads.contains(f.text, tokens[first])) ++first;
  return first;
}

// A name written the way companies write theirs and people and places do not: two capitals in
// a word ("inHEART", "EXA"), or a digit ("4DViews").
bool company_shaped(const RuleContext& r, std::size_t first, std::size_t last) {
  for (std::size_t t = first; t <= last; ++t) {
    std::size_t capitals = 0;
    for (std::size_t b = r.tokens[t].begin; b < r.tokens[t].end; ++b) {
      if (r.f.upper[b]) ++capitals;
      if (r.f.text[b] >= '0' && r.f.text[b] <= '9') return true;
    }
    if (capitals >= 2) return true;
  }
  return false;
}

// Whether a word of `words` stands within `reach` tokens before or after tokens[at].
bool near_words(const RuleContext& r, std::size_t at, std::size_t reach, const tokens::WordSet& words) {
  const std::size_t from = at > reach ? at - reach : 0;
  const std::size_t to = std::min(r.tokens.size(), at + reach + 1);
  for (std::size_t t = from; t < to; ++t)
    if (t != at && words.contains(r.f.text, r.tokens[t])) return true;
  return false;
}

// A trigger noun at tokens[i] that may introduce or describe a name: in lower case (capitalised,
// the noun may be a name's own head: "Groupe Casino"), except before an acronym ("Le
// Laboratoire LIRMM"); "groupe" not next to words of music, politics or war.
const Trigger* usable_trigger(const RuleContext& r, std::size_t i, std::size_t& after) {
  const Trigger* trigger = trigger_at(r.w, r.f, r.tokens, i, after);
  if (!trigger || (r.f.upper[r.tokens[i].begin] && trigger->follows != Follows::acronym)) return nullptr;
  if (r.text(r.tokens[i]) == "groupe" && near_words(r, i, 3, r.w.not_company_groups)) return nullptr;
  return trigger;
}

// The companies a plural noun introduces: "les firmes Startup Square et TiE", "les
// constructeurs Renault, Stellantis et Toyota". Only a whole list, closed by "et" or "ou" and a
// last name: one name after a plural is as often an adjective ("les entreprises Françaises").
void name_list(RuleContext& r, std::size_t start) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  const std::size_t n = tokens.size();
  std::vector<std::pair<std::size_t, std::size_t>> members;
  for (std::size_t first = start;;) {
    const std::size_t last = capitalised_run(r.w, f, tokens, first);
    if (last == kNone) return;
    members.emplace_back(first, last);
    // "Ardagh (7,8 fois), Vetropack (6 fois) et Owens-Illinois": a short bracket after a member.
    std::size_t end = last;
    if (end + 1 < n && r.text(tokens[end + 1]) == "(") {
      std::size_t close = end + 2;
      while (close < n && close < end + 9 && r.text(tokens[close]) != ")" && r.text(tokens[close]) != "(") ++close;
      if (close >= n || r.text(tokens[close]) != ")") return;
      end = close;
    }
    if (end + 2 >= n) return;
    const std::string_view link = r.text(tokens[end + 1]);
    const bool closing = link == "et" || link == "ou";
    if (!closing && link != ",") return;
    if (!spaces_only(f, tokens[end + 1].end, tokens[end + 2].begin)) return;
    first = end + 2;
    if (!closing) continue;
    const std::size_t final_last = capitalised_run(r.w, f, tokens, first);
    if (final_last == kNone) return;
    members.emplace_back(first, final_last);
    break;
  }
  for (const auto& [first, last] : members)
    r.emit(first, last, legal_suffix_end(r.w, f, tokens, last + 1), EntityType::company);
}

// The last token of a capitalised name that the token at `open` opens as a quotation and the
// token after it closes (`"H-array"`, `« Syndivia »`), or kNone.
std::size_t quoted_run(const RuleContext& r, std::size_t open) {
  const std::vector<Token>& tokens = r.tokens;
  const auto is_quote = [&](std::size_t t, bool opening) {
    const std::string_view q = r.text(tokens[t]);
    return !tokens[t].word && (q == "\"" || q == (opening ? "«" : "»") || q == (opening ? "“" : "”"));
  };
  if (open + 2 >= tokens.size() || !is_quote(open, true)) return kNone;
  const std::size_t last = capitalised_run(r.w, r.f, tokens, open + 1);
  if (last == kNone || last + 1 >= tokens.size() || !is_quote(last + 1, false)) return kNone;
  return last;
}

// What the company does, written between its noun and its name: "la société de conseil
// Kaprika", "l'opérateur de téléphonie mobile Sprint", "le studio d'animation Pixar". One "de"
// and one or two lower-case words, none a determiner, a linking word ("un groupe de personnes à
// Blagnac"), a possessive or a number (not-activities.txt); returns the token after them, or
// `start` when no such words follow.
std::size_t after_activity(const RuleContext& r, std::size_t start) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  const std::size_t n = tokens.size();
  if (start == 0 || start + 2 >= n || !spaces_only(f, tokens[start - 1].end, tokens[start].begin)) return start;
  const std::string_view de = r.text(tokens[start]);
  const bool linked = (de == "de" && spaces_only(f, tokens[start].end, tokens[start + 1].begin)) ||
                      (de == "d" && apostrophe_joined(f, tokens[start], tokens[start + 1]));
  if (!linked) return start;
  const auto plain = [&](std::size_t t) {
    return t < n && tokens[t].word && tokens[t].end - tokens[t].begin >= 3 && !has_upper(f, tokens[t]) &&
           !r.w.determiners.contains(f.text, tokens[t]) && !r.w.name_connectors.contains(f.text, tokens[t]) &&
           !r.w.not_activities.contains(f.text, tokens[t]);
  };
  // "de prêt-à-porter": a word of hyphen-joined parts counts as one.
  const auto past_hyphens = [&](std::size_t t) {
    while (t + 1 < n && tokens[t + 1].word && !has_upper(f, tokens[t + 1]) &&
           hyphen_joined(f, tokens[t], tokens[t + 1]))
      ++t;
    return t + 1;
  };
  std::size_t t = start + 1;
  if (!plain(t)) return start;
  t = past_hyphens(t);
  if (plain(t) && spaces_only(f, tokens[t - 1].end, tokens[t].begin)) t = past_hyphens(t);
  // "le fournisseur d'accès Internet Free": the medium, capitalised, is still the activity.
  if (t + 1 < n && (r.text(tokens[t]) == "internet" || r.text(tokens[t]) == "web") && has_upper(f, tokens[t + 1])) ++t;
  return t;
}

// An adjective of trigger-adjectives.txt, or one of a region or a town, which no list can hold
// ("le transporteur drômois Mazet", "le leader stéphanois des enceintes Focal"): a lower-case
// word with a demonym's ending; or of a sector ("le groupe pétrochimique belge Petrofina", "le
// groupe sidérurgique X"): one ending in "-ique".
bool trigger_adjective(const RuleContext& r, const Token& t) {
  if (!t.word || r.f.upper[t.begin]) return false;
  if (r.w.trigger_adjectives.contains(r.f.text, t)) return true;
  const std::string_view w = r.text(t);
  if (w.size() < 5) return false;  // "mais", "bien"
  for (const std::string_view ending : {"ois", "oise", "ain", "aine", "ien", "ienne", "een", "eenne", "ique"})
    if (w.size() > ending.size() + 2 && w.substr(w.size() - ending.size()) == ending) return true;
  return false;
}

// The token after at most `most` adjectives of trigger_adjective from tokens[t] on (t when none
// stands there). A compound of nationalities counts as one: "le groupe franco-belge Altifort".
std::size_t past_trigger_adjectives(const RuleContext& r, std::size_t t, int most) {
  const std::vector<Token>& tokens = r.tokens;
  for (int skipped = 0; skipped < most && t < tokens.size(); ++skipped) {
    if (trigger_adjective(r, tokens[t])) {
      ++t;
      continue;
    }
    const std::string_view w = r.text(tokens[t]);
    if (t + 1 < tokens.size() && tokens[t].word && !r.f.upper[tokens[t].begin] && w.size() >= 4 && w.back() == 'o' &&
        hyphen_joined(r.f, tokens[t], tokens[t + 1]) && trigger_adjective(r, tokens[t + 1])) {
      t += 2;
      continue;
    }
    break;
  }
  return t;
}

// The capitalised name at tokens[start], one space after the token before it, with the legal
// form after it, as a company.
void emit_company_at(RuleContext& r, std::size_t start) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  if (start >= tokens.size() || start == 0 || !spaces_only(f, tokens[start - 1].end, tokens[start].begin)) return;
  const std::size_t last = capitalised_run(r.w, f, tokens, start);
  if (last != kNone) r.emit(start, last, legal_suffix_end(r.w, f, tokens, last + 1), EntityType::company);
}

// The name a trigger noun at tokens[i] introduces, of the trigger's type `wanted`.
void noun_before_name(RuleContext& r, std::size_t i, EntityType wanted) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  std::size_t after = 0;
  const Trigger* trigger = usable_trigger(r, i, after);
  if (!trigger || trigger->type != wanted) return;
  const std::size_t n = tokens.size();
  std::size_t start = after;
  start = past_trigger_adjectives(r, start, 3);
  start = after_activity(r, start);
  // "une société de conseil du nom de 2F Conseil": the name, announced.
  if (start + 3 < n && r.text(tokens[start]) == "du" && r.text(tokens[start + 1]) == "nom" &&
      (r.text(tokens[start + 2]) == "de" || r.text(tokens[start + 2]) == "d"))
    start += 3;
  if (start >= n || !spaces_only(f, tokens[start - 1].end, tokens[start].begin)) return;
  if (trigger->follows == Follows::name_list) {
    name_list(r, start);
    return;
  }
  // "l'entreprise \"H-array\"": the quotes only mark the name.
  if (trigger->follows != Follows::acronym) {
    if (const std::size_t quoted = quoted_run(r, start); quoted != kNone) {
      r.emit(start + 1, quoted, 0, trigger->type);
      return;
    }
  }
  const std::size_t last = trigger->follows == Follows::acronym ? acronym_run(r.w, f, tokens, start)
                                                                : capitalised_run(r.w, f, tokens, start);
  if (last == kNone) return;
  // "l'équipe AirMEMS" of a start-up's summary is the start-up's team: a research team's name
  // that keeps small letters ("l'équipe EnCoV") is too often a company's to be read as a lab's.
  if (trigger->follows == Follows::acronym && r.text(tokens[i]) == "equipe" && !is_acronym(f, tokens[start])) return;
  // "L'équipe HUBLEX conçoit et commercialise ...": a start-up's team, not a research team.
  const EntityType type = trigger->type == EntityType::lab && last + 1 < n && !ends_accented(f, tokens[last + 1]) &&
                                  r.w.company_verbs.contains(f.text, tokens[last + 1])
                              ? EntityType::company
                              : trigger->type;
  const std::size_t end = type == EntityType::company ? legal_suffix_end(r.w, f, tokens, last + 1) : 0;
  r.emit(start, last, end, type);
}

}  // namespace

// "la start-up AcuSurgical", "la firme japonaise SoftBank", "l'opérateur Sprint".
void company_noun(RuleContext& r, std::size_t i) { noun_before_name(r, i, EntityType::company); }

// "le PDG d'Alstom", "les actionnaires de Vencorex": what only a company has, then its name.
void company_role(RuleContext& r, std::size_t i) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  if (i + 2 >= tokens.size()) return;
  // A phrase ending here ("chiffre d'affaires", "directeur général"), in lower case.
  const auto phrase_ends_here = [&] {
    if (f.upper[tokens[i].begin] || !r.w.company_role_phrase_ends.contains(f.text, tokens[i])) return false;
    // tokens[first, i], two words or three, all in lower case
    for (std::size_t first = i; first > 0 && i - first < 2 && !f.upper[tokens[first - 1].begin];) {
      --first;
      const auto* node = r.w.company_role_phrases.find(tokens::sequence_of(tokens, first, i));
      if (node && node->complete) return true;
    }
    return false;
  };
  if (!r.w.company_roles.contains(f.text, tokens[i]) && !phrase_ends_here()) return;
  const Token& of = tokens[i + 1];
  const std::string_view de = r.text(of);
  const bool elided = de == "d" && apostrophe_joined(f, of, tokens[i + 2]);  // "d'Alstom"
  const bool spaced = de == "de" && spaces_only(f, of.end, tokens[i + 2].begin);
  if (!spaces_only(f, tokens[i].end, of.begin) || !(elided || spaced)) return;
  const std::size_t last = capitalised_run(r.w, f, tokens, i + 2);
  if (last == kNone) return;
  // "la création de PAI (produits alimentaires intermédiaires)": an acronym the text spells out
  // as a thing.
  if (last == i + 2 &&
      !acronyms_spelt_out_otherwise(f, tokens, r.w, {{tokens[last].begin, tokens[last].end}}, {}).empty())
    return;
  r.emit(i + 2, last, legal_suffix_end(r.w, f, tokens, last + 1), EntityType::company);
}

// "le géant du web Google", "le numéro un mondial du pneu Michelin", "le spécialiste français
// des antennes Kymeta": a company's place in its market, maybe its nationality or scope, maybe
// its market after "de", then its name.
void standing_noun(RuleContext& r, std::size_t i) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  const std::size_t n = tokens.size();
  const auto lower_word = [&](std::size_t t) { return t < n && tokens[t].word && !f.upper[tokens[t].begin]; };
  if (i == 0 || !lower_word(i) || !lower_word(i - 1)) return;
  const std::string_view article = r.text(tokens[i - 1]);
  if (article != "le" && article != "l" && article != "du" && article != "au") return;
  std::size_t t = 0;  // the token after the longest standing phrase at i
  std::uint64_t sequence = tokens::kSequenceSeed;
  for (std::size_t j = i; j < n && j < i + 3 && lower_word(j); ++j) {
    sequence = tokens::extend_sequence(sequence, tokens[j].hash);
    if (const auto* node = r.w.standing_nouns.find(sequence); node && node->complete) t = j + 1;
  }
  // "le leader stéphanois des enceintes Focal": a leader with a scope the list cannot hold.
  if (t == 0 && r.text(tokens[i]) == "leader" && i + 1 < n && trigger_adjective(r, tokens[i + 1])) t = i + 1;
  if (t == 0) return;
  t = past_trigger_adjectives(r, t, 2);
  // The market: "du web", "des antennes", "de la cybersécurité", "de l'acier", "d'internet".
  if (lower_word(t)) {
    const std::string_view de = r.text(tokens[t]);
    if (de == "de" || de == "d" || de == "du" || de == "des") {
      std::size_t s = t + 1;
      if ((de == "de" || de == "d") && lower_word(s) && (r.text(tokens[s]) == "la" || r.text(tokens[s]) == "l")) ++s;
      std::size_t words = 0;
      while (words < 3 && lower_word(s) && tokens[s].end - tokens[s].begin >= 2 &&
             !r.w.determiners.contains(f.text, tokens[s]) && !r.w.name_connectors.contains(f.text, tokens[s])) {
        ++s;
        ++words;
      }
      if (words == 0) return;
      t = past_trigger_adjectives(r, s, 2);
    }
  }
  emit_company_at(r, t);
}

// "Microsoft rachète LinkedIn", "avait racheté The Independent", "a acquis Monsanto": the
// company bought, named right after the verb; "Zorbix a été rachetée par Velmio": the buyer,
// after "par" (the bought one is the passive's subject).
void acquired(RuleContext& r, std::size_t i) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  const std::size_t n = tokens.size();
  const Token& verb = tokens[i];
  if (!verb.word || f.upper[verb.begin] || i + 1 >= n || !r.w.acquisition_verbs.contains(f.text, verb)) return;
  const std::string_view word = r.text(verb);
  if (word.substr(0, 6) == "acquis" && (i == 0 || (r.text(tokens[i - 1]) != "a" && r.text(tokens[i - 1]) != "ont")))
    return;
  std::size_t start = i + 1;
  if (r.text(tokens[start]) == "par") {
    if (word == "rachete" && !ends_accented(f, verb)) return;  // "rachète par"
    ++start;
    // The bought company: the passive's subject ("Zorbix a été rachetée par", "Zorbix, rachetée
    // par") or, without an auxiliary, the name right before the participle ("..., GFI
    // Informatique racheté par Mannai").
    std::size_t t = i;
    if (t >= 2 && r.text(tokens[t - 1]) == "ete" && (r.text(tokens[t - 2]) == "a" || r.text(tokens[t - 2]) == "ont")) {
      t -= 2;
    } else if (t >= 1 &&
               (r.text(tokens[t - 1]) == "est" || r.text(tokens[t - 1]) == "sont" || r.text(tokens[t - 1]) == ",")) {
      t -= 1;  // "Zorbix est rachetée par", "Zorbix, rachetée par"
    }
    if (const std::size_t first = clause_subject(r, t); first != kNone) r.emit(first, t - 1, 0, EntityType::company);
  }
  emit_company_at(r, start);
}

// "auprès d'UpFront Ventures", "l'appui de BB Pureos Bioventures": a name whose last word only
// companies end theirs with (company-last-words.txt).
void company_last_word(RuleContext& r, std::size_t i) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  const std::size_t n = tokens.size();
  if (i == 0 || !tokens[i].word || !f.upper[tokens[i].begin] || !r.w.company_last_words.contains(f.text, tokens[i]))
    return;
  // The word ends the name: "le Microsoft Robotics Studio", "OpenAir Interface Software Alliance"
  // name something else.
  if (i + 1 < n && tokens[i + 1].word && has_upper(f, tokens[i + 1]) && name_joined(f, tokens[i], tokens[i + 1]))
    return;
  // Words one space apart, not across a hyphen: "Odoxa-Dentsu Consulting" is two firms.
  std::size_t first = i;
  while (first > 0 && i - first + 1 < kMaxNameWords && is_name_word(r.w, f, tokens[first - 1]) &&
         tokens[first - 1].end < tokens[first].begin && spaces_only(f, tokens[first - 1].end, tokens[first].begin))
    --first;
  // "Projet TreeFrog Therapeutics", "Société Silios Technologies": a head is not part of the name.
  if (first < i && (r.text(tokens[first]) == "projet" || r.w.generic_heads.contains(f.text, tokens[first]))) ++first;
  if (first == i || r.w.organisation_heads.contains(f.text, tokens[first])) return;
  if (first > 0 && hyphen_joined(f, tokens[first - 1], tokens[first])) return;
  // "MEMS (Micro Electro Mechanical Systems)", "LLT (Light for Life Technologies)": an acronym
  // spelt out, not a company.
  for (std::size_t t = first; t > 0 && first - t < 6; --t) {
    const std::string_view s = r.text(tokens[t - 1]);
    if (s == ")" || s == "." || s == ",") break;
    if (s == "(") {
      if (t >= 2 && is_acronym_like(f, tokens[t - 2])) return;
      break;
    }
  }
  // "les « Quantum Control Systems » de Viqthor": what the document calls a product.
  if (r.products.names(r.w, f, tokens, first, i)) return;
  r.emit(first, i, legal_suffix_end(r.w, f, tokens, i + 1), EntityType::company);
}

// "l'américain Airgas", "l'allemand Premium Aircraft Interior Group", "la française Mistral AI": a
// company named by its country, the nationality in lower case right after an article.
void nationality_noun(RuleContext& r, std::size_t i) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  const std::size_t n = tokens.size();
  if (i == 0 || i + 1 >= n || f.upper[tokens[i].begin] || f.upper[tokens[i - 1].begin] ||
      !r.w.nationality_nouns.contains(f.text, tokens[i]))
    return;
  const std::string_view article = r.text(tokens[i - 1]);
  const bool elided = article == "l" && apostrophe_joined(f, tokens[i - 1], tokens[i]);
  if (article != "le" && article != "la" && article != "du" && article != "au" && !elided) return;
  if (!spaces_only(f, tokens[i].end, tokens[i + 1].begin)) return;
  const std::size_t last = capitalised_run(r.w, f, tokens, i + 1);
  if (last == kNone) return;
  // Sports news names athletes so too ("l'américaine Laurenne Ross", "la néerlandaise Marlene van
  // Gansewinkel"): a name of several words needs a company's last word ("l'allemand Premium
  // Aircraft Interior Group") or a legal form, and a particle after one word makes it a person's.
  const std::size_t suffix_end = legal_suffix_end(r.w, f, tokens, last + 1);
  std::size_t words = 0;
  for (std::size_t t = i + 1; t <= last; ++t) words += tokens[t].word && !hyphen_joined(f, tokens[t - 1], tokens[t]);
  const bool business_last =
      r.w.business_words.contains(f.text, tokens[last]) || r.w.company_last_words.contains(f.text, tokens[last]);
  if (words > 1 && !business_last && !suffix_end) return;
  if (last + 2 < n && r.w.name_particles.contains(f.text, tokens[last + 1]) && !f.upper[tokens[last + 1].begin] &&
      has_upper(f, tokens[last + 2]))
    return;
  r.emit(i + 1, last, suffix_end, EntityType::company);
}

// "la technologie développée par Touch Sensity", "le produit proposé par Holusion": who made a
// thing, named without an article, is a company.
void made_by(RuleContext& r, std::size_t i) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  const Token& participle = tokens[i];
  if (i + 2 >= tokens.size() || f.upper[participle.begin] || !r.w.maker_participles.contains(f.text, participle))
    return;
  // "propose" is the verb unless its "é" was written; "proposée", "conçu" are participles only.
  const std::string_view w = r.text(participle);
  const bool plain_e = w.back() == 'e' && w[w.size() - 2] != 'e';
  if (plain_e && !ends_accented(f, participle)) return;
  const Token& by = tokens[i + 1];
  if (r.text(by) != "par" || !spaces_only(f, participle.end, by.begin) || !spaces_only(f, by.end, tokens[i + 2].begin))
    return;
  const std::size_t last = capitalised_run(r.w, f, tokens, i + 2);
  if (last == kNone) return;
  // "conçues par IA": a technique, not a maker.
  if (last == i + 2 && r.w.technical_terms.find(tokens::extend_sequence(tokens::kSequenceSeed, tokens[i + 2].hash)))
    return;
  // "développée par Naomi KAMINSKY": a first name the lists lack, then a surname in capitals,
  // the way French documents write a person's name ("Holusion SAS" is a company's).
  if (last == i + 3 && !is_acronym(f, tokens[i + 2]) && is_acronym(f, tokens[i + 3]) &&
      !r.w.legal_forms_capital.contains(f.text, tokens[i + 3]))
    return;
  r.emit(i + 2, last, legal_suffix_end(r.w, f, tokens, last + 1), EntityType::company);
}

// "le laboratoire LIRMM", "l'équipe IMEP-LAHC".
void lab_noun(RuleContext& r, std::size_t i) { noun_before_name(r, i, EntityType::lab); }

// The first word of the text, or after a line break or a sentence's end.
bool opens_sentence(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t i) {
  if (i == 0 || line_break_in(f.text, tokens[i - 1].end, tokens[i].begin)) return true;
  const Token& before = tokens[i - 1];
  const char c = f.text[before.begin];
  return !before.word && (c == '.' || c == '!' || c == '?');
}

// "Amarob, spin-off issue de ...", "UNGUARD TX est une entreprise ...", "Le LIRMM, laboratoire
// d'informatique": a trigger noun that describes the name before it.
void noun_after_name(RuleContext& r, std::size_t noun) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  std::size_t after = 0;
  const Trigger* trigger = usable_trigger(r, noun, after);
  if (!trigger || !trigger->describes_before || f.upper[tokens[noun].begin] || noun == 0) return;
  std::size_t t = noun - 1;
  // "une jeune société", "la première entreprise", "une nouvelle start-up".
  if (t > 0 && !f.upper[tokens[t].begin] &&
      (r.w.trigger_adjectives.contains(f.text, tokens[t]) || r.w.leading_adjectives.contains(f.text, tokens[t])))
    --t;
  std::string_view determiner;
  if (t > 0 && r.w.determiners.contains(f.text, tokens[t]) && !f.upper[tokens[t].begin]) {
    determiner = r.text(tokens[t]);
    --t;
  }
  const std::string_view link = r.text(tokens[t]);
  // "UNGUARD TX est une entreprise", "Astrachain est éditeur de ..." -- but "est une entreprise
  // audacieuse" speaks of an undertaking.
  const bool undertaking = noun + 1 < tokens.size() && r.text(tokens[noun]) == "entreprise" &&
                           r.w.undertaking_adjectives.contains(f.text, tokens[noun + 1]);
  const bool copula = link == "est" && !f.upper[tokens[t].begin] && !undertaking;
  // "Amarob, spin-off de ...", "Argobio, un start-up studio", but not "À Lyon, la start-up X":
  // after a comma, a definite article introduces the next name, not the previous one.
  // ("À Bessan, un groupe de manifestants", "Motörhead, groupe de rock": a "groupe" after a
  // name is any group.)
  const bool apposition = link == "," && r.text(tokens[noun]) != "groupe" &&
                          (determiner.empty() || determiner == "un" || determiner == "une");
  // "44solar (société créée en 2008)", "Kymeta (start-up américaine)": the noun opens a bracket
  // that describes the name, unless a name follows it there ("Toulouse (société Zorbix)") or the
  // noun is part of a set phrase ("du Mali (société civile, partis)", "(start-up nation)").
  const bool set_phrase =
      after < tokens.size() && (r.text(tokens[after]) == "civile" || r.text(tokens[after]) == "nation");
  const bool bracketed = link == "(" && determiner.empty() && r.text(tokens[noun]) != "groupe" && !set_phrase &&
                         (after >= tokens.size() || !f.upper[tokens[after].begin]);
  if (!(copula || apposition || bracketed) || t == 0) return;
  std::size_t last = t - 1;
  // Summaries put a comma before the verb: "Cherry Biotech, est une start-up"; only for a name
  // that opens its sentence, since "X, labellisé par le pôle Méditerranée, est une" speaks of X.
  const bool comma_copula = copula && last > 0 && r.text(tokens[last]) == ",";
  if (comma_copula) --last;
  // "ImmunID™ est une société": a trademark sign after the name is not part of it.
  const std::string_view sign = r.text(tokens[last]);
  if (last > 0 && (sign == "\xE2\x84\xA2" || sign == "\xC2\xAE")) --last;
  if (!tokens[last].word) return;
  if (trigger->follows == Follows::acronym) {
    if (!is_acronym(f, tokens[last]) || r.w.lab_parents.contains(f.text, tokens[last])) return;
    r.emit(acronym_start(f, tokens, last), last, 0, trigger->type);
    return;
  }
  // A sector noun or a place ends a name as it never starts one: "Cherry Biotech est une
  // start-up", "Havas Paris, une agence".
  const bool tail = last > 0 && has_upper(f, tokens[last]) && is_name_word(r.w, f, tokens[last - 1]) &&
                    name_joined(f, tokens[last - 1], tokens[last]);
  if (!is_name_word(r.w, f, tokens[last]) && !tail) return;
  const std::size_t first = name_start(r.w, f, tokens, last);
  if (comma_copula && !opens_sentence(f, tokens, first)) return;
  r.emit(first, last, 0, trigger->type);
}

// "Quandela SAS", "Acme Robotics Inc.": a legal form after a capitalised name.
void legal_form(RuleContext& r, std::size_t i) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  if (i == 0 || !f.upper[tokens[i].begin] || !tokens[i - 1].word || !has_upper(f, tokens[i - 1])) return;
  const std::size_t suffix_end = legal_suffix_end(r.w, f, tokens, i);
  if (!suffix_end) return;
  std::size_t first = i - 1;
  while (first > 0 && i - first < kMaxNameWords && tokens[first - 1].word && has_upper(f, tokens[first - 1]) &&
         name_joined(f, tokens[first - 1], tokens[first]) && !r.w.not_names.contains(f.text, tokens[first - 1]))
    --first;
  if (!r.w.not_names.contains(f.text, tokens[first])) r.emit(first, i - 1, suffix_end, EntityType::company);
}

// "Carembouche a été fondée en 2021", "Ynsect, créée en 2011 par ...": founded, so a company.
void founded(RuleContext& r, std::size_t i) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  const Token& tok = tokens[i];
  if (!r.w.founded_participles.contains(f.text, tok) || f.upper[tok.begin] || i + 1 >= tokens.size() ||
      !r.w.founded_followers.contains(f.text, tokens[i + 1]) || (i > 0 && hyphen_joined(f, tokens[i - 1], tok)))
    return;
  std::size_t t = i;
  // "a été fondée"; "Oria Bioscience est fondée par ...": the passive in the present tells the
  // founding too.
  if (t >= 2 && r.text(tokens[t - 1]) == "ete" && r.text(tokens[t - 2]) == "a") {
    t -= 2;
  } else if (t >= 1 && r.text(tokens[t - 1]) == "est") {
    t -= 1;
  }
  if (t >= 1 && r.text(tokens[t - 1]) == ",") --t;
  const std::size_t first = clause_subject(r, t);
  if (first != kNone) r.emit(first, t - 1, 0, EntityType::company);
}

// Whether a verb phrase of company-verb-phrases.txt starts at tokens[i]: 0 none, 1 a verb ("met
// au point"), 2 a participle after "a" or "ont" ("a mis au point").
int verb_phrase_at(const RuleContext& r, std::size_t i, bool after_have) {
  const std::vector<Token>& tokens = r.tokens;
  if (!r.w.company_verb_phrases.may_start(tokens[i].hash)) return 0;
  std::uint64_t sequence = tokens::kSequenceSeed;
  for (std::size_t t = i; t < tokens.size() && t < i + 4; ++t) {
    sequence = tokens::extend_sequence(sequence, tokens[t].hash);
    const auto* node = r.w.company_verb_phrases.find(sequence);
    if (!node) return 0;
    if (node->complete) return node->value ? (after_have ? 2 : 0) : 1;
  }
  return 0;
}

// The "a" or "ont" of a compound past before tokens[i], maybe with adverbs or an aside between
// ("a récemment levé", "a également développé", "a, quant à elle, levé", "a de son côté
// racheté"), or kNone.
std::size_t auxiliary_before(const RuleContext& r, std::size_t i) {
  const std::vector<Token>& tokens = r.tokens;
  const auto word = [&](std::size_t t) { return r.text(tokens[t]); };
  std::size_t t = i;
  for (int skipped = 0; skipped < 2 && t >= 2; ++skipped) {
    const std::string_view w = word(t - 1);
    const bool adverb = tokens[t - 1].word && !r.f.upper[tokens[t - 1].begin] &&
                        ((w.size() >= 6 && w.substr(w.size() - 4) == "ment") || w == "deja" || w == "aussi" ||
                         w == "encore" || w == "enfin" || w == "ensuite" || w == "desormais" || w == "bien");
    if (adverb) {
      --t;
      continue;
    }
    // ", quant à elle," and "de son côté", with or without commas.
    std::size_t aside = t;
    if (word(aside - 1) == ",") --aside;
    if (aside >= 4 && (word(aside - 1) == "elle" || word(aside - 1) == "lui" || word(aside - 1) == "eux") &&
        word(aside - 2) == "a" && word(aside - 3) == "quant") {
      aside -= 3;
    } else if (aside >= 4 && word(aside - 1) == "cote" && (word(aside - 2) == "son" || word(aside - 2) == "leur") &&
               word(aside - 3) == "de") {
      aside -= 3;
    } else {
      break;
    }
    if (aside >= 1 && word(aside - 1) == ",") --aside;
    t = aside;
  }
  if (t == i || t == 0) return kNone;
  const std::string_view aux = word(t - 1);
  return aux == "a" || aux == "ont" ? t - 1 : kNone;
}

// "UGIEL déploie ...", "Smart Impulse commercialise ...", "Emobot a levé ...": a subject that
// starts its sentence and does what only companies do. With verbs people and places also take
// ("propose", "vise"), only a company-shaped name the document never names as a product.
void activity_verb(RuleContext& r, std::size_t i) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  const Token& tok = tokens[i];
  if (f.upper[tok.begin] || i == 0) return;
  // "NeuroSpot développé par le CEA": a participle folds to the verb's spelling.
  const bool verb = !ends_accented(f, tok);
  // "UROLEAD s'appuie sur", "CyAnimal se positionne": the subject stands before the pronoun.
  const bool reflexive =
      verb && i >= 2 && r.w.reflexive_company_verbs.contains(f.text, tok) &&
      (r.text(tokens[i - 1]) == "se" || (r.text(tokens[i - 1]) == "s" && apostrophe_joined(f, tokens[i - 1], tok)));
  // "met au point", "a mis au point": governments and people say it of their plans too.
  const int phrase = verb_phrase_at(r, i, r.text(tokens[i - 1]) == "a" || r.text(tokens[i - 1]) == "ont");
  const bool strong = verb && !reflexive && r.w.company_verbs.contains(f.text, tok);
  const bool weak = reflexive || (verb && r.w.weak_company_verbs.contains(f.text, tok)) || phrase != 0;
  // "Zorbix a récemment levé": the auxiliary stands before the adverbs.
  const bool company_participle = r.w.company_participles.contains(f.text, tok);
  const std::size_t spaced = company_participle ? auxiliary_before(r, i) : kNone;
  const bool participle = company_participle && (r.text(tokens[i - 1]) == "a" || spaced != kNone);
  // "Zorbix va commercialiser", "vient de développer", "prévoit d'industrialiser": the subject
  // stands before the auxiliary.
  const std::string_view word = r.text(tok);
  std::size_t auxiliary = kNone;
  if (r.w.company_infinitives.contains(f.text, tok) || word == "lever") {
    if (r.w.plan_auxiliaries.contains(f.text, tokens[i - 1]) && !f.upper[tokens[i - 1].begin]) {
      auxiliary = i - 1;
    } else if (i >= 2 && (r.text(tokens[i - 1]) == "de" || r.text(tokens[i - 1]) == "d") &&
               r.w.plan_auxiliaries_de.contains(f.text, tokens[i - 2]) && !f.upper[tokens[i - 2].begin]) {
      auxiliary = i - 2;
    }
  }
  // "Zorbix lève 5 millions d'euros", "vient de lever des fonds": raising money, not lifting a ban.
  const bool raises = verb && (word == "leve" || word == "levent" || (word == "lever" && auxiliary != kNone)) &&
                      i + 1 < tokens.size() &&
                      ((f.text[tokens[i + 1].begin] >= '0' && f.text[tokens[i + 1].begin] <= '9') ||
                       (i + 2 < tokens.size() && r.text(tokens[i + 1]) == "des" && r.text(tokens[i + 2]) == "fonds"));
  if (word == "lever" && !raises) auxiliary = kNone;
  if (!strong && !weak && !participle && auxiliary == kNone && !raises) return;
  std::size_t t = reflexive || phrase == 2 ? i - 1 : strong || weak || raises ? i : i - 1;
  if (auxiliary != kNone) t = auxiliary;
  if (participle && spaced != kNone && !strong && !weak && !raises) t = spaced;
  std::size_t first = clause_subject(r, t);
  // "Zorbix, qui développe des capteurs, ...": the subject of a relative clause that opens its
  // sentence.
  if (first == kNone && (strong || raises) && t >= 2 && r.text(tokens[t - 1]) == "qui" &&
      r.text(tokens[t - 2]) == ",") {
    t -= 2;
    first = clause_subject(r, t);
  }
  if (first == kNone) return;
  if (weak && (!company_shaped(r, first, t - 1) || r.products.names(r.w, f, tokens, first, t - 1))) return;
  r.emit(first, t - 1, 0, EntityType::company);
}

// "Anthropic, Armada, Amazon Web Services": a capitalised name listed between two known
// companies, with only commas and "et"/"ou" around it, is a company too.
void list_member(RuleContext& r) {
  const normalise::Normalised& f = r.f;
  const std::vector<Token>& tokens = r.tokens;
  const std::size_t n = tokens.size();
  const auto token_at = [&](std::size_t offset) {
    return static_cast<std::size_t>(std::lower_bound(tokens.begin(), tokens.end(), offset,
                                                     [](const Token& t, std::size_t o) { return t.begin < o; }) -
                                    tokens.begin());
  };
  const auto is_separator = [&](const Token& t) {
    const std::string_view s = r.text(t);
    return s == "," || s == "et" || s == "ou";
  };
  // The companies found so far, the gazetteers' and the token rules' ("Danone Manifesto
  // Ventures, Capagro et DS Participation"), in text order, one per place.
  std::vector<std::pair<std::uint32_t, std::uint32_t>> known;
  for (const produce::Candidate& c : r.out.all())
    if (c.type == EntityType::company) known.push_back({c.begin, c.end});
  std::sort(known.begin(), known.end());
  std::size_t kept = 0;
  for (const auto& span : known)
    if (kept == 0 || span.first >= known[kept - 1].second) known[kept++] = span;
  known.resize(kept);
  // The names between two tokens of a list, when nothing else stands there.
  std::vector<std::pair<std::size_t, std::size_t>> members;
  const auto read_members = [&](std::size_t from, std::size_t to) {
    members.clear();
    for (std::size_t t = from; t < to;) {
      if (is_separator(tokens[t])) {
        ++t;
        continue;
      }
      if (!is_name_word(r.w, f, tokens[t]) && !is_acronym(f, tokens[t])) return false;
      std::size_t last = t;
      while (last + 1 < to && !is_separator(tokens[last + 1]) && last - t < 2 &&
             name_joined(f, tokens[last], tokens[last + 1]) && tokens[last + 1].word && has_upper(f, tokens[last + 1]))
        ++last;
      if (last + 1 < to && !is_separator(tokens[last + 1])) return false;
      members.emplace_back(t, last);
      t = last + 1;
    }
    return true;
  };
  for (std::size_t k = 1; k < known.size(); ++k) {
    const std::size_t from = token_at(known[k - 1].second), to = token_at(known[k].first);
    if (from >= to || to - from > 16 || !is_separator(tokens[from]) || !is_separator(tokens[to - 1])) continue;
    if (!read_members(from, to)) continue;
    for (const auto& [first, last] : members) r.emit(first, last, 0, EntityType::company);
    // "Innovacom, Applied Materials, Bpifrance et Sofimac.": after two known companies in a row,
    // the list's last name, after "et" and before its end.
    const bool next_is_known = k + 1 < known.size() && token_at(known[k + 1].first) <= token_at(known[k].second) + 2;
    const std::size_t after = token_at(known[k].second);
    if (!members.empty() || next_is_known || after + 2 >= n || r.text(tokens[after]) != "et") continue;
    const std::size_t last = capitalised_run(r.w, f, tokens, after + 1);
    if (last == kNone || last - (after + 1) > 2) continue;
    const bool ends = last + 1 >= n || (!tokens[last + 1].word && r.text(tokens[last + 1]) != "-" &&
                                        r.text(tokens[last + 1]) != "'" && r.text(tokens[last + 1]) != "&");
    if (ends) r.emit(after + 1, last, 0, EntityType::company);
  }
}

bool ProductCues::names(const MatchWords& w, const normalise::Normalised& f, const std::vector<Token>& tokens,
                        std::size_t first, std::size_t last) {
  if (!built_) build(w, f, tokens);
  return first_tokens_.count(tokens[first].hash) || last_tokens_.count(tokens[last].hash);
}

void ProductCues::build(const MatchWords& w, const normalise::Normalised& f, const std::vector<Token>& tokens) {
  built_ = true;
  const std::size_t n = tokens.size();
  const auto text = [&](std::size_t i) { return token_text(f, tokens[i]); };
  const auto adjective = [&](std::size_t i) {
    return tokens[i].word && !f.upper[tokens[i].begin] &&
           (w.product_adjectives.contains(f.text, tokens[i]) || w.trigger_adjectives.contains(f.text, tokens[i]));
  };
  // One pass forward from the cue to the token it names; the costlier tests only run after the
  // cheap ones passed, since the whole document is read once a weak verb needs it.
  for (std::size_t i = 0; i + 1 < n; ++i) {
    const std::string_view t = text(i);
    if (t == "," || t == "est") {
      // "X, une plateforme", "X est un outil".
      if (i > 0 && i + 2 < n && (text(i + 1) == "une" || text(i + 1) == "un") &&
          w.product_nouns.contains(f.text, tokens[i + 2]))
        last_tokens_.insert(tokens[i - 1].hash);
      continue;
    }
    if (!tokens[i].word || f.upper[tokens[i].begin]) continue;
    if (w.product_nouns.contains(f.text, tokens[i])) {
      // "la plateforme X", "la solution brevetée X".
      std::size_t name = i + 1;
      for (int skipped = 0; skipped < 2 && name + 1 < n && adjective(name); ++skipped) ++name;
      first_tokens_.insert(tokens[name].hash);
    } else if ((i > 0 && text(i - 1) == "a" && w.product_makers.contains(f.text, tokens[i])) ||
               (w.product_verbs.contains(f.text, tokens[i]) && !ends_accented(f, tokens[i])) ||
               (i > 0 && text(i - 1) == "," && w.naming_participles.contains(f.text, tokens[i]))) {
      // "a développé X", "développe X" (not the participle "développé"), "cette solution,
      // appelée X".
      first_tokens_.insert(tokens[i + 1].hash);
    }
  }
}

}  // namespace gazette::match::context
