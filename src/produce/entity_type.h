// The kinds of mention gazette reports, in one table. Adding a kind (PERSON, PRODUCT) is a row
// here and a producer that emits it; nothing else switches on the type.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <string_view>

namespace gazette::produce {

enum class EntityType : std::uint8_t { company, lab, money };

struct EntityTypeInfo {
  EntityType type;
  std::string_view name;   // in records and options: "company"
  std::string_view label;  // in gold files: "COMPANY"
  // Between two candidates of the same span, the lower rank wins: an amount is checked by a
  // grammar, and a lab's name often holds a company-like word ("Institut Pasteur").
  int rank;
  bool from_gazetteers;  // a gazetteer row may have this type
};

inline constexpr std::array<EntityTypeInfo, 3> kEntityTypes{{
    {EntityType::company, "company", "COMPANY", 2, true},
    {EntityType::lab, "lab", "LAB", 1, true},
    {EntityType::money, "money", "MONEY", 0, false},
}};
inline constexpr std::size_t kEntityTypeCount = kEntityTypes.size();

constexpr std::size_t index_of(EntityType type) { return static_cast<std::size_t>(type); }
constexpr const EntityTypeInfo& info(EntityType type) { return kEntityTypes[index_of(type)]; }
static_assert(kEntityTypes[0].type == EntityType::company && kEntityTypes[1].type == EntityType::lab &&
                  kEntityTypes[2].type == EntityType::money,
              "kEntityTypes is indexed by EntityType");

constexpr std::string_view to_string(EntityType type) { return info(type).name; }
constexpr std::string_view to_label(EntityType type) { return info(type).label; }

// Either spelling ("lab", "LAB"), any case.
bool parse_entity_type(std::string_view text, EntityType& out);

// "company, lab, money": for messages that list the choices.
std::string_view entity_type_names();

// A set of types, as --types selects them.
class TypeSet {
 public:
  static TypeSet all() { return TypeSet((1u << kEntityTypeCount) - 1); }
  static TypeSet none() { return TypeSet(0); }
  static TypeSet of(std::initializer_list<EntityType> types) {
    TypeSet set(0);
    for (EntityType t : types) set.insert(t);
    return set;
  }
  bool contains(EntityType type) const { return bits_ & (1u << index_of(type)); }
  void insert(EntityType type) { bits_ |= 1u << index_of(type); }
  bool empty() const { return bits_ == 0; }
  bool intersects(TypeSet other) const { return (bits_ & other.bits_) != 0; }

 private:
  explicit TypeSet(unsigned bits) : bits_(bits) {}
  unsigned bits_;
};

}  // namespace gazette::produce
