// End-to-end: `gazette stats` agrees with the records extract prints, the progress line shows on a
// terminal only, --color colours the text formats only, and usage errors say what was wrong.
#include <sys/stat.h>

#include <map>
#include <optional>

#include "input/json.h"
#include "money/exact_decimal.h"
#include "run_gazette.h"

using namespace gazette;
using namespace gazette_e2e;

namespace {

json::Value parse_json(const std::string& text) {
  json::Value value;
  json::ParseError error;
  REQUIRE(json::parse(text, value, error));
  return value;
}

std::size_t member_number(const json::Value& object, std::string_view key) {
  const json::Value* v = object.find(key);
  REQUIRE(v);
  REQUIRE(v->is_number());
  return static_cast<std::size_t>(std::stoull(v->number_text()));
}

std::size_t file_size(const std::string& path) {
  struct stat status;
  REQUIRE(::stat(path.c_str(), &status) == 0);
  return static_cast<std::size_t>(status.st_size);
}

// What the records say, added up here from extract's JSON Lines, to hold stats to.
struct Tally {
  std::map<std::string, std::size_t> by_type;
  std::map<std::string, std::map<std::string, std::size_t>> names;  // type -> canonical -> mentions
  std::map<std::string, std::optional<money::ExactDecimal>> totals;
  std::map<std::string, std::size_t> amounts, ranges;
};

Tally tally(const std::string& records) {
  Tally t;
  std::istringstream lines(records);
  for (std::string line; std::getline(lines, line);) {
    const json::Value r = parse_json(line);
    const std::string type = r.find("type")->as_string();
    ++t.by_type[type];
    if (type != "money") {
      ++t.names[type][r.find("canonical")->as_string()];
      continue;
    }
    const std::string currency = r.find("currency")->as_string();
    if (r.find("min")) {
      ++t.ranges[currency];
      continue;
    }
    ++t.amounts[currency];
    auto& total = t.totals.try_emplace(currency, money::ExactDecimal::integer(0)).first->second;
    total = total->plus(*money::ExactDecimal::parse(r.find("value")->number_text()));
  }
  return t;
}

}  // namespace

TEST_CASE("stats sums up what extract prints, on the corpus, with any number of threads", "[e2e][stats]") {
  const std::string dumps = std::string(GAZETTE_SHARED_DIR) + "/corpus/*.jsonl";
  const Run records = run("--input jsonl -j 1 " + dumps);
  REQUIRE(records.status == 0);
  const Tally expected = tally(records.out);

  const Run one = run("stats --format json --top 0 --input jsonl -j 1 " + dumps);
  REQUIRE(one.status == 0);
  CHECK(one.err.empty());
  CHECK(run("stats --format json --top 0 --input jsonl -j 2 " + dumps).out == one.out);
  CHECK(run("stats --format json --top 0 --input jsonl -j 4 " + dumps).out == one.out);

  const json::Value stats = parse_json(one.out);
  CHECK(member_number(stats, "documents") == count_lines(slurp(std::string(GAZETTE_SHARED_DIR) +
                                                               "/corpus/ilab-laureates-fr.jsonl")) +
                                                 count_lines(slurp(std::string(GAZETTE_SHARED_DIR) +
                                                               "/corpus/wikinews-fr-2016-2018.jsonl")));
  CHECK(member_number(stats, "bytes") == file_size(std::string(GAZETTE_SHARED_DIR) + "/corpus/ilab-laureates-fr.jsonl") +
                                             file_size(std::string(GAZETTE_SHARED_DIR) +
                                                       "/corpus/wikinews-fr-2016-2018.jsonl"));
  CHECK(member_number(stats, "errors") == 0);
  for (const auto& [type, count] : expected.by_type) CHECK(member_number(*stats.find("mentions"), type) == count);

  // Every name, with its count, in order: most mentions first, ties by name.
  for (const char* type : {"company", "lab"}) {
    const std::vector<json::Value>& listed = stats.find("top")->find(type)->items();
    const auto& names = expected.names.at(type);
    REQUIRE(listed.size() == names.size());
    for (std::size_t i = 0; i < listed.size(); ++i) {
      const std::string& name = listed[i].find("name")->as_string();
      CHECK(member_number(listed[i], "mentions") == names.at(name));
      if (i > 0) {
        const std::size_t before = member_number(listed[i - 1], "mentions"), now = member_number(listed[i], "mentions");
        CHECK((before > now || (before == now && listed[i - 1].find("name")->as_string() < name)));
      }
    }
  }
  const json::Value* money = stats.find("money");
  REQUIRE(money);
  REQUIRE(money->members().size() >= expected.amounts.size());
  for (const auto& [currency, totals] : money->members()) {
    const auto count_of = [&](const std::map<std::string, std::size_t>& counts) {
      const auto found = counts.find(currency);
      return found == counts.end() ? std::size_t{0} : found->second;
    };
    CHECK(member_number(totals, "amounts") == count_of(expected.amounts));
    CHECK(member_number(totals, "ranges") == count_of(expected.ranges));
    if (expected.totals.count(currency))
      CHECK(totals.find("total")->number_text() == expected.totals.at(currency)->to_string());
  }

  // --top N keeps the first N of the full list.
  const json::Value top3 = parse_json(run("stats --format json --top 3 --input jsonl " + dumps).out);
  const std::vector<json::Value>& three = top3.find("top")->find("company")->items();
  REQUIRE(three.size() == 3);
  for (std::size_t i = 0; i < 3; ++i)
    CHECK(three[i].find("name")->as_string() ==
          stats.find("top")->find("company")->items()[i].find("name")->as_string());
}

