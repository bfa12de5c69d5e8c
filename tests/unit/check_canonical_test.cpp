#include <catch2/catch.hpp>

#include "check/rules.h"
#include "check_test_support.h"

using namespace gazette;
using test::check_text;
using test::Strings;
using test::surfaces;

TEST_CASE("canonical: wrong case of a brand in running text", "[check][canonical]") {
  CHECK(surfaces(check_text("Selon nvidia, les puces manquent."), "canonical") == Strings{"nvidia -> Nvidia"});
  CHECK(surfaces(check_text("Une vidéo publiée sur Youtube."), "canonical") == Strings{"Youtube -> YouTube"});
}

TEST_CASE("canonical: wrong spacing of a brand", "[check][canonical]") {
  CHECK(surfaces(check_text("Open AI a publié un modèle."), "canonical") == Strings{"Open AI -> OpenAI"});
  CHECK(surfaces(check_text("Le laboratoire Deep Mind de Londres."), "canonical") == Strings{"Deep Mind -> DeepMind"});
  CHECK(surfaces(check_text("Un accord avec Micro soft."), "canonical") == Strings{"Micro soft -> Microsoft"});
  // Short or lower-case second words are mostly two words: "Le grand", "En phase".
  CHECK(surfaces(check_text("Le grand projet. En phase avec le marché."), "canonical") == Strings{});
}

TEST_CASE("canonical: a misspelling near the name written right carries the suggestion", "[check][canonical]") {
  const auto findings = check_text("Nvidia domine le marché. Anthropic, Armada, NVvidia et AMD suivent.");
  REQUIRE(surfaces(findings, "canonical") == Strings{"NVvidia -> Nvidia"});
  CHECK(findings[0].severity == check::Severity::error);
  CHECK(findings[0].message.find("Nvidia") != std::string::npos);
}

TEST_CASE("canonical: a typist's slip in a well-known long name", "[check][canonical]") {
  CHECK(surfaces(check_text("Ses clients : Nokia, Qualcom, Ericsson."), "canonical") == Strings{"Qualcom -> Qualcomm"});
  // A word used several times is a name of its own, not a slip.
  CHECK(surfaces(check_text("Harmonix vend. Harmonix recrute."), "canonical") == Strings{});
}

TEST_CASE("canonical never flags the canonical form or a part of it", "[check][canonical]") {
  CHECK(surfaces(check_text("Nvidia, OpenAI, Google DeepMind, DeepMind et Microsoft."), "canonical") == Strings{});
  CHECK(surfaces(check_text("Airbus SE et TotalEnergies SE publient leurs comptes."), "canonical") == Strings{});
  CHECK(surfaces(check_text("L'Institut Pasteur et l'institut Curie."), "canonical") == Strings{});
}

TEST_CASE("canonical accepts title-case acronyms, capitals and styled names", "[check][canonical]") {
  CHECK(surfaces(check_text("la Nasa, l'Unesco, le Cnes et la Sncf."), "canonical") == Strings{});
  CHECK(surfaces(check_text("NVIDIA ET MICROSOFT SIGNENT."), "canonical") == Strings{});
  CHECK(surfaces(check_text("Le projet iMab est né."), "canonical") == Strings{});
}

TEST_CASE("canonical: a capital inside a name only the ROR registry styles so is no error", "[check][canonical]") {
  // ProbaYes and BioControl Jena are entries with ROR ids alone; YouTube's styling comes from
  // the curated lists and Wikidata.
  CHECK(surfaces(check_text("Probayes commercialise la programmation probabiliste."), "canonical") == Strings{});
  CHECK(surfaces(check_text("Be-SAFE (Biocontrol and Environmental Solutions)."), "canonical") == Strings{});
  // Written all in lower case, the name is still wrong.
  CHECK(surfaces(check_text("Le projet de probayes avance."), "canonical") == Strings{"probayes -> ProbaYes"});
  CHECK(surfaces(check_text("Une chaîne Youtube."), "canonical") == Strings{"Youtube -> YouTube"});
}

TEST_CASE("canonical: the allow list and turning the approximate matcher off", "[check][canonical]") {
  check::RulesConfig config;
  config.canonical.allow = {"Open AI"};
  CHECK(surfaces(check_text("Open AI et nvidia.", config), "canonical") == Strings{"nvidia -> Nvidia"});
  config.canonical.fuzzy = false;
  CHECK(surfaces(check_text("Nvidia et NVvidia.", config), "canonical") == Strings{});
}

TEST_CASE("the case verdict against a name's forms", "[check][canonical]") {
  using check::misspelt_case;
  CHECK(misspelt_case("nvidia", {"Nvidia"}) == "Nvidia");
  CHECK(misspelt_case("Servicenow", {"ServiceNow"}) == "ServiceNow");
  CHECK(misspelt_case("Nvidia", {"Nvidia"}).empty());
  CHECK(misspelt_case("Airbus SE", {"Airbus"}).empty());
  CHECK(misspelt_case("NVIDIA", {"Nvidia"}).empty());
  CHECK(misspelt_case("Nasa", {"NASA"}).empty());
  CHECK(misspelt_case("MedinCell", {"Medincell"}).empty());  // the brand's own styling
  CHECK(misspelt_case("institut Curie", {"Institut Curie"}).empty());
  CHECK(misspelt_case("Laboratoire national", {"laboratoire national"}).empty());
  CHECK(misspelt_case("AWS", {"Amazon Web Services"}).empty());  // an alias
}
