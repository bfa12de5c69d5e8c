#include "input/open_input.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace gazette::input {

std::FILE* open_input(const std::string& path, std::string& error) {
  if (path == "-") return stdin;
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  const auto fail = [&](int code, const char* reason) -> std::FILE* {
    error = path + ": " + reason;
    if (fd >= 0) ::close(fd);
    errno = code;
    return nullptr;
  };
  if (fd < 0) return fail(errno, std::strerror(errno));
  struct stat info;
  if (::fstat(fd, &info) != 0) return fail(errno, std::strerror(errno));
  if (S_ISDIR(info.st_mode)) return fail(EISDIR, "is a folder");
  // Only a FIFO stays non-blocking: ByteReader waits for its data with poll(2) and tells a
  // missing writer from a slow one. Everything else reads as usual.
  if (!S_ISFIFO(info.st_mode)) {
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) return fail(errno, std::strerror(errno));
  }
  std::FILE* file = ::fdopen(fd, "rb");
  if (!file) return fail(errno, std::strerror(errno));
  return file;
}

}  // namespace gazette::input
