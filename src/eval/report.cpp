#include "eval/report.h"

#include <fmt/format.h>

#include "output/json_escape.h"

namespace gazette::eval {
namespace {

std::string json_string(std::string_view text) {
  std::string out;
  output::append_json_string(out, text);
  return out;
}

std::string json_ratios(const Counts& c) {
  const Ratios r = ratios(c);
  return fmt::format("{{\"precision\":{:.6f},\"recall\":{:.6f},\"f1\":{:.6f},\"tp\":{},\"fp\":{},\"fn\":{}}}",
                     r.precision, r.recall, r.f1, c.tp, c.fp, c.fn);
}

}  // namespace

std::string format_table(const Scorer& scorer) {
  std::string out =
      fmt::format("{:<8} {:>5}  {:^23}  {:^23}\n", "type", "gold", "strict P / R / F1", "lenient P / R / F1");
  for (const produce::EntityTypeInfo& row : produce::kEntityTypes) {
    const produce::EntityType type = row.type;
    const TypeScore& s = scorer.score(type);
    const Ratios strict = ratios(s.strict), lenient = ratios(s.lenient);
    fmt::format_to(std::back_inserter(out), "{:<8} {:>5}  {:.3f} / {:.3f} / {:.3f}  {:.3f} / {:.3f} / {:.3f}\n",
                   produce::to_label(type), s.strict.tp + s.strict.fn, strict.precision, strict.recall, strict.f1,
                   lenient.precision, lenient.recall, lenient.f1);
  }
  fmt::format_to(std::back_inserter(out), "MONEY value+currency right on strict matches: {:.3f} ({}/{})\n",
                 scorer.money_accuracy(), scorer.money_right(), scorer.money_seen());
  return out;
}

std::string format_json(const Scorer& scorer) {
  std::string out = "{";
  bool first = true;
  for (const produce::EntityTypeInfo& row : produce::kEntityTypes) {
    const produce::EntityType type = row.type;
    const TypeScore& s = scorer.score(type);
    if (!first) out += ",";
    first = false;
    fmt::format_to(std::back_inserter(out), "\"{}\":{{\"gold\":{},\"strict\":{},\"lenient\":{}",
                   produce::to_label(type), s.strict.tp + s.strict.fn, json_ratios(s.strict), json_ratios(s.lenient));
    if (type == produce::EntityType::money)
      fmt::format_to(std::back_inserter(out), ",\"value_accuracy\":{:.6f},\"value_right\":{},\"value_seen\":{}",
                     scorer.money_accuracy(), scorer.money_right(), scorer.money_seen());
    out += "}";
  }
  out += "}\n";
  return out;
}

std::string format_findings(const Scorer& scorer) {
  std::string out;
  for (const Finding& f : scorer.findings()) {
    fmt::format_to(std::back_inserter(out), "{}\t{}\t{}\t{}-{}\t{}\t{}", f.doc, f.kind, produce::to_label(f.type),
                   f.start, f.end, f.text, f.context);
    if (!f.detail.empty()) fmt::format_to(std::back_inserter(out), "\t{}", f.detail);
    out += "\n";
  }
  return out;
}

std::string format_sources_table(const Scorer& scorer) {
  std::string out = fmt::format("{:<28} {:>7} {:>6} {:>6} {:>8}  {}\n", "source", "records", "right", "wrong",
                                "optional", "precision");
  for (const auto& [source, s] : scorer.by_source())
    fmt::format_to(std::back_inserter(out), "{:<28} {:>7} {:>6} {:>6} {:>8}  {:.3f}\n", source,
                   s.right + s.wrong + s.optional, s.right, s.wrong, s.optional, s.precision());
  return out;
}

std::string format_sources_json(const Scorer& scorer) {
  std::string out = "{";
  for (const auto& [source, s] : scorer.by_source()) {
    if (out.size() > 1) out += ",";
    out += json_string(source);
    fmt::format_to(std::back_inserter(out), ":{{\"right\":{},\"wrong\":{},\"optional\":{},\"precision\":{:.6f}}}",
                   s.right, s.wrong, s.optional, s.precision());
  }
  out += "}\n";
  return out;
}

}  // namespace gazette::eval
