#include "cli/batch.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>

namespace gazette::cli {
namespace {

// Jobs read but not yet written, per worker: enough that no worker waits for a slow document
// ahead of it, few enough that memory stays small (each holds at most one document).
constexpr std::size_t kJobsPerWorker = 32;
// Jobs read but not yet taken, per worker: a worker that finds fewer than one each reads until
// there are this many.
constexpr std::size_t kReadAheadPerWorker = 8;
// Segments of one document's mentions a worker may get ahead of the writer.
constexpr std::size_t kPendingChunks = 4;

struct Event {
  enum class Kind { message, begin, mentions, result, text } kind;
  std::string text;  // the message, the document's name, or a piece of its text
  Severity severity = Severity::note;
  std::vector<resolve::Mention> mentions;
  std::any result;
  std::string fields;  // the document's kept fields
  std::size_t offset = 0;  // where a piece of text starts
};

// Prints messages and hands documents to the writer, in the order the events come; keeps the
// totals, and decides the stops (once stopped, everything after is dropped).
class Delivery {
 public:
  Delivery(DocumentWriter& writer, const BatchStops& stops, BatchObserver* observer)
      : writer_(writer), stops_(stops), observer_(observer) {}

  // The item whose events come next.
  void begin_item(const WorkItem& item) {
    // Items read ahead of a stop are not the run's: -j 1 would not have read them.
    item_after_stop_ = stopped();
    if (item_after_stop_) return;
    if (item.input != input_) bad_line_in_input_ = false;
    input_ = item.input;
    item_bytes_ = item.input_bytes;
    if (!item.message.empty())
      report(item.message, item.bad_line ? Severity::bad_line : item.is_error ? Severity::error : Severity::note);
  }
  void report(const std::string& message, Severity severity) {
    if (stopped()) return;
    if (observer_) observer_->before_message();
    std::fprintf(stderr, "gazette: %s\n", message.c_str());
    if (severity == Severity::note) return;
    ++totals_.errors;
    if (severity != Severity::bad_line) return;
    ++totals_.bad_lines;
    if (!bad_line_in_input_) ++totals_.files_with_bad_lines;
    bad_line_in_input_ = true;
    if (stops_.max_bad_lines && totals_.bad_lines >= stops_.max_bad_lines) stop();
  }
  void deliver(Event& event) {
    if (stopped()) return;
    switch (event.kind) {
      case Event::Kind::message: report(event.text, event.severity); break;
      case Event::Kind::begin:
        document_ = std::move(event.text);
        begun_ = true;
        ++totals_.documents;
        writer_.begin_document(document_, event.fields);
        break;
      case Event::Kind::mentions:
        totals_.found += event.mentions.size();
        writer_.mentions(document_, event.mentions);
        if (stops_.at_first_mention && !event.mentions.empty()) stop();
        break;
      case Event::Kind::result: writer_.result(document_, event.result); break;
      case Event::Kind::text: writer_.text(document_, event.text, event.offset); break;
    }
  }
  void end_item() {
    if (item_after_stop_ || failed_) return;
    if (begun_) writer_.end_document(document_);
    begun_ = false;
    totals_.input_bytes = std::max(totals_.input_bytes, item_bytes_);
    if (observer_) observer_->item_done(totals_);
  }
  // An exception ended the run in the current item: nothing more is delivered, not even the
  // item's end, as with one worker, where the exception leaves run_batches at once.
  void fail() {
    failed_ = true;
    stopped_.store(true, std::memory_order_relaxed);
  }
  // Whether the current item began before any stop: -j 1 would have read and processed it.
  bool item_in_run() const { return !item_after_stop_; }
  // Read by the reader and the workers, so that they stop taking work.
  bool stopped() const { return stopped_.load(std::memory_order_relaxed); }
  const BatchTotals& totals() const { return totals_; }

 private:
  void stop() {
    totals_.stopped = true;
    stopped_.store(true, std::memory_order_relaxed);
  }

