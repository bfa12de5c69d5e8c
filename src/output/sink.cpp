#include "output/sink.h"

#include <fmt/format.h>

namespace gazette::output {
namespace {

// Keeps the current document's kept fields for its records.
class FieldsSink : public RecordSink {
 public:
  using RecordSink::RecordSink;
  void begin_document(std::string_view, std::string_view fields) override { fields_.assign(fields); }

 protected:
  std::string fields_;
};

class JsonlSink : public FieldsSink {
 public:
  using FieldsSink::FieldsSink;
  void record(std::string_view doc, const resolve::Mention& m) override {
    append_jsonl_record(doc, m, buffer(), fields_);
  }
};

class TsvSink : public FieldsSink {
 public:
  TsvSink(OutputStream& out, bool fields) : FieldsSink(out), with_fields_(fields) {}
  void begin_run() override {
    buffer() += tsv_header();
    if (with_fields_) buffer().insert(buffer().size() - 1, "\tfields");
  }
  void record(std::string_view doc, const resolve::Mention& m) override {
    append_tsv_record(doc, m, buffer(),
                      with_fields_ ? std::optional<std::string_view>(fields_) : std::optional<std::string_view>());
  }

 private:
  const bool with_fields_;
};

class TextSink : public RecordSink {
 public:
  TextSink(OutputStream& out, bool color) : RecordSink(out), color_(color) {}
  void record(std::string_view doc, const resolve::Mention& m) override {
    append_text_record(doc, m, buffer(), color_);
  }

 private:
  const bool color_;
};

class CountSink : public RecordSink {
 public:
  using RecordSink::RecordSink;
  void begin_document(std::string_view, std::string_view) override { count_ = 0; }
  void record(std::string_view, const resolve::Mention&) override { ++count_; }
  void end_document(std::string_view doc) override {
    append_tsv_field(buffer(), doc);
    fmt::format_to(std::back_inserter(buffer()), "\t{}\n", count_);
    RecordSink::end_document(doc);
  }

 private:
  std::size_t count_ = 0;
};

class ListSink : public RecordSink {
 public:
  using RecordSink::RecordSink;
  void begin_document(std::string_view, std::string_view) override { listed_ = false; }
  void record(std::string_view doc, const resolve::Mention&) override {
    if (listed_) return;
    append_tsv_field(buffer(), doc);  // one name a line: a line break in an id is escaped
    buffer().push_back('\n');
    listed_ = true;
  }

 private:
  bool listed_ = false;
};

class QuietSink : public RecordSink {
 public:
  using RecordSink::RecordSink;
  void record(std::string_view, const resolve::Mention&) override {}
};

std::unique_ptr<RecordSink> make_jsonl(OutputStream& out, const SinkOptions&) {
  return std::make_unique<JsonlSink>(out);
}
std::unique_ptr<RecordSink> make_tsv(OutputStream& out, const SinkOptions& options) {
  return std::make_unique<TsvSink>(out, options.fields);
}
std::unique_ptr<RecordSink> make_text(OutputStream& out, const SinkOptions& options) {
  return std::make_unique<TextSink>(out, options.color);
}

}  // namespace

const std::vector<SinkFormat>& sink_formats() {
  static const std::vector<SinkFormat> formats = {
      {"jsonl", "JSON Lines, one record a line", make_jsonl},
      {"tsv", "tab-separated values with a header line", make_tsv},
      {"text", "file:line:col: type text -> canonical", make_text},
      {"html", "one self-contained HTML page, mentions highlighted in the text", make_html_sink},
  };
  return formats;
}

std::unique_ptr<RecordSink> make_sink(std::string_view format, OutputStream& out, const SinkOptions& options) {
  for (const SinkFormat& f : sink_formats())
    if (f.name == format) return f.make(out, options);
  return nullptr;
}

std::unique_ptr<RecordSink> make_count_sink(OutputStream& out) { return std::make_unique<CountSink>(out); }
std::unique_ptr<RecordSink> make_list_sink(OutputStream& out) { return std::make_unique<ListSink>(out); }
std::unique_ptr<RecordSink> make_quiet_sink(OutputStream& out) { return std::make_unique<QuietSink>(out); }

}  // namespace gazette::output
