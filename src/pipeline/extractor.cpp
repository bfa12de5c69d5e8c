#include "pipeline/extractor.h"

#include <algorithm>
#include <cassert>

#include "input/mapped_file.h"
#include "input/reader.h"
#include "input/utf8.h"
#include "lang/lexicon.h"
#include "match/builtin_gazetteers.h"
#include "match/context_rules.h"
#include "match/gazetteer_image.h"
#include "match/name_matcher.h"
#include "model/model_producer.h"
#include "money/money_producer.h"
#include "resolve/resolver.h"

namespace gazette::pipeline {

struct Extractor::Scratch {
  tokens::Text text;
  produce::CandidateSet candidates;
};

namespace {

// Walks the original text once, in mention order, to turn byte offsets into code point
// offsets, lines and columns.
class Locator {
 public:
  explicit Locator(std::string_view text) : text_(text) {}

  void locate(resolve::Mention& m) {
    advance_to(m.start);
    m.char_start = chars_;
    m.line = line_;
    m.col = chars_ - line_start_chars_ + 1;
    // Mentions do not overlap: counting the span now leaves the walk position untouched.
    std::size_t chars_in = 0;
    for (std::size_t p = m.start; p < m.end;) {
      if (static_cast<unsigned char>(text_[p]) < 0x80)
        ++p;
      else
        utf8::decode(text_, p);
      ++chars_in;
    }
    m.char_end = m.char_start + chars_in;
  }

 private:
  void advance_to(std::size_t target) {
    while (pos_ < target) {
      const unsigned char b = static_cast<unsigned char>(text_[pos_]);
      if (b < 0x80) {
        ++pos_;
        if (b == '\n') {
          ++line_;
          line_start_chars_ = chars_ + 1;
        }
      } else {
        utf8::decode(text_, pos_);
      }
      ++chars_;
    }
  }

  std::string_view text_;
  std::size_t pos_ = 0, chars_ = 0, line_ = 1, line_start_chars_ = 0;
};

// Long documents are processed in segments of about this size, cut at a paragraph break (else
// a line break, else a space), so that memory stays proportional to the segment, not the file,
// and the folded offsets fit in 32 bits. Mentions do not cross paragraphs; a name learnt from
// context is only looked for again within its segment.
constexpr std::size_t kSegmentBytes = 1 << 20;

std::size_t segment_end(std::string_view text, std::size_t base) {
  if (text.size() - base <= kSegmentBytes) return text.size();
  const std::size_t limit = base + kSegmentBytes;
  const std::size_t floor = base + kSegmentBytes / 2;
  // A paragraph break: a line feed whose line is empty (CRLF allowed).
  for (std::size_t i = limit; i > floor; --i) {
    if (text[i - 1] != '\n') continue;
    std::size_t j = i - 1;
    while (j > base && text[j - 1] == '\r') --j;
    if (j > base && text[j - 1] == '\n') return i;
  }
  for (char separator : {'\n', ' '}) {
    const std::size_t at = text.rfind(separator, limit - 1);
    if (at != std::string_view::npos && at >= floor) return at + 1;
  }
  std::size_t cut = limit;  // one endless word: cut at a code point boundary
  while (cut > base + 1 && utf8::is_continuation(static_cast<unsigned char>(text[cut]))) --cut;
  return cut;
}

}  // namespace

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
  try {
    const auto words = std::make_shared<const match::MatchWords>(*lexicon);
    const auto first_names =
        std::make_shared<const match::FirstNames>(match::builtin_first_names(), lexicon->words("name-particles"));
    produce::ProducerRegistry& registry = extractor->registry_;
    auto& producers = extractor->producers_;
    producers.push_back(std::make_unique<match::GazetteerNames>(gazetteer, words, first_names, registry));
    producers.push_back(std::make_unique<match::GazetteerPatterns>(gazetteer, registry));
    producers.push_back(std::make_unique<match::ContextRules>(words, first_names, registry));
    if (settings.model) {
      // The linked-in model is read in place.
      auto recogniser = model::Recogniser::load(model::builtin_model(), first_names, words, error, true);
      if (!recogniser) {
        error = "the shipped name model: " + error;
        return nullptr;
      }
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

void Extractor::extract_segment(std::string_view original, std::size_t base, Scratch& s,
                                std::vector<resolve::Mention>& mentions) const {
  tokens::analyse(original, s.text);
  s.candidates.clear();
  for (const auto& producer : producers_)
    if (producer->types().intersects(types_)) producer->produce(s.text, s.candidates);

  const auto& entries = gazetteer_->entries();
  const normalise::Normalised& folded = s.text.folded;
  for (const std::uint32_t index : resolve::resolve_overlaps(s.candidates, registry_)) {
    const produce::Candidate& c = s.candidates.all()[index];
    if (!types_.contains(c.type)) continue;
    assert(c.end <= folded.text.size());
    resolve::Mention m;
    m.type = c.type;
    const std::size_t start = folded.original_begin(c.begin), end = folded.original_end(c.end);
    m.text = std::string(original.substr(start, end - start));
    m.start = base + start;
    m.end = base + end;
    m.source = registry_[c.producer].name;
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
      m.canonical = entries[c.entry].canonical;
      m.id = entries[c.entry].ids;
    } else {
      m.canonical = m.text;  // a context find or a subsidiary is its own canonical
    }
    mentions.push_back(std::move(m));
  }
}

std::vector<resolve::Mention> Extractor::extract(std::string_view original, Scratch& s) const {
  std::vector<resolve::Mention> mentions;
  for (std::size_t base = 0; base < original.size();) {
    const std::size_t end = segment_end(original, base);
    extract_segment(original.substr(base, end - base), base, s, mentions);
    base = end;
  }
  // The locator walks the text once: mentions must be in order, inside it, and apart.
  assert(std::is_sorted(mentions.begin(), mentions.end(),
                        [](const resolve::Mention& a, const resolve::Mention& b) {
                          return a.end <= b.start && a.start < b.start;
                        }) ||
         mentions.size() < 2);
  assert(mentions.empty() || mentions.back().end <= original.size());
  Locator locator(original);
  for (resolve::Mention& m : mentions) locator.locate(m);
  return mentions;
}

}  // namespace gazette::pipeline
