#include "model/cue_features.h"

#include "model/model_types.h"

namespace gazette::model {

namespace {

// The context rules' product nouns, and a few more that only weigh as evidence here: a rule
// cannot drop a name after "machine" or "version", a feature can lean against it.
bool product_noun(const match::MatchWords& words, std::string_view text, const Token& t) {
  const std::string_view w = text.substr(t.begin, t.end - t.begin);
  return words.product_nouns.contains(text, t) || w == "machine" || w == "version" || w == "titre" ||
         w == "programme" || w == "rapport" || w == "methode" || w == "medicament" || w == "molecule" ||
         w == "therapie" || w == "traitement" || w == "vaccin";
}

}  // namespace

void cue_features(const DocumentView& doc, const SpanCandidate& span, FeatureList& out) {
  const auto& tokens = doc.tokens();
  const auto& upper = doc.folded().upper;
  const std::size_t n = tokens.size();
  const std::size_t a = span.first, b = span.last;
  const bool at_start = doc.sentence_start(a);
  const auto lower_word = [&](std::size_t i) { return tokens[i].word && !upper[tokens[i].begin]; };

  // Nothing before a sentence's first word speaks of it: "... des hôpitaux\n\nBrevalis propose"
  // is not "le service Brevalis".
  const std::size_t reach = at_start ? 0 : a;
  // A trigger noun ending right before the name, maybe with adjectives between.
  std::size_t end = reach;
  for (int skipped = 0; skipped < 2 && end > 0 && lower_word(end - 1) &&
                        doc.words().trigger_adjectives.contains(doc.folded().text, tokens[end - 1]);
       ++skipped)
    --end;
  const auto& triggers = doc.words().triggers;
  const auto is_trigger = [&](std::size_t from, std::size_t to) {
    const auto* node = triggers.find(tokens::sequence_of(tokens, from, to - 1));
    return node && node->complete ? node : nullptr;
  };
  // "l'animateur de radio Pierre Bouteiller": a trigger noun after a bare "de" qualifies the noun
  // before it and introduces no name, unless that noun is a trigger too ("la société de conseil").
  const auto complement = [&](std::size_t s) {
    if (s < 2 || !lower_word(s - 1) || !lower_word(s - 2)) return false;
    const std::string_view de = doc.text(tokens[s - 1]);
    if (de != "de" && de != "d") return false;
    for (std::size_t length = 1; length <= 3 && length <= s - 1; ++length)
      if (triggers.may_start(tokens[s - 1 - length].hash) && is_trigger(s - 1 - length, s - 1)) return false;
    return true;
  };
  for (std::size_t length = 1; length <= 3 && length <= end && reach; ++length) {
    if (!triggers.may_start(tokens[end - length].hash)) continue;  // a bit test spares most lookups
    if (const auto* node = is_trigger(end - length, end); node && !complement(end - length))
      out.push_back(mix(kTriggerBefore, static_cast<std::uint64_t>(node->value.type) * 2 + (end != a)));
  }
  // "son système de programmation AlphaEvolve": the noun may stand a few lower-case words back.
  for (std::size_t d = 1; d <= 4 && d <= reach && lower_word(a - d); ++d)
    if (product_noun(doc.words(), doc.folded().text, tokens[a - d])) out.push_back(mix(kProductCue, d > 2 ? 3 : d));
  for (std::size_t d = 1; d <= 2 && d <= reach; ++d) {
    if (lower_word(a - d) && doc.words().product_makers.contains(doc.folded().text, tokens[a - d]))
      out.push_back(mix(kProductMaker, d));
  }
  if (b < n) {
    const Token& next = tokens[b];
    // "Marché visé :", "le logiciel X développé par": a participle, not the verb.
    const bool verb = !doc.ends_accented(next);
    if (verb && doc.words().company_verbs.contains(doc.folded().text, next)) out.push_back(mix(kCompanyVerb, at_start));
    if (verb && doc.words().weak_company_verbs.contains(doc.folded().text, next))
      out.push_back(mix(kWeakCompanyVerb, at_start));
    if (b + 1 < n && doc.text(next) == "a" &&
        doc.words().company_participles.contains(doc.folded().text, tokens[b + 1]))
      out.push_back(mix(kCompanyParticiple, at_start));
    if (b + 1 < n && !next.word && doc.words().founded_participles.contains(doc.folded().text, tokens[b + 1]))
      out.push_back(mix(kFounded, 1));
    if (b + 1 < n && doc.text(next) == "(" && doc.words().lab_parents.contains(doc.folded().text, tokens[b + 1]))
      out.push_back(mix(kLabParent, 1));
  }
  // "X est une plateforme", "X, une machine", "X, la première thérapie": the document says what
  // X is.
  std::size_t at = b;
  if (at < n && (doc.text(tokens[at]) == "est" || doc.text(tokens[at]) == ",")) ++at;
  const auto article = [&](std::string_view w) { return w == "un" || w == "une" || w == "le" || w == "la"; };
  if (at > b && at < n && article(doc.text(tokens[at]))) {
    ++at;
    if (at < n && doc.words().leading_adjectives.contains(doc.folded().text, tokens[at])) ++at;
    for (int skipped = 0;
         skipped < 2 && at < n && doc.words().trigger_adjectives.contains(doc.folded().text, tokens[at]); ++skipped)
      ++at;
    if (at < n && product_noun(doc.words(), doc.folded().text, tokens[at])) out.push_back(mix(kProductAfter, 1));
    if (at < n && triggers.may_start(tokens[at].hash)) {
      std::uint64_t sequence = tokens::extend_sequence(tokens::kSequenceSeed, tokens[at].hash);
      if (const auto* node = triggers.find(sequence); node && node->complete)
        out.push_back(mix(kCompanyAfter, static_cast<std::uint64_t>(node->value.type)));
      if (at + 2 < n && doc.text(tokens[at]) == "start") {  // "start-up" is two tokens
        sequence = tokens::extend_sequence(sequence, tokens[at + 1].hash);
        if (const auto* node = triggers.find(sequence); node && node->complete)
          out.push_back(mix(kCompanyAfter, static_cast<std::uint64_t>(node->value.type)));
      }
    }
  }
  // "le comté d'Orange", "la rue d'Arcole", "le quartier Bellevue": a place's name.
  const auto place_noun = [&](std::size_t i) {
    return lower_word(i) && doc.words().place_nouns.contains(doc.folded().text, tokens[i]);
  };
  if (reach >= 1 && place_noun(a - 1)) out.push_back(mix(kPlaceBefore, 1));
  if (reach >= 2 && (doc.text(tokens[a - 1]) == "de" || doc.text(tokens[a - 1]) == "d") && place_noun(a - 2))
    out.push_back(mix(kPlaceBefore, 2));
  // "une machine appelée Lakhesys", "baptisé X": a thing's name more often than a company's.
  const auto named_as = [&](std::size_t i) {
    return doc.words().naming_participles.contains(doc.folded().text, tokens[i]);
  };
  if (reach >= 1 && named_as(a - 1)) out.push_back(mix(kNamedAs, 1));
  if (reach >= 2 && !tokens[a - 1].word && named_as(a - 2)) out.push_back(mix(kNamedAs, 1));
  if (reach >= 2 && doc.text(tokens[a - 1]) == "(" &&
      doc.words().lab_parents.contains(doc.folded().text, tokens[a - 2]))
    out.push_back(mix(kLabParent, 2));
  const Token& first = tokens[a];
  if (doc.words().not_names.contains(doc.folded().text, first)) out.push_back(mix(kNotName, b - a > 1));
  if (doc.words().generic_heads.contains(doc.folded().text, first)) out.push_back(mix(kGenericHead, b - a > 1));
  for (std::size_t i = a; i < b; ++i)
    if (doc.words().not_lab_institutes.contains(doc.folded().text, tokens[i])) out.push_back(mix(kNotLabInstitute, 1));
}

}  // namespace gazette::model
