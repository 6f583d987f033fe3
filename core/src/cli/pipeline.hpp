#pragma once
// Runs the extraction of a stream of inputs on N threads and hands the
// results to one consumer in input order, with a bounded number in flight so
// memory does not grow with the input.

#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <mutex>
#include <thread>
#include <vector>

namespace claimtrace::cli {

// `next(item)` reads the next input (false at the end or when `stop` is set);
// `work(item)` runs on a worker thread; `sink(result)` runs on the calling
// thread, in input order. At most `in_flight_per_job` items per worker are read
// ahead and not yet sunk.
template <class Item, class Result>
void run_ordered(const std::function<bool(Item&)>& next, const std::function<Result(Item&)>& work,
                 const std::function<void(Result&)>& sink, unsigned jobs, const std::atomic<bool>& stop,
                 std::size_t in_flight_per_job = 4) {
  if (jobs <= 1) {
    Item item;
    while (!stop.load() && next(item)) {
      Result r = work(item);
      sink(r);
    }
    return;
  }
  std::mutex m;
  std::condition_variable cv;
  std::deque<std::pair<std::size_t, Item>> inbox;
  std::map<std::size_t, Result> done;
  bool input_done = false;
  const std::size_t capacity = static_cast<std::size_t>(jobs) * in_flight_per_job;

  std::vector<std::thread> workers;
  workers.reserve(jobs);
  for (unsigned w = 0; w < jobs; ++w) {
    workers.emplace_back([&] {
      while (true) {
        std::unique_lock lock(m);
        cv.wait(lock, [&] { return !inbox.empty() || input_done; });
        if (inbox.empty()) {
          return;
        }
        auto [seq, item] = std::move(inbox.front());
        inbox.pop_front();
        lock.unlock();
        cv.notify_all();
        Result r = work(item);
        lock.lock();
        done.emplace(seq, std::move(r));
        lock.unlock();
        cv.notify_all();
      }
    });
  }

  std::size_t next_in = 0;
  std::size_t next_out = 0;
  std::unique_lock lock(m);
  while (true) {
    // Hand finished results to the sink in order.
    while (true) {
      const auto it = done.find(next_out);
      if (it == done.end()) {
        break;
      }
      Result r = std::move(it->second);
      done.erase(it);
      lock.unlock();
      sink(r);
      lock.lock();
      ++next_out;
    }
    if (!input_done && next_in - next_out < capacity) {
      lock.unlock();
      Item item;
      const bool more = !stop.load() && next(item);
      lock.lock();
      if (more) {
        inbox.emplace_back(next_in++, std::move(item));
      } else {
        input_done = true;
      }
      cv.notify_all();
      continue;
    }
    if (input_done && next_out == next_in) {
      break;
    }
    cv.wait(lock, [&] { return done.count(next_out) > 0 || (!input_done && next_in - next_out < capacity); });
  }
  lock.unlock();
  cv.notify_all();
  for (std::thread& t : workers) {
    t.join();
  }
}

}  // namespace claimtrace::cli
