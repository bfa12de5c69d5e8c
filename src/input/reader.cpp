#include "input/reader.h"

#include <fmt/format.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "input/utf8.h"

namespace gazette::input {
namespace {

bool slurp(std::FILE* file, std::string& out) {
  char buffer[1 << 16];
  std::size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, file)) > 0) out.append(buffer, got);
  return !std::ferror(file);
}

}  // namespace

ReadResult check_document(Document document, const ReadOptions& options) {
  ReadResult result;
  const std::string_view bytes = document.bytes;
  if (const void* nul = std::memchr(bytes.data(), '\0', bytes.size())) {
    result.status = ReadStatus::binary;
    result.bad_offset = static_cast<const char*>(nul) - bytes.data();
    result.message = fmt::format("{}: binary file (NUL byte at offset {}), skipped", document.name, result.bad_offset);
  } else if (!options.lossy && !options.utf8_checked) {
    const std::size_t bad = utf8::find_invalid(bytes);
    if (bad != utf8::npos) {
      result.status = ReadStatus::invalid_utf8;
      result.bad_offset = bad;
      result.message =
          fmt::format("{}: invalid UTF-8 at byte offset {} (use --lossy to replace bad bytes)", document.name, bad);
    }
  }
  result.document = std::move(document);
  return result;
}

ReadResult read_document(const std::string& path, const ReadOptions& options) {
  Document document;
  document.name = path;
  if (path == "-") {
    if (!slurp(stdin, document.bytes)) {
      ReadResult result;
      result.status = ReadStatus::unreadable;
      result.message = fmt::format("-: cannot read standard input: {}", std::strerror(errno));
      return result;
    }
    return check_document(std::move(document), options);
  }
  std::FILE* file = std::fopen(path.c_str(), "rb");
  if (!file) {
    ReadResult result;
    result.status = errno == ENOENT ? ReadStatus::not_found : ReadStatus::unreadable;
    result.message = fmt::format("{}: {}", path, std::strerror(errno));
    return result;
  }
  const bool ok = slurp(file, document.bytes);
  const int error = errno;
  std::fclose(file);
  if (!ok) {
    ReadResult result;
    result.status = ReadStatus::unreadable;
    result.message = fmt::format("{}: read error: {}", path, std::strerror(error));
    return result;
  }
  return check_document(std::move(document), options);
}

}  // namespace gazette::input
