#include "catch.hpp"

#include <string>

#include "text/utf8.hpp"

using namespace claimtrace::text;

TEST_CASE("find_invalid_utf8 names the first bad byte", "[text][utf8]") {
  CHECK_FALSE(find_invalid_utf8("plain ascii").has_value());
  CHECK_FALSE(find_invalid_utf8("\xD9\x82\xD8\xA7\xD9\x84").has_value());  // "قال"
  CHECK(find_invalid_utf8("ab\xFF").value() == 2);
  CHECK(find_invalid_utf8("abc\xC0\xAF").value() == 3);          // overlong '/'
  CHECK(find_invalid_utf8("x\xED\xA0\x80").value() == 1);         // surrogate
  CHECK(find_invalid_utf8("\xE2\x82").value() == 0);              // truncated
  CHECK(find_invalid_utf8("\xF4\x90\x80\x80").value() == 0);      // above U+10FFFF
}

TEST_CASE("make_valid_utf8 replaces each broken sequence once", "[text][utf8]") {
  std::size_t replaced = 0;
  CHECK(make_valid_utf8("a\xFF" "b\xE2\x82" "c", replaced) == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c");
  CHECK(replaced == 2);
}

TEST_CASE("CodePointIndex converts between code points and bytes", "[text][utf8]") {
  // 100 Arabic letters then ASCII: checkpoints are crossed.
  std::string text;
  for (int i = 0; i < 100; ++i) {
    text += "\xD8\xA8";  // ب
  }
  text += "xyz";
  const CodePointIndex index(text);
  CHECK(index.size() == 103);
  CHECK(index.byte_offset(0) == 0);
  CHECK(index.byte_offset(64) == 128);
  CHECK(index.byte_offset(100) == 200);
  CHECK(index.slice(100, 103) == "xyz");
  CHECK(index.slice(99, 101) == "\xD8\xA8x");
  CHECK(index.cp_offset(200) == 100);
  CHECK(index.cp_offset(130) == 65);
  CHECK(index.cp_offset(text.size()) == 103);
}

TEST_CASE("count_code_points counts non-continuation bytes", "[text][utf8]") {
  CHECK(count_code_points("") == 0);
  CHECK(count_code_points("h\xC3\xA9llo") == 5);
  CHECK(count_code_points("\xF0\x9F\x98\x80") == 1);
}
