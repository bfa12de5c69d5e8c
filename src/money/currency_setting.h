// Which currency a bare common noun ("dollars", "francs", "couronnes", "dinars", "$") means in a
// document: the country the document is set in decides it. "Dollars" is USD unless the text says
// otherwise, and a Canadian setting says otherwise; "couronnes" has no default at all, and a
// document set in Sweden makes them SEK. The families, their defaults, the countries, the words
// that name them and the rule are data/tables/currency-countries.tsv, linked into the binary.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gazette::money {

class CurrencySetting {
 public:
  struct Family {
    std::string name;          // "dollar", "franc cfa": what CurrencyMatch::family says
    std::string default_code;  // empty: without a country, a bare mention is no amount
    std::string parent;        // "franc" for "franc cfa": the code found is also the text's franc
    std::vector<std::size_t> rows;
  };
  // How often a document names each row's country, in its title and in the whole text.
  struct Counts {
    std::vector<std::size_t> title, text;
  };

  // The shipped table.
  CurrencySetting();
  // From the text of a table in that file's format; throws std::runtime_error naming
  // `source` and the line when it is malformed.
  CurrencySetting(std::string_view source, std::string_view table);
  CurrencySetting(const CurrencySetting&) = delete;  // words_ points into word_storage_
  CurrencySetting& operator=(const CurrencySetting&) = delete;

  // The family named `name`, or null when the table leaves it to its written code.
  const Family* family(std::string_view name) const;
  // One pass over a whole normalised document.
  Counts count(std::string_view normalised) const;
  // The code a bare mention of `family` has in a document with `counts`: the country's, else the
  // family's default; empty when there is neither.
  std::string_view decide(const Family& family, const Counts& counts) const;
  // Both steps, for one family: tests and one-off callers.
  std::string_view code_for(std::string_view family_name, std::string_view normalised) const;

 private:
  struct Row {
    std::string code;
    std::size_t family;
  };

  std::vector<Family> families_;
  std::vector<Row> rows_;
  struct Entry {
    std::vector<std::size_t> rows;  // the rows it names a country for; empty for "hong" alone
    bool starts_longer = false;     // "hong" of "hong kong", "coree du" of "coree du sud"
  };
  const Entry* find(std::string_view key) const;

  std::deque<std::string> word_storage_;  // stable addresses for the keys of words_
  // A word, or two or three joined by ' '.
  std::unordered_map<std::string_view, Entry> words_;
  // Every word of a document is probed: a bit filter over the first words of the keys, which
  // fits in L1 cache, keeps the hash table for the few that may be one.
  static constexpr int kFilterBits = 14;
  std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>((1u << kFilterBits) / 64);
};

}  // namespace gazette::money
