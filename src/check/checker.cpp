#include "check/checker.h"

#include <algorithm>
#include <future>

#include "check/fingerprint.h"
#include "check/locator.h"
#include "check/rules.h"
#include "check/spellings.h"
#include "check/suppression.h"
#include "lang/builtin_lists.h"
#include "lang/lexicon.h"
#include "match/builtin_gazetteers.h"

namespace gazette::check {
namespace {

std::string_view builtin_list(std::string_view name) {
  for (const auto& [list, text] : lang::builtin_word_lists())
    if (list == name) return text;
  return {};
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

std::unique_ptr<const CheckResources> load_resources(const pipeline::GazetteerSettings& settings,
                                                     const match::Gazetteer& gazetteer, std::string& error,
                                                     bool parallel) {
  auto resources = std::make_unique<CheckResources>();
  // The two largest parts of the start, independent of each other: with a second core, the
  // written forms are read on another thread while the word tables are built here.
  std::string spellings_error;
  std::future<std::shared_ptr<const Spellings>> spellings =
      std::async(parallel ? std::launch::async : std::launch::deferred,
                 [&settings, &spellings_error] { return Spellings::load(settings, spellings_error); });
  resources->words = match::MisspellingWords::load(gazetteer);
  resources->spellings = spellings.get();
  if (!resources->spellings) {
    error = spellings_error;
    return nullptr;
  }
  const std::string_view renamed = builtin_list("check/renamed.txt");
  for (std::size_t pos = 0; pos < renamed.size();) {
    std::size_t eol = renamed.find('\n', pos);
    if (eol == std::string_view::npos) eol = renamed.size();
    const std::string_view line = renamed.substr(pos, eol - pos);
    pos = eol + 1;
    const std::size_t arrow = line.find(" -> ");
    if (line.empty() || line[0] == '#' || arrow == std::string_view::npos) continue;
    resources->renamed.emplace(std::string(trim(line.substr(0, arrow))), std::string(trim(line.substr(arrow + 4))));
  }
  return resources;
}

RuleSet build_rules(const RulesConfig& config, const CheckResources& resources) {
  RuleSet set;
  if (config.canonical.enabled) set.rules.push_back(make_canonical_rule(config.canonical, resources));
  if (!config.deny.empty()) set.rules.push_back(make_deny_rule(config.deny));
  if (!config.require.empty()) set.rules.push_back(make_require_rule(config.require));
  if (config.consistency.enabled) set.rules.push_back(make_consistency_rule(config.consistency, resources));
  if (config.money.enabled) set.rules.push_back(make_money_rule(config.money));
  return set;
}

DocumentReport check_document(std::string path, std::string_view original, Syntax syntax, const RuleSet& rules,
                              const pipeline::Extractor& extractor, pipeline::Extractor::Scratch& scratch,
                              const DocumentOptions& options) {
  DocumentReport report;
  report.path = std::move(path);
  const std::string prose = prose_only(original, syntax);
  const std::vector<resolve::Mention> mentions = extractor.extract(prose, scratch);
  // The extractor has folded a document of one segment already; a longer one is folded whole here.
  tokens::Text own_text;
  const tokens::Text* text = pipeline::Extractor::analysis_of(scratch, prose);
  if (!text) {
    tokens::analyse(prose, own_text);
    text = &own_text;
  }
  const CheckDocument doc{original, prose, mentions, *text};
  for (const auto& rule : rules.rules) rule->check(doc, report.findings);

  const Locator locator(original);
  for (Finding& f : report.findings) {
    f.begin = locator.at(f.start);
    f.finish = locator.at(f.end);
  }
  if (options.inline_config) apply_suppressions(original, report.findings);
  std::stable_sort(report.findings.begin(), report.findings.end(), [](const Finding& a, const Finding& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  });
  assign_fingerprints(report.findings, locator);
  return report;
}

}  // namespace gazette::check
