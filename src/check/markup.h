// What of a file is prose. Code blocks, inline code, URLs, e-mail addresses and markup are
// not checked: they are blanked out, byte for byte, so every offset into the blanked text is
// still an offset into the original file.
#pragma once
#include <string>
#include <string_view>

namespace gazette::check {

enum class Syntax { text, markdown, html };

// By file extension: .md .markdown .mdx are Markdown, .html .htm .xhtml HTML, anything else text.
Syntax syntax_for_path(std::string_view path);
bool parse_syntax(std::string_view name, Syntax& out);

// A copy of `original` with everything that is not prose replaced by spaces (line breaks kept).
std::string prose_only(std::string_view original, Syntax syntax);

}  // namespace gazette::check
