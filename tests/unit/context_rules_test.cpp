#include "match/context_rules.h"

#include <catch2/catch.hpp>

#include "match/carried_projects.h"
#include "match_test_support.h"

using namespace gazette;

namespace {
struct Found {
  std::string surface;
  produce::EntityType type;
  bool operator==(const Found& o) const { return surface == o.surface && type == o.type; }
};
std::ostream& operator<<(std::ostream& os, const Found& f) {
  return os << f.surface << "/" << produce::to_string(f.type);
}
using V = std::vector<Found>;
constexpr auto C = produce::EntityType::company;
constexpr auto L = produce::EntityType::lab;

// The context rules (all, or only `rules`) after a gazetteer of `known` rows, resolved as the
// pipeline resolves them: what they add to the gazetteer's finds, in text order.
class ContextFinder {
 public:
  explicit ContextFinder(std::vector<std::string> rules = {}, const std::string& known = "")
      : gazetteer_(test::gazetteer_from(known)),
        names_(gazetteer_, test::words(), test::first_names(), registry_),
        rules_(test::words(), test::first_names(), registry_, rules) {}

  std::vector<test::Found> find(const std::string& original) const {
    const tokens::Text text = tokens::analyse(original);
    produce::CandidateSet candidates;
    names_.produce(text, candidates);
    rules_.produce(text, candidates);
    std::vector<test::Found> out;
    for (const test::Found& f : test::surfaces_of(original, text, candidates, registry_, gazetteer_.get(), true))
      if (f.source != "gazetteer") out.push_back(f);
    return out;
  }

 private:
  std::shared_ptr<const match::Gazetteer> gazetteer_;
  produce::ProducerRegistry registry_;
  match::GazetteerNames names_;
  match::ContextRules rules_;
};

V to_found(const std::vector<test::Found>& all) {
  V out;
  for (const test::Found& f : all) out.push_back({f.surface, f.type});
  return out;
}

// Every rule.
V found(const std::string& original) {
  static const ContextFinder all;
  return to_found(all.find(original));
}

// One rule alone: what it finds, each record naming it as its source.
V found_by(const std::string& rule, const std::string& original, const std::string& known = "") {
  const ContextFinder one({rule}, known);
  const std::vector<test::Found> all = one.find(original);
  for (const test::Found& f : all) CHECK(f.source == "context:" + rule);
  return to_found(all);
}
}  // namespace

TEST_CASE("every rule has a name, an example and a unit test of its own", "[match][context]") {
  std::vector<std::string> names;
  for (const match::RuleInfo& rule : match::context_rules()) {
    CHECK_FALSE(rule.example.empty());
    names.emplace_back(rule.name);
  }
  CHECK(names == std::vector<std::string>{"acronym_parent", "unit_number", "legal_form", "founded", "activity_verb",
                                          "named_head", "noun_after_name", "company_noun", "company_role",
                                          "standing_noun", "acquired", "company_last_word", "nationality_noun",
                                          "made_by", "lab_noun", "bracketed_acronym", "list_member", "repeated"});
  CHECK_THROWS_AS(ContextFinder({"no_such_rule"}), std::invalid_argument);
}

TEST_CASE("rule acronym_parent: an acronym before its bracketed or slashed parent", "[match][context][rule]") {
  CHECK(found_by("acronym_parent", "au sein du GREYC (CNRS, UMR 6072)") == V{{"GREYC", L}});
  CHECK(found_by("acronym_parent", "issu du LEPES/unit\xC3\xA9 propre CNRS, pas TCP/IP ni INPT/CNRS") ==
        V{{"LEPES", L}});
  CHECK(found_by("acronym_parent", "le CNRS (Inserm)") == V{});
}

TEST_CASE("rule unit_number: UMR and its number", "[match][context][rule]") {
  CHECK(found_by("unit_number", "UMR 5800, UMR-S 1234, UMR CNRS 5130 et umr 12") ==
        V{{"UMR 5800", L}, {"UMR-S 1234", L}});
  // Other research units' codes; not a support unit's, nor a code in lower case.
  CHECK(found_by("unit_number", "l'EA 4360, la FRE 2870, l'unit\xC3\xA9 INSERM EMI 363, l'UMS 3468 et Ea 2019") ==
        V{{"EA 4360", L}, {"FRE 2870", L}, {"EMI 363", L}});
}

TEST_CASE("rule legal_form: a capitalised name and its legal form", "[match][context][rule]") {
  CHECK(found_by("legal_form", "Quandela SAS et Acme Robotics Inc. ont sign\xC3\xA9") ==
        V{{"Quandela SAS", C}, {"Acme Robotics Inc.", C}});
  CHECK(found_by("legal_form", "Acme-Industries SARL, H3E Sarl et Zorbex S.A.S.") ==
        V{{"Acme-Industries SARL", C}, {"H3E Sarl", C}, {"Zorbex S.A.S.", C}});
  CHECK(found_by("legal_form", "En SAS, la gestion ; Jean SAS") == V{});
  // A full stop after a legal form written out ends the sentence.
  CHECK(found_by("legal_form", "rachet\xC3\xA9 par Mannai Corporation. Puis Zorbix Corp. a") ==
        V{{"Mannai Corporation", C}, {"Zorbix Corp.", C}});
}

