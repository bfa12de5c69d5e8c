#include "money/currency_table.h"

#include <unicode/ucurr.h>
#include <unicode/uenum.h>
#include <unicode/unistr.h>

#include <algorithm>

#include "money/currency_name_winners.h"
#include "money/text_scan.h"
#include "normalise/icu_status.h"
#include "normalise/normaliser.h"

namespace gazette::money {
namespace {

// ISO 4217 codes that are also French or English words or common acronyms. Next to a number they
// are far more often the word ("10 sur 20", "la COP 21", "en 2016 ils", "top 10", "PHP 7", "AMD"
// the chip maker, "ARM 64") than the currency, so they are not read as codes. Their currencies
// are still found by name ("pesos colombiens", "shekels").
constexpr std::string_view kCodesThatAreWords[] = {
    "all", "amd", "ara", "arm", "ars", "bad", "bam", "ban", "bel", "bob", "bol", "bsd",
    "cle", "cop", "cup", "esa", "esp", "gel", "ils", "lvl", "mad", "mop", "mtl", "mur",
    "pen", "pes", "php", "sit", "sos", "sur", "top", "tpe", "trl", "try", "yum",
};

// Codes that may also be written before their number ("EUR 20", "USD1,23"). Other codes glued to
// a number are mostly product names and levels: "GIP100", "CYP450", "TRL 6".
constexpr std::string_view kLeadingCodes[] = {
    "AED", "AUD", "BGN", "BRL", "CAD", "CHF", "CLP", "CNY", "CZK", "DKK", "DZD", "EGP", "EUR", "GBP",
    "HKD", "HUF", "IDR", "INR", "ISK", "JPY", "KES", "KRW", "MXN", "MYR", "NGN", "NOK", "NZD", "PLN",
    "RON", "RUB", "SAR", "SEK", "SGD", "THB", "TND", "TWD", "UAH", "USD", "XAF", "XOF", "ZAR",
};

// Codes that are not money in the news sense: precious metals, test and "no currency" codes,
// bond-market units of account.
constexpr std::string_view kCodesThatAreNotMoney[] = {
    "XAG", "XAU", "XPD", "XPT", "XTS", "XXX", "XBA", "XBB", "XBC", "XBD", "XFO", "XFU", "XRE", "XUA", "XSU",
};

template <std::size_t N>
bool contains(const std::string_view (&list)[N], std::string_view word) {
  return std::find(std::begin(list), std::end(list), word) != std::end(list);
}

std::string normalised(std::string_view original) { return normalise::normalise(original).text; }

std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return out;
}

// Every three-letter code ICU knows, current and historic, in ICU's order.
std::vector<std::string> iso_codes() {
  UErrorCode status = U_ZERO_ERROR;
  UEnumeration* codes = ucurr_openISOCurrencies(UCURR_ALL, &status);
  normalise::check_icu(status, "ISO currency codes (ucurr_openISOCurrencies)");
  std::vector<std::string> out;
  const char* code;
  int32_t length;
  while ((code = uenum_next(codes, &length, &status)) != nullptr) {
    if (length == 3) out.emplace_back(code, 3);
  }
  uenum_close(codes);
  normalise::check_icu(status, "ISO currency codes (uenum_next)");
  return out;
}

std::string utf8(const UChar* s, int32_t length) {
  std::string out;
  icu::UnicodeString(s, length).toUTF8String(out);
  return out;
}

// "cruzeiros reals bresiliens (1993-1994)", "franc CFA (BCEAO)": the parenthesis tells CLDR's
// entries apart, text never writes it.
std::string_view without_parenthesis(std::string_view name) {
  const std::size_t paren = name.find(" (");
  if (paren != std::string_view::npos) name = name.substr(0, paren);
  return name;
}

// The bytes of a name's first word, the head the scan looks up: "baht" of "baht thailandais".
std::size_t head_length(std::string_view name) {
  std::size_t n = 0;
  while (n < name.size() && is_letter(name[n])) ++n;
  return n;
}

// The head word without its plural mark: "dollars" and "dollar" are one family. Two spellings
// of one currency word are one family too ("riyals" and "rials"), and so is an irregular plural
// ("lei" for "leu").
std::string family_of(std::string_view head) {
  if (head.size() > 3 && (head.back() == 's' || head.back() == 'x')) head.remove_suffix(1);
  if (head == "riyal") return "rial";
  if (head == "lei") return "leu";
  return std::string(head);
}

struct SymbolCode {
  std::string_view symbol;  // UTF-8
  std::string_view code;
};

// '$' is handled apart: which dollar it is depends on the letters around it. Crypto-currencies
// (₿, "bitcoins") have no ISO 4217 code, so they are not currencies here.
constexpr SymbolCode kSymbols[] = {
    {"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₣", "FRF"}, {"₹", "INR"}, {"₽", "RUB"}, {"₩", "KRW"},
    {"₺", "TRY"}, {"₪", "ILS"}, {"₫", "VND"}, {"₦", "NGN"}, {"₴", "UAH"}, {"₱", "PHP"},
};

// Words after "$" (spaced) that say which dollar. Short markers like "ca" or "au" are French
// words ("ca coute", "au total") and count only when glued: "$ca", "$au".
constexpr SymbolCode kSpacedDollarMarkers[] = {
    {"us", "USD"},  {"usd", "USD"},           {"americains", "USD"}, {"americain", "USD"},     {"c", "CAD"},
    {"can", "CAD"}, {"cad", "CAD"},           {"canadiens", "CAD"},  {"canadien", "CAD"},      {"hk", "HKD"},
    {"hkd", "HKD"}, {"hongkongais", "HKD"},   {"aud", "AUD"},        {"australiens", "AUD"},   {"australien", "AUD"},
    {"nzd", "NZD"}, {"neo-zelandais", "NZD"}, {"sgd", "SGD"},        {"singapouriens", "SGD"},
};
constexpr SymbolCode kGluedDollarMarkers[] = {
    {"us", "USD"}, {"usd", "USD"}, {"ca", "CAD"}, {"c", "CAD"},   {"can", "CAD"}, {"cad", "CAD"}, {"a", "AUD"},
    {"au", "AUD"}, {"aud", "AUD"}, {"nz", "NZD"}, {"nzd", "NZD"}, {"hk", "HKD"},  {"hkd", "HKD"}, {"s", "SGD"},
    {"sg", "SGD"}, {"sgd", "SGD"}, {"nt", "TWD"}, {"r", "BRL"},   {"mx", "MXN"},  {"mxn", "MXN"},
};

struct UsageName {
  std::string_view name;  // already normalised
  std::string_view code;  // empty: a family whose code only the document's country can say
  int exponent;
  bool weak;
  // A name of more words that is still a default the document's country may change ("francs
  // CFA": XOF or XAF), with the family data/tables/currency-countries.tsv calls it.
  std::string_view family = {};
};

// What French news writes and CLDR does not list (CLDR has "dollar des Etats-Unis", "livre
// sterling", "yen japonais", but not the bare "dollars", "livres", "yens"). A bare head is a
// default the text may override ("dollars canadiens" earlier in the text).
constexpr UsageName kUsageNames[] = {
    {"dollar", "USD", 0, false},
    {"dollars", "USD", 0, false},
    {"dollar us", "USD", 0, false},
    {"dollars us", "USD", 0, false},
    {"dollar americain", "USD", 0, false},
    {"dollars americains", "USD", 0, false},
    {"dollars hongkongais", "HKD", 0, false},
    {"dollars singapouriens", "SGD", 0, false},
    {"dollars taiwanais", "TWD", 0, false},
    {"dollars canadien", "CAD", 0, false},
    {"euro", "EUR", 0, false},
    {"euros", "EUR", 0, false},
    // "keuros", "meuros": the scale is glued to the currency in business writing.
    {"keuro", "EUR", 3, false},
    {"keuros", "EUR", 3, false},
    {"keur", "EUR", 3, false},
    {"meuro", "EUR", 6, false},
    {"meuros", "EUR", 6, false},
    // "balles" is slang for euros and also bullets or balls: weak.
    {"balle", "EUR", 0, true},
    {"balles", "EUR", 0, true},
    // Hundredths. A bare "cents" follows the dollar, "centimes" the euro (French usage since 2002).
    {"cents", "USD", -2, false},
    {"cents de dollar", "USD", -2, false},
    {"cents d'euro", "EUR", -2, false},
    {"cents d'euros", "EUR", -2, false},
    {"centime", "EUR", -2, false},
    {"centimes", "EUR", -2, false},
    {"centime d'euro", "EUR", -2, false},
    {"centimes d'euro", "EUR", -2, false},
    {"centimes d'euros", "EUR", -2, false},
    {"penny", "GBP", -2, false},
    {"pennies", "GBP", -2, false},
    {"pence", "GBP", -2, false},
    {"pesewa", "GHS", -2, false},
    {"pesewas", "GHS", -2, false},
    // "livre(s)" alone is the pound sterling, but also a book: weak.
    {"livre", "GBP", 0, true},
    {"livres", "GBP", 0, true},
    {"livres britanniques", "GBP", 0, false},
    {"livre britannique", "GBP", 0, false},
    // The French franc is the bare "franc" of a French text (ISO FRF, withdrawn in 2002).
    // "un franc succes": the singular is also an adjective, weak.
    {"franc", "FRF", 0, true},
    {"francs", "FRF", 0, false},
    {"francs suisse", "CHF", 0, false},
    {"franc cfa", "XOF", 0, false, "franc cfa"},
    {"francs cfa", "XOF", 0, false, "franc cfa"},
    {"fcfa", "XOF", 0, false, "franc cfa"},
    {"yen", "JPY", 0, false},
    {"yens", "JPY", 0, false},
    {"yuan", "CNY", 0, false},
    {"yuans", "CNY", 0, false},
    {"renminbi", "CNY", 0, false},
    {"renminbis", "CNY", 0, false},
    {"yuan renminbi", "CNY", 0, false},
    {"yuans renminbi", "CNY", 0, false},
    {"roupie", "INR", 0, false},
    {"roupies", "INR", 0, false},
    {"rouble", "RUB", 0, false},
    {"roubles", "RUB", 0, false},
    {"won", "KRW", 0, false},
    {"wons", "KRW", 0, false},
    {"reals", "BRL", 0, false},
    {"reais", "BRL", 0, false},
    {"rand", "ZAR", 0, false},
    {"rands", "ZAR", 0, false},
    {"zloty", "PLN", 0, false},
    {"zlotys", "PLN", 0, false},
    {"forint", "HUF", 0, false},
    {"forints", "HUF", 0, false},
    {"shekel", "ILS", 0, false},
    {"shekels", "ILS", 0, false},
    {"dirham", "MAD", 0, false},
    {"dirhams", "MAD", 0, false},
    // Moroccan business writing: "300 MDH" (millions of dirhams), "2 MMDH" (billions).
    {"mdh", "MAD", 6, false},
    {"mmdh", "MAD", 9, false},
    // Families without a default: only the document's country says which code they are
    // (data/tables/currency-countries.tsv); "couronnes" are also crowns.
    {"couronne", "", 0, true},
    {"couronnes", "", 0, true},
    {"peso", "", 0, false},
    {"pesos", "", 0, false},
    {"dinar", "", 0, false},
    {"dinars", "", 0, false},
    {"rial", "", 0, false},
    {"rials", "", 0, false},
    {"riyal", "", 0, false},
    {"riyals", "", 0, false},
    {"shilling", "", 0, false},
    {"shillings", "", 0, false},
    {"leu", "RON", 0, false},
    {"lei", "RON", 0, false},
    {"marks", "DEM", 0, false},
    {"deutsche mark", "DEM", 0, false},
    {"deutschemarks", "DEM", 0, false},
    {"lires", "ITL", 0, false},
    {"peseta", "ESP", 0, false},
    {"pesetas", "ESP", 0, false},
    {"florin", "NLG", 0, false},
    {"florins", "NLG", 0, false},
    {"florins hollandais", "NLG", 0, false},
    {"florin hollandais", "NLG", 0, false},
};

// Scales written before an ISO code, glued to it: "5 MUSD", "3 kEUR", "2 MdEUR", "4 MdsEUR". Only
// for the codes of widely traded currencies, where the letters are no other word ("maud" is a
// first name, so AUD takes no "m").
struct ScalePrefix {
  std::string_view prefix;
  int exponent;
};
constexpr ScalePrefix kScalePrefixes[] = {{"k", 3}, {"m", 6}, {"md", 9}, {"mds", 9}, {"mrd", 9}, {"mrds", 9}};
constexpr std::string_view kScalePrefixedCodes[] = {"EUR", "USD", "GBP", "CHF", "JPY", "CNY", "CAD", "AUD"};
constexpr std::string_view kScalePrefixedWords[] = {"maud"};

}  // namespace

