// Every word list the name matchers and context rules read (data/lang/LANGUAGE/*.txt), built
// once from a Lexicon and shared read-only by all threads.
#pragma once
#include <memory>

#include "lang/lexicon.h"
#include "produce/entity_type.h"
#include "tokens/word_set.h"

namespace gazette::match {

// The match stage reads tokens everywhere.
using tokens::line_break_in;
using tokens::only_spaces;
using tokens::Token;

// A trigger noun: "la start-up X" introduces a company, "le laboratoire X" a lab's acronym, a
// plural "les firmes X et Y" a list of names.
enum class Follows : std::uint8_t { capitalised_name, acronym, name_list };
struct Trigger {
  produce::EntityType type = produce::EntityType::company;
  Follows follows = Follows::capitalised_name;
  // Whether the noun also describes a name before it ("Amarob, spin-off de ..."); a shop does
  // not: "À Marseille, une boutique de téléphonie" names a place.
  bool describes_before = true;
};

struct MatchWords {
  // Throws lang::WordListError when a list does not fit the way it is read.
  explicit MatchWords(const lang::Lexicon& lexicon);

  tokens::PhraseTable<Trigger> triggers;           // company-, shop-, company-list- and lab-triggers
  tokens::PhraseTable<bool> technical_terms;       // "gps", "co 2": no name the model may propose
  tokens::PhraseTable<bool> standing_nouns;        // "geant", "numero un": a company's place in its market
  tokens::WordSet standing_starts;                 // their first words
  tokens::PhraseTable<bool> company_role_phrases;  // "chiffre d'affaires", "maison mere"
  tokens::WordSet company_role_phrase_ends;        // their last words
  // "met au point" (false), "mis au point" after "a" (true: a participle)
  tokens::PhraseTable<bool> company_verb_phrases;
  tokens::WordSet company_verb_phrase_starts;
  tokens::WordSet trigger_starts;  // the first word of every trigger
  tokens::WordSet trigger_adjectives, founded_participles, founded_followers, not_names, lab_parents,
      not_lab_institutes, parent_institutions, determiners, company_verbs, company_participles, weak_company_verbs,
      generic_heads, undertaking_adjectives, product_nouns, product_makers, not_company_groups, business_words,
      web_domains, legal_forms_capital, legal_forms_word, legal_forms_titled, elisions, place_links, name_connectors,
      unit_kinds, school_acronyms, name_particles, organisation_heads, spelling_connectors, company_roles,
      product_verbs, maker_participles, reflexive_company_verbs, product_adjectives, naming_participles, not_activities,
      leading_adjectives, unit_codes, place_nouns, person_roles, project_carriers, company_infinitives,
      plan_auxiliaries, plan_auxiliaries_de, acquisition_verbs, company_last_words, nationality_nouns, kind_nouns,
      research_cues;
};

}  // namespace gazette::match
