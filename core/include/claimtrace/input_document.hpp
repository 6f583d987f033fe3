#pragma once

#include <string>

namespace claimtrace {

enum class InputFormat { auto_detect, text, html };

// One article as read from a file, stdin or a JSONL line, before extraction.
struct InputDocument {
  std::string path;        // file path, "-" for stdin, or "<jsonl file>:<line>"
  std::string text;        // UTF-8, validated by the reader
  std::string lang;        // "" or "auto" to detect; otherwise "ar", "en", ...
  std::string title;
  std::string url;
  std::string published;
  std::string external_id; // the JSONL "id"
  std::string metadata_json = "{}";
  InputFormat format = InputFormat::auto_detect;
};

}  // namespace claimtrace
