#pragma once

#include <cstdint>

namespace claimtrace {

// A half-open range of Unicode code points into a document's stored text
// (Python text[start:end]). Every span the program reports is one of these.
struct Span {
  std::uint32_t start = 0;
  std::uint32_t end = 0;

  [[nodiscard]] constexpr bool empty() const noexcept { return end <= start; }
  [[nodiscard]] constexpr std::uint32_t size() const noexcept { return empty() ? 0 : end - start; }
  [[nodiscard]] constexpr bool contains(const Span& o) const noexcept {
    return start <= o.start && o.end <= end;
  }
  [[nodiscard]] constexpr bool overlaps(const Span& o) const noexcept {
    return start < o.end && o.start < end;
  }
  friend constexpr bool operator==(const Span&, const Span&) = default;
};

}  // namespace claimtrace
