#include "check/config.h"

#include <fmt/format.h>

#include <set>

#include "check/toml_subset.h"

namespace gazette::check {
namespace {

using toml::Value;

// Reads one table's keys into typed fields, reporting unknown keys and wrong types.
class Reader {
 public:
  Reader(const std::string& origin, const toml::Table& table, std::string& error)
      : origin_(origin), table_(table), error_(error) {}

  bool get(const char* key, bool& out) {
    const Value* v = find(key, Value::Kind::boolean);
    if (v) out = v->boolean;
    return ok_;
  }
  bool get(const char* key, std::string& out) {
    const Value* v = find(key, Value::Kind::string);
    if (v) out = v->text;
    return ok_;
  }
  bool get(const char* key, std::vector<std::string>& out) {
    const Value* v = find(key, Value::Kind::strings);
    if (v) out = v->items;
    return ok_;
  }
  bool get(const char* key, Severity& out) {
    const Value* v = find(key, Value::Kind::string);
    if (v && !parse_severity(v->text, out)) fail(v->line, "severity is \"error\", \"warning\" or \"note\"");
    return ok_;
  }
  bool one_of(const char* key, std::string& out, std::initializer_list<const char*> allowed) {
    const Value* v = find(key, Value::Kind::string);
    if (!v) return ok_;
    for (const char* a : allowed)
      if (v->text == a) {
        out = v->text;
        return ok_;
      }
    std::string names;
    for (const char* a : allowed) names += std::string(names.empty() ? "" : ", ") + "\"" + a + "\"";
    fail(v->line, fmt::format("{} is one of {}", key, names));
    return ok_;
  }
  // After the gets: any key not read is unknown.
  bool finish() {
    if (!ok_) return false;
    for (const auto& [key, value] : table_.values)
      if (!read_.count(key)) {
        const std::string where = table_.name.empty() ? "at the top level" : "in [" + table_.name + "]";
        return fail(value.line, fmt::format("unknown key \"{}\" {}", key, where));
      }
    return true;
  }
  bool fail(std::size_t line, const std::string& reason) {
    if (ok_) error_ = fmt::format("{}:{}: {}", origin_, line, reason);
    ok_ = false;
    return false;
  }

 private:
  const Value* find(const char* key, Value::Kind kind) {
    read_.insert(key);
    for (const auto& [k, v] : table_.values) {
      if (k != key) continue;
      if (v.kind != kind) {
        fail(v.line, fmt::format("{} must be {}", key, toml::kind_name(kind)));
        return nullptr;
      }
      return &v;
    }
    return nullptr;
  }

  const std::string& origin_;
  const toml::Table& table_;
  std::string& error_;
  std::set<std::string> read_;
  bool ok_ = true;
};

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out.push_back('\\');
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out.push_back(c);
  }
  return out + "\"";
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + quoted(items[i]);
  return out + "]";
}

}  // namespace

