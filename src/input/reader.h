// Reads plain-text documents from files or standard input and checks them the way grep does:
// a NUL byte marks a binary file, ill-formed UTF-8 is an error unless the caller accepts it.
#pragma once
#include <cstdio>
#include <optional>
#include <string>

#include "input/byte_reader.h"
#include "input/document.h"

namespace gazette::input {

enum class ReadStatus { ok, not_found, unreadable, binary, invalid_utf8 };

struct ReadResult {
  ReadStatus status = ReadStatus::ok;
  Document document;
  std::size_t bad_offset = 0;  // byte offset of the NUL or the first ill-formed byte
  std::string message;         // human-readable reason, naming the file and the offset
  std::size_t stored_bytes = 0;  // read_document: bytes of the file as stored (compressed, when it is)
};

struct ReadOptions {
  bool lossy = false;         // accept ill-formed UTF-8; the normaliser then reads bad bytes as U+FFFD
  bool utf8_checked = false;  // the caller has validated the bytes already (a JSONL line)
};

// The most a document read once and held whole may hold (standard input, a pipe, a FIFO):
// beyond it, the document is an error rather than a run out of memory. Regular files are read
// twice, a window at a time, and have no limit.
inline constexpr std::size_t kMaxHeldDocumentBytes = std::size_t{1} << 30;

// "-" reads standard input. Gzip data is decompressed (see byte_reader.h).
ReadResult read_document(const std::string& path, const ReadOptions& options);
// The same for a file already open (and closed here), named `path` in messages.
ReadResult read_document(std::FILE* file, const std::string& path, const ReadOptions& options);

// The same checks on an open file, read through once in blocks without holding it; the
// document is left empty. The file is left at its end.
ReadResult scan_file(ByteReader& file, const std::string& name, const ReadOptions& options);

// Applies the binary and UTF-8 checks to bytes already in memory (used for stdin and dumps).
ReadResult check_document(Document document, const ReadOptions& options);

}  // namespace gazette::input
