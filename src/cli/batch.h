// The ordered engine that runs the extractor over a stream of documents on all cores:
//
//   reader (the calling thread) -> [jobs, bounded] -> worker threads (one pool for the whole run)
//                                                  -> written in order, by the workers in turn -> sink
//
// The reader hands out jobs with sequence numbers; any free worker takes the next one; each
// job's output is delivered in sequence order, as soon as it comes (the worker that finishes
// or extends the front job writes everything ready), so a document's records are written while
// later documents are still being processed, and `-j N` writes exactly what `-j 1` writes. A
// worker delivers a long document's mentions segment by segment, and waits while
// kPendingChunks of them are unwritten, so memory stays bounded by the number of jobs in
// flight, not by the size of a document or of the run.
#pragma once
#include <any>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "input/document.h"
#include "input/jsonl_source.h"
#include "resolve/mention.h"

namespace gazette::cli {

// One unit of work as the reader hands it out: a document in memory, a text file for the worker
// to read, a dump's line for the worker to parse, or only a message to report in its place.
struct WorkItem {
  std::optional<input::Document> document;
  std::optional<std::string> path;  // a text file, read by the worker a window at a time
  // A dump's line, read in order but parsed by the worker (JSON parsing is per-document work).
  std::optional<input::RawLine> raw_line;
  std::shared_ptr<const input::JsonlSource> source;
  // Where the document starts in its file, when it is a part of one (a line of `--input lines`):
  // its records' offsets, line and column are then the file's.
  std::optional<input::RawLine> origin;
  std::string fields;     // the document's kept dump fields as one JSON object, or empty
  std::size_t input = 0;  // the index of the file it came from, for the count of bad lines per file
  // The run's input bytes as stored (compressed ones for compressed files) read once this item
  // is done, counted from the start of the run: the progress line's and `gazette stats`'s bytes.
  std::size_t input_bytes = 0;
  std::string message;    // printed on stderr when the item's turn comes
  bool is_error = false;  // counts towards exit status 2
  bool bad_line = false;  // the message is about one line of a dump (see BatchStops)
};

// How a message counts: a note (a binary file skipped), an error (exit status 2), or an error
// about one line of a dump or of a `--input lines` file, also counted as a bad line.
enum class Severity { note, error, bad_line };

// What a worker reports about one item, in the order the writer is to see it. Called on the
// worker's thread.
class JobOutput {
 public:
  virtual ~JobOutput() = default;
  virtual void message(std::string text, Severity severity) = 0;
  // `fields` is the document's kept dump fields as one JSON object, or empty.
  virtual void begin_document(std::string name, std::string fields) = 0;
  // May wait until the writer has caught up. Takes the mentions.
  virtual void mentions(std::vector<resolve::Mention>& mentions) = 0;
  // A piece of the document's text, for a writer that shows it, before the mentions that start
  // in it; `offset` is its first byte in the mentions' offsets. May wait as mentions() does.
  virtual void text(std::string piece, std::size_t offset) = 0;
  // A command's own per-document result (gazette check's findings), for its writer.
  virtual void result(std::any value) = 0;
};

// Where documents are delivered, in input order, by one thread at a time (the calling thread
// with one worker; with more, whichever worker's turn it is to write).
class DocumentWriter {
 public:
  virtual ~DocumentWriter() = default;
  virtual void begin_document(const std::string& name, const std::string& fields) = 0;
  virtual void mentions(const std::string& name, const std::vector<resolve::Mention>& mentions) = 0;
  virtual void text(const std::string& /*name*/, std::string_view /*piece*/, std::size_t /*offset*/) {}
  virtual void end_document(const std::string& name) = 0;
  virtual void result(const std::string& /*name*/, std::any& /*value*/) {}
};

struct BatchTotals {
  std::size_t documents = 0, found = 0, errors = 0;
  std::size_t bad_lines = 0, files_with_bad_lines = 0;
  std::size_t input_bytes = 0;  // WorkItem::input_bytes of the last item written
  bool stopped = false;  // a stop of BatchStops ended the run early
};

// When a run ends before the end of its input. The stop is decided by the writer, in input
// order, so `-j N` stops at the same place as `-j 1`: nothing after it is written or reported.
struct BatchStops {
  std::size_t max_bad_lines = 0;  // 0: no limit
  bool at_first_mention = false;
};

// Told by the writing thread, in input order, how the run goes: after each
// item, and before each message printed on stderr (so that a progress line can make way).
class BatchObserver {
 public:
  virtual ~BatchObserver() = default;
  virtual void item_done(const BatchTotals& /*totals*/) {}
  virtual void before_message() {}
};

// `next` (on the reader thread) fills the next item and returns false at the end of input.
// `work` runs on the worker threads, one call per item, and must be thread-safe; `threads` is
// the number of workers (at least one). Messages are printed on stderr as "gazette: MESSAGE".
BatchTotals run_batches(const std::function<bool(WorkItem&)>& next,
                        const std::function<void(WorkItem&, std::size_t worker, JobOutput&)>& work,
                        DocumentWriter& writer, unsigned threads, const BatchStops& stops = {},
                        BatchObserver* observer = nullptr);

}  // namespace gazette::cli
