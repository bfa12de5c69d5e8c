#include "pipeline/extractor.h"

#include "input/reader.h"
#include "input/utf8.h"
#include "match/builtin_gazetteers.h"
#include "match/context_matcher.h"
#include "match/name_matcher.h"
#include "money/money.h"
#include "normalise/normaliser.h"
#include "resolve/resolver.h"

namespace gazette::pipeline {

struct Extractor::Scratch {
  normalise::Normalised folded;
  match::MatchScratch match;
  std::vector<match::NameMatch> names;
  std::vector<match::ContextMatch> context;
  std::vector<match::ContextMatch> known;  // the gazetteer's finds, as the context rules see them
  std::vector<money::Amount> amounts;
  std::vector<resolve::Candidate> candidates;
};

bool TypeFilter::wants(resolve::MentionType type) const {
  switch (type) {
    case resolve::MentionType::lab: return lab;
    case resolve::MentionType::money: return money;
    default: return company;
  }
}

namespace {

resolve::MentionType mention_type(match::EntryType type) {
  return type == match::EntryType::lab ? resolve::MentionType::lab : resolve::MentionType::company;
}

// Candidates carry which producer they came from in the payload's top bits.
enum Producer : std::uint32_t { kName = 0, kContext = 1u << 30, kMoney = 2u << 30 };
constexpr std::uint32_t kIndexMask = (1u << 30) - 1;

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
  if (settings.builtin) {
    for (const auto& [name, text] : match::builtin_gazetteers()) {
      if (!gazetteer->add_tsv(name, text, bad)) {
        error = bad.message();
        return nullptr;
      }
    }
  }
  return gazetteer;
}

Extractor::Extractor(std::shared_ptr<const match::Gazetteer> gazetteer, TypeFilter types)
    : gazetteer_(std::move(gazetteer)),
      types_(types),
      first_names_(std::make_shared<match::FirstNames>(match::builtin_first_names())),
      names_(std::make_unique<match::NameMatcher>(gazetteer_, first_names_)),
      context_(std::make_unique<match::ContextMatcher>(first_names_)),
      money_(std::make_unique<money::Recogniser>()) {}

Extractor::~Extractor() = default;

void Extractor::ScratchDeleter::operator()(Scratch* scratch) const { delete scratch; }

Extractor::ScratchPtr Extractor::make_scratch() const { return ScratchPtr(new Scratch); }

std::vector<resolve::Mention> Extractor::extract(std::string_view original) const {
  Scratch scratch;
  return extract(original, scratch);
}

void Extractor::extract_segment(std::string_view original, std::size_t base, Scratch& s,
                                std::vector<resolve::Mention>& mentions) const {
  normalise::normalise(original, s.folded);
  s.names.clear();
  s.context.clear();
  s.amounts.clear();
  s.candidates.clear();

  const bool want_names = types_.company || types_.lab;
  if (want_names) {
    names_->find(s.folded, s.match, s.names);
    s.known.clear();
    for (const match::NameMatch& name : s.names)
      s.known.push_back({name.begin, name.end, gazetteer_->entries()[name.entry].type});
    context_->find(s.folded, s.match.tokens, s.known, s.context);
  }
  if (types_.money) s.amounts = money_->find(s.folded.text);

  const auto& entries = gazetteer_->entries();
  for (std::size_t i = 0; i < s.names.size(); ++i)
    s.candidates.push_back({s.names[i].begin, s.names[i].end, mention_type(entries[s.names[i].entry].type),
                            kName | static_cast<std::uint32_t>(i)});
  for (std::size_t i = 0; i < s.context.size(); ++i)
    s.candidates.push_back({s.context[i].begin, s.context[i].end, mention_type(s.context[i].type),
                            kContext | static_cast<std::uint32_t>(i)});
  for (std::size_t i = 0; i < s.amounts.size(); ++i)
    s.candidates.push_back(
        {s.amounts[i].start, s.amounts[i].end, resolve::MentionType::money, kMoney | static_cast<std::uint32_t>(i)});

  const std::vector<resolve::Candidate> winners = resolve::resolve_overlaps(s.candidates);
  for (const resolve::Candidate& c : winners) {
    if (!types_.wants(c.type)) continue;
    resolve::Mention m;
    m.type = c.type;
    const std::size_t start = s.folded.original_begin(c.begin), end = s.folded.original_end(c.end);
    m.text = std::string(original.substr(start, end - start));
    m.start = base + start;
    m.end = base + end;
    const std::uint32_t index = c.payload & kIndexMask;
    switch (c.payload & ~kIndexMask) {
      case kName: {
        const match::Entry& entry = entries[s.names[index].entry];
        if (s.names[index].subsidiary) {
          m.canonical = m.text;  // a subsidiary: its own name, not its parent's ids
        } else {
          m.canonical = entry.canonical;
          m.id = entry.ids;
        }
        m.source = std::string(match::to_string(s.names[index].source));
        break;
      }
      case kContext:
        m.canonical = m.text;
        m.source = "context";
        break;
      default: {
        const money::Amount& a = s.amounts[index];
        m.value = a.value;
        m.min = a.min;
        m.max = a.max;
        m.currency = a.currency;
        m.qualifier = a.qualifier;
        m.canonical = a.value.empty() ? a.min + "-" + a.max + " " + a.currency : a.value + " " + a.currency;
        m.source = "grammar";
        break;
      }
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
  Locator locator(original);
  for (resolve::Mention& m : mentions) locator.locate(m);
  return mentions;
}

}  // namespace gazette::pipeline
