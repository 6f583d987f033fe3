#include "catch.hpp"

#include "text/lang_detect.hpp"
#include "text/sha256.hpp"

using namespace claimtrace::text;

TEST_CASE("sha256_hex matches the FIPS 180-4 examples", "[text][sha256]") {
  CHECK(sha256_hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  CHECK(sha256_hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  CHECK(sha256_hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq") ==
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  CHECK(sha256_hex(std::string(1000000, 'a')) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("sha256_hex: the hardware path and the portable code agree at every length", "[text][sha256]") {
  // Lengths around the 64-byte block and the 56-byte padding boundary, and many blocks.
  std::string bytes;
  std::uint32_t x = 12345;
  for (std::size_t n = 0; n < 300; ++n) {
    CHECK(sha256_hex(bytes) == sha256_hex_portable(bytes));
    x = x * 1103515245U + 12345U;
    bytes += static_cast<char>(x >> 24);
  }
  CHECK(sha256_hex_portable(std::string(1000000, 'a')) ==
        "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST_CASE("detect_language goes by script", "[text][lang]") {
  CHECK(detect_language("The Kremlin said") == "en");
  CHECK(detect_language("\xD9\x82\xD8\xA7\xD9\x84 CNN \xD8\xA5\xD9\x86") == "ar");
  CHECK(detect_language("\xD0\xA2\xD0\x90\xD0\xA1\xD0\xA1 \xD1\x81\xD0\xBE\xD0\xBE\xD0\xB1") == "ru");
  CHECK(detect_language("\xEC\x97\xB0\xED\x95\xA9\xEB\x89\xB4\xEC\x8A\xA4") == "ko");
}