CurrencyTable::CurrencyTable() {
  // Hand-written usages first: where CLDR gives the same name to two codes ("franc cfa" is both
  // XOF and XAF once the parenthesis goes), the first registered wins.
  add_usage_names();
  add_cldr_names();
  add_iso_codes();
  add_scaled_codes();
  for (const SymbolCode& m : kGluedDollarMarkers) dollar_markers_.emplace(m.symbol, m.code);
  sort_variants();
  build_head_index();
}

void CurrencyTable::build_head_index() {
  head_list_.assign(std::make_move_iterator(heads_.begin()), std::make_move_iterator(heads_.end()));
  heads_.clear();
  std::size_t size = 64;
  while (size < head_list_.size() * 4) size *= 2;
  slots_.assign(size, Slot{});
  for (std::size_t i = 0; i < head_list_.size(); ++i) {
    const std::uint64_t h = hash_word(head_list_[i].first);
    std::size_t s = h & (size - 1);
    while (slots_[s].head >= 0) s = (s + 1) & (size - 1);
    slots_[s] = Slot{h, static_cast<std::int32_t>(i)};
    const std::uint64_t bit = h >> (64 - kFilterBits);
    filter_[bit >> 6] |= std::uint64_t{1} << (bit & 63);
  }
}

const CurrencyTable::Head* CurrencyTable::find_head(std::string_view word, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t s = hash & mask;; s = (s + 1) & mask) {
    const Slot& slot = slots_[s];
    if (slot.head < 0) return nullptr;
    if (slot.hash == hash && head_list_[static_cast<std::size_t>(slot.head)].first == word) {
      return &head_list_[static_cast<std::size_t>(slot.head)].second;
    }
  }
}

