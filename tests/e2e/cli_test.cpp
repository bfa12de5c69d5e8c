// End-to-end: runs the built binary on fixture files and checks records, messages and exit
// statuses as a shell user sees them.
#include <catch2/catch.hpp>

#include "run_gazette.h"

using namespace gazette_e2e;

TEST_CASE("extract prints the expected records for a fixture article", "[e2e]") {
  const Run r = run("extract article.txt");
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out == slurp(fixture("article.expected.jsonl")));
}

TEST_CASE("extract is the default command and reads standard input", "[e2e]") {
  const Run from_file = run("--format text " + fixture("article.txt"));
  const Run from_stdin = run("--format text", fixture("article.txt"));
  const Run from_dash = run("--format text -", fixture("article.txt"));
  CHECK(from_file.status == 0);
  CHECK(from_stdin.out == from_dash.out);
  CHECK(count_lines(from_stdin.out) == count_lines(from_file.out));
  CHECK(from_stdin.out.rfind("-:", 0) == 0);  // standard input is named "-"
}

TEST_CASE("exit status: 1 when nothing is found, 2 on errors", "[e2e]") {
  CHECK(run("", fixture("nothing.txt")).status == 1);
  const Run missing = run("/nonexistent.txt");
  CHECK(missing.status == 2);
  CHECK(missing.err.find("/nonexistent.txt") != std::string::npos);
  CHECK(run("--format xml").status == 2);
  CHECK(run("--types person").status == 2);
}

TEST_CASE("invalid UTF-8 is an error naming the file and offset unless --lossy", "[e2e]") {
  const Run strict = run(fixture("invalid-utf8.txt"));
  CHECK(strict.status == 2);
  CHECK(strict.err == "gazette: " + fixture("invalid-utf8.txt") +
                          ": invalid UTF-8 at byte offset 18 (use --lossy to replace bad bytes)\n");
  CHECK(strict.out.empty());
  const Run lossy = run("--lossy " + fixture("invalid-utf8.txt"));
  CHECK(lossy.status == 0);
  CHECK(lossy.out.find("\"text\":\"Airbus\"") != std::string::npos);
}

TEST_CASE("binary files are skipped with a message, other files still processed", "[e2e]") {
  const Run r = run(fixture("binary.dat") + " " + fixture("article.txt"));
  CHECK(r.status == 0);
  CHECK(r.err.find("binary.dat: binary file") != std::string::npos);
  CHECK(count_lines(r.out) == count_lines(slurp(fixture("article.expected.jsonl"))));
}

TEST_CASE("CRLF line ends and a byte-order mark are accepted", "[e2e]") {
  const Run r = run("--format text " + fixture("crlf-bom.txt"));
  CHECK(r.status == 0);
  CHECK(r.out.find("crlf-bom.txt:2:1: lab CNRS") != std::string::npos);
}

TEST_CASE("a name found with its legal form has the name alone as canonical", "[e2e]") {
  const Run r = run("--no-model " + fixture("legal-form.txt"));
  CHECK(r.status == 0);
  CHECK(r.out.find("\"text\":\"STANDING OVATION SAS\"") != std::string::npos);
  // Both mentions, with and without the legal form, name one company.
  CHECK(count_of(r.out, "\"canonical\":\"STANDING OVATION\"") == 2);
}

TEST_CASE("a pattern's match is its own canonical, not the family's label", "[e2e]") {
  const Run r = run("--no-model " + fixture("unit-codes.txt"));
  CHECK(r.status == 0);
  CHECK(count_of(r.out, "\"canonical\":\"U791\"") == 1);
  CHECK(count_of(r.out, "\"source\":\"pattern\"") == 1);
}

TEST_CASE("type filter, TSV output and user gazetteers", "[e2e]") {
  const Run labs = run("--types lab --format tsv " + fixture("article.txt"));
  CHECK(labs.status == 0);
  CHECK(labs.out.rfind("doc\ttype\tstart\tend", 0) == 0);
  CHECK(labs.out.find("\tcompany\t") == std::string::npos);
  CHECK(labs.out.find("\tlab\t") != std::string::npos);

  // The model would still find Airbus, a name no list needs to hold: off, to test the lists alone.
  const Run user = run("--no-builtin --no-model --gazetteer " + fixture("user-gazetteer.tsv") + " --types company " +
                       fixture("article.txt"));
  CHECK(user.status == 0);
  CHECK(user.out.find("\"canonical\":\"Zorblax Robotique\"") != std::string::npos);
  // Airbus is still found by the rules ("Airbus SE", then "d'Airbus"), not from a list.
  CHECK(count_of(user.out, "\"source\":\"gazetteer\"") == 1);

  const Run bad = run("--gazetteer " + fixture("bad-gazetteer.tsv") + " " + fixture("article.txt"));
  CHECK(bad.status == 2);
  CHECK(bad.err ==
        "gazette: " + fixture("bad-gazetteer.tsv") + ":3: unknown type \"shop\" (expected company or lab)\n");

  const Run together = run("--gazetteer patterns-bad-together.tsv article.txt");
  CHECK(together.status == 2);
  CHECK(together.out.empty());
  CHECK(together.err ==
        "gazette: patterns-bad-together.tsv: its patterns, with those loaded before (1 in all), do not compile as one "
        "expression: missing ): (?:\\Qumr)\n");
}

