#include "eval/scorer.h"

#include <fmt/format.h>

#include <set>
#include <utility>

#include "input/utf8.h"

namespace gazette::eval {
namespace {

using Span = std::pair<std::size_t, std::size_t>;

bool overlaps(const Span& a, const Span& b) { return a.first < b.second && b.first < a.second; }

bool same_number(const money::ExactDecimal& gold, const std::string& predicted) {
  const std::optional<money::ExactDecimal> p = money::ExactDecimal::parse(predicted);
  return p && *p == gold;
}

std::string bound(const std::optional<money::ExactDecimal>& d) { return d ? d->to_string() : "nan"; }

bool money_correct(const GoldSpan& g, const resolve::Mention& p) {
  if (g.currency != p.currency) return false;
  if (g.value && !same_number(*g.value, p.value)) return false;
  if (g.min && !same_number(*g.min, p.min)) return false;
  if (g.max && !same_number(*g.max, p.max)) return false;
  return true;
}

// Byte offset of every code point of `text`, plus its size at the end.
std::vector<std::size_t> code_point_offsets(std::string_view text) {
  std::vector<std::size_t> offsets;
  for (std::size_t pos = 0; pos < text.size();) {
    offsets.push_back(pos);
    utf8::decode(text, pos);
  }
  offsets.push_back(text.size());
  return offsets;
}

}  // namespace

Ratios ratios(const Counts& c) {
  Ratios r;
  r.precision = c.tp + c.fp ? double(c.tp) / double(c.tp + c.fp) : 0.0;
  r.recall = c.tp + c.fn ? double(c.tp) / double(c.tp + c.fn) : 0.0;
  r.f1 = r.precision + r.recall > 0 ? 2 * r.precision * r.recall / (r.precision + r.recall) : 0.0;
  return r;
}

void Scorer::add(const GoldDocument& doc, const std::vector<resolve::Mention>& predicted) {
  const std::vector<std::size_t> offsets = code_point_offsets(doc.text);
  const auto slice = [&](std::size_t begin, std::size_t end) {
    begin = std::min(begin, offsets.size() - 1);
    end = std::min(std::max(end, begin), offsets.size() - 1);
    return doc.text.substr(offsets[begin], offsets[end] - offsets[begin]);
  };
  const auto finding = [&](std::string kind, produce::EntityType type, std::size_t begin, std::size_t end,
                           std::string detail) {
    constexpr std::size_t kContext = 40;
    const std::size_t from = begin > kContext ? begin - kContext : 0;
    std::string context = slice(from, begin) + "[" + slice(begin, end) + "]" + slice(end, end + kContext);
    for (char& c : context)
      if (c == '\n' || c == '\r' || c == '\t') c = ' ';
    findings_.push_back(
        {doc.id, std::move(kind), type, begin, end, slice(begin, end), std::move(context), std::move(detail)});
  };

  for (const produce::EntityTypeInfo& row : produce::kEntityTypes) {
    const produce::EntityType type = row.type;
    std::vector<const GoldSpan*> required, optional;
    for (const GoldSpan& g : doc.spans)
      if (g.type == type) (g.optional ? optional : required).push_back(&g);
    std::vector<const resolve::Mention*> preds;
    for (const resolve::Mention& m : predicted)
      if (m.type == type) preds.push_back(&m);

    std::set<Span> gold_spans, pred_spans, optional_spans;
    for (const GoldSpan* g : required) gold_spans.emplace(g->start, g->end);
    for (const resolve::Mention* p : preds) pred_spans.emplace(p->char_start, p->char_end);
    for (const GoldSpan* o : optional) optional_spans.emplace(o->start, o->end);
    const auto touches_optional = [&](const Span& s) {
      for (const GoldSpan* o : optional)
        if (overlaps(s, {o->start, o->end})) return true;
      return false;
    };

    TypeScore& score = scores_[produce::index_of(type)];
    for (const Span& g : gold_spans) {
      if (pred_spans.count(g)) {
        ++score.strict.tp;
      } else {
        ++score.strict.fn;
      }
    }
    for (const GoldSpan* g : required)
      if (!pred_spans.count({g->start, g->end})) finding("MISS", type, g->start, g->end, "");
    for (const resolve::Mention* p : preds) {
      const Span span{p->char_start, p->char_end};
      SourceScore& source = by_source_[p->source];
      if (gold_spans.count(span))
        ++source.right;
      else if (optional_spans.count(span) || touches_optional(span))
        ++source.optional;
      else
        ++source.wrong;
    }
    for (const Span& p : pred_spans) {
      if (gold_spans.count(p) || optional_spans.count(p) || touches_optional(p)) continue;
      ++score.strict.fp;
      finding("FP", type, p.first, p.second, "");
    }

    // Lenient: each gold span takes the first unused overlapping prediction.
    std::vector<bool> used(preds.size(), false);
    std::size_t lenient_tp = 0;
    for (const GoldSpan* g : required) {
      for (std::size_t i = 0; i < preds.size(); ++i) {
        if (!used[i] && overlaps({g->start, g->end}, {preds[i]->char_start, preds[i]->char_end})) {
          used[i] = true;
          ++lenient_tp;
          break;
        }
      }
    }
    std::size_t lenient_fp = 0;
    for (std::size_t i = 0; i < preds.size(); ++i) {
      const Span p{preds[i]->char_start, preds[i]->char_end};
      if (used[i] || touches_optional(p)) continue;
      bool touches_gold = false;
      for (const GoldSpan* g : required) touches_gold = touches_gold || overlaps(p, {g->start, g->end});
      if (!touches_gold) ++lenient_fp;
    }
    score.lenient.tp += lenient_tp;
    score.lenient.fp += lenient_fp;
    score.lenient.fn += required.size() - lenient_tp;

    if (type != produce::EntityType::money) continue;
    for (const GoldSpan* g : required) {
      for (const resolve::Mention* p : preds) {
        if (p->char_start != g->start || p->char_end != g->end) continue;
        ++money_seen_;
        if (money_correct(*g, *p)) {
          ++money_right_;
        } else {
          const std::string want = g->value ? g->value->to_string() : bound(g->min) + ".." + bound(g->max);
          const std::string got = p->value.empty() ? p->min + ".." + p->max : p->value;
          finding("VALUE", type, g->start, g->end,
                  fmt::format("gold {} {}, got {} {}", want, g->currency, got, p->currency));
        }
      }
    }
  }
}

}  // namespace gazette::eval
