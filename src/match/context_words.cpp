#include "match/context_words.h"

namespace gazette::match::context {

// Word lists are packed by hand, a few dozen a line.
// clang-format off

TriggerTable::TriggerTable() {
  for (std::string_view noun : {
      "start up", "startup", "jeune pousse", "societe", "entreprise", "firme", "groupe", "filiale", "constructeur",
      "operateur", "editeur", "fabricant", "banque", "assureur", "biotech", "medtech", "fintech", "deeptech",
      "compagnie", "equipementier", "holding", "spin off", "spinoff", "pme", "eti", "laboratoire pharmaceutique",
      "distributeur", "transporteur", "armateur", "promoteur", "conglomerat", "constructeur automobile",
      "compagnie aerienne", "studio", "start up studio"})
    add(noun, Trigger{EntryType::company, Follows::capitalised_name});
  for (std::string_view noun : {
      "laboratoire", "labo", "unite", "unite de recherche", "unite mixte de recherche", "equipe",
      "equipe de recherche", "centre de recherche", "institut de recherche"})
    add(noun, Trigger{EntryType::lab, Follows::acronym});
}

void TriggerTable::add(std::string_view key, Trigger trigger) {
  std::uint64_t sequence = kSequenceSeed;
  std::size_t start = 0;
  while (true) {
    const std::size_t space = key.find(' ', start);
    const std::string_view word =
        key.substr(start, space == std::string_view::npos ? std::string_view::npos : space - start);
    if (start == 0) first_.set(hash_bytes(word) & (kFilterBits - 1));
    sequence = extend_sequence(sequence, hash_bytes(word));
    Node& node = nodes_[sequence];
    if (space == std::string_view::npos) {
      node.trigger = trigger;
      node.complete = true;
      return;
    }
    node.has_longer = true;
    start = space + 1;
  }
}

const TriggerTable& triggers() {
  static const TriggerTable table;
  return table;
}

// Adjectives that may stand between the noun and the name: "la firme japonaise SoftBank".
const WordSet& skippable_adjectives() {
  static const WordSet words{
      "francaise", "francais", "americaine", "americain", "japonaise", "japonais", "allemande", "allemand",
      "chinoise", "chinois", "britannique", "suisse", "italienne", "italien", "espagnole", "espagnol", "coreenne",
      "coreen", "sud", "canadienne", "canadien", "indienne", "indien", "europeenne", "europeen", "israelienne",
      "israelien", "neerlandaise", "neerlandais", "belge", "suedoise", "suedois", "danoise", "danois", "norvegienne",
      "norvegien", "finlandaise", "finlandais", "russe", "australienne", "australien", "bresilienne", "bresilien",
      "mexicaine", "mexicain", "taiwanaise", "taiwanais", "irlandaise", "irlandais", "luxembourgeoise",
      "luxembourgeois", "autrichienne", "autrichien", "polonaise", "polonais", "portugaise", "portugais", "turque",
      "turc", "saoudienne", "saoudien", "emiratie", "singapourienne", "parisienne", "parisien", "lyonnaise",
      "lyonnais", "toulousaine", "toulousain", "bordelaise", "bordelais", "nantaise", "nantais", "grenobloise",
      "grenoblois", "lilloise", "lillois", "rennaise", "rennais", "marseillaise", "marseillais", "montpellieraine",
      "montpellierain", "strasbourgeoise", "strasbourgeois", "nicoise", "nicois", "bretonne", "breton", "alsacienne",
      "alsacien", "normande", "normand", "californienne", "californien", "new", "yorkaise", "yorkais", "locale",
      "local", "innovante", "innovant", "jeune", "technologique", "pharmaceutique", "industrielle", "industriel",
      "automobile", "aerienne", "aeronautique", "informatique", "numerique", "energetique", "petrolier", "petroliere",
      "bancaire", "mondial", "mondiale", "familial", "familiale", "public", "publique", "prive", "privee",
      "specialise", "specialisee", "creee", "cree", "nommee", "nomme", "baptisee", "baptise", "appelee", "appele",
      "mere", "concurrente", "concurrent", "rivale", "rival", "partenaire", "biotechnologie", "robotique", "spatiale",
      "spatial"};
  return words;
}

// "fondée en", "créée par": what a company's founding is told with.
const WordSet& founded_participles() {
  static const WordSet words{"fondee", "fonde", "creee", "cree", "cofondee", "cofonde"};
  return words;
}
const WordSet& founded_followers() {
  static const WordSet words{
      "en", "par", "fin", "debut", "mi", "il", "au", "a"};
  return words;
}

// What a company does, said of its name at the start of a sentence: "X commercialise ...",
// "X a levé ...". Verbs that people and places seldom take.
const WordSet& company_verbs() {
  static const WordSet words{
      "commercialise", "developpe", "concoit", "fabrique", "edite", "distribue", "industrialise", "emploie",
      "exporte", "deploie", "produit"};
  return words;
}
// Verbs that people and places take as often as companies ("Macron propose", "Angoulême
// offre"): they make a company only of a name shaped like one ("inHEART", "4DViews", "EXA POWER").
const WordSet& weak_company_verbs() {
  static const WordSet words{"propose", "vise", "offre", "fournit", "ambitionne", "souhaite"};
  return words;
}
// Nouns before a product's name ("la plateforme DIAGNOW"), and what companies do to products
// ("a conçu DIAGNOW").
const WordSet& product_nouns() {
  // Not "projet" nor "technologie": start-up summaries name the project and the technology
  // after the company ("le projet POIETIS").
  static const WordSet words{"plateforme", "logiciel", "solution", "produit", "application", "dispositif", "outil",
                             "systeme", "gamme", "marque", "service", "appareil", "capteur", "robot", "jeu", "film",
                             "modele", "prototype", "procede"};
  return words;
}
const WordSet& product_makers() {
  static const WordSet words{"concu", "developpe", "lance", "cree", "invente", "brevete", "commercialise"};
  return words;
}

// "une entreprise audacieuse": the undertaking, not the company.
const WordSet& undertaking_adjectives() {
  static const WordSet words{"audacieuse", "ambitieuse", "risquee", "colossale", "perilleuse", "difficile",
                             "titanesque", "folle", "delicate", "hasardeuse", "gigantesque", "immense"};
  return words;
}

// Nouns that head a company's name without being part of it when it is the subject.
const WordSet& generic_heads() {
  static const WordSet words{"societe", "groupe", "entreprise", "start", "startup", "compagnie"};
  return words;
}
const WordSet& company_participles() {
  static const WordSet words{"leve", "developpe", "concu", "commercialise",
                                                             "industrialise", "fabrique"};
  return words;
}

// Capitalised words that start a sentence or a title rather than a name.
const WordSet& not_names() {
  static const WordSet words{
      "le", "la", "les", "un", "une", "des", "en", "il", "elle", "ils", "elles", "on", "je", "tu", "nous", "vous", "ce", "cette", "ces", "son",
      "sa", "ses", "leur", "leurs", "au", "aux", "du", "de", "dans", "pour", "par", "avec", "sur", "et", "ou", "mais",
      "qui", "que", "dont", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
      "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "france", "paris", "europe", "etat", "etats", "unis", "medtech", "deeptech", "biotech", "fintech", "foodtech",
      "greentech", "cleantech", "edtech", "proptech", "insurtech", "legaltech", "healthtech", "agritech", "start",
      "startup", "tech", "gouvernement", "ministre", "president", "selon", "depuis", "apres", "avant", "a", "d", "l",
      "s"};
  return words;
}

// Parents whose acronym in brackets marks the name before it as a lab: "GREYC (CNRS)".
const WordSet& lab_parents() {
  static const WordSet words{
      "cnrs", "inserm", "inrae", "inra", "cea", "inria", "umr", "ird", "cirad", "ifremer", "onera", "upr", "ums"};
  return words;
}

// Words that make an institute a school, an academy or a cultural body, not a lab.
const WordSet& not_lab_institutes() {
  static const WordSet words{
      "catholique", "polytechnique", "etudes", "universitaire", "france", "francais", "montaigne", "mines",
      "superieur", "superieure", "medico", "regional", "regionale", "bocuse", "europeen", "optique", "hec",
      "musique", "eurostat", "management", "commerce"};
  return words;
}

const WordSet& parent_institutions() {
  static const WordSet words{
      "universite", "faculte", "ecole", "centre", "institut", "hopital", "chu", "campus"};
  return words;
}

// "le groupe X" is a company unless the words around it make it a band, a party, a
// parliamentary or an armed group.
const WordSet& not_company_groups() {
  static const WordSet words{
      "chanteur", "chanteuse", "membre", "membres", "musicien", "musiciens", "guitariste", "batteur", "bassiste",
      "concert", "tournee", "album", "president", "presidente", "exclu", "exclue", "depute", "deputee", "deputes",
      "senateur", "senateurs", "revendique", "revendiquee", "terroriste", "terroristes", "rebelle", "rebelles", "arme",
      "armes", "parlementaire", "politique", "islamiste", "jihadiste", "djihadiste", "rock", "pop", "punk", "rap",
      "musical", "musique", "ethnique", "criminel", "mafieux", "ps", "lr", "ump", "lrem", "lfi", "rn", "fn", "alde",
      "ppe", "eelv", "modem", "udi", "pcf", "s&d", "ecr", "gue"};
  return words;
}

const WordSet& determiners() {
  static const WordSet words{
      "une", "un", "la", "le", "l", "cette", "ce"};
  return words;
}

// clang-format on

}  // namespace gazette::match::context
