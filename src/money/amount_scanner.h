// One pass of money recognition over one normalised text. The scan looks for currency triggers
// only (symbols, currency words, ISO codes), which are rare; around each one it reads the number
// locally: backwards for "50 milliards de dollars", forwards for "$ 10 millions" and "EUR 20".
//
// The trigger scan is written by hand rather than as one RE2 alternation: with CLDR's French
// names and every ISO code there are some nine hundred trigger words, and alternations of that
// size were measured at about 25 MB/s (shared/notes/matching.md). Reading each word once and
// probing a hash filter that fits in L1 cache keeps the whole stage above 400 MB/s.
#pragma once
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "money/recogniser_tables.h"

namespace gazette::money {

class AmountScanner {
 public:
  AmountScanner(const Recogniser::Tables& tables, std::string_view text,
                const std::vector<std::uint8_t>* upper = nullptr)
      : currencies_(tables.currencies),
        quantities_(tables.quantities),
        setting_(tables.setting),
        text_(text),
        upper_(upper && upper->size() == text.size() ? upper : nullptr) {}

  std::vector<Amount> scan();

 private:
  // A number and its currency, before the qualifier is looked at.
  struct Mention {
    std::size_t start = 0, end = 0;
    ExactDecimal value, min, max;
    bool range = false;
    std::string_view code;
    Quantity quantity;  // the number as read, for a mention that is no range
  };

  std::optional<Mention> at_trigger(CurrencyMatch currency);
  // Whether [start, end), whose last letter was a capital, abbreviates the euro with its scale
  // ("ME" 10^6, "MdsE" 10^9, "KE" 10^3) after a number; sets `currency` when it does.
  bool euro_abbreviation(std::size_t start, std::size_t end, CurrencyMatch& currency) const;
  // The family whose code the document's setting decides for this mention, or null.
  const CurrencySetting::Family* resolve_code(CurrencyMatch& currency);
  std::string_view setting_code(const CurrencySetting::Family& family);
  void list_before(const Mention& last, const CurrencyMatch& currency);
  bool read_list(std::size_t start, const Mention& last, const CurrencyMatch& currency, std::vector<Mention>& items);
  bool list_item_fits(const Quantity& item, const Quantity& last) const;
  std::size_t trailing_zero_groups(const Quantity& q) const;
  std::optional<Mention> number_before(const CurrencyMatch& currency);
  std::optional<Mention> number_after(const CurrencyMatch& currency);
  std::optional<Mention> read_from(std::size_t start, const CurrencyMatch& currency);
  bool reaches_currency(std::size_t pos, const Quantity& q, const CurrencyMatch& currency) const;
  bool plausible_start(std::size_t pos) const;
  bool weak_currency_holds(const Quantity& q, const CurrencyMatch& currency) const;
  // False when the cents cannot be added exactly: then there is no amount.
  bool add_cents(Mention& m, const Quantity& q, const CurrencyMatch& currency) const;
  void extend_to_range(Mention& m, const Quantity& q, const CurrencyMatch& currency);
  bool currency_at(std::size_t pos, CurrencyMatch& out) const;
  // The ends in units of the currency; nullopt when they make no range or do not fit.
  std::optional<std::pair<ExactDecimal, ExactDecimal>> range_bounds(const Quantity& low, const Quantity& high,
                                                                    int currency_exponent) const;

  const CurrencyTable& currencies_;
  const QuantityReader& quantities_;
  const CurrencySetting& setting_;
  std::string_view text_;
  const std::vector<std::uint8_t>* upper_;  // the original's capitals, or null
  std::size_t floor_ = 0;                   // end of the last mention: the next one cannot start before it
  // "unless the text says otherwise": the last explicit currency of each family ("dollars
  // canadiens" makes later bare "dollars" and "$" Canadian).
  std::vector<std::pair<std::string_view, std::string_view>> family_codes_;
  // The countries the text names, counted at the first bare mention of a family the setting
  // decides (most texts have none), and the codes decided so far.
  std::optional<CurrencySetting::Counts> country_counts_;
  std::vector<std::pair<std::string_view, std::string_view>> setting_codes_;
  // "15 000 et 12 000 euros": the amounts before the one at_trigger returns, in text order.
  std::vector<Mention> list_items_;
};

}  // namespace gazette::money
