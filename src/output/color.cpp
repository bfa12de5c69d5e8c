#include "output/color.h"

#include <unistd.h>

#include <cstdlib>

namespace gazette::output {

bool parse_color_mode(std::string_view text, ColorMode& out) {
  if (text == "auto")
    out = ColorMode::automatic;
  else if (text == "always")
    out = ColorMode::always;
  else if (text == "never")
    out = ColorMode::never;
  else
    return false;
  return true;
}

bool color_wanted(ColorMode mode, bool is_terminal, const char* no_color, const char* term) {
  switch (mode) {
    case ColorMode::always: return true;  // an explicit request outranks NO_COLOR, as no-color.org says
    case ColorMode::never: return false;
    case ColorMode::automatic: break;
  }
  // NO_COLOR counts when it is set to anything but the empty string.
  if (no_color && *no_color) return false;
  if (term && std::string_view(term) == "dumb") return false;
  return is_terminal;
}

bool use_color(ColorMode mode, int fd) {
  return color_wanted(mode, ::isatty(fd) == 1, std::getenv("NO_COLOR"), std::getenv("TERM"));
}

std::string_view type_color(std::string_view type) {
  if (type == "company") return "\033[1;34m";  // bold blue
  if (type == "lab") return "\033[1;33m";      // bold yellow
  if (type == "money") return "\033[1;32m";    // bold green
  return sgr::kBold;
}

}  // namespace gazette::output