  DocumentWriter& writer_;
  const BatchStops stops_;
  BatchObserver* const observer_;
  BatchTotals totals_;
  std::size_t item_bytes_ = 0;
  bool item_after_stop_ = false;
  bool failed_ = false;
  std::string document_;
  bool begun_ = false;
  std::size_t input_ = 0;
  bool bad_line_in_input_ = false;
  std::atomic<bool> stopped_{false};
};

// One thread: each item is read, processed and written before the next is read.
class InlineOutput : public JobOutput {
 public:
  explicit InlineOutput(Delivery& delivery) : delivery_(delivery) {}
  void message(std::string text, Severity severity) override { delivery_.report(text, severity); }
  void begin_document(std::string name, std::string fields) override {
    Event event{Event::Kind::begin, std::move(name), Severity::note, {}, {}, std::move(fields)};
    delivery_.deliver(event);
  }
  void mentions(std::vector<resolve::Mention>& mentions) override {
    Event event{Event::Kind::mentions, {}, Severity::note, std::move(mentions), {}, {}};
    delivery_.deliver(event);
    mentions.clear();
  }
  void result(std::any value) override {
    Event event{Event::Kind::result, {}, Severity::note, {}, std::move(value), {}};
    delivery_.deliver(event);
  }
  void text(std::string piece, std::size_t offset) override {
    Event event{Event::Kind::text, std::move(piece), Severity::note, {}, {}, {}, offset};
    delivery_.deliver(event);
  }

 private:
  Delivery& delivery_;
};

class Engine;

class Job : public JobOutput {
 public:
  Job(Engine& engine, std::uint64_t sequence, WorkItem item)
      : engine_(engine), sequence_(sequence), item_(std::move(item)) {}
  void message(std::string text, Severity severity) override;
  void begin_document(std::string name, std::string fields) override;
  void mentions(std::vector<resolve::Mention>& mentions) override;
  void text(std::string piece, std::size_t offset) override;
  void result(std::any value) override;
  // Publishes what is held back and marks the job done.
  void finish();

 private:
  friend class Engine;
  void publish(bool done);

  Engine& engine_;
  const std::uint64_t sequence_;
  WorkItem item_;
  // What `work` threw, set by the worker before finish().
  std::exception_ptr error_;
  // The worker's, held back until the next segment or the end of the job, so that a short
  // document costs the writer one hand-over.
  std::vector<Event> held_;
  // Guarded by the engine's mutex.
  std::vector<Event> events_;
  std::size_t pending_chunks_ = 0;
  bool done_ = false;
};

class Engine {
 public:
  Engine(const std::function<bool(WorkItem&)>& next,
         const std::function<void(WorkItem&, std::size_t, JobOutput&)>& work, Delivery& delivery, unsigned threads)
      : next_(next), work_(work), delivery_(delivery), threads_(threads), capacity_(kJobsPerWorker * threads) {}

  // The calling thread is one of the workers. Reading and writing are done by the workers in
  // turn rather than by threads of their own: on two cores, a reader and a writer thread that
  // had to be woken for every few documents cost as much as the work of a short document.
  void run() {
    std::vector<std::thread> workers;
    for (unsigned t = 1; t < threads_; ++t) workers.emplace_back([this, t] { serve(t); });
    serve(0);
    for (std::thread& w : workers) w.join();
    // As with one worker: the first exception in input order, once everything before it is
    // written (an item's work comes before the reading of any item after it).
    if (error_) std::rethrow_exception(error_);
    if (read_error_) std::rethrow_exception(read_error_);
  }

 private:
  friend class Job;

