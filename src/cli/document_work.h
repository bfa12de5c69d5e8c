// The work a worker does for one item: read or parse its document, run the extractor on it and
// report the mentions, a segment at a time.
#pragma once
#include "cli/batch.h"
#include "input/reader.h"
#include "pipeline/extractor.h"

namespace gazette::cli {

void extract_item(WorkItem& item, const pipeline::Extractor& extractor, pipeline::Extractor::Scratch& scratch,
                  const input::ReadOptions& options, JobOutput& out);

}  // namespace gazette::cli
