#include "match/context_matcher.h"

#include <algorithm>
#include <bitset>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "match/legal_suffix.h"
#include "match/word_glue.h"

namespace gazette::match {
namespace {

// A name introduced by a noun: "la start-up X" (company), "le laboratoire X" (lab).
enum class Follows : std::uint8_t { capitalised_name, acronym };

struct Trigger {
  EntryType type;
  Follows follows;
};

// Folded nouns (as match keys) that introduce a name. Kept to nouns whose apposition is almost
// always the organisation's own name in French news. Looked up by token-sequence hash, like
// gazetteer names, so that the common case (a token that starts no trigger) costs one bit test.
class TriggerTable {
 public:
  struct Node {
    Trigger trigger{};
    bool complete = false;    // a trigger ends here
    bool has_longer = false;  // a longer trigger continues
  };

  TriggerTable() {
    for (std::string_view noun :
         {"start up", "startup", "jeune pousse", "societe", "entreprise", "firme", "groupe", "filiale", "constructeur",
          "operateur", "editeur", "fabricant", "banque", "assureur", "biotech", "medtech", "fintech", "deeptech",
          "compagnie", "equipementier", "holding", "spin off", "spinoff", "pme", "eti", "laboratoire pharmaceutique",
          "distributeur", "transporteur", "armateur", "promoteur", "conglomerat", "constructeur automobile",
          "compagnie aerienne", "geant", "studio", "start up studio"})
      add(noun, Trigger{EntryType::company, Follows::capitalised_name});
    for (std::string_view noun : {"laboratoire", "labo", "unite", "unite de recherche", "unite mixte de recherche",
                                  "equipe", "equipe de recherche", "centre de recherche", "institut de recherche"})
      add(noun, Trigger{EntryType::lab, Follows::acronym});
  }

  bool may_start(std::uint64_t token_hash) const { return first_[token_hash & (kFilterBits - 1)]; }

  const Node* find(std::uint64_t sequence) const {
    const auto it = nodes_.find(sequence);
    return it == nodes_.end() ? nullptr : &it->second;
  }

 private:
  static constexpr std::size_t kFilterBits = 4096;

  void add(std::string_view key, Trigger trigger) {
    std::uint64_t sequence = kSequenceSeed;
    std::size_t start = 0;
    while (true) {
      const std::size_t space = key.find(' ', start);
      const std::string_view word = key.substr(start, space == std::string_view::npos ? std::string_view::npos : space - start);
      if (start == 0) first_.set(hash_bytes(word) & (kFilterBits - 1));
      sequence = extend_sequence(sequence, hash_bytes(word));
      Node& node = nodes_[sequence];
      if (space == std::string_view::npos) {
        node.trigger = trigger;
        node.complete = true;
        return;
      }
      node.has_longer = true;
      start = space + 1;
    }
  }

