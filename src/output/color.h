// Colours for the text formats, as grep and gcc use them, and when to use them: `--color
// auto|always|never`, where auto colours only a terminal and never when NO_COLOR is set
// (https://no-color.org) or TERM is "dumb". Machine formats (JSON, TSV, SARIF, ...) are never
// coloured.
#pragma once
#include <string_view>

namespace gazette::output {

enum class ColorMode { automatic, always, never };

// "auto", "always", "never"; false for anything else.
bool parse_color_mode(std::string_view text, ColorMode& out);

// Whether to colour, for `mode`, an output that is a terminal or not, with these environment
// values (nullptr when unset). Pure, for tests; use_color() asks the process.
bool color_wanted(ColorMode mode, bool is_terminal, const char* no_color, const char* term);
bool use_color(ColorMode mode, int fd);

// SGR sequences. `kReset` ends any of them.
namespace sgr {
inline constexpr std::string_view kReset = "\033[m";
inline constexpr std::string_view kBold = "\033[1m";
// grep's defaults: file names magenta, line and column numbers green, separators cyan.
inline constexpr std::string_view kFileName = "\033[35m";
inline constexpr std::string_view kNumber = "\033[32m";
inline constexpr std::string_view kSeparator = "\033[36m";
// gcc's: error bold red, warning bold magenta, note bold cyan.
inline constexpr std::string_view kError = "\033[1;31m";
inline constexpr std::string_view kWarning = "\033[1;35m";
inline constexpr std::string_view kNote = "\033[1;36m";
}  // namespace sgr

// The colour of an entity type's name in the text format: bold, one hue per type.
std::string_view type_color(std::string_view type);

}  // namespace gazette::output
