#include "cli/check_command.h"

#include <cstdio>
#include <thread>

#include "check/checker.h"
#include "check/finding_printer.h"
#include "check/rules_files.h"
#include "cli/batch.h"
#include "cli/check_paths.h"
#include "cli/common_options.h"
#include "cli/exit_status.h"
#include "cli/work_sources.h"

namespace gazette::cli {

namespace {

constexpr int kClean = 0, kFindings = 1;

// The rule flags, on top of whatever rules file applies.
void apply_flags(const CheckOptions& o, check::RulesConfig& c) {
  if (o.no_canonical) c.canonical.enabled = false;
  if (o.no_fuzzy) c.canonical.fuzzy = false;
  c.canonical.allow.insert(c.canonical.allow.end(), o.allow.begin(), o.allow.end());
  for (const std::string& d : o.deny) {
    check::DenyRule rule;
    const std::size_t eq = d.find('=');
    const std::string what = d.substr(0, eq);
    if (eq != std::string::npos) rule.message = d.substr(eq + 1);
    // "wikidata:Q95", "ror:...": an id; anything else a name.
    if (what.find(':') != std::string::npos && what.find(' ') == std::string::npos)
      rule.id = what;
    else
      rule.name = what;
    c.deny.push_back(std::move(rule));
  }
  for (const std::string& r : o.require) {
    check::RequireRule rule;
    if (r == "company" || r == "lab" || r == "money")
      rule.type = r;
    else
      rule.name = r;
    c.require.push_back(std::move(rule));
  }
  if (o.consistency) c.consistency.enabled = true;
  if (o.money || !o.money_currency.empty() || !o.money_thousands.empty()) c.money.enabled = true;
  if (!o.money_currency.empty()) c.money.currency = o.money_currency;
  if (!o.money_thousands.empty()) c.money.thousands = o.money_thousands;
  if (c.origin == "defaults" && (o.no_canonical || o.no_fuzzy || !o.allow.empty() || !o.deny.empty() ||
                                 !o.require.empty() || o.consistency || c.money.enabled))
    c.origin = "defaults and flags";
}

}  // namespace

CLI::App* add_check_command(CLI::App& app, CheckOptions& o) {
  CLI::App* command = app.add_subcommand("check", "Check texts in CI: misspelt names, denied names, house style");
  command->footer(R"(Examples:
  gazette check README.md docs/*.md              misspelt company and lab names
  gazette check -r docs --format github          annotations in a GitHub Actions job
  gazette check -r . --format sarif > gazette.sarif
  gazette check --deny 'Theranos=do not cite' --require company article.txt
  gazette check --input jsonl dump.jsonl         an article dump, one {"id","text"} a line
  gazette check --print-config docs/guide.md     the rules that apply to a file

Rules come from --rules FILE, else the nearest .gazette.toml in the file's folder or above it.
Suppress with comments: <!-- gazette-disable-next-line canonical -- reason -->.
Exit status: 0 no finding at or above --fail-level, 1 findings, 2 error.)");
  command->add_option("paths", o.paths, "Files and folders (with -r) to check; '-' or none reads standard input")
      ->type_name("PATH");
  command->add_flag("-r,--recursive", o.recursive, "Check the text, Markdown and HTML files under folders");
  command->add_option("--rules", o.rules_file, "Rules file for every input (else .gazette.toml, found upwards)")
      ->type_name("FILE")
      ->check(CLI::ExistingFile);
  command->add_flag("--no-config", o.no_config, "Ignore .gazette.toml files: the defaults and flags only");
  command->add_flag("--print-config", o.print_config, "Print the rules that apply to each path, and exit");
  std::vector<std::string> formats;
  std::string described;
  for (const check::FindingFormat& f : check::finding_formats()) {
    formats.emplace_back(f.name);
    described += "\n  " + std::string(f.name) + ": " + std::string(f.description);
  }
  command->add_option("-f,--format", o.format, "Output format:" + described)
      ->check(CLI::IsMember(formats))
      ->capture_default_str();
  const auto levels = CLI::IsMember({"note", "warning", "error"});
  command->add_option("--min-level", o.min_level, "Show findings of this severity and above")
      ->check(levels)
      ->capture_default_str();
  command->add_option("--fail-level", o.fail_level, "Exit 1 when a shown finding has this severity or above")
      ->check(levels)
      ->capture_default_str();
  command->add_flag("--exit-zero", o.exit_zero, "Exit 0 even with findings (2 still means an error)");
  command->add_option("--input", o.input, "text (one document per file) or jsonl (one {\"id\",\"text\"} a line)")
      ->check(CLI::IsMember({"text", "jsonl"}))
      ->capture_default_str();
  command->add_option("--syntax", o.syntax, "auto (by extension), text, markdown or html")
      ->check(CLI::IsMember({"auto", "text", "markdown", "html"}))
      ->capture_default_str();
  command->add_flag("--no-inline-config", o.no_inline_config, "Ignore gazette-disable/enable comments");
  command->add_flag("--no-canonical", o.no_canonical, "Turn the canonical rule off");
  command->add_flag("--no-fuzzy", o.no_fuzzy, "No approximate matches in the canonical rule");
  command->add_option("--allow", o.allow, "Accept this spelling (canonical rule); repeatable")
      ->type_name("TEXT")
      ->allow_extra_args(false);
  command->add_option("--deny", o.deny, "Deny a name or id (wikidata:Q...), with an optional =MESSAGE; repeatable")
      ->type_name("NAME[=MESSAGE]")
      ->allow_extra_args(false);
  command->add_option("--require", o.require, "Require a type (company, lab, money) or a name per document")
      ->type_name("TYPE|NAME")
      ->allow_extra_args(false);
  command->add_flag("--consistency", o.consistency, "Turn the consistency rule on");
  command->add_flag("--money", o.money, "Turn the money house-style rule on");
  command->add_option("--money-currency", o.money_currency, "Currency written as: code, symbol or name")
      ->check(CLI::IsMember({"code", "symbol", "name"}));
  command->add_option("--money-thousands", o.money_thousands, "Thousands separator: nbsp, nnbsp, point or space")
      ->check(CLI::IsMember({"nbsp", "nnbsp", "point", "space"}));
  add_gazetteer_options(*command, o.gazetteers);
  command->add_flag("--lossy", o.lossy, "Accept invalid UTF-8, reading bad bytes as U+FFFD");
  command->add_option("-j,--threads", o.threads, "Worker threads (default: one per core)")->type_name("N");
  return command;
}

int run_check(const CheckOptions& o) {
  std::vector<std::string> path_errors;
  std::vector<std::string> paths = expand_paths(o.paths, o.recursive, o.input == "jsonl", path_errors);
  if (o.paths.empty()) paths.push_back("-");
  for (const std::string& e : path_errors) std::fprintf(stderr, "gazette: %s\n", e.c_str());

  // Deliberately never freed, as in extract: the process ends right after. Held by static
  // pointers, so that LeakSanitizer sees them as still reachable rather than leaked.
  const auto gazetteer = load_or_report(o.gazetteers);
  if (!gazetteer) return kError;
  std::string error;
  static const pipeline::Extractor* kept_extractor = nullptr;
  static const check::CheckResources* kept_resources = nullptr;
  kept_extractor = pipeline::Extractor::create(gazetteer, {}, error).release();
  const pipeline::Extractor* extractor = kept_extractor;
  if (!extractor) {
    std::fprintf(stderr, "gazette: %s\n", error.c_str());
    return kError;
  }
  kept_resources = check::load_resources(o.gazetteers, *gazetteer, error).release();
  const check::CheckResources* resources = kept_resources;
  if (!resources) {
    std::fprintf(stderr, "gazette: %s\n", error.c_str());
    return kError;
  }
  check::RulesFiles rules_files(
      o.rules_file, !o.no_config, [&o](check::RulesConfig& c) { apply_flags(o, c); }, *resources);

  if (o.print_config) {
    int status = path_errors.empty() ? kClean : kError;
    for (const std::string& path : paths) {
      const auto applied = rules_files.for_input(path, error);
      if (!applied) {
        std::fprintf(stderr, "gazette: %s\n", error.c_str());
        status = kError;
        continue;
      }
      std::printf("# rules for %s\n%s\n", path.c_str(), check::to_toml(applied->config).c_str());
    }
    return status;
  }

  check::Severity min_level = check::Severity::note, fail_level = check::Severity::error;
  check::parse_severity(o.min_level, min_level);
  check::parse_severity(o.fail_level, fail_level);
  check::Syntax forced = check::Syntax::text;
  const bool auto_syntax = o.syntax == "auto";
  if (!auto_syntax) check::parse_syntax(o.syntax, forced);

  unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  if (o.input == "text" && paths.size() == 1) threads = 1;
  std::vector<pipeline::Extractor::ScratchPtr> scratch;
  for (unsigned t = 0; t < std::max(1u, threads); ++t) scratch.push_back(extractor->make_scratch());

  output::OutputStream out(stdout);
  const std::unique_ptr<check::FindingPrinter> printer = check::make_printer(o.format, out);
  const std::unique_ptr<WorkSource> source =
      o.input == "text" ? text_files(paths, input::ReadOptions{o.lossy}) : jsonl_dumps(paths, o.lossy, {});
  const check::DocumentOptions document_options{!o.no_inline_config};
  const auto next = [&](WorkItem& item) { return source->next(item); };
  const auto work = [&](WorkItem& item, std::size_t worker, JobOutput& job) {
    // A check reads each document whole: CI files are small, and rules see the whole text.
    if (item.path) {
      input::ReadResult read = input::read_document(*item.path, input::ReadOptions{o.lossy});
      if (!read.message.empty())
        job.message(read.message, read.status != input::ReadStatus::binary ? Severity::error : Severity::note);
      if (read.status != input::ReadStatus::ok) return;
      item.document = std::move(read.document);
    }
    if (item.raw_line && !parse_dump_line(item, o.lossy)) {
      job.message(std::move(item.message), item.is_error ? Severity::error : Severity::note);
      return;
    }
    if (!item.document) return;
    const input::Document& doc = *item.document;
    // A dump's documents take their rules from the current folder, as standard input does.
    std::string rules_error;
    const auto applied = rules_files.for_input(o.input == "jsonl" ? std::string("-") : doc.name, rules_error);
    if (!applied) {
      job.message(rules_error, Severity::error);
      return;
    }
    const check::Syntax syntax =
        auto_syntax ? (o.input == "jsonl" ? check::Syntax::text : check::syntax_for_path(doc.name)) : forced;
    job.begin_document(doc.name, {});
    job.result(check::check_document(doc.name, doc.bytes, syntax, applied->rules, *extractor, *scratch[worker],
                                     document_options));
    item.document.reset();
  };
  check::RunSummary summary;
  bool failed = false;
  // Gets each document's findings on the calling thread, in input order.
  class FindingWriter : public DocumentWriter {
   public:
    FindingWriter(check::FindingPrinter& printer, check::RunSummary& summary, bool& failed, check::Severity min_level,
                  check::Severity fail_level)
        : printer_(printer), summary_(summary), failed_(failed), min_level_(min_level), fail_level_(fail_level) {}
    void begin_document(const std::string&, const std::string&) override {}
    void mentions(const std::string&, const std::vector<resolve::Mention>&) override {}
    void end_document(const std::string&) override {}
    void result(const std::string&, std::any& value) override {
      auto& report = std::any_cast<check::DocumentReport&>(value);
      auto& f = report.findings;
      f.erase(std::remove_if(f.begin(), f.end(), [&](const check::Finding& x) { return x.severity < min_level_; }),
              f.end());
      ++summary_.documents;
      for (const check::Finding& x : f) {
        ++summary_.by_severity[static_cast<int>(x.severity)];
        failed_ = failed_ || x.severity >= fail_level_;
      }
      printer_.document(report);
    }

   private:
    check::FindingPrinter& printer_;
    check::RunSummary& summary_;
    bool& failed_;
    check::Severity min_level_, fail_level_;
  };
  FindingWriter writer(*printer, summary, failed, min_level, fail_level);

  printer->begin_run();
  const BatchTotals totals = run_batches(next, work, writer, threads);
  printer->end_run(summary);
  if (!out.flush() || !out.ok()) {
    std::fprintf(stderr, "gazette: error writing to standard output\n");
    return kError;
  }
  if (totals.errors || !path_errors.empty()) return kError;
  return failed && !o.exit_zero ? kFindings : kClean;
}

}  // namespace gazette::cli
