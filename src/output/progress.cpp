#include "output/progress.h"

#include <fmt/format.h>

#include <cmath>

namespace gazette::output {

std::string format_duration(double seconds) {
  const std::uint64_t s = seconds > 0 ? static_cast<std::uint64_t>(std::llround(seconds)) : 0;
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}

std::string format_progress(const ProgressState& state, double elapsed_seconds,
                            std::optional<std::uint64_t> total_bytes) {
  const double megabytes = static_cast<double>(state.bytes) / 1e6;
  const double rate = elapsed_seconds > 0 ? megabytes / elapsed_seconds : 0;
  std::string line = fmt::format("{} document{}, {:.1f} MB, {:.1f} MB/s", state.documents,
                                 state.documents == 1 ? "" : "s", megabytes, rate);
  if (total_bytes && *total_bytes > 0) {
    // A compressed file's size counts as stored, as the bytes read do, so they stay comparable;
    // a file that grew since the run began is shown as done, not past 100%.
    const std::uint64_t done = std::min(state.bytes, *total_bytes);
    const double share = static_cast<double>(done) / static_cast<double>(*total_bytes);
    line += fmt::format(", {}%", static_cast<int>(std::floor(share * 100)));
    if (done > 0 && elapsed_seconds > 0) {
      const double remaining = elapsed_seconds * static_cast<double>(*total_bytes - done) / static_cast<double>(done);
      line += " ETA " + format_duration(remaining);
    }
  }
  return line;
}

ProgressMeter::ProgressMeter(Clock clock, Terminal terminal, std::optional<std::uint64_t> total_bytes)
    : clock_(std::move(clock)), terminal_(std::move(terminal)), total_bytes_(total_bytes) {
  start_ = last_draw_ = clock_();
}

void ProgressMeter::update(const ProgressState& state) {
  const double now = clock_();
  if (now - last_draw_ < kRedrawSeconds) return;
  last_draw_ = now;
  std::string line = "\rgazette: " + format_progress(state, now - start_, total_bytes_);
  // A shorter line than the one drawn is padded, so that nothing of the old one is left.
  const std::size_t width = line.size() - 1;
  if (width < drawn_width_) line.append(drawn_width_ - width, ' ');
  drawn_width_ = std::max(width, drawn_width_);
  terminal_(line);
}

void ProgressMeter::clear() {
  if (!drawn_width_) return;
  terminal_("\r" + std::string(drawn_width_, ' ') + "\r");
  drawn_width_ = 0;
}

}  // namespace gazette::output
