#pragma once

#include <optional>
#include <string_view>

namespace claimtrace {

// What kind of source a hop is (CONTRACT.md "kind of a hop").
enum class SourceKind {
  agency,
  outlet,
  government,
  organization,
  person,
  officials,  // an unnamed official group: "South Korean officials"
  anonymous,  // "sources familiar with the matter"
  reports,    // vague: "media reports", "reports from Pyongyang"
  unknown,
};

[[nodiscard]] std::string_view to_string(SourceKind kind) noexcept;
[[nodiscard]] std::optional<SourceKind> parse_source_kind(std::string_view text) noexcept;

// Unnamed or vague sources make a claim unconfirmed when they are its root.
[[nodiscard]] constexpr bool is_unnamed(SourceKind kind) noexcept {
  return kind == SourceKind::officials || kind == SourceKind::anonymous ||
         kind == SourceKind::reports;
}

}  // namespace claimtrace
