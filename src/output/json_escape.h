// JSON string escaping for records. Input bytes that are not valid UTF-8 (possible with
// --lossy) are written as U+FFFD so every line stays valid JSON.
#pragma once
#include <string>
#include <string_view>

#include "input/json.h"

namespace gazette::output {

void append_json_string(std::string& out, std::string_view text);
// A parsed value written back compactly: members in their order, numbers as written.
void append_json_value(std::string& out, const json::Value& value);

}  // namespace gazette::output