TEST_CASE("rule founded: a name whose founding is told", "[match][context][rule]") {
  CHECK(found_by("founded",
                 "Carembouche a \xC3\xA9t\xC3\xA9 fond\xC3\xA9"
                 "e fin 2021.") == V{{"Carembouche", C}});
  CHECK(found_by("founded",
                 "La ville de Lyon, fond\xC3\xA9"
                 "e en 43") == V{});
  CHECK(found_by("founded",
                 "Oria Bioscience est fond\xC3\xA9"
                 "e par une \xC3\xA9quipe. Il est fond\xC3\xA9 sur") == V{{"Oria Bioscience", C}});
}

TEST_CASE("rule activity_verb: a sentence's subject doing what companies do", "[match][context][rule]") {
  CHECK(found_by("activity_verb", "UGIEL d\xC3\xA9ploie son r\xC3\xA9seau. Emobot a lev\xC3\xA9 2 M\xE2\x82\xAC.") ==
        V{{"UGIEL", C}, {"Emobot", C}});
  CHECK(found_by("activity_verb", "Macron propose une loi. Manuel d\xC3\xA9veloppe.") == V{});
  // The future of the strong verbs is as strong; the business verbs a summary uses are weak.
  CHECK(found_by("activity_verb",
                 "KaliStick d\xC3\xA9veloppera une plateforme. BEA Technologies exploite des "
                 "algorithmes. Macron proposera une loi. Paris exploite le m\xC3\xA9tro.") ==
        V{{"KaliStick", C}, {"BEA Technologies", C}});
  // Adverbs or an aside between the auxiliary and its participle.
  CHECK(found_by(
            "activity_verb",
            "Zorbix a r\xC3\xA9\x63\x65mment lev\xC3\xA9 2 M\xE2\x82\xAC. Velmio a, quant \xC3\xA0 elle, lev\xC3\xA9 "
            "3 M\xE2\x82\xAC. Ensuite, Plastor a de son c\xC3\xB4t\xC3\xA9 rachet\xC3\xA9 Trivox.") ==
        V{{"Zorbix", C}, {"Velmio", C}, {"Plastor", C}});
  // A word written alone that the document also writes after a capitalised word is a surname;
  // not for a name a company noun introduces.
  CHECK(
      found("La soci\xC3\xA9t\xC3\xA9 Bertrandon, fond\xC3\xA9\x65 par Michel Bertrandon en 1990, fabrique des vis.") ==
      V{{"Bertrandon", C}});
  CHECK(found_by("activity_verb",
                 "Il est mort, selon l'animateur Bud Luckey. Luckey a \xC3\xA9galement con\xC3\xA7u des "
                 "personnages.") == V{});
  // A verb of several words, read as a weak one.
  CHECK(found_by("activity_verb",
                 "DIGEM met au point un outil. OXYGENE RESEARCH a mis au point un logiciel. Macron a "
                 "mis au point un plan.") == V{{"DIGEM", C}, {"OXYGENE RESEARCH", C}});
  // An infinitive after an auxiliary of a plan, a relative clause that opens the sentence, money raised.
  CHECK(found_by("activity_verb",
                 "Zorbix va commercialiser un capteur. Velmio vient de d\xC3\xA9velopper un outil. Arvex, qui "
                 "fabrique des pompes, recrute. Kymo l\xC3\xA8ve 5 millions d'euros. Nexo vient de lever des fonds.") ==
        V{{"Zorbix", C}, {"Velmio", C}, {"Arvex", C}, {"Kymo", C}, {"Nexo", C}});
  CHECK(found_by("activity_verb",
                 "P\xC3\xA9kin l\xC3\xA8ve les restrictions. Nexo va lever le voile. Il a vu Arvex, qui fabrique "
                 "des pompes.") == V{});
  // A participle folds to the verb's spelling ("développé", "commercialisé"): no verb there.
  CHECK(found_by("activity_verb", "NeuroSpot d\xC3\xA9velopp\xC3\xA9 par le CEA mesure le sommeil.") == V{});
  CHECK(found_by("activity_verb", "NeuroSpot d\xC3\xA9veloppe un capteur.") == V{{"NeuroSpot", C}});
  // ... so that the participle after "a" is read as one: "X a développé".
  CHECK(found_by("activity_verb", "Cycleo a d\xC3\xA9velopp\xC3\xA9 un modem radio.") == V{{"Cycleo", C}});
  CHECK(found_by("activity_verb", "Morfo a lanc\xC3\xA9 un programme. VisAge a cr\xC3\xA9\xC3\xA9 une plateforme.") ==
        V{{"Morfo", C}, {"VisAge", C}});
  // A surname after an initial is a person's.
  CHECK(found_by("activity_verb", "M. GIRARD a d\xC3\xA9velopp\xC3\xA9 un composant audio.") == V{});
  CHECK(found_by("activity_verb", "Selon lui, Dr J. DUPONT a d\xC3\xA9velopp\xC3\xA9 un capteur.") == V{});
  CHECK(found_by("activity_verb", "avec l'Universit\xC3\xA9 Bordeaux I. ANNEX-TOOLS vise la production d'outils.") ==
        V{{"ANNEX-TOOLS", C}});
  // With a weak verb, a name the document gives as what a company develops is a product's:
  // "développe X" in the present tense, not the participle "développé".
  CHECK(
      found_by("activity_verb", "Neocor d\xC3\xA9veloppe HeartCare, une th\xC3\xA9rapie. HeartCare propose un soin.") ==
      V{{"Neocor", C}});
  CHECK(found_by("activity_verb", "le capteur d\xC3\xA9velopp\xC3\xA9 HeartCare. HeartCare propose un soin.") ==
        V{{"HeartCare", C}});
  // A reflexive verb, read as a weak one: a company-shaped subject before "se" or "s'".
  CHECK(found_by("activity_verb", "UROLEAD s'appuie sur des tumeurs. CyAnimal se positionne comme un acteur.") ==
        V{{"UROLEAD", C}, {"CyAnimal", C}});
  CHECK(found_by("activity_verb", "Emmanuel Macron se d\xC3\xA9marque. Lucine se positionne sur le march\xC3\xA9.") ==
        V{});
  // ... unless the document calls the name a product, whatever stands between the noun and it.
  CHECK(found_by("activity_verb",
                 "la solution brevet\xC3\xA9"
                 "e AirNES. AirNES se distingue par sa robustesse.") == V{});
  CHECK(found_by("activity_verb", "EVUP est une solution mobile. EVUP s'adresse aux particuliers.") == V{});
  CHECK(found_by("activity_verb",
                 "cette solution, appel\xC3\xA9"
                 "e ACCENTA, permet de chauffer. ACCENTA s'adresse aux industriels.") == V{});
}

