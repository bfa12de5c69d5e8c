// A page's furniture is no text: the share buttons after a news article name no company.
#include "resolve/furniture.h"

#include <catch2/catch.hpp>

#include "pipeline/extractor.h"

using namespace gazette;

namespace {

std::vector<std::string> companies(const std::string& text) {
  static const auto extractor = [] {
    std::string error;
    auto built = pipeline::build_extractor({}, pipeline::ExtractorSettings{}, error);
    if (!built) throw std::runtime_error(error);
    return built;
  }();
  std::vector<std::string> out;
  for (const resolve::Mention& m : extractor->extract(text))
    if (m.type == produce::EntityType::company) out.push_back(m.text);
  return out;
}

}  // namespace

TEST_CASE("a share-button footer runs to the next blank line", "[resolve]") {
  const std::string text = "Texte.\n\nPartager cet article :\nCourriel ,\nFacebook ,\nTwitter\n\nSuite.";
  std::vector<std::pair<std::uint32_t, std::uint32_t>> found;
  resolve::find_furniture(normalise::normalise(text), found);
  REQUIRE(found.size() == 1);
  CHECK(found[0].first == text.find("Partager"));
  CHECK(found[0].second == text.find("\n\nSuite"));
}

TEST_CASE("the share buttons after an article are no mentions; the article's own are", "[resolve]") {
  CHECK(companies("Facebook a annonc\xC3\xA9 un r\xC3\xA9sultat.\n\nPartager cet article :\nCourriel ,\nFacebook "
                  ",\nTwitter ,\nGoogle ,\nReddit\n\nSource : Google.") ==
        std::vector<std::string>{"Facebook", "Google"});
}
