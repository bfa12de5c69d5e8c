#include "model/span_features.h"

#include "model/cue_features.h"
#include "model/model_types.h"

namespace gazette::model {
namespace {

std::uint64_t bucket(std::size_t n, std::size_t cap) { return n < cap ? n : cap; }

bool all_capitals(const DocumentView& doc, const Token& t) {
  const auto& folded = doc.folded();
  std::size_t letters = 0;
  for (std::uint32_t p = t.begin; p < t.end; ++p) {
    const unsigned char c = static_cast<unsigned char>(folded.text[p]);
    if (c >= '0' && c <= '9') continue;
    if (!folded.upper[p]) return false;
    ++letters;
  }
  return letters >= 2;
}

std::uint64_t suffix3(std::string_view w) { return tokens::hash_bytes(w.size() > 3 ? w.substr(w.size() - 3) : w); }

constexpr std::uint64_t kStart = 0x5354415254ULL;  // the value of "no word before": a sentence start
constexpr std::uint64_t kEnd = 0x454E44ULL;

}  // namespace

void surface_features(const DocumentView& doc, const SpanCandidate& span, FeatureList& out) {
  const auto& tokens = doc.tokens();
  const std::size_t n = span.last - span.first;
  const Token& first = tokens[span.first];
  const Token& last = tokens[span.last - 1];
  const TokenSurface& first_surface = doc.surface(span.first);
  const TokenSurface& last_surface = doc.surface(span.last - 1);
  out.push_back(mix(kBias, 0));
  out.push_back(mix(kLength, bucket(n, 5)));
  // A name's own spelling is learnt only when it is an ordinary word ("Airlines", "Banque",
  // "Labs"): a word seen in no dictionary is some particular name, and weighting it would
  // memorise the training names instead of learning what makes one.
  const auto common = [&](std::size_t i, const TokenSurface& s) { return !doc.initial_capital(i) || s.dictionary; };
  const bool first_common = common(span.first, first_surface);
  if (first_common) out.push_back(mix(kFirstWord, first.hash));
  if (common(span.last - 1, last_surface)) out.push_back(mix(kLastWord, last.hash));
  out.push_back(mix(kFirstShape, first_surface.shape ^ n));
  out.push_back(mix(kLastShape, last_surface.shape));
  if (first_common) out.push_back(mix(kPrefix3, first_surface.prefix3));
  out.push_back(mix(kLastSuffix3, last_surface.suffix3));
  std::size_t in_dictionary = 0, heads = 0;
  for (std::uint32_t i = span.first; i < span.last; ++i) {
    const Token& t = tokens[i];
    if (!t.word) continue;
    const TokenSurface& s = doc.surface(i);
    if (common(i, s)) out.push_back(mix(kWord, t.hash));
    out.push_back(mix(kShape, s.shape));
    out.push_back(mix(kSuffix3, s.suffix3));
    if (s.inner_capital) out.push_back(mix(kInnerCapital, n == 1));
    if (s.digit) out.push_back(mix(kDigit, i == span.first));
    if (!doc.capitalised(i)) continue;
    ++heads;
    const bool word = s.dictionary;
    in_dictionary += word;
    const std::uint64_t position = i == span.first ? 1 : i + 1 == span.last ? 2 : 3;
    out.push_back(mix(kDictionary, position * 2 + word));
    if (s.first_name) out.push_back(mix(kFirstName, position));
  }
  out.push_back(mix(kDictionaryCount, bucket(heads, 4) * 8 + bucket(in_dictionary, 4)));
  // "BEA Technologies", "Nanova Pharma": a sector word ends the names companies give themselves,
  // after a word no dictionary holds; after ordinary words it as often ends a description
  // ("Web Services", "Low Dynamic Range Devices").
  if (n > 1 && doc.words().business_words.contains(doc.folded().text, last)) {
    std::size_t coined = 0;
    for (std::uint32_t i = span.first; i + 1 < span.last; ++i)
      coined += tokens[i].word && doc.capitalised(i) && !doc.surface(i).dictionary;
    out.push_back(mix(kBusinessLast, bucket(coined, 2)));
  }
  if (n == 1) {
    out.push_back(mix(kCharLength, bucket(first.end - first.begin, 12)));
    if (all_capitals(doc, first)) out.push_back(mix(kAcronym, bucket(first.end - first.begin, 6)));
  }
}

void mention_features(const DocumentView& doc, const SpanCandidate& span, FeatureList& out) {
  const auto& tokens = doc.tokens();
  const std::size_t n = tokens.size();
  const bool at_start = doc.sentence_start(span.first);
  const auto word_at = [&](std::ptrdiff_t i) -> std::uint64_t {
    if (i < 0) return kStart;
    if (static_cast<std::size_t>(i) >= n) return kEnd;
    return tokens[i].hash;
  };
  const std::ptrdiff_t a = span.first, b = span.last;
  const std::uint64_t prev = at_start ? kStart : word_at(a - 1);
  const std::uint64_t prev2 = at_start ? kStart : word_at(a - 2);
  out.push_back(mix(kPrevWord, prev));
  out.push_back(mix(kPrev2Word, prev2));
  out.push_back(mix(kPrevBigram, prev * 31 + prev2));
  const std::uint64_t next = word_at(b), next2 = word_at(b + 1);
  // A verb after the name, told by its ending ("propose", "permet", "développent"), makes the
  // name a subject; at a sentence start or after a comma, of that sentence.
  if (static_cast<std::size_t>(b) < n && tokens[b].word && !doc.capitalised(b)) {
    static const std::uint64_t kShortEnding = suffix3("??");
    const std::string_view w = doc.text(tokens[b]);
    // An accented last letter ends a participle ("visé"), not the verb its folding spells ("vise").
    const std::uint64_t ending = (w.size() > 2 ? suffix3(w) : kShortEnding) ^ (doc.ends_accented(tokens[b]) ? 1 : 0);
    out.push_back(mix(kNextSuffix, ending));
    const bool clause_start = at_start || (a > 0 && doc.text(tokens[a - 1]) == ",");
    out.push_back(mix(kSubject, ending * 2 + clause_start));
  }
  out.push_back(mix(kNextWord, next));
  out.push_back(mix(kNext2Word, next2));
  out.push_back(mix(kNextBigram, next * 31 + next2));
  out.push_back(mix(kSentenceStart, at_start * 4 + span.left_open * 2 + span.right_open));
  if (at_start) out.push_back(mix(kPrevWordSentence, next));
  if (doc.first_names() && doc.first_names()->precede(doc.folded(), tokens, span.first))
    out.push_back(mix(kAfterFirstName, 1));
  // A name listed between two names other producers found: "Anthropic, Armada, Amazon". Only
  // both sides together: one known neighbour is as often a product beside its maker ("Pixar,
  // Toy Story").
  if (a >= 2 && b + 1 < static_cast<std::ptrdiff_t>(n) && doc.known(a - 2) && doc.known(b + 1))
    out.push_back(mix(kBetweenKnown, doc.known(a - 2) * 4 + doc.known(b + 1)));
}

}  // namespace gazette::model
