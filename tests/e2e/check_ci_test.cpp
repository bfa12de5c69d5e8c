// End-to-end: `gazette check` as a pull-request job runs it: --diff in a git repository made by
// the test, a baseline written and read back after edits, and --fix with --dry-run on accented
// text.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "run_gazette.h"

namespace {

using gazette_e2e::Run;
using gazette_e2e::slurp;
namespace fs = std::filesystem;

// A fresh folder, removed at the end of the test.
struct TempFolder {
  TempFolder() : path(gazette_e2e::temp_path("ci")) { fs::create_directories(path); }
  ~TempFolder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
  std::string path;
};

void write(const std::string& path, const std::string& text) {
  fs::create_directories(fs::path(path).parent_path());
  std::ofstream(path, std::ios::binary) << text;
}

// Runs a shell command in `dir` (the test's own git set-up); fails the test when it fails.
void sh(const std::string& dir, const std::string& command) {
  INFO(command);
  REQUIRE(std::system(("cd '" + dir + "' && " + command + " >/dev/null 2>&1").c_str()) == 0);
}

Run check_in(const std::string& dir, const std::string& args) { return gazette_e2e::run_in(dir, "check --no-config " + args); }

const std::string kNvidiaLine = "Le géant américain nvidia publie ses résultats.\n";

// A repository with a main branch and a feature branch that left it one commit ago.
struct Repository : TempFolder {
  Repository() {
    sh(path, "git init -q -b main && git config user.name Test && git config user.email test@example.org");
    write(path + "/a.md", kNvidiaLine + "Une ligne calme.\n");
    write(path + "/untouched.md", "Ailleurs, nvidia encore.\n");
    write(path + "/old name.md", "Vieux texte sur youtube.\nDeuxième ligne.\n");
    sh(path, "git add -A && git commit -q -m init && git checkout -q -b feature");
  }
};

}  // namespace

TEST_CASE("check --diff reports changed lines only, with merge-base semantics", "[e2e][check][diff]") {
  Repository repo;
  // main moves on after the branch left it: a two-dot diff would take this line for ours.
  sh(repo.path, "git checkout -q main && echo 'Ailleurs, nvidia toujours.' > untouched.md && git commit -q -am main"
                " && git checkout -q feature");
  write(repo.path + "/a.md", kNvidiaLine + "Une ligne calme.\nAjout sur facebook.\n");
  sh(repo.path, "git commit -q -am 'one line'");
  sh(repo.path, "mkdir dossier && git mv 'old name.md' 'dossier/nouveau nom.md'");
  write(repo.path + "/dossier/nouveau nom.md", "Vieux texte sur youtube.\nDeuxième ligne.\nEt deepmind.\n");
  write(repo.path + "/nouveau.md", "Pas encore ajouté: linkedin.\n");  // untracked: wholly new

  const Run r = check_in(repo.path, "--diff main a.md untouched.md 'dossier/nouveau nom.md' nouveau.md");
  CHECK(r.err.empty());
  CHECK(r.out ==
        "a.md:3:11: error: 'facebook' is written 'Facebook' (company Facebook) [canonical]\n"
        "dossier/nouveau nom.md:3:4: error: 'deepmind' is written 'DeepMind' (company Google DeepMind) [canonical]\n"
        "nouveau.md:1:20: error: 'linkedin' is written 'LinkedIn' (company LinkedIn) [canonical]\n");
  CHECK(r.status == 1);
  // The untouched line's finding is there without --diff.
  CHECK(check_in(repo.path, "a.md").out.find("a.md:1:") != std::string::npos);
  // From a folder below the top, with -r: the same lines.
  const Run below = check_in(repo.path + "/dossier", "--diff main -r .");
  CHECK(below.out == "./nouveau nom.md:3:4: error: 'deepmind' is written 'DeepMind' (company Google DeepMind) "
                     "[canonical]\n");
  // Only untouched files: nothing to report.
  const Run clean = check_in(repo.path, "--diff main untouched.md");
  CHECK(clean.status == 0);
  CHECK(clean.out.empty());
}

TEST_CASE("check --diff errors: unknown revision, outside a repository, standard input", "[e2e][check][diff]") {
  Repository repo;
  const Run unknown = check_in(repo.path, "--diff no-such-branch a.md");
  CHECK(unknown.status == 2);
  CHECK(unknown.err == "gazette: --diff no-such-branch: unknown revision (no commit of that name in " +
                           fs::canonical(repo.path).string() + ")\n");
  CHECK(unknown.out.empty());
  const Run option_like = check_in(repo.path, "--diff=--output=x a.md");
  CHECK(option_like.status == 2);
  CHECK_FALSE(fs::exists(repo.path + "/x"));
  TempFolder plain;
  write(plain.path + "/a.md", kNvidiaLine);
  const Run outside = check_in(plain.path, "--diff main a.md");
  CHECK(outside.status == 2);
  CHECK(outside.err.find("gazette: --diff main: not a git repository") == 0);
  CHECK(check_in(repo.path, "--diff main -").status == 2);
}

