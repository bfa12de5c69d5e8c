#include "money/qualifier.h"

#include "money/text_scan.h"

namespace gazette::money {
namespace {

struct QualifierPhrase {
  std::string_view phrase;  // normalised: no accents, ASCII apostrophe and hyphen
  std::string_view qualifier;
};

// Tried in order, so a phrase comes before any phrase it ends with ("pas plus de" before
// "plus de"). Phrases ending in an apostrophe are glued to the number: "plus d'un milliard".
constexpr QualifierPhrase kPhrases[] = {
    // "en plus de 232 261 dollars" is "in addition to", not a bound: an empty qualifier stops
    // the search before "plus de".
    {"en plus de", ""},
    {"en plus d'", ""},
    {"pas plus de", "up_to"},
    {"pas plus d'", "up_to"},
    {"jusqu'a hauteur de", "up_to"},
    {"jusqu'a hauteur d'", "up_to"},
    {"jusqu'a", "up_to"},
    {"au maximum", "up_to"},
    {"au plus", "up_to"},
    {"dans la limite de", "up_to"},
    {"plafonne a", "up_to"},
    {"plafonnee a", "up_to"},

    {"pas moins de", "over"},
    {"pas moins d'", "over"},
    {"plus de", "over"},
    {"plus d'", "over"},
    {"au moins", "over"},
    {"au-dela de", "over"},
    {"au-dela d'", "over"},
    {"au dela de", "over"},
    {"au dela d'", "over"},
    {"superieur a", "over"},
    {"superieure a", "over"},
    {"superieurs a", "over"},
    {"superieures a", "over"},
    {"depasser les", "over"},
    {"depasser le", "over"},
    {"depasser", "over"},
    {"depassant les", "over"},
    {"depassant le", "over"},
    {"depassant", "over"},
    {"depasse les", "over"},
    {"depasse le", "over"},
    {"depasse", "over"},
    {"excedant", "over"},
    {"excede", "over"},
    {"minimum de", "over"},
    {"minimum d'", "over"},

    {"moins de", "under"},
    {"moins d'", "under"},
    {"inferieur a", "under"},
    {"inferieure a", "under"},
    {"inferieurs a", "under"},
    {"inferieures a", "under"},
    {"en dessous de", "under"},
    {"en deca de", "under"},
    {"sous la barre des", "under"},
    {"sous la barre de", "under"},
    {"sous la barre du", "under"},

    {"pres de", "about"},
    {"pres d'", "about"},
    {"a peu pres", "about"},
    {"environ", "about"},
    {"quelque", "about"},
    {"autour de", "about"},
    {"autour d'", "about"},
    {"approximativement", "about"},
    {"proche de", "about"},
    {"proche d'", "about"},
    {"de l'ordre de", "about"},
    {"de l'ordre d'", "about"},
    {"aux alentours de", "about"},
    {"aux alentours d'", "about"},
    {"approchant les", "about"},
    {"approchant le", "about"},
    {"approchant", "about"},
    {"avoisinant les", "about"},
    {"avoisinant le", "about"},
    {"avoisinant", "about"},
    // The verbs themselves: "la facture approche les 100 000 euros", "avoisine le million".
    {"approche les", "about"},
    {"approche le", "about"},
    {"avoisine les", "about"},
    {"avoisine le", "about"},
    {"frole les", "about"},
    {"frole le", "about"},
    {"frolant les", "about"},
    {"frolant le", "about"},
    {"presque", "about"},
    {"quasiment", "about"},
    {"grosso modo", "about"},
    {"env.", "about"},
};

}  // namespace

std::string_view qualifier_before(std::string_view text, std::size_t start) {
  // "plus d'un milliard" has no space between the phrase and the number; "plus de 3" has one.
  const std::size_t glued = start;
  const std::size_t spaced = skip_spaces_backwards(text, start);
  for (const QualifierPhrase& q : kPhrases) {
    const bool elided = q.phrase.back() == '\'';
    if (phrase_ends_at(text, elided ? glued : spaced, q.phrase)) return q.qualifier;
  }
  return {};
}

}  // namespace gazette::money
