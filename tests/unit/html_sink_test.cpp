// The HTML page: exact escaping, marks around the mentions (nested, adjacent, across pieces),
// multibyte text, empty documents, counts.
#include <catch2/catch.hpp>
#include <cstdio>
#include <string>
#include <vector>

#include "output/sink.h"

using namespace gazette;

namespace {

resolve::Mention mention(produce::EntityType type, std::size_t start, std::size_t end, const std::string& text,
                         const std::string& canonical = {}) {
  resolve::Mention m;
  m.type = type;
  m.start = start;
  m.end = end;
  m.text = text;
  m.canonical = canonical.empty() ? text : canonical;
  m.source = "gazetteer";
  return m;
}

struct Doc {
  std::string name;
  // Pieces of text with their offsets, each followed by the records that start in it.
  std::vector<std::pair<std::string, std::vector<resolve::Mention>>> pieces;
};

std::string render(const std::vector<Doc>& docs) {
  std::FILE* file = std::tmpfile();
  REQUIRE(file);
  {
    output::OutputStream out(file);
    const auto sink = output::make_sink("html", out);
    REQUIRE(sink);
    CHECK(sink->wants_text());
    sink->begin_run();
    for (const Doc& d : docs) {
      sink->begin_document(d.name, {});
      std::size_t offset = 0;
      for (const auto& [piece, mentions] : d.pieces) {
        sink->text(d.name, piece, offset);
        offset += piece.size();
        for (const resolve::Mention& m : mentions) sink->record(d.name, m);
      }
      sink->end_document(d.name);
    }
    sink->end_run();
    CHECK(out.ok());
  }
  std::rewind(file);
  std::string page;
  char buffer[4096];
  for (std::size_t got; (got = std::fread(buffer, 1, sizeof buffer, file)) > 0;) page.append(buffer, got);
  std::fclose(file);
  return page;
}

// The inside of each document's text element, in page order.
std::vector<std::string> text_bodies(const std::string& page) {
  std::vector<std::string> out;
  const std::string open = "<div class=\"text\" lang=\"fr\">";
  for (std::size_t at = page.find(open); at != std::string::npos; at = page.find(open, at)) {
    at += open.size();
    // Marks nest inside; the text element holds no other <div>.
    const std::size_t end = page.find("</div>", at);
    out.push_back(page.substr(at, end - at));
  }
  return out;
}

// The characters a browser shows: tags dropped (text never holds a raw '<'), entities decoded.
std::string shown_text(const std::string& body) {
  std::string tags_out;
  for (std::size_t i = 0; i < body.size(); ++i) {
    if (body[i] == '<') {
      i = body.find('>', i);
      continue;
    }
    tags_out.push_back(body[i]);
  }
  std::string out;
  for (std::size_t i = 0; i < tags_out.size(); ++i) {
    if (tags_out[i] != '&') {
      out.push_back(tags_out[i]);
      continue;
    }
    const std::size_t semi = tags_out.find(';', i);
    const std::string entity = tags_out.substr(i, semi - i + 1);
    out += entity == "&amp;"    ? "&"
           : entity == "&lt;"   ? "<"
           : entity == "&gt;"   ? ">"
           : entity == "&quot;" ? "\""
           : entity == "&#39;"  ? "'"
           : entity == "&#13;"  ? "\r"
                                : "?";
    i = semi;
  }
  return out;
}

}  // namespace

TEST_CASE("html: the text is escaped exactly and line breaks are kept", "[output][html]") {
  const std::string text = "A <b>&amp; \"C\" l'Oréal\r\nligne 2\n\n  fin";
  const std::string page = render({{"d<1>.txt", {{text, {}}}}});
  const auto bodies = text_bodies(page);
  REQUIRE(bodies.size() == 1);
  CHECK(bodies[0] == "A &lt;b&gt;&amp;amp; &quot;C&quot; l&#39;Oréal&#13;\nligne 2\n\n  fin");
  CHECK(shown_text(bodies[0]) == text);
  CHECK(page.find("<h2>d&lt;1&gt;.txt</h2>") != std::string::npos);
  CHECK(page.find("white-space:pre-wrap") != std::string::npos);
  // Self-contained: no script, nothing fetched.
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("http") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
}

