// consistency: one document names the same company or lab in two ways: two spellings of one
// name (OpenAI and Open AI, Nvidia and nvidia) or a company's former and current names (Meta
// and Facebook; data/lang/check/renamed.txt). An acronym next to the full name (AWS, Amazon Web
// Services) and a full name next to its listed short form (Google DeepMind, DeepMind) are the
// usual way to introduce a name and are not reported. The most frequent way is
// taken as the document's; each other way is reported once, where it first appears.
#include <fmt/format.h>

#include <map>

#include "check/letter_case.h"
#include "check/rules.h"
#include "check/spellings.h"
#include "input/utf8.h"

namespace gazette::check {
namespace {

struct Way {
  std::string surface;
  std::string canonical;  // of the entry it names
  bool listed = false;    // one of the entry's written forms
  std::size_t count = 0, first = 0, first_end = 0;
};

// A capital at the start is the sentence's or the typographer's, not another way to write it.
std::string first_letter_lowered(std::string_view s) {
  std::size_t end = 0;
  utf8::decode(s, end);
  return to_lower(s.substr(0, end)) + std::string(s.substr(end));
}

class ConsistencyRule : public Rule {
 public:
  ConsistencyRule(const ConsistencyConfig& config, const CheckResources& resources)
      : config_(config), resources_(resources) {}

  void check(const CheckDocument& doc, std::vector<Finding>& out) const override {
    const Spellings& spellings = *resources_.spellings;
    std::map<std::string, std::vector<Way>> groups;  // by the group's canonical name
    const auto add = [&](const std::string& canonical, std::string_view surface, std::size_t start, std::size_t end) {
      if (all_upper(surface)) return;
      // Case aside: a listed name in lower case is still the listed name (l'institut Curie).
      const std::string lower = to_lower(surface);
      bool listed = false;
      for (std::uint32_t i : spellings.forms_of(canonical)) listed = listed || to_lower(spellings.at(i).form) == lower;
      const std::string key = first_letter_lowered(surface);
      const auto renamed = resources_.renamed.find(canonical);
      std::vector<Way>& ways = groups[renamed == resources_.renamed.end() ? canonical : renamed->second];
      for (Way& w : ways)
        if (first_letter_lowered(w.surface) == key) {
          ++w.count;
          return;
        }
      ways.push_back({std::string(surface), canonical, listed, 1, start, end});
    };
    std::vector<SplitName> splits = split_names(doc, spellings);
    std::size_t next_split = 0;
    for (const resolve::Mention& m : doc.mentions) {
      while (next_split < splits.size() && splits[next_split].start < m.start) {
        const SplitName& s = splits[next_split++];
        add(std::string(s.spelling->canonical), s.written, s.start, s.end);
      }
      if (m.type == produce::EntityType::money || m.source != "gazetteer") continue;
      add(m.canonical, without_legal_form(m.text, m.canonical, spellings), m.start, m.end);
    }
    for (; next_split < splits.size(); ++next_split) {
      const SplitName& s = splits[next_split];
      add(std::string(s.spelling->canonical), s.written, s.start, s.end);
    }
    for (const auto& [canonical, ways] : groups) {
      if (ways.size() < 2) continue;
      std::size_t main = 0;
      for (std::size_t i = 1; i < ways.size(); ++i)
        if (ways[i].count > ways[main].count) main = i;
      for (std::size_t i = 0; i < ways.size(); ++i) {
        if (i == main) continue;
        // Two listed names of one entry (Google DeepMind, then DeepMind) are a full name and
        // its short form, as articles write them.
        if (ways[i].listed && ways[main].listed && ways[i].canonical == ways[main].canonical) continue;
        Finding f;
        f.rule = "consistency";
        f.severity = config_.severity;
        f.start = ways[i].first;
        f.end = ways[i].first_end;
        f.text = ways[i].surface;
        f.message = fmt::format("'{}' and '{}' name the same {} ({}) in this document; write one of them",
                                ways[i].surface, ways[main].surface, "organisation", canonical);
        out.push_back(std::move(f));
      }
    }
  }

 private:
  // "Airbus SE" is written the Airbus way.
  static std::string_view without_legal_form(std::string_view surface, const std::string& canonical,
                                             const Spellings& spellings) {
    for (std::uint32_t i : spellings.forms_of(canonical)) {
      const std::string_view form = spellings.at(i).form;
      if (surface.size() > form.size() && surface.substr(0, form.size()) == form && surface[form.size()] == ' ')
        return surface.substr(0, form.size());
    }
    return surface;
  }

  ConsistencyConfig config_;
  const CheckResources& resources_;
};

}  // namespace

std::unique_ptr<Rule> make_consistency_rule(const ConsistencyConfig& config, const CheckResources& resources) {
  return std::make_unique<ConsistencyRule>(config, resources);
}

}  // namespace gazette::check
