#include "text/utf8.hpp"

#include <algorithm>

namespace claimtrace::text {

std::size_t valid_sequence_length(std::string_view bytes, std::size_t pos) noexcept {
  const auto b0 = static_cast<unsigned char>(bytes[pos]);
  if (b0 < 0x80) {
    return 1;
  }
  const std::size_t left = bytes.size() - pos;
  auto cont = [&](std::size_t k) {
    return k < left && (static_cast<unsigned char>(bytes[pos + k]) & 0xC0) == 0x80;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    return cont(1) ? 2 : 0;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    if (!cont(1) || !cont(2)) {
      return 0;
    }
    const auto b1 = static_cast<unsigned char>(bytes[pos + 1]);
    if (b0 == 0xE0 && b1 < 0xA0) {
      return 0;  // overlong
    }
    if (b0 == 0xED && b1 >= 0xA0) {
      return 0;  // UTF-16 surrogate
    }
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    if (!cont(1) || !cont(2) || !cont(3)) {
      return 0;
    }
    const auto b1 = static_cast<unsigned char>(bytes[pos + 1]);
    if (b0 == 0xF0 && b1 < 0x90) {
      return 0;  // overlong
    }
    if (b0 == 0xF4 && b1 >= 0x90) {
      return 0;  // above U+10FFFF
    }
    return 4;
  }
  return 0;
}


std::optional<std::size_t> find_invalid_utf8(std::string_view bytes) noexcept {
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    // Fast path over ASCII, 8 bytes at a time.
    while (pos + 8 <= bytes.size()) {
      std::uint64_t chunk = 0;
      for (std::size_t k = 0; k < 8; ++k) {
        chunk |= static_cast<std::uint64_t>(static_cast<unsigned char>(bytes[pos + k])) << (8 * k);
      }
      if ((chunk & 0x8080808080808080ULL) != 0) {
        break;
      }
      pos += 8;
    }
    if (pos >= bytes.size()) {
      break;
    }
    // Two-byte sequences inline: Arabic, Cyrillic and Greek text is made of them.
    const auto b0 = static_cast<unsigned char>(bytes[pos]);
    if (b0 < 0x80) {
      ++pos;
      continue;
    }
    if (b0 >= 0xC2 && b0 <= 0xDF && pos + 1 < bytes.size() &&
        (static_cast<unsigned char>(bytes[pos + 1]) & 0xC0) == 0x80) {
      pos += 2;
      continue;
    }
    const std::size_t len = valid_sequence_length(bytes, pos);
    if (len == 0) {
      return pos;
    }
    pos += len;
  }
  return std::nullopt;
}

std::string make_valid_utf8(std::string_view bytes, std::size_t& replaced) {
  std::string out;
  out.reserve(bytes.size());
  replaced = 0;
  std::size_t pos = 0;
  while (pos < bytes.size()) {
    const std::size_t len = valid_sequence_length(bytes, pos);
    if (len == 0) {
      out += "\xEF\xBF\xBD";
      ++replaced;
      ++pos;
      // Skip the continuation bytes of the broken sequence: one U+FFFD per sequence.
      while (pos < bytes.size() && (static_cast<unsigned char>(bytes[pos]) & 0xC0) == 0x80) {
        ++pos;
      }
      continue;
    }
    out.append(bytes.substr(pos, len));
    pos += len;
  }
  return out;
}

char32_t decode_utf8(std::string_view bytes, std::size_t& pos) noexcept {
  const auto b0 = static_cast<unsigned char>(bytes[pos]);
  if (b0 < 0x80) {
    ++pos;
    return b0;
  }
  auto at = [&](std::size_t k) { return static_cast<char32_t>(static_cast<unsigned char>(bytes[pos + k]) & 0x3F); };
  char32_t cp = 0;
  if (b0 < 0xE0) {
    cp = (static_cast<char32_t>(b0 & 0x1F) << 6) | at(1);
    pos += 2;
  } else if (b0 < 0xF0) {
    cp = (static_cast<char32_t>(b0 & 0x0F) << 12) | (at(1) << 6) | at(2);
    pos += 3;
  } else {
    cp = (static_cast<char32_t>(b0 & 0x07) << 18) | (at(1) << 12) | (at(2) << 6) | at(3);
    pos += 4;
  }
  return cp;
}

void append_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

std::size_t count_code_points(std::string_view valid_utf8) noexcept {
  std::size_t n = 0;
  for (const char c : valid_utf8) {
    // Every byte that is not a continuation byte starts a code point.
    n += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  return n;
}

CodePointIndex::CodePointIndex(std::string_view valid_utf8) : m_text(valid_utf8) {
  m_checkpoints.reserve(valid_utf8.size() / k_step + 2);
  std::size_t cp = 0;
  for (std::size_t i = 0; i < valid_utf8.size(); ++i) {
    if ((static_cast<unsigned char>(valid_utf8[i]) & 0xC0) != 0x80) {
      if (cp % k_step == 0) {
        m_checkpoints.push_back(static_cast<std::uint32_t>(i));
      }
      ++cp;
    }
  }
  m_count = cp;
}

std::size_t CodePointIndex::byte_offset(std::size_t cp) const noexcept {
  if (cp >= m_count) {
    return m_text.size();
  }
  std::size_t byte = m_checkpoints[cp / k_step];
  for (std::size_t k = cp % k_step; k > 0; --k) {
    ++byte;
    while (byte < m_text.size() && (static_cast<unsigned char>(m_text[byte]) & 0xC0) == 0x80) {
      ++byte;
    }
  }
  return byte;
}

std::string_view CodePointIndex::slice(std::size_t start, std::size_t end) const noexcept {
  if (end <= start) {
    return {};
  }
  const std::size_t b = byte_offset(start);
  const std::size_t e = byte_offset(end);
  return m_text.substr(b, e - b);
}

std::size_t CodePointIndex::cp_offset(std::size_t byte) const noexcept {
  if (byte >= m_text.size()) {
    return m_count;
  }
  // The last checkpoint at or before `byte`, then count forward.
  const auto it = std::upper_bound(m_checkpoints.begin(), m_checkpoints.end(),
                                   static_cast<std::uint32_t>(byte));
  const std::size_t k = static_cast<std::size_t>(it - m_checkpoints.begin()) - 1;
  std::size_t cp = k * k_step;
  // Each code-point start after the checkpoint, up to and including `byte`, is one more.
  for (std::size_t i = std::size_t{m_checkpoints[k]} + 1; i <= byte; ++i) {
    if ((static_cast<unsigned char>(m_text[i]) & 0xC0) != 0x80) {
      ++cp;
    }
  }
  return cp;
}

}  // namespace claimtrace::text
