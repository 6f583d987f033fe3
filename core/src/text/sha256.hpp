#pragma once
// SHA-256 (FIPS 180-4) of a byte string, as 64 lower-case hex digits. Used for
// the documents' content hash; written here to avoid a crypto dependency for
// one function (tested against the FIPS example vectors).

#include <string>
#include <string_view>

namespace claimtrace::text {

// Uses the CPU's SHA instructions when it has them (x86-64).
[[nodiscard]] std::string sha256_hex(std::string_view bytes);

// The portable code alone, for the tests to compare the two.
[[nodiscard]] std::string sha256_hex_portable(std::string_view bytes);

}  // namespace claimtrace::text
