// The hostile-input matrix: each case runs the built binary on one kind of bad or extreme input
// and checks its exit status and its message. Nothing may crash, hang, print a wrong result or
// hide an error (README, "Robustness" and "Limits").
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>

#include "run_gazette.h"

using namespace gazette_e2e;
using Catch::Matchers::Contains;

namespace {

std::string write_file(const std::string& name, const std::string& bytes) {
  const std::string path = temp_path(name);
  std::ofstream(path, std::ios::binary) << bytes;
  return path;
}

// Runs a shell command line that names the binary as $G; its stderr is kept apart.
Run run_shell(const std::string& line) {
  return run_command("bash -c \"G='" + std::string(GAZETTE_BINARY) + "'; " + line + "\"");
}

// Big inputs are smaller in the sanitizer build, whose code runs some ten times slower, so that
// no case takes over ~20 s on a 2-core CI machine.
#if defined(__SANITIZE_ADDRESS__)
constexpr std::size_t kBigBytes = 20u << 20;
#else
constexpr std::size_t kBigBytes = 200u << 20;
#endif

// `bytes` of filler words with a company every `every` bytes: the file and the exact count.
std::pair<std::string, std::size_t> big_line_file(const std::string& name, std::size_t bytes, std::size_t every) {
  const std::string path = temp_path(name);
  std::FILE* f = std::fopen(path.c_str(), "wb");
  REQUIRE(f);
  const std::string filler = "le chat dort sur le tapis, ";
  std::string block;
  while (block.size() + filler.size() < every) block += filler;
  block += "Airbus ";
  std::size_t written = 0, mentions = 0;
  while (written + block.size() <= bytes) {
    std::fwrite(block.data(), 1, block.size(), f);
    written += block.size();
    ++mentions;
  }
  std::fclose(f);
  return {path, mentions};
}

}  // namespace

TEST_CASE("ill-formed UTF-8 is an error naming the file and the byte", "[e2e][hostile]") {
  struct Case {
    const char* what;
    std::string bytes;
    std::size_t offset;
  };
  for (const Case& c : {Case{"invalid byte", "Le CNRS \xFF et Airbus", 8},
                        Case{"overlong '/'", "Le CNRS \xC0\xAF Airbus", 8},
                        Case{"overlong 3-byte", "Airbus \xE0\x80\xAF", 7},
                        Case{"encoded surrogate", "Airbus \xED\xA0\x80 CNRS", 7},
                        Case{"past U+10FFFF", "Airbus \xF4\x90\x80\x80", 7},
                        Case{"cut sequence at the end", "Airbus \xE2\x82", 7}}) {
    INFO(c.what);
    const std::string path = write_file("bad-utf8.txt", c.bytes);
    const Run r = run(path);
    CHECK(r.status == 2);
    CHECK(r.out.empty());
    CHECK_THAT(r.err, Contains(path + ": invalid UTF-8 at byte offset " + std::to_string(c.offset)));
    // --lossy reads it, with offsets still into the original bytes.
    const Run lossy = run("--lossy -f tsv " + path);
    CHECK(lossy.status == 0);
    CHECK_THAT(lossy.out, Contains("Airbus"));
    std::remove(path.c_str());
  }
}

TEST_CASE("a NUL byte makes a file binary: skipped, as grep does", "[e2e][hostile]") {
  const std::string path = write_file("nul.txt", std::string("Le CNRS\0 et Airbus", 18));
  const Run r = run(path);
  CHECK(r.status == 1);
  CHECK(r.out.empty());
  CHECK_THAT(r.err, Contains(path + ": binary file (NUL byte at offset 7), skipped"));
  // A dump with a NUL byte is one error, not one per line.
  const std::string dump = write_file("nul.jsonl", std::string("{\"text\": \"Airbus\"}\n{\"te\0xt\": 1}\n{}\n", 34));
  const Run d = run("--input jsonl -c " + dump);
  CHECK(d.status == 2);
  CHECK_THAT(d.err, Contains(dump + ":2: binary data (NUL byte at byte offset 23), the rest of the dump is skipped"));
  std::remove(path.c_str());
  std::remove(dump.c_str());
}

