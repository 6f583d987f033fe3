#include "text/html_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <utility>

#include "text/utf8.hpp"

namespace claimtrace::text {
namespace {

struct NamedEntity {
  std::string_view name;
  char32_t cp;
};

// The entities news pages actually use; unknown ones stay as text.
constexpr std::array<NamedEntity, 32> k_entities{{
    {"amp", U'&'},      {"lt", U'<'},        {"gt", U'>'},        {"quot", U'"'},
    {"apos", U'\''},    {"nbsp", 0x00A0},    {"laquo", 0x00AB},   {"raquo", 0x00BB},
    {"ldquo", 0x201C},  {"rdquo", 0x201D},   {"lsquo", 0x2018},   {"rsquo", 0x2019},
    {"bdquo", 0x201E},  {"sbquo", 0x201A},   {"lsaquo", 0x2039},  {"rsaquo", 0x203A},
    {"mdash", 0x2014},  {"ndash", 0x2013},   {"hellip", 0x2026},  {"copy", 0x00A9},
    {"reg", 0x00AE},    {"shy", 0x00AD},     {"lrm", 0x200E},     {"rlm", 0x200F},
    {"zwnj", 0x200C},   {"zwj", 0x200D},     {"middot", 0x00B7},  {"bull", 0x2022},
    {"deg", 0x00B0},    {"euro", 0x20AC},    {"pound", 0x00A3},   {"times", 0x00D7},
}};

// Tags that end a line of text for a reader.
constexpr std::array<std::string_view, 28> k_block_tags{{
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main",
    "nav", "ol", "p", "pre", "section", "tr",
}};

// Elements whose content is not article text.
constexpr std::array<std::string_view, 5> k_skipped_elements{{"script", "style", "head", "noscript", "template"}};

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

// ASCII only, without the C locale's per-character call: tag names are ASCII.
std::string lower_ascii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return out;
}

class HtmlReader {
 public:
  HtmlReader(std::string_view html, std::uint32_t cp_base) : m_html(html), m_cp(cp_base) {}

  std::vector<SourceChar> run() {
    m_out.reserve(m_html.size());
    while (m_pos < m_html.size()) {
      const char c = m_html[m_pos];
      if (c == '<' && read_markup()) {
        continue;
      }
      if (c == '&' && read_reference()) {
        continue;
      }
      const std::uint32_t begin = m_cp;
      const char32_t cp = next();
      m_out.push_back({cp, begin, m_cp});
    }
    return std::move(m_out);
  }

 private:
  char32_t next() {
    const char32_t cp = decode_utf8(m_html, m_pos);
    ++m_cp;
    return cp;
  }

  // Advances over bytes [m_pos, to) counting code points.
  void skip_to(std::size_t to) {
    while (m_pos < to) {
      (void)next();
    }
  }

