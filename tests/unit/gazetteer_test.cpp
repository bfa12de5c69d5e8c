#include "match/gazetteer.h"

#include <re2/re2.h>

#include <catch2/catch.hpp>
#include <cstring>

#include "match/gazetteer_image.h"
#include "match/name_index.h"
#include "match_test_support.h"
#include "tokens/tokeniser.h"

using namespace gazette;
using Catch::Matchers::Contains;

namespace {
std::string load_error(const std::string& text) {
  match::Gazetteer g;
  match::GazetteerError error;
  if (g.add_tsv("bad.tsv", text, error)) return "";
  return error.message();
}
const std::string kHeader = "canonical\ttype\taliases\tids\tflags\n";
}  // namespace

TEST_CASE("a gazetteer row gives an entry and one name per alias", "[match][gazetteer]") {
  auto g = test::gazetteer_from(
      "# a comment\n"
      "Amazon Web Services\tcompany\tAWS|=Amazon WS\twikidata:Q456157 ticker:AMZN\t\n"
      "Centre national de la recherche scientifique\tlab\tCNRS\twikidata:Q280413\n");
  REQUIRE(g->entry_count() == 2);
  CHECK(g->entry(0).ids == "wikidata:Q456157 ticker:AMZN");
  CHECK(g->entry(1).type == produce::EntityType::lab);
  REQUIRE(g->name_count() == 5);
  CHECK(g->name(0).key == "amazon web services");
  CHECK(g->name(0).case_pattern.empty());
  CHECK(g->name(1).case_pattern == "UUU");  // short all-capital names are acronyms
  CHECK(g->name(2).key == "amazon ws");
  CHECK(g->name(2).case_pattern == "UlllllUU");  // "=" asks for exact case
  CHECK(g->stats().at(0).names == 5);
}

TEST_CASE("bad gazetteers are rejected with file, line and reason", "[match][gazetteer]") {
  CHECK_THAT(load_error("name\ttype\n"), Contains("bad.tsv:1: expected the header line"));
  CHECK(load_error(kHeader + "Acme\tshop\t\t\t\n") == "bad.tsv:2: unknown type \"shop\" (expected company or lab)");
  CHECK(load_error(kHeader + "# fine\nAcme\tcompany\t\t\t\nOnly-one-column\n") ==
        "bad.tsv:4: expected 2 to 5 tab-separated columns, found 1");
  CHECK(load_error(kHeader + "Acme\tcompany\t\t\tshiny\n") ==
        "bad.tsv:2: unknown flag \"shiny\" (expected nocase, pattern or label)");
  CHECK_THAT(load_error(kHeader + "Units\tlab\tumr (\\d+\t\tpattern\n"), Contains("bad.tsv:2: invalid pattern"));
  CHECK(load_error(kHeader + "\tcompany\t\t\t\n") == "bad.tsv:2: empty canonical name");
  CHECK(load_error(kHeader + "Acme \xff\tcompany\n") == "bad.tsv:2: invalid UTF-8 at byte offset 38");
  CHECK(load_error("") == "bad.tsv: empty gazetteer: no header line");
  CHECK(load_error(kHeader + "---\tcompany\n") == "bad.tsv:2: name \"---\" has no letters or digits");
}

TEST_CASE("a label entry shows its canonical name but matches only its aliases", "[match][gazetteer]") {
  auto g = test::gazetteer_from("Bel\tcompany\tGroupe Bel|Fromageries Bel\t\tlabel\n");
  REQUIRE(g->name_count() == 2);
  CHECK(g->name(0).key == "groupe bel");
  CHECK(load_error(kHeader + "Bel\tcompany\t\t\tlabel\n") ==
        "bad.tsv:2: a pattern or label entry needs at least one alias to match");
}

TEST_CASE("a rejected file leaves the gazetteer as it was", "[match][gazetteer]") {
  match::Gazetteer g;
  match::GazetteerError error;
  REQUIRE(g.add_tsv("good.tsv", kHeader + "Acme\tcompany\n", error));
  REQUIRE_FALSE(g.add_tsv("bad.tsv", kHeader + "Beta\tcompany\nGamma\tshop\n", error));
  CHECK(g.entry_count() == 1);
  CHECK(g.name_count() == 1);
  CHECK(g.sources() == std::vector<std::string>{"good.tsv"});
}