TEST_CASE("rule named_head: an institute or capitalised laboratory with its name", "[match][context][rule]") {
  CHECK(found_by("named_head", "l'Institut FEMTO-ST et le Laboratoire Hubert Curien") ==
        V{{"Institut FEMTO-ST", L}, {"Laboratoire Hubert Curien", L}});
  CHECK(found_by("named_head", "le Laboratoire IREMIA") == V{});
  CHECK(found_by("named_head", "le Laboratoire LaTEP de l'Universit\xC3\xA9 de Pau") == V{});
  // In lower case, a field's capitalised words after "des", or two of them, make the head part of the name.
  CHECK(found_by("named_head", "au laboratoire des Macrophages et au laboratoire de Physique Th\xC3\xA9orique") ==
        V{{"laboratoire des Macrophages", L}, {"laboratoire de Physique Th\xC3\xA9orique", L}});
  CHECK(found_by("named_head",
                 "le laboratoire de Lille, le laboratoire du Dr Virolle, le laboratoire de Jean Martin") == V{});
}

TEST_CASE("rule noun_after_name: a trigger noun that describes the name before it", "[match][context][rule]") {
  CHECK(found_by("noun_after_name", "Amarob, spin-off issue de la recherche") == V{{"Amarob", C}});
  CHECK(found_by("noun_after_name", "Le LIRMM, laboratoire d'informatique") == V{{"LIRMM", L}});
  CHECK(found_by("noun_after_name", "\xC3\x80 Lyon, la start-up Nova") == V{});
  // A shop after a comma is in the place before it.
  CHECK(found_by("noun_after_name", "\xC3\x80 Marseille, une boutique de t\xC3\xA9l\xC3\xA9phonie") == V{});
  // An adjective may stand before the noun: "une nouvelle société", "la première entreprise".
  CHECK(found_by("noun_after_name",
                 "SynAging est une nouvelle soci\xC3\xA9t\xC3\xA9. ShareSoft est la premi\xC3\xA8re entreprise.") ==
        V{{"SynAging", C}, {"ShareSoft", C}});
  // A bracket may hold the description, unless a name follows the noun there.
  CHECK(found_by("noun_after_name", "le projet de Zorbix (soci\xC3\xA9t\xC3\xA9 cr\xC3\xA9\xC3\xA9\x65 en 2008)") ==
        V{{"Zorbix", C}});
  CHECK(found_by("noun_after_name",
                 "Il travaille \xC3\xA0 Toulouse (soci\xC3\xA9t\xC3\xA9 Zorbix) et aime "
                 "les Beatles (groupe de rock)") == V{});
  CHECK(
      found_by(
          "noun_after_name",
          "Des repr\xC3\xA9sentants du Mali (soci\xC3\xA9t\xC3\xA9 civile, partis) et la Bretagne (start-up nation)") ==
      V{});
}

TEST_CASE("rule company_noun: a company noun and the name after it", "[match][context][rule]") {
  CHECK(found_by("company_noun", "la firme japonaise SoftBank et l'op\xC3\xA9rateur Sprint") ==
        V{{"SoftBank", C}, {"Sprint", C}});
  // A lone first name after a trigger noun is the company's name; with a surname, a person's.
  CHECK(found_by("company_noun", "La start-up Alan a lev\xC3\xA9 10 M\xE2\x82\xAC.") == V{{"Alan", C}});
  CHECK(found_by("company_noun", "le groupe Herv\xC3\xA9 de La Martini\xC3\xA8re") == V{});
  CHECK(found_by("company_noun", "le laboratoire LIRMM") == V{});
  // A shop or a chain names its company: "le magasin Go Sport", "l'enseigne Monoprix".
  CHECK(found_by("company_noun", "le magasin Go Sport et l'agence immobili\xC3\xA8re Civel") ==
        V{{"Go Sport", C}, {"Civel", C}});
  // What the company does may stand between its noun and its name, but not who or how many.
  CHECK(found_by("company_noun",
                 "la soci\xC3\xA9t\xC3\xA9 de conseil Kaprika et l'op\xC3\xA9rateur de t\xC3\xA9l\xC3\xA9phonie "
                 "mobile Telvia") == V{{"Kaprika", C}, {"Telvia", C}});
  CHECK(found_by("company_noun",
                 "en compagnie de son \xC3\xA9poux Bill, un groupe de dix Gilets jaunes, une entreprise de "
                 "Toulouse, un groupe de personnes \xC3\xA0 Blagnac") == V{});
  // A title or a channel names its company: "le magazine Marianne", "la chaîne américaine NBC".
  CHECK(found_by("company_noun", "le magazine Marianne et la cha\xC3\xAEne am\xC3\xA9ricaine NBC") ==
        V{{"Marianne", C}, {"NBC", C}});
  // A plural noun introduces a whole list closed by "et" or "ou", and nothing else.
  CHECK(found_by("company_noun", "les constructeurs Renault, Stellantis et Toyota") ==
        V{{"Renault", C}, {"Stellantis", C}, {"Toyota", C}});
  CHECK(found_by("company_noun", "les firmes Kerlink ou Bravia SA") == V{{"Kerlink", C}, {"Bravia SA", C}});
  CHECK(found_by("company_noun",
                 "les entreprises Fran\xC3\xA7"
                 "aises, les soci\xC3\xA9t\xC3\xA9s Kerlink, Bravia.") == V{});
  // Quotes only mark the name; a quoted phrase that is not a capitalised name is no name.
  CHECK(found_by("company_noun",
                 "L'entreprise \"Syndivia\" vend ; la startup \xC2\xAB\xC2\xA0SharpEye\xC2\xA0\xC2\xBB innove.") ==
        V{{"Syndivia", C}, {"SharpEye", C}});
  CHECK(found_by("company_noun", "le groupe \xC2\xAB La France en col\xC3\xA8re \xC2\xBB") == V{});
}

