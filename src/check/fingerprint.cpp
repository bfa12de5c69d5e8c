#include "check/fingerprint.h"

#include <fmt/format.h>

#include <cstdint>
#include <map>

namespace gazette::check {
namespace {

std::uint64_t fnv1a(std::string_view bytes, std::uint64_t h = 0xcbf29ce484222325ULL) {
  for (unsigned char c : bytes) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

// Indentation and trailing blanks are layout: re-indenting a list keeps its findings known.
std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

}  // namespace

void assign_fingerprints(std::vector<Finding>& findings, const Locator& locator) {
  std::map<std::uint64_t, int> seen;
  const std::string_view separator("\0", 1);
  for (Finding& f : findings) {
    std::uint64_t h = fnv1a(f.rule);
    h = fnv1a(separator, h);
    h = fnv1a(f.text, h);
    h = fnv1a(separator, h);
    h = fnv1a(trim(locator.line_text(f.start)), h);
    f.fingerprint = fmt::format("{:016x}:{}", h, ++seen[h]);
  }
}

}  // namespace gazette::check
