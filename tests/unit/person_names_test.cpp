#include "match/person_names.h"

#include <catch2/catch.hpp>

#include "match_test_support.h"

using namespace gazette;

namespace {
// Whether the word at `position` (a token index) follows a first name.
bool after_first_name(const std::string& original, std::size_t position) {
  static const match::FirstNames names("# test list\nMartine\nJean-Pierre\nHubert\n",
                                       test::lexicon().words("name-particles"));
  const tokens::Text text = tokens::analyse(original);
  return names.precede(text.folded, text.tokens, position);
}
}  // namespace

TEST_CASE("a name after a first name is a surname", "[match][people]") {
  CHECK(after_first_name("la journaliste Martine Orange", 3));
  CHECK(after_first_name("Jean-Pierre Renault a dit", 2));
  CHECK(after_first_name("Hubert de Givenchy", 2));
  CHECK(after_first_name("Hubert d'Ormesson", 2));
  CHECK_FALSE(after_first_name("martine Orange", 1));   // not capitalised: not a first name here
  CHECK_FALSE(after_first_name("Martine, Orange", 2));  // punctuation between them
  CHECK_FALSE(after_first_name("le groupe Orange", 2));
  CHECK_FALSE(after_first_name("Orange", 0));
}
