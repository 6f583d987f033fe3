// libFuzzer target: the input bytes through every reader that sees raw input before the
// extractor does, each checked against what its header promises:
//  - find_invalid_utf8 and prepare_text (strict and lossy) agree with an independent UTF-8
//    decoder (code_points.hpp);
//  - CodePointIndex converts between code points and bytes as that decoder does;
//  - the bytes as a JSONL file through io::InputReader: one item per non-blank line, each a
//    document or an error, documents hold valid UTF-8 and their metadata is a JSON object;
//  - the prepared text as HTML: read_html's source ranges are non-empty, increasing and
//    inside the text, and cp_base shifts them; html_layout keeps every code point's
//    position, with each visible character at the first position of its range.

#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "check.hpp"
#include "code_points.hpp"
#include "io/input_reader.hpp"
#include "text/html_text.hpp"
#include "text/utf8.hpp"

namespace {

namespace fs = std::filesystem;
using claimtrace::fuzz::CodePoints;
using claimtrace::fuzz::fail;
using claimtrace::fuzz::require;

// The JSONL reader reads files, so each input is written to one file per process, removed
// when the process ends normally (a crash leaves it in the temp directory, with the input).
class ScratchFile {
 public:
  ScratchFile() {
    std::string name = (fs::temp_directory_path() / "claimtrace-fuzz-XXXXXX.jsonl").string();
    const int fd = ::mkstemps(name.data(), 6);
    if (fd < 0) {
      fail("cannot create a scratch file in " + fs::temp_directory_path().string());
    }
    ::close(fd);
    m_path = name;
  }
  ~ScratchFile() {
    std::error_code ignored;
    fs::remove(m_path, ignored);
  }
  ScratchFile(const ScratchFile&) = delete;
  ScratchFile& operator=(const ScratchFile&) = delete;

