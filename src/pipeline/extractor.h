// The pipeline for one document: normalise, match names and amounts, resolve overlaps, and
// locate each winner in the original input. Built once, then shared by every thread.
#pragma once
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "match/gazetteer.h"
#include "resolve/mention.h"

namespace gazette::match {
class NameMatcher;
class ContextMatcher;
class FirstNames;
}  // namespace gazette::match
namespace gazette::money {
class Recogniser;
}

namespace gazette::pipeline {

struct GazetteerSettings {
  bool builtin = true;                  // the gazetteers shipped in the binary
  std::vector<std::string> user_files;  // TSV files; they take precedence over builtin names
};

// Loads the gazetteers; on a bad file returns nullptr and fills `error` with "file:line: reason".
std::shared_ptr<const match::Gazetteer> load_gazetteer(const GazetteerSettings& settings, std::string& error);

struct TypeFilter {
  bool company = true, lab = true, money = true;
  bool wants(resolve::MentionType type) const;
};

class Extractor {
 public:
  Extractor(std::shared_ptr<const match::Gazetteer> gazetteer, TypeFilter types);
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

 private:
  // Runs the stages on one segment whose first byte is at `base` in the document.
  void extract_segment(std::string_view segment, std::size_t base, Scratch& scratch,
                       std::vector<resolve::Mention>& mentions) const;

  std::shared_ptr<const match::Gazetteer> gazetteer_;
  TypeFilter types_;
  std::shared_ptr<const match::FirstNames> first_names_;
  std::unique_ptr<match::NameMatcher> names_;
  std::unique_ptr<match::ContextMatcher> context_;
  std::unique_ptr<money::Recogniser> money_;
};

}  // namespace gazette::pipeline
