// The money stage through the built binary: a document's country decides a bare currency
// family, a family without a default and without a country gives nothing, lists give one
// record a number, and crypto-currencies none.
#include "run_gazette.h"

using namespace gazette_e2e;

TEST_CASE("money: the document's country, lists, scaled codes and crypto through the binary", "[e2e][money]") {
  const Run r = run("--input jsonl --types money --format text money-families.jsonl");
  CHECK(r.status == 0);
  CHECK(r.err.empty());
  CHECK(r.out ==
        "suede:3:17: money 40 couronnes -> 40 SEK\n"
        "suede:3:36: money 15 000 -> 15000 SEK\n"
        "suede:3:46: money 12 000 couronnes -> 12000 SEK\n"
        "nulle-part:1:34: money 3 MUSD -> 3000000 USD\n");
}
