#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "output/progress.h"

using namespace gazette;

TEST_CASE("the progress line: documents, MB, MB/s, and a percentage with an estimate when the size is known",
          "[output][progress]") {
  // 25 MB in 2 s of a 100 MB run: 12.5 MB/s, 25%, the other 75 MB in 6 s at that rate.
  CHECK(output::format_progress({1204, 25'000'000}, 2.0, 100'000'000) ==
        "1204 documents, 25.0 MB, 12.5 MB/s, 25% ETA 0:06");
  CHECK(output::format_progress({1204, 25'000'000}, 2.0, std::nullopt) == "1204 documents, 25.0 MB, 12.5 MB/s");
  CHECK(output::format_progress({1, 0}, 0.0, 100) == "1 document, 0.0 MB, 0.0 MB/s, 0%");
  // A file that grew after the run began shows as done, never past 100%.
  CHECK(output::format_progress({3, 150}, 1.0, 100) == "3 documents, 0.0 MB, 0.0 MB/s, 100% ETA 0:00");
  // The percentage is rounded down, so 100% means done.
  CHECK(output::format_progress({9, 999}, 1.0, 1000).find(", 99% ") != std::string::npos);
}

TEST_CASE("durations as m:ss, then h:mm:ss", "[output][progress]") {
  CHECK(output::format_duration(0) == "0:00");
  CHECK(output::format_duration(7.4) == "0:07");
  CHECK(output::format_duration(750) == "12:30");
  CHECK(output::format_duration(3723) == "1:02:03");
  CHECK(output::format_duration(-1) == "0:00");
}

TEST_CASE("the meter redraws at most every tenth of a second, in place, and clears its line", "[output][progress]") {
  double now = 0;
  std::vector<std::string> drawn;
  output::ProgressMeter meter([&] { return now; }, [&](std::string_view s) { drawn.emplace_back(s); }, 1'000'000);

  meter.update({1, 100'000});  // at the start: too soon
  CHECK(drawn.empty());
  now = 0.08;
  meter.update({2, 200'000});
  CHECK(drawn.empty());
  now = 0.125;  // past a tenth of a second since the start
  meter.update({3, 500'000});
  REQUIRE(drawn.size() == 1);
  CHECK(drawn[0] == "\rgazette: 3 documents, 0.5 MB, 4.0 MB/s, 50% ETA 0:00");
  now = 0.2;
  meter.update({4, 600'000});
  CHECK(drawn.size() == 1);  // 0.075 s after the last drawing
  now = 0.25;
  meter.update({5, 700'000});
  REQUIRE(drawn.size() == 2);
  CHECK(drawn[1].rfind("\rgazette: 5 documents, 0.7 MB", 0) == 0);

  // Clearing overwrites the line with spaces and leaves the cursor at its start.
  const std::size_t width = drawn[1].size() - 1;
  meter.clear();
  REQUIRE(drawn.size() == 3);
  CHECK(drawn[2] == "\r" + std::string(width, ' ') + "\r");
  meter.clear();  // nothing drawn: nothing to clear
  CHECK(drawn.size() == 3);
}

TEST_CASE("a shorter line is padded over the longer one before it", "[output][progress]") {
  double now = 0;
  std::vector<std::string> drawn;
  output::ProgressMeter meter([&] { return now; }, [&](std::string_view s) { drawn.emplace_back(s); }, std::nullopt);
  now = 1;
  meter.update({100, 123'456'789});  // "100 documents, 123.5 MB, 123.5 MB/s"
  now = 10;
  meter.update({100, 123'456'789});  // "... 12.3 MB/s": one character shorter
  REQUIRE(drawn.size() == 2);
  CHECK(drawn[0].size() == drawn[1].size());
  CHECK(drawn[1].back() == ' ');
}

TEST_CASE("a run shorter than a tenth of a second draws nothing", "[output][progress]") {
  double now = 0;
  std::vector<std::string> drawn;
  {
    output::ProgressMeter meter([&] { return now; }, [&](std::string_view s) { drawn.emplace_back(s); }, 10);
    now = 0.05;
    meter.update({1, 10});
    meter.clear();
  }
  CHECK(drawn.empty());
}
