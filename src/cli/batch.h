// Runs the extractor over a stream of documents on all cores, printing results in input order.
// Documents are taken in bounded batches, so memory stays flat whatever the number of inputs.
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

// One unit of work: a document to process, or an error to report in its place.
struct WorkItem {
  std::optional<input::Document> document;
  // A dump's line, read in order but parsed by the worker (JSON parsing is per-document work).
  std::optional<input::JsonlSource::RawLine> raw_line;
  std::shared_ptr<const input::JsonlSource> source;
  std::string message;                     // printed on stderr when the item's turn comes
  bool is_error = false;                   // counts towards exit status 2
  std::vector<resolve::Mention> mentions;  // filled by the worker
  std::any result;                         // a command's own per-item result, filled by the worker
};

struct BatchTotals {
  std::size_t documents = 0, found = 0, errors = 0;
};

// `next` fills the next item and returns false at the end of input. `work` runs on worker
// threads (one call per item with a document or a raw line) and must be thread-safe;
// `threads` <= 1 runs inline. `deliver` gets every item after its work, on the calling thread,
// in input order, after the item's message (if any) is printed.
BatchTotals run_batches(const std::function<bool(WorkItem&)>& next,
                        const std::function<void(WorkItem&, std::size_t worker)>& work,
                        const std::function<void(WorkItem&)>& deliver, unsigned threads);

}  // namespace gazette::cli