  std::unordered_map<std::uint64_t, Node> nodes_;
  std::bitset<kFilterBits> first_;
};

const TriggerTable& triggers() {
  static const TriggerTable table;
  return table;
}

// Adjectives that may stand between the noun and the name: "la firme japonaise SoftBank".
const std::unordered_set<std::string_view>& skippable_adjectives() {
  static const std::unordered_set<std::string_view> words = {
      "francaise", "francais", "americaine", "americain", "japonaise", "japonais", "allemande", "allemand",
      "chinoise", "chinois", "britannique", "suisse", "italienne", "italien", "espagnole", "espagnol",
      "coreenne", "coreen", "sud", "canadienne", "canadien", "indienne", "indien", "europeenne", "europeen",
      "israelienne", "israelien", "neerlandaise", "neerlandais", "belge", "suedoise", "suedois", "danoise",
      "danois", "norvegienne", "norvegien", "finlandaise", "finlandais", "russe", "australienne", "australien",
      "bresilienne", "bresilien", "mexicaine", "mexicain", "taiwanaise", "taiwanais", "irlandaise", "irlandais",
      "luxembourgeoise", "luxembourgeois", "autrichienne", "autrichien", "polonaise", "polonais", "portugaise",
      "portugais", "turque", "turc", "saoudienne", "saoudien", "emiratie", "singapourienne", "parisienne",
      "parisien", "lyonnaise", "lyonnais", "toulousaine", "toulousain", "bordelaise", "bordelais", "nantaise",
      "nantais", "grenobloise", "grenoblois", "lilloise", "lillois", "rennaise", "rennais", "marseillaise",
      "marseillais", "montpellieraine", "montpellierain", "strasbourgeoise", "strasbourgeois", "nicoise",
      "nicois", "bretonne", "breton", "alsacienne", "alsacien", "normande", "normand", "californienne",
      "californien", "new", "yorkaise", "yorkais", "locale", "local", "innovante", "innovant", "jeune",
      "technologique", "pharmaceutique", "industrielle", "industriel", "automobile", "aerienne", "aeronautique",
      "informatique", "numerique", "energetique", "petrolier", "petroliere", "bancaire", "mondial", "mondiale",
      "familial", "familiale", "public", "publique", "prive", "privee", "specialise", "specialisee", "creee",
      "cree", "nommee", "nomme", "baptisee", "baptise", "appelee", "appele", "mere", "concurrente",
      "concurrent", "rivale", "rival", "partenaire", "biotechnologie", "robotique", "spatiale", "spatial"};
  return words;
}

// "fondée en", "créée par": what a company's founding is told with.
const std::unordered_set<std::string_view>& founded_participles() {
  static const std::unordered_set<std::string_view> words = {"fondee", "fonde", "creee", "cree", "cofondee", "cofonde"};
  return words;
}
const std::unordered_set<std::string_view>& founded_followers() {
  static const std::unordered_set<std::string_view> words = {"en", "par", "fin", "debut", "mi", "il", "au", "a"};
  return words;
}

// Capitalised words that start a sentence or a title rather than a name.
const std::unordered_set<std::string_view>& not_names() {
  static const std::unordered_set<std::string_view> words = {
      "le", "la", "les", "un", "une", "des", "en", "il", "elle", "ils", "elles", "on", "ce", "cette", "ces",
      "son", "sa", "ses", "leur", "leurs", "au", "aux", "du", "de", "dans", "pour", "par", "avec", "sur",
      "et", "ou", "mais", "qui", "que", "dont", "janvier", "fevrier", "mars", "avril", "mai", "juin",
      "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi",
      "jeudi", "vendredi", "samedi", "dimanche", "france", "paris", "europe", "etat", "etats", "unis",
      "medtech", "deeptech", "biotech", "fintech", "foodtech", "greentech", "cleantech", "edtech", "proptech",
      "insurtech", "legaltech", "healthtech", "agritech", "start", "startup", "tech",
      "gouvernement", "ministre", "president", "selon", "depuis", "apres", "avant", "a", "d", "l", "s"};
  return words;
}

// Parents whose acronym in brackets marks the name before it as a lab: "GREYC (CNRS)".
const std::unordered_set<std::string_view>& lab_parents() {
  static const std::unordered_set<std::string_view> words = {"cnrs", "inserm", "inrae", "inra", "cea", "inria",
                                                             "umr", "ird", "cirad", "ifremer", "onera", "upr", "ums"};
  return words;
}

std::string_view token_text(const normalise::Normalised& f, const Token& t) {
  return std::string_view(f.text).substr(t.begin, t.end - t.begin);
}

bool has_upper(const normalise::Normalised& f, const Token& t) {
  for (std::uint32_t i = t.begin; i < t.end; ++i)
    if (f.upper[i]) return true;
  return false;
}

bool is_letter_byte(unsigned char c) { return (c >= 'a' && c <= 'z') || c >= 0x80; }

// All letters upper case, at least two of them: "LIRMM", "C2N", "FEMTO".
bool is_acronym(const normalise::Normalised& f, const Token& t) {
  if (!t.word) return false;
  std::size_t letters = 0;
  for (std::uint32_t i = t.begin; i < t.end; ++i) {
    if (!is_letter_byte(static_cast<unsigned char>(f.text[i]))) continue;
    if (!f.upper[i]) return false;
    ++letters;
  }
  return letters >= 2 || (letters >= 1 && t.end - t.begin >= 2);
}

// A capitalised word that can be part of a name: not a function word, a month, a sector noun,
// nor a lone letter ("C" of "C'est").
bool is_name_word(const normalise::Normalised& f, const Token& t) {
  return t.word && t.end - t.begin >= 2 && has_upper(f, t) && !not_names().count(token_text(f, t));
}

// Tokens joined without space by a hyphen ("FEMTO-ST", "IMEP-LAHC") form one name.
bool hyphen_joined(const normalise::Normalised& f, const Token& a, const Token& b) {
  return b.begin == a.end + 1 && f.text[a.end] == '-';
}

bool spaces_only(const normalise::Normalised& f, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i)
    if (f.text[i] != ' ') return false;
  return true;
}

// The last token of a name starting at `first` (a capitalised run, at most 4 words), or
// npos when no name starts there.
constexpr std::size_t kNone = static_cast<std::size_t>(-1);
constexpr std::size_t kMaxNameWords = 4;

std::size_t capitalised_run(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t first) {
  if (first >= tokens.size() || !is_name_word(f, tokens[first])) return kNone;
  std::size_t last = first;
  std::size_t words = 1;
  for (std::size_t t = first + 1; t < tokens.size() && words < kMaxNameWords; ++t) {
    if (!spaces_only(f, tokens[t - 1].end, tokens[t].begin) && !hyphen_joined(f, tokens[t - 1], tokens[t])) break;
    if (tokens[t].word && has_upper(f, tokens[t])) {
      last = t;
      ++words;
    } else if (token_text(f, tokens[t]) == "&" && t + 1 < tokens.size() && is_name_word(f, tokens[t + 1])) {
      continue;
    } else if (tokens[t].word && hyphen_joined(f, tokens[t - 1], tokens[t])) {
      last = t;  // "Siemens-gamesa" style lower-case continuation of a hyphenated name
    } else {
      break;
    }
  }
  return last;
}

// Words that make an institute a school, an academy or a cultural body, not a lab.
const std::unordered_set<std::string_view>& not_lab_institutes() {
  static const std::unordered_set<std::string_view> words = {
      "catholique", "polytechnique", "etudes", "universitaire", "france", "francais", "montaigne",
      "mines", "superieur", "superieure", "medico", "regional", "regionale", "bocuse", "europeen"};
  return words;
}

const std::unordered_set<std::string_view>& parent_institutions() {
  static const std::unordered_set<std::string_view> words = {"universite", "faculte", "ecole", "centre", "institut",
                                                             "hopital", "chu", "campus"};
  return words;
}

// The last token of a name that follows a head noun: capitalised words, possibly joined by
// "de", "du", "des", "d'", "et" ("Institut de Recherche et Développement"), at most 8 words.
std::size_t titled_run(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t first) {
  static const std::unordered_set<std::string_view> connectors = {"de", "du", "des", "d", "et", "la", "l"};
  std::size_t last = kNone;
  std::size_t t = first;
  bool seen_et = false, seen_de = false;
  for (std::size_t words = 0; t < tokens.size() && words < 8; ++t, ++words) {
    if (t > first && !spaces_only(f, tokens[t - 1].end, tokens[t].begin) && !hyphen_joined(f, tokens[t - 1], tokens[t]) &&
        !(tokens[t].begin == tokens[t - 1].end + 1 && f.text[tokens[t - 1].end] == '\''))
      break;
    const std::string_view text = token_text(f, tokens[t]);
    if (not_lab_institutes().count(text)) return kNone;
    // "et" joins the words of a descriptive name ("Institut de Recherche et Développement"),
    // not a name and the next one ("Institut Curie et Argobio").
    if (text == "et") {
      if (seen_et || !seen_de) break;
      seen_et = true;
    }
    if (text == "de" || text == "du" || text == "des" || text == "d") seen_de = true;
    // "... de l'Université de Grenoble", "... du CEA": the name of a parent, not of the lab.
    const bool parent_follows = connectors.count(text) && t + 1 < tokens.size() &&
                                (is_acronym(f, tokens[t + 1]) || parent_institutions().count(token_text(f, tokens[t + 1])));
    if (parent_follows) break;
    if (tokens[t].word && has_upper(f, tokens[t]) && !not_names().count(text)) {
      last = t;
    } else if (!(tokens[t].word && !f.upper[tokens[t].begin] && connectors.count(text) && last != kNone) &&
               !(t == first && connectors.count(text) && !f.upper[tokens[t].begin])) {
      break;
    }
  }
  return last;
}

std::size_t acronym_run(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t first) {
  // "le laboratoire UMR 5506": a unit's kind, not its name (the UMR rule reads the number).
  static const std::unordered_set<std::string_view> unit_kinds = {"umr", "upr", "ums", "umi", "ea", "fre", "inserm", "cnrs"};
  if (first >= tokens.size() || !is_acronym(f, tokens[first]) || unit_kinds.count(token_text(f, tokens[first])))
    return kNone;
  std::size_t last = first;
  while (last + 1 < tokens.size() && hyphen_joined(f, tokens[last], tokens[last + 1]) && is_acronym(f, tokens[last + 1]))
    ++last;
  return last;
}

// The first token of an acronym run ending at `last`, walking back over hyphens.
std::size_t acronym_start(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t last) {
  std::size_t first = last;
  while (first > 0 && hyphen_joined(f, tokens[first - 1], tokens[first]) && is_acronym(f, tokens[first - 1])) --first;
  return first;
}

// Hash of the token that starts at folded offset `begin` (a match always starts on a token).
std::uint64_t first_token_hash(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t begin) {
  const auto it = std::lower_bound(tokens.begin(), tokens.end(), begin,
                                   [](const Token& t, std::size_t offset) { return t.begin < offset; });
  return it != tokens.end() && it->begin == begin ? it->hash : hash_bytes(std::string_view(f.text).substr(begin, 1));
}

bool all_digits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}


