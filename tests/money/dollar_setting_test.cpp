// A bare "$" or "dollars" follows the dollar country a document is set in
// (data/tables/dollar-countries.tsv); USD otherwise.
#include "money/dollar_setting.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>
#include <vector>

#include "money/money.h"
#include "normalise/normaliser.h"

using namespace gazette;
using Catch::Matchers::Contains;

namespace {

std::vector<std::string> currencies(const std::string& text) {
  static const money::Recogniser recogniser;
  std::vector<std::string> out;
  for (const money::Amount& a : recogniser.find(normalise::normalise(text).text)) out.push_back(a.currency);
  return out;
}

using Codes = std::vector<std::string>;

}  // namespace

TEST_CASE("dollar setting: a title naming the country decides", "[money][dollars]") {
  CHECK(currencies("Québec : grève des taxis\n\nÀ 200 000 $ le permis, un cadeau de 600 millions $.") ==
        Codes{"CAD", "CAD"});
  CHECK(currencies("Canada : la marijuana légalisée\n\nDes retombées de 675 millions de dollars.") == Codes{"CAD"});
  CHECK(currencies("Hong Kong : la bourse chute\n\nUne perte de 3 milliards de dollars.") == Codes{"HKD"});
  CHECK(currencies("Incendies en Australie\n\nL'aide atteint 10 millions de dollars.") == Codes{"AUD"});
}

TEST_CASE("dollar setting: three mentions in the text decide", "[money][dollars]") {
  CHECK(currencies("Inondations\n\nÀ Montréal et à Ottawa, les dégâts au Canada dépassent 5 millions de dollars.") ==
        Codes{"CAD"});
  // Two are not enough: "testé au Brésil et au Canada" does not set an article in Canada.
  CHECK(currencies("Facebook teste\n\nAu Brésil et au Canada. Snapchat valait 3 milliards de dollars à Toronto.") ==
        Codes{"USD"});
}

TEST_CASE("dollar setting: what does not decide", "[money][dollars]") {
  // The United States named more often than the country.
  CHECK(currencies("Canada : accord commercial\n\nLes États-Unis signent à Washington pour 2 milliards de dollars.") ==
        Codes{"USD"});
  // Two countries.
  CHECK(currencies("Canada et Australie : un accord\n\nIl porte sur 2 milliards de dollars.") == Codes{"USD"});
  // A text of one line has no title.
  CHECK(currencies("Le tél a flotté sur la Bourse australienne à 2 $ par action.") == Codes{"USD"});
  // A first line too long for a title.
  CHECK(currencies(std::string(190, 'x') + " Canada " + std::string(10, 'x') + "\n\nPour 5 dollars.") == Codes{"USD"});
  // Glued to another word, a place name is another word.
  CHECK(currencies("Canadair vole\n\nPour 5 dollars.") == Codes{"USD"});
}

TEST_CASE("dollar setting: an explicit currency still decides the dollars after it", "[money][dollars]") {
  CHECK(currencies("Québec : un contrat\n\nIl vaut 5 dollars américains, soit 7 dollars de plus.") ==
        Codes{"USD", "USD"});
  CHECK(currencies("Québec : un contrat\n\nIl vaut 5 $, soit 7 dollars US et 3 dollars.") ==
        Codes{"CAD", "USD", "USD"});
  CHECK(currencies("Québec : un contrat\n\nIl vaut 5 dollars australiens et 3 $.") == Codes{"AUD", "AUD"});
  // Other currencies do not move.
  CHECK(currencies("Québec : un contrat\n\nIl vaut 5 euros et 10 £.") == Codes{"EUR", "GBP"});
}

TEST_CASE("dollar setting: the table is checked", "[money][dollars]") {
  const money::DollarSetting table("t.tsv", "# comment\nCAD\tcanada|hong kong\nUSD\tetats-unis\n");
  CHECK(table.code_for("canada\nrien") == "CAD");
  CHECK(table.code_for("titre\nhong kong, hong kong et hong kong") == "CAD");
  CHECK(table.code_for("titre\nhong  kong, hong-kong et hongkong") == "");
  CHECK_THROWS_WITH(money::DollarSetting("t.tsv", "cad\tcanada\n"), Contains("t.tsv:1: expected an ISO 4217 code"));
  CHECK_THROWS_WITH(money::DollarSetting("t.tsv", "\nCAD\tcanada|\n"), Contains("t.tsv:2: \"\" is not one word"));
  CHECK_THROWS_WITH(money::DollarSetting("t.tsv", "CAD\tnew  york\n"), Contains("\"new  york\" is not one word"));
  CHECK_THROWS_WITH(money::DollarSetting("t.tsv", "CAD\tcanada\nAUD\tcanada\n"),
                    Contains("t.tsv:2: \"canada\" is listed twice"));
}
