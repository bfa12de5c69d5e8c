// The ordered engine (src/cli/batch.*): every item written once, in input order, at any number
// of workers, whatever the work takes; long documents delivered segment by segment; stops at the
// same place; and an item written while the next one is still awaited (streaming input).
#include "cli/batch.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace cli = gazette::cli;

namespace {

// Records what it is given as lines: "begin NAME", "mentions NAME N START", "end NAME".
class RecordingWriter : public cli::DocumentWriter {
 public:
  void begin_document(const std::string& name, const std::string& /*fields*/) override {
    std::lock_guard<std::mutex> lock(mutex_);
    events_.push_back("begin " + name);
  }
  void mentions(const std::string& name, const std::vector<gazette::resolve::Mention>& mentions) override {
    std::lock_guard<std::mutex> lock(mutex_);
    events_.push_back("mentions " + name + " " + std::to_string(mentions.size()) + " " +
                      (mentions.empty() ? "-" : std::to_string(mentions.front().start)));
    written_.notify_all();
  }
  void end_document(const std::string& name) override {
    std::lock_guard<std::mutex> lock(mutex_);
    events_.push_back("end " + name);
    ++ended_;
    written_.notify_all();
  }
  // Waits until `count` documents have ended; false after 20 s.
  bool wait_for_ended(std::size_t count) {
    std::unique_lock<std::mutex> lock(mutex_);
    return written_.wait_for(lock, std::chrono::seconds(20), [&] { return ended_ >= count; });
  }
  std::vector<std::string> events() {
    std::lock_guard<std::mutex> lock(mutex_);
    return events_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable written_;
  std::vector<std::string> events_;
  std::size_t ended_ = 0;
};

// Work whose cost varies from item to item (some sleep, some spin), so that workers finish out
// of order; item K delivers K % 5 segments of one mention each, at offsets 0, 10, 20, ...
void uneven_work(cli::WorkItem& item, std::size_t /*worker*/, cli::JobOutput& out) {
  const std::size_t k = item.input;
  out.begin_document("doc" + std::to_string(k), "");
  if (k % 7 == 0) std::this_thread::sleep_for(std::chrono::microseconds(200));
  for (std::size_t segment = 0; segment < k % 5; ++segment) {
    std::vector<gazette::resolve::Mention> mentions(1);
    mentions[0].start = segment * 10;
    out.mentions(mentions);
    if (k % 11 == 0) std::this_thread::sleep_for(std::chrono::microseconds(100));
  }
}

std::vector<std::string> run(std::size_t items, unsigned threads, const cli::BatchStops& stops = {},
                             cli::BatchTotals* totals = nullptr) {
  std::size_t next_item = 0;
  const auto next = [&](cli::WorkItem& item) {
    if (next_item == items) return false;
    item.input = next_item++;
    return true;
  };
  RecordingWriter writer;
  const cli::BatchTotals t = cli::run_batches(next, uneven_work, writer, threads, stops);
  if (totals) *totals = t;
  return writer.events();
}

}  // namespace

TEST_CASE("the engine writes every document once, in input order, at any number of workers", "[cli][batch]") {
  const std::vector<std::string> one = run(3000, 1);
  // The expected sequence, written out for the first documents.
  REQUIRE(one.size() > 10);
  CHECK(one[0] == "begin doc0");
  CHECK(one[1] == "end doc0");
  CHECK(one[2] == "begin doc1");
  CHECK(one[3] == "mentions doc1 1 0");
  CHECK(one[4] == "end doc1");
  CHECK(one[5] == "begin doc2");
  CHECK(one[6] == "mentions doc2 1 0");
  CHECK(one[7] == "mentions doc2 1 10");
  for (unsigned threads : {2u, 3u, 4u, 8u}) {
    INFO(threads << " workers");
    CHECK(run(3000, threads) == one);
  }
}

TEST_CASE("the engine stops at the same document at any number of workers", "[cli][batch]") {
  cli::BatchStops stops;
  stops.at_first_mention = true;
  cli::BatchTotals totals;
  const std::vector<std::string> one = run(500, 1, stops, &totals);
  CHECK(totals.stopped);
  // The document that stops the run is closed; nothing after it is written.
  CHECK(one.back() == "end doc1");
  CHECK(one.size() == 5);
  for (unsigned threads : {2u, 4u}) {
    INFO(threads << " workers");
    CHECK(run(500, threads, stops, &totals) == one);
    CHECK(totals.stopped);
  }
}

TEST_CASE("the engine writes a document while the next one is still awaited", "[cli][batch]") {
  // The reader is asked for document 2 only once document 1 is written: an engine that held
  // document 1 back until more input came would wait for ever (here: fail after 20 s).
  for (unsigned threads : {1u, 2u, 4u}) {
    INFO(threads << " workers");
    RecordingWriter writer;
    std::size_t next_item = 0;
    bool timed_out = false;
    const auto next = [&](cli::WorkItem& item) {
      if (next_item == 3) return false;
      if (next_item > 0 && !writer.wait_for_ended(next_item)) timed_out = true;
      item.input = next_item++;
      return true;
    };
    cli::run_batches(next, uneven_work, writer, threads);
    CHECK_FALSE(timed_out);
    CHECK(writer.events().size() == 9);  // doc0: begin, end; doc1: begin, 1 mention, end; doc2: 2 mentions
  }
}
