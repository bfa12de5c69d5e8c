#include "cli/check_command.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <set>
#include <thread>

#include "check/baseline.h"
#include "check/checker.h"
#include "check/finding_printer.h"
#include "check/rules_files.h"
#include "cli/batch.h"
#include "cli/check_fix.h"
#include "cli/check_paths.h"
#include "cli/common_options.h"
#include "cli/exit_status.h"
#include "cli/finding_filter.h"
#include "cli/git_diff.h"
#include "cli/parse_errors.h"
#include "cli/work_sources.h"
#include "output/color.h"

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
  gazette check --diff origin/main -r docs       only lines changed since the branch left main
  gazette check --write-baseline .gazette-baseline.json -r docs
  gazette check --baseline .gazette-baseline.json -r docs   only findings not in the baseline
  gazette check --fix --dry-run -r docs          the fixes as a unified diff; --fix writes them

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
      ->check(one_of(formats))
      ->capture_default_str();
  add_color_option(*command, o.color, "the text format");
  const auto levels = one_of({"note", "warning", "error"});
  command->add_option("--min-level", o.min_level, "Show findings of this severity and above")
      ->check(levels)
      ->capture_default_str();
  command->add_option("--fail-level", o.fail_level, "Exit 1 when a shown finding has this severity or above")
      ->check(levels)
      ->capture_default_str();
  command->add_flag("--exit-zero", o.exit_zero, "Exit 0 even with findings (2 still means an error)");
  command->add_option("--input", o.input, "text (one document per file) or jsonl (one {\"id\",\"text\"} a line)")
      ->check(one_of({"text", "jsonl"}))
      ->capture_default_str();
  command->add_option("--syntax", o.syntax, "auto (by extension), text, markdown or html")
      ->check(one_of({"auto", "text", "markdown", "html"}))
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
      ->check(one_of({"code", "symbol", "name"}));
  command->add_option("--money-thousands", o.money_thousands, "Thousands separator: nbsp, nnbsp, point or space")
      ->check(one_of({"nbsp", "nnbsp", "point", "space"}));
  add_gazetteer_options(*command, o.gazetteers);
  command->add_flag("--lossy", o.lossy, "Accept invalid UTF-8, reading bad bytes as U+FFFD");
  command->add_option("-j,--threads", o.threads, "Worker threads (default: one per core)")->type_name("N");
  command->add_option("--diff", o.diff_base,
                      "Only findings on lines changed since the merge base of BASE and HEAD (git), "
                      "working tree and files not yet added included")
      ->type_name("BASE");
  command->add_option("--baseline", o.baseline, "Do not report the findings this baseline file lists")
      ->type_name("FILE");
  command->add_option("--write-baseline", o.write_baseline,
                      "Write the findings to this baseline file instead of printing them; exit 0")
      ->type_name("FILE");
  command->add_flag("--fix", o.fix, "Apply the findings with one suggestion to the files, then report the rest");
  command->add_flag("--dry-run", o.dry_run, "With --fix: print the fixes as a unified diff, change nothing");
  return command;
}

namespace {

// Combinations that cannot work, told before any work starts; empty when the options agree.
std::string conflicting_options(const CheckOptions& o) {
  const bool reads_stdin =
      o.paths.empty() || std::find(o.paths.begin(), o.paths.end(), "-") != o.paths.end();
  if (o.dry_run && !o.fix) return "--dry-run goes with --fix";
  if (o.fix && o.input == "jsonl") return "--fix rewrites files: a JSONL dump's documents cannot be fixed";
  if (o.fix && reads_stdin) return "--fix rewrites files: standard input cannot be fixed (name the files)";
  if (!o.diff_base.empty() && o.input == "jsonl")
    return "--diff reads changed lines of files: not for a JSONL dump's documents";
  if (!o.diff_base.empty() && reads_stdin)
    return "--diff reads changed lines of files: standard input has none (name the files)";
  if (!o.write_baseline.empty() && o.dry_run) return "--write-baseline does not go with --dry-run";
  return {};
}

// Each file once: two workers must never rewrite the same file.
std::vector<std::string> without_repeats(const std::vector<std::string>& paths) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const std::string& path : paths) {
    std::error_code ec;
    const std::string key = std::filesystem::weakly_canonical(path, ec).string();
    if (seen.insert(ec ? path : key).second) out.push_back(path);
  }
  return out;
}

// What a worker hands the writer for one document.
struct CheckedDocument {
  check::DocumentReport report;  // the findings to report
  std::size_t known = 0;         // findings the baseline knew, not reported
  std::size_t fixed = 0;         // findings fixed (with --dry-run: that would be)
  std::string diff;              // --dry-run's unified diff
};

}  // namespace

