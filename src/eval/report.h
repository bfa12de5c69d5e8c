// Prints a Scorer's figures: an aligned table for people, JSON for programs.
#pragma once
#include <string>

#include "eval/scorer.h"

namespace gazette::eval {

std::string format_table(const Scorer& scorer);
std::string format_json(const Scorer& scorer);
std::string format_findings(const Scorer& scorer);
// One line per record source: records right, wrong, on optional spans, and precision.
std::string format_sources_table(const Scorer& scorer);
std::string format_sources_json(const Scorer& scorer);

}  // namespace gazette::eval
