#include <fmt/format.h>

#include "input/utf8.h"
#include "output/color.h"
#include "output/json_escape.h"
#include "output/sink.h"

namespace gazette::output {
namespace {

// The id a record leads with: the Wikidata QID when known (stable across registries), else the
// first id the gazetteer gives.
std::string_view primary_id(std::string_view ids) {
  const std::size_t wikidata = ids.find("wikidata:");
  const std::size_t start =
      wikidata != std::string_view::npos && (wikidata == 0 || ids[wikidata - 1] == ' ') ? wikidata : 0;
  const std::size_t space = ids.find(' ', start);
  return ids.substr(start, space == std::string_view::npos ? std::string_view::npos : space - start);
}

void append_key(std::string& out, std::string_view key) {
  out += ",\"";
  out += key;
  out += "\":";
}

// A record's offsets and positions, written without parsing a format string each time: the
// six of them were most of a record's cost.
void append_number(std::string& out, std::string_view key, std::size_t n) {
  append_key(out, key);
  const fmt::format_int digits(n);
  out.append(digits.data(), digits.size());
}

}  // namespace

void append_jsonl_record(std::string_view doc, const resolve::Mention& m, std::string& out, std::string_view fields) {
  out += "{\"doc\":";
  append_json_string(out, doc);
  append_key(out, "type");
  append_json_string(out, produce::to_string(m.type));
  append_key(out, "text");
  append_json_string(out, m.text);
  append_number(out, "start", m.start);
  append_number(out, "end", m.end);
  append_number(out, "char_start", m.char_start);
  append_number(out, "char_end", m.char_end);
  append_number(out, "line", m.line);
  append_number(out, "col", m.col);
  append_key(out, "canonical");
  append_json_string(out, m.canonical);
  append_key(out, "id");
  if (m.id.empty())
    out += "null";
  else
    append_json_string(out, primary_id(m.id));
  if (m.id.find(' ') != std::string::npos) {
    append_key(out, "ids");
    out.push_back('[');
    std::string_view rest = m.id;
    bool first = true;
    while (!rest.empty()) {
      const std::size_t space = rest.find(' ');
      const std::string_view one = rest.substr(0, space);
      if (!one.empty()) {
        if (!first) out.push_back(',');
        append_json_string(out, one);
        first = false;
      }
      if (space == std::string_view::npos) break;
      rest.remove_prefix(space + 1);
    }
    out.push_back(']');
  }
  append_key(out, "source");
  append_json_string(out, m.source);
  // Only approximate finds have these: exact finds' records stay as they were.
  if (m.distance > 0) fmt::format_to(std::back_inserter(out), ",\"match\":\"fuzzy\",\"distance\":{}", m.distance);
  if (m.score >= 0) fmt::format_to(std::back_inserter(out), ",\"score\":{:.3f}", m.score);
  if (m.type == produce::EntityType::money) {
    // Values are exact decimals already: written as JSON numbers without going through double.
    if (!m.value.empty()) {
      append_key(out, "value");
      out += m.value;
    }
    if (!m.min.empty()) {
      append_key(out, "min");
      out += m.min;
      append_key(out, "max");
      out += m.max;
    }
    append_key(out, "currency");
    append_json_string(out, m.currency);
    if (!m.qualifier.empty()) {
      append_key(out, "qualifier");
      append_json_string(out, m.qualifier);
    }
  }
  if (!fields.empty()) {
    append_key(out, "fields");
    out += fields;
  }
  out += "}\n";
}

// TSV fields cannot hold tabs or line breaks: escape them the way PostgreSQL's COPY does.
void append_tsv_field(std::string& out, std::string_view text) {
  const std::string clean = utf8::sanitise(text);
  for (char c : clean) {
    switch (c) {
      case '\t': out += "\\t"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\\': out += "\\\\"; break;
      default: out.push_back(c);
    }
  }
}

void append_tsv_record(std::string_view doc, const resolve::Mention& m, std::string& out,
                       std::optional<std::string_view> fields) {
  append_tsv_field(out, doc);
  fmt::format_to(std::back_inserter(out), "\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t", produce::to_string(m.type), m.start, m.end,
                 m.char_start, m.char_end, m.line, m.col);
  for (std::string_view field :
       {std::string_view(m.text), std::string_view(m.canonical), primary_id(m.id), std::string_view(m.source),
        std::string_view(m.value), std::string_view(m.min), std::string_view(m.max), std::string_view(m.currency),
        std::string_view(m.qualifier)}) {
    append_tsv_field(out, field);
    out.push_back('\t');
  }
  if (fields) {
    append_tsv_field(out, *fields);
    out.push_back('\t');
  }
  out.back() = '\n';
}

void append_text_record(std::string_view doc, const resolve::Mention& m, std::string& out, bool color) {
  const std::string_view type = produce::to_string(m.type);
  if (color) {
    // As grep colours its file:line: prefixes, with the type name in a colour of its own.
    const auto paint = [&out](std::string_view sequence, const auto& value) {
      fmt::format_to(std::back_inserter(out), "{}{}{}", sequence, value, sgr::kReset);
    };
    paint(sgr::kFileName, utf8::sanitise(doc));
    paint(sgr::kSeparator, ':');
    paint(sgr::kNumber, m.line);
    paint(sgr::kSeparator, ':');
    paint(sgr::kNumber, m.col);
    paint(sgr::kSeparator, ':');
    out.push_back(' ');
    paint(type_color(type), type);
    fmt::format_to(std::back_inserter(out), " {} -> {}", utf8::sanitise(m.text), m.canonical);
  } else {
    fmt::format_to(std::back_inserter(out), "{}:{}:{}: {} {} -> {}", utf8::sanitise(doc), m.line, m.col, type,
                   utf8::sanitise(m.text), m.canonical);
  }
  if (!m.qualifier.empty()) fmt::format_to(std::back_inserter(out), " ({})", m.qualifier);
  if (m.distance > 0) fmt::format_to(std::back_inserter(out), " (fuzzy, distance {})", m.distance);
  out.push_back('\n');
}

std::string_view tsv_header() {
  return "doc\ttype\tstart\tend\tchar_start\tchar_"
         "end\tline\tcol\ttext\tcanonical\tid\tsource\tvalue\tmin\tmax\tcurrency\t"
         "qualifier\n";
}

}  // namespace gazette::output