namespace {
std::shared_ptr<match::Gazetteer> from_rows(const std::string& source, const std::string& rows) {
  auto g = std::make_shared<match::Gazetteer>();
  match::GazetteerError error;
  if (!g->add_tsv(source, "canonical\ttype\taliases\tids\tflags\n" + rows, error))
    throw std::runtime_error(error.message());
  g->finish();
  return g;
}
const std::string kRows =
    "Amazon Web Services\tcompany\tAWS|Amazon WS\twikidata:Q456157 ticker:AMZN\t\n"
    "Orange\tcompany\t=Orange\twikidata:Q1431486\t\n"
    "Unité Inserm\tlab\t\\binserm u ?\\d{3,4}\\b\t\tpattern\n"
    "Laboratoire d'informatique, de robotique et de microélectronique de Montpellier\tlab\tLIRMM\t\t\n";
// An image whose bytes live in 8-byte aligned memory, as a mapped file's or the binary's do.
struct AlignedImage {
  explicit AlignedImage(const std::string& bytes) : words((bytes.size() + 7) / 8) {
    std::memcpy(words.data(), bytes.data(), bytes.size());
    view = std::string_view(reinterpret_cast<const char*>(words.data()), bytes.size());
  }
  std::vector<std::uint64_t> words;
  std::string_view view;
};
}  // namespace

TEST_CASE("a compiled image holds what its gazetteers held, and matches the same", "[match][gazetteer][image]") {
  const auto tsv = from_rows("test.tsv", kRows);
  std::string bytes;
  tsv->write_image(bytes);
  REQUIRE(match::image::looks_like_image(bytes));
  const AlignedImage image(bytes);
  auto loaded = std::make_shared<match::Gazetteer>();
  match::GazetteerError error;
  REQUIRE(loaded->add_image("test.gzt", image.view, true, error));
  loaded->finish();
  REQUIRE(loaded->entry_count() == tsv->entry_count());
  for (std::size_t i = 0; i < tsv->entry_count(); ++i) {
    CHECK(loaded->entry(i).canonical == tsv->entry(i).canonical);
    CHECK(loaded->entry(i).ids == tsv->entry(i).ids);
    CHECK(loaded->entry(i).type == tsv->entry(i).type);
  }
  REQUIRE(loaded->name_count() == tsv->name_count());
  for (std::size_t i = 0; i < tsv->name_count(); ++i) {
    CHECK(loaded->name(i).key == tsv->name(i).key);
    CHECK(loaded->name(i).case_pattern == tsv->name(i).case_pattern);
  }
  CHECK(loaded->sources() == std::vector<std::string>{"test.tsv"});
  CHECK(loaded->stats()[0].names == tsv->stats()[0].names);
  const std::string text = "AWS, Amazon WS, une orange et Orange, le LIRMM et l'unité Inserm U1234.";
  const auto surfaces = [&](std::shared_ptr<const match::Gazetteer> g) {
    return test::surfaces(test::NameFinder(g).find(text));
  };
  CHECK(surfaces(loaded) == surfaces(tsv));
  CHECK(surfaces(loaded) == std::vector<std::string>{"AWS", "Amazon WS", "Orange", "LIRMM", "Inserm U1234"});
}

TEST_CASE("an image after a TSV gazetteer keeps the TSV's precedence", "[match][gazetteer][image]") {
  std::string bytes;
  from_rows("builtin.tsv", "Orange SA\tcompany\tOrange\n")->write_image(bytes);
  const AlignedImage image(bytes);
  auto g = std::make_shared<match::Gazetteer>();
  match::GazetteerError error;
  REQUIRE(g->add_tsv("user.tsv", "canonical\ttype\taliases\tids\tflags\nMon Orange\tcompany\tOrange\n", error));
  REQUIRE(g->add_image("builtin.gzt", image.view, false, error));
  g->finish();
  const auto found = test::NameFinder(g).find("Orange");
  REQUIRE(found.size() == 1);
  CHECK(found[0].canonical == "Mon Orange");
  CHECK(g->sources() == std::vector<std::string>{"user.tsv", "builtin.tsv"});
}

