// End-to-end: batch runs at scale. A document longer than a segment loses nothing at the cuts.
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
