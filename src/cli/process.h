// Runs a program with its arguments as a list, never through a shell, so no path or revision
// is ever parsed as shell syntax. Used for git by `gazette check --diff`.
#pragma once
#include <string>
#include <vector>

namespace gazette::cli {

struct ProcessResult {
  bool started = false;  // false: the program could not be run (`out` empty, `err` says why)
  int status = -1;       // exit status; -1 when killed by a signal
  std::string out, err;  // what it wrote to standard output and standard error
};

// Runs argv[0] (looked up in PATH) with standard input from /dev/null, and waits for it.
ProcessResult run_process(const std::vector<std::string>& argv);

}  // namespace gazette::cli