void CurrencyTable::add(std::string_view name, std::string_view code, CurrencyKind kind, int exponent, bool weak,
                        std::string_view family) {
  const std::size_t head_end = head_length(name);
  if (head_end < 3 || head_end > 24) return;  // a head must be a word the scan probes
  const std::string head(name.substr(0, head_end));
  const std::string rest(name.substr(head_end));
  Head& h = heads_[head];
  for (const Variant& v : h.variants) {
    if (v.rest == rest) return;  // first registration wins
  }
  const bool qualified = family.empty() && (!rest.empty() || kind != CurrencyKind::kName);
  // "MUSD 5" is not written: a scaled code follows its number.
  const bool leading_code_ok = kind == CurrencyKind::kCode && exponent == 0 && contains(kLeadingCodes, code);
  h.variants.push_back(
      Variant{rest, std::string(code), std::string(family), kind, exponent, weak, qualified, leading_code_ok});
  if (h.family.empty()) h.family = family_of(head);
}

void CurrencyTable::add_usage_names() {
  for (const UsageName& u : kUsageNames) add(u.name, u.code, CurrencyKind::kName, u.exponent, u.weak, u.family);
}

void CurrencyTable::add_scaled_codes() {
  for (const std::string_view code : kScalePrefixedCodes) {
    for (const ScalePrefix& p : kScalePrefixes) {
      const std::string word = std::string(p.prefix) + lower_ascii(code);
      if (contains(kScalePrefixedWords, word)) continue;
      add(word, code, CurrencyKind::kCode, p.exponent);
    }
  }
}

