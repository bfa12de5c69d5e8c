// A bare common noun of a currency family ("$", "dollars", "francs", "couronnes", "dinars") takes
// the code of the country the document is set in (data/tables/currency-countries.tsv), else the
// family's default, else gives no amount. An explicit adjective always wins.
#include "money/currency_setting.h"

#include <catch2/catch.hpp>
#include <stdexcept>
#include <string>

#include "money_test_support.h"

using namespace gazette;
using namespace gazette::money::testing;
using Catch::Matchers::Contains;

TEST_CASE("currency setting: a title naming the country decides the dollar", "[money][setting]") {
  CHECK(currencies_in("Québec : grève des taxis\n\nÀ 200 000 $ le permis, un cadeau de 600 millions $.") ==
        Strings{"CAD", "CAD"});
  CHECK(currencies_in("Canada : la marijuana légalisée\n\nDes retombées de 675 millions de dollars.") ==
        Strings{"CAD"});
  CHECK(currencies_in("Hong Kong : la bourse chute\n\nUne perte de 3 milliards de dollars.") == Strings{"HKD"});
  CHECK(currencies_in("Incendies en Australie\n\nL'aide atteint 10 millions de dollars.") == Strings{"AUD"});
}

TEST_CASE("currency setting: three mentions in the text decide a family with a default", "[money][setting]") {
  CHECK(currencies_in("Inondations\n\nÀ Montréal et à Ottawa, les dégâts au Canada dépassent 5 millions de dollars.") ==
        Strings{"CAD"});
  // Two are not enough: "testé au Brésil et au Canada" does not set an article in Canada.
  CHECK(currencies_in("Facebook teste\n\nAu Brésil et au Canada. Snapchat valait 3 milliards de dollars à Toronto.") ==
        Strings{"USD"});
}

TEST_CASE("currency setting: what does not move a default", "[money][setting]") {
  // The default's own country named more often.
  CHECK(currencies_in("Canada : accord commercial\n\nLes États-Unis signent à Washington pour 2 milliards de dollars.") ==
        Strings{"USD"});
  // Two countries.
  CHECK(currencies_in("Canada et Australie : un accord\n\nIl porte sur 2 milliards de dollars.") == Strings{"USD"});
  // A text of one line has no title.
  CHECK(currencies_in("Le tél a flotté sur la Bourse australienne à 2 $ par action.") == Strings{"USD"});
  // A first line too long for a title.
  CHECK(currencies_in(std::string(190, 'x') + " Canada " + std::string(10, 'x') + "\n\nPour 5 dollars.") ==
        Strings{"USD"});
  // Glued to another word, a place name is another word.
  CHECK(currencies_in("Canadair vole\n\nPour 5 dollars.") == Strings{"USD"});
}

TEST_CASE("currency setting: an explicit currency decides the bare ones after it", "[money][setting]") {
  CHECK(currencies_in("Québec : un contrat\n\nIl vaut 5 dollars américains, soit 7 dollars de plus.") ==
        Strings{"USD", "USD"});
  CHECK(currencies_in("Québec : un contrat\n\nIl vaut 5 $, soit 7 dollars US et 3 dollars.") ==
        Strings{"CAD", "USD", "USD"});
  CHECK(currencies_in("Québec : un contrat\n\nIl vaut 5 dollars australiens et 3 $.") == Strings{"AUD", "AUD"});
  // Other currencies do not move.
  CHECK(currencies_in("Québec : un contrat\n\nIl vaut 5 euros et 10 £.") == Strings{"EUR", "GBP"});
  // The adjective wins over the country: a Swedish article quoting Norwegian crowns.
  CHECK(currencies_in("Suède : la banque centrale\n\nUne amende de 5 millions de couronnes norvégiennes.") ==
        Strings{"NOK"});
}

TEST_CASE("currency setting: franc", "[money][setting]") {
  // The bare franc of a French text is the French franc; Switzerland or a CFA country says otherwise.
  CHECK(currencies_in("Il a coûté 20 millions de francs en 1986.") == Strings{"FRF"});
  CHECK(currencies_in("Suisse : le budget\n\nLa ville de Genève dépense 30 millions de francs.") == Strings{"CHF"});
  CHECK(currencies_in("Sénégal : les prix\n\nLe kilo de riz coûte 400 francs.") == Strings{"XOF"});
  CHECK(currencies_in("Cameroun : les prix\n\nLe kilo de riz coûte 400 francs.") == Strings{"XAF"});
  CHECK(currencies_in("Rwanda : les prix\n\nLe ticket coûte 500 francs.") == Strings{"RWF"});
  // "francs CFA" is XOF, or XAF in Central Africa; a bare franc after it is the same franc.
  CHECK(currencies_in("Il coûte 5 000 francs CFA.") == Strings{"XOF"});
  CHECK(currencies_in("Gabon : les prix\n\nIl coûte 5 000 FCFA, puis 6 000 francs.") == Strings{"XAF", "XAF"});
  CHECK(currencies_in("Le budget du Mali\n\nIl atteint 2 milliards de francs CFA, soit 30 francs par habitant.") ==
        Strings{"XOF", "XOF"});
  CHECK(currencies_in("Il coûte 20 francs suisses, puis 30 francs.") == Strings{"CHF", "CHF"});
}

