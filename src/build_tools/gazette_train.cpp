// gazette-train: trains the name model from annotated articles and writes the model file
// (data/model.bin through scripts/train-model.sh). With --folds it first prints
// cross-validated figures: the rules alone, the model alone, and the rules with the model.
#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <iterator>

#include "input/reader.h"
#include "model/decoding.h"
#include "model/document_view.h"
#include "model/model_file.h"
#include "model/shipped_words.h"
#include "model/train/annotated_corpus.h"
#include "model/train/examples.h"
#include "model/train/explain.h"
#include "model/train/prepared_document.h"
#include "model/train/silver.h"
#include "model/train/span_scores.h"
#include "model/train/trainer.h"
#include "model/train/training_set.h"

using namespace gazette;
using namespace gazette::model;
using namespace gazette::model::train;

namespace {

struct Options {
  std::vector<std::string> train, silver, exclude_ids, word_lists;
  std::string org_types, out, explain, model;
  float explain_min = 0.2f;
  unsigned folds = 0, dictionary_bits = 22;
  std::vector<float> thresholds{0.5f, 0.6f, 0.7f, 0.8f, 0.9f};
  TrainOptions train_options;
  SilverOptions silver_options;
};

// The model's spans for one document: `blocked` says whether the rules' finds keep their tokens.
std::vector<KnownSpan> model_spans(const PreparedDocument& doc, const DocumentUnits& du, const ModelData& model,
                                   const match::FirstNames* first_names, const match::MatchWords& words, bool blocked,
                                   float min_score) {
  const std::vector<KnownSpan> none;
  const DocumentView view(doc.folded, doc.tokens, blocked ? doc.known : none, model.dictionary, first_names, words);
  std::vector<Decision> decisions;
  for (const Unit& unit : du.units) decisions.push_back(decide(model.weights.probabilities(unit.features)));
  std::vector<ModelSpan> spans;
  decode(view, du.candidates, du.units, decisions, spans);
  std::vector<KnownSpan> out;
  for (const ModelSpan& s : spans)
    if (s.score >= min_score) out.push_back({s.begin, s.end, s.type});
  return out;
}

bool write_file(const std::string& path, const std::string& bytes) {
  std::FILE* f = std::fopen(path.c_str(), "wb");
  if (!f) return false;
  const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
  return std::fclose(f) == 0 && ok;
}

}  // namespace