void CurrencyTable::add_cldr_names() {
  struct Entry {
    std::string name;
    std::string code;
  };
  std::vector<Entry> winners, others;
  const std::unordered_set<std::string>& winner_codes = currency_name_winners();
  for (const std::string& code : iso_codes()) {
    if (contains(kCodesThatAreNotMoney, code)) continue;
    const UChar ucode[4] = {static_cast<UChar>(code[0]), static_cast<UChar>(code[1]), static_cast<UChar>(code[2]), 0};
    std::vector<Entry>& into = winner_codes.count(code) ? winners : others;
    UBool is_choice = false;
    int32_t name_length = 0;
    UErrorCode status = U_ZERO_ERROR;
    // Without a French name ICU gives the code itself, with a warning; skipped below.
    const UChar* name = ucurr_getName(ucode, "fr", UCURR_LONG_NAME, &is_choice, &name_length, &status);
    normalise::check_icu(status, "French currency names (ucurr_getName)");
    into.push_back({utf8(name, name_length), code});
    for (const char* plural : {"one", "other", "many"}) {
      status = U_ZERO_ERROR;
      name = ucurr_getPluralName(ucode, "fr", &is_choice, plural, &name_length, &status);
      normalise::check_icu(status, "French currency names (ucurr_getPluralName)");
      into.push_back({utf8(name, name_length), code});
    }
  }
  // The head of a name that no other currency's name starts with is written alone too: "2,5
  // milliards de bahts" (CLDR: "baht thaïlandais"), "5 millions de nairas". Weak, as a head may
  // be a word as well ("sol", "gourde"); heads several currencies share ("dollar", "dinar") are
  // the country table's to settle.
  std::unordered_map<std::string, std::unordered_set<std::string>> codes_of_head;
  for (const std::vector<Entry>* list : {&winners, &others}) {
    for (const Entry& e : *list) {
      const std::string name = normalised(without_parenthesis(e.name));
      // CLDR falls back to the code itself when it has no French name; codes are added apart.
      if (name == lower_ascii(e.code)) continue;
      add(name, e.code, CurrencyKind::kName);
      codes_of_head[name.substr(0, head_length(name))].insert(e.code);
    }
  }
  std::vector<std::pair<std::string, std::string>> bare;
  for (const auto& [head, codes] : codes_of_head)
    if (codes.size() == 1 && head.size() >= 4) bare.emplace_back(head, *codes.begin());
  std::sort(bare.begin(), bare.end());  // registration order decides between equal names
  for (const auto& [head, code] : bare) add(head, code, CurrencyKind::kName, 0, true);
}

