#include "normalise/code_point_folding.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <unordered_map>
#include <vector>

#include "input/utf8.h"
#include "normalise/icu_status.h"

namespace gazette::normalise {
namespace {

// Characters whose folding French text needs and NFKD plus case folding does not give.
// Returns nullptr when the character has no special folding.
const char* special_folding(char32_t cp) {
  switch (cp) {
    case 0x2019:
    case 0x2018:
    case 0x02BC:
    case 0x2032:
    case 0x00B4:
    case 0x0060:
    case 0x02B9:
    case 0xFF07:
    case 0x201B: return "'";
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
    case 0xFF0D: return "-";
    case 0x0153:
    case 0x0152: return "oe";
    case 0x00E6:
    case 0x00C6: return "ae";
    case 0x00DF:
    case 0x1E9E: return "ss";
    case 0x00AD:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
    case 0x180E: return "";
    case 0x2122: return "\xE2\x84\xA2";  // "™" stays a sign: NFKD would glue "TM" to the name
    case '\n': return "\n";
    default: break;
  }
  if (cp == 0x2028 || cp == 0x2029 || cp == 0x0085) return "\n";
  if (u_charType(cp) == U_SPACE_SEPARATOR || cp == '\t' || cp == '\r' || cp == 0x0B || cp == 0x0C) return " ";
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return " ";  // control characters
  return nullptr;
}

bool is_dropped_mark(char32_t cp) {
  const int type = u_charType(cp);
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK;
}

FoldedCodePoint compute(char32_t cp) {
  FoldedCodePoint folded;
  folded.upper = u_isupper(cp) || u_istitle(cp);
  if (const char* special = special_folding(cp)) {
    folded.text = special;
    return folded;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  // ICU loads the data once: a failure shows on the first non-ASCII character, which the
  // currency names give while the money tables are built, before any document is read.
  check_icu(status, "NFKD normalisation data (Normalizer2::getNFKDInstance)");
  icu::UnicodeString decomposed;
  if (!nfkd->getDecomposition(static_cast<UChar32>(cp), decomposed)) {
    decomposed = icu::UnicodeString(static_cast<UChar32>(cp));
  }
  for (int32_t i = 0; i < decomposed.length();) {
    const UChar32 part = decomposed.char32At(i);
    i += U16_LENGTH(part);
    if (is_dropped_mark(part)) continue;
    if (const char* special = special_folding(part)) {
      folded.text += special;
      continue;
    }
    utf8::append(folded.text, static_cast<char32_t>(u_foldCase(part, U_FOLD_CASE_DEFAULT)));
  }
  return folded;
}

}  // namespace

const FoldedCodePoint& fold_code_point(char32_t cp) {
  // Foldings are computed once per thread and character; the Basic Multilingual Plane, where
  // French text lives, is also indexed directly so that a repeated "é" costs one load.
  thread_local std::unordered_map<char32_t, FoldedCodePoint> cache;
  thread_local std::vector<const FoldedCodePoint*> bmp(0x10000, nullptr);
  if (cp < 0x10000 && bmp[cp]) return *bmp[cp];
  auto it = cache.find(cp);
  if (it == cache.end()) it = cache.emplace(cp, compute(cp)).first;
  if (cp < 0x10000) bmp[cp] = &it->second;
  return it->second;
}

}  // namespace gazette::normalise