  // A comment, doctype or tag at m_pos. Returns false when the '<' is plain text.
  bool read_markup() {
    const std::string_view rest = m_html.substr(m_pos);
    if (rest.starts_with("<!--")) {
      const std::size_t close = rest.find("-->", 4);
      skip_to(close == std::string_view::npos ? m_html.size() : m_pos + close + 3);
      return true;
    }
    if (rest.size() < 2) {
      return false;
    }
    const char first = rest[1];
    const bool closing = first == '/';
    const bool is_tag_start = std::isalpha(static_cast<unsigned char>(first)) != 0 ||
                              (closing && rest.size() > 2 &&
                               std::isalpha(static_cast<unsigned char>(rest[2])) != 0) ||
                              first == '!' || first == '?';
    if (!is_tag_start) {
      return false;
    }
    // Find the '>' that ends the tag, skipping quoted attribute values.
    char quote = 0;
    std::size_t end = std::string_view::npos;
    for (std::size_t i = 1; i < rest.size(); ++i) {
      const char ch = rest[i];
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        }
      } else if (ch == '"' || ch == '\'') {
        quote = ch;
      } else if (ch == '>') {
        end = i;
        break;
      } else if (ch == '<') {
        break;  // broken tag: a new one starts before this one closed
      }
    }
    if (end == std::string_view::npos) {
      return false;  // never closed: read the '<' as text
    }
    const std::size_t name_start = closing ? 2 : 1;
    std::size_t name_end = name_start;
    while (name_end < end && (std::isalnum(static_cast<unsigned char>(rest[name_end])) != 0)) {
      ++name_end;
    }
    const std::string name = lower_ascii(rest.substr(name_start, name_end - name_start));
    const std::uint32_t tag_begin = m_cp;
    skip_to(m_pos + end + 1);
    if (!closing && contains(k_skipped_elements, name)) {
      skip_element_content(name);
      return true;
    }
    if (contains(k_block_tags, name)) {
      m_out.push_back({U'\n', tag_begin, m_cp});
    }
    return true;
  }

  void skip_element_content(const std::string& name) {
    const std::string closing = "</" + name;
    std::size_t i = m_pos;
    while (i < m_html.size()) {
      const std::size_t lt = m_html.find("</", i);
      if (lt == std::string_view::npos) {
        i = m_html.size();
        break;
      }
      if (lower_ascii(m_html.substr(lt, closing.size())) == closing) {
        const std::size_t gt = m_html.find('>', lt);
        i = gt == std::string_view::npos ? m_html.size() : gt + 1;
        break;
      }
      i = lt + 2;
    }
    skip_to(i);
  }

  bool read_reference() {
    const std::string_view rest = m_html.substr(m_pos, 40);
    const std::size_t semi = rest.find(';');
    if (semi == std::string_view::npos || semi < 2) {
      return false;
    }
    const std::string_view body = rest.substr(1, semi - 1);
    char32_t cp = 0;
    if (body[0] == '#') {
      const bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
      const std::string_view digits = body.substr(hex ? 2 : 1);
      if (digits.empty() || digits.size() > 8) {
        return false;
      }
      std::uint32_t value = 0;
      for (const char d : digits) {
        const int v = hex ? (std::isxdigit(static_cast<unsigned char>(d)) != 0
                                 ? (std::isdigit(static_cast<unsigned char>(d)) != 0 ? d - '0' : (std::tolower(d) - 'a' + 10))
                                 : -1)
                          : (std::isdigit(static_cast<unsigned char>(d)) != 0 ? d - '0' : -1);
        if (v < 0) {
          return false;
        }
        value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(v);
      }
      if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) {
        cp = 0xFFFD;
      } else {
        cp = value;
      }
    } else {
      const auto it = std::find_if(k_entities.begin(), k_entities.end(),
                                   [&](const NamedEntity& e) { return e.name == body; });
      if (it == k_entities.end()) {
        return false;
      }
      cp = it->cp;
    }
    const std::uint32_t begin = m_cp;
    skip_to(m_pos + semi + 1);
    m_out.push_back({cp, begin, m_cp});
    return true;
  }

  std::string_view m_html;
  std::size_t m_pos = 0;
  std::uint32_t m_cp = 0;
  std::vector<SourceChar> m_out;
};

}  // namespace

std::vector<SourceChar> read_html(std::string_view html, std::uint32_t cp_base) {
  return HtmlReader(html, cp_base).run();
}

std::string html_layout(std::string_view html) {
  const std::vector<SourceChar> visible = read_html(html);
  std::string out;
  out.reserve(html.size());
  std::uint32_t cp = 0;  // code points of the HTML written so far
  for (const SourceChar& c : visible) {
    if (c.begin < cp || c.end <= c.begin) {
      continue;  // never step back: the layout must keep the HTML's positions
    }
    out.append(c.begin - cp, ' ');
    append_utf8(out, c.cp);
    out.append(c.end - c.begin - 1, ' ');
    cp = c.end;
  }
  out.append(count_code_points(html) - cp, ' ');
  return out;
}

bool looks_like_html(std::string_view text) noexcept {
  const std::string_view first = text.substr(0, 4096);
  if (first.find('<') == std::string_view::npos) {
    return false;  // the common case for plain articles: nothing to lower-case
  }
  const std::string head = lower_ascii(first);
  if (head.find("<!doctype html") != std::string::npos || head.find("<html") != std::string::npos) {
    return true;
  }
  int tags = 0;
  for (const std::string_view tag : {"<p>", "<p ", "<div", "<br", "</p>", "<span", "<a href"}) {
    for (std::size_t pos = head.find(tag); pos != std::string::npos; pos = head.find(tag, pos + 1)) {
      ++tags;
    }
  }
  return tags >= 3;
}

}  // namespace claimtrace::text
