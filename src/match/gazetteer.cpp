#include "match/gazetteer.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <cassert>
#include <cstring>

#include "input/utf8.h"
#include "match/name_index.h"
#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"

namespace gazette::match {

std::string quote_pattern(std::string_view pattern) {
  constexpr std::size_t kShown = 60;
  if (pattern.size() <= kShown) return fmt::format("\"{}\"", pattern);
  std::size_t cut = kShown;
  while (cut > 0 && (static_cast<unsigned char>(pattern[cut]) & 0xC0) == 0x80) --cut;  // not inside a character
  return fmt::format("\"{}...\" ({} bytes)", pattern.substr(0, cut), pattern.size());
}

using tokens::Token;

namespace {

// All-capital names up to this many letters are acronyms: "AWS" is not "aws".
constexpr std::size_t kAcronymMaxLetters = 6;

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  while (true) {
    const std::size_t at = s.find(sep, start);
    parts.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) break;
    start = at + 1;
  }
  return parts;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

constexpr std::string_view kHeader = "canonical\ttype\taliases\tids\tflags";

// The budget of the combined pattern; each pattern alone has RE2's default (8 MiB).
constexpr std::int64_t kCombinedPatternMemory = 64 << 20;

std::shared_ptr<const re2::RE2> combine(const std::vector<Pattern>& patterns) {
  std::string combined;
  for (const Pattern& pattern : patterns) {
    if (!combined.empty()) combined += '|';
    combined += "(?:" + pattern.regex->pattern() + ")";
  }
  RE2::Options options;
  options.set_longest_match(true);
  options.set_log_errors(false);
  options.set_max_mem(kCombinedPatternMemory);
  return std::make_shared<const re2::RE2>(combined, options);
}

}  // namespace

std::string GazetteerError::message() const {
  if (line == 0) return fmt::format("{}: {}", source, reason);
  return fmt::format("{}:{}: {}", source, line, reason);
}

namespace {

// A name as written, folded: its key and, when its case matters, its case pattern.
struct Described {
  std::string key, case_pattern;
  std::uint16_t tokens = 0;
};

// Builds a name's key and case pattern from one folding of what was written. Buffers are the
// caller's, reused across the ~100k names of the shipped gazetteers to keep start-up short.
void describe_name(std::string_view written, bool exact, bool nocase, normalise::Normalised& folded,
                   std::vector<Token>& parts, Described& name) {
  normalise::normalise(written, folded);
  tokens::tokenise(folded.text, parts);
  name.key.clear();
  for (const Token& t : parts) {
    if (!name.key.empty()) name.key.push_back(' ');
    name.key.append(folded.text, t.begin, t.end - t.begin);
  }
  name.tokens = static_cast<std::uint16_t>(parts.size());
  name.case_pattern.clear();
  // Only an exact-case name or an acronym (no lower-case letter) needs a case pattern.
  if (nocase && !exact) return;
  if (!exact && std::any_of(written.begin(), written.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return;
  std::size_t letters = 0;
  bool has_lower = false;
  for (const Token& t : parts) {
    if (!t.word) continue;
    for (std::uint32_t i = t.begin; i < t.end; ++i) {
      const unsigned char c = static_cast<unsigned char>(folded.text[i]);
      const bool letter = (c >= 'a' && c <= 'z') || c >= 0x80;
      if (!letter) {
        name.case_pattern.push_back('.');
      } else if (folded.upper[i]) {
        name.case_pattern.push_back('U');
        ++letters;
      } else {
        name.case_pattern.push_back('l');
        has_lower = true;
        ++letters;
      }
    }
  }
  if (!exact && (has_lower || letters == 0 || letters > kAcronymMaxLetters)) name.case_pattern.clear();
}

}  // namespace

std::string name_key(std::string_view written) {
  normalise::Normalised folded;
  std::vector<Token> parts;
  Described described;
  describe_name(written, false, true, folded, parts, described);
  return described.key;
}

Gazetteer::Layer::Layer() = default;
Gazetteer::Layer::~Layer() = default;

Gazetteer::Layer& Gazetteer::tsv_layer() {
  if (layers_.empty() || layers_.back()->is_image) {
    auto layer = std::make_unique<Layer>();
    layer->entry_base = static_cast<std::uint32_t>(entry_count_);
    layer->name_base = static_cast<std::uint32_t>(name_count_);
    layer->source_base = static_cast<std::uint32_t>(sources_.size());
    layers_.push_back(std::move(layer));
  }
  return *layers_.back();
}

bool Gazetteer::add_tsv(std::string_view source, std::string_view text, GazetteerError& error) {
  const std::uint32_t gazetteer_index = static_cast<std::uint32_t>(sources_.size());
  Layer& layer = tsv_layer();
  // Rows go straight into the layer; a bad file rolls them back to these sizes.
  std::vector<Entry>& entries = layer.entries;
  std::vector<Name>& names = layer.names;
  std::vector<Pattern>& patterns = patterns_;
  const std::size_t entries_before = entries.size(), names_before = names.size(), patterns_before = patterns.size();
  const std::size_t rows_estimate = static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
  entries.reserve(entries.size() + rows_estimate);
  names.reserve(names.size() + rows_estimate * 5 / 2);  // the shipped files average 2.1 names a row
  SourceStats stats;
  const auto fail = [&](std::size_t line, std::string reason) {
    error = {std::string(source), line, std::move(reason)};
    entries.resize(entries_before);
    names.erase(names.begin() + static_cast<std::ptrdiff_t>(names_before), names.end());
    patterns.resize(patterns_before);
    return false;
  };
  if (const std::size_t bad = utf8::find_invalid(text); bad != utf8::npos) {
    return fail(1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + bad, '\n')),
                fmt::format("invalid UTF-8 at byte offset {}", bad));
  }
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

