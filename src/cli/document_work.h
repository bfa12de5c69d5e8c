// The work a worker does for one item: read or parse its document, run the extractor on it and
// report the mentions, a segment at a time.
#pragma once
#include "cli/batch.h"
#include "input/reader.h"
#include "pipeline/extractor.h"

namespace gazette::cli {

// `with_text`: also report the document's text, a segment at a time (JobOutput::text), for an
// output that shows it.
void extract_item(WorkItem& item, const pipeline::Extractor& extractor, pipeline::Extractor::Scratch& scratch,
                  const input::ReadOptions& options, JobOutput& out, bool with_text = false);

}  // namespace gazette::cli
