// gazette-train --explain: how the model decides on each candidate of some documents, by kind
// of evidence, to see what a feature change does.
#pragma once
#include <string>

#include "match/person_names.h"
#include "model/model_file.h"

namespace gazette::model::train {

// For each {"id", "text"} document of `path`, the units whose company or lab probability is at
// least `min_score`, with each feature kind's share of the score.
bool explain(const std::string& path, const ModelData& model, const match::FirstNames* first_names, float min_score,
             std::string& out, std::string& error);

}  // namespace gazette::model::train