TEST_CASE("rule lab_noun: a lab noun and the acronym after it", "[match][context][rule]") {
  CHECK(found_by("lab_noun", "le laboratoire LIRMM et l'\xC3\xA9quipe IMEP-LAHC") == V{{"LIRMM", L}, {"IMEP-LAHC", L}});
  CHECK(found_by("lab_noun", "L'\xC3\xA9quipe HUBLEX con\xC3\xA7oit des outils.") == V{{"HUBLEX", C}});
  CHECK(found_by("lab_noun", "la start-up Nova") == V{});
}

TEST_CASE("rule bracketed_acronym: an acronym in brackets after a known name", "[match][context][rule]") {
  CHECK(found_by("bracketed_acronym", "Pakistan International Airlines (PIA) et GREYC (CNRS)",
                 "Pakistan International Airlines\tcompany\nGREYC\tlab\n") == V{{"PIA", C}});
  // A phrase in brackets after a lab's acronym that spells it out is the lab's name; not for a
  // company, nor a phrase whose initials differ.
  CHECK(found_by("bracketed_acronym",
                 "du LaBRI (Laboratoire Bordelais de recherche Informatique), du GREYC (Groupe de recherche "
                 "en informatique), de FDN (Familia do Norte)",
                 "LaBRI\tlab\nGREYC\tlab\nFDN\tcompany\n") ==
        V{{"Laboratoire Bordelais de recherche Informatique", L}});
}

TEST_CASE("rule company_role: what only a company has, then its name", "[match][context][rule]") {
  CHECK(found_by("company_role", "Le PDG d'Alstom et les actionnaires de Vencorex SA.") ==
        V{{"Alstom", C}, {"Vencorex SA", C}});
  CHECK(found_by("company_role", "le PDG de la SNCF, les salari\xC3\xA9s de Florange, le PDG de Jean Dupont") == V{});
  // Revenues and outlets are a business's; a founder founds websites and associations too.
  CHECK(found_by("company_role",
                 "Les revenus d'ULTEO et les d\xC3\xA9"
                 "bouch\xC3\xA9s de BioTracker") == V{{"ULTEO", C}, {"BioTracker", C}});
  CHECK(found_by("company_role",
                 "le fondateur de Wikip\xC3\xA9"
                 "dia") == V{});
  CHECK(found_by("company_role", "une filiale d'Orvanis") == V{{"Orvanis", C}});
  // Founders in the plural and a creation are a start-up's, unless the name is spelt out as a thing.
  CHECK(found_by("company_role",
                 "Les fondateurs de Checkphone et la cr\xC3\xA9"
                 "ation de Lumen Surgical") == V{{"Checkphone", C}, {"Lumen Surgical", C}});
  CHECK(found_by("company_role",
                 "la cr\xC3\xA9"
                 "ation de PAI (produits alimentaires interm\xC3\xA9"
                 "diaires)") == V{});
  // Roles of several words; the board, the rivals, the capital.
  CHECK(found_by("company_role",
                 "le chiffre d'affaires de Zorbix, le directeur g\xC3\xA9n\xC3\xA9ral de Velmio, "
                 "le directoire d'Arvex et les concurrents de Kymo") ==
        V{{"Zorbix", C}, {"Velmio", C}, {"Arvex", C}, {"Kymo", C}});
  CHECK(found_by("company_role", "le directeur g\xC3\xA9n\xC3\xA9ral de l'OMS, la m\xC3\xA8re de Zorbix") == V{});
}

TEST_CASE("rule standing_noun: a company's place in its market, then its name", "[match][context][rule]") {
  CHECK(found_by("standing_noun",
                 "le g\xC3\xA9"
                 "ant chinois Zorbix et le sp\xC3\xA9"
                 "cialiste fran\xC3\xA7"
                 "ais des antennes Kymeta") == V{{"Zorbix", C}, {"Kymeta", C}});
  CHECK(
      found_by("standing_noun", "le num\xC3\xA9ro un mondial du pneu Vorlan SA, au leader mondial de l'acier Arvex") ==
      V{{"Vorlan SA", C}, {"Arvex", C}});
  CHECK(found_by("standing_noun", "le leader st\xC3\xA9phanois des enceintes acoustiques Focal") == V{{"Focal", C}});
  // A person placed so has a first name; "leader" alone and "champion" are sports news words.
  CHECK(found_by("standing_noun",
                 "le sp\xC3\xA9"
                 "cialiste du climat Jean Jouzel, le leader du moment Thibault Lopez, un g\xC3\xA9"
                 "ant Zorbix") == V{});
}

