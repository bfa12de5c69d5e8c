// Opens a named input for reading without ever waiting for it. A named pipe (FIFO) would block
// open(2) until a program opens it for writing, and might never: it is opened without blocking,
// and read as standard input is, to its end, when a program has it open for writing; with no
// writer, its first read fails with "named pipe with no writer" (see ByteReader) instead of
// waiting. Process substitution (`gazette <(zcat a.gz)`) always has its writer.
#pragma once
#include <cstdio>
#include <string>

namespace gazette::input {

// "-" is standard input. Null on failure, with errno set and "PATH: reason" in `error`
// ("is a folder" for a directory, which fread would read as empty on some systems).
std::FILE* open_input(const std::string& path, std::string& error);

}  // namespace gazette::input
