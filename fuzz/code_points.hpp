#pragma once
// The fuzz targets' own reading of UTF-8: strict validation and the byte offset of every
// code point, written here independently of core/src/text so that a bug in the library's
// UTF-8 code cannot hide by agreeing with the checker.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace claimtrace::fuzz {

class CodePoints {
 public:
  // The code points of `bytes`, or nullopt when it is not valid UTF-8 (overlong forms,
  // surrogates, values above U+10FFFF, stray or missing continuation bytes).
  // `bytes` must outlive the result.
  [[nodiscard]] static std::optional<CodePoints> decode(std::string_view bytes);

  [[nodiscard]] std::size_t size() const noexcept { return m_values.size(); }
  [[nodiscard]] char32_t at(std::size_t i) const noexcept { return m_values[i]; }
  // Byte offset of code point i; byte_offset(size()) is the length in bytes.
  [[nodiscard]] std::size_t byte_offset(std::size_t i) const noexcept { return m_offsets[i]; }
  // Code points [start, end) as UTF-8; requires start <= end <= size().
  [[nodiscard]] std::string_view slice(std::size_t start, std::size_t end) const noexcept {
    return m_bytes.substr(m_offsets[start], m_offsets[end] - m_offsets[start]);
  }

 private:
  std::string_view m_bytes;
  std::vector<char32_t> m_values;
  std::vector<std::uint32_t> m_offsets;  // byte offset of each code point, then bytes.size()
};

}  // namespace claimtrace::fuzz
