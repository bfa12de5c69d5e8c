// Scores mentions against gold the way the reference scorer (eval/score.py) does, so the two
// agree figure for figure: strict (same span and type) and lenient (overlapping span, same type,
// greedy one-to-one), optional gold spans neither rewarded nor penalised, and for money the
// share of strict matches whose value and currency are right. Values are compared as exact
// decimals; the reference scorer compares doubles within 1e-9, so the two differ only on a value
// within a billionth of the gold's, which is wrong here and right there.
#pragma once
#include <array>
#include <map>
#include <string>
#include <vector>

#include "eval/gold.h"
#include "resolve/mention.h"

namespace gazette::eval {

struct Counts {
  std::size_t tp = 0, fp = 0, fn = 0;
};

struct Ratios {
  double precision = 0, recall = 0, f1 = 0;
};
Ratios ratios(const Counts& c);

struct TypeScore {
  Counts strict, lenient;
};

struct Finding {
  std::string doc;
  std::string kind;  // "MISS", "FP", "VALUE"
  produce::EntityType type;
  std::size_t start = 0, end = 0;  // code points in the document
  std::string text, context, detail;
};

// How one producer's records fared: right (a required gold span, same type), wrong (no gold
// span, nor an optional one it touches), or on an optional span (neither).
struct SourceScore {
  std::size_t right = 0, wrong = 0, optional = 0;
  double precision() const { return right + wrong ? double(right) / double(right + wrong) : 0.0; }
};

class Scorer {
 public:
  void add(const GoldDocument& gold, const std::vector<resolve::Mention>& predicted);

  const TypeScore& score(produce::EntityType type) const { return scores_[produce::index_of(type)]; }
  std::size_t money_seen() const { return money_seen_; }
  std::size_t money_right() const { return money_right_; }
  double money_accuracy() const { return money_seen_ ? double(money_right_) / double(money_seen_) : 0.0; }
  const std::vector<Finding>& findings() const { return findings_; }
  // Strict precision per record source ("gazetteer", "context:company_noun"), by name.
  const std::map<std::string, SourceScore>& by_source() const { return by_source_; }

 private:
  std::array<TypeScore, produce::kEntityTypeCount> scores_{};
  std::size_t money_seen_ = 0, money_right_ = 0;
  std::vector<Finding> findings_;
  std::map<std::string, SourceScore> by_source_;
};

}  // namespace gazette::eval
