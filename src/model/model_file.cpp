#include "model/model_file.h"

#include <cstring>

namespace gazette::model {
namespace {

constexpr std::string_view kMagic = "GZMODEL1";
constexpr std::size_t kHeader = 8 + 4 * 4;

void put_u32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>(v >> (8 * i) & 0xFF));
}

std::uint32_t get_u32(std::string_view bytes, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= std::uint32_t{static_cast<unsigned char>(bytes[at + i])} << (8 * i);
  return v;
}

}  // namespace

std::string write_model(const ModelData& model) {
  std::string out(kMagic);
  put_u32(out, kModelVersion);
  put_u32(out, model.weights.bits());
  put_u32(out, model.dictionary.bits());
  put_u32(out, kLabels);
  // The build machines are little-endian (x86-64, arm64): the arrays are copied as they are.
  out.append(reinterpret_cast<const char*>(model.dictionary.data()), model.dictionary.size() * sizeof(std::uint64_t));
  out.append(reinterpret_cast<const char*>(model.weights.data()), model.weights.size() * sizeof(float));
  return out;
}

bool read_model(std::string_view bytes, ModelData& out, std::string& error, bool borrow) {
  if (bytes.size() < kHeader || bytes.substr(0, kMagic.size()) != kMagic) {
    error = "not a gazette model file";
    return false;
  }
  const std::uint32_t version = get_u32(bytes, 8), weight_bits = get_u32(bytes, 12),
                      dictionary_bits = get_u32(bytes, 16), labels = get_u32(bytes, 20);
  if (version != kModelVersion || labels != kLabels || weight_bits < 8 || weight_bits > 26 || dictionary_bits < 6 ||
      dictionary_bits > 30) {
    error = "model file of another version or shape";
    return false;
  }
  const std::size_t words = (std::size_t{1} << dictionary_bits) / 64;
  const std::size_t weights = (std::size_t{1} << weight_bits) * kLabels;
  if (bytes.size() != kHeader + words * 8 + weights * 4) {
    error = "model file of the wrong size";
    return false;
  }
  const char* arrays = bytes.data() + kHeader;
  if (borrow && reinterpret_cast<std::uintptr_t>(arrays) % alignof(std::uint64_t) == 0) {
    out.dictionary = Dictionary::view(dictionary_bits, reinterpret_cast<const std::uint64_t*>(arrays));
    out.weights = LinearModel::view(weight_bits, reinterpret_cast<const float*>(arrays + words * 8));
    return true;
  }
  out.dictionary = Dictionary(dictionary_bits);
  std::memcpy(out.dictionary.words().data(), bytes.data() + kHeader, words * 8);
  out.weights = LinearModel(weight_bits);
  std::memcpy(out.weights.weights().data(), bytes.data() + kHeader + words * 8, weights * 4);
  return true;
}

}  // namespace gazette::model
