// Fuzz target: the rules file reader of `gazette check` (the TOML subset, then the rules). Any
// bytes must be read or refused with "file:line: reason"; a file that is read must write back
// (--print-config) as a rules file that reads to the same configuration.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "check/config.h"
#include "check/toml_subset.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "%s: %s\n", what, detail.c_str());
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  std::vector<gazette::check::toml::Table> tables;
  gazette::check::toml::Error toml_error;
  if (!gazette::check::toml::parse(text, tables, toml_error) && toml_error.reason.empty())
    fail("a TOML error without a reason", std::to_string(toml_error.line));

  gazette::check::RulesConfig config;
  std::string error;
  if (!gazette::check::parse_rules("rules.toml", text, config, error)) {
    if (error.rfind("rules.toml:", 0) != 0) fail("an error that does not name the file", error);
    return 0;
  }
  const std::string written = gazette::check::to_toml(config);
  gazette::check::RulesConfig again;
  if (!gazette::check::parse_rules("rules.toml", written, again, error))
    fail("--print-config wrote a file that does not read back", error + "\n" + written);
  again.origin = config.origin;
  if (gazette::check::to_toml(again) != written) fail("--print-config does not round-trip", written);
  return 0;
}
