// End-to-end: batch runs at scale. A document longer than a segment loses nothing at the cuts,
// any number of threads prints what one prints, and records leave while the input is still open.
#include <chrono>
#include <fstream>
#include <set>

#include "run_gazette.h"

using namespace gazette_e2e;

TEST_CASE("a 3 MB line of mentions is cut into segments without losing or repeating one", "[e2e][segments]") {
  const std::string unit = "Le fonds a levé 1 234 567 euros et Airbus 2 Md€. ";  // three mentions
  const std::string path = temp_path("long-line.txt");
  std::size_t units = 0;
  {
    std::ofstream out(path, std::ios::binary);
    for (std::size_t size = 0; size < 3 * 1024 * 1024; size += unit.size(), ++units) out << unit;
  }
  const Run r = run("--format tsv --types company,money " + path);
  std::remove(path.c_str());
  CHECK(r.status == 0);
  CHECK(count_lines(r.out) == 1 + 3 * units);  // the header, then every mention once
  std::set<std::string> starts;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    std::size_t third_tab = 0;
    for (int i = 0; i < 3; ++i) third_tab = line.find('\t', third_tab + 1);
    starts.insert(line.substr(0, third_tab));  // doc, type, start
  }
  CHECK(starts.size() == count_lines(r.out));
}

TEST_CASE("one, two and four threads print the same bytes on the corpus", "[e2e][threads]") {
  const std::string dumps = std::string(GAZETTE_SHARED_DIR) + "/corpus/*.jsonl";
  const Run one = run("--input jsonl -j 1 " + dumps);
  CHECK(one.status == 0);
  CHECK(count_lines(one.out) > 1000);
  CHECK(run("--input jsonl -j 2 " + dumps).out == one.out);
  CHECK(run("--input jsonl -j 4 " + dumps).out == one.out);
  const std::string files = fixture("article.txt") + " " + fixture("crlf-bom.txt") + " " + fixture("binary.dat") +
                            " /nonexistent.txt " + fixture("article.txt");
  const Run files_one = run("-j 1 " + files);
  const Run files_three = run("-j 3 " + files);
  CHECK(files_three.out == files_one.out);
  CHECK(files_three.err == files_one.err);
  CHECK(files_three.status == 2);
}

TEST_CASE("line-buffered output prints a document's records while the input stays open", "[e2e][streaming]") {
  const std::string command = "(echo '{\"id\":\"1\",\"text\":\"Airbus\"}'; sleep 3) | " + std::string(GAZETTE_BINARY) +
                              " --input jsonl --line-buffered";
  const auto start = std::chrono::steady_clock::now();
  FILE* pipe = ::popen(command.c_str(), "r");
  REQUIRE(pipe);
  char line[4096];
  REQUIRE(std::fgets(line, sizeof line, pipe));
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ::pclose(pipe);
  CHECK(std::string(line).find("\"text\":\"Airbus\"") != std::string::npos);
  CHECK(seconds < 2);
}
