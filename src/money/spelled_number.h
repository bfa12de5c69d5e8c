// French numbers written in words: "cinquante", "vingt-trois", "deux cent mille", with the 1990
// spelling reform's hyphens ("deux-cent-mille", "vingt-et-un") and without accents (none of the
// French number words has one, so normalised text loses nothing).
#pragma once
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

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
  // The value of a number below a thousand spelled with hyphens as separators.
  std::optional<std::uint64_t> group(std::string_view key) const;

  // The numbers 1-999 spelled in the 1990 reform's hyphens ("deux-cent-vingt-et-un"), in the
  // French, Belgian and Swiss ways, the keys of this table; parse() does the arithmetic of
  // "mille" around them. Built once, read without a lock by every thread.
  std::unordered_map<std::string, std::uint64_t> groups_;
};

}  // namespace gazette::money
