// `claimtrace ingest`: extract articles and store them, idempotently.

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <iostream>
#include <optional>

#include <spdlog/spdlog.h>

#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "cli/inputs.hpp"
#include "cli/pipeline.hpp"

namespace claimtrace::cli {
namespace {

struct Result {
  std::optional<Extraction> extraction;
  // A document read in sections: extracted by the writer, which stores each section as it
  // comes, so that its claims are never all in memory.
  std::optional<InputDocument> streamed;
  std::optional<Error> error;
  std::vector<std::string> notes;
  std::uint64_t bytes = 0;
};

// An ExtractionSink made of three functions (the writer's steps for one document).
class CallbackSink final : public ExtractionSink {
 public:
  CallbackSink(std::function<void(const DocumentRecord&)> begin, std::function<void(std::vector<Claim>&&)> claims,
               std::function<void(DocumentRecord&&)> end)
      : m_begin(std::move(begin)), m_claims(std::move(claims)), m_end(std::move(end)) {}
  void begin(const DocumentRecord& document) override { m_begin(document); }
  void claims(std::vector<Claim>&& section) override { m_claims(std::move(section)); }
  void end(DocumentRecord&& document) override { m_end(std::move(document)); }

 private:
  std::function<void(const DocumentRecord&)> m_begin;
  std::function<void(std::vector<Claim>&&)> m_claims;
  std::function<void(DocumentRecord&&)> m_end;
};

// "12 documents, 3.4 MB/s, ETA 0:42" on one line of stderr.
class Progress {
 public:
  Progress(bool enabled, std::uint64_t total_bytes) : m_enabled(enabled), m_total(total_bytes) {}
  void update(std::uint64_t documents, std::uint64_t bytes) {
    if (!m_enabled) {
      return;
    }
    const auto now = std::chrono::steady_clock::now();
    if (now - m_last < std::chrono::milliseconds(200)) {
      return;
    }
    m_last = now;
    const double seconds = std::chrono::duration<double>(now - m_start).count();
    const double mbps = seconds > 0 ? static_cast<double>(bytes) / 1e6 / seconds : 0.0;
    std::fprintf(stderr, "\r%llu documents, %.1f MB/s", static_cast<unsigned long long>(documents), mbps);
    if (m_total > bytes && mbps > 0) {
      const auto eta = static_cast<long long>(static_cast<double>(m_total - bytes) / 1e6 / mbps);
      std::fprintf(stderr, ", ETA %lld:%02lld", eta / 60, eta % 60);
    }
    std::fprintf(stderr, "   ");
    std::fflush(stderr);
    m_shown = true;
  }
  void done() {
    if (m_shown) {
      std::fprintf(stderr, "\r\x1b[K");
      std::fflush(stderr);
    }
  }

