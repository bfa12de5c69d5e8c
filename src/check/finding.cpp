#include "check/finding.h"

namespace gazette::check {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::note: return "note";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

bool parse_severity(std::string_view text, Severity& out) {
  if (text == "error")
    out = Severity::error;
  else if (text == "warning")
    out = Severity::warning;
  else if (text == "note" || text == "info")
    out = Severity::note;
  else
    return false;
  return true;
}

}  // namespace gazette::check
