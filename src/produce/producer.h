// The one interface every source of mentions implements: gazetteer names and patterns, each
// context rule, the money grammar. A producer reads the analysed document and appends
// candidates; the resolver then decides between all of them.
//
// To add a producer: implement Producer, register its name (or names) in the constructor with
// the ProducerRegistry it is given, and add it to the list in pipeline/extractor.cpp, where its
// place sets what it may read (the candidates of the producers before it).
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "produce/candidate.h"
#include "tokens/text.h"

namespace gazette::produce {

// How producers rank against each other when their candidates have the same span and type:
// a curated list is surer than a pattern, a pattern than a context rule.
// A near spelling of a listed name (extract --fuzzy) is surer than a context rule's guess, which
// has no entry to name, and less sure than any exact match.
enum class Precedence : int { model = 10, context = 20, fuzzy = 25, pattern = 30, gazetteer = 40, grammar = 40 };

struct ProducerInfo {
  std::string name;  // the records' "source": "gazetteer", "context:trigger_noun", "grammar"
  Precedence precedence;
  bool scored = false;  // its candidates carry a score worth a record's "score" field
};

// The names and precedences of one pipeline's producers, indexed by ProducerId.
class ProducerRegistry {
 public:
  ProducerId add(std::string name, Precedence precedence, bool scored = false) {
    producers_.push_back({std::move(name), precedence, scored});
    return static_cast<ProducerId>(producers_.size() - 1);
  }
  const ProducerInfo& operator[](ProducerId id) const { return producers_[id]; }
  std::size_t size() const { return producers_.size(); }
  // The id of the producer called `name`, or false.
  bool find(std::string_view name, ProducerId& out) const {
    for (std::size_t i = 0; i < producers_.size(); ++i)
      if (producers_[i].name == name) {
        out = static_cast<ProducerId>(i);
        return true;
      }
    return false;
  }

 private:
  std::vector<ProducerInfo> producers_;
};

class Producer {
 public:
  virtual ~Producer() = default;
  // The types its candidates may have: a run that wants none of them skips the producer.
  virtual TypeSet types() const = 0;
  // Appends candidates for `text`. Thread-safe: called for many documents at once.
  virtual void produce(const tokens::Text& text, CandidateSet& candidates) const = 0;
};

}  // namespace gazette::produce
