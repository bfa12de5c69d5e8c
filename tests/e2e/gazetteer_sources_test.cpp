// End-to-end: names that the shipped gazetteers take from each open-data source, and the
// spellings the build derives from them, are found in French text with the source's ids.
#include <fstream>

#include <catch2/catch.hpp>

#include "run_gazette.h"

using namespace gazette_e2e;

namespace {

// The records of `text` as written to a temporary file and read by `gazette ARGS FILE`.
Run extract(const std::string& text, const std::string& args = "") {
  const std::string path = temp_path("sources.txt");
  {
    std::ofstream out(path, std::ios::binary);
    out << text;
  }
  Run r = run(args + " " + path);
  std::remove(path.c_str());
  return r;
}

// The one record whose surface is `surface`, or "" when there is none or more than one.
std::string record_of(const std::string& jsonl, const std::string& surface) {
  std::string found;
  std::istringstream lines(jsonl);
  for (std::string line; std::getline(lines, line);) {
    if (line.find("\"text\":\"" + surface + "\"") == std::string::npos) continue;
    if (!found.empty()) return "";
    found = line;
  }
  return found;
}

bool has(const std::string& record, const std::string& part) { return record.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("a research unit of the RNSR is found by its unit code and its short label, with its rnsr id", "[e2e][sources]") {
  const Run r = extract("L'UMR 6183 et l'Institut Farman (FR 3311) publient ensemble.\n");
  REQUIRE(r.status == 0);
  const std::string code = record_of(r.out, "UMR 6183");
  CHECK(has(code, "\"type\":\"lab\""));
  CHECK(has(code, "\"canonical\":\"GeM\""));
  CHECK(has(code, "\"rnsr:200412238P\""));
  const std::string label = record_of(r.out, "Institut Farman");
  CHECK(has(label, "\"type\":\"lab\""));
  CHECK(has(label, "\"id\":\"rnsr:201019181K\""));
  CHECK(has(record_of(r.out, "FR 3311"), "\"id\":\"rnsr:201019181K\""));
}

TEST_CASE("a brand of the Name Suggestion Index is found with its Wikidata id, in its written case only", "[e2e][sources]") {
  const Run r = extract("La chaîne Smiggle ouvre trois boutiques ; un smiggle n'est rien.\n");
  REQUIRE(r.status == 0);
  const std::string brand = record_of(r.out, "Smiggle");
  CHECK(has(brand, "\"type\":\"company\""));
  CHECK(has(brand, "\"id\":\"wikidata:Q7544536\""));
  CHECK(record_of(r.out, "smiggle").empty());
}

TEST_CASE("a company listed by FinanceDatabase is found by its short name, with its ISIN", "[e2e][sources]") {
  const Run r = extract("Agilent rachète une start-up ; Aedifica achète des maisons de repos.\n");
  REQUIRE(r.status == 0);
  const std::string stem = record_of(r.out, "Agilent");  // listed as "Agilent Technologies"
  CHECK(has(stem, "\"canonical\":\"Agilent Technologies\""));
  CHECK(has(stem, "\"id\":\"isin:US00846U1016\""));
  CHECK(has(record_of(r.out, "Aedifica"), "\"id\":\"isin:BE0003851681\""));
}

TEST_CASE("spellings the build derives: conjunction, dotted sigle, Center/Centre, Lab, umlaut digraphs", "[e2e][sources]") {
  const Run r = extract(
      "Procter and Gamble, la S.N.C.F., le Goddard Space Flight Centre, l'Oak Ridge National Lab et le "
      "Forschungszentrum Juelich.\n",
      "--format text");
  REQUIRE(r.status == 0);
  CHECK(has(r.out, "company Procter and Gamble -> Procter & Gamble\n"));
  CHECK(has(r.out, "company S.N.C.F. -> SNCF\n"));
  CHECK(has(r.out, "lab Goddard Space Flight Centre -> Goddard Space Flight Center\n"));
  CHECK(has(r.out, "lab Oak Ridge National Lab -> Oak Ridge National Laboratory\n"));
  CHECK(has(r.out, "lab Forschungszentrum Juelich -> Forschungszentrum Jülich\n"));
  const Run ids = extract("Le Forschungszentrum Juelich.\n");
  CHECK(has(record_of(ids.out, "Forschungszentrum Juelich"), "\"ror:02nv7yv05\""));
}

TEST_CASE("gazetteer lookup writes a dotted sigle's case over its letters only", "[e2e][sources]") {
  const Run r = run("gazetteer lookup S.N.C.F.");
  CHECK(r.status == 0);
  CHECK(r.out == "S.N.C.F.: company SNCF [no id] as written: S . N . C . F . (builtin:companies.tsv)\n");
}
