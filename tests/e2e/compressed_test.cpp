// End-to-end: gzip and zstd input is read by its magic bytes, and a bad dump is one clear error.
#include <zstd.h>

#include <cstdlib>
#include <fstream>

#include "run_gazette.h"

using namespace gazette_e2e;

namespace {

// Compresses `source` into a new temporary file; `keep` bytes of it when not 0.
std::string gzip_copy(const std::string& source, const std::string& name, std::size_t keep = 0) {
  const std::string path = temp_path(name);
  std::string command = "gzip -c '" + source + "'";
  if (keep) command += " | head -c " + std::to_string(keep);
  REQUIRE(std::system((command + " > '" + path + "'").c_str()) == 0);
  return path;
}

// Compresses `source` with libzstd into a new temporary file, as `frames` frames one after the
// other (as `cat a.zst b.zst` makes); `keep` bytes of it when not 0.
std::string zstd_copy(const std::string& source, const std::string& name, int frames = 1, std::size_t keep = 0) {
  const std::string bytes = slurp(source);
  std::string packed;
  const std::size_t part = bytes.size() / frames + 1;
  for (std::size_t start = 0; start < bytes.size(); start += part) {
    const std::size_t n = std::min(part, bytes.size() - start);
    std::string frame(ZSTD_compressBound(n), '\0');
    const std::size_t size = ZSTD_compress(frame.data(), frame.size(), bytes.data() + start, n, 3);
    REQUIRE_FALSE(ZSTD_isError(size));
    packed.append(frame, 0, size);
  }
  if (keep) packed.resize(keep);
  const std::string path = temp_path(name);
  std::ofstream(path, std::ios::binary) << packed;
  return path;
}

}  // namespace

TEST_CASE("a zstd dump or text gives the records of the plain one; a cut one is an error", "[e2e][zstd]") {
  const std::string dump = std::string(GAZETTE_SHARED_DIR) + "/corpus/wikinews-fr-2016-2018.jsonl";
  const std::string zst = zstd_copy(dump, "dump.jsonl.zst");
  const std::string frames = zstd_copy(dump, "dump.jsonl", 3);  // renamed, three frames
  const Run plain = run("--input jsonl -j 2 " + dump);
  CHECK(plain.status == 0);
  CHECK(run("--input jsonl -j 2 " + zst).out == plain.out);
  CHECK(run("--input jsonl -j 1 " + frames).out == plain.out);
  CHECK(run("--input jsonl", zst).out == plain.out);  // standard input too

  const std::string article = zstd_copy(fixture("article.txt"), "article.txt.zst");
  const Run text = run("--format text " + article);
  CHECK(text.status == 0);
  CHECK(count_lines(text.out) == count_lines(run(fixture("article.txt")).out));
  CHECK(run("--format text", article).out == run("--format text", fixture("article.txt")).out);

  const std::string cut_dump = zstd_copy(dump, "cut.jsonl.zst", 1, 100000);
  const Run cut = run("--input jsonl " + cut_dump);
  CHECK(cut.status == 2);
  CHECK(count_lines(cut.out) > 0);  // the records of the whole lines, then the error
  CHECK(cut.err.find(cut_dump + ": after line ") == cut.err.find("gazette: ") + 9);
  CHECK(cut.err.find("truncated zstd data (compressed input ends at byte 100000)") != std::string::npos);
  CHECK(count_lines(cut.err) == 1);
  const std::string cut_text = zstd_copy(fixture("article.txt"), "cut.txt.zst", 1, 200);
  const Run cut_article = run(cut_text);
  CHECK(cut_article.status == 2);
  CHECK(cut_article.out.empty());
  CHECK(cut_article.err == "gazette: " + cut_text + ": truncated zstd data (compressed input ends at byte 200)\n");
  for (const std::string& path : {zst, frames, article, cut_dump, cut_text}) std::remove(path.c_str());
}

TEST_CASE("a gzip dump or text gives the records of the plain one, whatever its name", "[e2e][gzip]") {
  const std::string dump = std::string(GAZETTE_SHARED_DIR) + "/corpus/wikinews-fr-2016-2018.jsonl";
  const std::string gz = gzip_copy(dump, "dump.jsonl.gz");
  const std::string renamed = gzip_copy(dump, "dump.jsonl");
  const Run plain = run("--input jsonl -j 2 " + dump);
  CHECK(plain.status == 0);
  CHECK(run("--input jsonl -j 2 " + gz).out == plain.out);
  CHECK(run("--input jsonl -j 1 " + renamed).out == plain.out);
  CHECK(run("--input jsonl", gz).out == plain.out);  // standard input too

  const std::string article = gzip_copy(fixture("article.txt"), "article.txt.gz");
  const Run text = run("--format text " + article);
  CHECK(text.status == 0);
  CHECK(count_lines(text.out) == count_lines(run(fixture("article.txt")).out));
  CHECK(run("--format text", article).out == run("--format text", fixture("article.txt")).out);
  for (const std::string& path : {gz, renamed, article}) std::remove(path.c_str());
}

TEST_CASE("a truncated gzip file is an error with exit status 2", "[e2e][gzip]") {
  const std::string dump = std::string(GAZETTE_SHARED_DIR) + "/corpus/wikinews-fr-2016-2018.jsonl";
  const std::string cut_dump = gzip_copy(dump, "cut.jsonl.gz", 100000);
  const Run r = run("--input jsonl " + cut_dump);
  CHECK(r.status == 2);
  CHECK(r.err.find(cut_dump + ": after line ") == r.err.find("gazette: ") + 9);
  CHECK(r.err.find("truncated gzip data") != std::string::npos);
  CHECK(count_lines(r.err) == 1);  // the cut last line is not reported as bad JSON as well

  const std::string cut_text = gzip_copy(fixture("article.txt"), "cut.txt.gz", 200);
  const Run text = run(cut_text);
  CHECK(text.status == 2);
  CHECK(text.out.empty());  // a text is checked whole before its records are written
  CHECK(text.err == "gazette: " + cut_text + ": truncated gzip data (compressed input ends at byte 200)\n");
  for (const std::string& path : {cut_dump, cut_text}) std::remove(path.c_str());
}

TEST_CASE("a binary dump is one message, not one per line", "[e2e][gzip]") {
  const std::string path = temp_path("binary.jsonl");
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"id\":\"a\",\"text\":\"Airbus\"}\n";
    for (int i = 0; i < 1000; ++i) out << std::string("\x01\x02\0\xff garbage", 12) << "\n";
  }
  const Run r = run("--input jsonl " + path);
  std::remove(path.c_str());
  CHECK(r.status == 2);
  CHECK(count_lines(r.out) == 1);
  CHECK(r.err ==
        "gazette: " + path + ":2: binary data (NUL byte at byte offset 29), the rest of the dump is skipped\n");
}

TEST_CASE("lossy reading is honoured for dumps", "[e2e][gzip]") {
  const std::string path = temp_path("latin1.jsonl");
  {
    std::ofstream out(path, std::ios::binary);
    out << "{\"id\":\"a\",\"text\":\"Airbus \xe9quipe\"}\n";
  }
  const Run strict = run("--input jsonl " + path);
  CHECK(strict.status == 2);
  CHECK(strict.err.find(path + ":1: invalid UTF-8 at column 26") != std::string::npos);
  const Run lossy = run("--lossy --input jsonl " + path);
  std::remove(path.c_str());
  CHECK(lossy.status == 0);
  CHECK(lossy.err.empty());
  CHECK(lossy.out.find("\"text\":\"Airbus\"") != std::string::npos);
}