TEST_CASE("empty inputs find nothing, quietly", "[e2e][hostile]") {
  const std::string empty = write_file("empty.txt", "");
  for (const std::string& args : {empty, "--input lines " + empty, "--input jsonl " + empty, std::string("-")}) {
    INFO(args);
    const Run r = run(args);
    CHECK(r.status == 1);
    CHECK(r.out.empty());
    CHECK(r.err.empty());
  }
  std::remove(empty.c_str());
}

TEST_CASE("a very long single line is read in windows, every mention found once", "[e2e][hostile][slow]") {
  // 200 MB (20 MB under the sanitizers) rather than the 1 GB of a real stress run, to keep CI short.
  const auto [path, mentions] = big_line_file("long-line.txt", kBigBytes, 100000);
  const Run r = run("-c " + path);
  CHECK(r.status == 0);
  CHECK(r.out == path + "\t" + std::to_string(mentions) + "\n");
  CHECK(r.err.empty());
  std::remove(path.c_str());
}

TEST_CASE("a 100 MB JSON line is one document", "[e2e][hostile][slow]") {
  const std::size_t bytes = kBigBytes / 2;  // 100 MB (10 MB under the sanitizers)
  const auto [text_path, mentions] = big_line_file("json-text.txt", bytes, 100000);
  const std::string path = temp_path("big.jsonl");
  REQUIRE(std::system(("{ printf '{\"id\": \"big\", \"text\": \"'; cat '" + text_path + "'; printf '\"}\\n'; } > '" +
                       path + "'")
                          .c_str()) == 0);
  const Run r = run("--input jsonl -c " + path);
  CHECK(r.status == 0);
  CHECK(r.out == "big\t" + std::to_string(mentions) + "\n");
  CHECK(r.err.empty());
  std::remove(text_path.c_str());
  std::remove(path.c_str());
}

TEST_CASE("deeply nested JSON is a bad line, not a stack overflow", "[e2e][hostile]") {
  const std::string path =
      write_file("nested.jsonl", std::string(100000, '[') + "\n{\"id\": \"ok\", \"text\": \"Airbus\"}\n");
  const Run r = run("--input jsonl -c " + path);
  CHECK(r.status == 2);
  CHECK(r.out == "ok\t1\n");
  CHECK_THAT(r.err, Contains(path + ":1: invalid JSON at column 258: nesting too deep"));
  CHECK_THAT(r.err, Contains("gazette: 1 bad line in 1 dump"));
  std::remove(path.c_str());
}

TEST_CASE("a dump line over the line limit ends the dump with a message", "[e2e][hostile][slow]") {
  // 256 MiB + 1 bytes without a line feed; the reader holds no more than the limit of it.
  const std::string path = temp_path("too-long.jsonl");
  {
    std::FILE* f = std::fopen(path.c_str(), "wb");
    REQUIRE(f);
    const std::string chunk(1 << 20, 'a');
    for (int i = 0; i < 256; ++i) std::fwrite(chunk.data(), 1, chunk.size(), f);
    std::fputs("a\n", f);
    std::fclose(f);
  }
  const Run r = run("--input jsonl -c " + path);
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Contains(path + ":1: line longer than 256 MiB (the limit of a line), the rest of the dump is skipped"));
  std::remove(path.c_str());
}

