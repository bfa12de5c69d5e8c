// Table of original-text cases for the money stage: each text goes through the project's
// normaliser, the recogniser reads the normalised text, and the span is mapped back to the
// original through the normaliser's origin map. One row a behaviour; the comment above each
// group says which part of the MONEY guideline it pins down.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "money/money.h"
#include "normalise/normaliser.h"

namespace {

struct Case {
  const char* text;       // original text, with its no-break spaces and typographic apostrophes
  const char* span;       // the expected mention in the original text; "" for "no money"
  const char* value;      // exact decimal; "" for a range
  const char* min;        // range bounds, else ""
  const char* max;
  const char* currency;   // ISO 4217
  const char* qualifier;  // "", "up_to", "about", "over", "under"
};

constexpr const char* kNoMoney = "";

// U+00A0 no-break space and U+202F narrow no-break space, as French typography writes them.
#define NBSP "\u00a0"
#define NNBSP "\u202f"

const Case kCases[] = {
    // Digits: thousands separated by a space of any kind or by '.', decimals by ','.
    {"Il a payé 3 000 € comptant.", "3 000 €", "3000", "", "", "EUR", ""},
    {"Il a payé 3" NBSP "000" NBSP "€ comptant.", "3" NBSP "000" NBSP "€", "3000", "", "", "EUR", ""},
    {"Il a payé 3" NNBSP "000" NNBSP "€ comptant.", "3" NNBSP "000" NNBSP "€", "3000", "", "", "EUR", ""},
    {"Il a payé 3\u2009000\u2009€ comptant.", "3\u2009000\u2009€", "3000", "", "", "EUR", ""},
    {"Une facture de 3 000,50 € reste due.", "3 000,50 €", "3000.5", "", "", "EUR", ""},
    {"Le lot vaut 1.234.567 euros.", "1.234.567 euros", "1234567", "", "", "EUR", ""},
    {"Aerosmith a signé pour 125.000,50 $ rapportés.", "125.000,50 $", "125000.5", "", "", "USD", ""},
    {"Les fonds levés atteignent 1 530 887 dollars.", "1 530 887 dollars", "1530887", "", "", "USD", ""},
    {"Le billet coûte 0,10 €.", "0,10 €", "0.1", "", "", "EUR", ""},
    {"Un ticket à 1,5 euro.", "1,5 euro", "1.5", "", "", "EUR", ""},
    {"Le solde est de -3 € ce mois-ci.", "-3 €", "-3", "", "", "EUR", ""},
    {"Le solde est de −250 € ce mois-ci.", "−250 €", "-250", "", "", "EUR", ""},
    {"Le prix : 12,345 $.", "12,345 $", "12.345", "", "", "USD", ""},
    {"Siegel a payé 94.000 $ pour solde.", "94.000 $", "94000", "", "", "USD", ""},
    {"Le séquençage à 1,000 € seulement.", "1,000 €", "1000", "", "", "EUR", ""},
    {"Le contrat atteint 1,234,567 $ au total.", "1,234,567 $", "1234567", "", "", "USD", ""},
    {"Un montant de 78 499 473,99 EUR a été versé.", "78 499 473,99 EUR", "78499473.99", "", "", "EUR", ""},
    {"Il perçoit 2.600 € net par mois.", "2.600 €", "2600", "", "", "EUR", ""},
    {"En 2016 500 euros ont été versés.", "500 euros", "500", "", "", "EUR", ""},
    {"Le forfait passe à 9,90€/mois.", "9,90€", "9.9", "", "", "EUR", ""},

    // Scales after the number, with or without a space, currency before or after.
    {"avait prévu l'investissement de 50 milliards de dollars aux États-Unis", "50 milliards de dollars", "50000000000", "", "", "USD", ""},
    {"soit 47,8 milliards d’euros au total", "47,8 milliards d’euros", "47800000000", "", "", "EUR", ""},
    {"Le contrat est estimé à 1,9 milliard d'euros.", "1,9 milliard d'euros", "1900000000", "", "", "EUR", ""},
    {"Il pèse 1,68 milliard d’euros.", "1,68 milliard d’euros", "1680000000", "", "", "EUR", ""},
    {"Le jeu a levé 1,5 millions de dollars.", "1,5 millions de dollars", "1500000", "", "", "USD", ""},
    {"La start-up lève 1,5 M€ auprès de Bpifrance.", "1,5 M€", "1500000", "", "", "EUR", ""},
    {"Un marché de 2 Md€ en Europe.", "2 Md€", "2000000000", "", "", "EUR", ""},
    {"Un budget de 10 k€ suffit.", "10 k€", "10000", "", "", "EUR", ""},
    {"Le tour de table atteint 12M€.", "12M€", "12000000", "", "", "EUR", ""},
    {"Un budget total de 850k€.", "850k€", "850000", "", "", "EUR", ""},
    {"Le marché est estimé à 13 Mds € en 2019.", "13 Mds €", "13000000000", "", "", "EUR", ""},
    {"Un chiffre de 2,5 Mds $ cette année.", "2,5 Mds $", "2500000000", "", "", "USD", ""},
    {"Le produit vaut 475 M$.", "475 M$", "475000000", "", "", "USD", ""},
    {"Un coût de 15 Md$ par an.", "15 Md$", "15000000000", "", "", "USD", ""},
    {"Le groupe vaut 3 Mrd € en Bourse.", "3 Mrd €", "3000000000", "", "", "EUR", ""},
    {"Le chiffre d'affaires de 10M d'euros est atteint.", "10M d'euros", "10000000", "", "", "EUR", ""},
    {"Un prêt de 1 milliard de $ a été accordé.", "1 milliard de $", "1000000000", "", "", "USD", ""},
    {"Il a offert 75 millions de $ de liens.", "75 millions de $", "75000000", "", "", "USD", ""},
    {"Les ventes ont atteint 125 millions $ en mai.", "125 millions $", "125000000", "", "", "USD", ""},
    {"Microsoft a payé 26 milliards dollars.", "26 milliards dollars", "26000000000", "", "", "USD", ""},
    {"Une dette de 2 billions d'euros.", "2 billions d'euros", "2000000000000", "", "", "EUR", ""},
    {"Les chantiers sont estimés à 11,4 mille milliards de dollars.", "11,4 mille milliards de dollars", "11400000000000", "", "", "USD", ""},
    {"On ajoute 10 mille euros.", "10 mille euros", "10000", "", "", "EUR", ""},
    {"Le marché pèse 1,5 mds  euros.", "1,5 mds  euros", "1500000000", "", "", "EUR", ""},
    {"Le marché pèse 13,5milliards d'euros en 2010.", "13,5milliards d'euros", "13500000000", "", "", "EUR", ""},
    {"Il a levé près de 3 \nmillions d’euros en amorçage.", "3 \nmillions d’euros", "3000000", "", "", "EUR", "about"},
    {"L'objectif est fixé à 1million d'euros.", "1million d'euros", "1000000", "", "", "EUR", ""},
    {"Un investissement de 63k€ pour la phase 1.", "63k€", "63000", "", "", "EUR", ""},
    {"Il a facturé 3,07 milliards d' euros.", "3,07 milliards d' euros", "3070000000", "", "", "EUR", ""},
    {"Le budget : 350 m€en 2013.", "350 m€", "350000000", "", "", "EUR", ""},

    // Currency before the number: symbols, codes, English scales.
    {"The deal is worth $2.5bn in total.", "$2.5bn", "2500000000", "", "", "USD", ""},
    {"Un contrat de $1.5 million a été signé.", "$1.5 million", "1500000", "", "", "USD", ""},
    {"Les investisseurs ont mis $2 billion sur la table.", "$2 billion", "2000000000", "", "", "USD", ""},
    {"Un crédit de USD1,23 par action.", "USD1,23", "1.23", "", "", "USD", ""},
    {"Je veux un crédit de EUR 1000 sur 3 ans.", "EUR 1000", "1000", "", "", "EUR", ""},
    {"Je veux un crédit de 1000 EUR sur 3 ans.", "1000 EUR", "1000", "", "", "EUR", ""},
    {"Le ticket vaut US$ 5 seulement.", "US$ 5", "5", "", "", "USD", ""},
    {"Un prix de $10k pour la licence.", "$10k", "10000", "", "", "USD", ""},
    {"Comté de Montgomery : $ 75 millions d'obligations.", "$ 75 millions", "75000000", "", "", "USD", ""},
    {"Comté de Montgomery : $75 millions d'obligations.", "$75 millions", "75000000", "", "", "USD", ""},
    {"Sa fortune a été évaluée à £ 8,10 millions en 2014.", "£ 8,10 millions", "8100000", "", "", "GBP", ""},
    {"Un joueur à £ 100m, vraiment ?", "£ 100m", "100000000", "", "", "GBP", ""},
    {"Un marché mondial de USD4bn en croissance.", "USD4bn", "4000000000", "", "", "USD", ""},
    {"Un marché de US$750m cette année.", "US$750m", "750000000", "", "", "USD", ""},
    {"Le prix est de CHF 45 par mois.", "CHF 45", "45", "", "", "CHF", ""},
    {"Il coûte usd$ 15.", "usd$ 15", "15", "", "", "USD", ""},
    {"Il coûte mxn$ 15.", "mxn$ 15", "15", "", "", "MXN", ""},
    {"Il coûte nzd$15.", "nzd$15", "15", "", "", "NZD", ""},
    {"Un plan à CA$ 200 millions.", "CA$ 200 millions", "200000000", "", "", "CAD", ""},
    {"Un billet à C$ 20.", "C$ 20", "20", "", "", "CAD", ""},

    // Number words, with ICU's French spell-out rules.
    {"Google a déboursé un milliard de dollars pour la barre de recherche.", "un milliard de dollars", "1000000000", "", "", "USD", ""},
    {"Il vise cinquante milliards de dollars d'ici 2030.", "cinquante milliards de dollars", "50000000000", "", "", "USD", ""},
    {"Un chiffre d'affaires de dix millions d'euros.", "dix millions d'euros", "10000000", "", "", "EUR", ""},
    {"Ça coûte vingt-trois euros cinquante.", "vingt-trois euros cinquante", "23.5", "", "", "EUR", ""},
    {"Soit vingt-trois euros cinquante par examen.", "vingt-trois euros cinquante", "23.5", "", "", "EUR", ""},
    {"Le menu à 15 euros 50 le midi.", "15 euros 50", "15.5", "", "", "EUR", ""},
    {"Elle a reçu un million et demi d'euros.", "un million et demi d'euros", "1500000", "", "", "EUR", ""},
    {"Le coût dépasse deux milliards et demi de dollars.", "deux milliards et demi de dollars", "2500000000", "", "", "USD", "over"},
    {"Les pertes pèseront plus d’un demi-milliard d’euros.", "un demi-milliard d’euros", "500000000", "", "", "EUR", "over"},
    // The euro abbreviated in capitals, as financial wires write it.
    {"L'EBITDA s'établit à 1 069 ME.", "1 069 ME", "1069000000", "", "", "EUR", ""},
    {"Le chiffre d'affaires atteint 15,9 MdsE au semestre.", "15,9 MdsE", "15900000000", "", "", "EUR", ""},
    {"Un ticket de 10 KE.", "10 KE", "10000", "", "", "EUR", ""},
    {"La somme approche les 100 000 euros.", "100 000 euros", "100000", "", "", "EUR", "about"},
    // After a definite article, a scale word alone is one of it.
    {"Aucune n'avait dépassé le seuil du milliard d’euros.", "milliard d’euros", "1000000000", "", "", "EUR", ""},
    {"Le million de dollars promis est arrivé.", "million de dollars", "1000000", "", "", "USD", ""},
    {"Des coûts approchant le demi-million d'euro par patient.", "demi-million d'euro", "500000", "", "", "EUR", "about"},
    {"Il a gagné vingt-et-un dollars.", "vingt-et-un dollars", "21", "", "", "USD", ""},
    {"Il a gagné vingt et un dollars.", "vingt et un dollars", "21", "", "", "USD", ""},
    {"Une prime de deux-cent-mille euros.", "deux-cent-mille euros", "200000", "", "", "EUR", ""},
    {"Une prime de deux cent mille euros.", "deux cent mille euros", "200000", "", "", "EUR", ""},
    {"Une amende de deux cents euros.", "deux cents euros", "200", "", "", "EUR", ""},
    {"Une amende de deux cent euros.", "deux cent euros", "200", "", "", "EUR", ""},
    {"Un billet de quatre-vingt-dix-neuf euros.", "quatre-vingt-dix-neuf euros", "99", "", "", "EUR", ""},
    {"Le ticket vaut soixante et onze francs.", "soixante et onze francs", "71", "", "", "FRF", ""},
    {"Il a reçu cinq millions de yens.", "cinq millions de yens", "5000000", "", "", "JPY", ""},
    {"L'offre d'une yen controversée.", "une yen", "1", "", "", "JPY", ""},
    {"Il a donné un euro sur quatre.", "un euro", "1", "", "", "EUR", ""},
    {"Une amende de zéro euro.", "zéro euro", "0", "", "", "EUR", ""},
    {"Le coût est de mille euros.", "mille euros", "1000", "", "", "EUR", ""},
    {"Le coût est de cent millions d'euros.", "cent millions d'euros", "100000000", "", "", "EUR", ""},
    {"Il a dépensé cinq mille dollars.", "cinq mille dollars", "5000", "", "", "USD", ""},
    {"L'État prévoit quinze milliards d'euros d'économies.", "quinze milliards d'euros", "15000000000", "", "", "EUR", ""},
    {"Ça ne coûte que treize euros et quarante-cinq cents.", "treize euros et quarante-cinq cents", "13.45", "", "", "EUR", ""},
    {"Ça ne coûte que 15 dollars et 15 cents.", "15 dollars et 15 cents", "15.15", "", "", "USD", ""},
    {"Ça ne coûte que 15 dollars et 15.", "15 dollars et 15", "15.15", "", "", "USD", ""},
    {"Ça ne coûte que 15 dollars 50.", "15 dollars 50", "15.5", "", "", "USD", ""},
    {"Un menu à 15€50 le midi.", "15€50", "15.5", "", "", "EUR", ""},
    {"Il a payé 10 euros 20 fois.", "10 euros", "10", "", "", "EUR", ""},

    // Currencies: names from CLDR, plurals, and the usages CLDR lacks.
    {"Il a reçu 10 dollars canadiens.", "10 dollars canadiens", "10", "", "", "CAD", ""},
    {"Il a reçu 125 millions de dollars australiens.", "125 millions de dollars australiens", "125000000", "", "", "AUD", ""},
    {"Un coût de 70 millions de dollars américains.", "70 millions de dollars américains", "70000000", "", "", "USD", ""},
    {"Un coût de 70 millions de dollars US.", "70 millions de dollars US", "70000000", "", "", "USD", ""},
    {"Un coût de 5 $ canadiens.", "5 $ canadiens", "5", "", "", "CAD", ""},
    {"Le simulateur coûte 16,4 millions de $ c.", "16,4 millions de $ c", "16400000", "", "", "CAD", ""},
    {"Le simulateur coûte 16,4 millions de $CAD.", "16,4 millions de $CAD", "16400000", "", "", "CAD", ""},
    {"Les exportations ont atteint 10,05 milliards de $ hk.", "10,05 milliards de $ hk", "10050000000", "", "", "HKD", ""},
    {"Un prêt de 150 millions de $ usd.", "150 millions de $ usd", "150000000", "", "", "USD", ""},
    {"Elle a reçu 125 000 $US de la Norvège.", "125 000 $US", "125000", "", "", "USD", ""},
    {"Un budget de 346 millions $ US par an.", "346 millions $ US", "346000000", "", "", "USD", ""},
    {"Il en coûte 70 millions US$.", "70 millions US$", "70000000", "", "", "USD", ""},
    {"Le kilo passe à 2 500 francs CFA.", "2 500 francs CFA", "2500", "", "", "XOF", ""},
    {"Une dette de 16 millions de francs suisses.", "16 millions de francs suisses", "16000000", "", "", "CHF", ""},
    {"Pour 200 millions de livres sterling, non.", "200 millions de livres sterling", "200000000", "", "", "GBP", ""},
    {"Un bénéfice de 5,2 millions de livres cette année.", "5,2 millions de livres", "5200000", "", "", "GBP", ""},
    {"Le projet a coûté 1 milliard de yuans.", "1 milliard de yuans", "1000000000", "", "", "CNY", ""},
    {"Inclusion de 450000 yens par Premier ministre.", "450000 yens", "450000", "", "", "JPY", ""},
    {"Une amende de 30 000 roubles.", "30 000 roubles", "30000", "", "", "RUB", ""},
    {"Le kilo passe à 1 900 francs burundais.", "1 900 francs burundais", "1900", "", "", "BIF", ""},
    {"Il a débloqué 800 millions de reals.", "800 millions de reals", "800000000", "", "", "BRL", ""},
    {"Il a coûté 20 millions de francs en 1986.", "20 millions de francs", "20000000", "", "", "FRF", ""},
    {"Une offre de 420 millions de marks finlandais.", "420 millions de marks finlandais", "420000000", "", "", "FIM", ""},
    {"Une émission de 250 millions de florins hollandais.", "250 millions de florins hollandais", "250000000", "", "", "NLG", ""},
    {"Le billet coûte 100 roupies indiennes.", "100 roupies indiennes", "100", "", "", "INR", ""},
    {"Le billet coûte 1000 roupies.", "1000 roupies", "1000", "", "", "INR", ""},
    {"Un sandwich à 10 balles, pas plus.", "10 balles", "10", "", "", "EUR", ""},
    {"Le prix : 100 ₹ le kilo.", "100 ₹", "100", "", "", "INR", ""},
    // Crypto-currencies have no ISO 4217 code: no amount rather than a code that is none.
    {"Le prix : 0,5 ₿ l'unité.", kNoMoney, "", "", "", "", ""},
    {"Il a acheté 12 bitcoins en 2015.", kNoMoney, "", "", "", "", ""},
    {"Le prix : 500 ¥ le bol.", "500 ¥", "500", "", "", "JPY", ""},
    {"Un ancien billet de 50 ₣.", "50 ₣", "50", "", "", "FRF", ""},
    {"Il a payé 60000 £ pour le stade.", "60000 £", "60000", "", "", "GBP", ""},
    {"Le journal est vendu 50 centimes.", "50 centimes", "0.5", "", "", "EUR", ""},
    {"L'Irak demande 50 cents par baril.", "50 cents", "0.5", "", "", "USD", ""},
    {"Le contrat est monté de 1,20 cents.", "1,20 cents", "0.012", "", "", "USD", ""},
    {"Une offre de 470 pence par action.", "470 pence", "4.7", "", "", "GBP", ""},
    {"Les actions ont fermé à un penny.", "un penny", "0.01", "", "", "GBP", ""},
    {"Une économie de 20 centimes d'euro par litre.", "20 centimes d'euro", "0.2", "", "", "EUR", ""},
    {"Un chiffre d'affaires de 850 keuros.", "850 keuros", "850000", "", "", "EUR", ""},
    {"Un produit à 2 000 dollars de Hong Kong.", "2 000 dollars de Hong Kong", "2000", "", "", "HKD", ""},
    {"Une aide de 3 millions de dollars des États-Unis.", "3 millions de dollars des États-Unis", "3000000", "", "", "USD", ""},
    {"Un salaire de 5000 couronnes danoises.", "5000 couronnes danoises", "5000", "", "", "DKK", ""},
    {"Un contrat de 10 000 Livres Sterling.", "10 000 Livres Sterling", "10000", "", "", "GBP", ""},
    {"Le kilo de café vaut 2000 EUROS.", "2000 EUROS", "2000", "", "", "EUR", ""},

    // Qualifiers stay outside the span.
    {"Le Monde a perdu plus de 1 milliard d'euros.", "1 milliard d'euros", "1000000000", "", "", "EUR", "over"},
    {"Il s'est engagé à investir jusqu’à 50 milliards de dollars.", "50 milliards de dollars", "50000000000", "", "", "USD", "up_to"},
    {"Il avait donné environ 25 millions de dollars.", "25 millions de dollars", "25000000", "", "", "USD", "about"},
    {"Un chiffre d'affaires proche de 5 millions d'euros.", "5 millions d'euros", "5000000", "", "", "EUR", "about"},
    {"Un investissement de l’ordre de 60000 euros.", "60000 euros", "60000", "", "", "EUR", "about"},
    {"Pour un coût inférieur à 30 euros par test.", "30 euros", "30", "", "", "EUR", "under"},
    {"Le contrat pourrait dépasser les 10 milliards de dollars.", "10 milliards de dollars", "10000000000", "", "", "USD", "over"},
    {"Un budget d’environ 850k€ est prévu.", "850k€", "850000", "", "", "EUR", "about"},
    {"Il a reçu au moins 300 euros.", "300 euros", "300", "", "", "EUR", "over"},
    {"Elle a gagné moins de 19 000 euros.", "19 000 euros", "19000", "", "", "EUR", "under"},
    {"Il a versé quelque 300 millions d'euros.", "300 millions d'euros", "300000000", "", "", "EUR", "about"},
    {"Le prix tourne autour de 40 euros.", "40 euros", "40", "", "", "EUR", "about"},
    {"Le coût est approximativement 12 €.", "12 €", "12", "", "", "EUR", "about"},
    {"L'aide va au-delà de 2 millions d'euros.", "2 millions d'euros", "2000000", "", "", "EUR", "over"},
    {"Il a touché pas moins de 45 000 euros.", "45 000 euros", "45000", "", "", "EUR", "over"},
    {"Il a reçu, en plus de 232 261 dollars, un bonus.", "232 261 dollars", "232261", "", "", "USD", ""},
    {"Le marché est estimé à plus d'un milliard de dollars par an.", "un milliard de dollars", "1000000000", "", "", "USD", "over"},
    {"Une somme d'environ 14 millions de $.", "14 millions de $", "14000000", "", "", "USD", "about"},

    // Ranges are one mention, with min and max.
    {"entre 10 et 20 millions d'euros", "10 et 20 millions d'euros", "", "10000000", "20000000", "EUR", ""},
    {"Un coût de 3 à 5 M€ est prévu.", "3 à 5 M€", "", "3000000", "5000000", "EUR", ""},
    {"Le ticket vaut 10-20 € selon l'heure.", "10-20 €", "", "10", "20", "EUR", ""},
    {"Le ticket vaut 10 – 20 € selon l'heure.", "10 – 20 €", "", "10", "20", "EUR", ""},
    {"L'Iran compte attirer 30 à 50 milliards de dollars.", "30 à 50 milliards de dollars", "", "30000000000", "50000000000", "USD", ""},
    {"Des investissements de l’ordre de 400000 euros à 4 millions d’euros.", "400000 euros à 4 millions d’euros", "", "400000", "4000000", "EUR", "about"},
    {"Vendus entre 550 k€ et 1 000 k€ l'unité.", "550 k€ et 1 000 k€", "", "550000", "1000000", "EUR", ""},
    {"Une hausse de 120 à 150 euros net par mois.", "120 à 150 euros", "", "120", "150", "EUR", ""},
    {"Un coût entre 500 000 et 2 millions d'euros.", "500 000 et 2 millions d'euros", "", "500000", "2000000", "EUR", ""},
    {"Les recettes de 2019 à 50 millions d'euros.", "50 millions d'euros", "50000000", "", "", "EUR", ""},

    // Not money: bare numbers, percentages, other units, years, words that are also currencies.
    {"Un marché de 12 milliards en 2020.", kNoMoney, "", "", "", "", ""},
    {"La croissance est de 8 pour cent.", kNoMoney, "", "", "", "", ""},
    {"La croissance est de 8 %.", kNoMoney, "", "", "", "", ""},
    {"300 millions de patients sont concernés.", kNoMoney, "", "", "", "", ""},
    {"Une course de 10 km.", kNoMoney, "", "", "", "", ""},
    {"Appelez le 01 23 45 67 89.", kNoMoney, "", "", "", "", ""},
    {"En 2016 ils ont signé.", kNoMoney, "", "", "", "", ""},
    {"Lors de la COP 21 à Paris.", kNoMoney, "", "", "", "", ""},
    {"Une note de 10 sur 20.", kNoMoney, "", "", "", "", ""},
    {"Il a écrit un livre sur la guerre.", kNoMoney, "", "", "", "", ""},
    {"Il a écrit 10 livres de cuisine.", kNoMoney, "", "", "", "", ""},
    {"Environ 50 balles ont été tirées.", kNoMoney, "", "", "", "", ""},
    {"Un franc succès pour le film.", kNoMoney, "", "", "", "", ""},
    {"Le dollar a perdu du terrain.", kNoMoney, "", "", "", "", ""},
    {"Les exportateurs souffrent d'un dollar fort et d'un euro faible.", kNoMoney, "", "", "", "", ""},
    {"Les 3 me plaisent, les 2 Me Dupont aussi, et le BNPA de 1,35 E.", kNoMoney, "", "", "", "", ""},
    {"LES RÉSULTATS 2023 ME SEMBLENT BONS. ARTICLE 3 ME.", kNoMoney, "", "", "", "", ""},
    {"Des milliards d'euros et milliard de dollars.", kNoMoney, "", "", "", "", ""},
    {"La zone euro compte 19 pays.", kNoMoney, "", "", "", "", ""},
    {"Il a acheté 20 euro-obligations.", kNoMoney, "", "", "", "", ""},
    {"12 M de personnes vivent ici.", kNoMoney, "", "", "", "", ""},
    {"Un projet de niveau TRL 6.", kNoMoney, "", "", "", "", ""},
    {"La plateforme GIP100 teste les puces.", kNoMoney, "", "", "", "", ""},
    {"Des isoformes de CYP450 sont exprimées.", kNoMoney, "", "", "", "", ""},
    {"Des millions d'euros ont été investis.", kNoMoney, "", "", "", "", ""},
    {"En 1989, Mark Zuckerberg n'était pas né.", kNoMoney, "", "", "", "", ""},
    {"Les euros ont remplacé les francs.", kNoMoney, "", "", "", "", ""},
    {"Le cours du $ a baissé.", kNoMoney, "", "", "", "", ""},
    {"Le 3 mai, un bec a été conçu.", kNoMoney, "", "", "", "", ""},
};

#undef NBSP
#undef NNBSP

std::string describe(const gazette::money::Amount& a, const std::string& original_span) {
  std::ostringstream s;
  s << "[" << original_span << "] value=" << a.value << " min=" << a.min << " max=" << a.max
    << " currency=" << a.currency << " qualifier=" << a.qualifier;
  return s.str();
}

}  // namespace