void CurrencyTable::add_iso_codes() {
  for (const std::string& code : iso_codes()) {
    if (contains(kCodesThatAreNotMoney, code)) continue;
    const std::string word = lower_ascii(code);
    if (contains(kCodesThatAreWords, word)) continue;
    add(word, code, CurrencyKind::kCode);
  }
}

void CurrencyTable::sort_variants() {
  for (auto& [head, h] : heads_) {
    std::stable_sort(h.variants.begin(), h.variants.end(),
                     [](const Variant& a, const Variant& b) { return a.rest.size() > b.rest.size(); });
  }
}

std::string_view CurrencyTable::iso_code(std::string_view word) const {
  if (word.size() != 3) return {};
  const Head* head = find_head(word, hash_word(word));
  if (head == nullptr) return {};
  for (const Variant& v : head->variants) {
    if (v.rest.empty() && v.kind == CurrencyKind::kCode) return v.code;
  }
  return {};
}

bool CurrencyTable::match_word(std::string_view text, std::size_t pos, std::size_t head_end, std::uint64_t word_hash,
                               CurrencyMatch& out) const {
  const Head* found = find_head(text.substr(pos, head_end - pos), word_hash);
  if (found == nullptr) return false;
  const Head& head = *found;
  for (const Variant& v : head.variants) {
    if (text.compare(head_end, v.rest.size(), v.rest) != 0) continue;
    const std::size_t end = head_end + v.rest.size();
    // The name must end at a word boundary ("dollars us" is not the start of "dollars usuels");
    // a name that ends with an apostrophe ("centimes d'euro") cannot be followed by letters anyway.
    if (end < text.size() && is_letter(text[end]) && is_letter(text[end - 1])) continue;
    out.start = pos;
    out.end = end;
    out.code = v.code;
    out.kind = v.kind;
    out.exponent = v.exponent;
    out.weak = v.weak;
    out.family = v.family.empty() ? std::string_view(head.family) : std::string_view(v.family);
    out.qualified = v.qualified;
    out.leading_code_ok = v.leading_code_ok;
    return true;
  }
  return false;
}

