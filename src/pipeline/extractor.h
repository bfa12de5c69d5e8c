// The pipeline for one document:
//
//   original bytes -> analyse (fold, tokenise) -> producers -> resolve -> locate -> mentions
//
// Producers run in a fixed order, each reading the document and the candidates of those before
// it: gazetteer names, gazetteer patterns, the context rules, the money grammar. Built once,
// then shared by every thread.
#pragma once
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "input/text_window.h"
#include "match/gazetteer.h"
#include "produce/producer.h"
#include "resolve/mention.h"
#include "tokens/text.h"

namespace gazette::pipeline {

struct GazetteerSettings {
  bool builtin = true;                  // the gazetteers shipped in the binary
  std::vector<std::string> user_files;  // TSV files; they take precedence over builtin names
};

// Loads the gazetteers; on a bad file returns nullptr and fills `error` with "file:line: reason".
std::shared_ptr<const match::Gazetteer> load_gazetteer(const GazetteerSettings& settings, std::string& error);

struct ExtractorSettings {
  produce::TypeSet types = produce::TypeSet::all();  // the types reported
  std::string language = "fr";                       // the word lists of data/lang/LANGUAGE/
  std::string word_lists_dir;                        // lists that replace the shipped ones of the same name
  // The learned name recogniser (src/model): whether it runs, and the score its finds need.
  // 0.5 measured best on the validation documents (tests/validation), on the cross-validated
  // training articles, and over the corpus: of the finds scored 0.5-0.6, 55% are names (README).
  bool model = true;
  float min_score = 0.5f;
  // Approximate matches of one-word gazetteer names (match/fuzzy_names.h): off by default.
  bool fuzzy = false;
  // A model file written by gazette-train that replaces the linked-in one; empty: the shipped model.
  std::string model_file;
  // Longer documents are processed in segments of about this size (see pipeline/segments.h), so
  // that memory stays proportional to the segment, not the document, and the folded offsets fit
  // in 32 bits. Tests set it small to put many cuts in a short text.
  std::size_t segment_bytes = 1 << 20;
};

class Extractor {
 public:
  // Returns nullptr and fills `error` when a word list is missing or malformed.
  static std::unique_ptr<const Extractor> create(std::shared_ptr<const match::Gazetteer> gazetteer,
                                                 const ExtractorSettings& settings, std::string& error);
  ~Extractor();

  // Reusable per-thread buffers.
  struct Scratch;
  struct ScratchDeleter {
    void operator()(Scratch* scratch) const;
  };
  using ScratchPtr = std::unique_ptr<Scratch, ScratchDeleter>;
  ScratchPtr make_scratch() const;

  // Mentions of `original` in document order. Thread-safe given one Scratch per thread.
  std::vector<resolve::Mention> extract(std::string_view original, Scratch& scratch) const;
  std::vector<resolve::Mention> extract(std::string_view original) const;
  // The same for a document read a window at a time: `deliver` gets the mentions of each segment
  // in document order, as soon as the segment is done, and may take them.
  void extract(input::TextWindow& window, Scratch& scratch,
               const std::function<void(std::vector<resolve::Mention>&)>& deliver) const;
  // The same for a caller that shows the text (the HTML page): `deliver` is called for every
  // segment, those without a mention too, with the bytes the segment owns and the offset of the
  // first of them; the segments' texts follow one another and make the whole document.
  using TextDelivery =
      std::function<void(std::vector<resolve::Mention>&, std::string_view text, std::size_t offset)>;
  void extract_with_text(input::TextWindow& window, Scratch& scratch, const TextDelivery& deliver) const;

  // The folded and tokenised `original` when the last extract() with this scratch read it as one
  // segment (a document of at most segment_bytes), else nullptr. Valid until the scratch is used
  // again; a caller that needs the analysis too (gazette check) need not fold the text twice.
  static const tokens::Text* analysis_of(const Scratch& scratch, std::string_view original);

  const produce::ProducerRegistry& producers() const { return registry_; }

 private:
  Extractor() = default;
  void run_segments(input::TextWindow& window, Scratch& scratch, const TextDelivery& deliver, bool every_segment) const;
  // Runs the stages on one window whose first byte is at `base` in the document, keeping the
  // mentions that start in [own_begin, own_end).
  void extract_segment(std::string_view window, std::size_t base, std::size_t own_begin, std::size_t own_end,
                       Scratch& scratch, std::vector<resolve::Mention>& mentions) const;

  std::shared_ptr<const match::Gazetteer> gazetteer_;
  produce::TypeSet types_ = produce::TypeSet::all();
  std::size_t segment_bytes_ = 1 << 20;
  produce::ProducerRegistry registry_;
  std::vector<std::unique_ptr<const produce::Producer>> producers_;  // in the order they run
};

// Loads the gazetteers and builds the extractor: nullptr and `error` filled on any failure.
std::unique_ptr<const Extractor> build_extractor(const GazetteerSettings& gazetteers, const ExtractorSettings& settings,
                                                 std::string& error);

}  // namespace gazette::pipeline
