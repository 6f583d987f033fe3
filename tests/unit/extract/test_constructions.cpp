// Every attribution construction of the fixtures, in both languages, including
// the negative cases (no claim where there is none).

#include "catch.hpp"

#include <string>

#include "construction_cases.hpp"

namespace {

void check_file(const std::string& file, const std::string& lang) {
  const auto results = claimtrace::testing::run_construction_cases(
      claimtrace::testing::test_extractor(), std::string(CLAIMTRACE_FIXTURES_DIR) + "/constructions/" + file, lang);
  REQUIRE_FALSE(results.empty());
  for (const auto& r : results) {
    INFO("case: " << r.name);
    for (const std::string& f : r.failures) {
      INFO(f);
    }
    std::string all;
    for (const std::string& f : r.failures) {
      all += f + "\n";
    }
    CHECK(all == "");
  }
}

}  // namespace

TEST_CASE("English constructions", "[extract][constructions][en]") { check_file("en.toml", "en"); }

TEST_CASE("Arabic constructions", "[extract][constructions][ar]") { check_file("ar.toml", "ar"); }
