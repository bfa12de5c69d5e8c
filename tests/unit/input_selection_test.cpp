// Folders walked with -r and --glob, the line reader of dumps and --input lines, and the
// dotted paths and kept values of dump fields.
#include <unistd.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "input/input_paths.h"
#include "input/jsonl_source.h"
#include "input/line_reader.h"
#include "output/json_escape.h"

using namespace gazette;
namespace fs = std::filesystem;

namespace {

std::string temp_folder(const std::string& what) {
  static int counter = 0;
  const fs::path path =
      fs::temp_directory_path() / ("gazette-unit-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + what);
  fs::remove_all(path);
  fs::create_directories(path);
  return path.string();
}

void write(const std::string& path, const std::string& bytes) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << bytes;
}

}  // namespace

TEST_CASE("globs include by any pattern and exclude by any '!' pattern", "[input][paths]") {
  CHECK(input::glob_selects("a.txt", {}));
  CHECK(input::glob_selects("a.txt", {"*.txt"}));
  CHECK_FALSE(input::glob_selects("a.md", {"*.txt"}));
  CHECK(input::glob_selects("sub/deep/a.txt", {"*.txt"}));  // '*' matches '/' too
  CHECK(input::glob_selects("a.md", {"*.txt", "*.md"}));
  CHECK_FALSE(input::glob_selects("old/a.txt", {"*.txt", "!old/*"}));
  CHECK(input::glob_selects("new/a.txt", {"!old/*"}));  // only excluding patterns: the rest is in
  CHECK_FALSE(input::glob_selects("a.txt", {"!*.txt", "*.txt"}));  // an exclusion wins whatever the order
}

TEST_CASE("a folder is walked in name order, without hidden entries or links, and not without -r", "[input][paths]") {
  const std::string root = temp_folder("walk");
  write(root + "/b.txt", "b");
  write(root + "/a/z.txt", "z");
  write(root + "/a/y.md", "y");
  write(root + "/a-b.txt", "ab");
  write(root + "/.hidden/h.txt", "h");
  write(root + "/.h.txt", "h");
  fs::create_directory_symlink("..", root + "/a/loop");  // a loop, were links followed
  fs::create_symlink(root + "/b.txt", root + "/a/link.txt");

  std::vector<std::string> errors;
  const auto all = input::expand_input_paths({root}, {true, {}}, errors);
  CHECK(errors.empty());
  // Each folder's entries in byte order of their names: "a" < "a-b.txt" < "b.txt".
  CHECK(all == std::vector<std::string>{root + "/a/y.md", root + "/a/z.txt", root + "/a-b.txt", root + "/b.txt"});

  const auto txt = input::expand_input_paths({root, root + "/a/y.md"}, {true, {"*.txt", "!a/*"}}, errors);
  CHECK(txt == std::vector<std::string>{root + "/a-b.txt", root + "/b.txt", root + "/a/y.md"});  // a named file stays

  const auto flat = input::expand_input_paths({root, "-", root + "/missing.txt"}, {false, {}}, errors);
  CHECK(flat == std::vector<std::string>{"-", root + "/missing.txt"});
  REQUIRE(errors.size() == 1);
  CHECK(errors[0] == root + ": is a folder (use -r to read the files under it)");
  fs::remove_all(root);
}

