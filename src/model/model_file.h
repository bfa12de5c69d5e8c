// The model file: a header, the dictionary's bit filter and the weights, little-endian, no
// padding. Written by gazette-train into data/, linked into the binary, read at start-up.
//
//   "GZMODEL1"  u32 version  u32 weight bits  u32 dictionary bits  u32 labels
//   u64 x 2^dictionary_bits / 64        the dictionary filter
//   f32 x 2^weight_bits x labels        the weights, bucket-major
#pragma once
#include <string>
#include <string_view>

#include "model/dictionary.h"
#include "model/linear_model.h"

namespace gazette::model {

struct ModelData {
  Dictionary dictionary;
  LinearModel weights;
};

constexpr std::uint32_t kModelVersion = 1;

std::string write_model(const ModelData& model);
// Returns false with a reason when `bytes` is not a model file of this version. With `borrow`,
// the arrays are read in place (when aligned): `bytes` must then outlive `out`.
bool read_model(std::string_view bytes, ModelData& out, std::string& error, bool borrow = false);

}  // namespace gazette::model
