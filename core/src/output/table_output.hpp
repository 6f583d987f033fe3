#pragma once
// Readable terminal views of extractions and stored claims.

#include <functional>
#include <string>
#include <vector>

#include "claimtrace/extraction.hpp"

namespace claimtrace::output {

// "Yonhap > KCNA": each hop's entity display name when known, else its mention.
using DisplayName = std::function<std::string(const std::string& entity)>;
[[nodiscard]] std::string chain_label(const std::vector<Hop>& chain, const DisplayName& display);

struct TableStyle {
  bool color = false;
  std::size_t text_width = 90;  // claim text is cut to this many code points
};

// The document header and one block per claim.
[[nodiscard]] std::string extraction_table(const Extraction& e, const DisplayName& display, const TableStyle& style,
                                           bool include_unsourced = false);

// Cuts UTF-8 text to at most n code points, adding "…" when cut; line breaks read as spaces.
[[nodiscard]] std::string shorten(const std::string& utf8, std::size_t n);

// CSV field quoting (RFC 4180).
[[nodiscard]] std::string csv_field(const std::string& s);

// ANSI colour for a status ("" without colour).
[[nodiscard]] std::string status_color(ClaimStatus s, bool color);
[[nodiscard]] std::string color_reset(bool color);

}  // namespace claimtrace::output
