// Turns byte offsets into lines and columns in every unit the formats need.
#pragma once
#include <string_view>
#include <vector>

#include "check/finding.h"

namespace gazette::check {

class Locator {
 public:
  explicit Locator(std::string_view text);
  Position at(std::size_t offset) const;
  // The line holding `offset`, without its line break.
  std::string_view line_text(std::size_t offset) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> line_starts_;
};

}  // namespace gazette::check
