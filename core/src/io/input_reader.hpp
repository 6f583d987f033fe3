#pragma once
// Reads the inputs of `extract` and `ingest` one document at a time: files,
// directories (recursively; .txt, .md, .html, .htm), "-" for stdin, and JSONL
// files of articles. A bad input is an error value naming the file and the
// position (byte offset, JSONL line); reading goes on with the next one.

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/error.hpp"
#include "claimtrace/input_document.hpp"

namespace claimtrace::io {

struct ReaderOptions {
  bool lossy = false;         // replace invalid UTF-8 with U+FFFD (and say so) instead of failing
  std::string lang = "auto";  // language for every document, or "auto"
  InputFormat format = InputFormat::auto_detect;
  std::size_t max_bytes = std::size_t{1} << 30;  // refuse larger inputs
  // JSONL lines are handed out unparsed (InputItem::jsonl_line) for complete() to parse on
  // another thread: with one reading thread, parsing is otherwise done by that thread alone.
  bool defer_jsonl_parsing = false;
};

// A JSONL line read but not yet parsed (ReaderOptions::defer_jsonl_parsing).
struct JsonlLine {
  std::string text;
  std::filesystem::path file;
  std::uint64_t number = 0;  // 1-based line number in `file`
};

struct InputItem {
  std::optional<InputDocument> document;
  std::optional<Error> error;        // set when the input could not be read
  std::vector<std::string> notes;    // non-fatal remarks ("replaced 3 invalid UTF-8 sequences")
  std::uint64_t bytes = 0;           // size read, for progress
  std::optional<JsonlLine> jsonl_line;  // set until complete() parses it into document or error
};

// Parses an item's deferred JSONL line into its document or error; does nothing to an
// item without one. Safe to call on any thread (it touches only the item).
void complete(InputItem& item, const ReaderOptions& options);

// Validates and normalizes raw bytes into document text: strips a UTF-8 BOM,
// refuses empty input, NUL bytes and invalid UTF-8 (or repairs it when lossy). With
// `utf8_checked` (a JSON string, which the JSON parser has already validated) the UTF-8
// scan is skipped.
[[nodiscard]] Expected<std::string> prepare_text(std::string bytes, const std::string& origin, bool lossy,
                                                 std::vector<std::string>& notes, bool utf8_checked = false);

class InputReader {
 public:
  InputReader(std::vector<std::string> paths, std::vector<std::string> jsonl_files, ReaderOptions options);
  ~InputReader();
  InputReader(const InputReader&) = delete;
  InputReader& operator=(const InputReader&) = delete;

  // The next document or error; false when every input has been read.
  bool next(InputItem& item);

  // Total bytes of the file inputs, when known in advance (for progress ETA); 0 if unknown.
  [[nodiscard]] std::uint64_t expected_bytes() const noexcept { return m_expected_bytes; }

 private:
  struct Source {
    enum class Kind { file, directory, stdin_text, jsonl } kind;
    std::filesystem::path path;
  };
  bool next_from_directory(InputItem& item);
  bool next_from_jsonl(InputItem& item);
  void read_file(const std::filesystem::path& path, InputItem& item);

  std::vector<Source> m_sources;
  std::size_t m_next = 0;
  ReaderOptions m_options;
  std::uint64_t m_expected_bytes = 0;
  // The directory being walked.
  std::unique_ptr<std::filesystem::recursive_directory_iterator> m_dir;
  std::filesystem::path m_dir_root;
  // The JSONL file being read.
  std::unique_ptr<std::ifstream> m_jsonl;
  std::filesystem::path m_jsonl_path;
  std::uint64_t m_jsonl_line = 0;
};

// Is this a file extension the directory walk reads?
[[nodiscard]] bool is_text_extension(const std::filesystem::path& path);

}  // namespace claimtrace::io
