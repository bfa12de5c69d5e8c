#include "cli/work_sources.h"

#include <fmt/format.h>
#include <sys/stat.h>

#include "input/utf8.h"
#include "output/json_escape.h"

namespace gazette::cli {
namespace {

class TextFiles : public WorkSource {
 public:
  TextFiles(std::vector<std::string> paths, input::ReadOptions options) : paths_(std::move(paths)), options_(options) {}

  bool next(WorkItem& item) override {
    if (next_ >= paths_.size()) return false;
    item.input = next_;
    const std::string& path = paths_[next_++];
    if (path != "-") {
      item.path = path;  // the worker reads it, a window at a time
      struct stat status;
      if (::stat(path.c_str(), &status) == 0 && S_ISREG(status.st_mode)) bytes_ += status.st_size;
      item.input_bytes = bytes_;
      return true;
    }
    input::ReadResult read = input::read_document(path, options_);
    bytes_ += read.stored_bytes;
    item.input_bytes = bytes_;
    item.message = read.message;
    if (read.status == input::ReadStatus::ok)
      item.document = std::move(read.document);
    else
      item.is_error = read.status != input::ReadStatus::binary;  // grep skips binary files quietly
    return true;
  }

 private:
  std::vector<std::string> paths_;
  input::ReadOptions options_;
  std::size_t next_ = 0;
  std::size_t bytes_ = 0;  // of the files handed out
};

class JsonlDumps : public WorkSource {
 public:
  JsonlDumps(std::vector<std::string> paths, bool lossy, input::DumpFields fields)
      : paths_(std::move(paths)), lossy_(lossy), fields_(std::move(fields)) {}

  bool next(WorkItem& item) override {
    while (true) {
      if (!dump_) {
        if (next_ >= paths_.size()) return false;
        dump_ = std::make_shared<input::JsonlSource>(paths_[next_++], lossy_, fields_);
        if (!dump_->opened()) {
          item.input = next_ - 1;
          item.message = dump_->open_error();
          item.is_error = true;
          dump_.reset();
          return true;
        }
      }
      item.input = next_ - 1;
      input::JsonlSource::RawLine line;
      const input::JsonlSource::Next got = dump_->next_line(line, item.message);
      item.input_bytes = done_bytes_ + dump_->stored_offset();
      switch (got) {
        case input::JsonlSource::Next::document:
          item.raw_line = std::move(line);
          item.source = dump_;  // the item keeps its dump alive until a worker has parsed it
          return true;
        case input::JsonlSource::Next::error: item.is_error = true; return true;
        case input::JsonlSource::Next::end:
          done_bytes_ = item.input_bytes;
          dump_.reset();
          break;
      }
    }
  }

 private:
  std::vector<std::string> paths_;
  bool lossy_;
  input::DumpFields fields_;
  std::size_t next_ = 0;
  std::size_t done_bytes_ = 0;  // of the dumps read to their end
  std::shared_ptr<input::JsonlSource> dump_;
};

class TextLines : public WorkSource {
 public:
  explicit TextLines(std::vector<std::string> paths) : paths_(std::move(paths)) {}

  bool next(WorkItem& item) override {
    while (true) {
      if (!file_) {
        if (next_ >= paths_.size()) return false;
        file_ = std::make_unique<input::LineReader>(paths_[next_++], "file", false, true);
        if (!file_->opened()) {
          item.input = next_ - 1;
          item.message = file_->open_error();
          item.is_error = true;
          file_.reset();
          return true;
        }
      }
      item.input = next_ - 1;
      input::RawLine line;
      const input::LineReader::Next got = file_->next(line, item.message);
      item.input_bytes = done_bytes_ + file_->stored_offset();
      switch (got) {
        case input::LineReader::Next::line:
          item.document = input::Document{fmt::format("{}:{}", file_->path(), line.line_number), std::move(line.text)};
          line.text.clear();
          item.origin = std::move(line);
          return true;
        case input::LineReader::Next::error: item.is_error = true; return true;  // binary or cut: the file's error
        case input::LineReader::Next::end:
          done_bytes_ = item.input_bytes;
          file_.reset();
          break;
      }
    }
  }

 private:
  std::vector<std::string> paths_;
  std::size_t next_ = 0;
  std::size_t done_bytes_ = 0;  // of the files read to their end
  std::unique_ptr<input::LineReader> file_;
};

}  // namespace

std::unique_ptr<WorkSource> text_files(std::vector<std::string> paths, input::ReadOptions options) {
  return std::make_unique<TextFiles>(std::move(paths), options);
}

std::unique_ptr<WorkSource> jsonl_dumps(std::vector<std::string> paths, bool lossy, input::DumpFields fields) {
  return std::make_unique<JsonlDumps>(std::move(paths), lossy, std::move(fields));
}

std::unique_ptr<WorkSource> text_lines(std::vector<std::string> paths) {
  return std::make_unique<TextLines>(std::move(paths));
}

bool parse_dump_line(WorkItem& item, bool lossy) {
  input::Document document;
  std::vector<json::Value> kept;
  const std::shared_ptr<const input::JsonlSource> source = std::move(item.source);
  const bool parsed = source->parse(*item.raw_line, document, item.message, &kept);
  item.raw_line.reset();
  if (!parsed) {
    item.is_error = item.bad_line = true;
    return false;
  }
  // The source validated the line's UTF-8; only the NUL check is left.
  input::ReadResult checked = input::check_document(std::move(document), {lossy, true});
  item.message = checked.message;
  if (checked.status != input::ReadStatus::ok) {
    item.is_error = checked.status != input::ReadStatus::binary;
    item.bad_line = item.is_error;
    return false;
  }
  item.document = std::move(checked.document);
  const std::vector<std::string>& names = source->fields().keep;
  if (!names.empty()) {
    item.fields = "{";
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (i) item.fields.push_back(',');
      output::append_json_string(item.fields, names[i]);
      item.fields.push_back(':');
      output::append_json_value(item.fields, kept[i]);
    }
    item.fields.push_back('}');
  }
  return true;
}

bool check_text_line(WorkItem& item, bool lossy) {
  if (lossy) return true;
  const std::size_t bad = utf8::find_invalid(item.document->bytes);
  if (bad == utf8::npos) return true;
  item.message = fmt::format("{}: invalid UTF-8 at column {} (use --lossy to replace bad bytes)", item.document->name,
                             bad + 1);
  item.is_error = item.bad_line = true;
  item.document.reset();
  return false;
}

}  // namespace gazette::cli
