#include "match/name_matcher.h"

#include <catch2/catch.hpp>

#include "match/acronym_definitions.h"
#include "match_test_support.h"

using namespace gazette;
using V = std::vector<std::string>;

namespace {
const test::NameFinder& matcher() {
  static const test::NameFinder m(
      test::gazetteer_from("Amazon\tcompany\n"
                           "Amazon Web Services\tcompany\tAWS\n"
                           "Google\tcompany\n"
                           "Google DeepMind\tcompany\n"
                           "Institut national de recherche en sciences et technologies du numérique\tlab\tInria\n"
                           "Commissariat à l'énergie atomique\tlab\tCEA\n"
                           "CEA-Leti\tlab\n"
                           "L'Oréal\tcompany\n"
                           "Orange\tcompany\t=Orange\t\t\n"
                           "xAI\tcompany\n"
                           "Alice & Bob\tcompany\n"
                           "Airbus\tcompany\n"
                           "Siemens Gamesa\tcompany\n"
                           "Los Alamos National Laboratory\tlab\tlaboratoire national de Los Alamos\n"
                           "International Business Machines\tcompany\tIBM\t\tnocase\n"
                           "PSA\tcompany\tGroupe PSA\n"
                           "INSERM\tlab\tI.N.S.E.R.M.\n"
                           "Roche\tcompany\n"
                           "Translational Innovation in Medicine and Complexity\tlab\tlaboratoire TIMC\n"));
  return m;
}
V found(const std::string& text) { return test::surfaces(matcher().find(text)); }
}  // namespace

TEST_CASE("longest name first, at word boundaries", "[match][names]") {
  CHECK(found("Amazon Web Services et Amazon") == V{"Amazon Web Services", "Amazon"});
  CHECK(found("Google DeepMind, filiale de Google.") == V{"Google DeepMind", "Google"});
  CHECK(found("Googleplex Amazonie") == V{});
  CHECK(found("le laboratoire national de Los Alamos") == V{"laboratoire national de Los Alamos"});
  // A blank line ends every name; a line wrapped inside a paragraph does not.
  CHECK(found("Amazon Web\n\nServices") == V{});
  CHECK(found("Amazon Web\nServices") == V{"Amazon Web\nServices"});
}

TEST_CASE("case, accents, apostrophes and spacing do not matter for ordinary names", "[match][names]") {
  CHECK(found("AMAZON et google") == V{"AMAZON", "google"});
  CHECK(found("l\xE2\x80\x99Or\xC3\xA9"
              "al et L'OREAL") == V{"l\xE2\x80\x99Or\xC3\xA9"
                                    "al",
                                    "L'OREAL"});
  CHECK(found("CEA Leti, CEA-Leti et CEA\xE2\x80\x91Leti") == V{"CEA Leti", "CEA-Leti", "CEA\xE2\x80\x91Leti"});
  CHECK(found("Siemens-Gamesa et Siemens - Gamesa") == V{"Siemens-Gamesa", "Siemens - Gamesa"});
  CHECK(found("Alice & Bob") == V{"Alice & Bob"});
  CHECK(found("Alice et Bob") == V{});
  CHECK(found("Airbus&Co, xAI & Airbus") == V{"xAI", "Airbus"});  // glued to '&': part of another name
  CHECK(found("Amazon.fr, Cyber.Amazon, Amazon's et Airbus'Pro, qu'Amazon") == V{"Amazon.fr", "Amazon", "Amazon"});
  CHECK(found("des actifs.Airbus se positionne") == V{"Airbus"});  // a full stop that lost its space
  CHECK(found("sur tookan.gforge.inria.fr") == V{});
}

TEST_CASE("a dotted sigle is one name, not the start of a longer one", "[match][names]") {
  CHECK(found("l'I.N.S.E.R.M. et l'INSERM") == V{"I.N.S.E.R.M.", "INSERM"});
  CHECK(found("l'I.N.S.E.R.M.A de Lyon") == V{});  // one more letter: another sigle
}

TEST_CASE("a lower-case generic head stays outside a company's span", "[match][names]") {
  CHECK(found("le groupe PSA et le Groupe PSA") == V{"PSA", "Groupe PSA"});
}