TEST_CASE("stats reads what extract reads: compressed dumps, bad lines, missing files", "[e2e][stats]") {
  const std::string gz = temp_path("dump.jsonl.gz");
  REQUIRE(std::system(("gzip -c '" + fixture("dump.jsonl") + "' > '" + gz + "'").c_str()) == 0);
  const Run plain = run("stats --format json --input jsonl dump.jsonl");
  const Run compressed = run("stats --format json --input jsonl " + gz);
  CHECK(plain.status == 2);  // dump.jsonl has a bad line
  CHECK(plain.err.find("gazette: 1 bad line in 1 dump\n") != std::string::npos);
  const json::Value p = parse_json(plain.out), c = parse_json(compressed.out);
  CHECK(member_number(p, "bad_lines") == 1);
  CHECK(member_number(p, "errors") == 1);
  CHECK(member_number(p, "bytes") == file_size(fixture("dump.jsonl")));
  CHECK(member_number(c, "bytes") == file_size(gz));  // as stored: compressed
  CHECK(member_number(c, "documents") == member_number(p, "documents"));
  for (const char* type : {"company", "lab", "money"})
    CHECK(member_number(*c.find("mentions"), type) == member_number(*p.find("mentions"), type));
  std::remove(gz.c_str());

  const Run missing = run("stats --types money article.txt /nonexistent.txt");
  CHECK(missing.status == 2);
  CHECK(missing.err == "gazette: /nonexistent.txt: No such file or directory\n");
  CHECK(missing.out.find("errors                  1\n") != std::string::npos);
  CHECK(missing.out.find("money                   2\n") != std::string::npos);
  CHECK(missing.out.find("company") == std::string::npos);  // not asked for
}

TEST_CASE("the progress line is drawn on a terminal's stderr only, and cleared", "[e2e][progress]") {
  // The corpus's larger dump four times, 12 MB: long enough (some 0.5 s on one thread) for the line
  // to be drawn several times on a terminal, its redraws being a tenth of a second apart.
  const std::string one = std::string(GAZETTE_SHARED_DIR) + "/corpus/ilab-laureates-fr.jsonl";
  const std::string dump = one + " " + one + " " + one + " " + one;
  const Run to_file = run("--input jsonl -j 1 " + dump);
  CHECK(to_file.status == 0);
  CHECK(to_file.err.empty());
  const Run stats_to_file = run("stats --input jsonl -j 1 " + dump);
  CHECK(stats_to_file.err.empty());

  // script(1) (util-linux, essential in Debian) gives the command a terminal; stdout goes to a
  // file, so what script prints is the command's stderr.
  const auto on_terminal = [&](const std::string& options) {
    const std::string out = temp_path("records");
    const std::string command = "script -qec \"" + std::string(GAZETTE_BINARY) + " " + options + " --input jsonl -j 1 " +
                                dump + " > " + out + "\" /dev/null < /dev/null";
    Run r;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) r.err.append(buffer, got);
    const int status = ::pclose(pipe);
    r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    std::remove(out.c_str());
    return r;
  };
  const Run drawn = on_terminal("");
  CHECK(drawn.status == 0);          // script -e: gazette's status
  CHECK(drawn.out == to_file.out);  // the records do not change
  CHECK(drawn.err.rfind("\rgazette: ", 0) == 0);
  CHECK(drawn.err.find(" documents, ") != std::string::npos);
  CHECK(drawn.err.find(" MB/s, ") != std::string::npos);
  CHECK(drawn.err.find("% ETA ") != std::string::npos);  // a regular file: its size is known
  // Cleared at the end: spaces over the line, the cursor back at its start.
  REQUIRE(drawn.err.size() > 2);
  CHECK(drawn.err.back() == '\r');
  CHECK(drawn.err[drawn.err.size() - 2] == ' ');
  CHECK(on_terminal("--no-progress").err.empty());
}