TEST_CASE("rule acquired: the company bought, and in the passive the buyer too", "[match][context][rule]") {
  CHECK(found_by("acquired", "Microsoft rach\xC3\xA8te Zorbix. Arvex a acquis Kymo SA.") ==
        V{{"Zorbix", C}, {"Kymo SA", C}});
  CHECK(found_by("acquired",
                 "Zorbix a \xC3\xA9t\xC3\xA9 rachet\xC3\xA9"
                 "e par Velmio. Arvex, rachet\xC3\xA9"
                 "e par Nexo, ferme.") == V{{"Zorbix", C}, {"Velmio", C}, {"Arvex", C}, {"Nexo", C}});
  CHECK(found_by("acquired", "En 2015 : Montupet racheté par Linamar.") == V{{"Montupet", C}, {"Linamar", C}});
  // "acquis" only as a participle after "a"; a lower-case or determined object is no name.
  CHECK(found_by("acquired", "les acquis Sociaux, il a rachet\xC3\xA9 la Maison") == V{});
}

TEST_CASE("rule company_last_word: a name that ends with a word only companies end theirs with",
          "[match][context][rule]") {
  CHECK(found_by("company_last_word", "aupr\xC3\xA8s d'UpFront Ventures et de BB Pureos Bioventures") ==
        V{{"UpFront Ventures", C}, {"BB Pureos Bioventures", C}});
  CHECK(found_by("company_last_word", "Projet Zorbix Therapeutics : une soci\xC3\xA9t\xC3\xA9") ==
        V{{"Zorbix Therapeutics", C}});
  CHECK(found_by("company_last_word",
                 "l'appareil appartient \xC3\xA0 ACT Airlines. Chez C12 Quantum Electronics, un qubit") ==
        V{{"ACT Airlines", C}, {"C12 Quantum Electronics", C}});
  // Not a longer name's word, not across a hyphen, not an acronym spelt out, not alone.
  CHECK(found_by("company_last_word",
                 "le Microsoft Robotics Studio, un sondage Odoxa-Dentsu Consulting, les MEMS (Micro Electro "
                 "Mechanical Systems), le magazine Capital") == V{});
}

TEST_CASE("rule nationality_noun: a company named by its country in lower case", "[match][context][rule]") {
  CHECK(found_by("nationality_noun", "l'am\xC3\xA9ricain Airgas et l'allemand Premium Aircraft Interior Group") ==
        V{{"Airgas", C}, {"Premium Aircraft Interior Group", C}});
  // Athletes are named so too: a first and a last name, a particle, a capitalised nationality.
  CHECK(found_by("nationality_noun",
                 "l'am\xC3\xA9ricaine Laurenne Ross, la n\xC3\xA9\x65rlandaise Marlene van Gansewinkel, le "
                 "Japonais Hanyu") == V{});
}

TEST_CASE("rule made_by: who made a thing, named without an article", "[match][context][rule]") {
  CHECK(found_by("made_by",
                 "La technologie d\xC3\xA9velopp\xC3\xA9"
                 "e par Touch Sensity et le produit propos\xC3\xA9 par Holusion SAS.") ==
        V{{"Touch Sensity", C}, {"Holusion SAS", C}});
  // The verb, not the participle; a technique; a person, with or without a listed first name.
  CHECK(found_by("made_by",
                 "Il propose par Internet. Des lentilles con\xC3\xA7ues par IA. La m\xC3\xA9thode "
                 "d\xC3\xA9velopp\xC3\xA9"
                 "e par Naomi KAMINSKY et celle d\xC3\xA9velopp\xC3\xA9"
                 "e par Pierre Dupont.") == V{});
}

TEST_CASE("rule list_member: a capitalised name listed between known companies", "[match][context][rule]") {
  CHECK(found_by("list_member",
                 "Anthropic, Armada, Amazon Web Services et Dell, DrivenData et Google. Paris, Lyon et Nice.",
                 "Anthropic\tcompany\nAmazon Web Services\tcompany\nDell\tcompany\nGoogle\tcompany\n") ==
        V{{"Armada", C}, {"DrivenData", C}});
  // A lone first name listed among companies is a company's name; a first name and a surname
  // are still a person.
  CHECK(found_by("list_member", "Doctolib, Alan et Qonto. Doctolib, Alan Turing et Qonto.",
                 "Doctolib\tcompany\nQonto\tcompany\n") == V{{"Alan", C}});
  // After two known companies in a row, the last name of the list after "et".
  CHECK(found_by("list_member", "Innovacom, Bpifrance et Sofimac. Airbus, Thales et Velmio Conseil, qui",
                 "Innovacom\tcompany\nBpifrance\tcompany\nAirbus\tcompany\nThales\tcompany\n") ==
        V{{"Sofimac", C}, {"Velmio Conseil", C}});
}

TEST_CASE("list_member reads the token rules' finds as known companies", "[match][context][rule]") {
  const ContextFinder two({"company_last_word", "list_member"});
  const std::vector<test::Found> all =
      two.find("Elle a pu compter sur Danone Manifesto Ventures, Capagro, Caravelle et DS Participation.");
  std::vector<std::string> names;
  for (const test::Found& f : all) names.push_back(f.surface);
  CHECK(names == std::vector<std::string>{"Danone Manifesto Ventures", "Capagro", "Caravelle", "DS Participation"});
}

