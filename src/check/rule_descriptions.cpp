#include "check/finding_printer.h"

namespace gazette::check {

const std::vector<RuleDescription>& rule_descriptions() {
  static const std::vector<RuleDescription> rules = {
      {"canonical", "A company or lab name is misspelt",
       "A name written differently from the way its gazetteer entry writes it, where the difference is an error and "
       "not an alias: wrong case (nvidia), wrong spacing (Open AI, Deep Mind) or a misspelling a small edit away from "
       "a one-word name (NVvidia). Title-case acronyms (la Nasa) and capitals (NVIDIA) are accepted.",
       "Write the name as suggested, or accept the spelling with allow = [\"...\"] in [canonical] or a "
       "gazette-disable-next-line canonical comment."},
      {"deny", "A company or lab that must not be named",
       "The document names a company or lab that a [[deny]] rule of the rules file lists by canonical name or id.",
       "Remove the name, or suppress the finding with a gazette-disable-next-line deny comment."},
      {"require", "A required type or name is missing",
       "The document never mentions a type (company, lab, money) or a name that a [[require]] rule asks for.",
       "Mention it, or remove the [[require]] rule for these files."},
      {"consistency", "One organisation named two ways",
       "The same company or lab is written two ways in one document (OpenAI and Open AI; Facebook and Meta).",
       "Write it one way throughout the document."},
      {"money", "An amount against the house style",
       "The currency is not written the way [money] asks (code, symbol or name), an English abbreviation such as "
       "$50bn is used in French text, thousands are separated with another character, or an amount has no currency "
       "next to one that has.",
       "Write the amount in the house style (50 milliards de dollars, 3 M€, 1 000 €)."},
  };
  return rules;
}

}  // namespace gazette::check
