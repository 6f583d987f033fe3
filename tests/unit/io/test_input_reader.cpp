#include "catch.hpp"

#include <filesystem>
#include <fstream>

#include "io/input_reader.hpp"

namespace fs = std::filesystem;
using namespace claimtrace;

TEST_CASE("prepare_text: BOM removed, empty, NUL and invalid UTF-8 refused with offsets", "[io]") {
  std::vector<std::string> notes;
  auto bom = io::prepare_text("\xEF\xBB\xBFhello", "a.txt", false, notes);
  REQUIRE(bom);
  CHECK(*bom == "hello");
  CHECK(notes.back() == "a.txt: UTF-8 byte order mark removed");
  auto empty = io::prepare_text(" \n\t", "e.txt", false, notes);
  REQUIRE_FALSE(empty);
  CHECK(empty.error().message == "e.txt: empty input (no text to read)");
  auto nul = io::prepare_text(std::string("ab\0cd", 5), "n.txt", false, notes);
  REQUIRE_FALSE(nul);
  CHECK(nul.error().message == "n.txt: NUL byte at byte offset 2 (a binary file, or UTF-16 text?)");
  auto bad = io::prepare_text("abc\xC3", "b.txt", false, notes);
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message == "b.txt: invalid UTF-8 at byte offset 3 (use --lossy to replace invalid bytes with U+FFFD)");
  notes.clear();
  auto lossy = io::prepare_text("abc\xC3", "b.txt", true, notes);
  REQUIRE(lossy);
  CHECK(*lossy == "abc\xEF\xBF\xBD");
  CHECK(notes.size() == 1);
}

TEST_CASE("InputReader walks directories, reads JSONL with line numbers, goes on past errors", "[io]") {
  const fs::path dir = fs::temp_directory_path() / ("claimtrace-io-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  std::ofstream(dir / "a.txt") << "Police said the road was closed.";
  std::ofstream(dir / "sub" / "b.html") << "<p>The mayor said it reopened.</p>";
  std::ofstream(dir / "skip.png") << "binary";
  std::ofstream(dir / "empty.md") << "";
  // A symlink loop is not followed.
  std::error_code ec;
  fs::create_directory_symlink(dir, dir / "sub" / "loop", ec);
  std::ofstream(dir / "in.jsonl") << "{\"id\": \"x\", \"text\": \"One.\", \"extra\": 5}\n{broken\n\n{\"id\": \"y\"}\n";

  io::InputReader reader({dir.string()}, {(dir / "in.jsonl").string()}, {});
  std::vector<std::string> docs;
  std::vector<std::string> errors;
  io::InputItem item;
  while (reader.next(item)) {
    if (item.document) {
      docs.push_back(fs::path(item.document->path).filename().string());
    }
    if (item.error) {
      errors.push_back(item.error->message);
    }
  }
  std::sort(docs.begin(), docs.end());
  CHECK(docs == std::vector<std::string>{"a.txt", "b.html", "x"});
  REQUIRE(errors.size() == 3);
  CHECK(std::any_of(errors.begin(), errors.end(), [](const std::string& e) { return e.find("empty.md: empty input") != std::string::npos; }));
  CHECK(std::any_of(errors.begin(), errors.end(), [](const std::string& e) { return e.find("in.jsonl:2: malformed JSON") != std::string::npos; }));
  CHECK(std::any_of(errors.begin(), errors.end(), [](const std::string& e) { return e.find("in.jsonl:4: missing string field \"text\"") != std::string::npos; }));
  fs::remove_all(dir);
}

TEST_CASE("InputReader with deferred JSONL parsing: complete() gives what the reader would have", "[io]") {
  const fs::path dir = fs::temp_directory_path() / ("claimtrace-io-defer-test-" + std::to_string(::getpid()));
  fs::remove_all(dir);
  fs::create_directories(dir);
  const fs::path jsonl = dir / "in.jsonl";
  std::ofstream(jsonl) << "{\"id\": \"x\", \"text\": \"One.\", \"lang\": \"en\", \"extra\": 5}\n{broken\n\n"
                       << "{\"text\": \"\xEF\xBB\xBFTwo.\"}\n";
  auto read_all = [&](bool defer) {
    io::ReaderOptions options;
    options.lossy = true;
    options.defer_jsonl_parsing = defer;
    io::InputReader reader({}, {jsonl.string()}, options);
    std::vector<io::InputItem> items;
    io::InputItem item;
    while (reader.next(item)) {
      CHECK(item.jsonl_line.has_value() == defer);
      CHECK_FALSE((item.document.has_value() && defer));
      io::complete(item, options);
      CHECK_FALSE(item.jsonl_line);
      items.push_back(std::move(item));
    }
    return items;
  };
  const auto now = read_all(false);
  const auto later = read_all(true);
  REQUIRE(now.size() == 3);
  REQUIRE(now[2].document);
  REQUIRE(later.size() == now.size());
  for (std::size_t i = 0; i < now.size(); ++i) {
    CHECK(now[i].bytes == later[i].bytes);
    CHECK(now[i].notes == later[i].notes);
    REQUIRE(now[i].error.has_value() == later[i].error.has_value());
    if (now[i].error) {
      CHECK(now[i].error->message == later[i].error->message);
    }
    REQUIRE(now[i].document.has_value() == later[i].document.has_value());
    if (now[i].document) {
      CHECK(now[i].document->path == later[i].document->path);
      CHECK(now[i].document->text == later[i].document->text);
      CHECK(now[i].document->lang == later[i].document->lang);
      CHECK(now[i].document->metadata_json == later[i].document->metadata_json);
    }
  }
  CHECK(later[0].document->metadata_json.find("\"source_line\":1") != std::string::npos);
  CHECK(later[1].error->message.find("in.jsonl:2: malformed JSON") != std::string::npos);
  CHECK(later[2].document->path.ends_with("in.jsonl:4"));
  CHECK(later[2].notes.size() == 1);  // the byte order mark removed, by the thread that completed it
  fs::remove_all(dir);
}
