// Reads a file's bytes, decompressing gzip and zstd transparently: a file (or standard input)
// whose first bytes are the gzip magic 1f 8b or the zstd magic 28 b5 2f fd is decompressed,
// whatever its name, so `dump.jsonl.gz`, `dump.jsonl.zst`, a renamed file and `zcat`-less
// pipelines all read the same. A truncated or corrupt stream is an error, never a silent short
// read.
#pragma once
#include <zlib.h>
#include <zstd.h>

#include <cstddef>
#include <cstdio>
#include <string>
#include <vector>

namespace gazette::input {

class ByteReader {
 public:
  // Takes a file open for reading; closes it unless it is standard input.
  explicit ByteReader(std::FILE* file);
  ~ByteReader();
  ByteReader(const ByteReader&) = delete;
  ByteReader& operator=(const ByteReader&) = delete;

  // Up to `size` bytes of content; 0 at the end or on an error (see error()).
  std::size_t read(char* out, std::size_t size);
  // Empty, or the reason reading stopped early: "truncated gzip data", "read error: ...".
  const std::string& error() const { return error_; }
  bool compressed() const { return compressed_ || zstd_ != nullptr; }
  // Bytes of the file itself (compressed ones for compressed data) consumed so far: what a
  // progress line compares with the file's size.
  std::size_t stored_offset() const { return raw_offset_ + raw_pos_; }

 private:
  bool fill_raw();
  std::size_t inflate_into(char* out, std::size_t size);
  std::size_t unzstd_into(char* out, std::size_t size);

  std::FILE* file_;
  std::vector<unsigned char> raw_;  // bytes read from the file, not yet consumed
  std::size_t raw_pos_ = 0;
  std::size_t raw_offset_ = 0;  // of raw_[0] in the file, for messages
  bool raw_end_ = false;
  bool named_pipe_ = false;  // a FIFO opened without blocking (open_input.h)
  bool compressed_ = false, stream_end_ = false;
  z_stream zs_{};
  ZSTD_DCtx* zstd_ = nullptr;  // set for zstd data
  bool zstd_frame_open_ = false;  // inside a frame: the input must not end here
  std::string error_;
};

}  // namespace gazette::input
