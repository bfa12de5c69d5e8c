// What `gazette check` builds on for CI runs: the changed lines of a git diff, baselines and
// their fingerprints, and fixes with their unified diff.
#include <catch2/catch.hpp>

#include "check/baseline.h"
#include "check/changed_lines.h"
#include "check/fixes.h"
#include "check_test_support.h"

using namespace gazette;
using test::check_text;

TEST_CASE("changed lines: hunk headers of the new side, counts and deletions", "[check][diff]") {
  const std::string diff =
      "diff --git a/a.md b/a.md\n"
      "index 1..2 100644\n"
      "--- a/a.md\n"
      "+++ b/a.md\n"
      "@@ -3 +3 @@ context\n"
      "-old\n"
      "+new\n"
      "@@ -10,2 +10,0 @@\n"
      "-gone\n"
      "-gone too\n"
      "@@ -20,0 +19,3 @@\n"
      "+++ an added line that looks like a header\n"
      "+x\n"
      "+y\n"
      "\\ No newline at end of file\n"
      "diff --git a/old.md b/dossier/nouveau nom.md\n"
      "similarity index 100%\n"
      "rename from old.md\n"
      "rename to dossier/nouveau nom.md\n"
      "diff --git a/gone.md b/gone.md\n"
      "deleted file mode 100644\n"
      "--- a/gone.md\n"
      "+++ /dev/null\n"
      "@@ -1,2 +0,0 @@\n"
      "-a\n"
      "-b\n"
      "diff --git \"a/\\303\\251t\\303\\251.md\" \"b/\\303\\251t\\303\\251.md\"\n"
      "--- \"a/\\303\\251t\\303\\251.md\"\t\n"
      "+++ \"b/\\303\\251t\\303\\251.md\"\t\n"
      "@@ -1 +1 @@\n"
      "-a\n"
      "+b\n"
      "diff --git a/with space.md b/with space.md\n"
      "--- a/with space.md\t\n"
      "+++ b/with space.md\t\n"
      "@@ -0,0 +1 @@\n"
      "+first\n";
  check::ChangedLines lines;
  std::string error;
  REQUIRE(check::parse_unified_diff(diff, lines, error));
  CHECK(lines.touches("a.md", 3, 3));
  CHECK_FALSE(lines.touches("a.md", 4, 9));
  CHECK_FALSE(lines.touches("a.md", 10, 10));  // only deleted there
  CHECK(lines.touches("a.md", 21, 21));
  CHECK(lines.touches("a.md", 15, 19));  // a span that reaches a changed line
  CHECK_FALSE(lines.touches("a.md", 22, 22));
  CHECK_FALSE(lines.touches("dossier/nouveau nom.md"));  // a pure rename changes no line
  CHECK_FALSE(lines.touches("gone.md"));
  CHECK(lines.touches("\xC3\xA9t\xC3\xA9.md", 1, 1));
  CHECK(lines.touches("with space.md", 1, 1));
  CHECK(lines.files() == 3);
  lines.add_whole_file("untracked.md");
  CHECK(lines.touches("untracked.md", 500, 500));
}

TEST_CASE("changed lines: a diff that is not one is an error", "[check][diff]") {
  check::ChangedLines lines;
  std::string error;
  CHECK_FALSE(check::parse_unified_diff("@@ -1 +1 @@\n-a\n+b\n", lines, error));  // no file yet
  CHECK_FALSE(check::parse_unified_diff("+++ b/a\n@@ -1,2 +1,2 @@\n-a\n+b\n", lines, error));
  CHECK(error == "the diff ends inside a hunk");
  CHECK_FALSE(check::parse_unified_diff("+++ b/a\n@@ -1 +1 @@\n-a\nnot a body line\n", lines, error));
  CHECK(error.find("line 4") == 0);
  CHECK(check::parse_unified_diff("", lines, error));
}

