#include "produce/entity_type.h"

#include <string>

namespace gazette::produce {

bool parse_entity_type(std::string_view text, EntityType& out) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (const EntityTypeInfo& row : kEntityTypes) {
    if (row.name == lower) {
      out = row.type;
      return true;
    }
  }
  return false;
}

std::string_view entity_type_names() {
  static const std::string names = [] {
    std::string joined;
    for (const EntityTypeInfo& row : kEntityTypes) {
      if (!joined.empty()) joined += ", ";
      joined += row.name;
    }
    return joined;
  }();
  return names;
}

}  // namespace gazette::produce
