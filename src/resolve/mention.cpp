#include "resolve/mention.h"

namespace gazette::resolve {

std::string_view to_string(MentionType type) {
  switch (type) {
    case MentionType::lab: return "lab";
    case MentionType::money: return "money";
    default: return "company";
  }
}

std::string_view to_label(MentionType type) {
  switch (type) {
    case MentionType::lab: return "LAB";
    case MentionType::money: return "MONEY";
    default: return "COMPANY";
  }
}

bool parse_mention_type(std::string_view text, MentionType& out) {
  std::string lower(text);
  for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  if (lower == "company")
    out = MentionType::company;
  else if (lower == "lab")
    out = MentionType::lab;
  else if (lower == "money")
    out = MentionType::money;
  else
    return false;
  return true;
}

}  // namespace gazette::resolve