  normalise::Normalised folded;
  std::vector<Token> tokens;
  Described described;
  bool seen_header = false;
  std::size_t line_number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    pos = eol + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (!seen_header) {
      if (line != kHeader)
        return fail(line_number, fmt::format("expected the header line \"{}\" (tab-separated)",
                                             "canonical<TAB>type<TAB>aliases<TAB>ids<TAB>flags"));
      seen_header = true;
      continue;
    }
    const std::vector<std::string_view> fields = split(line, '\t');
    if (fields.size() < 2 || fields.size() > 5)
      return fail(line_number, fmt::format("expected 2 to 5 tab-separated columns, found {}", fields.size()));
    Entry entry;
    entry.canonical = trim(fields[0]);
    entry.gazetteer = gazetteer_index;
    if (entry.canonical.empty()) return fail(line_number, "empty canonical name");
    const std::string_view type = trim(fields[1]);
    // Case matters here: a gazetteer's types are written in lower case.
    if (!produce::parse_entity_type(type, entry.type) || produce::to_string(entry.type) != type ||
        !produce::info(entry.type).from_gazetteers)
      return fail(line_number, fmt::format("unknown type \"{}\" (expected company or lab)", type));
    if (fields.size() > 3) entry.ids = trim(fields[3]);
    bool nocase = false, is_pattern = false, label_only = false;
    if (fields.size() > 4) {
      for (std::string_view flag : split(fields[4], ',')) {
        flag = trim(flag);
        if (flag.empty()) continue;
        if (flag == "nocase")
          nocase = true;
        else if (flag == "pattern")
          is_pattern = true;
        else if (flag == "label")
          label_only = true;
        else
          return fail(line_number, fmt::format("unknown flag \"{}\" (expected nocase, pattern or label)", flag));
      }
    }
    std::vector<std::string_view> written;
    if (!is_pattern && !label_only) written.push_back(entry.canonical);
    if (fields.size() > 2 && !trim(fields[2]).empty())
      for (std::string_view alias : split(fields[2], '|'))
        if (!trim(alias).empty()) written.push_back(trim(alias));
    if (written.empty()) return fail(line_number, "a pattern or label entry needs at least one alias to match");

    const std::uint32_t entry_index = layer.entry_base + static_cast<std::uint32_t>(entries.size());
    const std::size_t first_name = names.size();
    for (std::string_view alias : written) {
      if (is_pattern) {
        RE2::Options options;
        options.set_log_errors(false);
        options.set_longest_match(true);
        if (alias.size() > kMaxPatternBytes)
          return fail(line_number, fmt::format("pattern {} longer than {} bytes (the limit of a pattern)",
                                               quote_pattern(alias), kMaxPatternBytes));
        auto regex = std::make_shared<const re2::RE2>(re2::StringPiece(alias.data(), alias.size()), options);
        if (!regex->ok())
          return fail(line_number, fmt::format("invalid pattern {}: {}", quote_pattern(alias), regex->error()));
        patterns.push_back({entry_index, std::move(regex)});
        continue;
      }
      const bool exact = !alias.empty() && alias.front() == '=';
      if (exact) alias.remove_prefix(1);
      describe_name(alias, exact, nocase, folded, tokens, described);
      if (described.key.empty()) return fail(line_number, fmt::format("name \"{}\" has no letters or digits", alias));
      // "Orange<TAB>company<TAB>=Orange": the exact-case alias replaces the any-case canonical.
      if (exact) {
        names.erase(
            std::remove_if(names.begin() + static_cast<std::ptrdiff_t>(first_name), names.end(),
                           [&](const Name& other) { return other.key == described.key && other.case_pattern.empty(); }),
            names.end());
      }
      Name name;
      name.entry = entry_index;
      name.key = strings_.store(described.key);
      name.case_pattern = strings_.store(described.case_pattern);
      name.tokens = described.tokens;
      names.push_back(name);
    }
    ++stats.entries;
    (entry.type == produce::EntityType::lab ? stats.labs : stats.companies) += 1;
    entry.canonical = strings_.store(entry.canonical);
    entry.ids = strings_.store(entry.ids);
    entries.push_back(entry);
  }
  if (!seen_header) return fail(0, "empty gazetteer: no header line");
  if (patterns.size() > patterns_before) {
    std::string why;
    if (!combine_patterns(why)) return fail(0, why);
  }

  stats.names = names.size() - names_before;
  stats.patterns = patterns.size() - patterns_before;
  sources_.emplace_back(source);
  stats_.push_back(stats);
  entry_count_ = layer.entry_base + entries.size();
  name_count_ = layer.name_base + names.size();
  layer.index.reset();
  lookup_.reset();
  return true;
}

