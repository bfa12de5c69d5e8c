// Exit statuses, as grep has them, so shell pipelines and CI jobs can branch on them.
#pragma once

namespace gazette::cli {

inline constexpr int kFound = 0;     // at least one mention was reported (eval, stats: success)
inline constexpr int kNotFound = 1;  // nothing was found (check: no finding)
inline constexpr int kError = 2;     // bad usage, unreadable or invalid input, bad gazetteer

}  // namespace gazette::cli
