#pragma once

#include <cstdint>
#include <string_view>

namespace claimtrace {

// The program's version (also printed by `claimtrace --version`).
inline constexpr std::string_view k_version = "0.1.0";

// Version of the JSON output documented in CONTRACT.md and schemas/.
inline constexpr std::string_view k_output_schema_version = "1";

}  // namespace claimtrace
