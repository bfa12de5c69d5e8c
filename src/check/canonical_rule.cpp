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

class CanonicalRule : public Rule {
 public:
  CanonicalRule(const CanonicalConfig& config, const CheckResources& resources)
      : config_(config),
        spellings_(*resources.spellings),
        finder_(
            spellings_.approximate(),
            [this](std::uint32_t target) {
              const Spelling& s = spellings_.at(target);
              return match::MisspeltName{s.canonical, s.well_known};
            },
            resources.words) {}

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
      bool registry_only = true;
      for (std::uint32_t i : spellings_.forms_of(m.canonical)) {
        forms.push_back(spellings_.at(i).form);
        registry_only = registry_only && spellings_.at(i).registry_only;
      }
      const std::string right = misspelt_case(m.text, forms);
      if (right.empty()) continue;
      // A capital dropped inside a name only a registry styles so (Probayes, Biocontrol) is no
      // error; a name written all in lower case (probayes) still is.
      if (registry_only && !forms.empty() && starts_upper(m.text)) continue;
      out.push_back(
          finding(m.start, m.end, m.text, right,
                  fmt::format("'{}' is written '{}' ({} {})", m.text, right, produce::to_string(m.type), m.canonical)));
    }
  }

  void check_spacing(const CheckDocument& doc, std::vector<Finding>& out) const {
    for (const SplitName& n : split_names(doc, spellings_)) {
      if (allowed(n.written)) continue;
      const Spelling& s = *n.spelling;
      out.push_back(finding(
          n.start, n.end, n.written, std::string(s.form),
          fmt::format("'{}' is written '{}' ({} {})", n.written, s.form, produce::to_string(s.type), s.canonical)));
    }
  }

  bool inside_listed_name(const CheckDocument& doc, std::size_t begin, std::size_t end) const {
    // Mentions do not overlap and come in order, so their ends are sorted too.
    auto it = std::partition_point(doc.mentions.begin(), doc.mentions.end(),
                                   [&](const resolve::Mention& m) { return m.end <= begin; });
    for (; it != doc.mentions.end() && it->start < end; ++it)
      if (it->source == "gazetteer" || it->source == "pattern") return true;
    return false;
  }

  // Capitalised words near a one-word name, by the policy `extract --fuzzy` shares.
  void check_spelling(const CheckDocument& doc, std::vector<Finding>& out) const {
    const auto& f = doc.text.folded;
    const auto span = [&](std::size_t token) {
      const tokens::Token& t = doc.text.tokens[token];
      return std::make_pair(f.original_begin(t.begin), f.original_end(t.end));
    };
    const auto skip = [&](std::size_t token) {
      const auto [begin, end] = span(token);
      return allowed(doc.original.substr(begin, end - begin)) || inside_listed_name(doc, begin, end);
    };
    const auto named_right = [&](std::string_view canonical) {
      return std::any_of(doc.mentions.begin(), doc.mentions.end(),
                         [&](const resolve::Mention& m) { return m.canonical == canonical; });
    };
    for (const match::Misspelling& found : finder_.find(doc.text, skip, named_right)) {
      const auto [begin, end] = span(found.token);
      const std::string_view written = doc.original.substr(begin, end - begin);
      const Spelling& best = spellings_.at(found.match.target);
      out.push_back(finding(begin, end, written, std::string(best.form),
                            fmt::format("'{}' looks like a misspelling of '{}' ({} {})", written, best.form,
                                        produce::to_string(best.type), best.canonical)));
    }
  }

  CanonicalConfig config_;
  const Spellings& spellings_;
  const match::MisspellingFinder finder_;
};

}  // namespace

std::unique_ptr<Rule> make_canonical_rule(const CanonicalConfig& config, const CheckResources& resources) {
  return std::make_unique<CanonicalRule>(config, resources);
}

}  // namespace gazette::check