TEST_CASE("images are used in place, each with its own table, first added first", "[match][gazetteer][image]") {
  std::string user_bytes, builtin_bytes;
  from_rows("user.tsv", "Orange Bank\tcompany\t=Orange\t\t\nZeta Kerlo\tcompany\t\t\t\n")->write_image(user_bytes);
  from_rows("builtin.tsv", "Orange SA\tcompany\tOrange\twikidata:Q1431486\t\nAirbus\tcompany\t\twikidata:Q67\t\n")
      ->write_image(builtin_bytes);
  const AlignedImage user(user_bytes), builtin(builtin_bytes);
  auto g = std::make_shared<match::Gazetteer>();
  match::GazetteerError error;
  REQUIRE(g->add_tsv("mine.tsv", "canonical\ttype\taliases\tids\tflags\nMa Boite\tcompany\t\t\t\n", error));
  REQUIRE(g->add_image("user.gzt", user.view, true, error));
  REQUIRE(g->add_image("builtin.gzt", builtin.view, false, error));
  g->finish();
  // Numbered across the three: the TSV's row, then each image's.
  REQUIRE(g->entry_count() == 5);
  CHECK(g->entry(0).canonical == "Ma Boite");
  CHECK(g->entry(1).canonical == "Orange Bank");
  CHECK(g->entry(4).canonical == "Airbus");
  CHECK(g->entry(4).ids == "wikidata:Q67");
  CHECK(g->sources()[g->entry(4).gazetteer] == "builtin.tsv");
  CHECK(g->name(g->name_count() - 1).entry == 4);
  // The user's exact-case "Orange" owns the key: lower case is no name, though the shipped
  // entry would match it in any case.
  const auto found = test::NameFinder(g).find("Orange, orange, Zeta Kerlo, Airbus et Ma Boite.");
  CHECK(test::surfaces(found) == std::vector<std::string>{"Orange", "Zeta Kerlo", "Airbus", "Ma Boite"});
  REQUIRE(found.size() == 4);
  CHECK(found[0].canonical == "Orange Bank");
  CHECK(found[2].canonical == "Airbus");
  // Written again as one image, the layers keep their precedence.
  std::string merged_bytes;
  g->write_image(merged_bytes);
  const AlignedImage merged(merged_bytes);
  auto one = std::make_shared<match::Gazetteer>();
  REQUIRE(one->add_image("merged.gzt", merged.view, true, error));
  one->finish();
  CHECK(test::surfaces(test::NameFinder(one).find("Orange, orange, Zeta Kerlo, Airbus et Ma Boite.")) ==
        test::surfaces(found));
}

TEST_CASE("name filters grow with the number of names, and an image keeps their size", "[match][gazetteer][image]") {
  // 200,000 names need more than the smallest filters (16 bits a name: 2^22 bits).
  std::string rows;
  for (int i = 0; i < 200000; ++i) rows += "Societe Numero" + std::to_string(i) + "\tcompany\t\t\t\n";
  rows += "Airbus\tcompany\t\twikidata:Q67\t\n";
  const auto big = from_rows("big.tsv", rows);
  std::string bytes;
  big->write_image(bytes);
  const AlignedImage image(bytes);
  auto g = std::make_shared<match::Gazetteer>();
  match::GazetteerError error;
  REQUIRE(g->add_image("big.gzt", image.view, true, error));
  g->finish();
  const char* text = "Airbus et Societe Numero199999, pas Societe Numero200000.";
  CHECK(test::surfaces(test::NameFinder(g).find(text)) == std::vector<std::string>{"Airbus", "Societe Numero199999"});
  CHECK(test::surfaces(test::NameFinder(big).find(text)) == test::surfaces(test::NameFinder(g).find(text)));
  match::NameIndex index;
  std::vector<match::Name> names;
  for (std::uint32_t i = 0; i < big->name_count(); ++i) names.push_back(big->name(i));
  index.build(names);
  CHECK(index.filter_words() == (std::size_t{1} << 22) * 2 / 64);  // a pair of bits a position
}

TEST_CASE("the interleaved filters keep each sequence's two answers apart", "[match][gazetteer]") {
  // "societe generale" ends a name and continues none; "societe" continues one and ends none;
  // "airbus" ends one. Every position of the filters holds both bits, so a bit set for one
  // question must not answer the other.
  const std::vector<std::string> keys = {"societe generale", "airbus"};
  std::vector<match::Name> names;
  for (const std::string& key : keys) names.push_back({0, key, 0, {}});
  match::NameIndex index;
  index.build(names);
  const auto sequence = [](std::initializer_list<std::string_view> words) {
    std::uint64_t s = tokens::kSequenceSeed;
    for (std::string_view w : words) s = tokens::extend_sequence(s, tokens::hash_bytes(w));
    return s;
  };
  using I = match::NameIndex;
  CHECK(index.filters(sequence({"societe"})) == I::kMayContinue);
  CHECK(index.filters(sequence({"societe", "generale"})) == I::kMayBeName);
  CHECK(index.filters(sequence({"airbus"})) == I::kMayBeName);
  CHECK(index.find(sequence({"airbus"})) != nullptr);
  CHECK(index.find(sequence({"societe"})) == nullptr);
}

