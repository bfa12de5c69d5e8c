// require: a type (company, lab, money) or a name that each document must mention at least
// once. A missing one is reported at the document's start.
#include <fmt/format.h>

#include "check/letter_case.h"
#include "check/rules.h"

namespace gazette::check {
namespace {

class RequireRuleSet : public Rule {
 public:
  explicit RequireRuleSet(std::vector<RequireRule> rules) : rules_(std::move(rules)) {}

  void check(const CheckDocument& doc, std::vector<Finding>& out) const override {
    for (const RequireRule& r : rules_) {
      const std::string name = to_lower(r.name);
      bool found = false;
      for (const resolve::Mention& m : doc.mentions) {
        found = r.name.empty() ? produce::to_string(m.type) == r.type : to_lower(m.canonical) == name;
        if (found) break;
      }
      if (found) continue;
      Finding f;
      f.rule = "require";
      f.severity = r.severity;
      if (!r.message.empty())
        f.message = r.message;
      else if (r.name.empty())
        f.message = fmt::format("the document names no {}", r.type == "money" ? "amount of money" : r.type);
      else
        f.message = fmt::format("the document never names '{}'", r.name);
      out.push_back(std::move(f));
    }
  }

 private:
  std::vector<RequireRule> rules_;
};

}  // namespace

std::unique_ptr<Rule> make_require_rule(const std::vector<RequireRule>& rules) {
  return std::make_unique<RequireRuleSet>(rules);
}

}  // namespace gazette::check
