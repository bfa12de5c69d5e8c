// A file mapped read-only into memory: a compiled gazetteer image is used in place, so a
// million names cost the pages touched, not a read and a parse.
#pragma once
#include <memory>
#include <string>
#include <string_view>

namespace gazette::input {

class MappedFile {
 public:
  // nullptr with `error` ("path: reason") when the file cannot be opened or mapped.
  static std::shared_ptr<const MappedFile> open(const std::string& path, std::string& error);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;

  std::string_view bytes() const { return {data_, size_}; }

 private:
  MappedFile() = default;
  const char* data_ = nullptr;
  std::size_t size_ = 0;
};

// Whether the file starts with `prefix` (false when it cannot be read).
bool file_starts_with(const std::string& path, std::string_view prefix);

}  // namespace gazette::input
