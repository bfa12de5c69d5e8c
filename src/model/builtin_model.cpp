#include "model/recogniser.h"

extern "C" {
extern const char gazette_builtin_model_begin[];
extern const char gazette_builtin_model_end[];
}

namespace gazette::model {

std::string_view builtin_model() {
  return std::string_view(gazette_builtin_model_begin, gazette_builtin_model_end - gazette_builtin_model_begin);
}

}  // namespace gazette::model
