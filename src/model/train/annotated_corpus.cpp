#include "model/train/annotated_corpus.h"

#include "input/json.h"
#include "input/reader.h"

namespace gazette::model::train {
namespace {

bool read_text(const std::string& path, std::string& out, std::string& error) {
  input::ReadResult read = input::read_document(path, input::ReadOptions{});
  if (read.status != input::ReadStatus::ok) {
    error = read.message.empty() ? path + ": cannot read" : read.message;
    return false;
  }
  out = std::move(read.document.bytes);
  return true;
}

template <typename F>
void each_line(const std::string& text, F&& f) {
  for (std::size_t pos = 0; pos < text.size();) {
    std::size_t eol = text.find('\n', pos);
    if (eol == std::string::npos) eol = text.size();
    f(std::string_view(text).substr(pos, eol - pos));
    pos = eol + 1;
  }
}

}  // namespace

bool read_org_types(const std::string& path, std::map<std::string, std::string>& out, std::string& error) {
  std::string text;
  if (!read_text(path, text, error)) return false;
  bool header = true;
  each_line(text, [&](std::string_view line) {
    if (header || line.empty()) {
      header = false;
      return;
    }
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return;
    const std::size_t tab2 = line.find('\t', tab + 1);
    out[std::string(line.substr(0, tab))] = std::string(line.substr(tab + 1, tab2 - tab - 1));
  });
  return true;
}

bool read_ids(const std::string& path, std::set<std::string>& out, std::string& error) {
  std::string text;
  if (!read_text(path, text, error)) return false;
  bool ok = true;
  each_line(text, [&](std::string_view line) {
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') return;
    if (line.front() != '{') {
      out.insert(std::string(line));
      return;
    }
    json::Value doc;
    json::ParseError bad;
    const json::Value* id = json::parse(line, doc, bad) ? doc.find("id") : nullptr;
    if (id && id->is_string())
      out.insert(id->as_string());
    else
      ok = false;
  });
  if (!ok) error = path + ": a line without a string \"id\"";
  return ok;
}

bool read_plain(const std::string& path, const std::set<std::string>& excluded, std::vector<AnnotatedDocument>& out,
                std::string& error) {
  std::string text;
  if (!read_text(path, text, error)) return false;
  bool ok = true;
  each_line(text, [&](std::string_view line) {
    if (!ok || line.empty()) return;
    json::Value doc;
    json::ParseError bad;
    const json::Value *id = nullptr, *body = nullptr;
    if (json::parse(line, doc, bad)) {
      id = doc.find("id");
      body = doc.find("text");
    }
    if (!id || !id->is_string() || !body || !body->is_string()) {
      error = path + ": a line without string \"id\" and \"text\"";
      ok = false;
      return;
    }
    if (!excluded.count(id->as_string())) out.push_back({id->as_string(), body->as_string(), {}});
  });
  return ok;
}

bool read_annotated(const std::string& path, const std::map<std::string, std::string>& org_types,
                    const std::set<std::string>& excluded, std::vector<AnnotatedDocument>& out, std::string& error) {
  std::string text;
  if (!read_text(path, text, error)) return false;
  std::size_t line_number = 0;
  bool ok = true;
  each_line(text, [&](std::string_view line) {
    ++line_number;
    if (!ok || line.empty()) return;
    json::Value doc;
    json::ParseError bad;
    const json::Value *id = nullptr, *body = nullptr, *spans = nullptr;
    if (json::parse(line, doc, bad)) {
      id = doc.find("id");
      body = doc.find("text");
      spans = doc.find("spans");
    }
    if (!id || !id->is_string() || !body || !body->is_string() || !spans || !spans->is_array()) {
      error = path + ":" + std::to_string(line_number) + ": expected {\"id\", \"text\", \"spans\"}";
      ok = false;
      return;
    }
    if (excluded.count(id->as_string())) return;
    AnnotatedDocument d;
    d.id = id->as_string();
    d.text = body->as_string();
    for (const json::Value& span : spans->items()) {
      const json::Value* label = span.find("label");
      const json::Value* surface = span.find("text");
      const json::Value* start = span.find("start");
      const json::Value* end = span.find("end");
      if (!label || !label->is_string() || !surface || !surface->is_string() || !start || !end) continue;
      GoldName g;
      g.start = static_cast<std::size_t>(start->as_number());
      g.end = static_cast<std::size_t>(end->as_number());
      // Gold files of the evaluation layout say COMPANY and LAB directly.
      std::string type = label->as_string();
      if (type == "Organization") {
        const auto it = org_types.find(surface->as_string());
        type = it == org_types.end() ? "OTHER" : it->second;
      }
      if (type == "COMPANY")
        g.type = Label::company;
      else if (type == "LAB")
        g.type = Label::lab;
      else if (type == "OPTIONAL")
        g.optional = true;
      else
        continue;
      if (const json::Value* optional = span.find("optional"); optional && optional->is_bool() && optional->as_bool())
        g.optional = true;
      d.names.push_back(g);
    }
    out.push_back(std::move(d));
  });
  return ok;
}

}  // namespace gazette::model::train
