// Where the documents of a run come from: files named on the command line, one document each;
// article dumps, one document a JSON line; or text files, one document a line. Each hands out
// WorkItems in input order.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "cli/batch.h"
#include "input/jsonl_source.h"
#include "input/reader.h"

namespace gazette::cli {

class WorkSource {
 public:
  virtual ~WorkSource() = default;
  // Fills the next item (a document, a dump line to parse, or an error to report in its
  // place); false at the end of the input.
  virtual bool next(WorkItem& item) = 0;
};

std::unique_ptr<WorkSource> text_files(std::vector<std::string> paths, input::ReadOptions options);
// Plain or gzip-compressed dumps; `lossy` accepts invalid UTF-8 in their lines.
std::unique_ptr<WorkSource> jsonl_dumps(std::vector<std::string> paths, bool lossy, input::DumpFields fields);
// Plain or gzip-compressed text files, each non-blank line a document named FILE:LINE.
std::unique_ptr<WorkSource> text_lines(std::vector<std::string> paths);

// Turns an item's dump line into its document, on the worker's thread. False (with the item's
// message and error flag set) when the line is not a document.
bool parse_dump_line(WorkItem& item, bool lossy);
// Checks an item's line of `--input lines` (UTF-8 unless `lossy`), on the worker's thread. False
// (with the item's message and error flag set) when it is not valid.
bool check_text_line(WorkItem& item, bool lossy);

}  // namespace gazette::cli
