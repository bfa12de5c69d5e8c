// Helpers for the check tests: the shipped gazetteers and word lists, loaded once, and a
// function that checks an inline text with a given configuration.
#pragma once
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "check/checker.h"
#include "check/config.h"
#include "pipeline/extractor.h"

namespace gazette::test {

struct CheckSetup {
  std::shared_ptr<const match::Gazetteer> gazetteer;
  std::unique_ptr<const pipeline::Extractor> extractor;
  std::unique_ptr<const check::CheckResources> resources;
  pipeline::Extractor::ScratchPtr scratch;
};

inline CheckSetup& check_setup() {
  static CheckSetup setup = [] {
    CheckSetup s;
    std::string error;
    s.gazetteer = pipeline::load_gazetteer({}, error);
    if (!s.gazetteer) throw std::runtime_error(error);
    s.extractor = pipeline::Extractor::create(s.gazetteer, {}, error);
    if (!s.extractor) throw std::runtime_error(error);
    s.resources = check::load_resources({}, *s.gazetteer, error);
    if (!s.resources) throw std::runtime_error(error);
    s.scratch = s.extractor->make_scratch();
    return s;
  }();
  return setup;
}

inline std::vector<check::Finding> check_text(const std::string& text, const check::RulesConfig& config = {},
                                              check::Syntax syntax = check::Syntax::text) {
  CheckSetup& s = check_setup();
  const check::RuleSet rules = check::build_rules(config, *s.resources);
  return check::check_document("t", text, syntax, rules, *s.extractor, *s.scratch, {}).findings;
}

// Only the given rule's findings, as "surface -> suggestion" (or the surface alone).
inline std::vector<std::string> surfaces(const std::vector<check::Finding>& findings, const std::string& rule) {
  std::vector<std::string> out;
  for (const check::Finding& f : findings)
    if (f.rule == rule) out.push_back(f.suggestion.empty() ? f.text : f.text + " -> " + f.suggestion);
  return out;
}

using Strings = std::vector<std::string>;

}  // namespace gazette::test