TEST_CASE("rule repeated: a learnt name found again, spelled the same way", "[match][context][rule]") {
  const ContextFinder two({"company_noun", "repeated"});
  const std::vector<test::Found> all =
      two.find("La start-up Astrachain a lev\xC3\xA9 3 M\xE2\x82\xAC. Astrachain vise l'Europe ; astrachain non.");
  REQUIRE(all.size() == 2);
  CHECK(all[0].source == "context:company_noun");
  CHECK(all[1].source == "context:repeated");
  CHECK(all[1].surface == "Astrachain");
  // A name learnt with its legal form is found again without it, in each case it was written.
  const ContextFinder legal({"legal_form", "company_noun", "repeated"});
  std::vector<std::string> surfaces;
  for (const test::Found& found :
       legal.find("La soci\xC3\xA9t\xC3\xA9 STANDING OVATION SAS produit. Le proc\xC3\xA9"
                  "d\xC3\xA9 de STANDING OVATION est pilote. KALSIOM SA et la start-up Kalsiom ; Kalsiom vise."))
    surfaces.push_back(found.surface);
  CHECK(surfaces ==
        std::vector<std::string>{"STANDING OVATION SAS", "STANDING OVATION", "KALSIOM SA", "Kalsiom", "Kalsiom"});
  // After the first word, a word's capital may come and go; the first word keeps its case.
  surfaces.clear();
  for (const test::Found& found : two.find("La start-up Somno Engineering vend. Somno engineering a d\xC3\xA9"
                                           "velopp\xC3\xA9 ; somno Engineering non."))
    surfaces.push_back(found.surface);
  CHECK(surfaces == std::vector<std::string>{"Somno Engineering", "Somno engineering"});
}

TEST_CASE("a noun introduces a company name", "[match][context]") {
  CHECK(found("la start-up AcuSurgical a lev\xC3\xA9") == V{{"AcuSurgical", C}});
  CHECK(found("la firme japonaise SoftBank") == V{{"SoftBank", C}});
  CHECK(found("la start-up nav4you et la soci\xC3\xA9t\xC3\xA9 civile") == V{{"nav4you", C}});
  CHECK(found("l\xE2\x80\x99op\xC3\xA9rateur Sprint") == V{{"Sprint", C}});
  CHECK(found("la jeune pousse Ynsect et le groupe PSA") == V{{"Ynsect", C}, {"PSA", C}});
  CHECK(found("la start-up fran\xC3\xA7"
              "aise Protein BioSensor SAS") == V{{"Protein BioSensor SAS", C}});
  CHECK(found("le chanteur du groupe Linkin Park, le groupe ALDE et le groupe armé Jamaat") == V{});
  CHECK(found("la start-up, cr\xC3\xA9\xC3\xA9"
              "e en 2019, et le groupe de travail") == V{});
  CHECK(found("la soci\xC3\xA9t\xC3\xA9 Le 5 mars") == V{});
}

TEST_CASE("capitalised heads and engineering schools", "[match][context]") {
  CHECK(found("le Laboratoire IREMIA et le laboratoire ENSAIT") == V{{"IREMIA", L}});
  CHECK(found("le fonds d'investissement am\xC3\xA9ricain Zorbix Capital") == V{{"Zorbix Capital", C}});
  // A region's or a town's adjective, which no list holds.
  CHECK(found("le transporteur dr\xC3\xB4mois Mazet et la start-up francilienne Velmio") ==
        V{{"Mazet", C}, {"Velmio", C}});
  // A sector's adjective ("-ique"), a compound of nationalities, the trades of business news.
  CHECK(found("le groupe p\xC3\xA9trochimique belge Zorvina, le groupe franco-belge Altivor et la fonderie "
              "Ascovar") == V{{"Zorvina", C}, {"Altivor", C}, {"Ascovar", C}});
  CHECK(found("l'avionneur Zorbair et le fournisseur d'acc\xC3\xA8s Internet Frivol") ==
        V{{"Zorbair", C}, {"Frivol", C}});
  CHECK(found("le groupe islamique Boko Haram") == V{});
  // A list after a plural noun may give a short bracket after each name.
  CHECK(found("que ses concurrents Ardvik (7,8 fois), Vetrona (6 fois) et Owens-Illinar (5,9 fois)") ==
        V{{"Ardvik", C}, {"Vetrona", C}, {"Owens-Illinar", C}});
  // A term of trade written like a name names no one.
  CHECK(found("cibler les Big Pharma, leaders du march\xC3\xA9") == V{});
  // An activity of hyphen-joined words.
  CHECK(found("le groupe de pr\xC3\xAAt-\xC3\xA0-porter Happychic") == V{{"Happychic", C}});
  // An acronym that keeps small letters for its short words.
  CHECK(found("le Laboratoire LaTEP et le laboratoire BioMAP") == V{{"LaTEP", L}, {"BioMAP", L}});
  CHECK(found("l'\xC3\xA9quipe AirMEMS et l'\xC3\xA9quipe GREYC") == V{{"GREYC", L}});
  CHECK(found("Acme-Industries SARL et H3E Sarl") == V{{"Acme-Industries SARL", C}, {"H3E Sarl", C}});
}

