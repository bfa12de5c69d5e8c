#include "model/shipped_words.h"

#include <stdexcept>

#include "lang/lexicon.h"
#include "match/builtin_gazetteers.h"

namespace gazette::model {

const ShippedWords& shipped_words() {
  static const ShippedWords shipped = [] {
    std::string error;
    const auto lexicon = lang::Lexicon::load("fr", "", error);
    if (!lexicon) throw std::runtime_error(error);
    return ShippedWords{
        std::make_shared<const match::MatchWords>(*lexicon),
        std::make_shared<const match::FirstNames>(match::builtin_first_names(), lexicon->words("name-particles"))};
  }();
  return shipped;
}

}  // namespace gazette::model
