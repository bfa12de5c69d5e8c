#include "model/train/prepared_document.h"

#include <algorithm>
#include <stdexcept>

#include "input/utf8.h"
#include "model/shipped_words.h"
#include "pipeline/extractor.h"
#include "resolve/resolver.h"

namespace gazette::model::train {
namespace {

Label label_of(produce::EntityType type) { return type == produce::EntityType::lab ? Label::lab : Label::company; }

}  // namespace

RuleRunner::RuleRunner(std::shared_ptr<const match::FirstNames> first_names) : words_(shipped_words().words) {
  std::string error;
  gazetteer_ = pipeline::load_gazetteer({}, error);
  if (!gazetteer_) throw std::runtime_error(error);
  names_ = std::make_unique<match::GazetteerNames>(gazetteer_, words_, first_names, registry_);
  patterns_ = std::make_unique<match::GazetteerPatterns>(gazetteer_, registry_);
  context_ = std::make_unique<match::ContextRules>(words_, first_names, registry_);
}

void RuleRunner::run(const normalise::Normalised& folded, std::vector<Token>& tokens, std::vector<KnownSpan>& known,
                     std::vector<KnownSpan>& resolved) const {
  tokens::Text text;
  text.folded = folded;
  tokens::tokenise(text.folded.text, text.tokens);
  produce::CandidateSet candidates;
  names_->produce(text, candidates);
  patterns_->produce(text, candidates);
  context_->produce(text, candidates);
  tokens = text.tokens;
  known.clear();
  for (const produce::Candidate& c : candidates.all()) known.push_back({c.begin, c.end, label_of(c.type)});
  resolved.clear();
  for (const std::uint32_t i : resolve::resolve_overlaps(candidates, registry_)) {
    const produce::Candidate& c = candidates.all()[i];
    resolved.push_back({c.begin, c.end, label_of(c.type)});
  }
}

PreparedDocument prepare(const AnnotatedDocument& doc, const RuleRunner& rules) {
  PreparedDocument p;
  p.id = doc.id;
  normalise::normalise(doc.text, p.folded);
  rules.run(p.folded, p.tokens, p.known, p.rules);
  // Code point -> original byte -> folded offset (the first folded byte at or after it).
  std::vector<std::size_t> byte_of;
  for (std::size_t b = 0; b < doc.text.size();) {
    byte_of.push_back(b);
    if (static_cast<unsigned char>(doc.text[b]) < 0x80)
      ++b;
    else
      utf8::decode(doc.text, b);
  }
  byte_of.push_back(doc.text.size());
  const auto folded_at = [&](std::size_t cp) {
    const std::size_t byte = byte_of[std::min(cp, byte_of.size() - 1)];
    return static_cast<std::uint32_t>(std::lower_bound(p.folded.origin.begin(), p.folded.origin.end(), byte) -
                                      p.folded.origin.begin());
  };
  for (const GoldName& g : doc.names) {
    FoldedName f{folded_at(g.start), folded_at(g.end), g.type, g.optional};
    // A gold span ending in space or punctuation the tokens leave out ends at its last token.
    while (f.end > f.begin && p.folded.text[f.end - 1] == ' ') --f.end;
    p.gold.push_back(f);
  }
  return p;
}

}  // namespace gazette::model::train