TEST_CASE("git's quoted paths", "[check][diff]") {
  std::string out;
  CHECK(check::unquote_git_path("plain name.md", out));
  CHECK(out == "plain name.md");
  CHECK(check::unquote_git_path(R"("a\tb\\c\"d.md")", out));
  CHECK(out == "a\tb\\c\"d.md");
  CHECK(check::unquote_git_path(R"("\303\251.md")", out));
  CHECK(out == "\xC3\xA9.md");
  CHECK_FALSE(check::unquote_git_path(R"("unended)", out));
  CHECK_FALSE(check::unquote_git_path(R"("\30")", out));
}

TEST_CASE("fingerprints ignore line numbers and count repeats", "[check][baseline]") {
  const std::string line = "Le géant américain nvidia publie.\n";
  const auto before = check_text(line + "Calme.\n" + line);
  const auto after = check_text("Une ligne insérée.\n\n" + line + "Calme.\n" + line);
  REQUIRE(before.size() == 2);
  REQUIRE(after.size() == 2);
  CHECK(before[0].fingerprint == after[0].fingerprint);
  CHECK(before[1].fingerprint == after[1].fingerprint);
  CHECK(before[0].fingerprint != before[1].fingerprint);  // the same line twice: :1 and :2
  CHECK(before[0].fingerprint.substr(0, 17) == before[1].fingerprint.substr(0, 17));
  // Another text on the line is another finding.
  CHECK(check_text("Le géant nvidia publie.\n")[0].fingerprint != before[0].fingerprint);
}

TEST_CASE("baselines: the written file reads back, and bad ones say why", "[check][baseline]") {
  const std::string text = check::baseline_json({{"b.md", "canonical", "x", "m", "f:1"},
                                                 {"a.md", "deny", "Amazon", "msg \"quoted\"", "g:1"},
                                                 {"b.md", "canonical", "x", "m", "f:2"}});
  CHECK(text.find("\"version\": 1") != std::string::npos);
  CHECK(text.find("a.md") < text.find("b.md"));  // sorted by path
  std::string error;
  const auto baseline = check::Baseline::parse(text, error);
  REQUIRE(baseline);
  CHECK(baseline->size() == 3);
  CHECK(baseline->knows("b.md", "f:2"));
  CHECK(baseline->knows("a.md", "g:1"));
  CHECK_FALSE(baseline->knows("a.md", "f:1"));
  CHECK(check::Baseline::parse(check::baseline_json({}), error)->size() == 0);

  const auto reason = [](const std::string& json) {
    std::string why;
    CHECK_FALSE(check::Baseline::parse(json, why));
    return why;
  };
  CHECK(reason("{").find("not JSON (byte 1") == 0);
  CHECK(reason("[]").find("not a gazette baseline") == 0);
  CHECK(reason(R"({"format": "gazette-baseline", "findings": []})").find("no \"version\"") != std::string::npos);
  CHECK(reason(R"({"format": "gazette-baseline", "version": 2, "findings": []})") ==
        "baseline version 2 is not supported (this gazette reads version 1)");
  CHECK(reason(R"({"format": "gazette-baseline", "version": 1})") == "the baseline has no \"findings\" array");
  CHECK(reason(R"({"format": "gazette-baseline", "version": 1, "findings": [{"path": "a"}]})") ==
        "findings[0]: \"fingerprint\" must be a string");
}

TEST_CASE("baseline paths are relative to the baseline's folder", "[check][baseline]") {
  const check::BaselinePaths paths("/repo/ci/baseline.json");
  CHECK(paths.key("/repo/ci/docs/a.md", true) == "docs/a.md");
  CHECK(paths.key("/repo/README.md", true) == "../README.md");
  CHECK(paths.key("-", true) == "-");
  CHECK(paths.key("article 12", false) == "article 12");  // a dump's document id
}

namespace {

check::Finding suggested(std::size_t start, std::size_t end, std::string suggestion) {
  check::Finding f;
  f.rule = "canonical";
  f.start = start;
  f.end = end;
  f.suggestion = std::move(suggestion);
  return f;
}

}  // namespace

TEST_CASE("fixes: byte offsets after accents, overlaps and line breaks left out", "[check][fix]") {
  const std::string text = "Él géant nvidia, Open AI\net youtube.\n";
  // From the checker, so the offsets are the ones it computes after the accents.
  const auto findings = check_text(text);
  REQUIRE(findings.size() == 3);
  const check::FixPlan plan = check::plan_fixes(text, findings);
  CHECK(plan.skipped.empty());
  CHECK(check::apply_edits(text, plan.edits) == "Él géant Nvidia, OpenAI\net YouTube.\n");

  const std::string abc = "abcdef\nghij\n";
  std::vector<check::Finding> overlapping = {suggested(0, 3, "ABC"), suggested(2, 4, "CD"), suggested(8, 10, "HI"),
                                             suggested(8, 10, "HI"), suggested(5, 8, "F G"), suggested(11, 11, "")};
  const check::FixPlan mixed = check::plan_fixes(abc, overlapping);
  // The same edit asked twice is one edit; the two that overlap and the one over a line break are not made.
  REQUIRE(mixed.edits.size() == 1);
  CHECK(check::apply_edits(abc, mixed.edits) == "abcdef\ngHIj\n");
  REQUIRE(mixed.skipped.size() == 3);
  CHECK(mixed.skipped[0].why == check::FixPlan::Skip::line_break);
  CHECK(mixed.skipped[1].why == check::FixPlan::Skip::overlap);
  CHECK(mixed.skipped[2].why == check::FixPlan::Skip::overlap);
}

TEST_CASE("fixes: the unified diff, with context and the last line without a break", "[check][fix]") {
  std::string before, after;
  for (int i = 1; i <= 12; ++i) {
    before += "ligne " + std::to_string(i) + "\n";
    after += (i == 2 || i == 12 ? "LIGNE " : "ligne ") + std::to_string(i) + "\n";
  }
  CHECK(check::unified_diff("d/f.md", before, after) ==
        "--- a/d/f.md\n+++ b/d/f.md\n"
        "@@ -1,5 +1,5 @@\n ligne 1\n-ligne 2\n+LIGNE 2\n ligne 3\n ligne 4\n ligne 5\n"
        "@@ -9,4 +9,4 @@\n ligne 9\n ligne 10\n ligne 11\n-ligne 12\n+LIGNE 12\n");
  CHECK(check::unified_diff("/abs/é f.md", "a\nété", "a\nÉté") ==
        "--- /abs/é f.md\t\n+++ /abs/é f.md\t\n@@ -1,2 +1,2 @@\n a\n-été\n\\ No newline at end of file\n"
        "+Été\n\\ No newline at end of file\n");
  CHECK(check::unified_diff("f", "same\n", "same\n").empty());
}
