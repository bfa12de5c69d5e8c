// A document held a window at a time, so that one of any size is processed in bounded memory:
// the extractor asks for the bytes up to an offset, processes them, then releases those it no
// longer needs. Offsets are always those of the whole document.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

#include "input/byte_reader.h"

namespace gazette::input {

class TextWindow {
 public:
  virtual ~TextWindow() = default;
  // The bytes held: the document's bytes [held_begin(), held_begin() + held().size()).
  virtual std::string_view held() const = 0;
  virtual std::size_t held_begin() const = 0;
  // Reads until the held bytes reach offset `end` or the end of the document.
  virtual void fill_to(std::size_t end) = 0;
  // True once the held bytes reach the end of the document.
  virtual bool complete() const = 0;
  // The bytes before `offset` are no longer needed.
  virtual void release_before(std::size_t /*offset*/) {}
};

// A document already in memory: all of it is held from the start.
class MemoryWindow : public TextWindow {
 public:
  explicit MemoryWindow(std::string_view text) : text_(text) {}
  std::string_view held() const override { return text_; }
  std::size_t held_begin() const override { return 0; }
  void fill_to(std::size_t) override {}
  bool complete() const override { return true; }

 private:
  std::string_view text_;
};

// A document read from a file as the extractor needs it. A read error ends the document early
// and is kept in error().
class FileWindow : public TextWindow {
 public:
  explicit FileWindow(ByteReader& file) : file_(file) {}
  std::string_view held() const override { return buffer_; }
  std::size_t held_begin() const override { return begin_; }
  void fill_to(std::size_t end) override;
  bool complete() const override { return at_end_; }
  void release_before(std::size_t offset) override;
  const std::string& error() const { return file_.error(); }

 private:
  ByteReader& file_;
  std::string buffer_;
  std::size_t begin_ = 0;
  bool at_end_ = false;
};

}  // namespace gazette::input
