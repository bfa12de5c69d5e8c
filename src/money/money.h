// Finds amounts of money in normalised French text: "50 milliards de dollars", "1,5 M€",
// "$2.5bn", "vingt-trois euros cinquante", "entre 10 et 20 millions d'euros".
//
// The input is the output of gazette::normalise (lower case, no diacritics, one kind of space,
// apostrophe and hyphen). What counts as money, and where a mention starts and ends, is defined
// in the project's annotation guidelines (MONEY): a number with a currency; a qualifier such as
// "plus de" stays outside the span and is reported separately.
#pragma once
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace gazette::money {

struct Amount {
  std::size_t start = 0, end = 0;  // byte offsets into the normalised text given to find(), end exclusive
  std::string value;               // exact decimal, e.g. "1500000", "23.5", "0.1"; empty for a range
  std::string min, max;            // exact decimals for a range ("entre 10 et 20 millions d'euros"), else empty
  std::string currency;            // ISO 4217 code: EUR, USD, GBP, CHF, JPY, CNY, CAD, XOF, ...
  std::string qualifier;           // "", "up_to", "about", "over", "under"
};

class Recogniser {
 public:
  Recogniser();  // compiles the currency tables once; reused across documents
  ~Recogniser();
  Recogniser(Recogniser&&) noexcept;
  Recogniser& operator=(Recogniser&&) noexcept;

  // Thread-safe: the tables are read-only after construction. `upper`, when given, holds one
  // flag a byte of `normalised`: whether the original letter there was a capital. It lets the
  // euro's ASCII abbreviations of financial wires count ("1 069 ME", "15,9 MdsE"), which in lower
  // case are other words ("il me dit").
  std::vector<Amount> find(std::string_view normalised, const std::vector<std::uint8_t>* upper = nullptr) const;

  struct Tables;  // defined in recogniser_tables.h

 private:
  std::unique_ptr<const Tables> tables_;
};

}  // namespace gazette::money
