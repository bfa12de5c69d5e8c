// Checks one document: blanks what is not prose, finds the mentions, runs the configured rules,
// places each finding in every column unit, drops what inline comments suppress, fingerprints
// the rest. Thread-safe given one extractor scratch per thread.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "check/config.h"
#include "check/markup.h"
#include "check/rule.h"
#include "pipeline/extractor.h"

namespace gazette::check {

// Reads the shipped word lists and the written forms of the gazetteers' names; `parallel` uses
// a second thread for the latter.
std::unique_ptr<const CheckResources> load_resources(const pipeline::GazetteerSettings& settings,
                                                     const match::Gazetteer& gazetteer, std::string& error,
                                                     bool parallel = false);

// The rules one configuration turns on.
struct RuleSet {
  std::vector<std::unique_ptr<Rule>> rules;
};
RuleSet build_rules(const RulesConfig& config, const CheckResources& resources);

struct DocumentOptions {
  bool inline_config = true;  // honour gazette-disable comments
};

DocumentReport check_document(std::string path, std::string_view original, Syntax syntax, const RuleSet& rules,
                              const pipeline::Extractor& extractor, pipeline::Extractor::Scratch& scratch,
                              const DocumentOptions& options);

}  // namespace gazette::check
