#include "code_points.hpp"

namespace claimtrace::fuzz {
namespace {

// The Unicode standard's table of well-formed byte sequences (Table 3-7), spelled out
// rather than derived, so it shares no logic with core/src/text/utf8.cpp.
struct Lead {
  unsigned char low;  // first byte range
  unsigned char high;
  int length;
  unsigned char second_low;  // allowed range of the second byte
  unsigned char second_high;
};

constexpr Lead k_leads[] = {
    {0xC2, 0xDF, 2, 0x80, 0xBF}, {0xE0, 0xE0, 3, 0xA0, 0xBF}, {0xE1, 0xEC, 3, 0x80, 0xBF},
    {0xED, 0xED, 3, 0x80, 0x9F}, {0xEE, 0xEF, 3, 0x80, 0xBF}, {0xF0, 0xF0, 4, 0x90, 0xBF},
    {0xF1, 0xF3, 4, 0x80, 0xBF}, {0xF4, 0xF4, 4, 0x80, 0x8F},
};

}  // namespace

std::optional<CodePoints> CodePoints::decode(std::string_view bytes) {
  CodePoints out;
  out.m_bytes = bytes;
  out.m_values.reserve(bytes.size());
  out.m_offsets.reserve(bytes.size() + 1);
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const auto b0 = static_cast<unsigned char>(bytes[pos]);
    out.m_offsets.push_back(static_cast<std::uint32_t>(pos));
    if (b0 < 0x80) {
      out.m_values.push_back(b0);
      ++pos;
      continue;
    }
    const Lead* lead = nullptr;
    for (const Lead& l : k_leads) {
      if (b0 >= l.low && b0 <= l.high) {
        lead = &l;
      }
    }
    if (lead == nullptr || bytes.size() - pos < static_cast<std::size_t>(lead->length)) {
      return std::nullopt;
    }
    const auto b1 = static_cast<unsigned char>(bytes[pos + 1]);
    if (b1 < lead->second_low || b1 > lead->second_high) {
      return std::nullopt;
    }
    // The lead byte keeps 7 - length bits of the value; each continuation byte 6.
    char32_t value = b0 & (0x7Fu >> lead->length);
    for (int k = 1; k < lead->length; ++k) {
      const auto b = static_cast<unsigned char>(bytes[pos + static_cast<std::size_t>(k)]);
      if ((b & 0xC0) != 0x80) {
        return std::nullopt;
      }
      value = (value << 6) | (b & 0x3Fu);
    }
    out.m_values.push_back(value);
    pos += static_cast<std::size_t>(lead->length);
  }
  out.m_offsets.push_back(static_cast<std::uint32_t>(bytes.size()));
  return out;
}

}  // namespace claimtrace::fuzz
