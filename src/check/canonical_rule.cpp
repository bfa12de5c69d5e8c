// canonical: a name written differently from how its entry writes it, where the difference is
// an error and not an alias. Three ways a name goes wrong:
//   case     the matcher found it, but not in a case the entry writes (nvidia, Deepmind);
//   spacing  two words that join into a one-word name (Open AI, Deep Mind, Micro soft), which
//            the matcher cannot find since they are two tokens;
//   spelling a capitalised word that is no name, no ordinary word and one or two edits from a
//            one-word name (NVvidia).
#include <fmt/format.h>

#include <algorithm>

#include "check/letter_case.h"
#include "check/rules.h"
#include "check/spellings.h"
#include "input/utf8.h"

namespace gazette::check {

namespace {

// Whether `written` drops a capital that `form` has, where both are the same letters.
bool drops_a_capital(std::string_view written, std::string_view form) {
  std::size_t i = 0, j = 0;
  bool dropped = false;
  while (i < written.size() && j < form.size()) {
    const std::size_t wi = i, fj = j;
    const char32_t a = utf8::decode(written, i), b = utf8::decode(form, j);
    const bool a_upper = starts_upper(written.substr(wi, i - wi)), b_upper = starts_upper(form.substr(fj, j - fj));
    if (a_upper && !b_upper) return false;  // the writer's own styling: not an error
    if (a != b && !a_upper && b_upper) dropped = true;
  }
  return dropped;
}

}  // namespace

std::string misspelt_case(std::string_view surface, const std::vector<std::string_view>& forms) {
  for (std::string_view w : forms)
    if (surface == w || (surface.size() > w.size() && surface.substr(0, w.size()) == w && surface[w.size()] == ' '))
      return {};
  const auto first_word = [](std::string_view s) { return s.substr(0, std::min(s.find(' '), s.size())); };
  const std::string_view head = first_word(surface);
  const std::string lower_head = to_lower(head);
  const bool several_words = head.size() < surface.size();
  for (std::string_view w : forms) {
    const std::string_view form_head = first_word(w);
    if (to_lower(form_head) != lower_head) continue;
    if (head == form_head) return {};
    if (all_upper(head)) return {};
    if (all_upper(form_head) && title_case(head)) return {};
    if (several_words && !starts_upper(head)) return {};
    if (!starts_upper(head) && !all_lower(head)) return {};  // iMab, eBay: a styled name
    if (!drops_a_capital(head, form_head)) return {};
  }
  for (std::string_view w : forms) {
    const std::string_view form_head = first_word(w);
    if (to_lower(form_head) != lower_head) continue;
    return std::string(form_head) + std::string(surface.substr(head.size()));
  }
  return {};  // an alias, not a variant of a form
}

namespace {

// Letters from which a misspelling of a well-known name is reported without the name written
// right in the same document.
constexpr std::size_t kLongName = 7;

class CanonicalRule : public Rule {
 public:
  CanonicalRule(const CanonicalConfig& config, const CheckResources& resources)
      : config_(config), resources_(resources), spellings_(*resources.spellings) {}

  void check(const CheckDocument& doc, std::vector<Finding>& out) const override {
    check_case(doc, out);
    check_spacing(doc, out);
    if (config_.fuzzy) check_spelling(doc, out);
  }

 private:
  bool allowed(std::string_view surface) const {
    return std::find(config_.allow.begin(), config_.allow.end(), surface) != config_.allow.end();
  }

  Finding finding(std::size_t start, std::size_t end, std::string_view text, std::string suggestion,
                  std::string message) const {
    Finding f;
    f.rule = "canonical";
    f.severity = config_.severity;
    f.start = start;
    f.end = end;
    f.text = std::string(text);
    f.suggestion = std::move(suggestion);
    f.message = std::move(message);
    return f;
  }

  void check_case(const CheckDocument& doc, std::vector<Finding>& out) const {
    for (const resolve::Mention& m : doc.mentions) {
      if (m.type == produce::EntityType::money || m.source != "gazetteer" || allowed(m.text)) continue;
      std::vector<std::string_view> forms;
      for (std::uint32_t i : spellings_.forms_of(m.canonical)) forms.push_back(spellings_.at(i).form);
      const std::string right = misspelt_case(m.text, forms);
      if (right.empty()) continue;
      out.push_back(
          finding(m.start, m.end, m.text, right,
                  fmt::format("'{}' is written '{}' ({} {})", m.text, right, produce::to_string(m.type), m.canonical)));
    }
  }

