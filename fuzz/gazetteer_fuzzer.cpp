// libFuzzer target: user gazetteers are input too; any bytes must load or be rejected with a
// reason, and a loaded gazetteer must be matchable.
#include <cstdint>
#include <memory>
#include <string>

#include "match/gazetteer.h"
#include "match/name_matcher.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string text = "canonical\ttype\taliases\tids\tflags\n" +
                           std::string(reinterpret_cast<const char*>(data), size);
  auto gazetteer = std::make_shared<gazette::match::Gazetteer>();
  gazette::match::GazetteerError error;
  if (!gazetteer->add_tsv("fuzz.tsv", text, error)) return 0;
  const gazette::match::NameMatcher matcher(gazetteer);
  gazette::match::MatchScratch scratch;
  std::vector<gazette::match::NameMatch> matches;
  matcher.find(gazette::normalise::normalise(text), scratch, matches);
  return 0;
}
