// End-to-end: `extract --format html` (one page, streamed, the same with any -j) and
// `extract --fuzzy` (near spellings of gazetteer names, as gazette check reports them).

#include "run_gazette.h"

using namespace gazette_e2e;

namespace {

const std::string examples = std::string(GAZETTE_TEST_DIR) + "/../examples";

}  // namespace

TEST_CASE("html: one page, a mark per record, whatever the number of threads", "[e2e][html]") {
  const Run page = run_in(examples, "--format html article-fr.txt");
  const Run records = run_in(examples, "article-fr.txt");
  CHECK(page.status == 0);
  CHECK(page.err.empty());
  CHECK(page.out.rfind("<!DOCTYPE html>\n", 0) == 0);
  REQUIRE(page.out.size() > 8);
  CHECK(page.out.substr(page.out.size() - 8) == "</html>\n");
  const std::size_t legend = 4;  // in the legend: a sample mark per type, and one of a fuzzy find
  CHECK(count_of(page.out, "<mark class=\"m ") == count_lines(records.out) + legend);
  CHECK(count_of(page.out, "</mark>") == count_lines(records.out) + legend);
  CHECK(count_of(page.out, "<article class=\"doc\">") == 1);

  // Many documents: the same bytes with one thread and with three.
  const Run one = run_in(examples, "-j 1 --format html --input lines article-fr.txt");
  const Run three = run_in(examples, "-j 3 --format html --input lines article-fr.txt");
  CHECK(one.status == 0);
  CHECK(three.out == one.out);
  CHECK(count_of(one.out, "<article class=\"doc\">") > 10);
  CHECK(count_of(one.out, "<h2>article-fr.txt:3</h2>") == 1);
  // The page's marks are the run's records, each document's own.
  const Run lines = run_in(examples, "--input lines article-fr.txt");
  CHECK(count_of(one.out, "<mark class=\"m ") == count_lines(lines.out) + legend);
}

TEST_CASE("html: nothing found is still a page, with status 1", "[e2e][html]") {
  const Run page = run("--format html nothing.txt");
  CHECK(page.status == 1);
  CHECK(page.out.find("<h2>nothing.txt</h2>") != std::string::npos);
  CHECK(page.out.find("<p class=\"counts\">0 mentions</p>") != std::string::npos);
  CHECK(page.out.find("1 document, 0 mentions.") != std::string::npos);
}

TEST_CASE("fuzzy: NVvidia is the company Nvidia, in the records check reports it in", "[e2e][fuzzy]") {
  const Run fuzzy = run("--fuzzy check/article.md");
  const Run plain = run("check/article.md");
  CHECK(fuzzy.status == 0);
  std::size_t fuzzy_records = 0;
  std::istringstream in(fuzzy.out);
  for (std::string line; std::getline(in, line);) {
    if (line.find("\"match\":\"fuzzy\"") == std::string::npos) continue;
    ++fuzzy_records;
    CHECK(line.rfind(R"({"doc":"check/article.md","type":"company","text":"NVvidia",)", 0) == 0);
    CHECK(line.find(R"("canonical":"Nvidia","id":"wikidata:Q)") != std::string::npos);
    const std::string tail = R"(,"source":"fuzzy","match":"fuzzy","distance":1})";
    CHECK(line.size() > tail.size());
    CHECK(line.compare(line.size() - tail.size(), tail.size(), tail) == 0);
  }
  CHECK(fuzzy_records == 1);
  // Off by default, and no new field on exact finds.
  CHECK(plain.out.find("\"match\"") == std::string::npos);
  CHECK(plain.out.find("\"distance\"") == std::string::npos);
  CHECK(count_lines(plain.out) == count_lines(fuzzy.out));  // NVvidia was a context find before
  // The same words gazette check calls misspellings.
  const Run check = run("check --no-config check/article.md");
  CHECK(count_of(check.out, "looks like a misspelling") == fuzzy_records);
  CHECK(check.out.find("'NVvidia' looks like a misspelling of 'Nvidia'") != std::string::npos);

  const Run text = run("--fuzzy --format text check/article.md");
  CHECK(text.out.find("check/article.md:3:71: company NVvidia -> Nvidia (fuzzy, distance 1)\n") != std::string::npos);
  const Run page = run("--fuzzy --format html check/article.md");
  CHECK(page.out.find("<mark class=\"m company fuzzy\" data-type=\"company\" title=\"company: Nvidia\nid: wikidata:") !=
        std::string::npos);
}

TEST_CASE("fuzzy: the seed article's NVvidia is Nvidia", "[e2e][fuzzy]") {
  const std::string seed = std::string(GAZETTE_SHARED_DIR) + "/eval/dev/genesis-mission-fr.jsonl";
  const Run r = run("--fuzzy --input jsonl '" + seed + "'");
  CHECK(r.status == 0);
  CHECK(r.out.find(R"("text":"NVvidia")") != std::string::npos);
  const std::size_t at = r.out.find(R"("type":"company","text":"NVvidia",)");
  REQUIRE(at != std::string::npos);
  const std::string record = r.out.substr(at, r.out.find('}', at) - at);
  CHECK(record.find(R"("canonical":"Nvidia")") != std::string::npos);
}
