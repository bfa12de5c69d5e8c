#include "cli/eval_command.h"

#include <cstdio>
#include <filesystem>

#include "cli/common_options.h"
#include "cli/exit_status.h"
#include "cli/parse_errors.h"
#include "eval/gold.h"
#include "eval/report.h"
#include "eval/scorer.h"
#include "output/sink.h"

namespace gazette::cli {

CLI::App* add_eval_command(CLI::App& app, EvalOptions& options) {
  CLI::App* command = app.add_subcommand("eval", "Score the extractor against gold files (spaCy/Prodigy JSONL)");
  command->footer(R"(Examples:
  gazette eval --gold dev/*.jsonl                  precision, recall, F1 per type
  gazette eval --gold dev.jsonl --format json      the same figures as JSON
  gazette eval --gold dev.jsonl --errors           each miss and false positive, with context

Strict: same span and type. Lenient: overlapping span, same type. Optional gold spans count
neither as misses nor as false positives. Exit status: 0 on success, 2 on an error.)");
  command->add_option("--gold", options.gold, "Gold files: one {\"id\",\"text\",\"spans\"} object per line")
      ->required()
      ->type_name("FILE...")
      ->expected(1, -1);
  command->add_option("-f,--format", options.format, "Output: table or json")
      ->check(one_of({"table", "json"}))
      ->capture_default_str();
  command->add_flag("--errors", options.errors, "List every miss, false positive and wrong money value");
  command
      ->add_option("--records-dir", options.records_dir,
                   "Also write each document's records to DIR/ID.jsonl ('/' in ids becomes '_')")
      ->type_name("DIR");
  command->add_flag("--by-source", options.by_source,
                    "Also give each record source's precision (gazetteer, pattern, context:RULE, grammar); "
                    "with --format json, a second JSON line");
  add_gazetteer_options(*command, options.gazetteers);
  add_word_lists_option(*command, options.extractor);
  add_model_options(*command, options.extractor);
  return command;
}

int run_eval(const EvalOptions& options) {
  std::vector<eval::GoldDocument> documents;
  for (const std::string& path : options.gold) {
    std::string error;
    if (!eval::read_gold_file(path, documents, error)) {
      std::fprintf(stderr, "gazette: %s\n", error.c_str());
      return kError;
    }
  }
  const auto extractor = build_or_report(options.gazetteers, options.extractor);
  if (!extractor) return kError;
  if (!options.records_dir.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(options.records_dir, ec);
    if (ec) {
      std::fprintf(stderr, "gazette: %s: %s\n", options.records_dir.c_str(), ec.message().c_str());
      return kError;
    }
  }

  eval::Scorer scorer;
  for (const eval::GoldDocument& doc : documents) {
    const std::vector<resolve::Mention> mentions = extractor->extract(doc.text);
    scorer.add(doc, mentions);
    if (options.records_dir.empty()) continue;
    std::string name = doc.id;
    for (char& c : name)
      if (c == '/') c = '_';
    const std::string path = (std::filesystem::path(options.records_dir) / (name + ".jsonl")).string();
    std::string records;
    for (const resolve::Mention& m : mentions) output::append_jsonl_record(doc.id, m, records);
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (!file || std::fwrite(records.data(), 1, records.size(), file) != records.size() || std::fclose(file) != 0) {
      std::fprintf(stderr, "gazette: %s: cannot write records\n", path.c_str());
      return kError;
    }
  }

  std::string out;
  if (options.errors) out += eval::format_findings(scorer);
  out += options.format == "json" ? eval::format_json(scorer) : eval::format_table(scorer);
  if (options.by_source)
    out += options.format == "json" ? eval::format_sources_json(scorer) : "\n" + eval::format_sources_table(scorer);
  std::fwrite(out.data(), 1, out.size(), stdout);
  return kFound;
}

}  // namespace gazette::cli