TEST_CASE("currency setting: families with a default", "[money][setting]") {
  CHECK(currencies_in("Un bénéfice de 5,2 millions de livres cette année.") == Strings{"GBP"});
  CHECK(currencies_in("Égypte : l'inflation\n\nLe pain coûte 5 livres au Caire.") == Strings{"EGP"});
  CHECK(currencies_in("Liban : la crise\n\nLe dollar vaut 90 000 livres à Beyrouth.") == Strings{"LBP"});
  CHECK(currencies_in("Le billet coûte 1000 roupies.") == Strings{"INR"});
  CHECK(currencies_in("Pakistan : élections\n\nUn sac de farine coûte 3 000 roupies à Karachi.") == Strings{"PKR"});
  CHECK(currencies_in("Un loyer de 4 000 dirhams.") == Strings{"MAD"});
  CHECK(currencies_in("Dubaï : la tour\n\nUn loyer de 4 000 dirhams.") == Strings{"AED"});
  CHECK(currencies_in("Une prime de 90 000 wons.") == Strings{"KRW"});
  CHECK(currencies_in("Corée du Nord : pénurie\n\nLe riz vaut 5 000 wons à Pyongyang.") == Strings{"KPW"});
  CHECK(currencies_in("Une amende de 30 000 roubles.") == Strings{"RUB"});
  CHECK(currencies_in("Biélorussie : élections\n\nUne amende de 300 roubles à Minsk.") == Strings{"BYN"});
  CHECK(currencies_in("Un salaire de 3 000 lei.") == Strings{"RON"});
  CHECK(currencies_in("Moldavie : salaires\n\nUn salaire de 3 000 lei à Chisinau.") == Strings{"MDL"});
}

TEST_CASE("currency setting: families without a default need a country", "[money][setting]") {
  // No country: no guess, no amount.
  CHECK(currencies_in("Il a payé 500 couronnes.").empty());
  CHECK(currencies_in("Il a payé 500 pesos.").empty());
  CHECK(currencies_in("Il a payé 500 dinars.").empty());
  CHECK(currencies_in("Il a payé 500 riyals.").empty());
  CHECK(currencies_in("Il a payé 500 shillings.").empty());
  // The country the document names most, a title counting as three mentions.
  CHECK(currencies_in("Le ticket coûte 40 couronnes à Stockholm.") == Strings{"SEK"});
  CHECK(currencies_in("Norvège : le pétrole\n\nUn fonds de 12 000 milliards de couronnes, dit la Suède.") ==
        Strings{"NOK"});
  CHECK(currencies_in("Le Danemark taxe : 500 couronnes par tonne.") == Strings{"DKK"});
  CHECK(currencies_in("Un café coûte 80 couronnes à Prague.") == Strings{"CZK"});
  CHECK(currencies_in("Au Mexique, le litre coûte 22 pesos.") == Strings{"MXN"});
  CHECK(currencies_in("En Argentine, le litre coûte 900 pesos.") == Strings{"ARS"});
  CHECK(currencies_in("En Colombie, le litre coûte 9 000 pesos.") == Strings{"COP"});
  CHECK(currencies_in("Aux Philippines, le riz coûte 50 pesos.") == Strings{"PHP"});
  CHECK(currencies_in("En Algérie, le pain coûte 10 dinars.") == Strings{"DZD"});
  CHECK(currencies_in("En Tunisie, le pain coûte 0,2 dinar.") == Strings{"TND"});
  CHECK(currencies_in("Au Koweït, un litre vaut 0,1 dinar.") == Strings{"KWD"});
  CHECK(currencies_in("En Serbie, un repas coûte 900 dinars.") == Strings{"RSD"});
  CHECK(currencies_in("En Arabie saoudite, un visa coûte 300 riyals.") == Strings{"SAR"});
  CHECK(currencies_in("Au Qatar, un visa coûte 300 riyals.") == Strings{"QAR"});
  CHECK(currencies_in("En Iran, le pain coûte 50 000 rials.") == Strings{"IRR"});
  CHECK(currencies_in("À Oman, un visa coûte 20 rials.") == Strings{"OMR"});
  CHECK(currencies_in("Au Kenya, le maïs coûte 100 shillings.") == Strings{"KES"});
  CHECK(currencies_in("En Ouganda, le maïs coûte 100 shillings.") == Strings{"UGX"});
  CHECK(currencies_in("En Tanzanie, le maïs coûte 100 shillings.") == Strings{"TZS"});
  // Two countries named as often: no guess.
  CHECK(currencies_in("Entre la Suède et la Norvège, le billet coûte 300 couronnes.").empty());
  // The adjective always wins, and decides the bare mentions after it.
  CHECK(currencies_in("Il a payé 500 couronnes suédoises, puis 300 couronnes.") == Strings{"SEK", "SEK"});
  CHECK(currencies_in("Il a payé 40 dinars tunisiens, puis 50 dinars.") == Strings{"TND", "TND"});
  CHECK(currencies_in("Il a payé 30 riyals saoudiens, puis 20 rials.") == Strings{"SAR", "SAR"});
  // "couronnes" are also crowns.
  CHECK(currencies_in("Le roi de Suède a porté trois couronnes.").empty());
}

