// The Arabic frames compare words with the folded text (text/char_fold.cpp), where "ئ" and "ى"
// read as "ي", "ؤ" as "و", "ة" as "ه" and "أ", "إ", "آ" as "ا". A word list written with the
// unfolded letters never matches, silently: "شائعات" in a list of report nouns left every "وسط
// شائعات عن P" without a source. No UTF-16 literal in the extraction sources may hold them.

#include <cctype>
#include <fstream>
#include <string>
#include <vector>

#include "catch.hpp"

namespace {

bool unfolded(char32_t cp) {
  return cp == 0x0626 || cp == 0x0624 || cp == 0x0629 || cp == 0x0649 || cp == 0x0623 || cp == 0x0625 ||
         cp == 0x0622;
}

// The code points of a literal's body: UTF-8 text and \uXXXX escapes.
std::vector<char32_t> code_points(const std::string& body) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < body.size();) {
    const auto c = static_cast<unsigned char>(body[i]);
    if (c == '\\' && i + 6 <= body.size() && body[i + 1] == 'u') {
      out.push_back(static_cast<char32_t>(std::stoul(body.substr(i + 2, 4), nullptr, 16)));
      i += 6;
    } else if (c < 0x80) {
      out.push_back(c);
      ++i;
    } else {
      const int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
      char32_t cp = c & (0xFF >> (n + 1));
      for (int k = 1; k < n && i + k < body.size(); ++k) {
        cp = (cp << 6) | (static_cast<unsigned char>(body[i + k]) & 0x3F);
      }
      out.push_back(cp);
      i += static_cast<std::size_t>(n);
    }
  }
  return out;
}

// "file:line: literal" for every u"…" literal outside a comment that holds an unfolded letter.
std::string unfolded_literals(const std::string& path) {
  std::ifstream in(path);
  REQUIRE(in.good());
  std::string found;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::size_t at = 0;
    while ((at = line.find("u\"", at)) != std::string::npos) {
      const std::size_t comment = line.find("//");
      if (comment != std::string::npos && comment < at) {
        break;
      }
      // (Not the end of an identifier: "mu\"" does not open a literal.)
      if (at > 0 && (std::isalnum(static_cast<unsigned char>(line[at - 1])) || line[at - 1] == '_')) {
        at += 2;
        continue;
      }
      const std::size_t end = line.find('"', at + 2);
      if (end == std::string::npos) {
        break;
      }
      const std::string body = line.substr(at + 2, end - at - 2);
      for (const char32_t cp : code_points(body)) {
        if (unfolded(cp)) {
          found += path + ":" + std::to_string(number) + ": " + body + "\n";
          break;
        }
      }
      at = end + 1;
    }
  }
  return found;
}

}  // namespace

TEST_CASE("Arabic word lists in the extraction sources are written as the folded text reads them") {
  const std::string dir = std::string(CLAIMTRACE_SOURCE_DIR) + "/core/src/extract/";
  std::string found;
  for (const char* file : {"frames_ar.cpp", "frames_common.cpp", "frames_en.cpp", "assembler.cpp",
                           "source_resolver.cpp", "sentence.cpp", "extractor.cpp", "discourse.cpp", "status.cpp"}) {
    found += unfolded_literals(dir + file);
  }
  CHECK(found == "");
}

TEST_CASE("the folded-literal check finds an unfolded letter, written or escaped") {
  const std::string path = std::string(CLAIMTRACE_SOURCE_DIR) + "/tests/fixtures/extract/unfolded_literals.cpp.txt";
  const std::string found = unfolded_literals(path);
  CHECK(found.find(":3: شائعات") != std::string::npos);
  CHECK(found.find(":4: \\u0627\\u0626\\u062a\\u0644\\u0627\\u0641") != std::string::npos);
  CHECK(found.find(":5:") == std::string::npos);  // folded: "شايعات"
  CHECK(found.find(":6:") == std::string::npos);  // in a comment
}
