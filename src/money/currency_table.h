// Which words and symbols name a currency, in normalised French text, and which ISO 4217 code
// each stands for. Built once from ICU's CLDR data (French names, singular and plural, every ISO
// code) plus the usages CLDR lacks ("dollars US", "francs CFA", "balles", "$ canadiens").
#pragma once
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace gazette::money {

// How a currency mention may be used, beyond its code.
enum class CurrencyKind : std::uint8_t {
  kName,    // "euros", "dollars canadiens": written after the number only
  kCode,    // "eur", "usd": before or after the number, only right next to it
  kSymbol,  // "€", "$", "us$", "$ canadiens": before or after the number
};

struct CurrencyMatch {
  std::size_t start = 0, end = 0;  // the currency's own bytes
  std::string_view code;           // ISO 4217; empty for a bare family only the text's country decides ("couronnes")
  CurrencyKind kind = CurrencyKind::kName;
  // The power of ten the written number is in: -2 for cents, centimes and pence (hundredths of
  // `code`), 3 for "keuros"; 0 for the currency itself.
  int exponent = 0;
  bool weak = false;  // "livres", "balles": also common nouns, need a closer look
  // A bare head ("dollars", "$", "francs", "couronnes") whose code is a default the text may
  // override, or that has none ("... dollars canadiens ... 5 dollars", a document set in Sweden):
  // `family` names the head ("franc cfa" for "francs CFA", XOF or XAF), `qualified` tells whether
  // this mention fixed the code itself.
  std::string_view family;
  bool qualified = false;
  bool leading_code_ok = false;  // a code that may also precede its number: "EUR 20", "USD1,23"
};

class CurrencyTable {
 public:
  CurrencyTable();

  // The scan probes every word it reads, so telling a currency word from the rest must cost a
  // few instructions: a hash of the word's first and last eight bytes, then one bit of a filter
  // that fits in L1 cache. Only words that pass the filter are looked up.
  static std::uint64_t hash_word(std::string_view word) {
    const std::size_t n = word.size();
    std::uint64_t first = 0, last = 0;
    if (n >= 8) {
      std::memcpy(&first, word.data(), 8);
      std::memcpy(&last, word.data() + n - 8, 8);
    } else if (n >= 4) {
      // The n bytes read little-endian, as a copy of n bytes would, from two 4-byte reads that
      // overlap: a copy of a length known only at run time is a call into the C library.
      std::uint32_t low, high;
      std::memcpy(&low, word.data(), 4);
      std::memcpy(&high, word.data() + n - 4, 4);
      first = low | (std::uint64_t{high} << ((n - 4) * 8));
    } else if (n > 0) {
      const auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(word[i])} << (8 * i); };
      first = byte(0) | byte(n / 2) | byte(n - 1);
    }
    const std::uint64_t h = (first * 0x9E3779B97F4A7C15ull) ^ (last * 0xC2B2AE3D27D4EB4Full) ^ n;
    return h ^ (h >> 29);
  }
  bool may_be_head(std::uint64_t hash) const {
    const std::uint64_t bit = hash >> (64 - kFilterBits);
    return (filter_[bit >> 6] >> (bit & 63)) & 1;
  }

  // The currency written at `pos`, which starts a word (a letter after a non-letter) ending at
  // `word_end` and hashing to `word_hash`; none if the word is not a currency name or code. The
  // longest name wins: "dollars des etats-unis".
  bool match_word(std::string_view text, std::size_t pos, std::size_t word_end, std::uint64_t word_hash,
                  CurrencyMatch& out) const;
  bool match_word(std::string_view text, std::size_t pos, std::size_t word_end, CurrencyMatch& out) const {
    const std::uint64_t hash = hash_word(text.substr(pos, word_end - pos));
    return may_be_head(hash) && match_word(text, pos, word_end, hash, out);
  }
  // The currency whose symbol starts at `pos` ('$' or the lead byte of "€", "£", ...), with the
  // letters glued to it or following it that say which dollar: "us$", "$cad", "$ canadiens".
  bool match_symbol(std::string_view text, std::size_t pos, CurrencyMatch& out) const;

  // The ISO 4217 code `word` spells ("usd" -> "USD"), or empty.
  std::string_view iso_code(std::string_view word) const;

 private:
  struct Variant {
    std::string rest;  // what follows the head word, e.g. " des etats-unis"; empty for the head alone
    std::string code;
    std::string family;  // empty: the head's
    CurrencyKind kind;
    int exponent;
    bool weak;
    bool qualified;
    bool leading_code_ok;
  };
  struct Head {
    std::vector<Variant> variants;  // longest `rest` first
    std::string family;             // set when the head alone is a default that the text may override
  };

  // Open addressing over word hashes; a slot holds an index into head_list_, or -1.
  struct Slot {
    std::uint64_t hash = 0;
    std::int32_t head = -1;
  };
  const Head* find_head(std::string_view word, std::uint64_t hash) const;
  void build_head_index();
  void add(std::string_view normalised_name, std::string_view code, CurrencyKind kind, int exponent = 0,
           bool weak = false, std::string_view family = {});
  void add_cldr_names();
  void add_usage_names();
  void add_iso_codes();
  void add_scaled_codes();
  void sort_variants();

  std::unordered_map<std::string, Head> heads_;  // while building
  std::vector<std::pair<std::string, Head>> head_list_;
  std::vector<Slot> slots_;  // a power of two, at most a quarter full
  static constexpr int kFilterBits = 16;
  std::vector<std::uint64_t> filter_ = std::vector<std::uint64_t>((1u << kFilterBits) / 64);
  std::unordered_map<std::string, std::string> dollar_markers_;  // "us" -> USD, "c" -> CAD, ...
};

}  // namespace gazette::money
