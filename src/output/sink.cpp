#include "output/sink.h"

namespace gazette::output {
namespace {

template <void (*append)(std::string_view, const resolve::Mention&, std::string&)>
class LineSink : public RecordSink {
 public:
  using RecordSink::RecordSink;
  void record(std::string_view doc, const resolve::Mention& m) override { append(doc, m, buffer()); }
};

class TsvSink : public LineSink<append_tsv_record> {
 public:
  using LineSink::LineSink;
  void begin_run() override { buffer() += tsv_header(); }
};

template <typename Sink>
std::unique_ptr<RecordSink> make(OutputStream& out) {
  return std::make_unique<Sink>(out);
}

}  // namespace

const std::vector<SinkFormat>& sink_formats() {
  static const std::vector<SinkFormat> formats = {
      {"jsonl", "JSON Lines, one record a line", make<LineSink<append_jsonl_record>>},
      {"tsv", "tab-separated values with a header line", make<TsvSink>},
      {"text", "file:line:col: type text -> canonical", make<LineSink<append_text_record>>},
  };
  return formats;
}

std::unique_ptr<RecordSink> make_sink(std::string_view format, OutputStream& out) {
  for (const SinkFormat& f : sink_formats())
    if (f.name == format) return f.make(out);
  return nullptr;
}

}  // namespace gazette::output
