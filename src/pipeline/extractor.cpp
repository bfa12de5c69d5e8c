#include "pipeline/extractor.h"

#include <algorithm>
#include <cassert>

#include "input/mapped_file.h"
#include "input/reader.h"
#include "input/utf8.h"
#include "lang/lexicon.h"
#include "match/builtin_gazetteers.h"
#include "match/context_rules.h"
#include "match/fuzzy_names.h"
#include "match/gazetteer_image.h"
#include "match/name_matcher.h"
#include "model/model_producer.h"
#include "money/money_producer.h"
#include "pipeline/locator.h"
#include "pipeline/segments.h"
#include "resolve/furniture.h"
#include "resolve/resolver.h"

namespace gazette::pipeline {

struct Extractor::Scratch {
  tokens::Text text;
  std::string_view analysed;  // the bytes `text` was made from
  produce::CandidateSet candidates;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> furniture;  // resolve/furniture.h
};

const tokens::Text* Extractor::analysis_of(const Scratch& scratch, std::string_view original) {
  const bool same = scratch.analysed.data() == original.data() && scratch.analysed.size() == original.size();
  return same ? &scratch.text : nullptr;
}

std::shared_ptr<const match::Gazetteer> load_gazetteer(const GazetteerSettings& settings, std::string& error) {
  auto gazetteer = std::make_shared<match::Gazetteer>();
  match::GazetteerError bad;
  for (const std::string& path : settings.user_files) {
    if (input::file_starts_with(path, match::image::kMagic)) {
      const auto mapped = input::MappedFile::open(path, error);
      if (!mapped) return nullptr;
      if (!gazetteer->add_image(path, mapped->bytes(), true, bad)) {
        error = bad.message();
        return nullptr;
      }
      gazetteer->keep(mapped);
      continue;
    }
    // Invalid UTF-8 is left to the gazetteer reader, which names the line as well.
    const input::ReadResult read = input::read_document(path, input::ReadOptions{true});
    if (read.status != input::ReadStatus::ok) {
      error = read.status == input::ReadStatus::binary ? path + ": a gazetteer must be text (found a NUL byte)"
                                                       : read.message;
      return nullptr;
    }
    if (!gazetteer->add_tsv(path, read.document.bytes, bad)) {
      error = bad.message();
      return nullptr;
    }
  }
  // The binary's own image needs no checksum: it cannot be damaged apart from the binary.
  if (settings.builtin && !gazetteer->add_image("builtin", match::builtin_gazetteer_image(), false, bad)) {
    error = bad.message();
    return nullptr;
  }
  gazetteer->finish();
  return gazetteer;
}

std::unique_ptr<const Extractor> Extractor::create(std::shared_ptr<const match::Gazetteer> gazetteer,
                                                   const ExtractorSettings& settings, std::string& error) {
  const auto lexicon = lang::Lexicon::load(settings.language, settings.word_lists_dir, error);
  if (!lexicon) return nullptr;
  std::unique_ptr<Extractor> extractor(new Extractor);
  extractor->gazetteer_ = gazetteer;
  extractor->types_ = settings.types;
  extractor->segment_bytes_ = std::max<std::size_t>(settings.segment_bytes, 1);
  try {
    const auto words = std::make_shared<const match::MatchWords>(*lexicon);
    const auto first_names =
        std::make_shared<const match::FirstNames>(match::builtin_first_names(), lexicon->words("name-particles"));
    produce::ProducerRegistry& registry = extractor->registry_;
    auto& producers = extractor->producers_;
    producers.push_back(std::make_unique<match::GazetteerNames>(gazetteer, words, first_names, registry));
    producers.push_back(std::make_unique<match::GazetteerPatterns>(gazetteer, registry));
    if (settings.fuzzy) producers.push_back(std::make_unique<match::FuzzyNames>(gazetteer, registry));
    producers.push_back(std::make_unique<match::ContextRules>(words, first_names, registry));
    if (settings.model) {
      std::unique_ptr<model::Recogniser> recogniser;
      if (settings.model_file.empty()) {
        // The linked-in model is read in place.
        recogniser = model::Recogniser::load(model::builtin_model(), first_names, words, error, true);
        if (!recogniser) error = "the shipped name model: " + error;
      } else {
        const auto mapped = input::MappedFile::open(settings.model_file, error);
        if (!mapped) return nullptr;
        recogniser = model::Recogniser::load(mapped->bytes(), first_names, words, error);  // copied
        if (!recogniser) error = settings.model_file + ": " + error;
      }
      if (!recogniser) return nullptr;
      producers.push_back(std::make_unique<model::ModelProducer>(std::move(recogniser), settings.min_score, registry));
    }
    producers.push_back(std::make_unique<money::MoneyProducer>(registry));
  } catch (const lang::WordListError& e) {
    error = e.what();
    return nullptr;
  }
  return extractor;
}

std::unique_ptr<const Extractor> build_extractor(const GazetteerSettings& gazetteers, const ExtractorSettings& settings,
                                                 std::string& error) {
  auto gazetteer = load_gazetteer(gazetteers, error);
  if (!gazetteer) return nullptr;
  return Extractor::create(std::move(gazetteer), settings, error);
}

Extractor::~Extractor() = default;

void Extractor::ScratchDeleter::operator()(Scratch* scratch) const { delete scratch; }

Extractor::ScratchPtr Extractor::make_scratch() const { return ScratchPtr(new Scratch); }

std::vector<resolve::Mention> Extractor::extract(std::string_view original) const {
  Scratch scratch;
  return extract(original, scratch);
}

void Extractor::extract_segment(std::string_view original, std::size_t base, std::size_t own_begin, std::size_t own_end,
                                Scratch& s, std::vector<resolve::Mention>& mentions) const {
  tokens::analyse(original, s.text);
  s.analysed = original;
  s.candidates.clear();
  for (const auto& producer : producers_)
    if (producer->types().intersects(types_)) producer->produce(s.text, s.candidates);

  const normalise::Normalised& folded = s.text.folded;
  resolve::find_furniture(folded, s.furniture);
  const auto in_furniture = [&](const produce::Candidate& c) {
    for (const auto& [begin, end] : s.furniture)
      if (c.begin >= begin && c.begin < end) return c.type != produce::EntityType::money;
    return false;
  };
  for (const std::uint32_t index : resolve::resolve_overlaps(s.candidates, registry_)) {
    const produce::Candidate& c = s.candidates.all()[index];
    if (!types_.contains(c.type) || in_furniture(c)) continue;
    assert(c.end <= folded.text.size());
    resolve::Mention m;
    m.type = c.type;
    const std::size_t start = folded.original_begin(c.begin), end = folded.original_end(c.end);
    if (base + start < own_begin || base + start >= own_end) continue;  // another segment's
    m.text = std::string(original.substr(start, end - start));
    m.start = base + start;
    m.end = base + end;
    m.source = registry_[c.producer].name;
    m.distance = c.distance;
    if (registry_[c.producer].scored) m.score = c.score;
    if (c.amount != produce::Candidate::kNone) {
      const produce::MoneyValue& money = s.candidates.amount(c.amount);
      m.value = money.value;
      m.min = money.min;
      m.max = money.max;
      m.currency = money.currency;
      m.qualifier = money.qualifier;
      m.canonical = produce::money_canonical(money);
    } else if (c.entry != produce::Candidate::kNone) {
      const match::Entry entry = gazetteer_->entry(c.entry);
      m.canonical = c.own_canonical ? m.text : std::string(entry.canonical);
      m.id = entry.ids;
    } else if (c.name_end > c.begin && c.name_end < c.end) {
      // "STANDING OVATION SAS" and the later "STANDING OVATION" are one company.
      m.canonical = std::string(original.substr(start, folded.original_end(c.name_end) - start));
    } else {
      m.canonical = m.text;  // a context find or a subsidiary is its own canonical
    }
    mentions.push_back(std::move(m));
  }
}

std::vector<resolve::Mention> Extractor::extract(std::string_view original, Scratch& s) const {
  std::vector<resolve::Mention> all;
  input::MemoryWindow window(original);
  extract(window, s, [&](std::vector<resolve::Mention>& mentions) {
    if (all.empty())
      all.swap(mentions);
    else
      std::move(mentions.begin(), mentions.end(), std::back_inserter(all));
  });
  return all;
}

void Extractor::extract(input::TextWindow& window, Scratch& s,
                        const std::function<void(std::vector<resolve::Mention>&)>& deliver) const {
  run_segments(
      window, s, [&](std::vector<resolve::Mention>& mentions, std::string_view, std::size_t) { deliver(mentions); },
      false);
}

void Extractor::extract_with_text(input::TextWindow& window, Scratch& s, const TextDelivery& deliver) const {
  run_segments(window, s, deliver, true);
}

void Extractor::run_segments(input::TextWindow& window, Scratch& s, const TextDelivery& deliver,
                             bool every_segment) const {
  using namespace segments;
  Locator locator;
  std::vector<resolve::Mention> mentions;
  for (std::size_t own_begin = 0;;) {
    window.fill_to(own_begin + segment_bytes_ + 2 * kOverlapBytes + kEndSearchBytes);
    const std::string_view held = window.held();
    const std::size_t held_begin = window.held_begin(), held_end = held_begin + held.size();
    if (own_begin >= held_end) break;
    const bool last = window.complete() && held_end - own_begin <= segment_bytes_;
    const auto local = [&](std::size_t offset) { return offset - held_begin; };
    const std::size_t own_end =
        last ? held_end
             : held_begin + cut_before(held, local(own_begin + segment_bytes_ / 2), local(own_begin + segment_bytes_));
    std::size_t begin = 0;
    if (own_begin > kOverlapBytes) {
      const std::size_t lo = std::max(held_begin, own_begin - std::min(own_begin, kOverlapBytes + kStartSearchBytes));
      begin = held_begin + cut_before(held, local(lo), local(own_begin - kOverlapBytes));
    }
    std::size_t end = held_end;
    if (!last && own_end + kOverlapBytes < held_end) {
      const std::size_t hi = std::min(held_end, own_end + kOverlapBytes + kEndSearchBytes);
      end = held_begin + cut_after(held, local(own_end + kOverlapBytes), local(hi));
    }
    mentions.clear();
    extract_segment(held.substr(local(begin), end - begin), begin, own_begin, own_end, s, mentions);
    for (resolve::Mention& m : mentions) locator.locate(m, held, held_begin);
    locator.advance_to(own_end, held, held_begin);
    if (every_segment || !mentions.empty())
      deliver(mentions, held.substr(local(own_begin), own_end - own_begin), own_begin);
    if (last) break;
    own_begin = own_end;
    window.release_before(own_begin - std::min(own_begin, kOverlapBytes + kStartSearchBytes));
  }
}

}  // namespace gazette::pipeline
