// The words before an amount that say it is a bound or an estimate: "plus de", "pres de",
// "jusqu'a", "moins de". They stay outside the mention's span and are reported as a qualifier.
#pragma once
#include <cstddef>
#include <string_view>

namespace gazette::money {

// The qualifier ("up_to", "about", "over", "under") written right before `start` in normalised
// text, or "" if none.
std::string_view qualifier_before(std::string_view text, std::size_t start);

}  // namespace gazette::money
