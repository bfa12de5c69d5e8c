// Fuzz target: the compiled gazetteer image reader (src/match/gazetteer_image.*). A real image
// holds 512 KiB of name filters, too large for a seed corpus and for blind mutation, so the input is
// a list of damages to a small valid image built here: the first byte picks whether the header's
// size and checksum are repaired afterwards (so that the damage reaches the structure checks
// behind them), the next four bytes (little-endian) where to truncate it (0: keep it whole),
// then 3-byte patches (16-bit offset into the image outside its filters, then the byte). Every
// damaged image must be refused with a reason or, if accepted, be matchable and write an image
// that reads back; never a crash.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <string>
#include <vector>

#include "lang/lexicon.h"
#include "match/gazetteer.h"
#include "match/gazetteer_image.h"
#include "match/name_matcher.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "%s: %s\n", what, detail.c_str());
  std::abort();
}

constexpr const char* kTsv =
    "canonical\ttype\taliases\tids\tflags\n"
    "Airbus\tcompany\tAirbus SE|Airbus Group\twikidata:Q2311\t\n"
    "Centre national de la recherche scientifique\tlab\tCNRS\twikidata:Q280413\t\n"
    "Société Générale\tcompany\tSocGen\t\t\n"
    "Amazon Web Services\tcompany\tAWS\twikidata:Q456157 ticker:AMZN\t\n"
    "Ynsect\tcompany\t\\bynsect ?\\d{2}\\b\t\tpattern\n"
    "Orange\tcompany\t=Orange\twikidata:Q1431486\t\n";

const std::string& base_image() {
  static const std::string image = [] {
    gazette::match::Gazetteer g;
    gazette::match::GazetteerError error;
    if (!g.add_tsv("base.tsv", kTsv, error)) fail("the base gazetteer", error.message());
    g.finish();
    std::string out;
    g.write_image(out);
    return out;
  }();
  return image;
}

// The image's bytes outside its filters, which a patch offset indexes: the header, the section
// table, the records, the name table and the index sizes.
std::vector<std::size_t> patchable_offsets(const std::string& image) {
  std::vector<std::size_t> out;
  std::vector<bool> filter(image.size(), false);
  // The (interleaved) filters are section 6 of the table that follows the 40-byte header
  // (gazetteer_image.cpp).
  const std::size_t table = 40, filters = 6;
  std::uint64_t offset, bytes;
  std::memcpy(&offset, image.data() + table + 16 * filters, 8);
  std::memcpy(&bytes, image.data() + table + 16 * filters + 8, 8);
  for (std::size_t i = offset; i < offset + bytes && i < image.size(); ++i) filter[i] = true;
  for (std::size_t i = 0; i < image.size(); ++i)
    if (!filter[i]) out.push_back(i);
  return out;
}

void match_with(const std::shared_ptr<const gazette::match::Gazetteer>& gazetteer) {
  static const auto words = [] {
    std::string error;
    const auto lexicon = gazette::lang::Lexicon::load("fr", "", error);
    if (!lexicon) fail("the word lists", error);
    return std::make_shared<const gazette::match::MatchWords>(*lexicon);
  }();
  gazette::produce::ProducerRegistry registry;
  const gazette::match::GazetteerNames names(gazetteer, words, nullptr, registry);
  std::vector<gazette::match::NameMatch> matches;
  names.find(gazette::tokens::analyse("Airbus SE, le CNRS, SocGen, AWS, Orange et Ynsect 42 au salon."), matches);
}

// Bytes of `s` in 8-byte aligned memory, as a mapped file would be.
struct Aligned {
  explicit Aligned(const std::string& s) : words((s.size() + 7) / 8), size(s.size()) {
    if (size) std::memcpy(words.data(), s.data(), size);
  }
  std::string_view view() const { return {reinterpret_cast<const char*>(words.data()), size}; }
  std::vector<std::uint64_t> words;
  std::size_t size;
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::vector<std::size_t> patchable = patchable_offsets(base_image());
  if (size < 5) return 0;
  std::string image = base_image();
  const bool repair = data[0] & 1;
  std::uint32_t cut;
  std::memcpy(&cut, data + 1, 4);
  for (std::size_t i = 5; i + 3 <= size; i += 3) {
    const std::size_t at = patchable[(data[i] | (data[i + 1] << 8)) % patchable.size()];
    image[at] = static_cast<char>(data[i + 2]);
  }
  if (cut) image.resize(cut % (image.size() + 1));
  if (repair && image.size() >= 40) {
    const std::uint64_t bytes = image.size();
    std::memcpy(&image[16], &bytes, 8);
    const std::uint64_t sum = gazette::match::image::checksum(std::string_view(image).substr(40));
    std::memcpy(&image[24], &sum, 8);
  }

  const Aligned held(image);
  auto gazetteer = std::make_shared<gazette::match::Gazetteer>();
  gazette::match::GazetteerError error;
  if (!gazetteer->add_image("fuzz.gzt", held.view(), true, error)) {
    if (error.reason.empty()) fail("an image refused without a reason", "");
    return 0;
  }
  gazetteer->finish();
  match_with(gazetteer);
  std::string written;
  gazetteer->write_image(written);
  const Aligned copy(written);
  gazette::match::Gazetteer again;
  if (!again.add_image("round.gzt", copy.view(), true, error))
    fail("a written image does not read back", error.message());
  return 0;
}
