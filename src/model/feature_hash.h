// Features are never strings: each is a kind (a small constant) mixed with a value hash (a
// token's hash, a shape's hash, a count), then folded into the model's table of weights.
#pragma once
#include <cstdint>
#include <vector>

namespace gazette::model {

inline std::uint64_t mix(std::uint64_t kind, std::uint64_t value) {
  std::uint64_t x = (kind * 0x9E3779B97F4A7C15ULL) ^ (value + 0x632BE59BD9B4E019ULL);
  x ^= x >> 31;
  x *= 0xBF58476D1CE4E5B9ULL;
  x ^= x >> 27;
  x *= 0x94D049BB133111EBULL;
  x ^= x >> 31;
  // The low byte keeps the kind (buckets come from the high bits), so that gazette-train
  // --explain can say which kinds of evidence decided.
  return (x & ~std::uint64_t{0xFF}) | (kind & 0xFF);
}

// Collects feature hashes; the caller maps them to buckets once the set is complete.
using FeatureList = std::vector<std::uint64_t>;

// A feature with its value: 1 for what a surface is, 1 / mentions for what each mention's
// surroundings say, so that a name repeated fifteen times is not fifteen times as sure (or
// as doubtful) as a name seen once.
struct WeightedFeature {
  std::uint64_t hash = 0;
  float value = 1;
};
using WeightedFeatures = std::vector<WeightedFeature>;

// Feature kinds. The numbers are part of the model file's meaning: add new kinds at the end,
// and retrain when one changes.
enum Kind : std::uint64_t {
  kBias = 1,
  kLength,
  kWord,
  kFirstWord,
  kLastWord,
  kShape,
  kFirstShape,
  kLastShape,
  kPrefix3,
  kSuffix3,
  kLastSuffix3,
  kDictionary,
  kFirstName,
  kAcronym,
  kInnerCapital,
  kDigit,
  kCharLength,
  kPrevWord,
  kPrev2Word,
  kPrevBigram,
  kNextWord,
  kNext2Word,
  kNextBigram,
  kSentenceStart,
  kAfterFirstName,
  kPrevKnown,
  kNextKnown,
  kBetweenKnown,
  kMentionCount,
  kInTitle,
  kLowerElsewhere,
  kNotSentenceStart,
  kOnlySentenceStart,
  kInsideLonger,
  kDictionaryCount,
  kLowerLastElsewhere,
  kPrevWordSentence,
  kWindowWord,
  kEnumeration,
  kTriggerBefore,
  kProductCue,
  kProductMaker,
  kCompanyVerb,
  kWeakCompanyVerb,
  kCompanyParticiple,
  kFounded,
  kNotName,
  kGenericHead,
  kLabParent,
  kNotLabInstitute,
  kNextSuffix,
  kSubject,
  kProductAfter,
  kCompanyAfter,
  kNamedAs,
  kBusinessLast,
  kPlaceBefore,
};

}  // namespace gazette::model
