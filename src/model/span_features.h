// The features of one candidate span: what its words look like (surface features, the same at
// every mention) and where it stands (mention features: the words around it, sentence
// position, names the other producers found next to it).
#pragma once
#include "model/candidates.h"
#include "model/document_view.h"
#include "model/feature_hash.h"

namespace gazette::model {

void surface_features(const DocumentView& doc, const SpanCandidate& span, FeatureList& out);
void mention_features(const DocumentView& doc, const SpanCandidate& span, FeatureList& out);

}  // namespace gazette::model
