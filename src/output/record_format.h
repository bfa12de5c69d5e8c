// How mentions are printed: JSON Lines for programs, TSV for spreadsheets and awk, and
// "file:line:col: type text -> canonical" for people and editors.
#pragma once
#include <string>
#include <string_view>

#include "resolve/mention.h"

namespace gazette::output {

enum class Format { jsonl, tsv, text };

bool parse_format(std::string_view name, Format& out);

// The header line, if the format has one (TSV).
void append_header(Format format, std::string& out);

// One record, newline-terminated.
void append_record(Format format, std::string_view doc, const resolve::Mention& mention, std::string& out);

}  // namespace gazette::output
