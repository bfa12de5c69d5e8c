// Exit statuses, as grep has them, so shell pipelines and CI jobs can branch on them.
#pragma once
#include <cstdio>
#include <cstring>

namespace gazette::cli {

inline constexpr int kFound = 0;     // at least one mention was reported (eval, stats: success)
inline constexpr int kNotFound = 1;  // nothing was found (check: no finding)
inline constexpr int kError = 2;     // bad usage, unreadable or invalid input, bad gazetteer

// "gazette: error writing to standard output: No space left on device", from a write's errno.
inline void report_write_error(int error_number) {
  std::fprintf(stderr, "gazette: error writing to standard output%s%s\n", error_number ? ": " : "",
               error_number ? std::strerror(error_number) : "");
}

}  // namespace gazette::cli
