// The learned recogniser of company and lab names, as one producer among the others: it reads
// the folded document, its tokens and what the gazetteer and context rules found, and proposes
// the names they missed, each with a score. Trained by gazette-train (scripts/train-model.sh).
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "match/person_names.h"
#include "match/words.h"
#include "model/model_file.h"
#include "model/model_types.h"
#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"

namespace gazette::model {

class Recogniser {
 public:
  // nullptr with a reason in `error` when `model_bytes` is not a model file. With `borrow`
  // the model is read in place and `model_bytes` must outlive it (the linked-in model does).
  static std::unique_ptr<Recogniser> load(std::string_view model_bytes,
                                          std::shared_ptr<const match::FirstNames> first_names,
                                          std::shared_ptr<const match::MatchWords> words, std::string& error,
                                          bool borrow = false);

  // Appends the spans the model chooses, by position; none of them overlaps `known`.
  // Thread-safe: the model is read only.
  void find(const normalise::Normalised& folded, const std::vector<Token>& tokens, const std::vector<KnownSpan>& known,
            std::vector<ModelSpan>& out) const;

 private:
  Recogniser(ModelData data, std::shared_ptr<const match::FirstNames> first_names,
             std::shared_ptr<const match::MatchWords> words)
      : data_(std::move(data)), first_names_(std::move(first_names)), words_(std::move(words)) {}
  // Removes from out[from, end) the acronyms the document spells out as something else.
  void drop_spelt_out_acronyms(const normalise::Normalised& folded, const std::vector<Token>& tokens,
                               const std::vector<KnownSpan>& known, std::size_t from,
                               std::vector<ModelSpan>& out) const;

  ModelData data_;
  std::shared_ptr<const match::FirstNames> first_names_;
  std::shared_ptr<const match::MatchWords> words_;
};

// The model shipped in data/model.bin, linked into the binary.
std::string_view builtin_model();

}  // namespace gazette::model
