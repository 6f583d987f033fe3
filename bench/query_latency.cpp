// Latency of the two provenance queries scripts run most, on an existing database:
//   chain: Store::claim(id), what `claimtrace chain ID` prints (claim, hops, reasons)
//   root:  Store::claims({.root = R, .limit = 50}), the first page of `claimtrace claims --root R`
// The process start (plugin loading) is left out: it is measured separately, by timing
// the CLI itself. Prints one JSON object (milliseconds) for bench/run.py.
//
//   query_latency DB [SAMPLES]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "claimtrace/store.hpp"

namespace {

struct Stats {
  double median = 0;
  double p95 = 0;
  double max = 0;
};

Stats summarize(std::vector<double> ms) {
  std::sort(ms.begin(), ms.end());
  if (ms.empty()) {
    return {};
  }
  return {ms[ms.size() / 2], ms[std::min(ms.size() - 1, ms.size() * 95 / 100)], ms.back()};
}

template <typename F>
double time_ms(F&& f) {
  const auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: query_latency DB [SAMPLES]\n");
    return 2;
  }
  const int samples = argc > 2 ? std::atoi(argv[2]) : 1000;
  auto store = claimtrace::Store::open(argv[1], claimtrace::Store::Mode::read_only);
  if (!store) {
    std::fprintf(stderr, "query_latency: %s\n", store.error().message.c_str());
    return 1;
  }
  auto total = store->count_claims();
  if (!total || *total == 0) {
    std::fprintf(stderr, "query_latency: no claims in %s\n", argv[1]);
    return 1;
  }
  auto roots = store->sources(5);
  if (!roots || roots->empty()) {
    std::fprintf(stderr, "query_latency: no sources in %s\n", argv[1]);
    return 1;
  }

  std::mt19937_64 rng(42);
  std::uniform_int_distribution<std::int64_t> pick(1, *total);
  std::vector<double> chain_ms;
  std::size_t hops = 0;
  for (int i = 0; i < samples; ++i) {
    const std::int64_t id = pick(rng);
    chain_ms.push_back(time_ms([&] {
      auto c = store->claim(id);
      if (c && *c) {
        hops += (*c)->claim.chain.size();
      }
    }));
  }

  std::vector<double> root_ms;
  std::size_t rows = 0;
  for (int i = 0; i < samples / 10 + 1; ++i) {
    claimtrace::ClaimQuery q;
    q.root = (*roots)[static_cast<std::size_t>(i) % roots->size()].entity;
    q.limit = 50;
    root_ms.push_back(time_ms([&] {
      auto r = store->claims(q);
      if (r) {
        rows += r->size();
      }
    }));
  }

  const Stats c = summarize(chain_ms);
  const Stats r = summarize(root_ms);
  std::printf(
      "{\"claims\": %lld, \"chain_samples\": %zu, \"chain_median_ms\": %.4f, \"chain_p95_ms\": %.4f, "
      "\"chain_max_ms\": %.4f, \"hops_read\": %zu, \"root_samples\": %zu, \"root_median_ms\": %.4f, "
      "\"root_p95_ms\": %.4f, \"root_rows\": %zu}\n",
      static_cast<long long>(*total), chain_ms.size(), c.median, c.p95, c.max, hops, root_ms.size(), r.median,
      r.p95, rows);
  return 0;
}
