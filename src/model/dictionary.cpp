#include "model/dictionary.h"

#include "model/model_types.h"
#include "normalise/normaliser.h"
#include "tokens/tokeniser.h"

namespace gazette::model {

void Dictionary::add_word_list(std::string_view list) {
  normalise::Normalised folded;
  std::vector<Token> tokens;
  for (std::size_t pos = 0; pos < list.size();) {
    std::size_t eol = list.find('\n', pos);
    if (eol == std::string_view::npos) eol = list.size();
    const std::string_view line = list.substr(pos, eol - pos);
    pos = eol + 1;
    normalise::normalise(line, folded);
    bool capitalised = false;
    for (std::uint8_t u : folded.upper) capitalised |= u != 0;
    if (capitalised) continue;
    tokens::tokenise(folded.text, tokens);
    for (const Token& t : tokens)
      if (t.word) add(t.hash);
  }
}

}  // namespace gazette::model
