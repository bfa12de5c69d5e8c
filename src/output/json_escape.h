// JSON string escaping for records. Input bytes that are not valid UTF-8 (possible with
// --lossy) are written as U+FFFD so every line stays valid JSON.
#pragma once
#include <string>
#include <string_view>

namespace gazette::output {

void append_json_string(std::string& out, std::string_view text);

}  // namespace gazette::output
