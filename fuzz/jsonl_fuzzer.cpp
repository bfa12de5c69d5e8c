// Fuzz target: the JSONL dump reader (line reader, gzip and zstd detection, JSON, field paths)
// on any bytes, read from a file as `--input jsonl` reads it. The first byte picks the options
// (lossy, nested field paths, kept fields); the rest is the dump. Every line must be a document
// or an error naming the dump; a plain dump's lines must slice it at their reported byte and
// code point offsets; a document's text must be valid UTF-8 unless reading is lossy.
#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "input/jsonl_source.h"
#include "naive_text.h"

namespace {

[[noreturn]] void fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "%s: %s\n", what, detail.c_str());
  std::abort();
}

bool valid_utf8(const std::string& s) {
  for (std::size_t pos = 0; pos < s.size();) {
    const std::size_t n = gazette_naive::sequence_length(s, pos);
    if (!n) return false;
    pos += n;
  }
  return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  static const int fd = ::memfd_create("dump.jsonl", 0);
  if (fd < 0) fail("memfd_create", "");
  const unsigned flags = data[0];
  const std::string dump(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (::ftruncate(fd, 0) != 0 || ::pwrite(fd, dump.data(), dump.size(), 0) != static_cast<ssize_t>(dump.size()))
    fail("cannot write the dump", "");
  const std::string path = "/proc/self/fd/" + std::to_string(fd);

  const bool lossy = flags & 1;
  gazette::input::DumpFields fields;
  if (flags & 2) {
    fields.text = "content.body";
    fields.id = "meta.id";
  }
  if (flags & 4) fields.keep = {"a", "b.c"};
  gazette::input::JsonlSource source(path, lossy, fields);
  if (!source.opened()) fail("cannot open the dump", source.open_error());

  const bool plain = dump.size() < 2 || !((dump[0] == '\x1f' && dump[1] == '\x8b') || dump.rfind("\x28\xb5\x2f\xfd", 0) == 0);
  const gazette_naive::Places places(dump);
  std::size_t lines = 0, max_lines = 2;  // decompressed data can hold many lines: bounded below
  for (char c : dump) max_lines += c == '\n';
  for (;;) {
    gazette::input::RawLine raw;
    std::string error;
    const auto next = source.next_line(raw, error);
    if (next == gazette::input::JsonlSource::Next::end) break;
    if (++lines > (plain ? max_lines : (1u << 24))) fail("more lines than the dump holds", std::to_string(lines));
    if (next == gazette::input::JsonlSource::Next::error) {
      if (error.rfind(path, 0) != 0) fail("an error that does not name the dump", error);
      continue;
    }
    if (plain) {
      if (dump.compare(raw.byte_offset, raw.text.size(), raw.text) != 0 || raw.byte_offset + raw.text.size() > dump.size())
        fail("a line does not slice the dump at its offset", std::to_string(raw.byte_offset));
      if (raw.line_number == 0 || raw.line_number > max_lines) fail("line number", std::to_string(raw.line_number));
    }
    gazette::input::Document doc;
    std::vector<gazette::json::Value> kept;
    if (!source.parse(raw, doc, error, &kept)) {
      if (error.rfind(path + ":" + std::to_string(raw.line_number) + ": ", 0) != 0)
        fail("a bad line's error does not name it", error);
      continue;
    }
    if (doc.name.empty()) fail("a document without a name", raw.text);
    if (!lossy && !valid_utf8(doc.bytes)) fail("invalid UTF-8 let through", doc.name);
    if (kept.size() != fields.keep.size()) fail("kept fields", std::to_string(kept.size()));
  }
  return 0;
}
