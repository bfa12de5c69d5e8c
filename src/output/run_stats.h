// `gazette stats`: what a whole run found, kept while the records go by instead of printing them.
// Counts mentions per type, the canonical names of companies and labs, and the amounts of money
// per currency as exact sums; prints a table or one JSON document at the end.
//
// Amounts: a single value is added to its currency's total, whatever its qualifier (`jusqu'à`,
// `environ`: the total is the sum of the amounts as written). A range (`entre 10 et 20 millions
// d'euros`) has no one value, so ranges are counted apart and not summed. A total that would
// need more digits than an exact decimal holds is shown as null ("overflow" in the table) rather
// than rounded.
#pragma once
#include <array>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "money/exact_decimal.h"
#include "produce/entity_type.h"
#include "resolve/mention.h"

namespace gazette::output {

struct RunCounts {
  std::size_t documents = 0;
  std::size_t bytes = 0;   // input bytes as stored (compressed ones for compressed files)
  std::size_t errors = 0;  // every error of the run, bad lines included
  std::size_t bad_lines = 0;
};

struct CurrencyTotal {
  std::size_t amounts = 0;                  // mentions with one value
  // Their exact sum; nullopt once it overflowed.
  std::optional<money::ExactDecimal> total = money::ExactDecimal::integer(0);
  std::size_t ranges = 0;                   // mentions with a min and a max, not summed
};

struct NameCount {
  std::string name;
  std::size_t mentions = 0;
};

class RunStats {
 public:
  // `types`: the types the run reports (--types), each listed even with no mention.
  explicit RunStats(produce::TypeSet types);

  void add(const resolve::Mention& mention);

  std::size_t mentions(produce::EntityType type) const { return by_type_[produce::index_of(type)]; }
  // The `top` most frequent canonical names of `type`, most mentions first, ties in byte order of
  // the name, so that the output does not depend on the order of the run; `top` 0: all of them.
  std::vector<NameCount> top_names(produce::EntityType type, std::size_t top) const;
  // Per ISO 4217 code, in code order.
  const std::map<std::string, CurrencyTotal>& currencies() const { return currencies_; }

  std::string table(const RunCounts& counts, std::size_t top) const;
  std::string json(const RunCounts& counts, std::size_t top) const;  // with a final line feed

 private:
  // The types whose names are listed: those of the gazetteers (an amount's canonical is its value).
  std::vector<produce::EntityType> named_types() const;

  produce::TypeSet types_;
  std::array<std::size_t, produce::kEntityTypeCount> by_type_{};
  std::array<std::unordered_map<std::string, std::size_t>, produce::kEntityTypeCount> names_;
  std::map<std::string, CurrencyTotal> currencies_;
};

}  // namespace gazette::output
