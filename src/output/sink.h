// Where records go. A run calls, on one thread and in input order:
//   begin_run, then for each document begin_document, record..., end_document, then end_run.
// A sink that needs the whole run (SARIF, HTML, a summary) keeps what it needs and writes it
// at end_run; a line format writes each record as it comes.
//
// To add an output format: implement RecordSink in a file of its own and add a row to the table
// in sink.cpp; --format lists it from there.
#pragma once
#include <memory>
#include <string_view>
#include <vector>

#include "output/output_stream.h"
#include "resolve/mention.h"

namespace gazette::output {

class RecordSink {
 public:
  explicit RecordSink(OutputStream& out) : out_(out) {}
  virtual ~RecordSink() = default;

  virtual void begin_run() {}
  virtual void begin_document(std::string_view /*doc*/) {}
  virtual void record(std::string_view doc, const resolve::Mention& mention) = 0;
  virtual void end_document(std::string_view /*doc*/) { out_.maybe_flush(); }
  virtual void end_run() { out_.flush(); }

 protected:
  std::string& buffer() { return out_.buffer(); }
  OutputStream& out_;
};

struct SinkFormat {
  std::string_view name;         // "jsonl"
  std::string_view description;  // for --help
  std::unique_ptr<RecordSink> (*make)(OutputStream& out);
};

const std::vector<SinkFormat>& sink_formats();
// nullptr for a name no format has.
std::unique_ptr<RecordSink> make_sink(std::string_view format, OutputStream& out);

// One record of each line format, newline-terminated (for tests and for callers that build
// their own lines).
void append_jsonl_record(std::string_view doc, const resolve::Mention& m, std::string& out);
void append_tsv_record(std::string_view doc, const resolve::Mention& m, std::string& out);
void append_text_record(std::string_view doc, const resolve::Mention& m, std::string& out);
std::string_view tsv_header();

}  // namespace gazette::output
