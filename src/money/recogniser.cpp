#include "money/amount_scanner.h"
#include "money/money.h"
#include "money/recogniser_tables.h"

namespace gazette::money {

Recogniser::Recogniser() : tables_(std::make_unique<const Tables>()) {}
Recogniser::~Recogniser() = default;
Recogniser::Recogniser(Recogniser&&) noexcept = default;
Recogniser& Recogniser::operator=(Recogniser&&) noexcept = default;

std::vector<Amount> Recogniser::find(std::string_view normalised, const std::vector<std::uint8_t>* upper) const {
  return AmountScanner(*tables_, normalised, upper).scan();
}

}  // namespace gazette::money
