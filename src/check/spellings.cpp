#include "check/spellings.h"

#include <algorithm>

#include "input/reader.h"
#include "match/builtin_gazetteers.h"
#include "match/misspellings.h"
#include "tokens/text.h"

namespace gazette::check {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t at = s.find(sep, start);
    parts.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
    if (at == std::string_view::npos) return parts;
    start = at + 1;
  }
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

}  // namespace

void Spellings::add_tsv(std::string_view text) {
  bool seen_header = false;
  for (std::string_view line : split(text, '\n')) {
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    if (!seen_header) {
      seen_header = true;  // the gazetteer reader has checked it
      continue;
    }
    const std::vector<std::string_view> fields = split(line, '\t');
    if (fields.size() < 2) continue;
    if (fields.size() > 4 && fields[4].find("pattern") != std::string_view::npos) continue;  // no written form
    Spelling base;
    base.canonical = std::string(trim(fields[0]));
    produce::parse_entity_type(trim(fields[1]), base.type);
    const std::string_view ids = fields.size() > 3 ? trim(fields[3]) : std::string_view();
    base.well_known = match::is_well_known(ids);
    std::vector<std::string_view> forms{trim(fields[0])};
    if (fields.size() > 2 && !trim(fields[2]).empty())
      for (std::string_view alias : split(fields[2], '|')) {
        alias = trim(alias);
        if (!alias.empty() && alias.front() == '=') alias.remove_prefix(1);
        if (!alias.empty()) forms.push_back(alias);
      }
    for (std::string_view form : forms) {
      const auto index = static_cast<std::uint32_t>(spellings_.size());
      spellings_.push_back(base);
      spellings_.back().form = std::string(form);
      by_canonical_.emplace(base.canonical, index);
      by_form_.emplace(std::string(form), index);  // the first gazetteer keeps a form
    }
  }
}

void Spellings::index() {
  tokens::Text folded;
  for (std::uint32_t i = 0; i < spellings_.size(); ++i) {
    const std::string& form = spellings_[i].form;
    // Acronyms have too many neighbours among other acronyms to suggest one.
    if (form.find(' ') != std::string::npos || form.size() < 5 || !has_lower_ascii(form)) continue;
    tokens::analyse(form, folded);
    if (folded.tokens.size() != 1) continue;
    approximate_.add(folded.token_text(folded.tokens[0]), i);
  }
  approximate_.finish();
}

std::shared_ptr<const Spellings> Spellings::from_tsv(const std::vector<std::string_view>& texts) {
  auto spellings = std::make_shared<Spellings>();
  for (std::string_view text : texts) spellings->add_tsv(text);
  spellings->index();
  return spellings;
}

std::shared_ptr<const Spellings> Spellings::load(const pipeline::GazetteerSettings& settings, std::string& error) {
  std::vector<std::string> user_texts;
  for (const std::string& path : settings.user_files) {
    input::ReadResult read = input::read_document(path, input::ReadOptions{true});
    if (read.status != input::ReadStatus::ok) {
      error = read.message;
      return nullptr;
    }
    user_texts.push_back(std::move(read.document.bytes));
  }
  // In the extractor's order, so a form shared by two gazetteers belongs to the same one.
  std::vector<std::string_view> texts(user_texts.begin(), user_texts.end());
  if (settings.builtin)
    for (const auto& [name, text] : match::builtin_gazetteer_sources()) texts.push_back(text);
  return from_tsv(texts);
}

std::vector<std::uint32_t> Spellings::forms_of(std::string_view canonical) const {
  std::vector<std::uint32_t> out;
  const auto range = by_canonical_.equal_range(std::string(canonical));
  for (auto it = range.first; it != range.second; ++it) out.push_back(it->second);
  std::sort(out.begin(), out.end());  // file order: the canonical name first
  return out;
}

const Spelling* Spellings::exact(std::string_view written) const {
  const auto it = by_form_.find(std::string(written));
  return it == by_form_.end() ? nullptr : &spellings_[it->second];
}

}  // namespace gazette::check