TEST_CASE("an article dump in JSON Lines gives records named by document id", "[e2e]") {
  const Run r = run("--input jsonl -j 2 " + fixture("dump.jsonl"));
  CHECK(r.status == 2);  // line 3 of the dump is not JSON
  CHECK(r.err.find("dump.jsonl:3: invalid JSON") != std::string::npos);
  CHECK(r.out.find("\"doc\":\"first\"") != std::string::npos);
  CHECK(r.out.find("\"doc\":\"fourth\"") != std::string::npos);
  CHECK(r.out.find("\"doc\":\"first\"") < r.out.find("\"doc\":\"fourth\""));  // input order
}

TEST_CASE("eval and gazetteer stats run", "[e2e]") {
  const Run eval =
      run("eval --gold " + std::string(GAZETTE_SHARED_DIR) + "/eval/dev/genesis-mission-fr.jsonl --format json");
  CHECK(eval.status == 0);
  CHECK(eval.out.find("\"COMPANY\":{\"gold\":36") != std::string::npos);
  const Run stats = run("gazetteer stats --format json");
  CHECK(stats.status == 0);
  CHECK(stats.out.rfind("{\"entries\":", 0) == 0);
  CHECK(run("--version").out.rfind("gazette ", 0) == 0);
}

TEST_CASE("eval --by-source gives each record source's precision", "[e2e]") {
  const std::string gold = std::string(GAZETTE_TEST_DIR) + "/validation/ilab-1.jsonl";
  const Run r = run("eval --by-source --gold '" + gold + "'");
  CHECK(r.status == 0);
  CHECK(r.out.find("source ") != std::string::npos);
  CHECK(r.out.find("\ngazetteer ") != std::string::npos);
  CHECK(r.out.find("\ncontext:") != std::string::npos);
  const Run json = run("eval --by-source --format json --gold '" + gold + "'");
  CHECK(count_lines(json.out) == 2);
  CHECK(json.out.find("\"gazetteer\":{\"right\":") != std::string::npos);
}

TEST_CASE("word lists given with --word-lists replace the shipped ones; a bad list is an error naming it", "[e2e]") {
  const std::string text = "/tmp/gazette-e2e-lists.txt";
  {
    std::ofstream out(text);
    out << "Zorbexia d\xC3\xA9veloppe des capteurs.\n";
  }
  CHECK(run("--types company " + text).out.find("Zorbexia") != std::string::npos);
  const Run replaced = run("--types company --word-lists word-lists " + text);
  CHECK(replaced.status == 1);
  const Run unknown = run("--word-lists bad-word-lists " + text);
  CHECK(unknown.status == 2);
  CHECK(unknown.err.find("bad-word-lists/no-such-list.txt: no shipped word list") != std::string::npos);
  const Run phrase = run("--word-lists phrase-word-lists " + text);
  CHECK(phrase.status == 2);
  CHECK(phrase.err.find("phrase-word-lists/company-verbs.txt:2: \"la start up\" is several words") !=
        std::string::npos);
  std::remove(text.c_str());
}

TEST_CASE("gazetteer compile writes an image that --gazetteer loads like the TSV", "[e2e]") {
  const std::string image = "/tmp/gazette-e2e-" + std::to_string(::getpid()) + ".gzt";
  const Run compile = run("gazetteer compile user-gazetteer.tsv -o " + image);
  REQUIRE(compile.status == 0);
  const Run from_tsv = run("--gazetteer user-gazetteer.tsv article.txt");
  const Run from_image = run("--gazetteer " + image + " article.txt");
  CHECK(from_image.status == from_tsv.status);
  CHECK(from_image.out == from_tsv.out);
  CHECK(run("gazetteer stats --format json --gazetteer " + image).out.find("user-gazetteer.tsv") != std::string::npos);
  {
    std::ofstream damaged(image, std::ios::binary | std::ios::in | std::ios::out);
    damaged.seekp(-5, std::ios::end);
    damaged.put('\x7f');
  }
  const Run bad = run("--gazetteer " + image + " article.txt");
  CHECK(bad.status == 2);
  CHECK(bad.err.find("checksum") != std::string::npos);
  CHECK(run("gazetteer compile bad-gazetteer.tsv -o " + image + ".new").status == 2);
  std::remove(image.c_str());
}

