// Which rules apply to a file, and how: read from a rules file (.gazette.toml), from flags, or
// the defaults (canonical spelling as an error, nothing else).
#pragma once
#include <string>
#include <vector>

#include "check/finding.h"

namespace gazette::check {

struct CanonicalConfig {
  bool enabled = true;
  Severity severity = Severity::error;
  bool fuzzy = true;               // approximate matches against gazetteer names
  std::vector<std::string> allow;  // spellings accepted as written ("Deep Mind" in a quote)
};

struct DenyRule {
  std::string name;     // a canonical name (case-insensitive) or a surface as written
  std::string id;       // or an id: "wikidata:Q95"
  std::string message;  // shown with the finding
  Severity severity = Severity::error;
};

struct RequireRule {
  std::string type;  // "company", "lab" or "money"; or:
  std::string name;  // a canonical name
  std::string message;
  Severity severity = Severity::warning;
};

struct ConsistencyConfig {
  bool enabled = false;
  Severity severity = Severity::warning;
};

struct MoneyConfig {
  bool enabled = false;
  Severity severity = Severity::warning;
  std::string currency;        // "" (any), "code" (EUR), "symbol" (€), "name" (euros)
  std::string thousands;       // "" (any), "nbsp", "nnbsp" (narrow), "point", "space"
  bool english_scales = true;  // $50bn, 3m€, 10k€ in French text
  bool bare_amounts = true;    // "10 millions" next to "20 millions d'euros"
};

struct RulesConfig {
  std::string origin = "defaults";  // the rules file, or "defaults"
  CanonicalConfig canonical;
  std::vector<DenyRule> deny;
  std::vector<RequireRule> require;
  ConsistencyConfig consistency;
  MoneyConfig money;
};

// Reads a rules file's text into `config` (which keeps its values for keys the file does not
// set). False with "file:line: reason" in `error`.
bool parse_rules(const std::string& origin, const std::string& text, RulesConfig& config, std::string& error);

// The configuration as a rules file would write it (for --print-config).
std::string to_toml(const RulesConfig& config);

}  // namespace gazette::check
