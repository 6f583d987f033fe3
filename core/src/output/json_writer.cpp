#include "output/json_writer.hpp"

#include <charconv>

#include <nlohmann/json.hpp>

#include "text/utf8.hpp"

namespace claimtrace::output {

void append_json_string(std::string& out, std::string_view s) {
  static constexpr char k_hex[] = "0123456789abcdef";
  const std::size_t restart = out.size();
  out.reserve(out.size() + s.size() + 2);
  out += '"';
  std::size_t run = 0;  // start of the bytes not yet copied
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x80) {
      // Validated on the way (one pass over the text, not two).
      const std::size_t len = text::valid_sequence_length(s, i);
      if (len == 0) {
        // Rare (the text layer hands over valid UTF-8): nlohmann's own replacement rules.
        out.resize(restart);
        out += nlohmann::json(std::string(s)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
        return;
      }
      i += len - 1;
      continue;
    }
    if (c >= 0x20 && c != '"' && c != '\\') {
      continue;
    }
    out.append(s.data() + run, i - run);
    run = i + 1;
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\f':
        out += "\\f";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += "\\u00";
        out += k_hex[c >> 4];
        out += k_hex[c & 0xF];
        break;
    }
  }
  out.append(s.data() + run, s.size() - run);
  out += '"';
}

void JsonWriter::newline(std::size_t depth) {
  if (m_indent >= 0) {
    m_out += '\n';
    m_out.append(depth * static_cast<std::size_t>(m_indent), ' ');
  }
}

void JsonWriter::before_value() {
  if (m_after_key) {
    m_after_key = false;
    return;
  }
  if (!m_levels.empty()) {
    if (!m_levels.back().empty) {
      m_out += ',';
    }
    m_levels.back().empty = false;
    newline(m_levels.size());
  }
}

void JsonWriter::key(std::string_view k) {
  Level& level = m_levels.back();
  if (!level.empty) {
    m_out += ',';
  }
  level.empty = false;
  newline(m_levels.size());
  append_json_string(m_out, k);
  m_out += m_indent >= 0 ? ": " : ":";
  m_after_key = true;
}

void JsonWriter::open(char c) {
  before_value();
  m_out += c;
  m_levels.push_back({});
}

void JsonWriter::close(char c) {
  const bool empty = m_levels.back().empty;
  m_levels.pop_back();
  if (!empty) {
    newline(m_levels.size());
  }
  m_out += c;
}

void JsonWriter::value(std::string_view s) {
  before_value();
  append_json_string(m_out, s);
}

void JsonWriter::value(std::int64_t n) {
  before_value();
  char buf[24];
  const auto r = std::to_chars(buf, buf + sizeof buf, n);
  m_out.append(buf, r.ptr);
}

void JsonWriter::value(bool b) {
  before_value();
  m_out += b ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  m_out += "null";
}

}  // namespace claimtrace::output
