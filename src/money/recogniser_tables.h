// What a Recogniser builds once and only reads afterwards.
#pragma once
#include "money/currency_table.h"
#include "money/money.h"
#include "money/quantity_reader.h"

namespace gazette::money {

struct Recogniser::Tables {
  CurrencyTable currencies;
  QuantityReader quantities;
};

}  // namespace gazette::money
