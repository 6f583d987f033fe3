#include "output/provenance_graph.hpp"

#include <algorithm>
#include <sstream>

namespace claimtrace::output {
namespace {

std::string lower(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return s;
}

std::string source_id(const Hop& h) {
  return h.entity.empty() ? "s:m:" + lower(h.mention) : "s:" + h.entity;
}

std::string dot_escape(const std::string& s) {
  std::string out;
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
    }
    out += (c == '\n' || c == '\r') ? ' ' : c;
  }
  return out;
}

const char* status_fill(ClaimStatus s) {
  switch (s) {
    case ClaimStatus::confirmed:
      return "#b7e4c7";
    case ClaimStatus::single_source:
      return "#cfe2ff";
    case ClaimStatus::unsourced:
      return "#e9ecef";
    case ClaimStatus::disputed:
    case ClaimStatus::denied:
      return "#f5c2c7";
    default:
      return "#ffe69c";
  }
}

}  // namespace

std::string xml_escape(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (const char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

ProvenanceGraph build_graph(const std::vector<GraphClaim>& claims, const DisplayName& display) {
  ProvenanceGraph g;
  std::map<std::string, std::size_t> index;
  auto node = [&](const std::string& id) -> GraphNode& {
    const auto it = index.find(id);
    if (it != index.end()) {
      return g.nodes[it->second];
    }
    index.emplace(id, g.nodes.size());
    g.nodes.push_back(GraphNode{id, {}, false, ClaimStatus::single_source, SourceKind::unknown, 0});
    return g.nodes.back();
  };
  std::map<std::string, bool> seen_edges;
  for (const GraphClaim& gc : claims) {
    const Claim& c = *gc.claim;
    if (c.chain.empty()) {
      continue;
    }
    const std::string cid = "c:" + std::to_string(gc.id);
    GraphNode& cn = node(cid);
    cn.is_claim = true;
    cn.status = c.status;
    cn.label = "#" + std::to_string(gc.id) + " " + shorten(c.text, 40);
    // Information flows from the root to the outermost relay, which reports the claim:
    // KCNA -> Yonhap -> claim.
    for (std::size_t i = 0; i < c.chain.size(); ++i) {
      const Hop& h = c.chain[i];
      GraphNode& sn = node(source_id(h));
      if (sn.label.empty()) {
        const std::string name = h.entity.empty() ? std::string() : display(h.entity);
        sn.label = name.empty() ? shorten(h.mention, 30) : name;
        sn.kind = h.kind;
      }
      sn.column = std::max(sn.column, static_cast<int>(i) + 1);  // distance from the claim
      const std::string from = i + 1 < c.chain.size() ? source_id(c.chain[i + 1]) : std::string();
      if (i == 0 && seen_edges.emplace(source_id(h) + ">" + cid, true).second) {
        g.edges.push_back({source_id(h), cid, h.cue, c.quote == QuoteType::direct});
      }
      if (!from.empty() && seen_edges.emplace(from + ">" + source_id(h), true).second) {
        g.edges.push_back({from, source_id(h), c.chain[i + 1].cue, false});
      }
    }
  }
  return g;
}

std::string to_dot(const ProvenanceGraph& graph) {
  std::ostringstream os;
  os << "digraph provenance {\n  rankdir=LR;\n  node [fontname=\"Helvetica\", fontsize=10];\n";
  for (const GraphNode& n : graph.nodes) {
    if (n.is_claim) {
      os << "  \"" << dot_escape(n.id) << "\" [shape=box, style=filled, fillcolor=\"" << status_fill(n.status)
         << "\", label=\"" << dot_escape(n.label) << "\\n(" << to_string(n.status) << ")\"];\n";
    } else {
      os << "  \"" << dot_escape(n.id) << "\" [shape=ellipse, label=\"" << dot_escape(n.label) << "\\n"
         << to_string(n.kind) << "\"];\n";
    }
  }
  for (const GraphEdge& e : graph.edges) {
    os << "  \"" << dot_escape(e.from) << "\" -> \"" << dot_escape(e.to) << "\" [label=\"" << dot_escape(shorten(e.label, 24))
       << "\"" << (e.quote ? ", style=bold" : "") << "];\n";
  }
  os << "}\n";
  return os.str();
}

std::string to_svg(const ProvenanceGraph& graph) {
  // Columns: sources by their distance from the claims (outer relays left), claims right.
  int max_col = 0;
  for (const GraphNode& n : graph.nodes) {
    max_col = std::max(max_col, n.column);
  }
  std::map<int, std::vector<const GraphNode*>> columns;
  for (const GraphNode& n : graph.nodes) {
    const int col = n.is_claim ? max_col + 1 : max_col - n.column + 1;
    columns[col].push_back(&n);
  }
  constexpr int k_col_width = 240;
  constexpr int k_row_height = 44;
  constexpr int k_box_w = 200;
  constexpr int k_box_h = 30;
  std::map<std::string, std::pair<int, int>> pos;
  std::size_t rows = 1;
  for (const auto& [col, nodes] : columns) {
    rows = std::max(rows, nodes.size());
    for (std::size_t r = 0; r < nodes.size(); ++r) {
      pos[nodes[r]->id] = {20 + (col - 1) * k_col_width, 20 + static_cast<int>(r) * k_row_height};
    }
  }
  const int width = 40 + (max_col + 1) * k_col_width;
  const int height = 40 + static_cast<int>(rows) * k_row_height;
  std::ostringstream os;
  os << "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"graph\" width=\"" << width << "\" height=\"" << height
     << "\" viewBox=\"0 0 " << width << " " << height << "\" role=\"img\" aria-label=\"provenance graph\">\n";
  os << "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\" "
        "orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/></marker></defs>\n";
  for (const GraphEdge& e : graph.edges) {
    const auto a = pos.find(e.from);
    const auto b = pos.find(e.to);
    if (a == pos.end() || b == pos.end()) {
      continue;
    }
    os << "<line x1=\"" << a->second.first + k_box_w << "\" y1=\"" << a->second.second + k_box_h / 2 << "\" x2=\""
       << b->second.first << "\" y2=\"" << b->second.second + k_box_h / 2 << "\" stroke=\"#555\" stroke-width=\""
       << (e.quote ? 2 : 1) << "\" marker-end=\"url(#arrow)\"><title>" << xml_escape(e.label) << "</title></line>\n";
  }
  for (const GraphNode& n : graph.nodes) {
    const auto& [x, y] = pos[n.id];
    os << "<g class=\"" << (n.is_claim ? "gclaim" : "gsource") << "\"><rect x=\"" << x << "\" y=\"" << y
       << "\" width=\"" << k_box_w << "\" height=\"" << k_box_h << "\" rx=\"" << (n.is_claim ? 3 : 14) << "\" fill=\""
       << (n.is_claim ? status_fill(n.status) : "#ffffff") << "\" stroke=\"#333\"/>"
       << "<text x=\"" << x + 8 << "\" y=\"" << y + 19 << "\" font-size=\"11\">"
       << xml_escape(shorten(n.label, 32)) << "</text><title>" << xml_escape(n.label)
       << (n.is_claim ? " (" + std::string(to_string(n.status)) + ")" : " (" + std::string(to_string(n.kind)) + ")")
       << "</title></g>\n";
  }
  os << "</svg>\n";
  return os.str();
}

}  // namespace claimtrace::output
