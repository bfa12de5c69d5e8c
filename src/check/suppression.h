// Inline suppression comments, as prose linters have them:
//   gazette-disable [RULE...]            from this line until gazette-enable
//   gazette-enable [RULE...]
//   gazette-disable-line [RULE...]       this line
//   gazette-disable-next-line [RULE...]  the next line
//   gazette-disable-file [RULE...]       the whole file
// No rule means every rule; rules are separated by spaces or commas; a reason may follow
// after "--". In Markdown and HTML they sit in <!-- --> comments; in plain text any line
// holding the directive counts (after '#', '//' or nothing), since plain text has no comments.
#pragma once
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "check/finding.h"

namespace gazette::check {

class Suppressions {
 public:
  explicit Suppressions(std::string_view original);
  // `line` is 1-based.
  bool suppressed(std::string_view rule, std::size_t line) const;

 private:
  struct State {
    bool all = false;
    std::set<std::string, std::less<>> rules;
    bool covers(std::string_view rule) const { return all || rules.count(rule) > 0; }
  };
  std::vector<State> lines_;  // index 0 is line 1
  State file_;
};

// Drops the findings a directive of `original` covers.
void apply_suppressions(std::string_view original, std::vector<Finding>& findings);

}  // namespace gazette::check
