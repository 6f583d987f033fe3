#pragma once
// The provenance graph of a set of claims: sources (agents), the relays between
// them and the claims they lead to. One builder, several renderings (DOT for
// Graphviz, inline SVG for the audit page).

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "claimtrace/claim.hpp"
#include "output/table_output.hpp"

namespace claimtrace::output {

struct GraphNode {
  std::string id;     // "s:tass", "s:m:the ministry", "c:12"
  std::string label;
  bool is_claim = false;
  ClaimStatus status = ClaimStatus::single_source;  // claims
  SourceKind kind = SourceKind::unknown;            // sources
  int column = 0;     // 0 = roots' relays furthest left ... claims rightmost
};

struct GraphEdge {
  std::string from;
  std::string to;
  std::string label;  // the cue
  bool quote = false; // a verbatim quotation
};

struct ProvenanceGraph {
  std::vector<GraphNode> nodes;
  std::vector<GraphEdge> edges;
};

struct GraphClaim {
  std::int64_t id = 0;  // the number shown for the claim
  const Claim* claim = nullptr;
};

// Sources are merged by entity id, else by their mention (case-insensitive).
[[nodiscard]] ProvenanceGraph build_graph(const std::vector<GraphClaim>& claims, const DisplayName& display);

[[nodiscard]] std::string to_dot(const ProvenanceGraph& graph);

// A self-contained SVG (layered left to right), for pages without Graphviz.
[[nodiscard]] std::string to_svg(const ProvenanceGraph& graph);

// Escapes text for HTML/XML content and attribute values.
[[nodiscard]] std::string xml_escape(const std::string& s);

}  // namespace claimtrace::output
