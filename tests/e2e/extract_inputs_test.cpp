// End-to-end: what `gazette extract` reads (folders with -r and --glob, --input lines, dump
// fields), how it reports bad lines, and its summaries (-c, -l, -q). Every mode prints with
// -j 3 exactly what it prints with -j 1.
#include <filesystem>
#include <fstream>

#include "run_gazette.h"

using namespace gazette_e2e;
namespace fs = std::filesystem;

namespace {

// A fresh folder of files, removed at the end of the test.
struct Tree {
  std::string root = temp_path("tree");
  Tree() { fs::create_directories(root); }
  ~Tree() { fs::remove_all(root); }
  void write(const std::string& name, const std::string& bytes) const {
    fs::create_directories(fs::path(root + "/" + name).parent_path());
    std::ofstream(root + "/" + name, std::ios::binary) << bytes;
  }
  Run run(const std::string& args) const { return run_in(root, args); }
};

// Runs with -j 1 and -j 3, checks they print the same, and returns the -j 1 run.
Run run_both(const Tree& tree, const std::string& args) {
  const Run one = tree.run("-j 1 " + args);
  const Run three = tree.run("-j 3 " + args);
  CHECK(three.out == one.out);
  CHECK(three.err == one.err);
  CHECK(three.status == one.status);
  return one;
}

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("a folder needs -r; -r reads the files under it in name order, --glob picks them", "[e2e][inputs]") {
  Tree tree;
  tree.write("docs/b.txt", "Airbus recrute.");
  tree.write("docs/a/one.txt", "Le CNRS et Inria.");
  tree.write("docs/a/notes.md", "Thales");
  tree.write("docs/old/gone.txt", "Safran");
  tree.write("docs/.cache/hidden.txt", "Airbus");
  tree.write("docs/.hidden.txt", "Airbus");
  fs::create_directory_symlink("..", tree.root + "/docs/a/loop");

  const Run flat = tree.run("docs");
  CHECK(flat.status == 2);
  CHECK(flat.out.empty());
  CHECK(flat.err == "gazette: docs: is a folder (use -r to read the files under it)\n");

  const Run all = run_both(tree, "-c -r docs");
  CHECK(all.status == 0);
  CHECK(all.out == "docs/a/notes.md\t1\ndocs/a/one.txt\t2\ndocs/b.txt\t1\ndocs/old/gone.txt\t1\n");

  const Run picked = run_both(tree, "-c -r --glob '*.txt' --glob '!old/*' docs");
  CHECK(picked.out == "docs/a/one.txt\t2\ndocs/b.txt\t1\n");
  const Run records = run_both(tree, "-r --glob '*.txt' docs --format tsv");
  CHECK(count_lines(records.out) == 1 + 4);  // the header, then CNRS, Inria, Airbus, Safran

  tree.write("dumps/x.jsonl", "{\"id\":\"x1\",\"text\":\"Airbus\"}\n");
  tree.write("dumps/sub/y.jsonl", "{\"id\":\"y1\",\"text\":\"Inria\"}\n");
  tree.write("dumps/README", "not a dump");
  const Run dumps = run_both(tree, "--input jsonl -r --glob '*.jsonl' -l dumps");
  CHECK(dumps.status == 0);
  CHECK(dumps.out == "y1\nx1\n");  // sub/ comes before x.jsonl
}

TEST_CASE("input lines: each line a document, with the file's offsets, lines and columns", "[e2e][inputs]") {
  Tree tree;
  const std::string bytes =
      "\xEF\xBB\xBFTitre : Airbus rach\xC3\xA8te Thales\n\n"
      "   \r\nL\xE2\x80\x99Inria et le CNRS l\xC3\xA8vent 2 Md\xE2\x82\xAC.\r\nrien ici\n";
  tree.write("titles.txt", bytes);
  const Run r = run_both(tree, "--input lines --format tsv titles.txt");
  CHECK(r.status == 0);
  const std::vector<std::string> rows = lines_of(r.out);
  REQUIRE(rows.size() == 1 + 5);
  std::size_t checked = 0;
  for (std::size_t i = 1; i < rows.size(); ++i) {
    std::vector<std::string> cells;
    std::istringstream in(rows[i]);
    for (std::string cell; std::getline(in, cell, '\t');) cells.push_back(cell);
    REQUIRE(cells.size() >= 9);
    const std::size_t start = std::stoul(cells[2]), end = std::stoul(cells[3]);
    const std::size_t line = std::stoul(cells[6]), col = std::stoul(cells[7]);
    // start/end slice the file to the text; doc names the line; line and col are the file's.
    CHECK(bytes.substr(start, end - start) == cells[8]);
    CHECK(cells[0] == "titles.txt:" + std::to_string(line));
    std::size_t line_start = 0;
    for (std::size_t l = 1; l < line; ++l) line_start = bytes.find('\n', line_start) + 1;
    std::size_t code_points = 1;
    for (std::size_t p = line_start; p < start; ++p) code_points += (static_cast<unsigned char>(bytes[p]) & 0xC0) != 0x80;
    CHECK(col == code_points);
    ++checked;
  }
  CHECK(checked == 5);
  CHECK(r.out.find("titles.txt:1\tcompany") != std::string::npos);
  CHECK(r.out.find("titles.txt:4\tlab") != std::string::npos);

  const Run counted = run_both(tree, "--input lines -c titles.txt");
  CHECK(counted.out == "titles.txt:1\t2\ntitles.txt:4\t3\ntitles.txt:5\t0\n");  // blank lines are no documents

  tree.write("latin1.txt", "Airbus \xE9tait l\xE0\nInria\n");
  const Run strict = run_both(tree, "--input lines latin1.txt");
  CHECK(strict.status == 2);
  CHECK(strict.err ==
        "gazette: latin1.txt:1: invalid UTF-8 at column 8 (use --lossy to replace bad bytes)\n"
        "gazette: 1 bad line in 1 file\n");
  CHECK(strict.out.find("\"doc\":\"latin1.txt:2\"") != std::string::npos);
  const Run lossy = run_both(tree, "--input lines --lossy latin1.txt");
  CHECK(lossy.status == 0);
  CHECK(lossy.err.empty());
  CHECK(lossy.out.find("\"doc\":\"latin1.txt:1\"") != std::string::npos);
}

TEST_CASE("dump fields: dotted text and id paths, kept fields in every record, bad ids reported", "[e2e][inputs]") {
  Tree tree;
  tree.write("dump.jsonl",
             "{\"meta\":{\"id\":\"a1\",\"url\":\"https://x/1\",\"n\":1.50},\"content\":{\"body\":\"Airbus et Inria\"}}\n"
             "{\"meta\":{\"id\":{\"k\":1}},\"content\":{\"body\":\"Airbus\"}}\n"
             "{\"meta\":{\"id\":42},\"content\":{\"title\":\"Airbus\"}}\n"
             "{\"meta\":{\"id\":42},\"content\":{\"body\":\"Thales\"}}\n");
  const std::string fields = "--input jsonl --text-field content.body --id-field meta.id ";
  const Run r = run_both(tree, fields + "--keep-field meta.url --keep-field meta.n --keep-field meta.none dump.jsonl");
  CHECK(r.status == 2);
  CHECK(r.err ==
        "gazette: dump.jsonl:2: field \"meta.id\" is an object, not a string or a number\n"
        "gazette: dump.jsonl:3: no string field \"content.body\"\n"
        "gazette: 2 bad lines in 1 dump\n");
  const std::vector<std::string> records = lines_of(r.out);
  REQUIRE(records.size() == 3);
  CHECK(records[0].rfind("{\"doc\":\"a1\",\"type\":\"company\",\"text\":\"Airbus\"", 0) == 0);
  for (const std::string& record : {records[0], records[1]})
    CHECK(record.find(",\"fields\":{\"meta.url\":\"https://x/1\",\"meta.n\":1.50,\"meta.none\":null}}") !=
          std::string::npos);
  CHECK(records[2].find("\"doc\":\"42\"") != std::string::npos);
  CHECK(records[2].find("\"fields\":{\"meta.url\":null,\"meta.n\":null,\"meta.none\":null}") != std::string::npos);

  // Without --keep-field the records are as they always were: no member "fields".
  CHECK(run_both(tree, fields + "dump.jsonl").out.find("fields") == std::string::npos);
  const Run tsv = run_both(tree, fields + "--keep-field meta.url -f tsv dump.jsonl");
  const std::vector<std::string> rows = lines_of(tsv.out);
  REQUIRE(rows.size() == 4);
  CHECK(ends_with(rows[0], "\tqualifier\tfields"));
  CHECK(ends_with(rows[1], "\t{\"meta.url\":\"https://x/1\"}"));
}

TEST_CASE("max-errors stops the run after N bad lines, at the same place with any -j", "[e2e][inputs]") {
  Tree tree;
  std::string one, two;
  for (int i = 1; i <= 40; ++i) {
    one += i % 10 == 0 ? "not json\n" : "{\"id\":\"a" + std::to_string(i) + "\",\"text\":\"Airbus\"}\n";
    two += i % 20 == 0 ? "{\"id\":\"b\"}\n" : "{\"id\":\"b" + std::to_string(i) + "\",\"text\":\"Inria\"}\n";
  }
  tree.write("one.jsonl", one);
  tree.write("two.jsonl", two);
  const Run all = run_both(tree, "--input jsonl -c one.jsonl two.jsonl");
  CHECK(all.status == 2);
  CHECK(count_lines(all.out) == 36 + 38);
  CHECK(lines_of(all.err).back() == "gazette: 6 bad lines in 2 dumps");

  const Run stopped = run_both(tree, "--input jsonl -c --max-errors 5 one.jsonl two.jsonl");
  CHECK(stopped.status == 2);
  CHECK(count_lines(stopped.err) == 5 + 1);
  CHECK(lines_of(stopped.err)[4] == "gazette: two.jsonl:20: no string field \"text\"");
  CHECK(lines_of(stopped.err).back() == "gazette: 5 bad lines in 2 dumps, stopped at --max-errors 5");
  CHECK(count_lines(stopped.out) == 36 + 19);  // nothing after the fifth bad line
  CHECK(lines_of(stopped.out).back() == "b19\t1");

  const Run invalid = tree.run("--input jsonl --max-errors 0 one.jsonl");
  CHECK(invalid.status == 2);
}

TEST_CASE("count, list and quiet modes summarise as grep does, with the exit status of the records", "[e2e][inputs]") {
  Tree tree;
  tree.write("a.txt", "Airbus et Thales.");
  tree.write("none.txt", "Rien.");
  tree.write("b.txt", "Inria.");
  const Run count = run_both(tree, "-c a.txt none.txt b.txt");
  CHECK(count.status == 0);
  CHECK(count.out == "a.txt\t2\nnone.txt\t0\nb.txt\t1\n");
  const Run list = run_both(tree, "-l a.txt none.txt b.txt");
  CHECK(list.out == "a.txt\nb.txt\n");
  const Run none = run_both(tree, "-l none.txt");
  CHECK(none.status == 1);
  CHECK(none.out.empty());

  const Run quiet = run_both(tree, "-q none.txt a.txt missing.txt");
  CHECK(quiet.status == 0);  // it stops at the first mention: missing.txt is never read
  CHECK(quiet.out.empty());
  CHECK(quiet.err.empty());
  const Run quiet_error = run_both(tree, "-q missing.txt a.txt");
  CHECK(quiet_error.status == 2);  // an error before the first mention counts, as without -q
  CHECK(run_both(tree, "-q none.txt").status == 1);

  const Run both = tree.run("-c -l a.txt");
  CHECK(both.status == 2);
  CHECK(both.err.rfind("gazette: --count cannot be used with --files-with-mentions\n", 0) == 0);

  // The corpus: -c counts what the records hold, document by document.
  const std::string dumps = std::string(GAZETTE_SHARED_DIR) + "/corpus/*.jsonl";
  const Run records = run("--input jsonl " + dumps);
  const Run counted = run_both(tree, "--input jsonl -c " + dumps);
  std::size_t total = 0;
  for (const std::string& line : lines_of(counted.out)) total += std::stoul(line.substr(line.rfind('\t') + 1));
  CHECK(total == count_lines(records.out));
}
