// The word classes the context rules read, as features rather than decisions: a trigger noun
// before the name ("la start-up X"), a product noun ("la plateforme X"), a business verb after
// it ("X commercialise"), a lab's parent in brackets ("X (CNRS)"). A class generalises where
// a single word seen a few times in training does not.
#pragma once
#include "model/candidates.h"
#include "model/document_view.h"
#include "model/feature_hash.h"

namespace gazette::model {

void cue_features(const DocumentView& doc, const SpanCandidate& span, FeatureList& out);

}  // namespace gazette::model