const std::unordered_set<std::string_view>& determiners() {
  static const std::unordered_set<std::string_view> words = {"une", "un", "la", "le", "l", "cette", "ce"};
  return words;
}

// The name a trigger noun describes from after it: "Amarob, spin-off issue de ...",
// "UNGUARD TX est une entreprise ...", "Renault, le constructeur ...".
template <typename Emit>
void find_name_before(const normalise::Normalised& f, const std::vector<Token>& tokens, std::size_t noun,
                      const Trigger& trigger, Emit& emit) {
  if (noun == 0) return;
  std::size_t t = noun - 1;
  if (t > 0 && skippable_adjectives().count(token_text(f, tokens[t])) && !f.upper[tokens[t].begin]) --t;
  std::string_view determiner;
  if (t > 0 && determiners().count(token_text(f, tokens[t])) && !f.upper[tokens[t].begin]) {
    determiner = token_text(f, tokens[t]);
    --t;
  }
  const std::string_view link = token_text(f, tokens[t]);
  // "UNGUARD TX est une entreprise", "Astrachain est éditeur de ...".
  const bool copula = link == "est" && !f.upper[tokens[t].begin];
  // "Amarob, spin-off de ...", "Argobio, un start-up studio", but not "À Lyon, la start-up X":
  // after a comma, a definite article introduces the next name, not the previous one.
  // ("À Bessan, un groupe de manifestants": a "groupe" with an indefinite article is any group.)
  const bool apposition = link == "," && (determiner.empty() || ((determiner == "un" || determiner == "une") &&
                                                                 token_text(f, tokens[noun]) != "groupe"));
  if (!(copula || apposition) || t == 0) return;
  const std::size_t last = t - 1;
  if (!tokens[last].word) return;
  if (trigger.follows == Follows::acronym) {
    if (!is_acronym(f, tokens[last]) || lab_parents().count(token_text(f, tokens[last]))) return;
    emit(acronym_start(f, tokens, last), last, 0, trigger.type);
    return;
  }
  if (!is_name_word(f, tokens[last])) return;
  std::size_t first = last;
  while (first > 0 && last - first + 1 < kMaxNameWords && is_name_word(f, tokens[first - 1]) &&
         (spaces_only(f, tokens[first - 1].end, tokens[first].begin) || hyphen_joined(f, tokens[first - 1], tokens[first])))
    --first;
  emit(first, last, 0, trigger.type);
}

}  // namespace

