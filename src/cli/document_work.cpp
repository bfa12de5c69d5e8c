#include "cli/document_work.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <functional>

#include "cli/work_sources.h"
#include "input/open_input.h"
#include "input/text_window.h"

namespace gazette::cli {
namespace {

Severity severity_of(const input::ReadResult& read) {
  return read.status == input::ReadStatus::binary ? Severity::note : Severity::error;  // grep skips binary files quietly
}

// Runs the extractor over `window`, handing out the mentions (and the text, when asked) of each
// segment; `base` is the window's first byte in the offsets the mentions get.
void extract_window(input::TextWindow& window, std::size_t base, const pipeline::Extractor& extractor,
                    pipeline::Extractor::Scratch& scratch, bool with_text,
                    const std::function<void(std::vector<resolve::Mention>&)>& deliver, JobOutput& out) {
  if (!with_text) {
    extractor.extract(window, scratch, deliver);
    return;
  }
  extractor.extract_with_text(window, scratch,
                              [&](std::vector<resolve::Mention>& mentions, std::string_view text, std::size_t offset) {
                                out.text(std::string(text), base + offset);
                                deliver(mentions);
                              });
}

// `origin`, for a line of a file, moves the mentions to the file's offsets, line and column: the
// line is the document, so its mentions are on its first line and its columns are the file's.
void extract_document(const input::Document& document, const std::optional<input::RawLine>& origin,
                      std::string fields, const pipeline::Extractor& extractor, pipeline::Extractor::Scratch& scratch,
                      bool with_text, JobOutput& out) {
  out.begin_document(document.name, std::move(fields));
  input::MemoryWindow window(document.bytes);
  extract_window(window, origin ? origin->byte_offset : 0, extractor, scratch, with_text, [&](std::vector<resolve::Mention>& mentions) {
    if (origin)
      for (resolve::Mention& m : mentions) {
        m.start += origin->byte_offset;
        m.end += origin->byte_offset;
        m.char_start += origin->char_offset;
        m.char_end += origin->char_offset;
        m.line += origin->line_number - 1;
      }
    out.mentions(mentions);
  }, out);
}

// A regular file is checked in one pass and processed in a second, a window at a time, so its
// size does not matter; anything else (a pipe, a terminal) can be read only once, and is read
// whole. Gzip data is decompressed in both passes.
void extract_file(const std::string& path, const pipeline::Extractor& extractor, pipeline::Extractor::Scratch& scratch,
                  const input::ReadOptions& options, bool with_text, JobOutput& out) {
  std::string open_error;
  std::FILE* file = input::open_input(path, open_error);
  if (!file) {
    out.message(open_error, Severity::error);
    return;
  }
  struct stat status;
  if (::fstat(::fileno(file), &status) != 0 || !S_ISREG(status.st_mode)) {
    // Read from the descriptor already open: a pipe opened twice loses what its writer wrote.
    input::ReadResult read = input::read_document(file, path, options);
    if (!read.message.empty()) out.message(read.message, severity_of(read));
    if (read.status == input::ReadStatus::ok) extract_document(read.document, {}, {}, extractor, scratch, with_text, out);
    return;
  }
  {
    input::ByteReader first_pass(file);
    const input::ReadResult checked = input::scan_file(first_pass, path, options);
    if (checked.status != input::ReadStatus::ok) {
      out.message(checked.message, severity_of(checked));
      return;
    }
  }
  file = std::fopen(path.c_str(), "rb");
  if (!file) {
    out.message(fmt::format("{}: {}", path, std::strerror(errno)), Severity::error);
    return;
  }
  input::ByteReader second_pass(file);
  out.begin_document(path, {});
  input::FileWindow window(second_pass);
  extract_window(
      window, 0, extractor, scratch, with_text, [&](std::vector<resolve::Mention>& mentions) { out.mentions(mentions); },
      out);
  if (!window.error().empty()) out.message(fmt::format("{}: {}", path, window.error()), Severity::error);
}

}  // namespace

void extract_item(WorkItem& item, const pipeline::Extractor& extractor, pipeline::Extractor::Scratch& scratch,
                  const input::ReadOptions& options, JobOutput& out, bool with_text) {
  if (item.path) {
    extract_file(*item.path, extractor, scratch, options, with_text, out);
    return;
  }
  if ((item.raw_line && !parse_dump_line(item, options.lossy)) ||
      (item.origin && item.document && !check_text_line(item, options.lossy))) {
    out.message(std::move(item.message),
                item.bad_line ? Severity::bad_line : item.is_error ? Severity::error : Severity::note);
    return;
  }
  if (!item.document) return;
  extract_document(*item.document, item.origin, std::move(item.fields), extractor, scratch, with_text, out);
  item.document.reset();  // release the text while later documents are written
}

}  // namespace gazette::cli