TEST_CASE("a company listed under a person's name is no mention where an apposition says who", "[match][names]") {
  const test::NameFinder people(test::gazetteer_from("Louis Dreyfus Company\tcompany\tLouis Dreyfus\n"),
                                test::first_names());
  const auto people_found = [&](const std::string& text) { return test::surfaces(people.find(text)); };
  CHECK(people_found("Louis Dreyfus, pr\xC3\xA9sident du directoire, a parl\xC3\xA9.") == V{});
  CHECK(people_found("Louis Dreyfus, le n\xC3\xA9gociant, a vendu.") == V{"Louis Dreyfus"});
}

TEST_CASE("a lower-case lab noun before an acronym stays outside a lab's span", "[match][names]") {
  CHECK(found("au laboratoire TIMC de Grenoble") == V{"TIMC"});
  CHECK(found("le laboratoire national de Los Alamos") == V{"laboratoire national de Los Alamos"});
}

TEST_CASE("French elision leaves the article outside the span", "[match][names]") {
  CHECK(found("d'Amazon, l\xE2\x80\x99Inria, qu'Airbus, jusqu'\xC3\xA0 xAI") == V{"Amazon", "Inria", "Airbus", "xAI"});
}

TEST_CASE("acronyms and exact-case names match only in their case", "[match][names]") {
  CHECK(found("AWS et le CEA") == V{"AWS", "CEA"});
  CHECK(found("aws, Aws, cea") == V{});
  CHECK(found("Orange et une orange") == V{"Orange"});
  CHECK(found("ibm et IBM") == V{"ibm", "IBM"});  // "nocase" lifts the acronym rule
}

TEST_CASE("a legal form written after a company name joins its span", "[match][names]") {
  CHECK(found("Airbus SE a dit") == V{"Airbus SE"});
  CHECK(found("Amazon Inc. et Google Ltd") == V{"Amazon Inc.", "Google Ltd"});
  CHECK(found("Airbus S.A. et xAI SAS") == V{"Airbus S.A.", "xAI SAS"});
  CHECK(found("Airbus se retire") == V{"Airbus"});    // the pronoun is not a legal form
  CHECK(found("Airbus, SA filiale") == V{"Airbus"});  // only spaces may separate them
  CHECK(found("Le CEA SA") == V{"CEA"});              // labs take no legal form
}

TEST_CASE("a company name inside a longer proper noun is not a mention", "[match][names]") {
  CHECK(found("un Airbus A320 et la Google Arena, un Airbus-320") == V{});
  CHECK(found("l'achat de 114 Airbus, d'un Airbus et d'Airbus ; en 2018 Airbus ; La Roche-sur-Yon et Roche") ==
        V{"Airbus", "Airbus", "Roche"});
  CHECK(found("des bio- marqueurs d'Amazon-\nmarket, Google- France") == V{"Google"});
  // A one-word name right after a noun of a kind names that kind: "au format Sprint".
  CHECK(found("au format Orange, en classe Airbus, le format de Google") == V{"Google"});
  // A one-word name after a place noun and "de", or before a compass point, names a place.
  CHECK(found("le comt\xC3\xA9 d'Orange, l'entr\xC3\xA9\x65 d'Orange centre, Orange sud, la gare Orange, Orange est") ==
        V{"Orange", "Orange"});
  CHECK(found("Airbus SE, Google 2018 et Amazon.") == V{"Airbus SE", "Google", "Amazon"});
  CHECK(found("Google France et Airbus Defence SAS, Amazon Bidule") == V{"Google France", "Airbus Defence SAS"});
  CHECK(found("sur Amazon.com et Google.fr, Amazon.bidule") == V{"Amazon.com", "Google.fr"});
}

TEST_CASE("patterns in a gazetteer match folded text", "[match][names]") {
  const test::NameFinder m(test::gazetteer_from("Unité Inserm\tlab\t\\binserm u ?\\d{3,4}\\b\t\tpattern\n"));
  CHECK(test::surfaces(m.find("l'unité INSERM U1234 et Inserm U 761.")) == V{"INSERM U1234", "Inserm U 761"});
}