TEST_CASE("a baseline hides known findings after lines are added above them", "[e2e][check][baseline]") {
  TempFolder folder;
  const std::string doc = folder.path + "/docs/a.md";
  write(doc, kNvidiaLine + "Calme.\n" + kNvidiaLine);
  const Run written = check_in(folder.path, "--write-baseline docs/baseline.json docs/a.md");
  CHECK(written.status == 0);
  CHECK(written.out.empty());
  CHECK(written.err == "gazette: wrote 2 findings to docs/baseline.json\n");
  const std::string baseline = slurp(folder.path + "/docs/baseline.json");
  CHECK(baseline.find("\"format\": \"gazette-baseline\"") != std::string::npos);
  CHECK(baseline.find("\"path\": \"a.md\"") != std::string::npos);  // relative to the baseline's folder

  write(doc, "# Titre ajouté\n\nUn paragraphe de plus.\n" + kNvidiaLine + "Calme.\n" + kNvidiaLine);
  // From the baseline's own folder as well as from above it.
  for (const auto& [dir, args] : {std::pair<std::string, std::string>{folder.path, "--baseline docs/baseline.json docs/a.md"},
                                  {folder.path + "/docs", "--baseline baseline.json a.md"}}) {
    const Run known = check_in(dir, args);
    CHECK(known.status == 0);
    CHECK(known.out.empty());
    CHECK(known.err == "gazette: 2 findings known to " + args.substr(11, args.find(' ', 11) - 11) +
                           " not reported\n");
  }

  // A third copy of the known line and a new name: both new.
  write(doc, kNvidiaLine + "Calme.\n" + kNvidiaLine + "Nouveau: youtube.\n" + kNvidiaLine);
  const Run fresh = check_in(folder.path, "--baseline docs/baseline.json docs/a.md");
  CHECK(fresh.status == 1);
  CHECK(fresh.out ==
        "docs/a.md:4:10: error: 'youtube' is written 'YouTube' (company YouTube) [canonical]\n"
        "docs/a.md:5:20: error: 'nvidia' is written 'Nvidia' (company Nvidia) [canonical]\n");
}

TEST_CASE("a bad baseline file is exit 2 with the file and the reason", "[e2e][check][baseline]") {
  TempFolder folder;
  write(folder.path + "/a.md", kNvidiaLine);
  write(folder.path + "/v2.json", R"({"format": "gazette-baseline", "version": 2, "findings": []})");
  write(folder.path + "/broken.json", "{\"format\": ");
  const Run v2 = check_in(folder.path, "--baseline v2.json a.md");
  CHECK(v2.status == 2);
  CHECK(v2.err == "gazette: v2.json: baseline version 2 is not supported (this gazette reads version 1)\n");
  CHECK(v2.out.empty());
  const Run broken = check_in(folder.path, "--baseline broken.json a.md");
  CHECK(broken.status == 2);
  CHECK(broken.err.find("gazette: broken.json: not JSON (byte ") == 0);
  const Run missing = check_in(folder.path, "--baseline none.json a.md");
  CHECK(missing.status == 2);
  CHECK(missing.err == "gazette: none.json: cannot read the baseline: No such file or directory\n");
}

TEST_CASE("check --fix rewrites accented files in place, and with --dry-run prints the diff", "[e2e][check][fix]") {
  TempFolder folder;
  const std::string path = folder.path + "/é t.md";
  const std::string text = "Été : le géant américain nvidia et Open AI.\nÀ côté, rien.\nÉcrit sur youtube.\n";
  write(path, text);
  ::chmod(path.c_str(), 0640);

  const Run dry = check_in(folder.path, "--fix --dry-run 'é t.md'");
  CHECK(dry.out ==
        "--- a/é t.md\t\n+++ b/é t.md\t\n@@ -1,3 +1,3 @@\n"
        "-Été : le géant américain nvidia et Open AI.\n+Été : le géant américain Nvidia et OpenAI.\n"
        " À côté, rien.\n-Écrit sur youtube.\n+Écrit sur YouTube.\n");
  CHECK(dry.err == "gazette: would fix 3 findings in 1 file\n");
  CHECK(dry.status == 0);  // nothing would be left
  CHECK(slurp(path) == text);

  // A deny finding has no suggestion: it is what is left, and it fails the job.
  const Run fixed = check_in(folder.path, "--fix --deny Nvidia 'é t.md'");
  CHECK(slurp(path) == "Été : le géant américain Nvidia et OpenAI.\nÀ côté, rien.\nÉcrit sur YouTube.\n");
  CHECK(fixed.out == "é t.md:1:26: error: 'Nvidia' (company Nvidia) must not be named [deny]\n");
  CHECK(fixed.err == "gazette: fixed 3 findings in 1 file\n");
  CHECK(fixed.status == 1);
  struct stat st {};
  REQUIRE(::stat(path.c_str(), &st) == 0);
  CHECK((st.st_mode & 0777) == 0640);
  CHECK(std::distance(fs::directory_iterator(folder.path), fs::directory_iterator()) == 1);  // no temporary left

  const Run again = check_in(folder.path, "--fix 'é t.md'");
  CHECK(again.status == 0);
  CHECK(again.err == "gazette: fixed 0 findings in 0 files\n");
}

TEST_CASE("check --fix is for files only", "[e2e][check][fix]") {
  const Run in = gazette_e2e::run_in(std::string(GAZETTE_TEST_DIR) + "/fixtures/check", "check --fix -");
  CHECK(in.status == 2);
  CHECK(in.err == "gazette: --fix rewrites files: standard input cannot be fixed (name the files)\n");
  const Run dump = gazette_e2e::run_in(std::string(GAZETTE_TEST_DIR) + "/fixtures/check",
                                       "check --fix --input jsonl dump.jsonl");
  CHECK(dump.status == 2);
  CHECK(dump.err == "gazette: --fix rewrites files: a JSONL dump's documents cannot be fixed\n");
  const Run dry = gazette_e2e::run_in(std::string(GAZETTE_TEST_DIR) + "/fixtures/check", "check --dry-run clean.txt");
  CHECK(dry.status == 2);
}