TEST_CASE("currency setting: the table is checked", "[money][setting]") {
  const money::CurrencySetting table("t.tsv",
                                     "# comment\nfamily\tdollar\tUSD\nCAD\tdollar\tcanada|hong kong\n"
                                     "USD\tdollar\tetats-unis\nfamily\tcouronne\t-\nSEK\tcouronne\tsuede|coree du sud\n"
                                     "NOK\tcouronne\tnorvege\n");
  CHECK(table.code_for("dollar", "canada\nrien") == "CAD");
  CHECK(table.code_for("dollar", "titre\nhong kong, hong kong et hong kong") == "CAD");
  CHECK(table.code_for("dollar", "titre\nhong  kong, hong-kong et hongkong") == "USD");
  CHECK(table.code_for("couronne", "un texte sans pays") == "");
  CHECK(table.code_for("couronne", "a la coree du sud") == "SEK");
  CHECK(table.code_for("couronne", "suede, norvege") == "");
  CHECK(table.code_for("couronne", "suede, norvege, norvege") == "NOK");
  CHECK(table.code_for("peso", "mexique") == "");  // not in the table
  CHECK(table.family("dollar")->default_code == "USD");
  CHECK(table.family("euro") == nullptr);
  const auto bad = [](const std::string& text) { return money::CurrencySetting("t.tsv", text); };
  CHECK_THROWS_WITH(bad("family\tdollar\tUSD\ncad\tdollar\tcanada\n"), Contains("t.tsv:2: expected an ISO 4217 code"));
  CHECK_THROWS_WITH(bad("CAD\tdollar\tcanada\n"), Contains("t.tsv:1: family \"dollar\" is not declared above"));
  CHECK_THROWS_WITH(bad("family\tdollar\tusd\n"), Contains("t.tsv:1: expected \"family\""));
  CHECK_THROWS_WITH(bad("family\tdollar\tUSD\nfamily\tdollar\t-\n"), Contains("t.tsv:2: family \"dollar\" is declared twice"));
  CHECK_THROWS_WITH(bad("family\tdollar\tUSD\n\nCAD\tdollar\tcanada|\n"), Contains("t.tsv:3: \"\" is not one to three words"));
  CHECK_THROWS_WITH(bad("family\tdollar\tUSD\nCAD\tdollar\tnew  york\n"), Contains("\"new  york\" is not one to three"));
  CHECK_THROWS_WITH(bad("family\tdollar\tUSD\nCAD\tdollar\ta b c d\n"), Contains("\"a b c d\" is not one to three"));
  CHECK_THROWS_WITH(bad("family\tdollar\tUSD\nCAD\tdollar\tcanada\nAUD\tdollar\tcanada\n"),
                    Contains("t.tsv:3: \"canada\" is listed twice for dollar"));
  CHECK_THROWS_WITH(bad("family\tdollar\tUSD\nCAD\tdollar\tcanada\nCAD\tdollar\tquebec\n"),
                    Contains("t.tsv:3: CAD is listed twice for dollar"));
  CHECK_THROWS_WITH(bad("family\tfranc cfa\tXOF\tfranc\n"), Contains("undeclared parent \"franc\""));
  // One word may name countries of several families.
  CHECK_NOTHROW(bad("family\tfranc\tFRF\nfamily\tfranc cfa\tXOF\nXAF\tfranc\tgabon\nXAF\tfranc cfa\tgabon\n"));
}

TEST_CASE("currency setting: the shipped table loads", "[money][setting]") {
  const money::CurrencySetting shipped;
  for (const char* family : {"dollar", "franc", "franc cfa", "livre", "couronne", "peso", "roupie", "dinar", "rial",
                             "dirham", "shilling", "won", "rouble", "leu"}) {
    INFO(family);
    CHECK(shipped.family(family) != nullptr);
  }
}
