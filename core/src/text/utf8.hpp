#pragma once
// UTF-8 validation and code-point arithmetic. Offsets in the contract are code
// points; everything that converts between bytes and code points lives here.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrace::text {

// Byte offset of the first invalid UTF-8 sequence (overlong forms, surrogates,
// code points above U+10FFFF, truncated sequences), or nullopt when valid.
[[nodiscard]] std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) noexcept;

// Length of the valid UTF-8 sequence starting at bytes[pos] (1 to 4), or 0 when invalid.
[[nodiscard]] std::size_t valid_sequence_length(std::string_view bytes, std::size_t pos) noexcept;

// Replaces each invalid sequence with U+FFFD; `replaced` counts the replacements.
[[nodiscard]] std::string make_valid_utf8(std::string_view bytes, std::size_t& replaced);

// Decodes the code point at bytes[pos] (which must be valid UTF-8) and advances pos.
[[nodiscard]] char32_t decode_utf8(std::string_view bytes, std::size_t& pos) noexcept;

// Appends the UTF-8 encoding of cp.
void append_utf8(std::string& out, char32_t cp);

[[nodiscard]] std::size_t count_code_points(std::string_view valid_utf8) noexcept;

// Converts code-point offsets into byte offsets in O(1) amortized per lookup,
// keeping one checkpoint every 64 code points (so the index costs ~1/16 of the
// text's size). Requires |text| to outlive the index.
class CodePointIndex {
 public:
  explicit CodePointIndex(std::string_view valid_utf8);
  CodePointIndex(std::string&&) = delete;  // would dangle

  [[nodiscard]] std::size_t size() const noexcept { return m_count; }
  [[nodiscard]] std::size_t byte_offset(std::size_t cp) const noexcept;
  // text[start:end] in code points, as UTF-8.
  [[nodiscard]] std::string_view slice(std::size_t start, std::size_t end) const noexcept;
  // Code point offset of a byte offset that starts a code point.
  [[nodiscard]] std::size_t cp_offset(std::size_t byte) const noexcept;

 private:
  static constexpr std::size_t k_step = 64;
  std::string_view m_text;
  std::size_t m_count = 0;
  std::vector<std::uint32_t> m_checkpoints;  // byte offset of code point k * k_step
};

}  // namespace claimtrace::text
