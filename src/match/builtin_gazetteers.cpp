#include "match/builtin_gazetteers.h"

extern "C" {
extern const char gazette_builtin_image_begin[];
extern const char gazette_builtin_image_end[];
extern const char gazette_builtin_companies_begin[];
extern const char gazette_builtin_companies_end[];
extern const char gazette_builtin_labs_begin[];
extern const char gazette_builtin_labs_end[];
extern const char gazette_builtin_first_names_begin[];
extern const char gazette_builtin_first_names_end[];
}

namespace gazette::match {

std::string_view builtin_gazetteer_image() {
  return std::string_view(gazette_builtin_image_begin, gazette_builtin_image_end - gazette_builtin_image_begin);
}

std::vector<std::pair<std::string_view, std::string_view>> builtin_gazetteer_sources() {
  return {
      {"builtin:companies.tsv", std::string_view(gazette_builtin_companies_begin,
                                                 gazette_builtin_companies_end - gazette_builtin_companies_begin)},
      {"builtin:labs.tsv",
       std::string_view(gazette_builtin_labs_begin, gazette_builtin_labs_end - gazette_builtin_labs_begin)},
  };
}

std::string_view builtin_first_names() {
  return std::string_view(gazette_builtin_first_names_begin,
                          gazette_builtin_first_names_end - gazette_builtin_first_names_begin);
}

}  // namespace gazette::match
