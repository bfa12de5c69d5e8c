// money: house style for amounts, read from the money grammar's mentions:
//   currency        written as a code (EUR), a symbol (€) or a name (euros), as the house wants;
//   english_scales  $50bn, 3m€, €20: English abbreviations and symbols before the number, where
//                   French writes "50 milliards de dollars", "3 M€", "20 €" (k€ is French usage);
//   thousands       the digit-group separator: no-break space, narrow no-break space, point, space;
//   bare_amounts    "10 millions" without a currency on the same line as an amount with one.
#include <fmt/format.h>
#include <re2/re2.h>

#include "check/rules.h"

namespace gazette::check {
namespace {

constexpr std::string_view kNbsp = "\xC2\xA0", kNnbsp = "\xE2\x80\xAF";

bool has_symbol(std::string_view text) {
  for (std::string_view s : {"€", "$", "£", "¥", "₣", "₹", "₽", "₩", "₿", "CHF", "Fr."})
    if (text.find(s) != std::string_view::npos) return s != "CHF" && s != "Fr.";
  return false;
}

std::string_view currency_style(std::string_view text) {
  static const RE2 code(R"(\b[A-Z]{3}\b)");
  if (has_symbol(text)) return "symbol";
  if (RE2::PartialMatch(text, code)) return "code";
  return "name";
}

// How each currency is written in each style, for the message.
std::string example(std::string_view currency, std::string_view style) {
  if (style == "code") return std::string(currency);
  if (currency == "EUR") return style == "symbol" ? "€" : "euros";
  if (currency == "USD") return style == "symbol" ? "$" : "dollars";
  if (currency == "GBP") return style == "symbol" ? "£" : "livres sterling";
  if (currency == "JPY") return style == "symbol" ? "¥" : "yens";
  return fmt::format("the {} of {}", style, currency);
}

std::string_view separator_name(std::string_view sep) {
  if (sep == kNbsp) return "nbsp";
  if (sep == kNnbsp) return "nnbsp";
  if (sep == ".") return "point";
  if (sep == " ") return "space";
  return "";
}

std::string_view separator_text(std::string_view name) {
  if (name == "nbsp") return "a no-break space (U+00A0)";
  if (name == "nnbsp") return "a narrow no-break space (U+202F)";
  if (name == "point") return "a point";
  return "a space";
}

class MoneyRule : public Rule {
 public:
  explicit MoneyRule(const MoneyConfig& config) : config_(config) {}

  void check(const CheckDocument& doc, std::vector<Finding>& out) const override {
    // "k€" is common in French business writing; "bn", "mn" and "m" for millions are not.
    static const RE2 english(R"((?:^|[^\pL])(\d+(?:[.,]\d+)?\s?(?:bn|mn|m)\b|[$£€¥]\s?\d))");
    static const RE2 groups("(\\d{1,3}((?: |\xC2\xA0|\xE2\x80\xAF|\\.)\\d{3})+)(?:[^\\d]|$)");
    bool any_money = false;
    for (const resolve::Mention& m : doc.mentions) {
      if (m.type != produce::EntityType::money) continue;
      any_money = true;
      const auto add = [&](std::string message) {
        Finding f;
        f.rule = "money";
        f.severity = config_.severity;
        f.start = m.start;
        f.end = m.end;
        f.text = m.text;
        f.message = std::move(message);
        out.push_back(std::move(f));
      };
      const std::string_view style = currency_style(m.text);
      if (!config_.currency.empty() && style != config_.currency && !m.currency.empty())
        add(fmt::format("'{}': write the currency as a {} ({})", m.text, config_.currency,
                        example(m.currency, config_.currency)));
      re2::StringPiece english_hit;
      if (config_.english_scales && RE2::PartialMatch(m.text, english, &english_hit))
        add(
            fmt::format("'{}' is written the English way; French puts the currency after the amount and spells "
                        "the scale (50 milliards de dollars, 3 M€)",
                        m.text));
      re2::StringPiece group, separator;
      if (!config_.thousands.empty() && RE2::PartialMatch(m.text, groups, &group, &separator)) {
        const std::string_view sep(separator.data(), separator.size() - 3);
        if (separator_name(sep) != config_.thousands)
          add(fmt::format("'{}': separate thousands with {}", m.text, separator_text(config_.thousands)));
      }
    }
    if (config_.bare_amounts && any_money) check_bare_amounts(doc, out);
  }

 private:
  // A number with a scale word and no currency, on a line that has an amount of money.
  void check_bare_amounts(const CheckDocument& doc, std::vector<Finding>& out) const {
    static const RE2 bare(R"((\d+(?:[.,]\d+)?\s(?:millions?|milliards?|M|Md|Mds)\b)(\s+\S+)?)");
    re2::StringPiece input(doc.prose.data(), doc.prose.size());
    re2::StringPiece amount, after;
    while (RE2::FindAndConsume(&input, bare, &amount, &after)) {
      const std::size_t start = static_cast<std::size_t>(amount.data() - doc.prose.data());
      const std::size_t end = start + amount.size();
      std::string_view next(after.data() ? after.data() : "", after.size());
      while (!next.empty() && (next.front() == ' ' || next.front() == '\t' || next.front() == '\n'))
        next.remove_prefix(1);
      // "3 millions de patients" counts things; only a number left alone is a missing currency.
      if (next == "de" || next == "des" || next.rfind("d'", 0) == 0 || next.rfind("d\xE2\x80\x99", 0) == 0) continue;
      bool in_money = false, money_on_line = false;
      const std::size_t line_start =
          doc.prose.rfind('\n', start) == std::string_view::npos ? 0 : doc.prose.rfind('\n', start) + 1;
      std::size_t line_end = doc.prose.find('\n', end);
      if (line_end == std::string_view::npos) line_end = doc.prose.size();
      for (const resolve::Mention& m : doc.mentions) {
        if (m.type != produce::EntityType::money) continue;
        if (m.start < end && m.end > start) in_money = true;
        if (m.start >= line_start && m.end <= line_end) money_on_line = true;
      }
      if (in_money || !money_on_line) continue;
      Finding f;
      f.rule = "money";
      f.severity = config_.severity;
      f.start = start;
      f.end = end;
      f.text = std::string(amount.data(), amount.size());
      f.message = fmt::format("'{}' has no currency, next to an amount that has one", f.text);
      out.push_back(std::move(f));
    }
  }

  MoneyConfig config_;
};

}  // namespace

std::unique_ptr<Rule> make_money_rule(const MoneyConfig& config) { return std::make_unique<MoneyRule>(config); }

}  // namespace gazette::check
