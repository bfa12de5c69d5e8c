#include "money/amount_scanner.h"

#include <algorithm>

#include "money/qualifier.h"
#include "money/text_scan.h"

namespace gazette::money {
namespace {

// How far before a currency its number may start: "quatre-vingt-dix-neuf millions d'euros" fits.
constexpr std::size_t kLookBehind = 96;
// A list of amounts sharing one currency ("2, 3 ou 4 millions d'euros") has at most this many
// numbers before the last.
constexpr std::size_t kMaxListItems = 8;

// "en 2016 et 3 000 euros": a year before "et" is no amount of the list.
bool looks_like_year(const Quantity& q) {
  return !q.grouped && !q.scale && q.number.is_integer() && !q.number.less_than(ExactDecimal::integer(1800)) &&
         !ExactDecimal::integer(2100).less_than(q.number);
}

bool is_symbol_lead(unsigned char c) { return c == '$' || c == 0xC2 || c == 0xE2; }

std::string_view next_word(std::string_view text, std::size_t pos) {
  pos = skip_spaces(text, pos);
  return text.substr(pos, word_end(text, pos) - pos);
}

// Words after "livres" or "balles" that make them books or bullets: "10 livres de cuisine",
// "50 balles ont ete tirees".
constexpr std::string_view kNotMoneyAfterWeakCurrency[] = {
    "de",         "d",      "du",     "des",     "sur",     "qui",     "dont",   "ont",    "sont",   "en",
    "dans",       "ecrits", "ecrit",  "publies", "publie",  "vendus",  "vendu",  "parus",  "edites", "imprimes",
    "numeriques", "audio",  "tirees", "tires",   "perdues", "reelles", "neuves", "succes",
};

}  // namespace

bool AmountScanner::euro_abbreviation(std::size_t start, std::size_t end, CurrencyMatch& currency) const {
  if (text_[end - 1] != 'e' || start == 0 || end - start < 2 || end - start > 4) return false;
  const std::vector<std::uint8_t>& up = *upper_;
  const std::string_view w = text_.substr(start, end - start);
  // Right after a number: "1 069 ME", "4,5MdsE".
  std::size_t before = start;
  while (before > 0 && text_[before - 1] == ' ') --before;
  if (before == 0 || !is_digit(text_[before - 1])) return false;
  // A text in capitals writes every word so: "LES RÉSULTATS 2023 ME SEMBLENT BONS", "ARTICLE 3 ME".
  const auto capitalised_word = [&](std::size_t from, int step) {
    std::size_t p = from;
    while (p < text_.size() && p > 0 && (text_[p] == ' ' || is_digit(text_[p]) || text_[p] == ',')) p += step;
    return p < text_.size() && is_letter(text_[p]) && up[p] && p + step < text_.size() && is_letter(text_[p + step]) &&
           up[p + step];
  };
  if (capitalised_word(end, 1) || (before > 0 && capitalised_word(before - 1, -1))) return false;
  int exponent = 0;
  if (w == "me" && up[start]) exponent = 6;
  if (w == "ke") exponent = 3;
  if ((w == "mde" || w == "mdse") && up[start] && !up[start + 1]) exponent = 9;
  if (!exponent) return false;
  currency = CurrencyMatch{};
  currency.start = start;
  currency.end = end;
  currency.code = "EUR";
  currency.kind = CurrencyKind::kCode;
  currency.exponent = exponent;
  currency.qualified = true;
  return true;
}

std::vector<Amount> AmountScanner::scan() {
  std::vector<Amount> found;
  const std::string_view text = text_;
  const std::size_t n = text.size();
  std::size_t i = 0;
  // Set afresh only where a currency may start: clearing it at every byte of the text cost
  // more than reading the byte.
  CurrencyMatch currency;
  const std::uint8_t* capitals = upper_ ? upper_->data() : nullptr;
  // "un dollar fort", "un euro faible": the currency's strength, not one unit of it.
  const auto currency_strength = [&](const Mention& m) {
    if (m.range || text.compare(m.start, 3, "un ") != 0) return false;
    std::size_t p = m.end;
    while (p < n && text[p] == ' ') ++p;
    std::size_t q = p;
    while (q < n && is_letter(text[q])) ++q;
    const std::string_view next = text.substr(p, q - p);
    return p > m.end && (next == "fort" || next == "faible");
  };
  while (i < n) {
    const char c = text[i];
    if (is_letter(c)) {
      // Words are read whole, so `i` is always at a word start here.
      const std::size_t start = i;
      do {
        ++i;
      } while (i < n && is_letter(text[i]));
      // "1 069 ME", "15,9 MdsE", "10 KE": the euro abbreviated in capitals after a number, tested
      // only for the short words no currency name takes, and only when their last letter is one.
      if (i - start < 3 || i - start > 24) {
        if (!capitals || !capitals[i - 1] || !euro_abbreviation(start, i, currency)) continue;
      } else {
        const std::uint64_t hash = CurrencyTable::hash_word(text.substr(start, i - start));
        // "usd$ 15": the symbol reads the code glued before it.
        if (!currencies_.may_be_head(hash) || (i < n && text[i] == '$')) {
          if (!capitals || !capitals[i - 1] || !euro_abbreviation(start, i, currency)) continue;
        } else {
          currency = CurrencyMatch{};
          if (!currencies_.match_word(text, start, i, hash, currency) &&
              !(capitals && capitals[i - 1] && euro_abbreviation(start, i, currency)))
            continue;
        }
      }
      i = start;
    } else if (is_symbol_lead(static_cast<unsigned char>(c))) {
      currency = CurrencyMatch{};
      if (!currencies_.match_symbol(text, i, currency)) {
        ++i;
        continue;
      }
    } else {
      ++i;
      continue;
    }
    std::optional<Mention> m = at_trigger(currency);
    if (m && currency_strength(*m)) m.reset();
    if (!m) {
      i = std::max(currency.end, i + 1);
      continue;
    }
    const auto emit = [&](const Mention& mention) {
      Amount a;
      a.start = mention.start;
      a.end = mention.end;
      if (mention.range) {
        a.min = mention.min.to_string();
        a.max = mention.max.to_string();
      } else {
        a.value = mention.value.to_string();
      }
      a.currency = std::string(mention.code);
      a.qualifier = std::string(qualifier_before(text, mention.start));
      found.push_back(std::move(a));
    };
    for (const Mention& item : list_items_) emit(item);
    emit(*m);
    floor_ = m->end;
    i = m->end;
  }
  return found;
}

const CurrencySetting::Family* AmountScanner::resolve_code(CurrencyMatch& currency) {
  if (currency.family.empty()) return nullptr;
  auto it = std::find_if(family_codes_.begin(), family_codes_.end(),
                         [&](const auto& fc) { return fc.first == currency.family; });
  if (currency.qualified) {
    if (currency.kind == CurrencyKind::kCode || currency.exponent != 0) return nullptr;
    if (it == family_codes_.end()) {
      family_codes_.emplace_back(currency.family, currency.code);
    } else {
      it->second = currency.code;
    }
    return nullptr;
  }
  if (it != family_codes_.end()) {
    currency.code = it->second;
    return nullptr;
  }
  return setting_.family(currency.family);
}

std::string_view AmountScanner::setting_code(const CurrencySetting::Family& family) {
  for (const auto& [name, code] : setting_codes_) {
    if (name == family.name) return code;
  }
  if (!country_counts_) country_counts_ = setting_.count(text_);
  const std::string_view code = setting_.decide(family, *country_counts_);
  setting_codes_.emplace_back(family.name, code);
  return code;
}

std::optional<AmountScanner::Mention> AmountScanner::at_trigger(CurrencyMatch currency) {
  // A name glued to a hyphen is a compound: "euro-obligations", "franc-tireur".
  if (currency.kind == CurrencyKind::kName && currency.end + 1 < text_.size() && text_[currency.end] == '-' &&
      is_letter(text_[currency.end + 1])) {
    return std::nullopt;
  }
  const CurrencySetting::Family* decided_by_setting = resolve_code(currency);
  list_items_.clear();
  std::optional<Mention> m = number_before(currency);
  if (m && !m->range) list_before(*m, currency);
  if (!m && currency.kind != CurrencyKind::kName) m = number_after(currency);
  // The document's country is looked at only once an amount is there: "livres" and "francs"
  // without a number cost nothing.
  if (m && decided_by_setting != nullptr) {
    const std::string_view code = setting_code(*decided_by_setting);
    m->code = code;
    for (Mention& item : list_items_) item.code = code;
    if (!code.empty() && !decided_by_setting->parent.empty()) {
      const std::string_view parent = decided_by_setting->parent;
      if (std::none_of(family_codes_.begin(), family_codes_.end(), [&](const auto& fc) { return fc.first == parent; }))
        family_codes_.emplace_back(parent, code);
    }
  }
  // A family without a default in a document set in none of its countries: no guess.
  if (!m || m->code.empty()) {
    list_items_.clear();
    return std::nullopt;
  }
  return m;
}

void AmountScanner::list_before(const Mention& last, const CurrencyMatch& currency) {
  // Cheap first: a list ends with "et" or "ou" right before the last amount.
  const std::size_t before = skip_spaces_backwards(text_, last.start);
  if (before == last.start || !(phrase_ends_at(text_, before, "et") || phrase_ends_at(text_, before, "ou"))) return;
  const std::size_t window_start =
      std::max(floor_, last.start > kLookBehind ? last.start - kLookBehind : std::size_t{0});
  std::vector<Mention> items;
  for (std::size_t s = window_start; s < before; ++s) {
    if (!QuantityReader::may_start(text_, s) || !plausible_start(s)) continue;
    // "entre 20 et 10 millions" is a range gone wrong, not a list; the "000" of "300 000" is no
    // number of its own.
    if (phrase_ends_at(text_, skip_spaces_backwards(text_, s), "entre")) continue;
    if (s >= 2 && text_[s - 1] == ' ' && is_digit(text_[s - 2])) continue;
    items.clear();
    if (read_list(s, last, currency, items)) {
      list_items_ = std::move(items);
      return;
    }
  }
}

bool AmountScanner::read_list(std::size_t p, const Mention& last, const CurrencyMatch& currency,
                              std::vector<Mention>& items) {
  for (std::size_t n = 0; n < kMaxListItems; ++n) {
    const std::optional<Quantity> q = quantities_.read(text_, p, ScaleStyle::kFrench);
    if (!q || q->end > last.start || !list_item_fits(*q, last.quantity)) return false;
    // "2, 3 ou 4 millions": a number without a scale takes the last one's.
    std::optional<ExactDecimal> value = q->value;
    if (!q->scale && last.quantity.scale) value = q->number.times_power_of_ten(last.quantity.scale->exponent);
    if (value) value = value->times_power_of_ten(currency.exponent);
    if (!value) return false;
    Mention item;
    item.start = q->start;
    item.end = q->end;
    item.value = *value;
    item.code = last.code;
    item.quantity = *q;
    items.push_back(item);
    std::size_t c = skip_spaces(text_, q->end);
    if (c < text_.size() && text_[c] == ',') {
      p = skip_spaces(text_, c + 1);
      if (p >= last.start) return false;
      continue;
    }
    if (!(word_at(text_, c, "et") || word_at(text_, c, "ou"))) return false;
    const std::size_t next = skip_spaces(text_, c + 2);
    return next > c + 2 && next == last.start;
  }
  return false;
}

bool AmountScanner::list_item_fits(const Quantity& item, const Quantity& last) const {
  if (item.value.negative() || item.value.is_zero() || item.spelled != last.spelled || looks_like_year(item))
    return false;
  if (last.scale) {
    if (item.scale) return true;  // "15 millions et 20 millions d'euros"
    // Borrowing the scale: "2, 3 ou 4 millions", not "2019 et 5 millions" nor "500 000 ou 2 millions".
    return !last.scale->half && !last.scale->and_a_half && !item.grouped &&
           item.number.less_than(ExactDecimal::integer(1000));
  }
  if (item.scale) return false;
  // Numbers of one kind and one size: "15 000 et 12 000 euros", not "un calibre 7,65 et 104 000 euros".
  if (item.grouped != last.grouped || item.number.is_integer() != last.number.is_integer()) return false;
  const std::optional<ExactDecimal> item_100 = item.number.times_power_of_ten(2);
  const std::optional<ExactDecimal> last_100 = last.number.times_power_of_ten(2);
  return item_100 && last_100 && last.number.less_than(*item_100) && item.number.less_than(*last_100);
}

std::size_t AmountScanner::trailing_zero_groups(const Quantity& q) const {
  if (!q.grouped || q.scale) return 0;
  std::size_t groups = 0;
  std::size_t end = q.end;
  while (end >= q.start + 5 && text_.compare(end - 3, 3, "000") == 0 &&
         (text_[end - 4] == ' ' || text_[end - 4] == '.') && is_digit(text_[end - 5])) {
    ++groups;
    end -= 4;
  }
  return groups;
}

bool AmountScanner::plausible_start(std::size_t pos) const {
  if (pos == 0) return true;
  const char before = text_[pos - 1];
  if (is_word_byte(before)) return false;
  // Not inside a number: the "5" of "2,5" or the "000" of "1.000".
  if ((before == ',' || before == '.') && pos >= 2 && is_digit(text_[pos - 2])) return false;
  // A sign needs something other than a number before it ("10-20" is a range).
  if (text_[pos] == '-') {
    const std::size_t previous = skip_spaces_backwards(text_, pos);
    if (previous > 0 && is_digit(text_[previous - 1])) return false;
  }
  return true;
}

std::optional<AmountScanner::Mention> AmountScanner::number_before(const CurrencyMatch& currency) {
  const std::size_t window_start =
      std::max(floor_, currency.start > kLookBehind ? currency.start - kLookBehind : std::size_t{0});
  // The leftmost start that reads up to the currency gives the longest amount: "1 500" rather
  // than "500", "2,5" rather than "5", "un million" rather than "million".
  for (std::size_t s = window_start; s < currency.start; ++s) {
    if (!QuantityReader::may_start(text_, s) || !plausible_start(s)) continue;
    if (std::optional<Mention> m = read_from(s, currency)) return m;
  }
  return std::nullopt;
}

bool AmountScanner::reaches_currency(std::size_t pos, const Quantity& q, const CurrencyMatch& currency) const {
  if (pos == currency.start) return true;  // "12M€", "850k€", "1000eur"
  std::size_t p = skip_spaces(text_, pos);
  if (p == currency.start) return true;
  // "millions de dollars", "milliard d'euros", "M d'euros": "de" follows a scale only.
  if (!q.scale) return false;
  if (text_.compare(p, 3, "de ") == 0) {
    p += 3;
  } else if (text_.compare(p, 2, "d'") == 0) {
    p += 2;
    if (p < text_.size() && text_[p] == ' ') ++p;  // "milliards d' euros"
  } else {
    return false;
  }
  return skip_spaces(text_, p) == currency.start;
}

std::optional<AmountScanner::Mention> AmountScanner::read_from(std::size_t start, const CurrencyMatch& currency) {
  const std::optional<Quantity> q = quantities_.read(text_, start, ScaleStyle::kFrench);
  if (!q) return std::nullopt;
  // Codes count only right next to a number in digits: "1000 EUR", "20 USD", "2 millions
  // USD", "10 a 20 MUSD"; "un TRL" or "un BEC" are other words.
  const bool is_code = currency.kind == CurrencyKind::kCode;
  const auto next_to_code = [&](const Quantity& x) {
    return !x.spelled && (skip_spaces(text_, x.end) == currency.start || (x.scale && x.scale->is_word));
  };
  if (is_code && q->spelled) return std::nullopt;
  Mention m;
  m.start = start;
  m.end = currency.end;
  m.code = currency.code;
  m.quantity = *q;
  if (reaches_currency(q->end, *q, currency)) {
    if (is_code && !next_to_code(*q)) return std::nullopt;
    if (!weak_currency_holds(*q, currency)) return std::nullopt;
    const std::optional<ExactDecimal> value = q->value.times_power_of_ten(currency.exponent);
    if (!value) return std::nullopt;
    m.value = *value;
    if (!add_cents(m, *q, currency)) return std::nullopt;
    if (!m.range) extend_to_range(m, *q, currency);
    return m;
  }
  // A range sharing one currency: "10 et 20 millions d'euros" (after "entre"), "30 a 50
  // milliards de dollars", "de 3 a 5 M€", "10-20 €", and the estimate "2 ou 3 milliards" (but
  // not "10 ou 20 euros", two prices, nor "2, 3 ou 4 millions", a list).
  std::size_t p = skip_spaces(text_, q->end);
  bool estimate = false;
  if (text_.compare(p, 2, "a ") == 0) {
    p += 2;
  } else if (text_.compare(p, 3, "ou ") == 0) {
    const std::size_t before = skip_spaces_backwards(text_, start);
    if (before > 0 && text_[before - 1] == ',') return std::nullopt;
    p += 3;
    estimate = true;
  } else if (text_.compare(p, 3, "et ") == 0 && phrase_ends_at(text_, skip_spaces_backwards(text_, start), "entre")) {
    p += 3;
  } else if (p < text_.size() && text_[p] == '-') {
    ++p;
  } else {
    return std::nullopt;
  }
  p = skip_spaces(text_, p);
  if (p >= text_.size() || !QuantityReader::may_start(text_, p)) return std::nullopt;
  const std::optional<Quantity> high = quantities_.read(text_, p, ScaleStyle::kFrench);
  if (!high || !reaches_currency(high->end, *high, currency)) return std::nullopt;
  if (is_code && !next_to_code(*high)) return std::nullopt;
  if (!weak_currency_holds(*high, currency)) return std::nullopt;
  // An estimate shares a scale, written ("milliards", "M") or in the currency ("MUSD").
  if (estimate && !((high->scale || currency.exponent > 0) && !q->scale && list_item_fits(*q, *high)))
    return std::nullopt;
  const auto bounds = range_bounds(*q, *high, currency.exponent);
  if (!bounds) return std::nullopt;
  m.range = true;
  m.min = bounds->first;
  m.max = bounds->second;
  return m;
}

std::optional<std::pair<ExactDecimal, ExactDecimal>> AmountScanner::range_bounds(const Quantity& low,
                                                                                 const Quantity& high,
                                                                                 int currency_exponent) const {
  if (low.value.negative() || high.value.negative()) return std::nullopt;
  ExactDecimal min = low.value;
  if (!low.scale && high.scale) {
    // "30 a 50 milliards": the scale is written once, for both ends. But "entre 500 000 et 2
    // millions" keeps its own units, which the size of the number tells; a bare year does not
    // ("de 2019 a 50 millions").
    std::optional<ExactDecimal> scaled_min = low.number.times_power_of_ten(high.scale->exponent);
    if (scaled_min && high.scale->half) scaled_min = scaled_min->halved();
    if (!scaled_min) return std::nullopt;  // an end too large to hold: no range rather than a wrong one
    if (scaled_min->less_than(high.value)) {
      min = *scaled_min;
    } else if (!(low.grouped || !low.number.less_than(ExactDecimal::integer(10000)))) {
      return std::nullopt;
    }
  }
  if (!low.scale && !high.scale && !low.grouped && low.number.is_integer() && !low.number.negative() &&
      low.number.less_than(ExactDecimal::integer(1000))) {
    // "de 15 a 20 000 euros": the thousands written once, for both ends, when the ends are then
    // of one size (within a factor of ten); "de 1 a 10 000 euros" keeps its 1.
    if (const std::size_t groups = trailing_zero_groups(high); groups > 0) {
      const std::optional<ExactDecimal> grouped_min = low.number.times_power_of_ten(3 * static_cast<int>(groups));
      const std::optional<ExactDecimal> tenfold = grouped_min ? grouped_min->times_power_of_ten(1) : std::nullopt;
      if (tenfold && grouped_min->less_than(high.value) && high.value.less_than(*tenfold)) min = *grouped_min;
    }
  }
  if (!min.less_than(high.value)) return std::nullopt;
  std::optional<ExactDecimal> min_units = min.times_power_of_ten(currency_exponent);
  std::optional<ExactDecimal> max_units = high.value.times_power_of_ten(currency_exponent);
  if (!min_units || !max_units) return std::nullopt;
  return std::make_pair(*min_units, *max_units);
}

bool AmountScanner::weak_currency_holds(const Quantity& q, const CurrencyMatch& currency) const {
  if (!currency.weak) return true;
  // "un livre", "deux livres", "un franc succes": spelled small numbers are books and adjectives.
  if (q.spelled && !q.scale) return false;
  const std::string_view after = next_word(text_, currency.end);
  return std::find(std::begin(kNotMoneyAfterWeakCurrency), std::end(kNotMoneyAfterWeakCurrency), after) ==
         std::end(kNotMoneyAfterWeakCurrency);
}

bool AmountScanner::add_cents(Mention& m, const Quantity& q, const CurrencyMatch& currency) const {
  // "vingt-trois euros cinquante", "15 dollars et 15 cents", "15 € 50": the cents follow the
  // currency of a whole number of units.
  if (q.scale || currency.exponent != 0 || !q.number.is_integer() || q.number.negative()) return true;
  std::size_t p = currency.end;
  const bool glued = p < text_.size() && is_digit(text_[p]);  // "15€50"
  if (p < text_.size() && text_[p] == ' ') ++p;
  bool after_et = false;
  if (word_at(text_, p, "et") && p + 3 < text_.size() && text_[p + 2] == ' ') {
    p += 3;
    after_et = true;
  }
  if (p >= text_.size() || !(is_digit(text_[p]) || is_letter(text_[p]))) return true;
  const std::optional<Quantity> cents = quantities_.read_cents(text_, p);
  if (!cents) return true;
  std::size_t end = cents->end;
  const std::size_t after = skip_spaces(text_, end);
  const std::string_view word = text_.substr(after, word_end(text_, after) - after);
  // Words that may follow a price's cents: "vingt-trois euros cinquante par examen". A noun
  // instead ("10 euros 20 fois") says the number counts something else.
  static constexpr std::string_view kAfterCents[] = {
      "par",     "le",    "la", "les", "l",    "de", "du",   "des", "d",  "pour", "au",     "aux",    "chacun",
      "chacune", "piece", "et", "ou",  "soit", "en", "hors", "ttc", "ht", "a",    "contre", "au lieu"};
  const bool price_word = std::find(std::begin(kAfterCents), std::end(kAfterCents), word) != std::end(kAfterCents);
  if (word == "cents" || word == "centimes" || word == "cent" || word == "centime") {
    end = after + word.size();
  } else if (price_word && after > end) {
    // the cents end the amount; the next word belongs to the sentence
  } else if (after < text_.size() &&
             (is_digit(text_[after]) || text_[after] == '%' ||
              (!glued && (is_letter(text_[after]) || static_cast<unsigned char>(text_[after]) >= 0x80)))) {
    return true;  // "10 euros 20 fois", "15 € 20 %": not cents; "15€50 le midi" is
  } else if (after_et && cents->spelled) {
    return true;  // "dix euros et un" is not a price
  }
  // Units and cents that do not add up exactly make no amount: leaving the cents out would be a
  // wrong value.
  const std::optional<ExactDecimal> hundredths = cents->number.times_power_of_ten(-2);
  const std::optional<ExactDecimal> sum = hundredths ? m.value.plus(*hundredths) : std::nullopt;
  if (!sum) return false;
  m.value = *sum;
  m.end = end;
  return true;
}

bool AmountScanner::currency_at(std::size_t pos, CurrencyMatch& out) const {
  if (pos >= text_.size()) return false;
  const char c = text_[pos];
  if (is_letter(c)) {
    const std::size_t end = word_end(text_, pos);
    return end - pos >= 2 && currencies_.match_word(text_, pos, end, out);
  }
  return is_symbol_lead(static_cast<unsigned char>(c)) && currencies_.match_symbol(text_, pos, out);
}

void AmountScanner::extend_to_range(Mention& m, const Quantity& q, const CurrencyMatch& currency) {
  // "400000 euros a 4 millions d'euros", "entre 550 k€ et 1 000 k€": a range with the currency
  // on both ends.
  std::size_t p = skip_spaces(text_, m.end);
  if (text_.compare(p, 2, "a ") == 0) {
    p += 2;
  } else if (text_.compare(p, 2, "et") == 0 && p + 2 < text_.size() && !is_letter(text_[p + 2]) &&
             phrase_ends_at(text_, skip_spaces_backwards(text_, m.start), "entre")) {
    p += 2;
  } else if (p < text_.size() && text_[p] == '-') {
    ++p;
  } else {
    return;
  }
  p = skip_spaces(text_, p);
  if (p >= text_.size() || !QuantityReader::may_start(text_, p)) return;
  const std::optional<Quantity> high = quantities_.read(text_, p, ScaleStyle::kFrench);
  if (!high) return;
  std::size_t c = skip_spaces(text_, high->end);
  if (high->scale && high->scale->is_word) {
    if (text_.compare(c, 3, "de ") == 0)
      c += 3;
    else if (text_.compare(c, 2, "d'") == 0)
      c = skip_spaces(text_, c + 2);
  }
  CurrencyMatch second;
  if (!currency_at(c, second) || second.exponent != currency.exponent) return;
  if (!second.qualified && second.family == currency.family) second.code = currency.code;
  if (second.code != currency.code) return;
  if (!reaches_currency(high->end, *high, second)) return;
  Quantity low = q;
  const std::optional<ExactDecimal> low_value = m.value.times_power_of_ten(-currency.exponent);
  if (!low_value) return;
  low.value = *low_value;
  const auto bounds = range_bounds(low, *high, currency.exponent);
  if (!bounds) return;
  m.range = true;
  m.min = bounds->first;
  m.max = bounds->second;
  m.end = second.end;
}

std::optional<AmountScanner::Mention> AmountScanner::number_after(const CurrencyMatch& currency) {
  // "$ 75 millions", "$2.5bn", "EUR 20", "USD1,23", "£ 8,10 millions", "US$ 5".
  if (currency.start > 0 && is_alnum(text_[currency.start - 1])) return std::nullopt;
  // Before a number, only the codes of widely traded currencies: "GIP 100" and "TRL 6" are a
  // product and a readiness level far more often than Gibraltar pounds or Turkish lira.
  if (currency.kind == CurrencyKind::kCode && !currency.leading_code_ok) return std::nullopt;
  std::size_t p = currency.end;
  if (p < text_.size() && text_[p] == ' ') ++p;
  if (p >= text_.size() || !is_digit(text_[p])) return std::nullopt;
  // The dollar sign before a number is English usage: "$2 billion" is 10^9.
  const std::optional<Quantity> q = quantities_.read(text_, p, ScaleStyle::kEnglish);
  if (!q) return std::nullopt;
  // "$ 5 M de ..." is fine, but a bare number must end there: not "EUR 2016abc".
  if (q->end < text_.size() && is_word_byte(text_[q->end])) return std::nullopt;
  Mention m;
  m.start = currency.start;
  m.end = q->end;
  m.code = currency.code;
  const std::optional<ExactDecimal> value = q->value.times_power_of_ten(currency.exponent);
  if (!value) return std::nullopt;
  m.value = *value;
  return m;
}

}  // namespace gazette::money
