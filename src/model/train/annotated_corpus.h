// Training articles: WiNER-fr's French Wikinews articles with their named-entity spans, the
// Organization spans typed by the project's guidelines (winer-org-types.tsv). Persons, places,
// products and events are negatives; OPTIONAL organisations (media cited as a source, agencies)
// are neither rewarded nor penalised.
#pragma once
#include <cstddef>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "model/model_types.h"

namespace gazette::model::train {

struct GoldName {
  std::size_t start = 0, end = 0;  // code points
  Label type = Label::none;
  bool optional = false;
};

struct AnnotatedDocument {
  std::string id;
  std::string text;
  std::vector<GoldName> names;  // the COMPANY, LAB and OPTIONAL organisations only
};

// surface -> "COMPANY", "LAB", "OPTIONAL", "OTHER" or "NOTORG"; false with a reason on error.
bool read_org_types(const std::string& path, std::map<std::string, std::string>& out, std::string& error);

// Reads a WiNER-style JSONL file, leaving out the documents whose id is in `excluded`.
bool read_annotated(const std::string& path, const std::map<std::string, std::string>& org_types,
                    const std::set<std::string>& excluded, std::vector<AnnotatedDocument>& out, std::string& error);

// Reads plain {"id", "text"} documents (corpus dumps), leaving out the `excluded` ids.
bool read_plain(const std::string& path, const std::set<std::string>& excluded, std::vector<AnnotatedDocument>& out,
                std::string& error);

// Reads document ids: one a line (ids.txt), or the "id" of each line of a JSONL file.
bool read_ids(const std::string& path, std::set<std::string>& out, std::string& error);

}  // namespace gazette::model::train
