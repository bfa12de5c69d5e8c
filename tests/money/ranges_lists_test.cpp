// Ranges and lists sharing one scale and currency, and scales abbreviated before or glued to an
// ISO code.
#include <catch2/catch.hpp>
#include <string>

#include "money_test_support.h"

using namespace gazette::money::testing;

TEST_CASE("ranges: the first number borrows the scale, thousands and currency of the second", "[money][ranges]") {
  CHECK(amounts_in("Il coûtera entre 10 et 20 millions d'euros.") ==
        Strings{"10 et 20 millions d'euros = 10000000..20000000 EUR"});
  CHECK(amounts_in("Il coûtera de 15 000 à 20 000 euros.") == Strings{"15 000 à 20 000 euros = 15000..20000 EUR"});
  CHECK(amounts_in("Il coûtera de 15 à 20 000 euros.") == Strings{"15 à 20 000 euros = 15000..20000 EUR"});
  CHECK(amounts_in("Il coûtera entre 15 et 20 000 euros.") == Strings{"15 et 20 000 euros = 15000..20000 EUR"});
  // The thousands are borrowed only when the ends are then of one size.
  CHECK(amounts_in("Les prix vont de 1 à 10 000 euros.") == Strings{"1 à 10 000 euros = 1..10000 EUR"});
  CHECK(amounts_in("Les prix vont de 500 à 20 000 euros.") == Strings{"500 à 20 000 euros = 500..20000 EUR"});
  // "ou" with a shared scale is an estimate: a range.
  CHECK(amounts_in("Il faudra 2 ou 3 milliards d'euros.") ==
        Strings{"2 ou 3 milliards d'euros = 2000000000..3000000000 EUR"});
  CHECK(amounts_in("Il faudra deux ou trois milliards de dollars.") ==
        Strings{"deux ou trois milliards de dollars = 2000000000..3000000000 USD"});
  CHECK(amounts_in("Il faudra 2 ou 3 M€.") == Strings{"2 ou 3 M€ = 2000000..3000000 EUR"});
}

TEST_CASE("lists: each number is an amount with the scale and currency of the last", "[money][lists]") {
  CHECK(amounts_in("Deux montres estimées respectivement à 15 000 et 12 000 euros.") ==
        Strings{"15 000 = 15000 EUR", "12 000 euros = 12000 EUR"});
  CHECK(amounts_in("Des offres de 2, 3 ou 4 millions d'euros.") ==
        Strings{"2 = 2000000 EUR", "3 = 3000000 EUR", "4 millions d'euros = 4000000 EUR"});
  CHECK(amounts_in("Des billets de 10 ou 20 euros.") == Strings{"10 = 10 EUR", "20 euros = 20 EUR"});
  CHECK(amounts_in("Il a reçu 15 millions et 20 millions d'euros.") ==
        Strings{"15 millions = 15000000 EUR", "20 millions d'euros = 20000000 EUR"});
  CHECK(amounts_in("Deux primes de 3 et 2 milliards de dollars.") ==
        Strings{"3 = 3000000000 USD", "2 milliards de dollars = 2000000000 USD"});
  // Not lists: numbers of another kind or size, years, a range gone wrong.
  CHECK(amounts_in("Une arme de calibre 7,65 et 104 000 euros en liquide.") ==
        Strings{"104 000 euros = 104000 EUR"});
  CHECK(amounts_in("16 000 euros en août 2002 et 29 000 euros en 2013.") ==
        Strings{"16 000 euros = 16000 EUR", "29 000 euros = 29000 EUR"});
  CHECK(amounts_in("Entre 2016 et 5 millions d'euros.") == Strings{"5 millions d'euros = 5000000 EUR"});
  CHECK(amounts_in("En 2019 et 3 millions d'euros.") == Strings{"3 millions d'euros = 3000000 EUR"});
  CHECK(amounts_in("Entre 20 et 10 millions d'euros.") == Strings{"10 millions d'euros = 10000000 EUR"});
  CHECK(amounts_in("Il a vu 300 000 et 2 millions d'euros.") == Strings{"2 millions d'euros = 2000000 EUR"});
}

TEST_CASE("scales abbreviated before an ISO code", "[money][abbreviations]") {
  CHECK(amounts_in("Un contrat de 5 MUSD.") == Strings{"5 MUSD = 5000000 USD"});
  CHECK(amounts_in("Un contrat de 5MUSD.") == Strings{"5MUSD = 5000000 USD"});
  CHECK(amounts_in("Un contrat de 300 kEUR.") == Strings{"300 kEUR = 300000 EUR"});
  CHECK(amounts_in("Un contrat de 2 MdEUR.") == Strings{"2 MdEUR = 2000000000 EUR"});
  CHECK(amounts_in("Un contrat de 2,5 MdsEUR.") == Strings{"2,5 MdsEUR = 2500000000 EUR"});
  CHECK(amounts_in("Un contrat de 4 Mds$.") == Strings{"4 Mds$ = 4000000000 USD"});
  CHECK(amounts_in("Un contrat de 7 mds EUR.") == Strings{"7 mds EUR = 7000000000 EUR"});
  CHECK(amounts_in("Un contrat de 12 M$.") == Strings{"12 M$ = 12000000 USD"});
  CHECK(amounts_in("Un contrat de 3 MCHF.") == Strings{"3 MCHF = 3000000 CHF"});
  CHECK(amounts_in("Un budget de 300 MDH.") == Strings{"300 MDH = 300000000 MAD"});
  CHECK(amounts_in("Un budget de 2 MMDH.") == Strings{"2 MMDH = 2000000000 MAD"});
  // In ranges and lists.
  CHECK(amounts_in("Entre 10 et 20 MUSD.") == Strings{"10 et 20 MUSD = 10000000..20000000 USD"});
  CHECK(amounts_in("De 3 à 5 MDH.") == Strings{"3 à 5 MDH = 3000000..5000000 MAD"});
  CHECK(amounts_in("De 2 à 3 mds EUR.") == Strings{"2 à 3 mds EUR = 2000000000..3000000000 EUR"});
  CHECK(amounts_in("Des lots de 2, 3 ou 4 kEUR.") == Strings{"2 = 2000 EUR", "3 = 3000 EUR", "4 kEUR = 4000 EUR"});
  // A scaled code follows its number; "Maud" is a name.
  CHECK(amounts_in("MUSD 5 pour le lot.").empty());
  CHECK(amounts_in("Elles sont 2 Maud dans la classe.").empty());
}

TEST_CASE("crypto-currencies give no amount", "[money][crypto]") {
  CHECK(amounts_in("Il a acheté 12 bitcoins.").empty());
  CHECK(amounts_in("Le prix : 0,5 ₿ l'unité.").empty());
  CHECK(amounts_in("Il a acheté 12 bitcoins pour 5 000 dollars.") == Strings{"5 000 dollars = 5000 USD"});
}