TEST_CASE("a file that vanishes between listing and reading is an error, the others are read", "[e2e][hostile]") {
  // -r lists every file first; the FIFO read first holds the run until the listed file is gone.
  const std::string dir = temp_path("vanish");
  REQUIRE(::mkdir(dir.c_str(), 0755) == 0);
  const std::string fifo = dir + "-gate";
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  std::ofstream(dir + "/a.txt") << "Le CNRS.\n";
  std::ofstream(dir + "/b.txt") << "Airbus.\n";
  std::thread gate([&] {
    const int fd = ::open(fifo.c_str(), O_WRONLY);  // returns once gazette opens the FIFO, after the listing
    std::remove((dir + "/b.txt").c_str());
    const std::string text = "Inria.\n";
    CHECK(::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()));
    ::close(fd);
  });
  const Run r = run_in("/", "-j 1 -c '" + fifo + "' -r '" + dir + "'");
  gate.join();
  CHECK(r.status == 2);
  CHECK(r.out == fifo + "\t1\n" + dir + "/a.txt\t1\n");
  CHECK_THAT(r.err, Contains(dir + "/b.txt: No such file or directory"));
  std::remove((dir + "/a.txt").c_str());
  ::rmdir(dir.c_str());
  std::remove(fifo.c_str());
}

TEST_CASE("a folder given as a file, and an unreadable file, are errors", "[e2e][hostile]") {
  // A folder fails for root too, unlike a file without read permission.
  const std::string dir = temp_path("folder");
  REQUIRE(::mkdir(dir.c_str(), 0755) == 0);
  for (const std::string input : {"text", "lines", "jsonl"}) {
    const Run r = run("--input " + input + " '" + dir + "'");
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Contains(dir + ": is a folder (use -r to read the files under it)"));
  }
  ::rmdir(dir.c_str());

  const std::string path = write_file("unreadable.txt", "Airbus");
  REQUIRE(::chmod(path.c_str(), 0) == 0);
  if (::geteuid() == 0) {
    WARN("running as root: a file without read permission is still readable, its case is skipped");
  } else {
    const Run r = run(path);
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Contains(path + ": Permission denied"));
  }
  std::remove(path.c_str());
}

TEST_CASE("a named pipe is read when a program writes to it, never waited for", "[e2e][hostile]") {
  const std::string fifo = temp_path("fifo");
  REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
  for (const std::string input : {"text", "lines", "jsonl"}) {
    // No writer: an error at once rather than a hang (timeout would end the test with 124).
    const Run r = run_shell("timeout 10 \\$G --input " + input + " '" + fifo + "'");
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Contains(fifo + ": named pipe with no writer and no data (gazette does not wait for a writer)"));
  }
  // A writer: read to its end, as standard input is.
  std::thread writer([&] {
    std::ofstream(fifo) << "Le CNRS et Airbus.\n";
  });
  const Run r = run_shell("sleep 0.2; timeout 10 \\$G -c '" + fifo + "'");
  writer.join();
  CHECK(r.status == 0);
  CHECK(r.out == fifo + "\t2\n");
  std::remove(fifo.c_str());
}

TEST_CASE("truncated and corrupt gzip and zstd data are errors", "[e2e][hostile]") {
  const std::string text = write_file("plain.txt", "Le CNRS et Airbus ont levé 3 M€.\n");
  const std::string gz = temp_path("x.gz"), zst = temp_path("x.zst");
  REQUIRE(std::system(("gzip -c '" + text + "' > '" + gz + "' && zstd -q -c '" + text + "' > '" + zst + "'").c_str()) ==
          0);
  const std::string gz_bytes = slurp(gz), zst_bytes = slurp(zst);
  struct Case {
    std::string name, bytes, message;
  };
  std::string corrupt_gz = gz_bytes, corrupt_zst = zst_bytes;
  corrupt_gz[corrupt_gz.size() - 8] ^= 0x5A;  // the CRC of the data: zlib checks it
  corrupt_zst[6] = corrupt_zst[7] = corrupt_zst[8] = '\xFF';
  for (const Case& c : {Case{"trunc.gz", gz_bytes.substr(0, 20), "truncated gzip data (compressed input ends at byte 20)"},
                        Case{"corrupt.gz", corrupt_gz, "corrupt gzip data at compressed byte"},
                        Case{"trunc.zst", zst_bytes.substr(0, 15), "truncated zstd data (compressed input ends at byte 15)"},
                        Case{"corrupt.zst", corrupt_zst, "corrupt zstd data at compressed byte"}}) {
    const std::string path = write_file(c.name, c.bytes);
    for (const std::string input : {"text", "lines", "jsonl"}) {
      INFO(c.name << " as --input " << input);
      const Run r = run("--input " + input + " " + path);
      CHECK(r.status == 2);
      // A text is checked whole before its records are written; lines are written as they come
      // (README, "Exit status"), so only the bad CRC at the very end follows a line's records.
      if (input == "text" || c.name != "corrupt.gz") CHECK(r.out.empty());
      CHECK_THAT(r.err, Contains(path + ": ") && Contains(c.message));
    }
    std::remove(path.c_str());
  }
  for (const std::string& p : {text, gz, zst}) std::remove(p.c_str());
}

