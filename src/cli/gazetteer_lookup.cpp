#include "cli/gazetteer_lookup.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <cctype>
#include <cstdio>

#include "cli/common_options.h"
#include "cli/exit_status.h"
#include "cli/parse_errors.h"
#include "normalise/normaliser.h"
#include "output/json_escape.h"
#include "produce/entity_type.h"

namespace gazette::cli {
namespace {

// What one query resolved to: a listed name, or a pattern that matches in it.
struct Hit {
  match::Entry entry;
  std::string key;
  std::string policy;  // "any case", "as written: Orange", "pattern P (matches ...)"
};

// A case pattern applies to the bytes of the key's word tokens: 'U' upper, 'l' lower. Spaces
// and punctuation tokens ("&" of "AT & T", the dots of "S . N . C . F .") have none.
std::string as_written(std::string_view key, std::string_view case_pattern) {
  std::string out(key);
  std::size_t at = 0;
  for (std::size_t i = 0; i < out.size(); ++i) {
    char& c = out[i];
    if (c == ' ') continue;
    const bool alone = (i == 0 || out[i - 1] == ' ') && (i + 1 == out.size() || out[i + 1] == ' ');
    const unsigned char b = static_cast<unsigned char>(c);
    if (alone && b < 0x80 && !std::isalnum(b)) continue;  // a punctuation token
    if (at < case_pattern.size() && case_pattern[at] == 'U' && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    ++at;
  }
  return out;
}

std::vector<Hit> look_up(const match::Gazetteer& gazetteer, const std::string& query) {
  std::vector<Hit> hits;
  const std::string key = match::name_key(query);
  if (key.empty()) return hits;
  for (std::uint32_t n = 0; n < gazetteer.name_count(); ++n) {
    const match::Name name = gazetteer.name(n);
    if (name.key != key) continue;
    Hit hit{gazetteer.entry(name.entry), key, "any case"};
    if (!name.case_pattern.empty()) hit.policy = "as written: " + as_written(name.key, name.case_pattern);
    hits.push_back(std::move(hit));
  }
  // Patterns read the folded text of a document; the query folded the same way stands for one.
  const std::string folded = normalise::normalise(query).text;
  for (const match::Pattern& pattern : gazetteer.patterns()) {
    re2::StringPiece found;
    if (pattern.regex->Match(folded, 0, folded.size(), RE2::UNANCHORED, &found, 1))
      hits.push_back({gazetteer.entry(pattern.entry), key,
                      fmt::format("pattern {} (matches \"{}\")", pattern.regex->pattern(), std::string(found))});
  }
  return hits;
}

}  // namespace

CLI::App* add_gazetteer_lookup(CLI::App& gazetteer_command, GazetteerLookupOptions& options) {
  CLI::App* lookup = gazetteer_command.add_subcommand("lookup", "What a name resolves to in the loaded gazetteers");
  lookup->footer(R"(Examples:
  gazette gazetteer lookup Airbus "L'Oréal" "UMR 6183"
  gazette gazetteer lookup --gazetteer mine.tsv --format json Orange | jq .policy

Each hit shows the entry's canonical name, type and ids, the policy that decides where the name
matches ("any case", or "as written: Orange" when only that case matches, or the pattern that
matches it) and the gazetteer it comes from; the first hit is the one the matcher uses. Exit
status: 0 when every name was found, 1 when one was not, 2 on an error.)");
  lookup->add_option("names", options.names, "Names to look up, as a text would write them")
      ->required()
      ->type_name("NAME");
  lookup->add_option("-f,--format", options.format, "Output: table or json (one object a hit)")
      ->check(one_of({"table", "json"}))
      ->capture_default_str();
  add_gazetteer_options(*lookup, options.gazetteers);
  return lookup;
}

int run_gazetteer_lookup(const GazetteerLookupOptions& options) {
  const auto gazetteer = load_or_report(options.gazetteers);
  if (!gazetteer) return kError;
  const auto& sources = gazetteer->sources();
  std::string out;
  bool all_found = true;
  for (const std::string& query : options.names) {
    const std::vector<Hit> hits = look_up(*gazetteer, query);
    all_found = all_found && !hits.empty();
    if (options.format == "json") {
      for (const Hit& hit : hits) {
        out += "{\"query\":";
        output::append_json_string(out, query);
        out += ",\"key\":";
        output::append_json_string(out, hit.key);
        out += ",\"canonical\":";
        output::append_json_string(out, hit.entry.canonical);
        out += fmt::format(",\"type\":\"{}\",\"ids\":", produce::to_string(hit.entry.type));
        output::append_json_string(out, hit.entry.ids);
        out += ",\"policy\":";
        output::append_json_string(out, hit.policy);
        out += ",\"gazetteer\":";
        output::append_json_string(out, sources[hit.entry.gazetteer]);
        out += "}\n";
      }
      if (hits.empty()) {
        out += "{\"query\":";
        output::append_json_string(out, query);
        out += ",\"found\":false}\n";
      }
      continue;
    }
    if (hits.empty()) {
      out += fmt::format("{}: not found (key \"{}\")\n", query, match::name_key(query));
      continue;
    }
    for (const Hit& hit : hits)
      out += fmt::format("{}: {} {} [{}] {} ({})\n", query, produce::to_string(hit.entry.type), hit.entry.canonical,
                         hit.entry.ids.empty() ? "no id" : hit.entry.ids, hit.policy, sources[hit.entry.gazetteer]);
  }
  if (std::fwrite(out.data(), 1, out.size(), stdout) != out.size()) return kError;
  return all_found ? kFound : kNotFound;
}

}  // namespace gazette::cli
