// Rewrites a file so that a reader sees either the old bytes or the new ones, never a part:
// the new bytes go to a temporary file in the same folder, which is then renamed over it.
#pragma once
#include <string>
#include <string_view>

namespace gazette::cli {

// Replaces the content of `path` with `bytes`, keeping its permission bits; through a
// symbolic link, the file it points to is rewritten and the link kept. `expected` is what the
// caller read from the file: if the file now holds something else (it changed meanwhile, or it
// is compressed and was read decompressed) nothing is written. False with `error` otherwise.
bool replace_file(const std::string& path, std::string_view expected, std::string_view bytes, std::string& error);

}  // namespace gazette::cli