TEST_CASE("a damaged compiled gazetteer is refused with its reason", "[e2e][hostile]") {
  const std::string tsv = fixture("user-gazetteer.tsv");
  const std::string image = temp_path("user.gzt");
  REQUIRE(run("gazetteer compile " + tsv + " -o " + image).status == 0);
  std::string bytes = slurp(image);
  bytes[bytes.size() / 2] ^= 0x5A;
  std::ofstream(image, std::ios::binary) << bytes;
  const Run damaged = run("--gazetteer " + image + " article.txt");
  CHECK(damaged.status == 2);
  CHECK_THAT(damaged.err, Contains(image) && Contains("damaged gazetteer image: checksum mismatch"));
  std::ofstream(image, std::ios::binary) << bytes.substr(0, 100);
  const Run truncated = run("--gazetteer " + image + " article.txt");
  CHECK(truncated.status == 2);
  CHECK_THAT(truncated.err, Contains("truncated gazetteer image (100 bytes)"));
  std::remove(image.c_str());
}

TEST_CASE("a pattern over the pattern limit is refused, quoted short", "[e2e][hostile]") {
  const std::string path = write_file("big-pattern.tsv", "canonical\ttype\taliases\tids\tflags\nBig\tcompany\t" +
                                                             std::string(5000, 'x') + "\t\tpattern\n");
  const Run r = run("--gazetteer " + path + " article.txt");
  CHECK(r.status == 2);
  CHECK_THAT(r.err, Contains(path + ":2: pattern \"xxxx") && Contains("...\" (5000 bytes) longer than 4096 bytes (the limit of a pattern)"));
  CHECK(r.err.size() < 300);
  std::remove(path.c_str());
}

TEST_CASE("writing to a full disk is exit status 2 with a message", "[e2e][hostile]") {
  for (const std::string args : {"article.txt", "-c article.txt", "-f tsv article.txt", "gazetteer stats",
                                 "gazetteer lookup CNRS", "--help"}) {
    INFO(args);
    const Run r = run_shell("cd '" + fixture("") + "' && \\$G " + args + " > /dev/full");
    CHECK(r.status == 2);
    CHECK_THAT(r.err, Contains("gazette: error writing to standard output: No space left on device"));
  }
}

TEST_CASE("a closed pipe ends the run quietly", "[e2e][hostile]") {
  // Enough records to outgrow the pipe's buffer after `head` has gone.
  std::string text;
  while (text.size() < (4u << 20)) text += "Le CNRS et Airbus ont levé 3 M€.\n";
  const std::string path = write_file("many.txt", text);
  // SIGPIPE ends the run, as it ends grep's: status 141 in the shell, nothing on standard error.
  const Run r = run_shell("\\$G '" + path + "' | head -1 > /dev/null; exit \\${PIPESTATUS[0]}");
  CHECK(r.status == 141);
  CHECK(r.err.empty());
  // Where SIGPIPE is ignored, the write error ends it as quietly, with status 2.
  const Run ignored = run_shell("trap '' PIPE; \\$G '" + path + "' | head -1 > /dev/null; exit \\${PIPESTATUS[0]}");
  CHECK(ignored.status == 2);
  CHECK(ignored.err.empty());
  std::remove(path.c_str());
}
