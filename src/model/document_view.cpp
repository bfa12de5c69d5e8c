#include "model/document_view.h"

#include <algorithm>

namespace gazette::model {

DocumentView::DocumentView(const normalise::Normalised& folded, const std::vector<Token>& tokens,
                           const std::vector<KnownSpan>& known, const Dictionary& dictionary,
                           const match::FirstNames* first_names, const match::MatchWords& words)
    : folded_(folded), tokens_(tokens), dictionary_(dictionary), first_names_(first_names), words_(words) {
  const std::size_t n = tokens.size();
  capitalised_.assign(n, 0);
  sentence_start_.assign(n, 0);
  joined_.assign(n, 0);
  known_.assign(n, 0);
  const std::string_view text = folded.text;
  bool at_start = true;
  title_end_ = n;
  bool title_done = false;
  for (std::size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    if (i > 0) {
      bool line_break = false;
      for (std::size_t p = tokens[i - 1].end; p < t.begin; ++p) line_break |= text[p] == '\n';
      if (line_break) {
        at_start = true;
        if (!title_done) {
          title_end_ = i;
          title_done = true;
        }
      }
    }
    if (t.word) {
      for (std::uint32_t p = t.begin; p < t.end && !capitalised_[i]; ++p) capitalised_[i] = folded.upper[p];
      sentence_start_[i] = at_start;
      at_start = false;
    } else {
      const char c = text[t.begin];
      if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') at_start = true;
      // A quote or a bracket opening a sentence keeps the next word at its start.
    }
    if (i + 1 < n) {
      // Spaces, or one hyphen or apostrophe ("CEA-Leti", "L'Oréal"); a spaced dash separates
      // ("BFMTV - RMC").
      const std::size_t from = t.end, to = tokens[i + 1].begin;
      bool spaces = true;
      for (std::size_t p = from; p < to; ++p) spaces &= text[p] == ' ';
      joined_[i] = spaces || (to == from + 1 && (text[from] == '-' || text[from] == '\''));
    }
  }
  // Known spans are sorted by nothing in particular; a token keeps the first covering type.
  for (const KnownSpan& k : known) {
    std::size_t lo = 0, hi = n;
    while (lo < hi) {  // first token ending after k.begin
      const std::size_t mid = (lo + hi) / 2;
      if (tokens[mid].end <= k.begin)
        lo = mid + 1;
      else
        hi = mid;
    }
    for (std::size_t i = lo; i < n && tokens[i].begin < k.end; ++i)
      if (!known_[i]) known_[i] = static_cast<std::uint8_t>(k.type);
  }
}

std::vector<std::uint8_t> DocumentView::lower_case(const std::vector<std::uint64_t>& hashes) const {
  std::vector<std::uint8_t> found(hashes.size(), 0);
  // An open-addressing table of the asked hashes, at most half full: one probe or two per
  // lower-case token.
  std::size_t size = 16;
  while (size < 2 * hashes.size()) size *= 2;
  const std::size_t mask = size - 1;
  std::vector<std::uint32_t> slots(size, 0);  // index + 1 into `hashes`, 0 when empty
  for (std::size_t k = 0; k < hashes.size(); ++k) {
    std::size_t s = hashes[k] & mask;
    while (slots[s]) s = (s + 1) & mask;
    slots[s] = static_cast<std::uint32_t>(k + 1);
  }
  for (std::size_t i = 0; i < tokens_.size(); ++i) {
    if (capitalised_[i] || !tokens_[i].word) continue;
    const std::uint64_t h = tokens_[i].hash;
    for (std::size_t s = h & mask; slots[s]; s = (s + 1) & mask) {
      if (hashes[slots[s] - 1] == h) {
        found[slots[s] - 1] = 1;
        break;
      }
    }
  }
  return found;
}

}  // namespace gazette::model