void ContextMatcher::find(const normalise::Normalised& f, const std::vector<Token>& tokens,
                          std::vector<ContextMatch>& out) const {
  const std::size_t first_new = out.size();
  // Two rules may see the same name ("le laboratoire LIRMM (UMR ...)"): keep it once.
  std::unordered_set<std::size_t> seen_begins;
  const auto emit = [&](std::size_t first, std::size_t last, std::size_t end, EntryType type) {
    const std::size_t begin = tokens[first].begin;
    if (glued_to_longer_word(f, tokens, first, last)) return;
    // "Martine Orange", and "le groupe Hervé (de La Martinière)": people, not organisations.
    if (first_names_ && (first_names_->precede(f, tokens, first) || (first == last && first_names_->contains(tokens[first]))))
      return;
    if (seen_begins.insert(begin).second) out.push_back({begin, end ? end : tokens[last].end, type});
  };
  const auto& trigger_table = triggers();
  const std::size_t n = tokens.size();

  for (std::size_t i = 0; i < n; ++i) {
    const Token& tok = tokens[i];
    if (!tok.word) {
      // "GREYC (CNRS ...)", "LIRMM (UMR 5506)": an acronym right before a bracketed parent.
      if (f.text[tok.begin] == '(' && i > 0 && i + 1 < n && lab_parents().count(token_text(f, tokens[i + 1])) &&
          is_acronym(f, tokens[i - 1]) && !lab_parents().count(token_text(f, tokens[i - 1]))) {
        const std::size_t start = acronym_start(f, tokens, i - 1);
        emit(start, i - 1, 0, EntryType::lab);
      }
      continue;
    }
    const std::string_view word = token_text(f, tok);

    // "UMR 5506", "UMR-S 1234": a joint research unit named by its number. In "UMR CNRS 5130"
    // the parent's name stands between them and is a mention of its own.
    if (word == "umr" && f.upper[tok.begin]) {
      std::size_t t = i + 1;
      if (t < n && token_text(f, tokens[t]) == "s" && hyphen_joined(f, tokens[i], tokens[t])) ++t;
      if (t < n && all_digits(token_text(f, tokens[t])) && token_text(f, tokens[t]).size() >= 3 &&
          spaces_only(f, tokens[t - 1].end, tokens[t].begin))
        emit(i, t, 0, EntryType::lab);
      continue;
    }

    // A legal form after a capitalised name: "Quandela SAS", "Acme Inc.".
    if (i > 0 && f.upper[tok.begin] && tokens[i - 1].word && has_upper(f, tokens[i - 1])) {
      if (const std::size_t suffix_end = legal_suffix_end(f, tokens, i)) {
        std::size_t first = i - 1;
        while (first > 0 && i - first < kMaxNameWords && tokens[first - 1].word && has_upper(f, tokens[first - 1]) &&
               spaces_only(f, tokens[first - 1].end, tokens[first].begin) &&
               !not_names().count(token_text(f, tokens[first - 1])))
          --first;
        if (!not_names().count(token_text(f, tokens[first]))) emit(first, i - 1, suffix_end, EntryType::company);
        continue;
      }
    }

    // "Carembouche a été fondée en 2021", "Ynsect, créée en 2011 par ...": founded, so a company.
    if (founded_participles().count(word) && !f.upper[tok.begin] && i + 1 < n &&
        founded_followers().count(token_text(f, tokens[i + 1]))) {
      std::size_t t = i;
      const bool prefixed = i > 0 && hyphen_joined(f, tokens[i - 1], tokens[i]);  // "Co-fondée par"
      if (t >= 2 && token_text(f, tokens[t - 1]) == "ete" && token_text(f, tokens[t - 2]) == "a") t -= 2;
      if (t >= 1 && token_text(f, tokens[t - 1]) == ",") --t;
      if (!prefixed && t >= 1 && is_name_word(f, tokens[t - 1])) {
        std::size_t first = t - 1;
        while (first > 0 && t - first < kMaxNameWords && is_name_word(f, tokens[first - 1]) &&
               spaces_only(f, tokens[first - 1].end, tokens[first].begin))
          --first;
        // Sentence-initial capitals ("En 2019, Paris ...") and places are kept out by is_name_word;
        // a name must start a clause: after punctuation, a line break or the text's start.
        const bool clause_start = first == 0 || !tokens[first - 1].word || f.text.find('\n', tokens[first - 1].end) < tokens[first].begin;
        if (clause_start) emit(first, t - 1, 0, EntryType::company);
      }
    }

    // "Institut FEMTO-ST", "l'institut Curie", "Laboratoire Hubert Curien": the head is part of
    // the lab's name.
    if (word == "institut" || (word == "laboratoire" && f.upper[tok.begin])) {
      const std::size_t last = titled_run(f, tokens, i + 1);
      if (last != kNone) {
        emit(i, last, 0, EntryType::lab);
        i = last;
        continue;
      }
    }

    // A trigger noun, in lower case (capitalised, it may be a name's own head).
    if (f.upper[tok.begin] || !trigger_table.may_start(tok.hash)) continue;
    const Trigger* trigger = nullptr;
    std::size_t after = 0;
    std::uint64_t sequence = kSequenceSeed;
    for (std::size_t j = i; j < n && j < i + 3; ++j) {
      if (j > i && (!tokens[j].word || f.upper[tokens[j].begin])) break;
      sequence = extend_sequence(sequence, tokens[j].hash);
      const TriggerTable::Node* node = trigger_table.find(sequence);
      if (!node) break;
      if (node->complete) {
        trigger = &node->trigger;
        after = j + 1;
      }
      if (!node->has_longer) break;
    }
    if (!trigger) continue;
    find_name_before(f, tokens, i, *trigger, emit);
    std::size_t start = after;
    for (int skipped = 0; skipped < 3 && start < n && tokens[start].word && !f.upper[tokens[start].begin] &&
                          skippable_adjectives().count(token_text(f, tokens[start]));
         ++skipped)
      ++start;
    if (start >= n || !spaces_only(f, tokens[start - 1].end, tokens[start].begin)) continue;
    const std::size_t last = trigger->follows == Follows::acronym ? acronym_run(f, tokens, start)
                                                                   : capitalised_run(f, tokens, start);
    if (last == kNone) continue;
    std::size_t end = 0;
    if (trigger->type == EntryType::company) end = legal_suffix_end(f, tokens, last + 1);
    emit(start, last, end, trigger->type);
    i = last;
  }

  // Find the names learnt above wherever the document repeats them, spelled the same way.
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
    const auto range = by_first_token.equal_range(first_token_hash(f, tokens, out[m].begin));
    if (std::any_of(range.first, range.second, [&](const auto& e) { return learnt[e.second].key == l.key; })) continue;
    for (std::size_t b = out[m].begin; b < out[m].end; ++b) l.case_bits.push_back(f.upper[b] ? 'U' : 'l');
    const std::uint64_t first_hash = first_token_hash(f, tokens, out[m].begin);
    by_first_token.emplace(first_hash, learnt.size());
    learnt_filter.set(first_hash & (learnt_filter.size() - 1));
    learnt.push_back(std::move(l));
  }
  if (learnt.empty()) return;
  for (std::size_t i = 0; i < n; ++i) {
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
      if (same_case && seen_begins.insert(begin).second) out.push_back({begin, end, l.type});
    }
  }
}

}  // namespace gazette::match