  const fs::path& write(std::string_view bytes) const {
    std::ofstream out(m_path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    if (!out.flush()) {
      fail("cannot write the scratch file " + m_path.string());
    }
    return m_path;
  }

 private:
  fs::path m_path;
};

bool is_blank(std::string_view s, std::string_view blanks) {
  return s.find_first_not_of(blanks) == std::string_view::npos;
}

void check_utf8_validation(std::string_view bytes) {
  const std::optional<std::size_t> bad = claimtrace::text::find_invalid_utf8(bytes);
  const bool valid = CodePoints::decode(bytes).has_value();
  require(bad.has_value() != valid, [&] {
    return std::string("find_invalid_utf8 says ") + (bad ? "invalid" : "valid") +
           ", the decoder the opposite";
  });
  if (bad) {
    // The first invalid sequence starts at *bad: everything before it is valid.
    require(*bad < bytes.size() && CodePoints::decode(bytes.substr(0, *bad)).has_value(), [&] {
      return "find_invalid_utf8 reports offset " + std::to_string(*bad) +
             " but the bytes before it are not valid";
    });
  }
}

void check_code_point_index(const CodePoints& text, std::string_view bytes) {
  const claimtrace::text::CodePointIndex index(bytes);
  require(index.size() == text.size(), [&] {
    return "CodePointIndex counts " + std::to_string(index.size()) + " code points, not " +
           std::to_string(text.size());
  });
  require(claimtrace::text::count_code_points(bytes) == text.size(),
          [&] { return std::string("count_code_points disagrees with the decoder"); });
  for (std::size_t i = 0; i <= text.size(); ++i) {
    require(
        index.byte_offset(i) == text.byte_offset(i) && index.cp_offset(text.byte_offset(i)) == i,
        [&] { return "CodePointIndex maps code point " + std::to_string(i) + " wrongly"; });
  }
  require(index.slice(0, text.size()) == bytes,
          [&] { return std::string("CodePointIndex::slice of the whole text differs"); });
}

// prepare_text's contract (input_reader.hpp), decided here from the bytes alone.
// Returns the text the readers will see: the lossy preparation, when it succeeds.
std::optional<std::string> check_prepare_text(const std::string& bytes) {
  std::string_view body = bytes;
  if (body.starts_with("\xEF\xBB\xBF")) {
    body.remove_prefix(3);
  }
  const bool refused_anyway = is_blank(body, " \t\r\n") || body.find('\0') != std::string::npos;
  const bool valid = CodePoints::decode(body).has_value();
  std::vector<std::string> notes;
  const auto strict = claimtrace::io::prepare_text(bytes, "fuzz-input", false, notes);
  require(strict.has_value() == (!refused_anyway && valid), [&] {
    return std::string("prepare_text (strict) ") + (strict ? "accepted" : "refused") + " the input";
  });
  if (strict) {
    require(*strict == body, [&] { return std::string("prepare_text changed valid text"); });
  }
  const auto lossy = claimtrace::io::prepare_text(bytes, "fuzz-input", true, notes);
  require(lossy.has_value() == !refused_anyway, [&] {
    return std::string("prepare_text (lossy) ") + (lossy ? "accepted" : "refused") + " the input";
  });
  if (!lossy) {
    return std::nullopt;
  }
  require(CodePoints::decode(*lossy).has_value(),
          [&] { return std::string("prepare_text (lossy) returned invalid UTF-8"); });
  require(!strict || *lossy == *strict,
          [&] { return std::string("prepare_text (lossy) changed valid text"); });
  return *lossy;
}

void check_jsonl(std::string_view bytes) {
  static const ScratchFile file;
  const fs::path& path = file.write(bytes);
  // std::getline's lines; a line of spaces, tabs and CRs is skipped.
  std::size_t expected_items = 0;
  for (std::size_t begin = 0; begin < bytes.size();) {
    std::size_t end = bytes.find('\n', begin);
    if (end == std::string_view::npos) {
      end = bytes.size();
    }
    expected_items += is_blank(bytes.substr(begin, end - begin), " \t\r") ? 0 : 1;
    begin = end + 1;
  }
  claimtrace::io::InputReader reader({}, {path.string()}, claimtrace::io::ReaderOptions{});
  claimtrace::io::InputItem item;
  std::size_t items = 0;
  while (reader.next(item)) {
    ++items;
    require(item.document.has_value() != item.error.has_value(), [&] {
      return "JSONL item " + std::to_string(items) + " is not exactly one of document or error";
    });
    if (!item.document) {
      continue;
    }
    const claimtrace::InputDocument& doc = *item.document;
    require(
        !is_blank(doc.text, " \t\r\n") && doc.text.find('\0') == std::string::npos &&
            CodePoints::decode(doc.text).has_value(),
        [&] { return "JSONL item " + std::to_string(items) + ": text the reader should refuse"; });
    const auto meta = nlohmann::json::parse(doc.metadata_json, nullptr, false);
    require(meta.is_object() && meta.contains("source_line") && meta.contains("source_file"), [&] {
      return "JSONL item " + std::to_string(items) + ": metadata is not an object with the source";
    });
  }
  require(items == expected_items, [&] {
    return "the JSONL reader gave " + std::to_string(items) + " items for " +
           std::to_string(expected_items) + " non-blank lines";
  });
}

void check_html(const std::string& html) {
  const auto text = CodePoints::decode(html);
  require(text.has_value(), [] { return std::string("check_html needs valid UTF-8"); });
  check_code_point_index(*text, html);
  (void)claimtrace::text::looks_like_html(html);

  const std::vector<claimtrace::text::SourceChar> chars = claimtrace::text::read_html(html);
  std::uint32_t previous_end = 0;
  for (std::size_t i = 0; i < chars.size(); ++i) {
    const claimtrace::text::SourceChar& c = chars[i];
    require(c.begin < c.end && c.begin >= previous_end && c.end <= text->size(), [&] {
      return "read_html: character " + std::to_string(i) + " has range [" +
             std::to_string(c.begin) + ", " + std::to_string(c.end) + ") after " +
             std::to_string(previous_end) + " in " + std::to_string(text->size()) + " code points";
    });
    require(c.cp <= 0x10FFFF && (c.cp < 0xD800 || c.cp > 0xDFFF), [&] {
      return "read_html: character " + std::to_string(i) + " is not a Unicode scalar value";
    });
    // One code point of the source can only be itself (a reference or a tag is longer).
    require(c.end - c.begin > 1 || c.cp == text->at(c.begin), [&] {
      return "read_html: character " + std::to_string(i) +
             " differs from its one source code point";
    });
    previous_end = c.end;
  }

  // Offsets of a later chunk: the same characters, shifted by cp_base.
  constexpr std::uint32_t k_base = 1000;
  const std::vector<claimtrace::text::SourceChar> shifted =
      claimtrace::text::read_html(html, k_base);
  require(shifted.size() == chars.size(),
          [] { return std::string("read_html: cp_base changed the characters"); });
  for (std::size_t i = 0; i < chars.size(); ++i) {
    require(shifted[i].cp == chars[i].cp && shifted[i].begin == chars[i].begin + k_base &&
                shifted[i].end == chars[i].end + k_base,
            [&] { return "read_html: cp_base did not shift character " + std::to_string(i); });
  }

  const std::string layout = claimtrace::text::html_layout(html);
  const auto laid_out = CodePoints::decode(layout);
  require(laid_out.has_value(), [] { return std::string("html_layout returned invalid UTF-8"); });
  require(laid_out->size() == text->size(), [&] {
    return "html_layout has " + std::to_string(laid_out->size()) + " code points, the HTML " +
           std::to_string(text->size());
  });
  std::vector<char32_t> expected(text->size(), U' ');
  for (const claimtrace::text::SourceChar& c : chars) {
    expected[c.begin] = c.cp;
  }
  for (std::size_t i = 0; i < expected.size(); ++i) {
    require(laid_out->at(i) == expected[i], [&] {
      return "html_layout: code point " + std::to_string(i) + " is not where read_html put it";
    });
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  check_utf8_validation(bytes);
  check_jsonl(bytes);
  if (const std::optional<std::string> text = check_prepare_text(bytes)) {
    check_html(*text);
  }
  return 0;
}
