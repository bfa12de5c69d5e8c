#include "produce/candidate.h"

namespace gazette::produce {

std::string money_canonical(const MoneyValue& money) {
  if (money.value.empty()) return money.min + ".." + money.max + " " + money.currency;
  return money.value + " " + money.currency;
}

}  // namespace gazette::produce