bool CurrencyTable::match_symbol(std::string_view text, std::size_t pos, CurrencyMatch& out) const {
  out = CurrencyMatch{};
  out.kind = CurrencyKind::kSymbol;
  if (text[pos] != '$') {
    for (const SymbolCode& s : kSymbols) {
      if (text.compare(pos, s.symbol.size(), s.symbol) == 0) {
        out.start = pos;
        out.end = pos + s.symbol.size();
        out.code = s.code;
        out.qualified = true;
        return true;
      }
    }
    return false;
  }
  out.start = pos;
  out.end = pos + 1;
  out.family = "dollar";
  out.code = "USD";  // a bare "$" in French text
  // Letters glued before: "us$", "c$", "mxn$".
  std::size_t letters = pos;
  while (letters > 0 && is_letter(text[letters - 1])) --letters;
  if (letters < pos && (letters == 0 || !is_word_byte(text[letters - 1]))) {
    const std::string before(text.substr(letters, pos - letters));
    const auto marker = dollar_markers_.find(before);
    if (marker != dollar_markers_.end()) {
      out.start = letters;
      out.code = marker->second;
      out.qualified = true;
      return true;
    }
    if (const std::string_view code = iso_code(before); !code.empty()) {
      out.start = letters;
      out.code = code;
      out.qualified = true;
      return true;
    }
  }
  // Letters glued after: "$us", "$cad".
  const std::size_t glued_end = word_end(text, pos + 1);
  if (glued_end > pos + 1) {
    const auto marker = dollar_markers_.find(std::string(text.substr(pos + 1, glued_end - pos - 1)));
    if (marker != dollar_markers_.end()) {
      out.end = glued_end;
      out.code = marker->second;
      out.qualified = true;
    }
    return true;
  }
  // A marker after one space: "$ us", "$ canadiens", "$ c" (but not "$ c'est").
  if (pos + 1 < text.size() && text[pos + 1] == ' ') {
    for (const SymbolCode& m : kSpacedDollarMarkers) {
      const std::size_t start = pos + 2;
      if (text.compare(start, m.symbol.size(), m.symbol) != 0) continue;
      const std::size_t end = start + m.symbol.size();
      if (end < text.size() && (is_word_byte(text[end]) || text[end] == '\'' || text[end] == '-')) continue;
      out.end = end;
      out.code = m.code;
      out.qualified = true;
      break;
    }
  }
  return true;
}

}  // namespace gazette::money
