// github: workflow commands that GitHub Actions turns into annotations,
//   ::error file=F,line=L,endLine=L2,col=C,endColumn=C2,title=T::message
// GitHub shows at most 10 annotations of each kind per step, so findings are printed most
// severe first, and when some kind passes the cap a last ::notice gives the totals.
#include <fmt/format.h>

#include <algorithm>

#include "check/finding_printer.h"
#include "check/formats.h"

namespace gazette::check {
namespace {

constexpr std::size_t kAnnotationsShown = 10;

std::string escape_data(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (c == '%')
      out += "%25";
    else if (c == '\r')
      out += "%0D";
    else if (c == '\n')
      out += "%0A";
    else
      out.push_back(c);
  }
  return out;
}

std::string escape_property(std::string_view s) {
  std::string out;
  for (char c : escape_data(s)) {
    if (c == ':')
      out += "%3A";
    else if (c == ',')
      out += "%2C";
    else
      out.push_back(c);
  }
  return out;
}

std::string_view command(Severity s) {
  switch (s) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::note: return "notice";
  }
  return "error";
}

class GithubPrinter : public FindingPrinter {
 public:
  using FindingPrinter::FindingPrinter;
  void document(const DocumentReport& report) override {
    for (const Finding& f : report.findings) findings_.push_back({report.path, f});
  }
  void end_run(const RunSummary& summary) override {
    std::stable_sort(findings_.begin(), findings_.end(),
                     [](const Entry& a, const Entry& b) { return a.finding.severity > b.finding.severity; });
    for (const Entry& e : findings_) {
      const Finding& f = e.finding;
      fmt::format_to(std::back_inserter(buffer()), "::{} file={},line={},endLine={},col={},endColumn={},title={}::{}\n",
                     command(f.severity), escape_property(e.path), f.begin.line, f.finish.line, f.begin.char_col,
                     f.finish.char_col, escape_property("gazette " + f.rule), escape_data(f.message));
      out_.maybe_flush();
    }
    const bool capped = std::any_of(std::begin(summary.by_severity), std::end(summary.by_severity),
                                    [](std::size_t n) { return n > kAnnotationsShown; });
    if (capped)
      fmt::format_to(std::back_inserter(buffer()),
                     "::notice title=gazette check::{} findings in {} documents: {} errors, {} warnings, {} notes "
                     "(GitHub shows {} of each kind; all are in this log)\n",
                     summary.total(), summary.documents, summary.by_severity[2], summary.by_severity[1],
                     summary.by_severity[0], kAnnotationsShown);
  }

 private:
  struct Entry {
    std::string path;
    Finding finding;
  };
  std::vector<Entry> findings_;
};

}  // namespace

std::unique_ptr<FindingPrinter> make_github_printer(output::OutputStream& out, const PrinterOptions&) {
  return std::make_unique<GithubPrinter>(out);
}

}  // namespace gazette::check