 private:
  bool m_enabled;
  std::uint64_t m_total;
  bool m_shown = false;
  std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
  std::chrono::steady_clock::time_point m_last{};
};

}  // namespace

int run_ingest(const std::vector<std::string>& argv) {
  std::vector<OptionSpec> options = {
      {"db", 0, true, "PATH", "the database (default: [store] path, claimtrace.db)"},
      {"batch", 0, true, "N", "documents per transaction (default: [store] batch_size)"},
  };
  for (OptionSpec& o : input_options()) {
    options.push_back(std::move(o));
  }
  const ArgParser parser("claimtrace ingest [OPTIONS] FILE|DIR|- ... [--jsonl FILE]",
                         "Extracts articles and stores documents, claims, chains and reasons in SQLite.\n"
                         "A text already stored (same SHA-256) is skipped. Documents are committed in batches:\n"
                         "an interrupted ingest keeps every batch it committed, and running it again completes it.",
                         options);
  auto args = parser.parse(argv);
  if (!args) {
    print_error(args.error().message);
    return k_exit_usage;
  }
  if (args->count("help") > 0) {
    std::cout << parser.help();
    return k_exit_ok;
  }
  if (args->positionals.empty() && args->all("jsonl").empty()) {
    print_error("no input: give files, directories, '-' for stdin, or --jsonl FILE");
    return k_exit_usage;
  }
  auto app = App::create(*args);
  if (!app) {
    print_error(app.error().message);
    return k_exit_usage;
  }
  auto reader_opts = reader_options(*args, *app);
  auto jobs = jobs_option(*args, *app);
  if (!reader_opts || !jobs) {
    print_error(!reader_opts ? reader_opts.error().message : jobs.error().message);
    return k_exit_usage;
  }
  long long batch_size = app->config().batch_size;
  if (const auto b = args->get("batch")) {
    auto v = parse_integer("batch", *b);
    if (!v || *v == 0) {
      print_error(v ? "--batch must be at least 1" : v.error().message);
      return k_exit_usage;
    }
    batch_size = *v;
  }
  auto extractor = app->extractor();
  if (!extractor) {
    print_error(extractor.error().message);
    return k_exit_usage;
  }
  const Extractor& ex = **extractor;
  auto store = app->open_store(*args, Store::Mode::read_write);
  if (!store) {
    print_error(store.error().message);
    return k_exit_usage;
  }
  if (auto r = store->upsert_entities(ex.entities()); !r) {
    print_error(r.error().message);
    return k_exit_usage;
  }
  // JSON lines are parsed by the extraction workers: the reading thread is also the writer's.
  reader_opts->defer_jsonl_parsing = true;
  io::InputReader reader(args->positionals, args->all("jsonl"), *reader_opts);
  install_stop_handlers();

  std::uint64_t added = 0;
  std::uint64_t skipped = 0;
  std::uint64_t failed = 0;
  std::uint64_t claims = 0;
  std::uint64_t bytes = 0;
  std::uint64_t in_batch = 0;
  std::uint64_t committed = 0;
  std::uint64_t claims_in_batch = 0;
  // A batch also ends when it has held the write lock for a fifth of the busy timeout: a second
  // ingest into the same database waits for the lock, and sees this one commit well before its
  // busy timeout runs out (see store::begin_immediate).
  const auto batch_time_limit = std::chrono::milliseconds(std::max(app->config().busy_timeout_ms / 5, 50));
  std::chrono::steady_clock::time_point batch_started;
  bool fatal = false;
  std::string fatal_message;
  const auto start = std::chrono::steady_clock::now();
  Progress progress(!app->quiet() && stderr_is_tty(), reader.expected_bytes());

  auto commit = [&]() -> bool {
    if (!store->in_transaction()) {
      return true;
    }
    if (auto r = store->commit(); !r) {
      fatal = true;
      fatal_message = r.error().message;
      store->rollback();
      return false;
    }
    committed += in_batch;
    claims += claims_in_batch;
    in_batch = 0;
    claims_in_batch = 0;
    return true;
  };

  // The writer's steps for one document, whole or section by section.
  struct Current {
    bool storing = false;  // begin_document succeeded and nothing failed since
    std::string path;
    std::string sha256;
    std::int64_t id = 0;
    std::uint64_t claims = 0;
  } current;
  auto store_failed = [&](const Error& error) {
    // Another ingest may have stored the same text since the lookup (the document's row is
    // its first statement, so nothing else was written).
    if (auto again = store->find_document(current.sha256); again && *again) {
      ++skipped;
      spdlog::info("{}: stored meanwhile by another process as document {}; skipped", current.path, **again);
      return;
    }
    // The document could not be stored: the batch so far is still good, this one is reported.
    print_error(current.path + ": " + error.message);
    ++failed;
    if (error.kind == ErrorKind::database) {
      fatal = true;
      fatal_message = error.message;
    }
  };
  auto store_begin = [&](const DocumentRecord& document) {
    current = Current{};
    current.path = document.path;
    current.sha256 = document.sha256;
    if (fatal) {
      return;
    }
    auto existing = store->find_document(document.sha256);
    if (!existing) {
      fatal = true;
      fatal_message = existing.error().message;
      return;
    }
    if (*existing) {
      ++skipped;
      spdlog::info("{}: already stored as document {}; skipped", document.path, **existing);
      return;
    }
    if (!store->in_transaction()) {
      if (auto b = store->begin(); !b) {
        fatal = true;
        fatal_message = b.error().message;
        return;
      }
      batch_started = std::chrono::steady_clock::now();
    }
    auto id = store->begin_document(document);
    if (!id) {
      store_failed(id.error());
      return;
    }
    current.storing = true;
    current.id = *id;
  };
  auto store_claims = [&](std::vector<Claim>&& section) {
    if (!current.storing) {
      return;
    }
    if (auto r = store->add_claims(section); !r) {
      current.storing = false;
      store_failed(r.error());
      return;
    }
    current.claims += section.size();
  };
  auto store_end = [&](DocumentRecord&& /*document*/) {
    if (!current.storing) {
      return;
    }
    current.storing = false;
    if (auto r = store->end_document(); !r) {
      store_failed(r.error());
      return;
    }
    ++added;
    ++in_batch;
    claims_in_batch += current.claims;
    spdlog::info("{}: stored as document {} ({} claims)", current.path, current.id, current.claims);
    if (static_cast<long long>(in_batch) >= batch_size) {
      commit();
    }
  };

  run_ordered<io::InputItem, Result>(
      [&](io::InputItem& item) { return !fatal && reader.next(item); },
      [&](io::InputItem& item) {
        io::complete(item, *reader_opts);
        Result r;
        r.notes = std::move(item.notes);
        r.bytes = item.bytes;
        if (item.error) {
          r.error = item.error;
        } else if (item.document->text.size() > ex.section_bytes()) {
          r.streamed = std::move(item.document);
        } else {
          r.extraction = ex.extract(std::move(*item.document));
        }
        return r;
      },
      [&](Result& r) {
        bytes += r.bytes;
        for (const std::string& note : r.notes) {
          print_warning(note);
        }
        if (fatal) {
          return;
        }
        if (r.error) {
          print_error(r.error->message);
          ++failed;
          return;
        }
        if (r.streamed) {
          CallbackSink sink(store_begin, store_claims, store_end);
          ex.extract(std::move(*r.streamed), sink);
        } else {
          store_begin(r.extraction->document);
          store_claims(std::move(r.extraction->claims));
          store_end(std::move(r.extraction->document));
        }
        // After every document, stored or skipped: two ingests of the same inputs leapfrog,
        // each skipping a run of what the other stored, and the lock must not be held across it.
        if (store->in_transaction() && std::chrono::steady_clock::now() - batch_started >= batch_time_limit) {
          commit();
        }
        progress.update(added + skipped + failed, bytes);
      },
      // The one writer pauses at every commit (full-text index, WAL write): 32 results per
      // worker in flight keep the extraction going meanwhile (--jobs 2: 3.2 s -> 2.6 s on the
      // 20 MB bench, for under 1 MB more memory).
      *jobs, stop_requested(), 32);
  if (!fatal) {
    commit();
  } else {
    store->rollback();
  }
  progress.done();
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (fatal) {
    print_error(fatal_message + " (the last " + std::to_string(in_batch) +
                " documents were not stored; everything committed before is intact)");
  }
  if (stop_requested().load()) {
    print_warning("interrupted: stopped at a document boundary after " + std::to_string(added + skipped + failed) +
                  " documents; " + std::to_string(committed) + " new documents are committed");
  }
  if (!app->quiet()) {
    // `committed`, not `added`: after a database error the last batch was rolled back.
    std::fprintf(stderr, "ingested %llu new, %llu skipped (already stored), %llu failed; %llu claims; %.2f s; %s\n",
                 static_cast<unsigned long long>(committed), static_cast<unsigned long long>(skipped),
                 static_cast<unsigned long long>(failed), static_cast<unsigned long long>(claims), seconds,
                 app->db_path(*args).string().c_str());
  }
  if (fatal) {
    return k_exit_some_failed;
  }
  return (failed > 0 || stop_requested().load()) ? k_exit_some_failed : k_exit_ok;
}

}  // namespace claimtrace::cli
