#include "match/approximate_names.h"

#include <algorithm>

namespace gazette::match {
namespace {

// The hashes of every string left by deleting up to `depth` (at most 2) bytes of `word`, `word`
// included, sorted and without repeats (deleting either of two equal neighbours leaves the same
// string). A polynomial hash, so that each deletion's hash comes from the hashes of the pieces
// around it without building the string: this runs for every name at start-up and for every
// capitalised word checked. Equal strings hash alike, so no true neighbour is missed; two strings
// that collide only cost the distance computation that rejects them.
void deletion_hashes(std::string_view word, int depth, std::vector<std::uint64_t>& out) {
  constexpr std::uint64_t kBase = 0x100000001b3ULL;  // odd: powers never vanish modulo 2^64
  const std::size_t n = word.size();
  // prefix[k]: hash of word[0, k); power[k]: kBase^k. On the stack for words of any usual length.
  constexpr std::size_t kOnStack = 64;
  std::uint64_t prefix_stack[kOnStack + 1], power_stack[kOnStack + 1];
  std::vector<std::uint64_t> prefix_heap, power_heap;
  std::uint64_t* prefix = prefix_stack;
  std::uint64_t* power = power_stack;
  if (n > kOnStack) {
    prefix_heap.resize(n + 1);
    power_heap.resize(n + 1);
    prefix = prefix_heap.data();
    power = power_heap.data();
  }
  prefix[0] = 0;
  power[0] = 1;
  for (std::size_t k = 0; k < n; ++k) {
    prefix[k + 1] = prefix[k] * kBase + static_cast<unsigned char>(word[k]) + 1;
    power[k + 1] = power[k] * kBase;
  }
  // Hash of word[from, to).
  const auto piece = [&](std::size_t from, std::size_t to) { return prefix[to] - prefix[from] * power[to - from]; };
  out.clear();
  out.reserve(1 + n + (depth >= 2 ? n * (n - 1) / 2 : 0));
  out.push_back(prefix[n]);
  for (std::size_t i = 0; depth >= 1 && i < n; ++i) {
    const std::uint64_t before = piece(0, i);
    out.push_back(before * power[n - i - 1] + piece(i + 1, n));
    for (std::size_t j = i + 1; depth >= 2 && j < n; ++j)  // bytes i and j deleted
      out.push_back((before * power[j - i - 1] + piece(i + 1, j)) * power[n - j - 1] + piece(j + 1, n));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

}  // namespace

int ApproximateNames::max_distance(std::size_t length) {
  if (length < 5) return 0;
  return length < 10 ? 1 : 2;
}

int ApproximateNames::distance(std::string_view a, std::string_view b, int limit) {
  const std::size_t n = a.size(), m = b.size();
  if ((n > m ? n - m : m - n) > static_cast<std::size_t>(limit)) return limit + 1;
  std::vector<int> before(m + 1), previous(m + 1), current(m + 1);
  for (std::size_t j = 0; j <= m; ++j) previous[j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i) {
    current[0] = static_cast<int>(i);
    int row_min = current[0];
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        current[j] = std::min(current[j], before[j - 2] + 1);
      row_min = std::min(row_min, current[j]);
    }
    if (row_min > limit) return limit + 1;
    std::swap(before, previous);
    std::swap(previous, current);
  }
  return std::min(previous[m], limit + 1);
}

bool ApproximateNames::is_slip(std::string_view word, std::string_view name) {
  const auto doubled = [](std::string_view longer, std::string_view shorter) {
    if (longer.size() != shorter.size() + 1) return false;
    for (std::size_t i = 0; i < longer.size(); ++i) {
      if (i < shorter.size() && longer[i] == shorter[i]) continue;
      // First difference at i: longer[i] must repeat its neighbour and the rest line up.
      const bool repeats =
          (i > 0 && longer[i] == longer[i - 1]) || (i + 1 < longer.size() && longer[i] == longer[i + 1]);
      return repeats && longer.substr(i + 1) == shorter.substr(i);
    }
    return false;
  };
  if (doubled(word, name) || doubled(name, word)) return true;
  if (word.size() != name.size()) return false;
  // In a long name, one vowel for another inside the word (astrazaneca) is a slip too.
  const auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'; };
  std::size_t differences = 0, at = 0;
  for (std::size_t i = 0; i < word.size(); ++i)
    if (word[i] != name[i]) ++differences, at = i;
  if (differences == 1 && word.size() >= 10 && at > 0 && at + 1 < word.size() && vowel(word[at]) && vowel(name[at]))
    return true;
  for (std::size_t i = 0; i + 1 < word.size(); ++i) {
    if (word[i] == name[i]) continue;
    return i + 2 < word.size() && word[i] == name[i + 1] && word[i + 1] == name[i] &&
           word.substr(i + 2) == name.substr(i + 2);
  }
  return false;
}

void ApproximateNames::add(std::string_view folded, std::uint32_t target) {
  const int depth = max_distance(folded.size());
  if (depth == 0) return;
  const auto index = static_cast<std::uint32_t>(words_.size());
  longest_ = std::max(longest_, folded.size());
  words_.emplace_back(folded);
  targets_.push_back(target);
  std::vector<std::uint64_t> hashes;
  deletion_hashes(folded, depth, hashes);
  for (const std::uint64_t h : hashes) {
    deletion_hashes_.push_back(h);
    deletion_words_.push_back(index);
  }
}

void ApproximateNames::finish() { deletions_.assign(std::move(deletion_hashes_)); }

std::vector<ApproximateNames::Match> ApproximateNames::find(std::string_view folded) const {
  std::vector<Match> out;
  const int depth = max_distance(folded.size());
  // Past the longest name and its allowance no name is near (and the probes grow as the square).
  if (depth == 0 || folded.size() > longest_ + 2) return out;
  std::vector<std::uint64_t> probes;
  deletion_hashes(folded, depth, probes);
  std::vector<std::uint32_t> seen;
  for (const std::uint64_t h : probes)
    deletions_.each(h, [&](std::uint32_t deletion) {
      const std::uint32_t w = deletion_words_[deletion];
      if (std::find(seen.begin(), seen.end(), w) != seen.end()) return false;
      seen.push_back(w);
      const std::string& word = words_[w];
      const int limit = std::min(depth, max_distance(word.size()));
      const int d = distance(folded, word, limit);
      if (d >= 1 && d <= limit) out.push_back({targets_[w], d, word});
      return false;
    });
  std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
    return a.distance != b.distance ? a.distance < b.distance : a.target < b.target;
  });
  return out;
}

}  // namespace gazette::match