TEST_CASE("money: table of original-text cases", "[money]") {
  const gazette::money::Recogniser recogniser;
  REQUIRE(sizeof(kCases) / sizeof(kCases[0]) >= 150);
  for (const Case& c : kCases) {
    INFO("text: " << c.text);
    const std::string original = c.text;
    const gazette::normalise::Normalised n = gazette::normalise::normalise(original);
    const std::vector<gazette::money::Amount> found = recogniser.find(n.text, &n.upper);
    if (std::string(c.span).empty()) {
      for (const auto& a : found) {
        const std::size_t begin = n.original_begin(a.start), end = n.original_end(a.end);
        INFO("unexpected " << describe(a, original.substr(begin, end - begin)));
        CHECK(false);
      }
      continue;
    }
    REQUIRE_FALSE(found.empty());
    // The first mention is the one the row is about (rows with two amounts put theirs first).
    const gazette::money::Amount& a = found.front();
    const std::size_t begin = n.original_begin(a.start), end = n.original_end(a.end);
    const std::string span = original.substr(begin, end - begin);
    INFO("found " << describe(a, span));
    CHECK(span == c.span);
    CHECK(a.value == c.value);
    CHECK(a.min == c.min);
    CHECK(a.max == c.max);
    CHECK(a.currency == c.currency);
    CHECK(a.qualifier == c.qualifier);
  }
}