  void serve(std::size_t worker) {
    std::unique_lock<std::mutex> lock(mutex_);
    while (true) {
      if (!reading_ && !input_done_ && to_work_.size() < threads_ && in_order_.size() < capacity_) {
        read_ahead(lock);
        continue;
      }
      if (!to_work_.empty()) {
        std::shared_ptr<Job> job = std::move(to_work_.front());
        to_work_.pop_front();
        lock.unlock();
        if (!delivery_.stopped()) {  // after a stop its output is dropped
          try {
            work_(job->item_, worker, *job);
          } catch (...) {
            job->error_ = std::current_exception();  // rethrown by run() when its turn comes
          }
        }
        job->finish();
        lock.lock();
        continue;
      }
      if (input_done_) return;
      // Nothing to take: another worker is reading, or the jobs in flight fill the queue.
      ++idle_workers_;
      work_ready_.wait(lock);
      --idle_workers_;
    }
  }

  // Reads items one at a time, each handed out as soon as it is read (input that comes slowly,
  // as from `tail -f`, is processed while the next item is awaited), until enough are waiting
  // or the queue is full. Called with the mutex held; reads without it.
  void read_ahead(std::unique_lock<std::mutex>& lock) {
    reading_ = true;
    while (!input_done_ && to_work_.size() < kReadAheadPerWorker * threads_ && in_order_.size() < capacity_) {
      lock.unlock();
      WorkItem item;
      bool more = false;
      std::exception_ptr error;
      try {
        more = !delivery_.stopped() && next_(item);
      } catch (...) {
        error = std::current_exception();  // the end of input, rethrown by run()
      }
      lock.lock();
      if (error) read_error_ = error;
      if (!more) {
        input_done_ = true;
        break;
      }
      auto job = std::make_shared<Job>(*this, read_++, std::move(item));
      to_work_.push_back(job);
      in_order_.push_back(std::move(job));
      if (idle_workers_) work_ready_.notify_one();
    }
    reading_ = false;
    if (idle_workers_) work_ready_.notify_all();  // the end of input, or someone else may read now
  }

  // Writes what is ready at the front of the queue: every finished job, then what the next one
  // has handed over. Called, with the mutex held, by the worker that changed the front job.
  // Writing is done by the workers in turn rather than by a thread of its own, which a worker
  // had to wake for every document: on two cores those wake-ups cost as much as the work of a
  // short document. One worker writes at a time; another that finds it writing leaves its
  // job's events to it, as the writer looks at the queue again before it stops writing.
  void write_ready(std::unique_lock<std::mutex>& lock) {
    if (writing_) return;
    writing_ = true;
    std::vector<std::shared_ptr<Job>> finished;
    std::shared_ptr<Job> partial;
    std::vector<Event> partial_events;
    while (true) {
      while (!in_order_.empty() && in_order_.front()->done_) {
        finished.push_back(std::move(in_order_.front()));
        in_order_.pop_front();
      }
      if (!in_order_.empty() && !in_order_.front()->events_.empty()) {
        partial = in_order_.front();
        partial_events.swap(partial->events_);
        partial->pending_chunks_ = 0;
        chunk_space_.notify_all();
      }
      if (finished.empty() && !partial) break;
      // Room in the queue: a worker that found it full may read now.
      if (!finished.empty() && idle_workers_ && !reading_) work_ready_.notify_one();
      lock.unlock();
      for (std::shared_ptr<Job>& job : finished) {
        if (job->sequence_ != written_) std::abort();  // the queues keep input order
        guarded([&] {
          if (!front_started_) start(*job);
          for (Event& event : job->events_) delivery_.deliver(event);
          if (job->error_ && delivery_.item_in_run()) fail(job->error_);
          delivery_.end_item();
        });
        front_started_ = false;
        ++written_;
      }
      finished.clear();
      if (partial) {
        guarded([&] {
          if (!front_started_) start(*partial);
          for (Event& event : partial_events) delivery_.deliver(event);
        });
        front_started_ = true;  // also when the writer threw before it
        partial_events.clear();
        partial.reset();
      }
      lock.lock();
    }
    writing_ = false;
  }

  void start(const Job& job) { delivery_.begin_item(job.item_); }

