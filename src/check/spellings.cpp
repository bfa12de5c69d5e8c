#include "check/spellings.h"

#include <algorithm>

#include "input/reader.h"
#include "match/builtin_gazetteers.h"
#include "match/misspellings.h"
#include "tokens/text.h"
#include "tokens/tokeniser.h"

namespace gazette::check {
namespace {

// The next part of `rest` up to `sep` (all of it when there is none); `rest` keeps what follows.
std::string_view next_field(std::string_view& rest, char sep) {
  const std::size_t at = rest.find(sep);
  const std::string_view field = rest.substr(0, at);
  rest = at == std::string_view::npos ? std::string_view() : rest.substr(at + 1);
  return field;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

bool has_lower_ascii(std::string_view s) {
  for (char c : s)
    if (c >= 'a' && c <= 'z') return true;
  return false;
}

// Whether every id is a ROR id ("ror:05nb5x242"), and there is one.
bool registry_only(std::string_view ids) {
  if (ids.empty()) return false;
  for (std::string_view rest = ids; !rest.empty();) {
    const std::string_view id = next_field(rest, ' ');
    if (!id.empty() && id.substr(0, 4) != "ror:") return false;
  }
  return true;
}

}  // namespace

void Spellings::add_tsv(std::string_view text) {
  // Read at every start for some 100,000 entries: fields are cut in place, never copied.
  bool seen_header = false;
  for (std::string_view rest = text; !rest.empty();) {
    std::string_view line = next_field(rest, '\n');
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (!seen_header) {
      seen_header = true;  // the gazetteer reader has checked it
      continue;
    }
    if (line.find('\t') == std::string_view::npos) continue;
    std::string_view fields = line;
    const std::string_view canonical = trim(next_field(fields, '\t'));
    const std::string_view type = trim(next_field(fields, '\t'));
    const std::string_view aliases = next_field(fields, '\t');
    const std::string_view ids = trim(next_field(fields, '\t'));
    const std::string_view flags = next_field(fields, '\t');
    if (flags.find("pattern") != std::string_view::npos) continue;  // no written form
    Spelling base;
    base.canonical = canonical;
    produce::parse_entity_type(type, base.type);
    base.well_known = match::is_well_known(ids);
    base.registry_only = registry_only(ids);
    const auto add = [&](std::string_view form) {
      spellings_.push_back(base);
      spellings_.back().form = form;
    };
    add(canonical);
    for (std::string_view list = aliases; !list.empty();) {
      std::string_view alias = trim(next_field(list, '|'));
      if (!alias.empty() && alias.front() == '=') alias.remove_prefix(1);
      if (!alias.empty()) add(alias);
    }
  }
}

void Spellings::index() {
  std::vector<std::uint64_t> canonical_hashes, form_hashes;
  canonical_hashes.reserve(spellings_.size());
  form_hashes.reserve(spellings_.size());
  for (const Spelling& s : spellings_) {
    canonical_hashes.push_back(tokens::hash_bytes(s.canonical));
    form_hashes.push_back(tokens::hash_bytes(s.form));
  }
  by_canonical_.assign(std::move(canonical_hashes));
  by_form_.assign(std::move(form_hashes));
  tokens::Text folded;
  for (std::uint32_t i = 0; i < spellings_.size(); ++i) {
    const std::string_view form = spellings_[i].form;
    // Acronyms have too many neighbours among other acronyms to suggest one.
    if (form.find(' ') != std::string_view::npos || form.size() < 5 || !has_lower_ascii(form)) continue;
    tokens::analyse(form, folded);
    if (folded.tokens.size() != 1) continue;
    approximate_.add(folded.token_text(folded.tokens[0]), i);
  }
  approximate_.finish();
}

std::shared_ptr<const Spellings> Spellings::from_tsv(const std::vector<std::string_view>& texts) {
  auto spellings = std::make_shared<Spellings>();
  spellings->owned_texts_.assign(texts.begin(), texts.end());
  for (const std::string& text : spellings->owned_texts_) spellings->add_tsv(text);
  spellings->index();
  return spellings;
}

std::shared_ptr<const Spellings> Spellings::load(const pipeline::GazetteerSettings& settings, std::string& error) {
  auto spellings = std::make_shared<Spellings>();
  for (const std::string& path : settings.user_files) {
    input::ReadResult read = input::read_document(path, input::ReadOptions{true});
    if (read.status != input::ReadStatus::ok) {
      error = read.message;
      return nullptr;
    }
    spellings->owned_texts_.push_back(std::move(read.document.bytes));
  }
  // In the extractor's order, so a form shared by two gazetteers belongs to the same one. The
  // built-in texts are linked into the binary, so their views stay valid.
  for (const std::string& text : spellings->owned_texts_) spellings->add_tsv(text);
  if (settings.builtin)
    for (const auto& [name, text] : match::builtin_gazetteer_sources()) spellings->add_tsv(text);
  spellings->index();
  return spellings;
}

std::vector<std::uint32_t> Spellings::forms_of(std::string_view canonical) const {
  std::vector<std::uint32_t> out;
  by_canonical_.each(tokens::hash_bytes(canonical), [&](std::uint32_t i) {
    if (spellings_[i].canonical == canonical) out.push_back(i);  // in file order: the canonical name first
    return false;
  });
  return out;
}

const Spelling* Spellings::exact(std::string_view written) const {
  const Spelling* found = nullptr;
  by_form_.each(tokens::hash_bytes(written), [&](std::uint32_t i) {
    if (spellings_[i].form == written) found = &spellings_[i];  // the first gazetteer keeps a form
    return found != nullptr;
  });
  return found;
}

}  // namespace gazette::check