int run_check(const CheckOptions& o) {
  if (const std::string conflict = conflicting_options(o); !conflict.empty()) {
    std::fprintf(stderr, "gazette: %s\n", conflict.c_str());
    return kError;
  }
  std::vector<std::string> path_errors;
  std::vector<std::string> paths = expand_paths(o.paths, o.recursive, o.input == "jsonl", path_errors);
  if (o.paths.empty()) paths.push_back("-");
  for (const std::string& e : path_errors) std::fprintf(stderr, "gazette: %s\n", e.c_str());
  if (o.fix) paths = without_repeats(paths);

  std::string error;
  std::optional<DiffScope> diff;
  if (!o.diff_base.empty()) {
    diff = load_diff_scope(o.diff_base, error);
    if (!diff) {
      std::fprintf(stderr, "gazette: %s\n", error.c_str());
      return kError;
    }
    // Untouched files are never read; a missing one stays, for the reader to report.
    paths.erase(std::remove_if(paths.begin(), paths.end(),
                               [&](const std::string& p) {
                                 std::error_code ec;
                                 return std::filesystem::exists(p, ec) && !diff->changed.touches(diff->in_repository(p));
                               }),
                paths.end());
  }
  std::optional<check::Baseline> baseline;
  std::optional<check::BaselinePaths> baseline_paths;
  if (!o.write_baseline.empty()) {
    baseline_paths.emplace(o.write_baseline);
  } else if (!o.baseline.empty()) {
    baseline = check::Baseline::load(o.baseline, error);
    if (!baseline) {
      std::fprintf(stderr, "gazette: %s\n", error.c_str());
      return kError;
    }
    baseline_paths.emplace(o.baseline);
  }

  // Deliberately never freed, as in extract: the process ends right after. Held by static
  // pointers, so that LeakSanitizer sees them as still reachable rather than leaked.
  const auto gazetteer = load_or_report(o.gazetteers);
  if (!gazetteer) return kError;
  static const pipeline::Extractor* kept_extractor = nullptr;
  static const check::CheckResources* kept_resources = nullptr;
  kept_extractor = pipeline::Extractor::create(gazetteer, {}, error).release();
  const pipeline::Extractor* extractor = kept_extractor;
  if (!extractor) {
    std::fprintf(stderr, "gazette: %s\n", error.c_str());
    return kError;
  }
  // With -j 1 the start stays on one thread too.
  const bool parallel_start = (o.threads ? o.threads : std::thread::hardware_concurrency()) > 1;
  kept_resources = check::load_resources(o.gazetteers, *gazetteer, error, parallel_start).release();
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

  FindingFilter filter;
  check::parse_severity(o.min_level, filter.min_level);
  filter.diff = diff ? &*diff : nullptr;
  filter.baseline = baseline ? &*baseline : nullptr;
  filter.baseline_paths = baseline_paths ? &*baseline_paths : nullptr;
  filter.documents_are_files = o.input == "text";
  check::Severity fail_level = check::Severity::error;
  check::parse_severity(o.fail_level, fail_level);
  check::Syntax forced = check::Syntax::text;
  const bool auto_syntax = o.syntax == "auto";
  if (!auto_syntax) check::parse_syntax(o.syntax, forced);

  unsigned threads = o.threads ? o.threads : std::max(1u, std::thread::hardware_concurrency());
  if (o.input == "text" && paths.size() == 1) threads = 1;
  std::vector<pipeline::Extractor::ScratchPtr> scratch;
  for (unsigned t = 0; t < std::max(1u, threads); ++t) scratch.push_back(extractor->make_scratch());

  output::OutputStream out(stdout);
  output::ColorMode color = output::ColorMode::automatic;
  output::parse_color_mode(o.color, color);  // checked by the option
  const std::unique_ptr<check::FindingPrinter> printer =
      check::make_printer(o.format, out, {output::use_color(color, STDOUT_FILENO)});
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
    const auto check_bytes = [&](std::string_view bytes) {
      return check::check_document(doc.name, bytes, syntax, applied->rules, *extractor, *scratch[worker],
                                   document_options);
    };
    CheckedDocument checked;
    checked.report = check_bytes(doc.bytes);
    checked.known = filter.apply(checked.report);
    if (o.fix) {
      FixResult fix = fix_document(checked.report, doc.bytes, o.dry_run);
      for (std::string& note : fix.notes) job.message(std::move(note), Severity::note);
      if (!fix.error.empty()) job.message(fix.error, Severity::error);
      checked.fixed = fix.applied;
      checked.diff = std::move(fix.diff);
      // What is reported is what is left: the fixed text checked again (a fix can settle
      // another rule's finding, as a consistency one).
      if (fix.applied) {
        checked.report = check_bytes(fix.fixed);
        checked.known = filter.apply(checked.report);
      }
    }
    job.result(std::move(checked));
    item.document.reset();
  };

  // Gets each document's findings on the calling thread, in input order.
  class FindingWriter : public DocumentWriter {
   public:
    FindingWriter(const CheckOptions& options, check::FindingPrinter& printer, output::OutputStream& out,
                  check::Severity fail_level, const check::BaselinePaths* baseline_paths)
        : options_(options), printer_(printer), out_(out), fail_level_(fail_level), baseline_paths_(baseline_paths) {}
    void begin_document(const std::string&, const std::string&) override {}
    void mentions(const std::string&, const std::vector<resolve::Mention>&) override {}
    void end_document(const std::string&) override {}
    void result(const std::string&, std::any& value) override {
      auto& checked = std::any_cast<CheckedDocument&>(value);
      ++summary.documents;
      known += checked.known;
      fixed += checked.fixed;
      files_fixed += checked.fixed != 0;
      for (const check::Finding& x : checked.report.findings) {
        ++summary.by_severity[static_cast<int>(x.severity)];
        failed = failed || x.severity >= fail_level_;
      }
      if (!options_.write_baseline.empty()) {
        const std::string path = baseline_paths_->key(checked.report.path, options_.input == "text");
        for (const check::Finding& x : checked.report.findings)
          baseline.push_back({path, x.rule, x.text, x.message, x.fingerprint});
      } else if (options_.dry_run) {
        out_.buffer() += checked.diff;
        out_.maybe_flush();
      } else {
        printer_.document(checked.report);
      }
    }

    check::RunSummary summary;
    bool failed = false;
    std::size_t known = 0, fixed = 0, files_fixed = 0;
    std::vector<check::BaselineEntry> baseline;

   private:
    const CheckOptions& options_;
    check::FindingPrinter& printer_;
    output::OutputStream& out_;
    check::Severity fail_level_;
    const check::BaselinePaths* baseline_paths_;
  };
  FindingWriter writer(o, *printer, out, fail_level, filter.baseline_paths);

  // A baseline or a diff takes standard output alone; findings are printed otherwise.
  const bool prints_findings = o.write_baseline.empty() && !o.dry_run;
  if (prints_findings) printer->begin_run();
  const BatchTotals totals = run_batches(next, work, writer, threads);
  if (prints_findings) printer->end_run(writer.summary);
  if (!out.flush()) {
    // A reader that has gone (`gazette big.txt | head -1`) wants no more output and no message:
    // SIGPIPE normally ends the run silently before this; where it is ignored, the same quiet end.
    if (out.error_number() != EPIPE) report_write_error(out.error_number());
    return kError;
  }
  const bool errors = totals.errors || !path_errors.empty();
  if (o.fix)
    std::fprintf(stderr, "gazette: %s %zu finding%s in %zu file%s\n", o.dry_run ? "would fix" : "fixed", writer.fixed,
                 writer.fixed == 1 ? "" : "s", writer.files_fixed, writer.files_fixed == 1 ? "" : "s");
  if (writer.known)
    std::fprintf(stderr, "gazette: %zu finding%s known to %s not reported\n", writer.known,
                 writer.known == 1 ? "" : "s", o.baseline.c_str());
  if (!o.write_baseline.empty()) {
    // An input that could not be checked would leave its findings out: no baseline then.
    if (errors) {
      std::fprintf(stderr, "gazette: %s not written: some inputs could not be checked\n", o.write_baseline.c_str());
      return kError;
    }
    const std::size_t count = writer.baseline.size();
    std::ofstream file(o.write_baseline, std::ios::binary | std::ios::trunc);
    file << check::baseline_json(std::move(writer.baseline));
    file.close();
    if (!file) {
      std::fprintf(stderr, "gazette: %s: cannot write the baseline\n", o.write_baseline.c_str());
      return kError;
    }
    std::fprintf(stderr, "gazette: wrote %zu finding%s to %s\n", count, count == 1 ? "" : "s",
                 o.write_baseline.c_str());
    return kClean;
  }
  if (errors) return kError;
  return writer.failed && !o.exit_zero ? kFindings : kClean;
}

}  // namespace gazette::cli