  // The writing worker's: the first exception in input order ends the delivery.
  void fail(std::exception_ptr error) {
    if (!error_) error_ = std::move(error);
    delivery_.fail();
  }
  // Runs a part of the writing; what the writer or the observer throws ends the delivery there
  // rather than leaving `writing_` set with the workers waiting on it.
  template <typename Part>
  void guarded(Part part) {
    try {
      part();
    } catch (...) {
      fail(std::current_exception());
    }
  }

  const std::function<bool(WorkItem&)>& next_;
  const std::function<void(WorkItem&, std::size_t, JobOutput&)>& work_;
  Delivery& delivery_;
  const unsigned threads_;
  const std::size_t capacity_;

  std::mutex mutex_;
  std::condition_variable work_ready_, chunk_space_;
  std::deque<std::shared_ptr<Job>> to_work_;   // read, not yet taken by a worker
  std::deque<std::shared_ptr<Job>> in_order_;  // read, not yet written; the front is written next
  bool input_done_ = false;
  bool reading_ = false;        // a worker is reading
  std::uint64_t read_ = 0;      // jobs read
  bool writing_ = false;        // a worker is writing
  bool front_started_ = false;  // the front job's own message is printed (by the writing worker)
  std::uint64_t written_ = 0;   // jobs written
  std::exception_ptr error_;    // the writing worker's (fail); read by run() after the workers end
  std::exception_ptr read_error_;  // what `next` threw; guarded by the mutex
  unsigned idle_workers_ = 0;
};

void Job::message(std::string text, Severity severity) {
  held_.push_back({Event::Kind::message, std::move(text), severity, {}, {}, {}});
}

void Job::begin_document(std::string name, std::string fields) {
  held_.push_back({Event::Kind::begin, std::move(name), Severity::note, {}, {}, std::move(fields)});
}

void Job::text(std::string piece, std::size_t offset) {
  // A segment starts: hands over what came before it, waiting while the writer is behind.
  if (!held_.empty()) publish(false);
  held_.push_back({Event::Kind::text, std::move(piece), Severity::note, {}, {}, {}, offset});
}

void Job::mentions(std::vector<resolve::Mention>& mentions) {
  // Hands over what came before this segment, waiting while the writer is behind (its text, if
  // any, goes with it).
  if (!held_.empty() && held_.back().kind != Event::Kind::text) publish(false);
  held_.push_back({Event::Kind::mentions, {}, Severity::note, std::move(mentions), {}, {}});
  mentions.clear();
}

void Job::result(std::any value) {
  held_.push_back({Event::Kind::result, {}, Severity::note, {}, std::move(value), {}});
}

void Job::finish() { publish(true); }

void Job::publish(bool done) {
  std::unique_lock<std::mutex> lock(engine_.mutex_);
  if (!done) engine_.chunk_space_.wait(lock, [&] { return pending_chunks_ < kPendingChunks; });
  ++pending_chunks_;
  for (Event& event : held_) events_.push_back(std::move(event));
  held_.clear();
  done_ = done_ || done;
  if (!engine_.in_order_.empty() && engine_.in_order_.front().get() == this) engine_.write_ready(lock);
}

}  // namespace

BatchTotals run_batches(const std::function<bool(WorkItem&)>& next,
                        const std::function<void(WorkItem&, std::size_t worker, JobOutput&)>& work,
                        DocumentWriter& writer, unsigned threads, const BatchStops& stops,
                        BatchObserver* observer) {
  Delivery delivery(writer, stops, observer);
  if (threads <= 1) {
    InlineOutput out(delivery);
    while (!delivery.stopped()) {
      WorkItem item;
      if (!next(item)) break;
      delivery.begin_item(item);
      if (!delivery.stopped()) work(item, 0, out);
      delivery.end_item();
    }
  } else {
    Engine(next, work, delivery, threads).run();
  }
  return delivery.totals();
}

}  // namespace gazette::cli
