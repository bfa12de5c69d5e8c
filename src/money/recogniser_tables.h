// What a Recogniser builds once and only reads afterwards.
#pragma once
#include "money/currency_table.h"
#include "money/currency_setting.h"
#include "money/money.h"
#include "money/quantity_reader.h"

namespace gazette::money {

struct Recogniser::Tables {
  CurrencyTable currencies;
  QuantityReader quantities;
  CurrencySetting setting;
};

}  // namespace gazette::money
