#include "output/run_stats.h"

#include <fmt/format.h>

#include <algorithm>

#include "input/line_reader.h"
#include "input/utf8.h"
#include "output/json_escape.h"

namespace gazette::output {
namespace {

// Left-aligned in `width` columns, a column being a code point (French names hold accents).
void append_padded(std::string& out, std::string_view text, std::size_t width) {
  out += text;
  const std::size_t shown = input::count_code_points(text);
  if (shown < width) out.append(width - shown, ' ');
}

std::string total_text(const CurrencyTotal& c) { return c.total ? c.total->to_string() : std::string(); }

}  // namespace

RunStats::RunStats(produce::TypeSet types) : types_(types) {}

void RunStats::add(const resolve::Mention& m) {
  const std::size_t index = produce::index_of(m.type);
  ++by_type_[index];
  if (m.type != produce::EntityType::money) {
    ++names_[index][m.canonical];
    return;
  }
  CurrencyTotal& currency = currencies_[m.currency];
  if (!m.min.empty()) {
    ++currency.ranges;
    return;
  }
  const std::optional<money::ExactDecimal> value = money::ExactDecimal::parse(m.value);
  if (!value) return;  // every amount the grammar gives has a value; this keeps a bad one out of the sum
  ++currency.amounts;
  if (currency.total) currency.total = currency.total->plus(*value);
}

std::vector<NameCount> RunStats::top_names(produce::EntityType type, std::size_t top) const {
  std::vector<NameCount> names;
  for (const auto& [name, count] : names_[produce::index_of(type)]) names.push_back({name, count});
  const auto before = [](const NameCount& a, const NameCount& b) {
    return a.mentions != b.mentions ? a.mentions > b.mentions : a.name < b.name;
  };
  if (top && top < names.size()) {
    std::partial_sort(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(top), names.end(), before);
    names.resize(top);
  } else {
    std::sort(names.begin(), names.end(), before);
  }
  return names;
}

std::vector<produce::EntityType> RunStats::named_types() const {
  std::vector<produce::EntityType> types;
  for (const produce::EntityTypeInfo& t : produce::kEntityTypes)
    if (t.from_gazetteers && types_.contains(t.type)) types.push_back(t.type);
  return types;
}

std::string RunStats::table(const RunCounts& counts, std::size_t top) const {
  std::string out;
  const auto row = [&out](std::string_view label, std::size_t width, const auto& value) {
    append_padded(out, label, width);
    fmt::format_to(std::back_inserter(out), " {:>12}\n", value);
  };
  row("documents", 12, counts.documents);
  row("bytes", 12, counts.bytes);
  row("errors", 12, counts.errors);
  row("bad lines", 12, counts.bad_lines);

  out += "\ntype             mentions\n";
  for (const produce::EntityTypeInfo& t : produce::kEntityTypes)
    if (types_.contains(t.type)) row(t.name, 12, mentions(t.type));

  for (produce::EntityType type : named_types()) {
    const std::vector<NameCount> names = top_names(type, top);
    std::size_t width = 30;
    for (const NameCount& n : names) width = std::max(width, input::count_code_points(utf8::sanitise(n.name)));
    out.push_back('\n');
    append_padded(out, fmt::format("top {}", produce::to_string(type)), width);
    out += "  mentions\n";
    for (const NameCount& n : names) {
      append_padded(out, utf8::sanitise(n.name), width);
      fmt::format_to(std::back_inserter(out), "  {:>8}\n", n.mentions);
    }
  }

  if (types_.contains(produce::EntityType::money)) {
    std::size_t width = 24;
    for (const auto& [code, c] : currencies_) width = std::max(width, total_text(c).size());
    out += fmt::format("\n{:<8} {:>8} {:>{}} {:>7}\n", "currency", "amounts", "total", width, "ranges");
    for (const auto& [code, c] : currencies_)
      out += fmt::format("{:<8} {:>8} {:>{}} {:>7}\n", code, c.amounts, c.total ? total_text(c) : "overflow", width,
                         c.ranges);
  }
  return out;
}

std::string RunStats::json(const RunCounts& counts, std::size_t top) const {
  std::string out = fmt::format(R"({{"documents":{},"bytes":{},"errors":{},"bad_lines":{},"mentions":{{)",
                                counts.documents, counts.bytes, counts.errors, counts.bad_lines);
  bool first = true;
  for (const produce::EntityTypeInfo& t : produce::kEntityTypes) {
    if (!types_.contains(t.type)) continue;
    fmt::format_to(std::back_inserter(out), R"({}"{}":{})", first ? "" : ",", t.name, mentions(t.type));
    first = false;
  }
  out += R"(},"top":{)";
  first = true;
  for (produce::EntityType type : named_types()) {
    fmt::format_to(std::back_inserter(out), R"({}"{}":[)", first ? "" : ",", produce::to_string(type));
    first = false;
    bool first_name = true;
    for (const NameCount& n : top_names(type, top)) {
      out += first_name ? "{\"name\":" : ",{\"name\":";
      first_name = false;
      append_json_string(out, n.name);
      fmt::format_to(std::back_inserter(out), R"(,"mentions":{}}})", n.mentions);
    }
    out.push_back(']');
  }
  out += "}";
  if (types_.contains(produce::EntityType::money)) {
    // Totals are exact decimals, written as JSON numbers without going through double, as
    // records' values are.
    out += R"(,"money":{)";
    first = true;
    for (const auto& [code, c] : currencies_) {
      if (!first) out.push_back(',');
      first = false;
      append_json_string(out, code);
      fmt::format_to(std::back_inserter(out), R"(:{{"amounts":{},"total":{},"ranges":{}}})", c.amounts,
                     c.total ? total_text(c) : "null", c.ranges);
    }
    out += "}";
  }
  out += "}\n";
  return out;
}

}  // namespace gazette::output
