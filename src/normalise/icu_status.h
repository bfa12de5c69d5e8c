// ICU reports failures through a status code that nothing forces a caller to read; unread, a
// failure silently turns a feature off (no accent folding, no spelled numbers, no currency
// names). A failure is an exception with a message instead, which the command reports with exit
// status 2.
#pragma once
#include <unicode/utypes.h>

#include <stdexcept>
#include <string>

namespace gazette::normalise {

class IcuError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Warnings (U_USING_DEFAULT_WARNING, ...) are not failures.
inline void check_icu(UErrorCode status, const char* what) {
  if (U_FAILURE(status)) throw IcuError(std::string("ICU: ") + what + ": " + u_errorName(status));
}

}  // namespace gazette::normalise
