#include "lang/lexicon.h"

#include <algorithm>
#include <filesystem>

#include "input/reader.h"
#include "lang/builtin_lists.h"
#include "tokens/text.h"

namespace gazette::lang {

std::vector<Entry> parse_word_list(std::string_view text) {
  std::vector<Entry> entries;
  tokens::Text folded;
  std::size_t line_number = 0;
  for (std::size_t start = 0; start < text.size();) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    start = end + 1;
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    Entry entry{{}, line_number};
    // A line already folded to one token (lower-case ASCII letters and digits, as the lists
    // built by scripts are) is its own folded form: no ICU pass for the tens of thousands of them.
    if (std::all_of(line.begin(), line.end(),
                    [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); })) {
      entry.folded = std::string(line);
      entries.push_back(std::move(entry));
      continue;
    }
    tokens::analyse(line, folded);
    for (const tokens::Token& t : folded.tokens) {
      if (!entry.folded.empty()) entry.folded += ' ';
      entry.folded += folded.token_text(t);
    }
    if (!entry.folded.empty()) entries.push_back(std::move(entry));
  }
  return entries;
}

std::shared_ptr<const Lexicon> Lexicon::load(std::string_view language, const std::string& override_dir,
                                             std::string& error) {
  auto lexicon = std::shared_ptr<Lexicon>(new Lexicon);
  const std::string prefix = std::string(language) + "/";
  for (const auto& [name, text] : builtin_word_lists()) {
    if (name.substr(0, prefix.size()) != prefix) continue;
    std::string list(name.substr(prefix.size()));
    list.resize(list.size() - 4);  // ".txt"
    lexicon->lists_[list] = List{"builtin:" + std::string(name), parse_word_list(text)};
  }
  if (lexicon->lists_.empty()) {
    error = "no word lists for language \"" + std::string(language) + "\"";
    return nullptr;
  }
  if (override_dir.empty()) return lexicon;
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  for (const auto& item : std::filesystem::directory_iterator(override_dir, ec))
    if (item.path().extension() == ".txt") files.push_back(item.path());
  if (ec) {
    error = override_dir + ": " + ec.message();
    return nullptr;
  }
  std::sort(files.begin(), files.end());  // the same error first, whatever the directory order
  for (const std::filesystem::path& path : files) {
    const std::string list = path.stem().string();
    const auto it = lexicon->lists_.find(list);
    if (it == lexicon->lists_.end()) {
      error = path.string() + ": no shipped word list is called \"" + list + "\"";
      return nullptr;
    }
    const input::ReadResult read = input::read_document(path.string(), input::ReadOptions{false});
    if (read.status != input::ReadStatus::ok) {
      error = read.status == input::ReadStatus::binary ? path.string() + ": a word list must be text (found a NUL byte)"
                                                       : read.message;
      return nullptr;
    }
    it->second = List{path.string(), parse_word_list(read.document.bytes)};
  }
  return lexicon;
}

const Lexicon::List& Lexicon::find(std::string_view list) const {
  const auto it = lists_.find(list);
  if (it == lists_.end()) throw std::logic_error("no word list is called \"" + std::string(list) + "\"");
  return it->second;
}

const std::vector<Entry>& Lexicon::entries(std::string_view list) const { return find(list).entries; }

const std::string& Lexicon::origin(std::string_view list) const { return find(list).origin; }

tokens::WordSet Lexicon::words(std::string_view list) const {
  const List& found = find(list);
  tokens::WordSet set;
  for (const Entry& entry : found.entries) {
    if (entry.folded.find(' ') != std::string::npos)
      throw WordListError(found.origin + ":" + std::to_string(entry.line) + ": \"" + entry.folded +
                          "\" is several words; this list holds single words");
    set.insert(entry.folded);
  }
  return set;
}

std::vector<std::string> Lexicon::names() const {
  std::vector<std::string> out;
  for (const auto& [name, list] : lists_) out.push_back(name);
  return out;
}

}  // namespace gazette::lang