int main(int argc, char** argv) {
  Options o;
  CLI::App app{"Train gazette's company and lab name model"};
  app.add_option("--train", o.train, "Annotated JSONL (WiNER layout or gold layout); repeatable");
  app.add_option("--silver", o.silver, "Unannotated {id, text} JSONL labelled by the rules; repeatable");
  app.add_option("--silver-weight", o.silver_options.weight, "Loss weight of silver examples")->capture_default_str();
  app.add_option("--known-weight", o.silver_options.known_weight,
                 "Loss weight of a unit that overlaps a rule's find (the rules decide those)")
      ->capture_default_str();
  app.add_option("--org-types", o.org_types, "TSV typing each Organization surface (winer-org-types.tsv)");
  app.add_option("--exclude-ids", o.exclude_ids, "Files of document ids never to train on (ids.txt or JSONL)");
  app.add_option("--word-list", o.word_lists, "Word lists for the dictionary feature (one word a line)");
  app.add_option("--out", o.out, "Where to write the model file");
  app.add_option("--folds", o.folds, "Cross-validate with this many folds first (0: no)");
  app.add_option("--iterations", o.train_options.max_iterations, "Most L-BFGS iterations")->capture_default_str();
  app.add_option("--l2", o.train_options.l2, "Weight of |w|^2/2 beside the summed loss")->capture_default_str();
  app.add_option("--bits", o.train_options.bits, "log2 of the number of weight buckets")->capture_default_str();
  app.add_option("--dictionary-bits", o.dictionary_bits, "log2 of the dictionary filter's bits")->capture_default_str();
  app.add_option("--positive-weight", o.train_options.positive_weight, "Loss weight of names")->capture_default_str();
  app.add_option("--explain", o.explain, "Show how --model decides on the documents of this {id, text} JSONL");
  app.add_option("--model", o.model, "A model file, for --explain");
  app.add_option("--explain-min", o.explain_min, "Lowest score --explain shows")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  if (!o.explain.empty()) {
    std::ifstream file(o.model, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    ModelData data;
    std::string error, text;
    if (!read_model(bytes, data, error) ||
        !explain(o.explain, data, shipped_words().first_names.get(), o.explain_min, text, error)) {
      std::fprintf(stderr, "gazette-train: %s\n", error.empty() ? "cannot read the model" : error.c_str());
      return 2;
    }
    std::fputs(text.c_str(), stdout);
    return 0;
  }

  std::string error;
  std::map<std::string, std::string> org_types;
  if (!o.org_types.empty() && !read_org_types(o.org_types, org_types, error)) {
    std::fprintf(stderr, "gazette-train: %s\n", error.c_str());
    return 2;
  }
  std::set<std::string> excluded;
  for (const std::string& path : o.exclude_ids)
    if (!read_ids(path, excluded, error)) {
      std::fprintf(stderr, "gazette-train: %s\n", error.c_str());
      return 2;
    }
  std::vector<AnnotatedDocument> annotated, unannotated;
  for (const std::string& path : o.train)
    if (!read_annotated(path, org_types, excluded, annotated, error)) {
      std::fprintf(stderr, "gazette-train: %s\n", error.c_str());
      return 2;
    }
  for (const std::string& path : o.silver)
    if (!read_plain(path, excluded, unannotated, error)) {
      std::fprintf(stderr, "gazette-train: %s\n", error.c_str());
      return 2;
    }

  ModelData model;
  model.dictionary = Dictionary(o.dictionary_bits);
  for (const std::string& path : o.word_lists) {
    const input::ReadResult list = input::read_document(path, input::ReadOptions{true});
    if (list.status != input::ReadStatus::ok) {
      std::fprintf(stderr, "gazette-train: %s: cannot read the word list\n", path.c_str());
      return 2;
    }
    model.dictionary.add_word_list(list.document.bytes);
  }

  const auto first_names = shipped_words().first_names;
  const RuleRunner rules(first_names);
  const match::MatchWords& words = rules.words();
  std::vector<PreparedDocument> docs;
  std::vector<DocumentUnits> units;
  std::size_t positives[kLabels] = {}, total = 0;
  for (const AnnotatedDocument& a : annotated) {
    docs.push_back(prepare(a, rules));
    units.push_back(label_units(docs.back(), model.dictionary, first_names.get(), words));
    for (std::size_t u = 0; u < units.back().labels.size(); ++u)
      if (!units.back().ignored[u]) ++positives[static_cast<int>(units.back().labels[u])], ++total;
  }
  std::printf("%zu documents (%zu excluded ids), %zu units: %zu company, %zu lab\n", docs.size(), excluded.size(),
              total, positives[1], positives[2]);
  std::vector<DocumentUnits> silver;
  std::size_t silver_positives[kLabels] = {};
  for (const AnnotatedDocument& a : unannotated) {
    PreparedDocument p = prepare(a, rules);
    rules_as_gold(p);
    silver.push_back(label_units(p, model.dictionary, first_names.get(), words));
    for (Label l : silver.back().labels) ++silver_positives[static_cast<int>(l)];
  }
  if (!silver.empty())
    std::printf("silver: %zu documents, rule finds as positives: %zu company, %zu lab units\n", silver.size(),
                silver_positives[1], silver_positives[2]);
  if (o.folds > 1) {
    SpanScores rules_alone, model_alone;
    std::vector<SpanScores> combined(o.thresholds.size());
    for (unsigned fold = 0; fold < o.folds; ++fold) {
      std::vector<std::size_t> train_docs, test_docs;
      for (std::size_t d = 0; d < docs.size(); ++d) (d % o.folds == fold ? test_docs : train_docs).push_back(d);
      ModelData fold_model{model.dictionary,
                           train_on(units, train_docs, silver, o.train_options, o.silver_options)};
      for (std::size_t d : test_docs) {
        rules_alone.add(docs[d].gold, docs[d].rules);
        model_alone.add(docs[d].gold,
                        model_spans(docs[d], units[d], fold_model, first_names.get(), words, false, 0.5f));
        for (std::size_t t = 0; t < o.thresholds.size(); ++t) {
          std::vector<KnownSpan> both = docs[d].rules;
          for (const KnownSpan& s :
               model_spans(docs[d], units[d], fold_model, first_names.get(), words, true, o.thresholds[t]))
            both.push_back(s);
          combined[t].add(docs[d].gold, both);
        }
      }
    }
    std::printf("cross-validated, %u folds by document, strict P / R / F1:\n", o.folds);
    std::fputs(rules_alone.line("rules alone").c_str(), stdout);
    std::fputs(model_alone.line("model alone (score >= 0.5)").c_str(), stdout);
    for (std::size_t t = 0; t < o.thresholds.size(); ++t)
      std::fputs(combined[t].line(fmt::format("rules + model (>= {:.2f})", o.thresholds[t])).c_str(), stdout);
  }

  if (!o.out.empty()) {
    std::vector<std::size_t> all(docs.size());
    for (std::size_t d = 0; d < docs.size(); ++d) all[d] = d;
    model.weights = train_on(units, all, silver, o.train_options, o.silver_options);
    if (!write_file(o.out, write_model(model))) {
      std::fprintf(stderr, "gazette-train: %s: cannot write the model\n", o.out.c_str());
      return 2;
    }
    std::printf("wrote %s\n", o.out.c_str());
  }
  return 0;
}