TEST_CASE("eval refuses a gold file with no spans", "[e2e]") {
  const Run r = run("eval --gold gold-no-spans.jsonl");
  CHECK(r.status == 2);
  CHECK(r.out.empty());
  CHECK(r.err ==
        "gazette: gold-no-spans.jsonl: no COMPANY, LAB or MONEY span in any document: nothing to score (is "
        "it a gold file?)\n");
}

TEST_CASE("a model given with --model-file replaces the shipped one; a file that is no model is an error naming it",
          "[e2e]") {
  const std::string shipped = std::string(GAZETTE_TEST_DIR) + "/../data/model.bin";
  const Run builtin = run("article.txt");
  const Run from_file = run("--model-file '" + shipped + "' article.txt");
  CHECK(from_file.status == builtin.status);
  CHECK(from_file.out == builtin.out);
  const Run bad = run("--model-file article.txt article.txt");
  CHECK(bad.status == 2);
  CHECK(bad.out.empty());
  CHECK(bad.err.rfind("gazette: article.txt: ", 0) == 0);
}

TEST_CASE("gazetteer lookup shows what a name resolves to, with its policy and gazetteer", "[e2e]") {
  const std::string gazetteer = "--no-builtin --gazetteer lookup-gazetteer.tsv";
  const Run found = run("gazetteer lookup " + gazetteer + " 'zorblax' 'Ondine' 'ZRB' 'Unité Q42'");
  CHECK(found.status == 0);
  CHECK(found.out ==
        "zorblax: company Zorblax Robotique [wikidata:Q4242424] any case (lookup-gazetteer.tsv)\n"
        "Ondine: company Zorblax Robotique [wikidata:Q4242424] as written: Ondine (lookup-gazetteer.tsv)\n"
        "ZRB: company Zorblax Robotique [wikidata:Q4242424] as written: ZRB (lookup-gazetteer.tsv)\n"
        "Unité Q42: lab Unité Quarante [no id] pattern \\bunite q[0-9]{2}\\b (matches \"unite q42\") "
        "(lookup-gazetteer.tsv)\n");
  const Run missing = run("gazetteer lookup " + gazetteer + " --format json Zorblax Ailleurs");
  CHECK(missing.status == 1);
  CHECK(missing.out ==
        "{\"query\":\"Zorblax\",\"key\":\"zorblax\",\"canonical\":\"Zorblax Robotique\",\"type\":\"company\","
        "\"ids\":\"wikidata:Q4242424\",\"policy\":\"any case\",\"gazetteer\":\"lookup-gazetteer.tsv\"}\n"
        "{\"query\":\"Ailleurs\",\"found\":false}\n");
  CHECK(run("gazetteer lookup Airbus").out.find("company Airbus [wikidata:Q67") != std::string::npos);
  const Run stats = run("gazetteer stats " + gazetteer);
  CHECK(stats.out.find("lookup-gazetteer.tsv                     2         4         2          2         1") !=
        std::string::npos);
}

TEST_CASE("a possessive, a quantifier or an abbreviation opening a sentence is no company", "[e2e]") {
  // "Notre solution permet", "CA visé": the subject of a business verb, but no name.
  const Run r = run("--types company --format text function-words.txt");
  CHECK(r.status == 1);
  CHECK(r.out.empty());
}

TEST_CASE("newspapers and channels are companies; words that case cannot tell from a title are not", "[e2e]") {
  const Run r = run("--types company --format tsv --no-model press-titles.txt");
  CHECK(r.status == 0);
  CHECK(r.out.find("The Independent") != std::string::npos);
  CHECK(r.out.find("La Voix du Nord") != std::string::npos);
  CHECK(r.out.find("Les \xC3\x89"
                   "chos") != std::string::npos);
  CHECK(r.out.find("Lib\xC3\xA9ration") == std::string::npos);
  CHECK(r.out.find("Marianne") == std::string::npos);
  CHECK(count_of(r.out, "\tgazetteer") == 3);
}
