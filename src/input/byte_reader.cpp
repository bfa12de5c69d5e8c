#include "input/byte_reader.h"

#include <fcntl.h>
#include <fmt/format.h>
#include <poll.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace gazette::input {
namespace {

constexpr std::size_t kRawChunk = 1 << 16;

}  // namespace

ByteReader::ByteReader(std::FILE* file) : file_(file) {
  // A FIFO that open_input left non-blocking: its first read tells whether a writer exists.
  struct stat info;
  const int flags = ::fcntl(::fileno(file_), F_GETFL);
  named_pipe_ = file_ != stdin && ::fstat(::fileno(file_), &info) == 0 && S_ISFIFO(info.st_mode) && flags >= 0 &&
                (flags & O_NONBLOCK);
  raw_.reserve(kRawChunk);
  while (raw_.size() < 4 && fill_raw()) {
  }
  compressed_ = raw_.size() >= 2 && raw_[0] == 0x1f && raw_[1] == 0x8b;
  // 16 + MAX_WBITS: a gzip header and trailer, whose CRC and length zlib checks.
  if (compressed_ && inflateInit2(&zs_, 16 + MAX_WBITS) != Z_OK) error_ = "cannot start gzip decompression";
  static constexpr unsigned char kZstdMagic[4] = {0x28, 0xb5, 0x2f, 0xfd};
  if (raw_.size() >= 4 && std::memcmp(raw_.data(), kZstdMagic, 4) == 0) {
    zstd_ = ZSTD_createDCtx();
    if (!zstd_) error_ = "cannot start zstd decompression";
  }
}

ByteReader::~ByteReader() {
  if (compressed_) inflateEnd(&zs_);
  if (zstd_) ZSTD_freeDCtx(zstd_);
  if (file_ && file_ != stdin) std::fclose(file_);
}

bool ByteReader::fill_raw() {
  if (raw_end_) return false;
  if (raw_pos_ == raw_.size()) {
    raw_offset_ += raw_.size();
    raw_.clear();
    raw_pos_ = 0;
  }
  const std::size_t old = raw_.size();
  raw_.resize(old + kRawChunk);
  // read(2), not fread: a pipe's bytes are passed on as they come, not once 64 KiB are there.
  ssize_t got;
  for (;;) {
    got = ::read(::fileno(file_), raw_.data() + old, kRawChunk);
    if (got >= 0 || errno == EINTR) {
      if (got >= 0) break;
      continue;
    }
    if (errno != EAGAIN && errno != EWOULDBLOCK) break;
    // A non-blocking pipe with a writer and no data yet: wait for either.
    pollfd ready{::fileno(file_), POLLIN, 0};
    if (::poll(&ready, 1, -1) < 0 && errno != EINTR) break;
  }
  raw_.resize(old + std::max<ssize_t>(got, 0));
  if (got == 0 && named_pipe_ && raw_offset_ + old == 0)
    error_ = "named pipe with no writer and no data (gazette does not wait for a writer)";
  if (got <= 0) {
    raw_end_ = true;
    if (got < 0) error_ = fmt::format("read error: {}", std::strerror(errno));
  }
  return got > 0;
}

std::size_t ByteReader::read(char* out, std::size_t size) {
  if (!error_.empty() || size == 0) return 0;
  if (compressed_) return inflate_into(out, size);
  if (zstd_) return unzstd_into(out, size);
  if (raw_pos_ == raw_.size() && !fill_raw()) return 0;
  const std::size_t n = std::min(size, raw_.size() - raw_pos_);
  std::memcpy(out, raw_.data() + raw_pos_, n);
  raw_pos_ += n;
  return n;
}

std::size_t ByteReader::inflate_into(char* out, std::size_t size) {
  zs_.next_out = reinterpret_cast<Bytef*>(out);
  zs_.avail_out = static_cast<uInt>(size);
  while (zs_.avail_out == size) {
    if (raw_pos_ == raw_.size() && !fill_raw()) {
      // The input ended: fine between members, an error inside one.
      if (!stream_end_ && error_.empty())
        error_ = fmt::format("truncated gzip data (compressed input ends at byte {})", raw_offset_ + raw_pos_);
      break;
    }
    if (stream_end_) {
      // Another member follows (`cat a.gz b.gz` is a valid gzip file).
      inflateReset(&zs_);
      stream_end_ = false;
    }
    zs_.next_in = raw_.data() + raw_pos_;
    zs_.avail_in = static_cast<uInt>(raw_.size() - raw_pos_);
    const int status = inflate(&zs_, Z_NO_FLUSH);
    raw_pos_ = raw_.size() - zs_.avail_in;
    if (status == Z_STREAM_END) {
      stream_end_ = true;
    } else if (status != Z_OK && status != Z_BUF_ERROR) {
      error_ = fmt::format("corrupt gzip data at compressed byte {}: {}", raw_offset_ + raw_pos_,
                           zs_.msg ? zs_.msg : "unknown error");
      break;
    }
  }
  return size - zs_.avail_out;
}

std::size_t ByteReader::unzstd_into(char* out, std::size_t size) {
  ZSTD_outBuffer output{out, size, 0};
  while (output.pos == 0) {
    const bool more_input = raw_pos_ < raw_.size() || fill_raw();
    if (!more_input && !zstd_frame_open_) break;  // the input ended between frames
    // With no more input the decoder may still hold output of the frame: ask for it.
    ZSTD_inBuffer input{raw_.data(), raw_.size(), raw_pos_};
    // Concatenated frames (`cat a.zst b.zst`) are read one after the other.
    const std::size_t status = ZSTD_decompressStream(zstd_, &output, &input);
    raw_pos_ = input.pos;
    if (ZSTD_isError(status)) {
      error_ = fmt::format("corrupt zstd data at compressed byte {}: {}", raw_offset_ + raw_pos_,
                           ZSTD_getErrorName(status));
      break;
    }
    zstd_frame_open_ = status != 0;
    if (!more_input && output.pos == 0) {
      if (error_.empty())
        error_ = fmt::format("truncated zstd data (compressed input ends at byte {})", raw_offset_ + raw_pos_);
      break;
    }
  }
  return output.pos;
}

}  // namespace gazette::input