TEST_CASE("money: the family of a bare currency follows the text", "[money]") {
  // "A bare dollars is USD unless the text says otherwise": an explicit "dollars canadiens" or
  // "francs burundais" sets the currency of the bare mentions that follow.
  const gazette::money::Recogniser recogniser;
  const auto canadian = gazette::normalise::normalise(
      "Le prix passe à 10 dollars canadiens, soit 7 dollars de plus qu'hier et 3 $ de plus qu'en mai.");
  const auto c = recogniser.find(canadian.text);
  REQUIRE(c.size() == 3);
  CHECK(c[0].currency == "CAD");
  CHECK(c[1].currency == "CAD");
  CHECK(c[2].currency == "CAD");
  CHECK(recogniser.find(gazette::normalise::normalise("Il a payé 7 dollars.").text).at(0).currency == "USD");

  const auto n = gazette::normalise::normalise(
      "Le kilo passe à 1 900 francs burundais ; l'essence passe de 2 000 francs à 2 100 francs.");
  const auto found = recogniser.find(n.text);
  REQUIRE(found.size() == 2);
  CHECK(found[0].currency == "BIF");
  CHECK(found[1].currency == "BIF");
  CHECK(found[1].min == "2000");
  CHECK(found[1].max == "2100");
}

TEST_CASE("money: several amounts in one text keep their order and spans", "[money]") {
  const gazette::money::Recogniser recogniser;
  const std::string text =
      "avait prévu l'investissement de 50 milliards de dollars (47,8 milliards d'euros) aux États-Unis";
  const auto n = gazette::normalise::normalise(text);
  const auto found = recogniser.find(n.text);
  REQUIRE(found.size() == 2);
  CHECK(text.substr(n.original_begin(found[1].start), n.original_end(found[1].end) - n.original_begin(found[1].start)) ==
        "47,8 milliards d'euros");
  CHECK(found[0].currency == "USD");
  CHECK(found[1].currency == "EUR");
  CHECK(found[1].value == "47800000000");
}

TEST_CASE("money: one recogniser serves concurrent callers", "[money]") {
  // find() is const and keeps its state on the stack; run it from two threads on the same object.
  const gazette::money::Recogniser recogniser;
  const auto n = gazette::normalise::normalise("Un coût de vingt et un millions d'euros et 3 000 $.");
  std::vector<gazette::money::Amount> a, b;
  std::thread t([&] {
    for (int i = 0; i < 200; ++i) a = recogniser.find(n.text);
  });
  for (int i = 0; i < 200; ++i) b = recogniser.find(n.text);
  t.join();
  REQUIRE(a.size() == 2);
  REQUIRE(b.size() == 2);
  CHECK(a[0].value == "21000000");
  CHECK(b[0].value == "21000000");
}
