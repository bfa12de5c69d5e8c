#include "match/acronym_definitions.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace gazette::match {
namespace {

constexpr std::size_t kMaxLetters = 8;
constexpr std::size_t kMaxPhraseWords = 10;
constexpr std::size_t kNoToken = static_cast<std::size_t>(-1);

// How many letters the acronym `t` has, counted in `letters`, or 0 when `t` is none: one token
// of two to eight capitals, or, when `mixed`, of letters that start with a capital and hold two or
// more, the capitals being the acronym's letters ("ReDi (Redefining Display)", "LaBRI").
std::size_t acronym_letters(const normalise::Normalised& folded, const Token& t, std::array<int, 26>& letters,
                            bool mixed) {
  const std::size_t n = t.end - t.begin;
  if (!t.word || n < 2 || n > kMaxLetters || !folded.upper[t.begin]) return 0;
  letters.fill(0);
  std::size_t capitals = 0;
  for (std::uint32_t p = t.begin; p < t.end; ++p) {
    const char c = folded.text[p];
    if (c < 'a' || c > 'z') return 0;
    if (!folded.upper[p]) {
      if (!mixed) return 0;
      continue;
    }
    ++letters[c - 'a'];
    ++capitals;
  }
  return capitals >= 2 ? capitals : 0;
}

bool is_punctuation(const normalise::Normalised& folded, const Token& t, char c) {
  return !t.word && t.end == t.begin + 1 && folded.text[t.begin] == c;
}

// The phrase [first, last] spells the acronym out: its content words are at most two more than
// the acronym's letters, and their initials hold every letter (in any order: "Antigène
// Carcino-Embryonnaire" for CEA, "Liposome Immuno Assay" for LIA).
bool spells_out(const normalise::Normalised& folded, const std::vector<Token>& tokens, const MatchWords& w,
                std::size_t first, std::size_t last, std::array<int, 26> letters, std::size_t letter_count) {
  std::size_t content = 0, matched = 0;
  for (std::size_t i = first; i <= last; ++i) {
    const Token& t = tokens[i];
    if (!t.word) continue;
    if (w.spelling_connectors.contains(folded.text, t)) continue;  // "à" and "l" give no letter
    ++content;
    const char c = folded.text[t.begin];
    if (c >= 'a' && c <= 'z' && letters[c - 'a'] > 0) {
      --letters[c - 'a'];
      ++matched;
    }
  }
  return matched == letter_count && content <= letter_count + 2;
}

// The phrase names something the lists know, or says what kind of organisation it is, itself
// or in the two words before it ("au laboratoire « Lymphocytes B et Auto-Immunité (LBAI) »").
bool confirms(const normalise::Normalised& folded, const std::vector<Token>& tokens, const MatchWords& w,
              const std::vector<TextSpan>& names, std::size_t first, std::size_t last) {
  const std::size_t begin = tokens[first].begin, end = tokens[last].end;
  for (const TextSpan& m : names)
    if (m.begin < end && m.end > begin) return true;
  const std::string_view text = folded.text;
  for (std::size_t i = first >= 2 ? first - 2 : 0; i <= last; ++i) {
    const Token& t = tokens[i];
    if (!t.word) continue;
    if (w.organisation_heads.contains(text, t) || w.business_words.contains(text, t) ||
        w.legal_forms_word.contains(text, t) || w.legal_forms_capital.contains(text, t))
      return true;
    std::uint64_t sequence = tokens::kSequenceSeed;
    for (std::size_t j = i; j <= last && j < i + 3; ++j) {
      sequence = tokens::extend_sequence(sequence, tokens[j].hash);
      if (const auto* node = w.triggers.find(sequence); node && node->complete) return true;
    }
  }
  return false;
}

// Token index of the span's only token, or npos when the span is longer than one token; spans
// are asked in text order, `from` keeping the place.
template <typename Span>
std::size_t single_token(const std::vector<Token>& tokens, const Span& m, std::size_t& from) {
  while (from < tokens.size() && tokens[from].begin < m.begin) ++from;
  if (from < tokens.size() && tokens[from].begin == m.begin && tokens[from].end == m.end) return from;
  return kNoToken;
}

}  // namespace

std::size_t spelling_in_brackets(const normalise::Normalised& folded, const std::vector<Token>& tokens,
                                 const MatchWords& words, std::size_t acronym) {
  const std::size_t n = tokens.size();
  std::array<int, 26> letters;
  const std::size_t letter_count = acronym_letters(folded, tokens[acronym], letters, true);
  if (letter_count == 0 || acronym + 2 >= n || !is_punctuation(folded, tokens[acronym + 1], '(')) return n;
  std::size_t close = acronym + 2;
  while (close < n && close < acronym + 2 + kMaxPhraseWords && tokens[close].word) ++close;
  if (close >= n || close == acronym + 2 || !is_punctuation(folded, tokens[close], ')')) return n;
  return spells_out(folded, tokens, words, acronym + 2, close - 1, letters, letter_count) ? close - 1 : n;
}

std::vector<std::uint64_t> acronyms_spelt_out_otherwise(const normalise::Normalised& folded,
                                                        const std::vector<Token>& tokens, const MatchWords& words,
                                                        const std::vector<TextSpan>& mentions,
                                                        const std::vector<TextSpan>& names) {
  const std::size_t n = tokens.size();
  std::vector<std::uint64_t> redefined;
  std::size_t from = 0;
  for (const TextSpan& m : mentions) {
    const std::size_t t = single_token(tokens, m, from);
    if (t == kNoToken || std::find(redefined.begin(), redefined.end(), tokens[t].hash) != redefined.end()) continue;
    std::array<int, 26> letters;
    if (acronym_letters(folded, tokens[t], letters, true) == 0) continue;
    bool other_sense = false;
    // "X (Words)": the words up to the closing bracket.
    if (const std::size_t last = spelling_in_brackets(folded, tokens, words, t); last != n)
      other_sense = !confirms(folded, tokens, words, names, t + 2, last);
    // "Words (X)": the shortest run of words before the bracket that spells the acronym out. A
    // name in mixed case counts its capitals after it only ("ReDi (Redefining Display)"): before
    // a bracket, the words of a sentence spell out "LinkedIn" or "OpenAI" as often as not ("un
    // emploi en ligne sur Internet (LinkedIn)").
    const std::size_t letter_count = other_sense ? 0 : acronym_letters(folded, tokens[t], letters, false);
    if (!other_sense && letter_count > 0 && t >= 2 && t + 1 < n && is_punctuation(folded, tokens[t - 1], '(') &&
        is_punctuation(folded, tokens[t + 1], ')')) {
      for (std::size_t first = t - 1; first > 0 && t - 1 - first < kMaxPhraseWords && tokens[first - 1].word;) {
        --first;
        if (spells_out(folded, tokens, words, first, t - 2, letters, letter_count)) {
          other_sense = !confirms(folded, tokens, words, names, first, t - 2);
          break;
        }
      }
    }
    if (other_sense) redefined.push_back(tokens[t].hash);
  }
  return redefined;
}

void drop_redefined_acronyms(const tokens::Text& text, const MatchWords& words, std::vector<NameMatch>& matches) {
  // Buffers kept from one document to the next on each thread.
  thread_local std::vector<TextSpan> spans;
  spans.clear();
  for (const NameMatch& m : matches) spans.push_back({m.begin, m.end});
  erase_acronyms(text.tokens, acronyms_spelt_out_otherwise(text.folded, text.tokens, words, spans, spans), matches);
}

}  // namespace gazette::match