bool parse_rules(const std::string& origin, const std::string& text, RulesConfig& config, std::string& error) {
  std::vector<toml::Table> tables;
  toml::Error syntax;
  if (!toml::parse(text, tables, syntax)) {
    error = fmt::format("{}:{}: {}", origin, syntax.line, syntax.reason);
    return false;
  }
  config.origin = origin;
  for (const toml::Table& table : tables) {
    Reader r(origin, table, error);
    const auto expect_single = [&](bool array) {
      if (table.array_item == array) return true;
      return r.fail(table.line, array ? fmt::format("write [[{}]]: there may be several", table.name)
                                      : fmt::format("write [{}]: there is one", table.name));
    };
    if (table.name.empty()) {
      if (!r.finish()) return false;
    } else if (table.name == "canonical") {
      if (!expect_single(false)) return false;
      CanonicalConfig& c = config.canonical;
      if (!(r.get("enabled", c.enabled) && r.get("severity", c.severity) && r.get("fuzzy", c.fuzzy) &&
            r.get("allow", c.allow) && r.finish()))
        return false;
    } else if (table.name == "deny") {
      if (!expect_single(true)) return false;
      DenyRule d;
      if (!(r.get("name", d.name) && r.get("id", d.id) && r.get("message", d.message) &&
            r.get("severity", d.severity) && r.finish()))
        return false;
      if (d.name.empty() == d.id.empty())
        return r.fail(table.line, "a [[deny]] rule has a name or an id (one of them)");
      config.deny.push_back(std::move(d));
    } else if (table.name == "require") {
      if (!expect_single(true)) return false;
      RequireRule q;
      if (!(r.one_of("type", q.type, {"company", "lab", "money"}) && r.get("name", q.name) &&
            r.get("message", q.message) && r.get("severity", q.severity) && r.finish()))
        return false;
      if (q.type.empty() == q.name.empty())
        return r.fail(table.line, "a [[require]] rule has a type or a name (one of them)");
      config.require.push_back(std::move(q));
    } else if (table.name == "consistency") {
      if (!expect_single(false)) return false;
      if (!(r.get("enabled", config.consistency.enabled) && r.get("severity", config.consistency.severity) &&
            r.finish()))
        return false;
    } else if (table.name == "money") {
      if (!expect_single(false)) return false;
      MoneyConfig& m = config.money;
      m.enabled = true;  // a [money] table turns the rule on unless it says otherwise
      if (!(r.get("enabled", m.enabled) && r.get("severity", m.severity) &&
            r.one_of("currency", m.currency, {"code", "symbol", "name"}) &&
            r.one_of("thousands", m.thousands, {"nbsp", "nnbsp", "point", "space"}) &&
            r.get("english_scales", m.english_scales) && r.get("bare_amounts", m.bare_amounts) && r.finish()))
        return false;
    } else {
      return r.fail(table.line, fmt::format("unknown table [{}] (expected canonical, deny, require, consistency "
                                            "or money)",
                                            table.name));
    }
  }
  return true;
}

std::string to_toml(const RulesConfig& c) {
  std::string out = fmt::format("# from: {}\n\n[canonical]\nenabled = {}\nseverity = \"{}\"\nfuzzy = {}\nallow = {}\n",
                                c.origin, c.canonical.enabled, to_string(c.canonical.severity), c.canonical.fuzzy,
                                quoted_list(c.canonical.allow));
  for (const DenyRule& d : c.deny) {
    out += "\n[[deny]]\n";
    if (!d.name.empty()) out += "name = " + quoted(d.name) + "\n";
    if (!d.id.empty()) out += "id = " + quoted(d.id) + "\n";
    if (!d.message.empty()) out += "message = " + quoted(d.message) + "\n";
    out += fmt::format("severity = \"{}\"\n", to_string(d.severity));
  }
  for (const RequireRule& q : c.require) {
    out += "\n[[require]]\n";
    if (!q.type.empty()) out += "type = " + quoted(q.type) + "\n";
    if (!q.name.empty()) out += "name = " + quoted(q.name) + "\n";
    if (!q.message.empty()) out += "message = " + quoted(q.message) + "\n";
    out += fmt::format("severity = \"{}\"\n", to_string(q.severity));
  }
  out += fmt::format("\n[consistency]\nenabled = {}\nseverity = \"{}\"\n", c.consistency.enabled,
                     to_string(c.consistency.severity));
  const MoneyConfig& m = c.money;
  out += fmt::format("\n[money]\nenabled = {}\nseverity = \"{}\"\n", m.enabled, to_string(m.severity));
  if (!m.currency.empty()) out += "currency = " + quoted(m.currency) + "\n";
  if (!m.thousands.empty()) out += "thousands = " + quoted(m.thousands) + "\n";
  out += fmt::format("english_scales = {}\nbare_amounts = {}\n", m.english_scales, m.bare_amounts);
  return out;
}

}  // namespace gazette::check