TEST_CASE("colour in the text formats: grep's colours in the text formats, never in JSON or TSV, never unasked", "[e2e][color]") {
  const Run plain = run("--format text article.txt");
  const Run coloured = run("--format text --color always article.txt");
  CHECK(plain.out.find('\033') == std::string::npos);  // auto, standard output a pipe
  CHECK(coloured.out.find("\033[35marticle.txt\033[m\033[36m:\033[m\033[32m") != std::string::npos);
  CHECK(coloured.out.find("\033[1;34mcompany\033[m") != std::string::npos);
  CHECK(count_lines(coloured.out) == count_lines(plain.out));
  CHECK(run("--color always article.txt").out.find('\033') == std::string::npos);
  CHECK(run("--format tsv --color always article.txt").out.find('\033') == std::string::npos);
  CHECK(run_in(std::string(GAZETTE_TEST_DIR) + "/fixtures", "--format text --color never article.txt").out == plain.out);

  // A terminal with NO_COLOR set stays plain under auto; always still colours.
  const auto on_terminal = [](const std::string& environment, const std::string& options) {
    const std::string command = "cd '" + std::string(GAZETTE_TEST_DIR) + "/fixtures' && " + environment +
                                " script -qec \"" + std::string(GAZETTE_BINARY) + " " + options +
                                " article.txt\" /dev/null < /dev/null";
    std::string out;
    FILE* pipe = ::popen(command.c_str(), "r");
    REQUIRE(pipe);
    char buffer[4096];
    for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) out.append(buffer, got);
    ::pclose(pipe);
    return out;
  };
  CHECK(on_terminal("TERM=xterm", "--format text").find("\033[35m") != std::string::npos);
  CHECK(on_terminal("TERM=xterm NO_COLOR=1", "--format text").find('\033') == std::string::npos);
  CHECK(on_terminal("TERM=xterm NO_COLOR=1", "--format text --color always").find("\033[35m") != std::string::npos);

  // gazette check's gcc format: the position bold, the severity in gcc's colour.
  const Run check = run("check --color always --no-config check/article.md");
  CHECK(check.status == 1);
  CHECK(check.out.find("\033[1mcheck/article.md:") == 0);
  CHECK(check.out.find("\033[1;31merror:\033[m") != std::string::npos);
  CHECK(run("check --format json --color always --no-config check/article.md").out.find('\033') == std::string::npos);
}

TEST_CASE("usage errors name the option and the value, then the usage, with exit status 2", "[e2e][usage]") {
  const Run types = run("--types compny article.txt");
  CHECK(types.status == 2);
  CHECK(types.out.empty());
  CHECK(types.err ==
        "gazette: --types: 'compny' is not one of company, lab, money\n"
        "Usage: gazette [extract] [OPTIONS] [FILE...] (see 'gazette extract --help')\n");
  CHECK(run("--format xml article.txt").err.rfind("gazette: --format: 'xml' is not one of jsonl, tsv, text, html\n", 0) == 0);
  const Run option = run("stats --typo article.txt");
  CHECK(option.status == 2);
  CHECK(option.err ==
        "gazette: unknown option '--typo'\n"
        "Usage: gazette stats [OPTIONS] [FILE...] (see 'gazette stats --help')\n");
  const Run number = run("-j two article.txt");
  CHECK(number.status == 2);
  CHECK(number.err.rfind("gazette: --threads: 'two' is not a valid value\n", 0) == 0);
  CHECK(run("--max-errors 0 article.txt").err.rfind("gazette: --max-errors: '0' is not a whole number of at least 1\n",
                                                    0) == 0);
  CHECK(run("--min-score 2 article.txt").err.rfind("gazette: --min-score: '2' is not a number from 0 to 1\n", 0) == 0);
  const Run color = run("check --color sometimes article.txt");
  CHECK(color.status == 2);
  CHECK(color.err ==
        "gazette: --color: 'sometimes' is not one of auto, always, never\n"
        "Usage: gazette check [OPTIONS] [PATH...] (see 'gazette check --help')\n");
  CHECK(run("eval").err == "gazette: --gold is required\nUsage: gazette eval --gold GOLD.jsonl... [OPTIONS] (see "
                           "'gazette eval --help')\n");
  // Help is no error.
  const Run help = run("stats --help");
  CHECK(help.status == 0);
  CHECK(help.out.find("--top") != std::string::npos);
}
