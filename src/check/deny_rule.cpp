// deny: a company or lab that must not be named, by canonical name (any case), by a surface as
// written, or by id.
#include <fmt/format.h>

#include "check/letter_case.h"
#include "check/rules.h"

namespace gazette::check {
namespace {

bool has_id(std::string_view ids, std::string_view id) {
  for (std::size_t start = 0; start < ids.size();) {
    std::size_t space = ids.find(' ', start);
    if (space == std::string_view::npos) space = ids.size();
    if (ids.substr(start, space - start) == id) return true;
    start = space + 1;
  }
  return false;
}

class DenyRuleSet : public Rule {
 public:
  explicit DenyRuleSet(std::vector<DenyRule> rules) : rules_(std::move(rules)) {
    for (const DenyRule& r : rules_) lower_names_.push_back(to_lower(r.name));
  }

  void check(const CheckDocument& doc, std::vector<Finding>& out) const override {
    for (const resolve::Mention& m : doc.mentions) {
      if (m.type == produce::EntityType::money) continue;
      const std::string canonical = to_lower(m.canonical);
      for (std::size_t i = 0; i < rules_.size(); ++i) {
        const DenyRule& r = rules_[i];
        const bool hit = r.name.empty() ? has_id(m.id, r.id) : canonical == lower_names_[i] || m.text == r.name;
        if (!hit) continue;
        Finding f;
        f.rule = "deny";
        f.severity = r.severity;
        f.start = m.start;
        f.end = m.end;
        f.text = m.text;
        f.message = r.message.empty()
                        ? fmt::format("'{}' ({} {}) must not be named", m.text, produce::to_string(m.type), m.canonical)
                        : fmt::format("'{}': {}", m.text, r.message);
        out.push_back(std::move(f));
        break;
      }
    }
  }

 private:
  std::vector<DenyRule> rules_;
  std::vector<std::string> lower_names_;
};

}  // namespace

std::unique_ptr<Rule> make_deny_rule(const std::vector<DenyRule>& rules) {
  return std::make_unique<DenyRuleSet>(rules);
}

}  // namespace gazette::check
