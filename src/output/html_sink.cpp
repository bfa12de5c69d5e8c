// `--format html`: one self-contained page (inline CSS, no script, nothing fetched) that shows
// every document's text with its mentions marked by type, as spaCy's displaCy entity view does.
//
// The page is streamed: the head and the legend at begin_run, each document as it is done, the
// tail at end_run, so memory holds one piece of text (a segment of the extractor, at most about
// a MiB) and never the run. A document's counts are known only after its text, so they are
// written after it and shown above it by the CSS (`order` in a flex column), which needs no
// script.
#include <fmt/format.h>

#include <array>
#include <vector>

#include "input/utf8.h"
#include "output/sink.h"

namespace gazette::output {
namespace {

// The look of each type: a background with dark text (contrast above 12:1), and, for readers
// who do not tell the colours apart, a label after the mention and its own underline style.
struct TypeStyle {
  std::string_view background;
  std::string_view underline;
};
constexpr std::array<TypeStyle, produce::kEntityTypeCount> kTypeStyles{{
    {"#ffe08a", "solid"},   // company: amber
    {"#b8efc8", "dashed"},  // lab: green
    {"#cfe0ff", "double"},  // money: blue
}};

constexpr std::string_view kHead = R"css(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="gazette">
<title>gazette: mentions</title>
<style>
body{margin:0 auto;max-width:60rem;padding:1rem 1.5rem;font:16px/1.6 system-ui,sans-serif;color:#111;background:#fff}
h1{font-size:1.4rem;margin:0 0 .5rem}
.legend{margin:0 0 1rem;padding:.5rem 0;border-bottom:1px solid #ccc}
.doc{display:flex;flex-direction:column;margin:0 0 2rem;padding:0 0 1rem;border-bottom:1px solid #ccc}
.doc h2{order:-3;font-size:1.1rem;margin:.5rem 0;overflow-wrap:anywhere}
.fields{order:-2;font:.85rem/1.4 ui-monospace,monospace;color:#333;overflow-wrap:anywhere}
.counts{order:-1;margin:0 0 .5rem;color:#333;font-size:.9rem}
.text{white-space:pre-wrap;overflow-wrap:break-word;line-height:2.2}
.text:empty::before{content:"(empty document)";color:#555;font-style:italic}
mark.m{color:#111;padding:.1em .3em;border-radius:.3em;text-decoration-line:underline;text-decoration-thickness:2px;text-decoration-color:#333;text-underline-offset:.25em;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.m::after{content:attr(data-type);display:inline-block;margin-left:.4em;padding:0 .25em;font:600 .65em/1 system-ui,sans-serif;text-transform:uppercase;letter-spacing:.03em;vertical-align:middle;background:#fff;color:#111;border:1px solid #333;border-radius:.25em}
mark.fuzzy{outline:2px dotted #333;outline-offset:1px}
)css";

constexpr std::string_view kHeadEnd = R"(</style>
</head>
<body>
<header>
<h1>gazette: mentions</h1>
)";

void append_style_rules(std::string& out) {
  for (const produce::EntityTypeInfo& t : produce::kEntityTypes) {
    const TypeStyle& style = kTypeStyles[produce::index_of(t.type)];
    fmt::format_to(std::back_inserter(out), "mark.{}{{background:{};text-decoration-style:{}}}\n", t.name,
                   style.background, style.underline);
  }
}

void append_legend(std::string& out) {
  out += "<p class=\"legend\">";
  for (const produce::EntityTypeInfo& t : produce::kEntityTypes) {
    fmt::format_to(std::back_inserter(out), "<mark class=\"m {0}\" data-type=\"{0}\">{0}</mark> ", t.name);
  }
  out +=
      "<mark class=\"m company fuzzy\" data-type=\"company\" title=\"an approximate find (--fuzzy)\">fuzzy</mark> "
      "Hover over a mention for its canonical name, id and source.</p>\n</header>\n<main>\n";
}

// What the mention's title attribute says, one item a line.
std::string title_of(const resolve::Mention& m) {
  std::string t = fmt::format("{}: {}", produce::to_string(m.type), m.canonical);
  if (!m.id.empty()) t += "\nid: " + m.id;
  t += "\nsource: " + m.source;
  if (m.distance > 0) t += fmt::format("\nfuzzy match, {} edit{}", m.distance, m.distance == 1 ? "" : "s");
  if (m.score >= 0) t += fmt::format("\nscore: {:.3f}", m.score);
  if (!m.qualifier.empty()) t += "\nqualifier: " + m.qualifier;
  return t;
}

class HtmlSink : public RecordSink {
 public:
  using RecordSink::RecordSink;

  bool wants_text() const override { return true; }

  void begin_run() override {
    buffer() += kHead;
    append_style_rules(buffer());
    buffer() += kHeadEnd;
    append_legend(buffer());
  }

  void begin_document(std::string_view doc, std::string_view fields) override {
    ++documents_;
    counts_.fill(0);
    open_ends_.clear();
    marks_.clear();
    piece_.clear();
    have_piece_ = false;
    std::string& out = buffer();
    out += "<article class=\"doc\">\n<h2>";
    append_html_escaped(out, doc);
    out += "</h2>\n";
    if (!fields.empty()) {
      out += "<div class=\"fields\">";
      append_html_escaped(out, fields);
      out += "</div>\n";
    }
    out += "<div class=\"text\" lang=\"fr\">";
  }

  void text(std::string_view, std::string_view piece, std::size_t offset) override {
    write_piece();
    piece_.assign(piece);
    piece_offset_ = offset;
    cursor_ = offset;
    have_piece_ = true;
    marks_.clear();
  }

  void record(std::string_view, const resolve::Mention& m) override {
    ++counts_[produce::index_of(m.type)];
    ++mentions_;
    marks_.push_back(m);
  }

  void end_document(std::string_view doc) override {
    write_piece();
    std::string& out = buffer();
    while (!open_ends_.empty()) close_mark();
    out += "</div>\n";
    std::size_t total = 0;
    for (std::size_t n : counts_) total += n;
    fmt::format_to(std::back_inserter(out), "<p class=\"counts\">{} mention{}", total, total == 1 ? "" : "s");
    const char* separator = ": ";
    for (const produce::EntityTypeInfo& t : produce::kEntityTypes) {
      const std::size_t n = counts_[produce::index_of(t.type)];
      if (n == 0) continue;
      fmt::format_to(std::back_inserter(out), "{}{} {}", separator, n, t.name);
      separator = ", ";
    }
    out += "</p>\n</article>\n";
    RecordSink::end_document(doc);
  }

  void end_run() override {
    fmt::format_to(std::back_inserter(buffer()),
                   "</main>\n<footer><p>{} document{}, {} mention{}.</p></footer>\n</body>\n</html>\n", documents_,
                   documents_ == 1 ? "" : "s", mentions_, mentions_ == 1 ? "" : "s");
    RecordSink::end_run();
  }

 private:
  // Writes the held piece with the marks of its records. Marks must nest in HTML: one that starts
  // inside another and ends past it is closed with the outer one (its title still names it all).
  void write_piece() {
    if (!have_piece_) return;
    const std::size_t piece_end = piece_offset_ + piece_.size();
    for (const resolve::Mention& m : marks_) {
      // A record outside the held text (none should be) is counted but cannot be marked.
      if (m.start < cursor_ || m.start >= piece_end || m.end <= m.start) continue;
      write_to(m.start);
      std::size_t end = m.end;
      if (!open_ends_.empty() && end > open_ends_.back()) end = open_ends_.back();
      open_mark(m);
      open_ends_.push_back(end);
    }
    write_to(piece_end);
    marks_.clear();
    have_piece_ = false;
  }

  // Writes the text from the cursor to `target` (inside the held piece), closing the marks that
  // end on the way.
  void write_to(std::size_t target) {
    while (!open_ends_.empty() && open_ends_.back() <= target) {
      write_text(open_ends_.back());
      close_mark();
    }
    write_text(target);
  }

  void write_text(std::size_t to) {
    if (to <= cursor_) return;
    append_html_escaped(buffer(), std::string_view(piece_).substr(cursor_ - piece_offset_, to - cursor_));
    cursor_ = to;
  }

  void open_mark(const resolve::Mention& m) {
    std::string& out = buffer();
    const std::string_view type = produce::to_string(m.type);
    fmt::format_to(std::back_inserter(out), "<mark class=\"m {}{}\" data-type=\"{}\" title=\"", type,
                   m.distance > 0 ? " fuzzy" : "", type);
    append_html_escaped(out, title_of(m));
    out += "\">";
  }

  void close_mark() {
    buffer() += "</mark>";
    open_ends_.pop_back();
  }

  std::array<std::size_t, produce::kEntityTypeCount> counts_{};
  std::size_t documents_ = 0, mentions_ = 0;
  // The piece held until its records have come, and where the writing is in it.
  std::string piece_;
  std::size_t piece_offset_ = 0, cursor_ = 0;
  bool have_piece_ = false;
  std::vector<resolve::Mention> marks_;
  std::vector<std::size_t> open_ends_;  // the ends of the open marks, innermost last
};

void append_escaped_valid(std::string& out, std::string_view text) {
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      case '\r': out += "&#13;"; break;
      case '\0': out += "\xEF\xBF\xBD"; break;
      default: out.push_back(c);
    }
  }
}

}  // namespace

void append_html_escaped(std::string& out, std::string_view text) {
  if (utf8::find_invalid(text) == utf8::npos)
    append_escaped_valid(out, text);
  else
    append_escaped_valid(out, utf8::sanitise(text));
}

std::unique_ptr<RecordSink> make_html_sink(OutputStream& out, const SinkOptions&) {
  return std::make_unique<HtmlSink>(out);
}

}  // namespace gazette::output