TEST_CASE("a trigger noun describes the name before it", "[match][context]") {
  CHECK(found("UNGUARD TX est une entreprise pionni\xC3\xA8re") == V{{"UNGUARD TX", C}});
  CHECK(found("Cr\xC3\xA9\xC3\xA9"
              "e en 2013, Mathym est une soci\xC3\xA9t\xC3\xA9 de nanotechnologie") == V{{"Mathym", C}});
  CHECK(found("Amarob, spin-off issue de la recherche") == V{{"Amarob", C}});
  CHECK(found("EnerBee est une jeune start-up") == V{{"EnerBee", C}});
  CHECK(found("Le LIRMM, laboratoire d'informatique") == V{{"LIRMM", L}});
  CHECK(found("Il est une soci\xC3\xA9t\xC3\xA9 et Paris est une ville") == V{});
  CHECK(found("Le JWST est une entreprise audacieuse.") == V{});
  // A sector noun ends a name it could never start; a comma before the verb opens the sentence.
  CHECK(found("Cherry Biotech est une start-up") == V{{"Cherry Biotech", C}});
  CHECK(found("Biotech est une start-up") == V{});
  CHECK(found("Cherry Biotech, est une start-up") == V{{"Cherry Biotech", C}});
  CHECK(found("FORSSEA, lab\xC3\xA9lis\xC3\xA9 par le p\xC3\xB4le Mer M\xC3\xA9"
              "diterran\xC3\xA9"
              "e, est une jeune entreprise") == V{});
  CHECK(found("Astrachain est \xC3\xA9"
              "diteur d'une solution") == V{{"Astrachain", C}});
  CHECK(found("entre Curie et Argobio, un start-up studio fran\xC3\xA7"
              "ais") == V{{"Argobio", C}});
  CHECK(found("\xC3\x80 Lyon, la start-up Nova") == V{{"Nova", C}});
  CHECK(found("\xC3\x80 Bessan, un groupe de manifestants") == V{});
  CHECK(found("L'entreprise de Mark Zuckerberg") == V{});
  CHECK(found("C'est un \xC3\xA9"
              "diteur et une start-up MedTech") == V{});
  CHECK(found("la start-up INNOV'ORGA et la soci\xC3\xA9t\xC3\xA9 EndoGene.Bio") == V{{"EndoGene", C}});
  CHECK(found("une soci\xC3\xA9t\xC3\xA9 de conseil du nom de 2F Conseil, puis une firme d\xC3\xA9nomm\xC3\xA9\x65 "
              "Zorbix") == V{{"2F Conseil", C}, {"Zorbix", C}});
  // Capitals glued by a full stop to a name are part of it; to a sentence's first word, not.
  CHECK(found("la cr\xC3\xA9\x61tion de la start-up NG.Sense et de la start-up ZORBIX.Le projet. NG.Sense vise") ==
        V{{"ZORBIX", C}});
  // Written once, the pair is as often a sentence that lost its space.
  CHECK(found("Il a rejoint la start-up ZORBIX.Gr\xC3\xA2\x63\x65 \xC3\xA0 ce soutien, elle grandit.") ==
        V{{"ZORBIX", C}});
  CHECK(found("\xC3\x80 Lyon, la start-up N\xC3\xA9r\xC3\xA9via") == V{{"N\xC3\xA9r\xC3\xA9via", C}});
}

TEST_CASE("a founding marks a company", "[match][context]") {
  CHECK(found("Carembouche a \xC3\xA9t\xC3\xA9 fond\xC3\xA9"
              "e fin 2021 par Muriel Thomas.") == V{{"Carembouche", C}});
  CHECK(found("Ynsect, cr\xC3\xA9\xC3\xA9"
              "e en 2011, \xC3\xA9l\xC3\xA8ve des insectes.") == V{{"Ynsect", C}});
  CHECK(found("La ville de Lyon, fond\xC3\xA9"
              "e en 43") == V{});  // not at a clause start
  CHECK(found("une association cr\xC3\xA9\xC3\xA9"
              "e en 2001") == V{});
  CHECK(found("Co-fond\xC3\xA9"
              "e par Guillaume Cagnon") == V{});
}

TEST_CASE("a sentence's subject that does what companies do is a company", "[match][context]") {
  CHECK(found("La seringue est pr\xC3\xAAte. UGIEL d\xC3\xA9ploie son r\xC3\xA9seau.") == V{{"UGIEL", C}});
  CHECK(found("Smart Impulse commercialise une technologie ; Emobot a lev\xC3\xA9 2 M\xE2\x82\xAC.") ==
        V{{"Smart Impulse", C}, {"Emobot", C}});
  CHECK(found("Le maire de Lyon Gérard Collomb développe") == V{});  // not a clause start
  CHECK(found("Il d\xC3\xA9veloppe ; Nous d\xC3\xA9veloppons") == V{});
  // "propose", "vise": only names shaped like a company's, not people's or places'.
  CHECK(found("inHEART propose un service. Macron propose une loi. Angoul\xC3\xAAme offre un festival.") ==
        V{{"inHEART", C}});
  CHECK(found("Manuel Valls d\xC3\xA9veloppe une id\xC3\xA9"
              "e.") == V{});
  CHECK(found("GEENG a con\xC3\xA7u DIAGNOW, une plateforme web. DIAGNOW propose un syst\xC3\xA8me.") ==
        V{{"GEENG", C}});
  CHECK(found("Soci\xC3\xA9t\xC3\xA9 Silios Technologies d\xC3\xA9veloppe des filtres.") ==
        V{{"Silios Technologies", C}});
  CHECK(found("L'\xC3\xA9quipe HUBLEX con\xC3\xA7oit des outils.") == V{{"HUBLEX", C}});
  CHECK(found("Matricis.ai d\xC3\xA9veloppe des outils. Motörhead, groupe de rock.") == V{{"Matricis.ai", C}});
  CHECK(found("ImmunID\xE2\x84\xA2 est une soci\xC3\xA9t\xC3\xA9 de diagnostic.") == V{{"ImmunID", C}});
}

