// Which dollar a bare "$" or "dollars" means in a document set in another dollar country than
// the United States ("unless the text says otherwise": a Canadian, Australian or Hong Kong
// setting says otherwise). The countries, the words that name them and the rule are
// data/tables/dollar-countries.tsv, linked into the binary.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gazette::money {

class DollarSetting {
 public:
  // The shipped table.
  DollarSetting();
  // From the text of a table in that file's format; throws std::runtime_error naming
  // `source` and the line when it is malformed.
  DollarSetting(std::string_view source, std::string_view table);

  // The code of the country `normalised` (a whole document, normalised) is set in, or empty
  // when it is set in none or in the United States.
  std::string_view code_for(std::string_view normalised) const;

 private:
  void count(std::string_view text, std::vector<std::size_t>& hits) const;

  std::vector<std::string> codes_;                            // one per row, in the table's order
  std::size_t united_states_ = static_cast<std::size_t>(-1);  // the USD row
  std::unordered_map<std::string, std::size_t> words_;        // a word, or two joined by ' ' -> row
};

}  // namespace gazette::money
