#include "match/words.h"

namespace gazette::match {

MatchWords::MatchWords(const lang::Lexicon& lexicon)
    : trigger_adjectives(lexicon.words("trigger-adjectives")),
      founded_participles(lexicon.words("founded-participles")),
      founded_followers(lexicon.words("founded-followers")),
      not_names(lexicon.words("not-names")),
      lab_parents(lexicon.words("lab-parents")),
      not_lab_institutes(lexicon.words("not-lab-institutes")),
      parent_institutions(lexicon.words("parent-institutions")),
      determiners(lexicon.words("determiners")),
      company_verbs(lexicon.words("company-verbs")),
      company_participles(lexicon.words("company-participles")),
      weak_company_verbs(lexicon.words("weak-company-verbs")),
      generic_heads(lexicon.words("generic-heads")),
      undertaking_adjectives(lexicon.words("undertaking-adjectives")),
      product_nouns(lexicon.words("product-nouns")),
      product_makers(lexicon.words("product-makers")),
      not_company_groups(lexicon.words("not-company-groups")),
      business_words(lexicon.words("business-words")),
      web_domains(lexicon.words("web-domains")),
      legal_forms_capital(lexicon.words("legal-forms-capital")),
      legal_forms_word(lexicon.words("legal-forms-word")),
      legal_forms_titled(lexicon.words("legal-forms-titled")),
      elisions(lexicon.words("elisions")),
      place_links(lexicon.words("place-links")),
      name_connectors(lexicon.words("name-connectors")),
      unit_kinds(lexicon.words("unit-kinds")),
      school_acronyms(lexicon.words("school-acronyms")),
      name_particles(lexicon.words("name-particles")),
      organisation_heads(lexicon.words("organisation-heads")),
      spelling_connectors(lexicon.words("spelling-connectors")),
      company_roles(lexicon.words("company-roles")),
      product_verbs(lexicon.words("product-verbs")),
      maker_participles(lexicon.words("maker-participles")),
      reflexive_company_verbs(lexicon.words("reflexive-company-verbs")),
      product_adjectives(lexicon.words("product-adjectives")),
      naming_participles(lexicon.words("naming-participles")),
      not_activities(lexicon.words("not-activities")),
      leading_adjectives(lexicon.words("leading-adjectives")),
      unit_codes(lexicon.words("unit-codes")),
      place_nouns(lexicon.words("place-nouns")),
      person_roles(lexicon.words("person-roles")),
      project_carriers(lexicon.words("project-carriers")),
      company_infinitives(lexicon.words("company-infinitives")),
      plan_auxiliaries(lexicon.words("plan-auxiliaries")),
      plan_auxiliaries_de(lexicon.words("plan-auxiliaries-de")),
      acquisition_verbs(lexicon.words("acquisition-verbs")),
      company_last_words(lexicon.words("company-last-words")),
      nationality_nouns(lexicon.words("nationality-nouns")),
      kind_nouns(lexicon.words("kind-nouns")),
      research_cues(lexicon.words("research-cues")) {
  const auto add_triggers = [&](std::string_view list, Trigger trigger) {
    for (const lang::Entry& e : lexicon.entries(list)) {
      triggers.add(e.folded, trigger);
      trigger_starts.insert(std::string_view(e.folded).substr(0, e.folded.find(' ')));
    }
  };
  add_triggers("company-triggers", Trigger{produce::EntityType::company, Follows::capitalised_name});
  add_triggers("shop-triggers", Trigger{produce::EntityType::company, Follows::capitalised_name, false});
  add_triggers("media-triggers", Trigger{produce::EntityType::company, Follows::capitalised_name, false});
  add_triggers("company-list-triggers", Trigger{produce::EntityType::company, Follows::name_list, false});
  add_triggers("lab-triggers", Trigger{produce::EntityType::lab, Follows::acronym});
  for (const lang::Entry& e : lexicon.entries("technical-terms")) technical_terms.add(e.folded, true);
  for (const lang::Entry& e : lexicon.entries("company-role-phrases")) {
    company_role_phrases.add(e.folded, true);
    company_role_phrase_ends.insert(std::string_view(e.folded).substr(e.folded.rfind(' ') + 1));
  }
  for (const lang::Entry& e : lexicon.entries("standing-nouns")) {
    standing_nouns.add(e.folded, true);
    standing_starts.insert(std::string_view(e.folded).substr(0, e.folded.find(' ')));
  }
  for (const lang::Entry& e : lexicon.entries("company-verb-phrases")) {
    // "a mis au point" is read at "mis", after the auxiliary.
    const std::size_t space = e.folded.find(' ');
    const std::string_view head = std::string_view(e.folded).substr(0, space);
    const bool participle = head == "a" || head == "ont";
    const std::string_view phrase = participle ? std::string_view(e.folded).substr(space + 1) : e.folded;
    company_verb_phrases.add(phrase, participle);
    company_verb_phrase_starts.insert(phrase.substr(0, phrase.find(' ')));
  }
}

}  // namespace gazette::match
