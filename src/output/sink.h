// Where records go. A run calls, on one thread and in input order:
//   begin_run, then for each document begin_document, record..., end_document, then end_run.
// A sink that needs the whole run (SARIF, HTML, a summary) keeps what it needs and writes it
// at end_run; a line format writes each record as it comes.
//
// To add an output format: implement RecordSink in a file of its own and add a row to the table
// in sink.cpp; --format lists it from there.
#pragma once
#include <memory>
#include <optional>
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
  // `fields` is the document's kept dump fields as one JSON object (`--keep-field`), or empty.
  virtual void begin_document(std::string_view /*doc*/, std::string_view /*fields*/) {}
  // A sink that shows the text itself (HTML) says so, and is then given each document's text in
  // pieces: after begin_document, text(piece) and then the records that start in that piece, for
  // each piece in turn. The pieces follow one another without gap or overlap and make the whole
  // document; `offset` is the piece's first byte in the records' offsets. A record may end in a
  // later piece. An empty document has no piece.
  virtual bool wants_text() const { return false; }
  virtual void text(std::string_view /*doc*/, std::string_view /*piece*/, std::size_t /*offset*/) {}
  virtual void record(std::string_view doc, const resolve::Mention& mention) = 0;
  virtual void end_document(std::string_view /*doc*/) { out_.maybe_flush(); }
  virtual void end_run() { out_.flush(); }

 protected:
  std::string& buffer() { return out_.buffer(); }
  OutputStream& out_;
};

struct SinkOptions {
  // Documents carry kept fields: TSV then has a last column `fields` (the JSON object), JSON
  // Lines a member `fields` (written whenever a document has them); the text format leaves them.
  bool fields = false;
  // The text format colours its positions and type names (output/color.h); the others never do.
  bool color = false;
};

struct SinkFormat {
  std::string_view name;         // "jsonl"
  std::string_view description;  // for --help
  std::unique_ptr<RecordSink> (*make)(OutputStream& out, const SinkOptions& options);
};

const std::vector<SinkFormat>& sink_formats();
// nullptr for a name no format has.
std::unique_ptr<RecordSink> make_sink(std::string_view format, OutputStream& out, const SinkOptions& options = {});

// Summaries in place of the records, as grep's -c, -l and -q: `DOC<TAB>N` for every document
// (those with no mention too); the name of each document with a mention, once; nothing.
std::unique_ptr<RecordSink> make_count_sink(OutputStream& out);
std::unique_ptr<RecordSink> make_list_sink(OutputStream& out);
std::unique_ptr<RecordSink> make_quiet_sink(OutputStream& out);

// One self-contained HTML page (output/html_sink.cpp).
std::unique_ptr<RecordSink> make_html_sink(OutputStream& out, const SinkOptions& options);
// Text as HTML character data or an attribute value: the five special characters as entities,
// a carriage return as `&#13;` (the parser would drop it), NUL and invalid UTF-8 as U+FFFD.
void append_html_escaped(std::string& out, std::string_view text);

// One record of each line format, newline-terminated (for tests and for callers that build
// their own lines).
// `fields`, when not empty, is written as the member `fields` (JSON Lines) or a last column (TSV).
void append_jsonl_record(std::string_view doc, const resolve::Mention& m, std::string& out,
                         std::string_view fields = {});
void append_tsv_record(std::string_view doc, const resolve::Mention& m, std::string& out,
                       std::optional<std::string_view> fields = std::nullopt);
// A TSV field with tabs, line breaks and backslashes escaped as PostgreSQL's COPY does.
void append_tsv_field(std::string& out, std::string_view text);
void append_text_record(std::string_view doc, const resolve::Mention& m, std::string& out, bool color = false);
std::string_view tsv_header();  // with a line feed

}  // namespace gazette::output
