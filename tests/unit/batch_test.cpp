// The ordered engine (src/cli/batch.*): every item written once, in input order, at any number
// of workers, whatever the work takes; long documents delivered segment by segment; stops at the
// same place; and an item written while the next one is still awaited (streaming input).
#include "cli/batch.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
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
  void note(std::string what) {
    std::lock_guard<std::mutex> lock(mutex_);
    events_.push_back(std::move(what));
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

// A reader of `count` items numbered 0, 1, ... in WorkItem::input.
std::function<bool(cli::WorkItem&)> numbered_items(std::size_t count) {
  auto read = std::make_shared<std::size_t>(0);
  return [count, read](cli::WorkItem& item) {
    if (*read == count) return false;
    item.input = (*read)++;
    return true;
  };
}

std::vector<std::string> run(std::size_t items, unsigned threads, const cli::BatchStops& stops = {},
                             cli::BatchTotals* totals = nullptr) {
  const auto next = numbered_items(items);
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

namespace {

// Counts the segments a document has handed over and how many of them are written, so that a
// test can see how far a worker gets ahead of the writer.
struct SegmentCount {
  std::mutex mutex;
  std::size_t produced = 0, written = 0, most_ahead = 0;
};

class CountingWriter : public RecordingWriter {
 public:
  explicit CountingWriter(SegmentCount& count) : count_(count) {}
  void mentions(const std::string& name, const std::vector<gazette::resolve::Mention>& mentions) override {
    {
      std::lock_guard<std::mutex> lock(count_.mutex);
      if (name == "long") ++count_.written;
    }
    RecordingWriter::mentions(name, mentions);
  }

 private:
  SegmentCount& count_;
};

// Item 0 is slow; item 1, "long", hands over `segments` segments of one mention each while item
// 0 is still at work; the others are short.
std::vector<std::string> run_long_behind_slow(unsigned threads, std::size_t segments, std::size_t items,
                                              SegmentCount& count, const cli::BatchStops& stops = {},
                                              cli::BatchTotals* totals = nullptr) {
  const auto next = numbered_items(items);
  const auto work = [&](cli::WorkItem& item, std::size_t, cli::JobOutput& out) {
    const std::size_t k = item.input;
    out.begin_document(k == 1 ? "long" : "doc" + std::to_string(k), "");
    if (k == 0) {
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
      return;
    }
    for (std::size_t s = 0; s < (k == 1 ? segments : 1); ++s) {
      std::vector<gazette::resolve::Mention> mentions(k == 1 ? 1 : 0);
      if (!mentions.empty()) mentions[0].start = s;
      if (k == 1) {
        std::lock_guard<std::mutex> lock(count.mutex);
        ++count.produced;
        count.most_ahead = std::max(count.most_ahead, count.produced - count.written);
      }
      out.mentions(mentions);
    }
  };
  CountingWriter writer(count);
  const cli::BatchTotals t = cli::run_batches(next, work, writer, threads, stops);
  if (totals) *totals = t;
  return writer.events();
}

}  // namespace

TEST_CASE("a long document behind a slow one waits for the writer, a few segments ahead", "[cli][batch]") {
  SegmentCount one_count;
  const std::vector<std::string> one = run_long_behind_slow(1, 500, 20, one_count);
  REQUIRE(one.size() == 2 + 502 + 18 * 3);
  for (unsigned threads : {2u, 3u, 8u}) {
    INFO(threads << " workers");
    SegmentCount count;
    CHECK(run_long_behind_slow(threads, 500, 20, count) == one);
    CHECK(count.written == 500);
    // Held by the worker, handed over and not taken, taken and not yet written: a bounded
    // number (kPendingChunks is 4), not the whole document.
    CHECK(count.most_ahead <= 10);
  }
}

TEST_CASE("a stop while a long document's segments wait ends the run where one worker ends it", "[cli][batch]") {
  cli::BatchStops stops;
  stops.at_first_mention = true;
  SegmentCount one_count;
  cli::BatchTotals totals;
  const std::vector<std::string> one = run_long_behind_slow(1, 500, 200, one_count, stops, &totals);
  CHECK(totals.stopped);
  CHECK(one == std::vector<std::string>{"begin doc0", "end doc0", "begin long", "mentions long 1 0", "end long"});
  for (unsigned threads : {2u, 4u}) {
    INFO(threads << " workers");
    SegmentCount count;
    CHECK(run_long_behind_slow(threads, 500, 200, count, stops, &totals) == one);
    CHECK(totals.stopped);
    CHECK(totals.documents == 2);
  }
}

TEST_CASE("the engine ends with no items, and with fewer items than workers", "[cli][batch]") {
  for (unsigned threads : {1u, 2u, 8u}) {
    INFO(threads << " workers");
    cli::BatchTotals totals;
    CHECK(run(0, threads, {}, &totals).empty());
    CHECK(totals.documents == 0);
    CHECK(run(3, threads, {}, &totals) == run(3, 1));
    CHECK(totals.documents == 3);
  }
  // Workers that start after the input has ended still return.
  for (int repeat = 0; repeat < 50; ++repeat) CHECK(run(1, 16) == std::vector<std::string>{"begin doc0", "end doc0"});
}

TEST_CASE("bad-line stops and messages come in input order at any number of workers", "[cli][batch]") {
  // Every third item is a bad line reported by its worker, every fifth one also reported by the
  // reader; the run stops at the fourth bad line.
  const auto run_messages = [](unsigned threads, cli::BatchTotals& totals) {
    std::size_t next_item = 0;
    const auto next = [&](cli::WorkItem& item) {
      if (next_item == 300) return false;
      item.input = next_item / 50;
      if (next_item % 5 == 4) {
        item.message = "read " + std::to_string(next_item);
        item.is_error = item.bad_line = true;
      }
      ++next_item;
      return true;
    };
    const auto work = [&](cli::WorkItem& item, std::size_t, cli::JobOutput& out) {
      if (item.input_bytes % 3 == 2) out.message("worked", cli::Severity::bad_line);
      out.begin_document("doc", "");
    };
    RecordingWriter writer;
    // Messages and items as the writing thread sees them, among the documents.
    struct Observer : cli::BatchObserver {
      explicit Observer(RecordingWriter& w) : writer(w) {}
      void item_done(const cli::BatchTotals& t) override { writer.note("done " + std::to_string(t.documents)); }
      void before_message() override { writer.note("message"); }
      RecordingWriter& writer;
    } observer(writer);
    cli::BatchStops stops;
    stops.max_bad_lines = 4;
    std::size_t counter = 0;
    const auto numbered = [&](cli::WorkItem& item) {
      if (!next(item)) return false;
      item.input_bytes = counter++;
      return true;
    };
    totals = cli::run_batches(numbered, work, writer, threads, stops, &observer);
    return writer.events();
  };
  cli::BatchTotals one_totals;
  const std::vector<std::string> one = run_messages(1, one_totals);
  CHECK(one_totals.stopped);
  CHECK(one_totals.bad_lines == 4);
  for (unsigned threads : {2u, 4u}) {
    INFO(threads << " workers");
    cli::BatchTotals totals;
    CHECK(run_messages(threads, totals) == one);
    CHECK(totals.bad_lines == one_totals.bad_lines);
    CHECK(totals.errors == one_totals.errors);
    CHECK(totals.documents == one_totals.documents);
    CHECK(totals.input_bytes == one_totals.input_bytes);
    CHECK(totals.stopped);
  }
}

namespace {

// The message of the runtime_error the run ends with, or empty when it ends normally.
std::string what_the_run_throws(const std::function<bool(cli::WorkItem&)>& next,
                                const std::function<void(cli::WorkItem&, std::size_t, cli::JobOutput&)>& work,
                                cli::DocumentWriter& writer, unsigned threads) {
  try {
    cli::run_batches(next, work, writer, threads);
  } catch (const std::runtime_error& e) {
    return e.what();
  }
  return {};
}

}  // namespace

TEST_CASE("an exception in the work or the reading ends the run as at one worker, after what came before", "[cli][batch]") {
  // The work throws on item 37 after its first segment, or the reading on item 50.
  const auto run_throwing = [](unsigned threads, bool in_work, std::vector<std::string>& events) {
    std::size_t next_item = 0;
    const auto next = [&](cli::WorkItem& item) {
      if (!in_work && next_item == 50) throw std::runtime_error("unreadable");
      if (next_item == 300) return false;
      item.input = next_item++;
      return true;
    };
    const auto work = [&](cli::WorkItem& item, std::size_t worker, cli::JobOutput& out) {
      if (item.input != 37 || !in_work) return uneven_work(item, worker, out);
      out.begin_document("doc37", "");
      std::vector<gazette::resolve::Mention> mentions(1);
      out.mentions(mentions);
      throw std::runtime_error("no memory");
    };
    RecordingWriter writer;
    const std::string what = what_the_run_throws(next, work, writer, threads);
    events = writer.events();
    return what;
  };
  for (const bool in_work : {true, false}) {
    INFO((in_work ? "in the work" : "in the reading"));
    std::vector<std::string> one;
    CHECK(run_throwing(1, in_work, one) == (in_work ? "no memory" : "unreadable"));
    CHECK(one.back() == (in_work ? "mentions doc37 1 0" : "end doc49"));
    for (unsigned threads : {2u, 4u}) {
      INFO(threads << " workers");
      std::vector<std::string> events;
      CHECK(run_throwing(threads, in_work, events) == (in_work ? "no memory" : "unreadable"));
      CHECK(events == one);
    }
  }
}

TEST_CASE("an exception from the writer ends the run as at one worker", "[cli][batch]") {
  // The writer throws at doc 41's mentions, while later documents are at work and waiting.
  class ThrowingWriter : public RecordingWriter {
   public:
    void mentions(const std::string& name, const std::vector<gazette::resolve::Mention>& mentions) override {
      if (name == "doc41") throw std::runtime_error("write error");
      RecordingWriter::mentions(name, mentions);
    }
  };
  const auto run_throwing = [](unsigned threads, std::vector<std::string>& events) {
    std::size_t next_item = 0;
    const auto next = [&](cli::WorkItem& item) {
      if (next_item == 3000) return false;
      item.input = next_item++;
      return true;
    };
    ThrowingWriter writer;
    const std::string what = what_the_run_throws(next, uneven_work, writer, threads);
    events = writer.events();
    return what;
  };
  std::vector<std::string> one;
  CHECK(run_throwing(1, one) == "write error");
  CHECK(one.back() == "begin doc41");
  for (unsigned threads : {2u, 4u}) {
    INFO(threads << " workers");
    std::vector<std::string> events;
    CHECK(run_throwing(threads, events) == "write error");
    CHECK(events == one);
  }
}
