// The files `gazette check` reads: named files as they are, folders walked with -r.
#pragma once
#include <string>
#include <vector>

namespace gazette::cli {

// Expands folders (with `recursive`) into the files under them that hold text: .md, .markdown,
// .mdx, .txt, .text, .html, .htm, .xhtml (and .jsonl with `jsonl`), sorted, hidden ones skipped.
// A folder without `recursive` is an error in `errors`.
std::vector<std::string> expand_paths(const std::vector<std::string>& paths, bool recursive, bool jsonl,
                                      std::vector<std::string>& errors);

}  // namespace gazette::cli
