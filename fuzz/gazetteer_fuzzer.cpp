// libFuzzer target: user gazetteers are input too; any bytes must load or be rejected with a
// reason, as TSV and as a compiled image, and a loaded gazetteer must be matchable.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "lang/lexicon.h"
#include "match/gazetteer.h"
#include "match/name_matcher.h"

namespace {

void match_with(std::shared_ptr<const gazette::match::Gazetteer> gazetteer, const std::string& text) {
  static const auto words = [] {
    std::string error;
    const auto lexicon = gazette::lang::Lexicon::load("fr", "", error);
    if (!lexicon) std::abort();
    return std::make_shared<const gazette::match::MatchWords>(*lexicon);
  }();
  gazette::produce::ProducerRegistry registry;
  const gazette::match::GazetteerNames names(gazetteer, words, nullptr, registry);
  std::vector<gazette::match::NameMatch> matches;
  names.find(gazette::tokens::analyse(text), matches);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  gazette::match::GazetteerError error;

  // The bytes as an image, in 8-byte aligned memory as a mapped file would be.
  std::vector<std::uint64_t> aligned((size + 7) / 8);
  if (size) std::memcpy(aligned.data(), data, size);
  auto image = std::make_shared<gazette::match::Gazetteer>();
  if (image->add_image("fuzz.gzt", std::string_view(reinterpret_cast<const char*>(aligned.data()), size), true,
                       error)) {
    image->finish();
    match_with(image, bytes);
  }

  const std::string text = "canonical\ttype\taliases\tids\tflags\n" + bytes;
  auto gazetteer = std::make_shared<gazette::match::Gazetteer>();
  if (!gazetteer->add_tsv("fuzz.tsv", text, error)) return 0;
  gazetteer->finish();
  match_with(gazetteer, text);
  // What a loaded gazetteer writes, it reads back.
  std::string written;
  gazetteer->write_image(written);
  std::vector<std::uint64_t> copy((written.size() + 7) / 8);
  std::memcpy(copy.data(), written.data(), written.size());
  gazette::match::Gazetteer again;
  if (!again.add_image("round.gzt", std::string_view(reinterpret_cast<const char*>(copy.data()), written.size()), true,
                       error))
    std::abort();
  return 0;
}