std::string_view StringArena::store(std::string_view text) {
  if (text.empty()) return {};
  if (text.size() > kBlock) {  // a very long string gets a block of its own
    large_.push_back(std::make_unique<char[]>(text.size()));
    std::copy(text.begin(), text.end(), large_.back().get());
    return {large_.back().get(), text.size()};
  }
  if (used_ + text.size() > kBlock) {
    blocks_.push_back(std::make_unique<char[]>(kBlock));
    used_ = 0;
  }
  char* at = blocks_.back().get() + used_;
  std::copy(text.begin(), text.end(), at);
  used_ += text.size();
  return {at, text.size()};
}

bool Gazetteer::combine_patterns(std::string& error) {
  std::shared_ptr<const re2::RE2> combined = combine(patterns_);
  if (!combined->ok()) {
    error = fmt::format("its patterns, with those loaded before ({} in all), do not compile as one expression: {}",
                        patterns_.size(), combined->error());
    return false;
  }
  combined_pattern_ = std::move(combined);
  return true;
}

Gazetteer::Gazetteer() = default;
Gazetteer::~Gazetteer() = default;

void Gazetteer::finish() {
  if (lookup_) return;
  lookup_ = std::make_unique<NameLookup>();
  for (const auto& layer : layers_) {
    if (!layer->index) {
      layer->index = std::make_unique<NameIndex>();
      layer->index->build(layer->names);
    }
    // A layer of patterns only has an empty table: probing it for every token would cost a
    // filter read and find nothing.
    if (layer->name_count() > 0) lookup_->add(*layer->index, layer->name_base);
  }
}

const NameLookup& Gazetteer::lookup() const {
  assert(lookup_ && "Gazetteer::finish() after the last add");
  return *lookup_;
}

namespace {

// The layer that holds entry or name `index`: the last whose first number is at most `index`
// (a layer left empty by a failed file shares its first number with the next one).
template <typename Layers, typename Base>
const auto& holding(const Layers& layers, std::uint32_t index, Base base) {
  for (std::size_t l = layers.size(); l-- > 1;)
    if (index >= (*layers[l]).*base) return *layers[l];
  return *layers.front();
}

std::string_view view_string(std::string_view strings, image::StringRef ref) {
  return strings.substr(ref.offset, ref.size);  // add_image checked every reference
}

}  // namespace

Entry Gazetteer::entry(std::uint32_t index) const {
  assert(index < entry_count_);
  const Layer& layer = holding(layers_, index, &Layer::entry_base);
  const std::uint32_t local = index - layer.entry_base;
  if (!layer.is_image) return layer.entries[local];
  image::EntryRecord r;
  std::memcpy(&r, layer.entry_records + local, sizeof r);
  return {view_string(layer.strings, r.canonical), static_cast<produce::EntityType>(r.type),
          view_string(layer.strings, r.ids), layer.source_base + r.gazetteer};
}

Name Gazetteer::name(std::uint32_t index) const {
  assert(index < name_count_);
  const Layer& layer = holding(layers_, index, &Layer::name_base);
  const std::uint32_t local = index - layer.name_base;
  if (!layer.is_image) return layer.names[local];
  image::NameRecord r;
  std::memcpy(&r, layer.name_records + local, sizeof r);
  return {layer.entry_base + r.entry, view_string(layer.strings, r.key), r.tokens,
          view_string(layer.strings, r.case_pattern)};
}

}  // namespace gazette::match
