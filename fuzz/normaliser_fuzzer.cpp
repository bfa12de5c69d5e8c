// Fuzz target: the normaliser's map from folded bytes back to the original ones, and the locator
// that turns original offsets into code points, lines and columns. For any bytes, every folded
// byte must come from a code point of the original (in order, on a code point boundary), and
// every folded word, mapped back and located, must agree with a naive reading of the original
// bytes (naive_text.h).
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "naive_text.h"
#include "normalise/normaliser.h"
#include "pipeline/locator.h"
#include "resolve/mention.h"

namespace {

[[noreturn]] void fail(const char* what, std::size_t at) {
  std::fprintf(stderr, "%s (at %zu)\n", what, at);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  const gazette_naive::Places places(input);
  const gazette::normalise::Normalised n = gazette::normalise::normalise(input);
  if (n.origin.size() != n.text.size() + 1 || n.upper.size() != n.text.size()) fail("map sizes", n.text.size());
  if (n.origin.back() != input.size()) fail("the map does not end at the original's end", n.origin.back());
  for (std::size_t i = 0; i < n.text.size(); ++i) {
    if (n.origin[i] > n.origin[i + 1]) fail("the map goes backwards", i);
    if (n.origin[i] >= input.size()) fail("a folded byte maps past the original", i);
    if (!places.at(n.origin[i]).boundary) fail("a folded byte maps inside a code point", i);
  }
  // The folded text is what the matchers read: it must be valid UTF-8 even when the input is not.
  for (std::size_t pos = 0; pos < n.text.size();) {
    const std::size_t length = gazette_naive::sequence_length(n.text, pos);
    if (!length) fail("the folded text is not valid UTF-8", pos);
    pos += length;
  }

  // Every folded word, as a matcher would report it, mapped back and located in one walk.
  // A character that folds to several words ("\uFDFA") maps them all back to itself: only the
  // first is located, as the resolver never reports overlapping mentions either.
  gazette::pipeline::Locator locator;
  std::size_t previous_end = 0;
  for (std::size_t i = 0; i < n.text.size();) {
    if (n.text[i] == ' ' || n.text[i] == '\n') {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < n.text.size() && n.text[j] != ' ' && n.text[j] != '\n') ++j;
    gazette::resolve::Mention m;
    m.start = n.original_begin(i);
    m.end = n.original_end(j);
    if (m.start < m.end && m.start >= previous_end) {
      previous_end = m.end;
      m.text = input.substr(m.start, m.end - m.start);
      locator.locate(m, input, 0);
      const std::string why = gazette_naive::check_location(places, input, m);
      if (!why.empty()) fail(why.c_str(), m.start);
    }
    i = j;
  }
  return 0;
}
