#include "output/audit_report.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

#include "output/provenance_graph.hpp"
#include "text/utf8.hpp"

namespace claimtrace::output {
namespace {

std::string status_class(ClaimStatus s) {
  std::string name(to_string(s));
  return "st-" + name;
}

std::string reasons_text(const Claim& c) {
  std::string out;
  for (const Reason& r : c.reasons) {
    out += (out.empty() ? "" : "; ") + std::string(to_string(r.code)) + " (" + shorten(r.cue, 40) + ")";
  }
  return out;
}

std::string claim_title(const Claim& c, const DisplayName& display) {
  std::string t = "#" + std::to_string(c.id) + " " + std::string(to_string(c.status)) + " | " +
                  chain_label(c.chain, display);
  if (!c.reasons.empty()) {
    t += " | " + reasons_text(c);
  }
  return t;
}

constexpr const char* k_style = R"css(
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Arabic",sans-serif;margin:0;color:#212529;background:#f8f9fa}
header.page{background:#212529;color:#fff;padding:12px 24px}
main{padding:12px 24px}
section.doc{background:#fff;border:1px solid #dee2e6;border-radius:6px;margin:16px 0;padding:12px 18px}
.meta{color:#495057;font-size:.9em}
article.text{white-space:pre-wrap;line-height:1.9;font-size:1.05em;border-top:1px solid #eee;margin-top:8px;padding-top:8px}
article.text a.seg{color:inherit;text-decoration:none;border-radius:2px}
.st-confirmed{background:#b7e4c7}.st-single-source{background:#cfe2ff}.st-unsourced{background:#f1f3f5}
.st-anonymous,.st-hedged,.st-unconfirmed{background:#ffe69c}.st-disputed,.st-denied{background:#f5c2c7}
a.seg.mention{border-bottom:2px solid #0d6efd;font-weight:600}
a.seg.cue{border-bottom:2px dotted #6f42c1;font-style:italic}
a.claim{display:inline-block;width:0;height:0}
.badge{display:inline-block;padding:1px 6px;border-radius:8px;font-size:.8em;border:1px solid #adb5bd}
table.claims{border-collapse:collapse;width:100%;font-size:.92em;margin-top:8px}
table.claims td,table.claims th{border-top:1px solid #dee2e6;padding:4px 6px;vertical-align:top;text-align:start}
tr:target{outline:3px solid #0d6efd}
.unconfirmed-list li{margin:2px 0}
svg.graph{max-width:100%;height:auto;background:#fff}
.legend span{margin-inline-end:10px;padding:0 6px;border-radius:3px}
nav.toc a{margin-inline-end:12px}
)css";

}  // namespace

std::string terminal_audit(const AuditDocument& doc, const DisplayName& display, bool color) {
  std::ostringstream os;
  const DocumentRecord& d = doc.extraction.document;
  os << "document " << doc.id << ": " << d.path << "  (" << d.lang << ", sha256 " << d.sha256.substr(0, 12) << ")\n";
  if (!d.title.empty()) {
    os << "title: " << d.title << "\n";
  }
  os << "byline: " << d.byline.author.value_or("-") << "\n";
  for (const CreditedSource& c : d.byline.credited_sources) {
    os << "credited: " << (c.entity.empty() ? c.mention : display(c.entity)) << " (" << c.via << ": \"" << c.mention
       << "\")\n";
  }
  for (const Dateline& dl : d.datelines) {
    os << "dateline: " << dl.text << "\n";
  }
  for (const Credit& c : d.credits) {
    os << c.role << " credit: " << c.mention << " (not a claim source)\n";
  }
  os << "\n";
  for (std::size_t i = 0; i < doc.extraction.claims.size(); ++i) {
    const Claim& c = doc.extraction.claims[i];
    const std::string db = i < doc.claim_ids.size() ? " [claim " + std::to_string(doc.claim_ids[i]) + "]" : "";
    os << status_color(c.status, color) << (c.unconfirmed ? "! " : "  ") << "#" << c.id << " "
       << to_string(c.status) << color_reset(color) << db << "\n";
    os << "    " << shorten(c.text, 110) << "\n";
    if (!c.chain.empty()) {
      os << "    chain: " << chain_label(c.chain, display) << "\n";
      for (const Hop& h : c.chain) {
        os << "      - " << h.mention << (h.entity.empty() ? "" : " [" + h.entity + "]") << " (" << to_string(h.kind)
           << (h.implicit ? ", carried" : "") << "), cue: " << (h.cue.empty() ? "-" : h.cue) << "\n";
      }
    }
    if (!c.reasons.empty()) {
      os << "    reasons: " << reasons_text(c) << "\n";
    }
  }
  return os.str();
}

std::string html_audit_page(const std::vector<AuditDocument>& docs, const DisplayName& display,
                            const std::string& title) {
  std::ostringstream os;
  os << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
     << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">"
     << "<title>" << xml_escape(title) << "</title><style>" << k_style << "</style></head><body>\n";
  os << "<header class=\"page\"><strong>claimtrace audit</strong> &mdash; " << xml_escape(title) << " ("
     << docs.size() << " document" << (docs.size() == 1 ? "" : "s") << ")</header>\n<main>\n";
  os << "<p class=\"legend\">Status: <span class=\"st-confirmed\">confirmed</span><span class=\"st-single-source\">"
        "single-source</span><span class=\"st-hedged\">anonymous / hedged / unconfirmed</span><span "
        "class=\"st-denied\">disputed / denied</span><span class=\"st-unsourced\">unsourced</span> &middot; "
        "<u>underlined</u>: source mention &middot; <i>dotted</i>: cue. Hover a passage for its chain; click it for "
        "details.</p>\n";
  if (docs.size() > 1) {
    os << "<nav class=\"toc\">";
    for (const AuditDocument& d : docs) {
      os << "<a href=\"#doc-" << d.id << "\">" << xml_escape(d.extraction.document.path) << "</a>";
    }
    os << "</nav>\n";
  }
  for (const AuditDocument& ad : docs) {
    const DocumentRecord& d = ad.extraction.document;
    const std::vector<Claim>& claims = ad.extraction.claims;
    const std::string key = std::to_string(ad.id);
    const bool rtl = d.lang == "ar" || d.lang == "fa" || d.lang == "he" || d.lang == "ur";
    os << "<section class=\"doc\" id=\"doc-" << key << "\">\n<h2>" << xml_escape(d.title.empty() ? d.path : d.title)
       << "</h2>\n<div class=\"meta\">" << xml_escape(d.path) << " &middot; " << xml_escape(d.lang)
       << " &middot; sha256 " << xml_escape(d.sha256.substr(0, 16)) << "<br>byline: "
       << xml_escape(d.byline.author.value_or("-"));
    for (const CreditedSource& c : d.byline.credited_sources) {
      os << " &middot; credited: " << xml_escape(c.entity.empty() ? c.mention : display(c.entity)) << " ("
         << xml_escape(c.via) << ")";
    }
    for (const Dateline& dl : d.datelines) {
      os << "<br>dateline: <bdi>" << xml_escape(dl.text) << "</bdi>";
    }
    for (const Credit& c : d.credits) {
      os << "<br>" << xml_escape(c.role) << " credit: <bdi>" << xml_escape(c.mention) << "</bdi> (not a claim source)";
    }
    os << "</div>\n";

    // The text, cut at every boundary of a claim, a source mention or a cue.
    const text::CodePointIndex index(d.text);
    const auto n = static_cast<std::uint32_t>(index.size());
    std::set<std::uint32_t> cuts{0, n};
    auto add_span = [&](const Span& s) {
      if (s.start < s.end && s.end <= n) {
        cuts.insert(s.start);
        cuts.insert(s.end);
      }
    };
    for (const Claim& c : claims) {
      add_span(c.span);
      for (const Hop& h : c.chain) {
        add_span(h.span);
        add_span(h.cue_span);
      }
    }
    std::map<std::uint32_t, std::vector<const Claim*>> starts;
    for (const Claim& c : claims) {
      starts[c.span.start].push_back(&c);
    }
    os << "<article class=\"text\" dir=\"" << (rtl ? "rtl" : "ltr") << "\" lang=\"" << xml_escape(d.lang) << "\">";
    std::uint32_t prev = 0;
    for (auto it = std::next(cuts.begin()); it != cuts.end(); ++it) {
      const std::uint32_t a = prev;
      const std::uint32_t b = *it;
      prev = b;
      if (const auto st = starts.find(a); st != starts.end()) {
        for (const Claim* c : st->second) {
          os << "<a class=\"claim " << status_class(c->status) << "\" id=\"claim-" << key << "-" << c->id
             << "\" data-status=\"" << to_string(c->status) << "\"></a>";
        }
      }
      // The innermost claim over this stretch, and whether it is a mention or a cue.
      const Claim* inner = nullptr;
      bool mention = false;
      bool cue = false;
      for (const Claim& c : claims) {
        if (c.span.start <= a && b <= c.span.end && (inner == nullptr || c.span.size() < inner->span.size())) {
          inner = &c;
        }
        for (const Hop& h : c.chain) {
          mention = mention || (h.span.start <= a && b <= h.span.end && !h.span.empty());
          cue = cue || (h.cue_span.start <= a && b <= h.cue_span.end && !h.cue_span.empty());
        }
      }
      const std::string piece = xml_escape(std::string(index.slice(a, b)));
      if (inner == nullptr && !mention && !cue) {
        os << piece;
        continue;
      }
      std::string cls = "seg";
      if (inner != nullptr) {
        cls += " " + status_class(inner->status);
      }
      if (mention) {
        cls += " mention";
      }
      if (cue) {
        cls += " cue";
      }
      os << "<a class=\"" << cls << "\"";
      if (inner != nullptr) {
        os << " href=\"#detail-" << key << "-" << inner->id << "\" title=\"" << xml_escape(claim_title(*inner, display))
           << "\"";
      }
      os << ">" << piece << "</a>";
    }
    os << "</article>\n";

    // Unconfirmed claims, linked into the text.
    os << "<h3>Unconfirmed claims</h3><ul class=\"unconfirmed-list\">";
    bool any = false;
    for (const Claim& c : claims) {
      if (!c.unconfirmed) {
        continue;
      }
      any = true;
      os << "<li><a href=\"#claim-" << key << "-" << c.id << "\">#" << c.id << "</a> <span class=\"badge "
         << status_class(c.status) << "\">" << to_string(c.status) << "</span> <bdi>"
         << xml_escape(shorten(c.text, 120)) << "</bdi> &mdash; " << xml_escape(reasons_text(c)) << "</li>";
    }
    os << (any ? "" : "<li>none</li>") << "</ul>\n";

    // The provenance graph.
    std::vector<GraphClaim> graph_claims;
    for (const Claim& c : claims) {
      graph_claims.push_back({c.id, &c});
    }
    os << "<h3>Provenance</h3>" << to_svg(build_graph(graph_claims, display));

    // Every claim with its chain, cues and reasons.
    os << "<h3>Claims</h3><table class=\"claims\"><tr><th>#</th><th>status</th><th>chain (outermost first)</th>"
          "<th>claim</th><th>reasons</th><th>rule</th></tr>\n";
    for (std::size_t i = 0; i < claims.size(); ++i) {
      const Claim& c = claims[i];
      os << "<tr id=\"detail-" << key << "-" << c.id << "\"><td><a href=\"#claim-" << key << "-" << c.id << "\">"
         << c.id << "</a>" << (i < ad.claim_ids.size() ? "<br><small>db " + std::to_string(ad.claim_ids[i]) + "</small>" : "")
         << "</td><td><span class=\"badge " << status_class(c.status) << "\">" << to_string(c.status) << "</span></td><td>";
      if (c.chain.empty()) {
        os << "(the outlet)";
      }
      for (std::size_t k = 0; k < c.chain.size(); ++k) {
        const Hop& h = c.chain[k];
        os << (k ? " &rsaquo; " : "") << "<bdi>" << xml_escape(h.entity.empty() ? h.mention : display(h.entity))
           << "</bdi> <small>(" << to_string(h.kind) << (h.cue.empty() ? "" : ", <bdi>" + xml_escape(h.cue) + "</bdi>")
           << (h.implicit ? ", carried" : "") << ")</small>";
      }
      os << "</td><td dir=\"auto\"><bdi>" << xml_escape(c.text) << "</bdi></td><td>" << xml_escape(reasons_text(c))
         << "</td><td><code>" << xml_escape(c.rule) << "</code></td></tr>\n";
    }
    os << "</table>\n</section>\n";
  }
  os << "</main></body></html>\n";
  return os.str();
}

}  // namespace claimtrace::output