TEST_CASE("html: a mark per mention, with type label and a title naming it", "[output][html]") {
  const std::string text = "Airbus et le CNRS : 2 Md€.";
  auto airbus = mention(produce::EntityType::company, 0, 6, "Airbus");
  airbus.id = "wikidata:Q2311";
  auto money = mention(produce::EntityType::money, 20, 27, "2 Md€", "2000000000 EUR");
  money.source = "grammar";
  const std::string page = render(
      {{"d", {{text, {airbus, mention(produce::EntityType::lab, 13, 17, "CNRS"), money}}}}});
  const std::string body = text_bodies(page).at(0);
  CHECK(body ==
        "<mark class=\"m company\" data-type=\"company\" title=\"company: Airbus\nid: wikidata:Q2311\nsource: "
        "gazetteer\">Airbus</mark> et le <mark class=\"m lab\" data-type=\"lab\" title=\"lab: CNRS\nsource: "
        "gazetteer\">CNRS</mark> : <mark class=\"m money\" data-type=\"money\" title=\"money: 2000000000 EUR\nsource: "
        "grammar\">2 Md€</mark>.");
  CHECK(shown_text(body) == text);
  CHECK(page.find("<p class=\"counts\">3 mentions: 1 company, 1 lab, 1 money</p>") != std::string::npos);
  // The legend names every type; each type has its colour rule.
  for (const char* type : {"company", "lab", "money"}) {
    CHECK(page.find(std::string("<mark class=\"m ") + type + "\" data-type=\"" + type + "\">" + type + "</mark>") !=
          std::string::npos);
    CHECK(page.find(std::string("mark.") + type + "{background:") != std::string::npos);
  }
  CHECK(page.find("<footer><p>1 document, 3 mentions.</p></footer>") != std::string::npos);
}

TEST_CASE("html: adjacent and nested mentions, and a title escaped", "[output][html]") {
  const std::string text = "AB CD";
  auto outer = mention(produce::EntityType::company, 0, 5, "AB CD", "A \"B\" & <C>");
  auto inner = mention(produce::EntityType::lab, 0, 2, "AB");
  auto adjacent = mention(produce::EntityType::money, 5, 5, "");  // empty span: not marked
  const std::string nested = text_bodies(render({{"d", {{text, {outer, inner, adjacent}}}}})).at(0);
  CHECK(nested ==
        "<mark class=\"m company\" data-type=\"company\" title=\"company: A &quot;B&quot; &amp; &lt;C&gt;\nsource: "
        "gazetteer\"><mark class=\"m lab\" data-type=\"lab\" title=\"lab: AB\nsource: gazetteer\">AB</mark> "
        "CD</mark>");
  CHECK(shown_text(nested) == text);

  const std::string touching = text_bodies(render({{"d",
                                                      {{text,
                                                        {mention(produce::EntityType::company, 0, 2, "AB"),
                                                         mention(produce::EntityType::company, 2, 3, " "),
                                                         mention(produce::EntityType::lab, 3, 5, "CD")}}}}}))
                                   .at(0);
  CHECK(touching.find("AB</mark><mark") != std::string::npos);
  CHECK(touching.find(" </mark><mark class=\"m lab\"") != std::string::npos);
  CHECK(shown_text(touching) == text);

  // One that starts inside another and ends past it is closed with it: marks stay nested.
  const std::string crossing = text_bodies(render({{"d",
                                                      {{text,
                                                        {mention(produce::EntityType::company, 0, 3, "AB "),
                                                         mention(produce::EntityType::lab, 1, 5, "B CD")}}}}}))
                                   .at(0);
  CHECK(shown_text(crossing) == text);
  CHECK(crossing.substr(crossing.size() - 16) == "</mark></mark>CD");
}

TEST_CASE("html: multibyte text, mentions across pieces, empty documents", "[output][html]") {
  // "Société Générale" is 20 bytes; the mention starts in the first piece and ends in the second.
  const std::string first = "La Société ", second = "Générale ouvre à Zürich.";
  const auto sg = mention(produce::EntityType::company, 3, 3 + 20, "Société Générale");
  REQUIRE(first.size() + 10 == sg.end);
  const std::string page = render({{"a", {{first, {sg}}, {second, {}}}}, {"vide", {}}, {"b", {{"rien", {}}}}});
  const auto bodies = text_bodies(page);
  REQUIRE(bodies.size() == 3);
  CHECK(shown_text(bodies[0]) == first + second);
  CHECK(bodies[0].find(">Société Générale</mark> ouvre à Zürich.") != std::string::npos);
  CHECK(bodies[1].empty());  // shown as "(empty document)" by the CSS
  CHECK(page.find(":empty::before{content:\"(empty document)\"") != std::string::npos);
  CHECK(bodies[2] == "rien");
  CHECK(page.find("<p class=\"counts\">0 mentions</p>") != std::string::npos);
  CHECK(page.find("3 documents, 1 mention.") != std::string::npos);
}

TEST_CASE("html: invalid UTF-8 and NUL are shown as U+FFFD", "[output][html]") {
  std::string out;
  output::append_html_escaped(out, std::string("a\xFF" "b\0c", 5));
  CHECK(out == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
}
