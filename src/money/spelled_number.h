// French numbers written in words: "cinquante", "vingt-trois", "deux cent mille", with the 1990
// spelling reform's hyphens ("deux-cent-mille", "vingt-et-un") and without accents (none of the
// French number words has one, so normalised text loses nothing).
#pragma once
#include <unicode/uversion.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

U_NAMESPACE_BEGIN
class RuleBasedNumberFormat;
U_NAMESPACE_END

namespace gazette::money {

struct SpelledNumber {
  std::size_t end = 0;
  std::uint64_t value = 0;
};

class SpelledNumberReader {
 public:
  SpelledNumberReader();
  ~SpelledNumberReader();

  // The longest run of number words starting at `pos`, and its value. `allow_cents_word` is off
  // when "cents" must stay a currency ("treize euros et quarante-cinq cents").
  std::optional<SpelledNumber> read(std::string_view text, std::size_t pos, bool allow_cents_word = true) const;
  // Whether a number word starts at `pos` (a cheap test before read()).
  static bool starts_number_word(std::string_view text, std::size_t pos);

 private:
  std::optional<std::uint64_t> parse(std::string_view words) const;

  void add_spelled_forms();

  // ICU's French spell-out rules do the arithmetic of the words. Their output for the common
  // numbers (0-999 and whole thousands below 100 000), in both the traditional and the 1990
  // spelling, is tabled at construction: lenient parsing costs tens of microseconds, and every
  // "un" or "deux" near a currency is tried as the start of an amount.
  std::unordered_map<std::string, std::uint64_t> spelled_forms_;
  // The rest goes to ICU's lenient parse, which accepts spaces where the rules write hyphens
  // ("vingt trois") but builds a collator on first use without a lock, so calls are serialised.
  std::unique_ptr<icu::RuleBasedNumberFormat> spell_out_;
  mutable std::mutex spell_out_mutex_;
};

}  // namespace gazette::money
