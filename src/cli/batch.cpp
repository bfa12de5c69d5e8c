#include "cli/batch.h"

#include <atomic>
#include <cstdio>
#include <thread>
#include <vector>

namespace gazette::cli {
namespace {

// Documents per worker per batch: big enough to keep workers busy, small enough to bound memory.
constexpr std::size_t kItemsPerWorker = 32;

void emit(WorkItem& item, BatchTotals& totals, const std::function<void(WorkItem&)>& deliver) {
  if (!item.message.empty()) std::fprintf(stderr, "gazette: %s\n", item.message.c_str());
  if (item.is_error) ++totals.errors;
  if (item.document) ++totals.documents;
  totals.found += item.mentions.size();
  deliver(item);
}

}  // namespace

BatchTotals run_batches(const std::function<bool(WorkItem&)>& next,
                        const std::function<void(WorkItem&, std::size_t worker)>& work,
                        const std::function<void(WorkItem&)>& deliver, unsigned threads) {
  BatchTotals totals;
  if (threads <= 1) {
    while (true) {
      WorkItem item;
      if (!next(item)) break;
      if (item.document || item.raw_line) work(item, 0);
      emit(item, totals, deliver);
    }
    return totals;
  }
  std::vector<WorkItem> batch;
  const std::size_t batch_size = kItemsPerWorker * threads;
  bool more = true;
  while (more) {
    batch.clear();
    while (batch.size() < batch_size) {
      WorkItem item;
      if (!next(item)) {
        more = false;
        break;
      }
      batch.push_back(std::move(item));
    }
    std::atomic<std::size_t> cursor{0};
    const auto worker = [&](std::size_t id) {
      for (std::size_t i; (i = cursor.fetch_add(1)) < batch.size();)
        if (batch[i].document || batch[i].raw_line) work(batch[i], id);
    };
    std::vector<std::thread> pool;
    const std::size_t helpers = std::min<std::size_t>(threads, batch.size());
    for (std::size_t t = 1; t < helpers; ++t) pool.emplace_back(worker, t);
    worker(0);
    for (std::thread& t : pool) t.join();
    for (WorkItem& item : batch) emit(item, totals, deliver);
  }
  return totals;
}

}  // namespace gazette::cli