TEST_CASE("a damaged or foreign image is refused with a reason", "[match][gazetteer][image]") {
  std::string bytes;
  from_rows("test.tsv", kRows)->write_image(bytes);
  const auto refuse = [](const std::string& damaged, bool verify) {
    const AlignedImage image(damaged);
    match::Gazetteer g;
    match::GazetteerError error;
    CHECK_FALSE(g.add_image("bad.gzt", image.view, verify, error));
    CHECK(g.entry_count() == 0);
    return error.message();
  };
  CHECK(refuse(bytes.substr(0, 100), false).find("truncated") != std::string::npos);
  std::string flipped = bytes;
  flipped[flipped.size() - 3] ^= 1;
  CHECK(refuse(flipped, true).find("checksum") != std::string::npos);
  std::string version = bytes;
  version[8] = 99;
  CHECK(refuse(version, false).find("version 99") != std::string::npos);
  CHECK(refuse("canonical\ttype\taliases\tids\tflags\n" + std::string(100, ' '), false).find("not a gazetteer image") !=
        std::string::npos);
  // Every slot taken: a probe for an absent key would never end.
  std::string full = bytes;
  std::uint64_t slots_offset, slots_bytes;
  std::memcpy(&slots_offset, full.data() + 40 + 5 * 16, 8);  // section 5 of the table: the slots
  std::memcpy(&slots_bytes, full.data() + 40 + 5 * 16 + 8, 8);
  for (std::uint64_t at = slots_offset; at < slots_offset + slots_bytes; at += 16) {
    std::uint64_t key;
    std::memcpy(&key, full.data() + at, 8);
    if (key != 0) continue;
    key = at;  // any non-zero key
    const std::int32_t name = 0;
    std::memcpy(&full[at], &key, 8);
    std::memcpy(&full[at + 8], &name, 4);
  }
  CHECK(refuse(full, false).find("no free slot") != std::string::npos);
  // A table of 2^60 slots in an empty section at the image's end: 2^60 slots of 16 bytes is
  // 2^64 bytes, 0 modulo 2^64, so a check of capacity * 16 against the section's size would let
  // it through and the slots be read beyond the image.
  for (const int log2 : {60, 61, 62, 63}) {
    std::string huge = bytes;
    const std::uint64_t end = huge.size(), no_bytes = 0, capacity = std::uint64_t{1} << log2;
    std::uint64_t sizes_offset;
    std::memcpy(&huge[40 + 5 * 16], &end, 8);  // the slots' section: 0 bytes at the end
    std::memcpy(&huge[40 + 5 * 16 + 8], &no_bytes, 8);
    std::memcpy(&sizes_offset, huge.data() + 40 + 7 * 16, 8);  // section 7: the index sizes
    std::memcpy(&huge[sizes_offset], &capacity, 8);
    INFO("2^" << log2 << " slots");
    CHECK_THAT(refuse(huge, false), Contains("the name table has the wrong size"));
  }
}

TEST_CASE("patterns valid alone but not together are an error, not silent no-matching", "[match][gazetteer]") {
  match::Gazetteer g;
  match::GazetteerError error;
  REQUIRE(g.add_tsv("first.tsv", kHeader + "Unité Inserm\tlab\t\\binserm u ?\\d{3,4}\\b\t\tpattern\n", error));
  REQUIRE(g.combined_pattern());
  const std::string before = g.combined_pattern()->pattern();
  // "\Q" quotes up to "\E" or the end: alone it is valid, in the alternation it swallows the rest.
  CHECK_FALSE(g.add_tsv("quoted.tsv", kHeader + "Quoted\tlab\t\\Qumr\t\tpattern\n", error));
  CHECK_THAT(error.message(),
             Contains("quoted.tsv: its patterns, with those loaded before (2 in all), do not compile as one "
                      "expression: missing )"));
  // Nothing of the bad file is kept; what was loaded before still matches.
  CHECK(g.patterns().size() == 1);
  CHECK(g.combined_pattern()->pattern() == before);
  CHECK(g.combined_pattern()->ok());
}

TEST_CASE("a gazetteer without patterns has no combined pattern", "[match][gazetteer]") {
  auto g = test::gazetteer_from("Airbus\tcompany\t\t\t\n");
  CHECK_FALSE(g->combined_pattern());
}
