#include "output/prov_export.hpp"

#include <map>
#include <set>
#include <sstream>

#include <nlohmann/json.hpp>

#include "text/sha256.hpp"

namespace claimtrace::output {
namespace {

using Json = nlohmann::ordered_json;

// A PROV local name for a source: its entity id, or a stable digest of its mention.
std::string agent_local(const Hop& h) {
  if (!h.entity.empty()) {
    return "src-" + h.entity;
  }
  std::string lower;
  for (const char c : h.mention) {
    lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return "src-m-" + text::sha256_hex(lower).substr(0, 12);
}

struct ProvModel {
  struct Node {
    std::string id;
    std::map<std::string, std::string> attrs;  // string-valued attributes
    std::string type;                          // qualified prov:type
  };
  struct Relation {
    std::string kind;  // wasAttributedTo, wasDerivedFrom, wasQuotedFrom, hadPrimarySource, actedOnBehalfOf
    std::string a;
    std::string b;
  };
  std::vector<Node> entities;
  std::vector<Node> agents;
  std::vector<Relation> relations;
  std::set<std::string> agent_ids;
};

ProvModel build(const std::vector<AuditDocument>& docs, const std::vector<EntityInfo>& entities) {
  std::map<std::string, const EntityInfo*> by_id;
  for (const EntityInfo& e : entities) {
    by_id[e.id] = &e;
  }
  ProvModel m;
  auto add_agent = [&](const std::string& local, const std::string& label, const std::string& kind,
                       const std::string& entity) {
    if (!m.agent_ids.insert(local).second) {
      return;
    }
    ProvModel::Node n;
    n.id = "ctd:" + local;
    n.type = kind == "person" ? "prov:Person" : "prov:Organization";
    n.attrs["prov:label"] = label;
    n.attrs["ct:kind"] = kind;
    if (!entity.empty()) {
      n.attrs["ct:entity"] = entity;
    }
    m.agents.push_back(n);
    // Affiliation: TASS acts on behalf of the Russian state.
    if (const auto it = by_id.find(entity); it != by_id.end() && !it->second->controlled_by.empty() &&
                                            it->second->controlled_by != entity) {
      const std::string boss = "src-" + it->second->controlled_by;
      const auto bit = by_id.find(it->second->controlled_by);
      const std::string boss_label = bit != by_id.end() ? bit->second->display_name : it->second->controlled_by;
      if (m.agent_ids.insert(boss).second) {
        ProvModel::Node b;
        b.id = "ctd:" + boss;
        b.type = "prov:Organization";
        b.attrs["prov:label"] = boss_label;
        b.attrs["ct:kind"] = "government";
        b.attrs["ct:entity"] = it->second->controlled_by;
        m.agents.push_back(b);
      }
      m.relations.push_back({"actedOnBehalfOf", "ctd:" + local, "ctd:" + boss});
    }
  };
  for (const AuditDocument& d : docs) {
    const std::string doc_id = "ctd:doc-" + std::to_string(d.id);
    ProvModel::Node dn;
    dn.id = doc_id;
    dn.type = "ct:Document";
    dn.attrs["prov:label"] = d.extraction.document.path;
    dn.attrs["ct:sha256"] = d.extraction.document.sha256;
    dn.attrs["ct:lang"] = d.extraction.document.lang;
    m.entities.push_back(dn);
    for (std::size_t i = 0; i < d.extraction.claims.size(); ++i) {
      const Claim& c = d.extraction.claims[i];
      const std::string claim_local = "claim-" + std::to_string(d.id) + "-" + std::to_string(c.id);
      ProvModel::Node cn;
      cn.id = "ctd:" + claim_local;
      cn.type = "ct:Claim";
      cn.attrs["prov:value"] = c.text;
      cn.attrs["ct:status"] = std::string(to_string(c.status));
      cn.attrs["ct:unconfirmed"] = c.unconfirmed ? "true" : "false";
      cn.attrs["ct:quote"] = std::string(to_string(c.quote));
      cn.attrs["ct:rule"] = c.rule;
      cn.attrs["ct:group"] = std::to_string(c.group);
      cn.attrs["ct:document"] = doc_id;
      if (i < d.claim_ids.size()) {
        cn.attrs["ct:claimId"] = std::to_string(d.claim_ids[i]);
      }
      std::string reasons;
      for (const Reason& r : c.reasons) {
        reasons += (reasons.empty() ? "" : ", ") + std::string(to_string(r.code));
      }
      cn.attrs["ct:reasons"] = reasons;
      m.entities.push_back(cn);
      const bool verbatim = c.quote == QuoteType::direct;
      std::string previous = cn.id;  // what the next statement was relayed into
      for (std::size_t k = 0; k < c.chain.size(); ++k) {
        const Hop& h = c.chain[k];
        const std::string stmt = "ctd:stmt-" + std::to_string(d.id) + "-" + std::to_string(c.id) + "-" + std::to_string(k);
        ProvModel::Node sn;
        sn.id = stmt;
        sn.type = "ct:Statement";
        sn.attrs["ct:mention"] = h.mention;
        sn.attrs["ct:cue"] = h.cue;
        sn.attrs["ct:hop"] = std::to_string(k);
        if (h.implicit) {
          sn.attrs["ct:implicit"] = "true";
        }
        m.entities.push_back(sn);
        const std::string agent = agent_local(h);
        add_agent(agent, h.entity.empty() ? h.mention : (by_id.count(h.entity) ? by_id[h.entity]->display_name : h.entity),
                  std::string(to_string(h.kind)), h.entity);
        m.relations.push_back({"wasAttributedTo", stmt, "ctd:" + agent});
        m.relations.push_back({verbatim ? "wasQuotedFrom" : "wasDerivedFrom", previous, stmt});
        previous = stmt;
      }
      if (!c.chain.empty()) {
        m.relations.push_back({"hadPrimarySource", cn.id,
                               "ctd:stmt-" + std::to_string(d.id) + "-" + std::to_string(c.id) + "-" +
                                   std::to_string(c.chain.size() - 1)});
      }
    }
  }
  return m;
}

Json qualified(const std::string& q) { return Json{{"$", q}, {"type", "prov:QUALIFIED_NAME"}}; }

std::string provn_string(const std::string& s) {
  std::string out = "\"";
  for (const char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
    }
    if (c == '\n' || c == '\r') {
      out += ' ';
      continue;
    }
    out += c;
  }
  return out + "\"";
}

}  // namespace

std::string prov_json(const std::vector<AuditDocument>& docs, const std::vector<EntityInfo>& entities, int indent) {
  const ProvModel m = build(docs, entities);
  Json j;
  j["prefix"] = Json{{"ct", k_prov_namespace}, {"ctd", k_prov_id_namespace}};
  Json ents = Json::object();
  for (const ProvModel::Node& n : m.entities) {
    Json e = Json::object();
    e["prov:type"] = qualified(n.type);
    for (const auto& [k, v] : n.attrs) {
      e[k] = (k == "ct:document") ? qualified(v) : Json(v);
    }
    ents[n.id] = e;
  }
  j["entity"] = ents;
  Json agents = Json::object();
  for (const ProvModel::Node& n : m.agents) {
    Json a = Json::object();
    a["prov:type"] = qualified(n.type);
    for (const auto& [k, v] : n.attrs) {
      a[k] = v;
    }
    agents[n.id] = a;
  }
  j["agent"] = agents;
  std::map<std::string, Json> groups;
  std::size_t counter = 0;
  for (const ProvModel::Relation& r : m.relations) {
    const std::string id = "_:r" + std::to_string(++counter);
    Json rec;
    if (r.kind == "wasAttributedTo") {
      rec = Json{{"prov:entity", r.a}, {"prov:agent", r.b}};
      groups["wasAttributedTo"][id] = rec;
    } else if (r.kind == "actedOnBehalfOf") {
      rec = Json{{"prov:delegate", r.a}, {"prov:responsible", r.b}};
      groups["actedOnBehalfOf"][id] = rec;
    } else {
      // Quotation and primary source are derivations with a type (PROV-JSON section 2.2).
      rec = Json{{"prov:generatedEntity", r.a}, {"prov:usedEntity", r.b}};
      if (r.kind == "wasQuotedFrom") {
        rec["prov:type"] = qualified("prov:Quotation");
      } else if (r.kind == "hadPrimarySource") {
        rec["prov:type"] = qualified("prov:PrimarySource");
      }
      groups["wasDerivedFrom"][id] = rec;
    }
  }
  for (auto& [k, v] : groups) {
    j[k] = v;
  }
  return j.dump(indent);
}

std::string prov_n(const std::vector<AuditDocument>& docs, const std::vector<EntityInfo>& entities) {
  const ProvModel m = build(docs, entities);
  std::ostringstream os;
  os << "document\n  prefix ct <" << k_prov_namespace << ">\n  prefix ctd <" << k_prov_id_namespace << ">\n\n";
  auto attrs = [&](const ProvModel::Node& n) {
    std::string out = "[prov:type='" + n.type + "'";
    for (const auto& [k, v] : n.attrs) {
      out += ", " + k + "=" + (k == "ct:document" ? "'" + v + "'" : provn_string(v));
    }
    return out + "]";
  };
  for (const ProvModel::Node& n : m.entities) {
    os << "  entity(" << n.id << ", " << attrs(n) << ")\n";
  }
  for (const ProvModel::Node& n : m.agents) {
    os << "  agent(" << n.id << ", " << attrs(n) << ")\n";
  }
  for (const ProvModel::Relation& r : m.relations) {
    os << "  " << r.kind << "(" << r.a << ", " << r.b << ")\n";
  }
  os << "endDocument\n";
  return os.str();
}

}  // namespace claimtrace::output
