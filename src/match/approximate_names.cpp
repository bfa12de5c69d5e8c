#include "match/approximate_names.h"

#include <algorithm>
#include <unordered_set>

#include "tokens/tokeniser.h"

namespace gazette::match {
namespace {

// Every string left by deleting up to `depth` bytes of `word`, `word` included.
void deletions(std::string_view word, int depth, std::unordered_set<std::string>& out) {
  out.clear();
  out.emplace(word);
  std::vector<std::string> frontier{std::string(word)};
  for (int d = 0; d < depth; ++d) {
    std::vector<std::string> next;
    for (const std::string& w : frontier)
      for (std::size_t i = 0; i < w.size(); ++i) {
        std::string shorter = w.substr(0, i) + w.substr(i + 1);
        if (out.insert(shorter).second) next.push_back(std::move(shorter));
      }
    frontier = std::move(next);
  }
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
  words_.emplace_back(folded);
  targets_.push_back(target);
  std::unordered_set<std::string> found;
  deletions(folded, depth, found);
  for (const std::string& d : found) deletions_.emplace_back(tokens::hash_bytes(d), index);
}

void ApproximateNames::finish() {
  std::sort(deletions_.begin(), deletions_.end());
  deletions_.erase(std::unique(deletions_.begin(), deletions_.end()), deletions_.end());
}

std::vector<ApproximateNames::Match> ApproximateNames::find(std::string_view folded) const {
  std::vector<Match> out;
  const int depth = max_distance(folded.size());
  if (depth == 0) return out;
  std::unordered_set<std::string> probes;
  deletions(folded, depth, probes);
  std::vector<std::uint32_t> seen;
  for (const std::string& probe : probes) {
    const std::uint64_t h = tokens::hash_bytes(probe);
    auto it = std::lower_bound(deletions_.begin(), deletions_.end(), std::make_pair(h, std::uint32_t{0}));
    for (; it != deletions_.end() && it->first == h; ++it) {
      if (std::find(seen.begin(), seen.end(), it->second) != seen.end()) continue;
      seen.push_back(it->second);
      const std::string& word = words_[it->second];
      const int limit = std::min(depth, max_distance(word.size()));
      const int d = distance(folded, word, limit);
      if (d >= 1 && d <= limit) out.push_back({targets_[it->second], d, word});
    }
  }
  std::sort(out.begin(), out.end(), [](const Match& a, const Match& b) {
    return a.distance != b.distance ? a.distance < b.distance : a.target < b.target;
  });
  return out;
}

}  // namespace gazette::match
