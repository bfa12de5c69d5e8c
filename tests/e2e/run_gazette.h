// Runs the built binary through the shell, as a user would, for the end-to-end tests.
#pragma once
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace gazette_e2e {

struct Run {
  int status = -1;
  std::string out, err;
};

inline std::string fixture(const std::string& name) { return std::string(GAZETTE_TEST_DIR) + "/fixtures/" + name; }

inline std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string temp_path(const std::string& what) {
  static int counter = 0;
  return "/tmp/gazette-e2e-" + std::to_string(::getpid()) + "-" + std::to_string(counter++) + "-" + what;
}

// Runs a shell command line, its standard output read, its standard error kept apart.
inline Run run_command(const std::string& command) {
  const std::string err_path = temp_path("err");
  Run r;
  FILE* pipe = ::popen((command + " 2> '" + err_path + "'").c_str(), "r");
  REQUIRE(pipe);
  char buffer[4096];
  std::size_t got;
  while ((got = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) r.out.append(buffer, got);
  const int status = ::pclose(pipe);
  r.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = slurp(err_path);
  std::remove(err_path.c_str());
  return r;
}

// Runs `gazette ARGS` through the shell in folder `dir`; stdin from `input_file`.
inline Run run_in(const std::string& dir, const std::string& args, const std::string& input_file = "/dev/null") {
  return run_command("cd '" + dir + "' && " + std::string(GAZETTE_BINARY) + " " + args + " < '" + input_file + "'");
}

// The same in the fixtures folder, so documents are named as a user would name them.
inline Run run(const std::string& args, const std::string& input_file = "/dev/null") {
  return run_in(std::string(GAZETTE_TEST_DIR) + "/fixtures", args, input_file);
}

// How many times `what` occurs in `text`, overlaps included.
inline std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

inline std::size_t count_lines(const std::string& s) {
  return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
}

}  // namespace gazette_e2e
