// The rule kinds, each built from its part of the configuration. One file each.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "check/config.h"
#include "check/rule.h"

namespace gazette::check {

std::unique_ptr<Rule> make_canonical_rule(const CanonicalConfig& config, const CheckResources& resources);
std::unique_ptr<Rule> make_deny_rule(const std::vector<DenyRule>& rules);
std::unique_ptr<Rule> make_require_rule(const std::vector<RequireRule>& rules);
std::unique_ptr<Rule> make_consistency_rule(const ConsistencyConfig& config, const CheckResources& resources);
std::unique_ptr<Rule> make_money_rule(const MoneyConfig& config);

// The verdict on one surface the matcher found, against the forms its entry is written in:
// empty when the case is not wrong, else the form to write. Not wrong: one of the forms, an
// alias, capitals (NVIDIA, a headline), a title-case acronym (la Nasa), a capital at the start
// (a sentence, a title), a lower-case start before a capital (iMab, eBay: a styled name), a
// capital the form does not have (MedinCell: the writer follows the
// brand's own styling, which the gazetteer may lack), and a lower-case generic head of a
// several-word name (l'institut Curie). Wrong: a capital of the form written in lower case
// (nvidia, Youtube, Servicenow). Only the first word counts: French typography writes later
// words of a name in lower case (Société générale).
std::string misspelt_case(std::string_view surface, const std::vector<std::string_view>& forms);

struct Spelling;
// Two words, the first capitalised, one space or hyphen apart, that join into a one-word form
// exactly ("Open AI" -> OpenAI, "Micro soft" -> Microsoft) and are not themselves a form.
struct SplitName {
  std::size_t start = 0, end = 0;
  std::string_view written;
  const Spelling* spelling = nullptr;
};
std::vector<SplitName> split_names(const CheckDocument& doc, const Spellings& spellings);

}  // namespace gazette::check