  // Word tokens of the prose with their original spans.
  struct Word {
    std::size_t begin, end;  // original bytes
    std::size_t token;
  };
  static std::vector<Word> words(const CheckDocument& doc) {
    std::vector<Word> out;
    const auto& f = doc.text.folded;
    for (std::size_t i = 0; i < doc.text.tokens.size(); ++i) {
      const tokens::Token& t = doc.text.tokens[i];
      if (!t.word) continue;
      out.push_back({f.original_begin(t.begin), f.original_end(t.end), i});
    }
    return out;
  }

  void check_spacing(const CheckDocument& doc, std::vector<Finding>& out) const {
    for (const SplitName& n : split_names(doc, spellings_)) {
      if (allowed(n.written)) continue;
      const Spelling& s = *n.spelling;
      out.push_back(finding(
          n.start, n.end, n.written, s.form,
          fmt::format("'{}' is written '{}' ({} {})", n.written, s.form, produce::to_string(s.type), s.canonical)));
    }
  }

  // How often the document has this word, spelt the same.
  static std::size_t occurrences(const CheckDocument& doc, const tokens::Token& token) {
    std::size_t n = 0;
    for (const tokens::Token& t : doc.text.tokens)
      n += t.hash == token.hash && doc.text.token_text(t) == doc.text.token_text(token);
    return n;
  }

  bool inside_listed_name(const CheckDocument& doc, std::size_t begin, std::size_t end) const {
    // Mentions do not overlap and come in order, so their ends are sorted too.
    auto it = std::partition_point(doc.mentions.begin(), doc.mentions.end(),
                                   [&](const resolve::Mention& m) { return m.end <= begin; });
    for (; it != doc.mentions.end() && it->start < end; ++it)
      if (it->source == "gazetteer" || it->source == "pattern") return true;
    return false;
  }

  void check_spelling(const CheckDocument& doc, std::vector<Finding>& out) const {
    const std::vector<Word> ws = words(doc);
    for (std::size_t i = 0; i < ws.size(); ++i) {
      const Word& w = ws[i];
      const std::string_view written = doc.original.substr(w.begin, w.end - w.begin);
      const std::string_view folded = doc.text.token_text(doc.text.tokens[w.token]);
      if (folded.size() < 5 || !starts_upper(written) || all_upper(written)) continue;
      if (std::any_of(folded.begin(), folded.end(), [](char c) { return c >= '0' && c <= '9'; })) continue;
      if (resources_.ordinary_words.contains(doc.text.folded.text, doc.text.tokens[w.token]) ||
          resources_.first_names.contains(doc.text.folded.text, doc.text.tokens[w.token]) ||
          spellings_.is_name_token(folded) || allowed(written))
        continue;
      // A surname after a first name (Jean Renaud) is a person's name, not a company's.
      if (i > 0 && resources_.first_names.contains(doc.text.folded.text, doc.text.tokens[ws[i - 1].token])) continue;
      if (inside_listed_name(doc, w.begin, w.end)) continue;
      const std::vector<ApproximateNames::Match> matches = spellings_.approximate().find(folded);
      if (matches.empty()) continue;
      const Spelling& best = spellings_.at(matches[0].target);
      // Two names at the same distance: no single suggestion to make.
      const bool ambiguous = std::any_of(matches.begin() + 1, matches.end(), [&](const ApproximateNames::Match& m) {
        return m.distance == matches[0].distance && spellings_.at(m.target).canonical != best.canonical;
      });
      if (ambiguous) continue;
      // Misspellings keep the first letter; a word that does not is another word.
      if (folded[0] != matches[0].folded[0]) continue;
      // Most capitalised words near a name are other names (people, places, start-ups no list
      // has). A misspelling is made once, and either next to the name written right or as a
      // typist's slip in a long name of an organisation people write about.
      if (occurrences(doc, doc.text.tokens[w.token]) > 1) continue;
      const bool named_right = std::any_of(doc.mentions.begin(), doc.mentions.end(),
                                           [&](const resolve::Mention& m) { return m.canonical == best.canonical; });
      if (!named_right &&
          !(best.well_known && folded.size() >= kLongName && ApproximateNames::is_slip(folded, matches[0].folded)))
        continue;
      out.push_back(finding(w.begin, w.end, written, best.form,
                            fmt::format("'{}' looks like a misspelling of '{}' ({} {})", written, best.form,
                                        produce::to_string(best.type), best.canonical)));
    }
  }

  CanonicalConfig config_;
  const CheckResources& resources_;
  const Spellings& spellings_;
};

}  // namespace

std::unique_ptr<Rule> make_canonical_rule(const CanonicalConfig& config, const CheckResources& resources) {
  return std::make_unique<CanonicalRule>(config, resources);
}

}  // namespace gazette::check
