#include <catch2/catch.hpp>

#include "output/color.h"
#include "output/sink.h"

using namespace gazette;

TEST_CASE("colour mode auto colours a terminal only, and never with NO_COLOR or TERM=dumb", "[output][color]") {
  using output::ColorMode;
  using output::color_wanted;
  CHECK(color_wanted(ColorMode::automatic, true, nullptr, "xterm-256color"));
  CHECK_FALSE(color_wanted(ColorMode::automatic, false, nullptr, "xterm"));
  CHECK_FALSE(color_wanted(ColorMode::automatic, true, "1", "xterm"));
  CHECK(color_wanted(ColorMode::automatic, true, "", "xterm"));  // no-color.org: an empty value does not count
  CHECK_FALSE(color_wanted(ColorMode::automatic, true, nullptr, "dumb"));
  CHECK(color_wanted(ColorMode::always, false, "1", "dumb"));  // asked for: coloured anyway
  CHECK_FALSE(color_wanted(ColorMode::never, true, nullptr, "xterm"));

  ColorMode mode = ColorMode::never;
  CHECK(output::parse_color_mode("always", mode));
  CHECK(mode == ColorMode::always);
  CHECK_FALSE(output::parse_color_mode("yes", mode));
}

TEST_CASE("the text format in colour: file, numbers and separators as grep, the type in its colour", "[output][color]") {
  resolve::Mention m;
  m.type = produce::EntityType::lab;
  m.line = 3;
  m.col = 154;
  m.text = "CEA-Leti";
  m.canonical = "CEA-Leti";
  std::string plain, coloured;
  output::append_text_record("a.txt", m, plain);
  output::append_text_record("a.txt", m, coloured, true);
  CHECK(plain == "a.txt:3:154: lab CEA-Leti -> CEA-Leti\n");
  CHECK(coloured ==
        "\033[35ma.txt\033[m\033[36m:\033[m\033[32m3\033[m\033[36m:\033[m\033[32m154\033[m\033[36m:\033[m "
        "\033[1;33mlab\033[m CEA-Leti -> CEA-Leti\n");

  // Only the text format colours: the same option leaves JSON Lines and TSV plain.
  for (const char* format : {"jsonl", "tsv"}) {
    output::OutputStream out(stdout);
    const auto sink = output::make_sink(format, out, {false, true});
    sink->record("a.txt", m);
    CHECK(out.buffer().find('\033') == std::string::npos);
    out.buffer().clear();
  }
}
