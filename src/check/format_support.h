// Escaping shared by the finding formats.
#pragma once
#include <string>
#include <string_view>

namespace gazette::check {

void append_xml_escaped(std::string& out, std::string_view text);  // attribute and text content
std::string uri_path(std::string_view path);                       // percent-encoded, '/' kept

}  // namespace gazette::check
