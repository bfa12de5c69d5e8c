#include "input/reader.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "input/open_input.h"
#include "input/utf8.h"

namespace gazette::input {
namespace {

// False with the reason in `error` when the file could not be read to its end.
// Stops at kMaxHeldDocumentBytes: input read once (a pipe, a terminal) is held whole, and
// `gazette < /dev/zero` must end with a message, not with the memory exhausted.
bool slurp(ByteReader& file, std::string& out, std::string& error) {
  char buffer[1 << 16];
  std::size_t got;
  while ((got = file.read(buffer, sizeof buffer)) > 0) {
    if (out.size() + got > kMaxHeldDocumentBytes) {
      error = fmt::format("document longer than {} MiB read from a pipe (the limit for input that cannot be read "
                          "twice; save it to a file, which is read in windows of any size)",
                          kMaxHeldDocumentBytes >> 20);
      return false;
    }
    out.append(buffer, got);
    // A binary document is skipped whatever follows its first NUL: no need to read on
    // (`gazette < /dev/zero` ends at once).
    if (std::memchr(buffer, '\0', got)) return true;
  }
  error = file.error();
  return error.empty();
}

std::string binary_message(const std::string& name, std::size_t offset) {
  return fmt::format("{}: binary file (NUL byte at offset {}), skipped", name, offset);
}

std::string invalid_utf8_message(const std::string& name, std::size_t offset) {
  return fmt::format("{}: invalid UTF-8 at byte offset {} (use --lossy to replace bad bytes)", name, offset);
}

// The length of the UTF-8 sequence that `lead` starts (1 for a byte that starts none).
std::size_t sequence_length(unsigned char lead) {
  if (lead >= 0xC0 && lead < 0xE0) return 2;
  if (lead >= 0xE0 && lead < 0xF0) return 3;
  if (lead >= 0xF0 && lead < 0xF8) return 4;
  return 1;
}

}  // namespace

ReadResult scan_file(ByteReader& file, const std::string& name, const ReadOptions& options) {
  ReadResult result;
  std::string block;       // a sequence cut by the previous read, then the new bytes
  std::size_t offset = 0;  // of block[0] in the file
  std::size_t invalid = utf8::npos;
  char buffer[1 << 16];
  bool at_end = false;
  while (!at_end) {
    const std::size_t got = file.read(buffer, sizeof buffer);
    at_end = got == 0;
    if (const void* nul = std::memchr(buffer, '\0', got)) {
      result.status = ReadStatus::binary;
      result.bad_offset = offset + block.size() + (static_cast<const char*>(nul) - buffer);
      result.message = binary_message(name, result.bad_offset);
      return result;
    }
    if (options.lossy || invalid != utf8::npos) {
      offset += got;
      continue;
    }
    block.append(buffer, got);
    // Keeps a sequence the block cuts for the next block.
    std::size_t complete = block.size();
    if (!at_end) {
      std::size_t lead = block.size();
      while (lead > 0 && block.size() - lead < 4 && utf8::is_continuation(static_cast<unsigned char>(block[lead - 1])))
        --lead;
      if (lead > 0 && lead - 1 + sequence_length(static_cast<unsigned char>(block[lead - 1])) > block.size())
        complete = lead - 1;
    }
    if (const std::size_t bad = utf8::find_invalid(std::string_view(block).substr(0, complete)); bad != utf8::npos)
      invalid = offset + bad;
    offset += complete;
    block.erase(0, complete);
  }
  if (!file.error().empty()) {
    result.status = ReadStatus::unreadable;
    result.message = fmt::format("{}: {}", name, file.error());
  } else if (invalid != utf8::npos) {
    result.status = ReadStatus::invalid_utf8;
    result.bad_offset = invalid;
    result.message = invalid_utf8_message(name, invalid);
  }
  return result;
}

ReadResult check_document(Document document, const ReadOptions& options) {
  ReadResult result;
  const std::string_view bytes = document.bytes;
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    result.status = ReadStatus::binary;
    result.bad_offset = static_cast<const char*>(nul) - bytes.data();
    result.message = binary_message(document.name, result.bad_offset);
  } else if (!options.lossy && !options.utf8_checked) {
    const std::size_t bad = utf8::find_invalid(bytes);
    if (bad != utf8::npos) {
      result.status = ReadStatus::invalid_utf8;
      result.bad_offset = bad;
      result.message = invalid_utf8_message(document.name, bad);
    }
  }
  result.document = std::move(document);
  return result;
}

ReadResult read_document(const std::string& path, const ReadOptions& options) {
  std::string error;
  std::FILE* file = open_input(path, error);
  if (!file) {
    ReadResult result;
    result.status = errno == ENOENT ? ReadStatus::not_found : ReadStatus::unreadable;
    result.message = error;
    return result;
  }
  return read_document(file, path, options);
}

ReadResult read_document(std::FILE* file, const std::string& path, const ReadOptions& options) {
  Document document;
  document.name = path;
  ByteReader reader(file);
  std::string error;
  if (!slurp(reader, document.bytes, error)) {
    ReadResult result;
    result.status = ReadStatus::unreadable;
    result.message =
        path == "-" ? fmt::format("-: cannot read standard input: {}", error) : fmt::format("{}: {}", path, error);
    result.stored_bytes = reader.stored_offset();
    return result;
  }
  ReadResult result = check_document(std::move(document), options);
  result.stored_bytes = reader.stored_offset();
  return result;
}

}  // namespace gazette::input
