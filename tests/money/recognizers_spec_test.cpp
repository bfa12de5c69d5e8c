// Runs the French currency cases of Microsoft Recognizers-Text (shared/eval/money) through the
// money recogniser. The cases were machine-translated from an English corpus, so a few expect
// what the guidelines rule out (a currency name without a number); each known failure is listed
// with its reason in recognizers-spec-failures.md, and a failure that is not listed fails the test.
#include <catch2/catch.hpp>

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include "input/json.h"
#include "money/exact_decimal.h"
#include "money/money.h"
#include "normalise/normaliser.h"

namespace {

using gazette::money::ExactDecimal;
using JsonValue = gazette::json::Value;

std::string shared_dir() {
  if (const char* env = std::getenv("GAZETTE_SHARED_DIR")) return env;
#ifdef GAZETTE_SHARED_DIR
  return GAZETTE_SHARED_DIR;
#else
  return "../shared";
#endif
}

// The failure list sits next to this file.
std::string this_directory() {
#ifdef GAZETTE_TEST_DIR
  return std::string(GAZETTE_TEST_DIR) + "/money";
#endif
  const std::string file = __FILE__;
  const std::size_t slash = file.find_last_of('/');
  return slash == std::string::npos ? "." : file.substr(0, slash);
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct SpecUnit {
  const char* iso;
  int exponent;  // -2: the spec counts hundredths (cents, pence), we count units of `iso`
};

// The spec's unit names, to ISO 4217. Debatable choices:
// - "Franc": the cases are 1989 news about France, so the French franc, FRF; this is also what a
//   bare "francs" gives in our table.
// - "Cent", "Centimes", "Pence", "Penny", "Pesewa": the spec gives the value in hundredths under
//   the subunit's name; we give units of the currency (50 cents -> 0.5 USD). Bare "cents" is
//   read as the dollar's, bare "centimes" as the euro's (French usage since 2002).
// - "Roupie": a bare "roupies" is the Indian rupee.
const std::map<std::string, SpecUnit>& spec_units() {
  static const std::map<std::string, SpecUnit> units = {
      {"Dollar", {"USD", 0}},
      {"Dollar États-Unis", {"USD", 0}},
      {"Dollar Canadien", {"CAD", 0}},
      {"Dollar Australien", {"AUD", 0}},
      {"Dollar de Hong Kong", {"HKD", 0}},
      {"Dollar néo-zélandais", {"NZD", 0}},
      {"Mexican peso", {"MXN", 0}},
      {"Euro", {"EUR", 0}},
      {"Livre", {"GBP", 0}},
      {"Franc", {"FRF", 0}},
      {"Franc Suisse", {"CHF", 0}},
      {"Yen Japonais", {"JPY", 0}},
      {"Yuan Chinois", {"CNY", 0}},
      {"Mark Finlandais", {"FIM", 0}},
      {"Florins Néerlandais", {"NLG", 0}},
      {"Roupie indienne", {"INR", 0}},
      {"Roupie", {"INR", 0}},
      {"Cent", {"USD", -2}},
      {"Centimes", {"EUR", -2}},
      {"Pence", {"GBP", -2}},
      {"Penny", {"GBP", -2}},
      {"Pesewa", {"GHS", -2}},
  };
  return units;
}

// "125000,5" (French decimal comma) in hundredths or units, as our exact decimal string.
std::string spec_value(const std::string& written, int exponent) {
  const std::size_t comma = written.find(',');
  const std::string integer = written.substr(0, comma);
  const std::string fraction = comma == std::string::npos ? "" : written.substr(comma + 1);
  return ExactDecimal::from_digits(integer, fraction)->times_power_of_ten(exponent)->to_string();
}

std::size_t code_points_before(const std::string& s, std::size_t byte) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < byte && i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  }
  return n;
}

std::string lower(const std::string& s) {
  std::string out;
  icu::UnicodeString::fromUTF8(s).toLower(icu::Locale("fr")).toUTF8String(out);
  return out;
}

// "- `12` `dollar` - reason" -> "12 dollar"
std::set<std::string> listed_failures(const std::string& markdown) {
  std::set<std::string> keys;
  std::istringstream lines(markdown);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.rfind("- `", 0) != 0) continue;
    const std::size_t a = 3, a_end = line.find('`', a);
    const std::size_t b = line.find('`', a_end + 1) + 1, b_end = line.find('`', b);
    if (a_end == std::string::npos || b_end == std::string::npos) continue;
    keys.insert(line.substr(a, a_end - a) + " " + line.substr(b, b_end - b));
  }
  return keys;
}

}  // namespace

TEST_CASE("Recognizers-Text French currency cases", "[money][spec]") {
  const std::string path = shared_dir() + "/eval/money/recognizers-text-fr-currency.json";
  const std::string json = read_file(path);
  REQUIRE_FALSE(json.empty());
  JsonValue cases;
  gazette::json::ParseError error;
  REQUIRE(gazette::json::parse(json, cases, error));
  const gazette::money::Recogniser recogniser;

  int expected_count = 0, passed = 0;
  std::set<std::string> failures;
  std::ostringstream report;
  for (std::size_t i = 0; i < cases.items().size(); ++i) {
    const JsonValue& c = cases.items()[i];
    const std::string& input = c.find("Input")->as_string();
    const gazette::normalise::Normalised n = gazette::normalise::normalise(input);
    const std::vector<gazette::money::Amount> found = recogniser.find(n.text);
    for (const JsonValue& r : c.find("Results")->items()) {
      ++expected_count;
      const std::string& text = r.find("Text")->as_string();
      const JsonValue& resolution = *r.find("Resolution");
      const std::string unit = resolution.find("unit")->as_string();
      const JsonValue* start = r.find("Start");
      const JsonValue* value = resolution.find("value");
      const auto u = spec_units().find(unit);
      std::string why = "not found";
      bool ok = false;
      for (const auto& a : found) {
        const std::size_t begin = n.original_begin(a.start), end = n.original_end(a.end);
        const std::string slice = input.substr(begin, end - begin);
        if (lower(slice) != text) continue;
        if (start && code_points_before(input, begin) != std::stoul(start->number_text())) continue;
        if (u == spec_units().end()) {
          why = "unit " + unit + " has no ISO mapping";
          break;
        }
        if (a.currency != u->second.iso) {
          why = "currency " + a.currency + ", expected " + u->second.iso;
          break;
        }
        if (!value || value->is_null()) {
          why = "no value expected";
          break;
        }
        const std::string want = spec_value(value->as_string(), u->second.exponent);
        if (a.value != want) {
          why = "value " + a.value + ", expected " + want;
          break;
        }
        ok = true;
        break;
      }
      if (ok) {
        ++passed;
        continue;
      }
      const std::string key = std::to_string(i) + " " + text;
      failures.insert(key);
      report << "- `" << i << "` `" << text << "` " << why << "; found:";
      for (const auto& a : found) report << " [" << n.text.substr(a.start, a.end - a.start) << "]";
      report << "\n";
    }
  }
  const std::set<std::string> listed = listed_failures(
      read_file(this_directory() + "/recognizers-spec-failures.md"));
  std::cout << "Recognizers-Text fr currency: " << passed << "/" << expected_count << " expected results\n"
            << report.str();
  CHECK(passed * 100 >= expected_count * 95);
  CHECK(failures == listed);
}
