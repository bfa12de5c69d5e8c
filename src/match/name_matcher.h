// Finds gazetteer names in folded text: longest match first at each token start, names
// verified against their key and case, legal forms taken into the span.
#pragma once
#include <cstdint>
#include <memory>
#include <vector>

#include "match/gazetteer.h"
#include "match/name_index.h"
#include "match/person_names.h"
#include "match/tokeniser.h"
#include "normalise/normaliser.h"

namespace gazette::match {

enum class MatchSource : std::uint8_t { gazetteer, pattern };

std::string_view to_string(MatchSource source);

struct NameMatch {
  std::size_t begin = 0, end = 0;  // folded offsets
  std::uint32_t entry = 0;         // into Gazetteer::entries()
  MatchSource source = MatchSource::gazetteer;
  // The span is a listed company's name extended by a business word ("Havas France", "APTAR
  // Pharma"): a subsidiary the gazetteer does not list, named by its own surface.
  bool subsidiary = false;
};

// Per-thread buffers, reused from one document to the next.
struct MatchScratch {
  std::vector<Token> tokens;
};

class NameMatcher {
 public:
  // `first_names`, when given, keeps surnames out: "Martine Orange" is not Orange.
  explicit NameMatcher(std::shared_ptr<const Gazetteer> gazetteer,
                       std::shared_ptr<const FirstNames> first_names = nullptr);
  ~NameMatcher();

  // Tokenises `folded` into scratch.tokens and appends the matches to `out`.
  void find(const normalise::Normalised& folded, MatchScratch& scratch, std::vector<NameMatch>& out) const;

  const Gazetteer& gazetteer() const { return *gazetteer_; }

 private:
  bool verify(const normalise::Normalised& folded, const std::vector<Token>& tokens, std::size_t first,
              std::size_t last, const Name& name) const;
  void find_patterns(const normalise::Normalised& folded, std::vector<NameMatch>& out) const;

  std::shared_ptr<const Gazetteer> gazetteer_;
  std::shared_ptr<const FirstNames> first_names_;
  NameIndex index_;
};

}  // namespace gazette::match
