// The trainer on a tiny annotated set (tests/fixtures/model): reading, labelling, training,
// the model file, and the same bytes from the same input.
#include <catch2/catch.hpp>

#include "model/decoding.h"
#include "model/model_file.h"
#include "model/shipped_words.h"
#include "model/train/annotated_corpus.h"
#include "model/train/examples.h"
#include "model/train/prepared_document.h"
#include "model/train/training_set.h"

using namespace gazette;
using namespace gazette::model;
using namespace gazette::model::train;

namespace {

const std::string kDir = std::string(GAZETTE_TEST_DIR) + "/fixtures/model/";

struct Tiny {
  std::vector<PreparedDocument> docs;
  std::vector<DocumentUnits> units;
  Dictionary dictionary{16};
  std::shared_ptr<const match::FirstNames> first_names = model::shipped_words().first_names;
};

Tiny load_tiny(const std::set<std::string>& excluded = {"tiny/6"}) {
  Tiny t;
  std::string error;
  std::map<std::string, std::string> types;
  REQUIRE(read_org_types(kDir + "tiny-org-types.tsv", types, error));
  std::vector<AnnotatedDocument> annotated;
  REQUIRE(read_annotated(kDir + "tiny-train.jsonl", types, excluded, annotated, error));
  t.dictionary.add_word_list("usine\nville\nsonde\nloi\nmaire\nfestival\nbanque\nlogiciel\n");
  const RuleRunner rules(t.first_names);
  for (const AnnotatedDocument& a : annotated) {
    t.docs.push_back(prepare(a, rules));
    t.units.push_back(label_units(t.docs.back(), t.dictionary, t.first_names.get(), *model::shipped_words().words));
  }
  return t;
}

std::string train_tiny(const Tiny& t) {
  std::vector<std::size_t> all(t.docs.size());
  for (std::size_t d = 0; d < all.size(); ++d) all[d] = d;
  TrainOptions options;
  options.bits = 14;
  ModelData model{t.dictionary, train_on(t.units, all, {}, options, SilverOptions{})};
  return write_model(model);
}

Label label_of(const Tiny& t, std::size_t doc, std::string_view surface) {
  const DocumentUnits& du = t.units[doc];
  for (std::size_t u = 0; u < du.units.size(); ++u) {
    const SpanCandidate& s = du.candidates[du.units[u].mentions.front()];
    const auto& tokens = t.docs[doc].tokens;
    const std::string_view text = t.docs[doc].folded.text;
    if (text.substr(tokens[s.first].begin, tokens[s.last - 1].end - tokens[s.first].begin) == surface)
      return du.labels[u];
  }
  FAIL("no unit " << surface);
  return Label::none;
}

}  // namespace

TEST_CASE("the trainer reads annotated articles, leaves out excluded ids and labels units", "[model]") {
  const Tiny t = load_tiny();
  REQUIRE(t.docs.size() == 5);
  CHECK(t.docs[0].id == "tiny/1");
  CHECK(label_of(t, 0, "velitra") == Label::company);
  CHECK(label_of(t, 0, "lyon") == Label::none);
  CHECK(label_of(t, 0, "marc dubois") == Label::none);
  CHECK(label_of(t, 1, "korvane") == Label::company);
  // Two mentions of one surface make one unit.
  for (const Unit& u : t.units[0].units)
    if (u.mentions.size() > 1)
      CHECK(t.docs[0].folded.text.substr(t.docs[0].tokens[t.units[0].candidates[u.mentions[0]].first].begin, 7) ==
            "velitra");
}

TEST_CASE("a model trained on the tiny set fits it, and its file reads back", "[model]") {
  const Tiny t = load_tiny();
  const std::string bytes = train_tiny(t);
  ModelData model;
  std::string error;
  REQUIRE(read_model(bytes, model, error));
  CHECK(write_model(model) == bytes);
  std::size_t companies = 0, right = 0;
  for (const DocumentUnits& du : t.units) {
    for (std::size_t u = 0; u < du.units.size(); ++u) {
      const Decision d = decide(model.weights.probabilities(du.units[u].features));
      const bool company = d.type == Label::company && d.score >= 0.5f;
      companies += du.labels[u] == Label::company;
      right += company == (du.labels[u] == Label::company);
    }
  }
  CHECK(companies == 4);
  CHECK(right == [&] {
    std::size_t n = 0;
    for (const DocumentUnits& du : t.units) n += du.units.size();
    return n;
  }());
}

TEST_CASE("training twice on the same input gives the same bytes", "[model]") {
  const std::string first = train_tiny(load_tiny());
  const std::string second = train_tiny(load_tiny());
  CHECK(first == second);
  CHECK(first != train_tiny(load_tiny({"tiny/5", "tiny/6"})));
}