TEST_CASE("the first gazetteer to name a sequence owns it", "[match][names]") {
  auto g = std::make_shared<match::Gazetteer>();
  match::GazetteerError error;
  REQUIRE(g->add_tsv("user.tsv", "canonical\ttype\taliases\tids\tflags\nMon Orange\tcompany\tOrange\n", error));
  REQUIRE(g->add_tsv("builtin.tsv", "canonical\ttype\taliases\tids\tflags\nOrange SA\tcompany\tOrange\n", error));
  g->finish();
  const test::NameFinder m(g);
  const auto f = m.find("Orange");
  REQUIRE(f.size() == 1);
  CHECK(f[0].canonical == "Mon Orange");
}

TEST_CASE("matching cost does not depend on names that share no prefix with the text", "[match][names]") {
  // 20,000 generated names: a text with none of them finds none, and one with a few finds those.
  std::string rows;
  for (int i = 0; i < 20000; ++i) rows += "Societe Numero " + std::to_string(i) + " Holding\tcompany\n";
  const test::NameFinder m(test::gazetteer_from(rows));
  CHECK(m.find("La Societe Numero 12 a vendu.").empty());
  CHECK(test::surfaces(m.find("Societe Numero 19999 Holding et Societe Numero 7 Holding")) ==
        V{"Societe Numero 19999 Holding", "Societe Numero 7 Holding"});
}

TEST_CASE("an acronym the document spells out as something else is not the listed one", "[match][names]") {
  // The tumour marker, named again later: none of its mentions is the lab.
  CHECK(found("Le marqueur CEA (Antigène Carcino-Embryonnaire) est connu. Le CEA a été choisi.") == V{});
  CHECK(found("une boîte interface intra-osseux (BIIO) et le BIIO") == V{});
  // An acronym that keeps small letters spells out its capitals.
  const auto spelt_out = [](const std::string& original) {
    const tokens::Text text = tokens::analyse(original);
    std::vector<match::TextSpan> mentions;
    for (const auto& t : text.tokens)
      if (t.word && text.folded.upper[t.begin]) mentions.push_back({t.begin, t.end});
    return match::acronyms_spelt_out_otherwise(text.folded, text.tokens, *test::words(), mentions, {}).size();
  };
  CHECK(spelt_out("Le projet ReDi (Redefining Display) vise") == 1);
  CHECK(spelt_out("Le projet ReMo (Redefining Display) vise") == 0);
  // Before the bracket, only capitals: a sentence's words spell out a brand as often as not.
  CHECK(spelt_out("Il cherche un emploi en ligne sur Internet (LinkedIn).") == 0);
  // Spelt out as the listed name, or with a head that says it is an organisation: kept.
  CHECK(found("le CEA (Commissariat à l'énergie atomique) et le CEA") ==
        V{"CEA", "Commissariat à l'énergie atomique", "CEA"});
  CHECK(found("au laboratoire « Contrôle et Étude Atomique » (CEA), puis au CEA") == V{"CEA", "CEA"});
  CHECK(found("l'Office de Contrôle Européen Atomique (CEA) ; le CEA") == V{"CEA", "CEA"});
  // A bracket that holds no spelling of the letters says nothing: "IBM (Armonk)".
  CHECK(found("IBM (Armonk) et IBM") == V{"IBM", "IBM"});
}

TEST_CASE("a register's short lab acronym counts only where the document speaks of research", "[match][names]") {
  const test::NameFinder m(
      test::gazetteer_from("Biologie cellulaire et Cancer\tlab\tCDC\trnsr:199511677U\t\n"
                           "CEA\tlab\t\tror:00jjx8s55\t\n"
                           "Innovative Medicines Initiative\tlab\tIMI\t\t\n"));
  const auto found = [&](const std::string& text) { return test::surfaces(m.find(text)); };
  // "la CDC" of a property deal is the Caisse des dépôts; a user's list (no register id) means
  // what it says; an acronym that is the lab's own name needs no research word.
  CHECK(found("Il a vendu l'immeuble \xC3\xA0 la CDC, \xC3\xA0 IMI et au CEA.") == V{"IMI", "CEA"});
  CHECK(found("Les chercheurs de la CDC et du CEA.") == V{"CDC", "CEA"});
}
