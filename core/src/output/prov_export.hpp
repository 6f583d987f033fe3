#pragma once
// W3C PROV export of stored claims: claims and the statements of each hop are
// entities, sources are agents (actedOnBehalfOf their controlling body), each
// statement wasAttributedTo its speaker, a verbatim relay wasQuotedFrom the
// statement it repeats, a paraphrase wasDerivedFrom it, and every claim
// hadPrimarySource its root statement. Status and reasons are attributes in
// the claimtrace namespace.

#include <string>
#include <vector>

#include "claimtrace/entity.hpp"
#include "output/audit_report.hpp"

namespace claimtrace::output {

inline constexpr const char* k_prov_namespace = "https://claimtrace.dev/ns#";
inline constexpr const char* k_prov_id_namespace = "https://claimtrace.dev/id/";

[[nodiscard]] std::string prov_json(const std::vector<AuditDocument>& docs, const std::vector<EntityInfo>& entities,
                                    int indent = 2);
[[nodiscard]] std::string prov_n(const std::vector<AuditDocument>& docs, const std::vector<EntityInfo>& entities);

}  // namespace claimtrace::output