TEST_CASE("the line reader gives each line's number, byte and code point offsets", "[input][lines]") {
  const std::string root = temp_folder("lines");
  const std::string path = root + "/lines.txt";
  const std::string bytes = "\xEF\xBB\xBFpremi\xC3\xA8re\n\n  \r\nd\xC3\xA9j\xC3\xA0 l\xC3\xA0\r\nfin";
  write(path, bytes);
  for (const bool strip_bom : {false, true}) {
    input::LineReader reader(path, "file", strip_bom, true);
    REQUIRE(reader.opened());
    std::vector<input::RawLine> lines;
    input::RawLine line;
    std::string error;
    while (reader.next(line, error) == input::LineReader::Next::line) lines.push_back(line);
    CHECK(error.empty());
    REQUIRE(lines.size() == 3);  // blank lines skipped
    for (const input::RawLine& l : lines) {
      // The property the records rely on: the offsets slice the file to the line.
      CHECK(bytes.substr(l.byte_offset, l.text.size()) == l.text);
      CHECK(l.char_offset == input::count_code_points(std::string_view(bytes).substr(0, l.byte_offset)));
    }
    CHECK(lines[0].line_number == 1);
    CHECK(lines[0].byte_offset == (strip_bom ? 3 : 0));
    CHECK(lines[1].line_number == 4);
    CHECK(lines[2].line_number == 5);
    CHECK(lines[2].text == "fin");
  }
  std::ofstream(path, std::ios::binary).write("un\nde\0ux\ntrois\n", 15);
  input::LineReader reader(path, "file", false, false);
  input::RawLine line;
  std::string error;
  CHECK(reader.next(line, error) == input::LineReader::Next::line);
  CHECK(reader.next(line, error) == input::LineReader::Next::error);
  CHECK(error == path + ":2: binary data (NUL byte at byte offset 5), the rest of the file is skipped");
  CHECK(reader.next(line, error) == input::LineReader::Next::end);
  fs::remove_all(root);
}

TEST_CASE("dump fields are dotted paths; a bad id or a missing text is the line's error", "[input][jsonl]") {
  json::Value value;
  json::ParseError parse_error;
  REQUIRE(json::parse(R"({"meta":{"id":7,"tags":["a",1.50,{"k":null}]},"text":"t","s":"x"})", value, parse_error));
  REQUIRE(input::find_path(value, "meta.id"));
  CHECK(input::find_path(value, "meta.id")->number_text() == "7");
  CHECK(input::find_path(value, "meta.none") == nullptr);
  CHECK(input::find_path(value, "s.deeper") == nullptr);  // a step through a string
  std::string written;
  output::append_json_value(written, *input::find_path(value, "meta"));
  CHECK(written == R"({"id":7,"tags":["a",1.50,{"k":null}]})");  // numbers as written

  const std::string root = temp_folder("dump");
  const std::string path = root + "/dump.jsonl";
  write(path,
        "{\"m\":{\"id\":\"x\",\"u\":\"http://a\"},\"c\":{\"b\":\"Airbus\"}}\n"
        "{\"m\":{\"id\":[1]},\"c\":{\"b\":\"Airbus\"}}\n"
        "{\"m\":{\"id\":true},\"c\":{\"b\":\"Airbus\"}}\n"
        "{\"m\":{\"id\":null},\"c\":{\"b\":\"Airbus\"}}\n"
        "{\"m\":{\"id\":\"y\"},\"c\":{\"b\":3}}\n"
        "{\"m\":{\"id\":\"z\"},\"c\":{}}\n");
  input::JsonlSource source(path, false, {"c.b", "m.id", {"m.u", "m.none"}});
  std::vector<std::string> outcomes;
  std::vector<json::Value> kept;
  input::RawLine raw;
  std::string error;
  while (source.next_line(raw, error) == input::JsonlSource::Next::document) {
    input::Document document;
    const bool parsed = source.parse(raw, document, error, &kept);
    outcomes.push_back(parsed ? "doc " + document.name : error);
    if (parsed && document.name == "x") {
      REQUIRE(kept.size() == 2);
      CHECK(kept[0].as_string() == "http://a");
      CHECK(kept[1].is_null());  // absent: null, so every record has the same members
    }
  }
  CHECK(outcomes == std::vector<std::string>{
                        "doc x",
                        path + ":2: field \"m.id\" is an array, not a string or a number",
                        path + ":3: field \"m.id\" is a boolean, not a string or a number",
                        "doc " + path + ":4",  // a null id is no id: the document is named by its place
                        path + ":5: field \"c.b\" is a number, not a string",
                        path + ":6: no string field \"c.b\"",
                    });
  fs::remove_all(root);
}
