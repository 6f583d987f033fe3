#include "io/input_reader.hpp"

#include <algorithm>
#include <cstring>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string_view>
#include <system_error>

#include <nlohmann/json.hpp>

#include "text/utf8.hpp"

namespace claimtrace::io {
namespace fs = std::filesystem;

namespace {

std::string lower_ext(const fs::path& p) {
  std::string e = p.extension().string();
  for (char& c : e) {
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return e;
}

InputFormat format_for(const fs::path& p, InputFormat requested) {
  if (requested != InputFormat::auto_detect) {
    return requested;
  }
  const std::string e = lower_ext(p);
  if (e == ".html" || e == ".htm") {
    return InputFormat::html;
  }
  return InputFormat::auto_detect;
}

// nlohmann copies and writes nested values recursively, one stack frame per level, so a line
// of a million '[' would overflow the stack; no article needs more than a few levels.
constexpr std::size_t k_max_json_depth = 256;

// Deepest nesting of arrays and objects in a JSON line; brackets inside strings do not count.
std::size_t json_depth(std::string_view json) {
  std::size_t depth = 0;
  std::size_t deepest = 0;
  bool in_string = false;
  bool escaped = false;
  for (const char c : json) {
    if (in_string) {
      if (escaped) {
        escaped = false;
      } else if (c == '\\') {
        escaped = true;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      deepest = std::max(deepest, ++depth);
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return deepest;
}

std::string json_string(const nlohmann::json& j) {
  if (j.is_string()) {
    return j.get<std::string>();
  }
  if (j.is_null()) {
    return {};
  }
  return j.dump();
}

}  // namespace

bool is_text_extension(const fs::path& path) {
  const std::string e = lower_ext(path);
  return e == ".txt" || e == ".md" || e == ".html" || e == ".htm" || e == ".text";
}

Expected<std::string> prepare_text(std::string bytes, const std::string& origin, bool lossy,
                                   std::vector<std::string>& notes, bool utf8_checked) {
  if (bytes.size() >= 3 && static_cast<unsigned char>(bytes[0]) == 0xEF &&
      static_cast<unsigned char>(bytes[1]) == 0xBB && static_cast<unsigned char>(bytes[2]) == 0xBF) {
    bytes.erase(0, 3);
    notes.push_back(origin + ": UTF-8 byte order mark removed");
  }
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) {
    return make_error(ErrorKind::input, origin + ": empty input (no text to read)");
  }
  if (const std::size_t nul = bytes.find('\0'); nul != std::string::npos) {
    return make_error(ErrorKind::input, origin + ": NUL byte at byte offset " + std::to_string(nul) +
                                            " (a binary file, or UTF-16 text?)");
  }
  if (const auto bad = utf8_checked ? std::nullopt : text::find_invalid_utf8(bytes)) {
    if (!lossy) {
      return make_error(ErrorKind::input, origin + ": invalid UTF-8 at byte offset " + std::to_string(*bad) +
                                              " (use --lossy to replace invalid bytes with U+FFFD)");
    }
    std::size_t replaced = 0;
    bytes = text::make_valid_utf8(bytes, replaced);
    notes.push_back(origin + ": replaced " + std::to_string(replaced) +
                    " invalid UTF-8 sequence(s) with U+FFFD (first at byte offset " + std::to_string(*bad) + ")");
  }
  return bytes;
}

InputReader::InputReader(std::vector<std::string> paths, std::vector<std::string> jsonl_files,
                         ReaderOptions options)
    : m_options(std::move(options)) {
  for (const std::string& p : paths) {
    if (p == "-") {
      m_sources.push_back({Source::Kind::stdin_text, "-"});
      continue;
    }
    std::error_code ec;
    const fs::path path(p);
    if (fs::is_directory(path, ec)) {
      m_sources.push_back({Source::Kind::directory, path});
      for (auto it = fs::recursive_directory_iterator(path, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
        std::error_code ec2;
        if (it->is_regular_file(ec2) && is_text_extension(it->path())) {
          m_expected_bytes += it->file_size(ec2);
        }
      }
    } else {
      m_sources.push_back({Source::Kind::file, path});
      m_expected_bytes += fs::is_regular_file(path, ec) ? fs::file_size(path, ec) : 0;
    }
  }
  for (const std::string& j : jsonl_files) {
    m_sources.push_back({Source::Kind::jsonl, fs::path(j)});
    std::error_code ec;
    m_expected_bytes += fs::is_regular_file(j, ec) ? fs::file_size(j, ec) : 0;
  }
}

InputReader::~InputReader() = default;

void InputReader::read_file(const fs::path& path, InputItem& item) {
  const std::string origin = path.string();
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec || !fs::exists(status)) {
    item.error = Error{ErrorKind::input, origin + ": no such file"};
    return;
  }
  if (fs::is_directory(status)) {
    item.error = Error{ErrorKind::input, origin + ": is a directory"};
    return;
  }
  std::uintmax_t size = fs::is_regular_file(status) ? fs::file_size(path, ec) : 0;
  if (ec) {
    size = 0;  // unknown: read to the end
  }
  if (size > m_options.max_bytes) {
    item.error = Error{ErrorKind::input, origin + ": file of " + std::to_string(size) + " bytes is larger than the " +
                                             std::to_string(m_options.max_bytes) + "-byte limit"};
    return;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    item.error = Error{ErrorKind::input, origin + ": cannot open: " + std::strerror(errno)};
    return;
  }
  // Sized from the file's size and read in one go: growing a string as it is read would
  // hold up to twice a huge article at once.
  std::string bytes;
  bytes.resize(static_cast<std::size_t>(size));
  in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  bytes.resize(static_cast<std::size_t>(in.gcount()));
  if (in.bad()) {
    item.error = Error{ErrorKind::input, origin + ": read error"};
    return;
  }
  if (in.gcount() == static_cast<std::streamsize>(size)) {
    // The file grew while being read (a log being written): take the rest too.
    bytes.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  item.bytes = bytes.size();
  auto text = prepare_text(std::move(bytes), origin, m_options.lossy, item.notes);
  if (!text) {
    item.error = text.error();
    return;
  }
  InputDocument doc;
  doc.path = origin;
  doc.text = std::move(*text);
  doc.lang = m_options.lang;
  doc.format = format_for(path, m_options.format);
  item.document = std::move(doc);
}

bool InputReader::next_from_directory(InputItem& item) {
  std::error_code ec;
  while (*m_dir != fs::recursive_directory_iterator()) {
    const fs::directory_entry entry = **m_dir;
    m_dir->increment(ec);
    if (ec) {
      item.error = Error{ErrorKind::input, m_dir_root.string() + ": cannot walk directory: " + ec.message()};
      m_dir.reset();
      return true;
    }
    std::error_code ec2;
    if (entry.is_directory(ec2) || !is_text_extension(entry.path())) {
      continue;
    }
    read_file(entry.path(), item);
    return true;
  }
  m_dir.reset();
  return false;
}

bool InputReader::next_from_jsonl(InputItem& item) {
  std::string line;
  while (std::getline(*m_jsonl, line)) {
    ++m_jsonl_line;
    item.bytes = line.size() + 1;
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      continue;
    }
    item.jsonl_line = JsonlLine{std::move(line), m_jsonl_path, m_jsonl_line};
    if (!m_options.defer_jsonl_parsing) {
      complete(item, m_options);
    }
    return true;
  }
  m_jsonl.reset();
  return false;
}

void complete(InputItem& item, const ReaderOptions& options) {
  if (!item.jsonl_line) {
    return;
  }
  const JsonlLine in = std::move(*item.jsonl_line);
  item.jsonl_line.reset();
  const std::string& line = in.text;
  const std::string origin = in.file.string() + ":" + std::to_string(in.number);
  if (json_depth(line) > k_max_json_depth) {
    item.error = Error{ErrorKind::input, origin + ": JSON nested deeper than " +
                                             std::to_string(k_max_json_depth) + " levels"};
    return;
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(line);
  } catch (const nlohmann::json::parse_error& e) {
    item.error = Error{ErrorKind::input, origin + ": malformed JSON at byte " + std::to_string(e.byte) + " of the line"};
    return;
  } catch (const nlohmann::json::out_of_range&) {
    // Well-formed JSON can still be unreadable: a number beyond a double's range (1e400)
    // is thrown as out_of_range, not parse_error.
    item.error = Error{ErrorKind::input, origin + ": malformed JSON: a number out of range"};
    return;
  }
  if (!j.is_object()) {
    item.error = Error{ErrorKind::input, origin + ": expected a JSON object with a \"text\" field"};
    return;
  }
  const auto text_it = j.find("text");
  if (text_it == j.end() || !text_it->is_string()) {
    item.error = Error{ErrorKind::input, origin + ": missing string field \"text\""};
    return;
  }
  // The article's text is taken out of the parsed line, not copied: it is the bulk of it.
  auto text = prepare_text(std::move(text_it->get_ref<std::string&>()), origin, options.lossy, item.notes,
                           /*utf8_checked=*/true);
  if (!text) {
    item.error = text.error();
    return;
  }
  InputDocument doc;
  doc.text = std::move(*text);
  doc.external_id = j.contains("id") ? json_string(j["id"]) : std::string();
  doc.path = doc.external_id.empty() ? origin : doc.external_id;
  doc.url = j.contains("url") ? json_string(j["url"]) : std::string();
  doc.title = j.contains("title") ? json_string(j["title"]) : std::string();
  doc.published = j.contains("published") ? json_string(j["published"]) : std::string();
  const std::string lang = j.contains("lang") ? json_string(j["lang"]) : std::string();
  doc.lang = lang.empty() ? options.lang : lang;
  doc.format = options.format;
  nlohmann::json meta = nlohmann::json::object();
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.key() != "id" && it.key() != "url" && it.key() != "title" && it.key() != "published" &&
        it.key() != "lang" && it.key() != "text") {
      meta[it.key()] = it.value();
    }
  }
  meta["source_line"] = in.number;
  meta["source_file"] = in.file.string();
  doc.metadata_json = meta.dump();
  item.document = std::move(doc);
}

bool InputReader::next(InputItem& item) {
  item = InputItem{};
  while (true) {
    if (m_dir) {
      if (next_from_directory(item)) {
        return true;
      }
      continue;
    }
    if (m_jsonl) {
      if (next_from_jsonl(item)) {
        return true;
      }
      continue;
    }
    if (m_next >= m_sources.size()) {
      return false;
    }
    const Source& src = m_sources[m_next++];
    switch (src.kind) {
      case Source::Kind::file:
        read_file(src.path, item);
        return true;
      case Source::Kind::stdin_text: {
        std::string bytes((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
        item.bytes = bytes.size();
        auto text = prepare_text(std::move(bytes), "-", m_options.lossy, item.notes);
        if (!text) {
          item.error = text.error();
          return true;
        }
        InputDocument doc;
        doc.path = "-";
        doc.text = std::move(*text);
        doc.lang = m_options.lang;
        doc.format = m_options.format;
        item.document = std::move(doc);
        return true;
      }
      case Source::Kind::directory: {
        std::error_code ec;
        m_dir_root = src.path;
        m_dir = std::make_unique<fs::recursive_directory_iterator>(
            src.path, fs::directory_options::skip_permission_denied, ec);
        if (ec) {
          m_dir.reset();
          item.error = Error{ErrorKind::input, src.path.string() + ": cannot read directory: " + ec.message()};
          return true;
        }
        continue;
      }
      case Source::Kind::jsonl: {
        m_jsonl_path = src.path;
        m_jsonl_line = 0;
        m_jsonl = std::make_unique<std::ifstream>(src.path, std::ios::binary);
        if (!*m_jsonl) {
          m_jsonl.reset();
          item.error = Error{ErrorKind::input, src.path.string() + ": cannot open JSONL file: " + std::strerror(errno)};
          return true;
        }
        continue;
      }
    }
  }
}

}  // namespace claimtrace::io
