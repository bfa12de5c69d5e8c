#include "cli/work_sources.h"

#include "input/jsonl_source.h"

namespace gazette::cli {
namespace {

class TextFiles : public WorkSource {
 public:
  TextFiles(std::vector<std::string> paths, input::ReadOptions options) : paths_(std::move(paths)), options_(options) {}

  bool next(WorkItem& item) override {
    if (next_ >= paths_.size()) return false;
    const std::string& path = paths_[next_++];
    if (path != "-") {
      item.path = path;  // the worker reads it, a window at a time
      return true;
    }
    input::ReadResult read = input::read_document(path, options_);
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
};

class JsonlDumps : public WorkSource {
 public:
  JsonlDumps(std::vector<std::string> paths, bool lossy) : paths_(std::move(paths)), lossy_(lossy) {}

  bool next(WorkItem& item) override {
    while (true) {
      if (!dump_) {
        if (next_ >= paths_.size()) return false;
        dump_ = std::make_shared<input::JsonlSource>(paths_[next_++], lossy_);
        if (!dump_->opened()) {
          item.message = dump_->open_error();
          item.is_error = true;
          dump_.reset();
          return true;
        }
      }
      input::JsonlSource::RawLine line;
      switch (dump_->next_line(line, item.message)) {
        case input::JsonlSource::Next::document:
          item.raw_line = std::move(line);
          item.source = dump_;  // the item keeps its dump alive until a worker has parsed it
          return true;
        case input::JsonlSource::Next::error: item.is_error = true; return true;
        case input::JsonlSource::Next::end: dump_.reset(); break;
      }
    }
  }

 private:
  std::vector<std::string> paths_;
  bool lossy_;
  std::size_t next_ = 0;
  std::shared_ptr<input::JsonlSource> dump_;
};

}  // namespace

std::unique_ptr<WorkSource> text_files(std::vector<std::string> paths, input::ReadOptions options) {
  return std::make_unique<TextFiles>(std::move(paths), options);
}

std::unique_ptr<WorkSource> jsonl_dumps(std::vector<std::string> paths, bool lossy) {
  return std::make_unique<JsonlDumps>(std::move(paths), lossy);
}

bool parse_dump_line(WorkItem& item, bool lossy) {
  input::Document document;
  const bool parsed = item.source->parse(*item.raw_line, document, item.message);
  item.raw_line.reset();
  item.source.reset();
  if (!parsed) {
    item.is_error = true;
    return false;
  }
  // The source validated the line's UTF-8; only the NUL check is left.
  input::ReadResult checked = input::check_document(std::move(document), {lossy, true});
  item.message = checked.message;
  if (checked.status != input::ReadStatus::ok) {
    item.is_error = checked.status != input::ReadStatus::binary;
    return false;
  }
  item.document = std::move(checked.document);
  return true;
}

}  // namespace gazette::cli