TEST_CASE("a legal form marks the capitalised name before it", "[match][context]") {
  CHECK(found("Quandela SAS et Acme Robotics Inc. ont sign\xC3\xA9") ==
        V{{"Quandela SAS", C}, {"Acme Robotics Inc.", C}});
  CHECK(found("En SAS, la gestion") == V{});
}

TEST_CASE("labs from their context: acronyms, UMR numbers, bracketed parents", "[match][context]") {
  CHECK(found("le laboratoire LIRMM (UMR 5506)") == V{{"LIRMM", L}, {"UMR 5506", L}});
  CHECK(found("au sein du GREYC (CNRS, UMR 6072)") == V{{"GREYC", L}, {"UMR 6072", L}});
  CHECK(found("l'\xC3\xA9quipe IMEP-LAHC (CNRS)") == V{{"IMEP-LAHC", L}});
  CHECK(found("issu du LEPES/unit\xC3\xA9 propre CNRS et du LPM/unit\xC3\xA9 mixte, pas TCP/IP") ==
        V{{"LEPES", L}, {"LPM", L}});
  CHECK(found("UMR 5800, UMR-S 1234, UMR CNRS 5130 et umr 12") == V{{"UMR 5800", L}, {"UMR-S 1234", L}});
  CHECK(found("le laboratoire de chimie") == V{});
}

TEST_CASE("an institute's or capitalised laboratory's head belongs to its name", "[match][context]") {
  CHECK(found("avec l\xE2\x80\x99Institut FEMTO-ST et l'institut Curie") ==
        V{{"Institut FEMTO-ST", L}, {"institut Curie", L}});
  CHECK(found("l'Institut de Recherche et D\xC3\xA9veloppement et M\xC3\xA9t\xC3\xA9o") ==
        V{{"Institut de Recherche et D\xC3\xA9veloppement", L}});
  CHECK(found("le Laboratoire Hubert Curien, un laboratoire de chimie") == V{{"Laboratoire Hubert Curien", L}});
  CHECK(found("l'Institut Catholique de Paris et l'institut national") == V{});
  CHECK(found("entre l'Institut Curie et Argobio") == V{{"Institut Curie", L}});
  CHECK(found("le Laboratoire de G\xC3\xA9nie des Proc\xC3\xA9"
              "d\xC3\xA9s pour la Bioraffinerie") == V{{"Laboratoire de G\xC3\xA9nie des Proc\xC3\xA9"
                                                        "d\xC3\xA9s pour la Bioraffinerie",
                                                        L}});
  CHECK(found("le Laboratoire de Chimie de l'Universit\xC3\xA9 de Lyon et l'Institut Joliot du CEA") ==
        V{{"Laboratoire de Chimie", L}, {"Institut Joliot", L}});
}

TEST_CASE("an acronym in brackets after a known name is learnt", "[match][context]") {
  const ContextFinder finder({}, "Pakistan International Airlines\tcompany\n");
  CHECK(to_found(finder.find("Pakistan International Airlines (PIA) et Inria (INRIA). La PIA recrute.")) ==
        V{{"PIA", C}, {"PIA", C}});
}

TEST_CASE("a capitalised name listed between known companies is a company", "[match][context]") {
  const ContextFinder finder({}, "Anthropic\tcompany\nAmazon Web Services\tcompany\nDell\tcompany\nGoogle\tcompany\n");
  CHECK(to_found(finder.find("Anthropic, Armada, Amazon Web Services et Dell, DrivenData et Google.")) ==
        V{{"Armada", C}, {"DrivenData", C}});
}

TEST_CASE("a name learnt from context is found again with the same spelling", "[match][context]") {
  CHECK(found("La start-up Astrachain a lev\xC3\xA9 3 M\xE2\x82\xAC. Astrachain vise l'Europe ; astrachain non.") ==
        V{{"Astrachain", C}, {"Astrachain", C}});
}

TEST_CASE("a project its document says a company carries is no company", "[match][context]") {
  CHECK(found("Le projet LUCIA, men\xC3\xA9 par la start-up nav4you, propose une approche. LUCIA propose une "
              "solution.") == V{{"nav4you", C}});
  const auto carried = [](const std::string& original) {
    const tokens::Text text = tokens::analyse(original);
    return match::carried_projects(*test::words(), text.folded, text.tokens).size();
  };
  CHECK(carried("Le projet SCANBAT port\xC3\xA9 par la start-up PowerUp consiste") == 1);
  CHECK(carried("L'objectif de MEDICING, port\xC3\xA9 par la start-up DIAGNOLY, est clair") == 1);
  CHECK(carried("Le projet ProbEp\xE2\x80\x99Innov, de la start-up PannTheraPi, est nouveau") == 1);
  CHECK(carried("Eden Microfluidics, via le projet EdenCleantech, se positionne comme un acteur du march\xC3\xA9") ==
        1);
  // No carrier, or one that is no company: the name stays for the other rules to read.
  CHECK(carried("Le projet KELVO d\xC3\xA9veloppe un capteur. Airbus, port\xC3\xA9 par ses ventes, monte") == 0);
}
