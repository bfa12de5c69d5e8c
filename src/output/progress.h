// The progress line a long run draws on a terminal's standard error:
//
//   gazette: 1204 documents, 56.3 MB, 12.1 MB/s, 41% ETA 0:07
//
// redrawn in place with a carriage return, at most every kRedrawSeconds, and cleared at the end.
// The percentage and the estimate are shown only when the run's total input size is known
// (regular files). The clock and the terminal are injected, so the meter runs in tests on a
// fake clock and a string.
#pragma once
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace gazette::output {

struct ProgressState {
  std::uint64_t documents = 0;
  std::uint64_t bytes = 0;  // input bytes as stored, read so far
};

// The line without carriage return or clearing: "1204 documents, 56.3 MB, 12.1 MB/s[, 41% ETA
// 0:07]" (MB are 10^6 bytes). `total_bytes` is the run's input size when known; the estimate
// assumes the rate so far holds, and is left out until some bytes have been read.
std::string format_progress(const ProgressState& state, double elapsed_seconds,
                            std::optional<std::uint64_t> total_bytes);

// "0:07", "12:30", "1:02:03".
std::string format_duration(double seconds);

class ProgressMeter {
 public:
  static constexpr double kRedrawSeconds = 0.1;  // about ten redraws a second at most

  using Clock = std::function<double()>;                 // seconds, from any origin, never going back
  using Terminal = std::function<void(std::string_view)>;  // writes and flushes

  ProgressMeter(Clock clock, Terminal terminal, std::optional<std::uint64_t> total_bytes);

  // Redraws when kRedrawSeconds have passed since the last drawing (or the start).
  void update(const ProgressState& state);
  // Clears the line, if one is drawn: before a message, and at the end of the run. The next
  // update draws it again.
  void clear();

 private:
  Clock clock_;
  Terminal terminal_;
  std::optional<std::uint64_t> total_bytes_;
  double start_ = 0, last_draw_ = 0;
  std::size_t drawn_width_ = 0;  // of the line on the terminal; 0: none is drawn
};

}  // namespace gazette::output
