#include "output/table_output.hpp"

#include <sstream>

#include "text/utf8.hpp"

namespace claimtrace::output {

std::string chain_label(const std::vector<Hop>& chain, const DisplayName& display) {
  std::string out;
  for (const Hop& h : chain) {
    if (!out.empty()) {
      out += " > ";
    }
    std::string name = h.entity.empty() ? std::string() : display(h.entity);
    out += name.empty() ? shorten(h.mention, 40) : name;
  }
  return out.empty() ? "(outlet)" : out;
}

std::string shorten(const std::string& utf8, std::size_t n) {
  std::string out;
  std::size_t count = 0;
  std::size_t pos = 0;
  while (pos < utf8.size()) {
    const char32_t cp = text::decode_utf8(utf8, pos);
    if (count == n) {
      out += "\xE2\x80\xA6";
      return out;
    }
    text::append_utf8(out, (cp == U'\n' || cp == U'\r' || cp == U'\t') ? U' ' : cp);
    ++count;
  }
  return out;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\n\r") == std::string::npos) {
    return s;
  }
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"') {
      out += '"';
    }
    out += c;
  }
  out += '"';
  return out;
}

std::string status_color(ClaimStatus s, bool color) {
  if (!color) {
    return {};
  }
  switch (s) {
    case ClaimStatus::confirmed:
      return "\x1b[32m";
    case ClaimStatus::single_source:
      return "\x1b[36m";
    case ClaimStatus::unsourced:
      return "\x1b[2m";
    case ClaimStatus::disputed:
    case ClaimStatus::denied:
      return "\x1b[31m";
    default:
      return "\x1b[33m";
  }
}

std::string color_reset(bool color) { return color ? "\x1b[0m" : ""; }

std::string extraction_table(const Extraction& e, const DisplayName& display, const TableStyle& style,
                             bool include_unsourced) {
  std::ostringstream os;
  const DocumentRecord& d = e.document;
  std::size_t attributed = 0;
  for (const Claim& c : e.claims) {
    attributed += c.chain.empty() ? 0 : 1;
  }
  os << d.path << "  (" << d.lang << ", " << attributed << " attributed claims, " << e.claims.size() - attributed
     << " unsourced statements)\n";
  if (d.byline.author || !d.byline.credited_sources.empty()) {
    os << "byline: " << d.byline.author.value_or("-");
    if (!d.byline.credited_sources.empty()) {
      os << "; credited:";
      for (const CreditedSource& c : d.byline.credited_sources) {
        os << " " << (c.entity.empty() ? c.mention : display(c.entity)) << " (" << c.via << ")";
      }
    }
    os << "\n";
  }
  for (const Dateline& dl : d.datelines) {
    os << "dateline: " << dl.text << "\n";
  }
  for (const Credit& c : d.credits) {
    os << c.role << " credit: " << c.mention << "\n";
  }
  os << "\n";
  for (const Claim& c : e.claims) {
    if (c.chain.empty() && !include_unsourced) {
      continue;
    }
    const std::string flag = c.unconfirmed ? "!" : " ";
    os << status_color(c.status, style.color) << flag << "#" << c.id << " [" << to_string(c.status) << "]"
       << color_reset(style.color) << "  " << chain_label(c.chain, display) << "\n";
    os << "    " << shorten(c.text, style.text_width) << "\n";
    if (!c.reasons.empty()) {
      os << "    reasons:";
      for (const Reason& r : c.reasons) {
        os << " " << to_string(r.code) << " (" << shorten(r.cue, 30) << ")";
      }
      os << "\n";
    }
  }
  return os.str();
}

}  // namespace claimtrace::output
