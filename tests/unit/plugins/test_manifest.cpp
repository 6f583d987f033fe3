#include "catch.hpp"

#include "claimtrace/plugin_host.hpp"

using claimtrace::parse_manifest;
using claimtrace::SourceKind;

TEST_CASE("parse_manifest reads an agency with names in several languages", "[plugins][manifest]") {
  const auto r = parse_manifest(R"([plugin]
name = "x"
[[agency]]
id = "yonhap"
display_name = "Yonhap"
kind = "agency"
country = "KR"
names = { en = ["Yonhap"], ar = ["يونهاب"], ko = ["연합뉴스"] }
ambiguous_names = { en = ["YNA"] }
lookalikes = { en = ["Yonhap Infomax"] }
datelines = [ { pattern = "{PLACE}, {DATE} ({NAME}) --", lang = "en" } ]
signoffs = { en = ["Yonhap"] }
[[agency.cue]]
lang = "en"
forms = ["Yonhap reported"]
)",
                                "m.toml", "yonhap");
  REQUIRE(r);
  REQUIRE(r->size() == 1);
  const auto& e = r->front();
  CHECK(e.id == "yonhap");
  CHECK(e.kind == SourceKind::agency);
  CHECK(e.plugin == "yonhap");
  CHECK(e.names.size() == 3);
  CHECK(e.names[2].text == "연합뉴스");
  CHECK(e.names[2].lang == "ko");
  CHECK(e.ambiguous_names.size() == 1);
  REQUIRE(e.lookalikes.size() == 1);
  CHECK(e.lookalikes.front().text == "Yonhap Infomax");
  CHECK(e.datelines.front().pattern == "{PLACE}, {DATE} ({NAME}) --");
  CHECK(e.cues.front().forms.front() == "Yonhap reported");
  CHECK(e.cues.front().commitment == "report");
}

TEST_CASE("parse_manifest names file, line and column of a wrong key or type", "[plugins][manifest]") {
  auto unknown = parse_manifest("[[agency]]\nid = \"a\"\nkind = \"agency\"\nnmes = { en = [\"A\"] }\n", "m.toml", "p");
  REQUIRE_FALSE(unknown);
  CHECK(unknown.error().message == "m.toml:4:8: unknown key 'nmes' in [[agency]]");
  auto type = parse_manifest("[[agency]]\nid = 3\nkind = \"agency\"\nnames = { en = [\"A\"] }\n", "m.toml", "p");
  REQUIRE_FALSE(type);
  CHECK(type.error().message == "m.toml:2:6: [[agency]] 'id' must be a string");
  auto kind = parse_manifest("[[agency]]\nid = \"a\"\nkind = \"newspaperish\"\nnames = { en = [\"A\"] }\n", "m.toml", "p");
  REQUIRE_FALSE(kind);
  CHECK(kind.error().message.starts_with("m.toml:3:8: unknown kind 'newspaperish'"));
  auto syntax = parse_manifest("[[agency]\n", "m.toml", "p");
  REQUIRE_FALSE(syntax);
  CHECK(syntax.error().message.starts_with("m.toml:1:"));
  auto no_names = parse_manifest("[[agency]]\nid = \"a\"\nkind = \"agency\"\n", "m.toml", "p");
  REQUIRE_FALSE(no_names);
  CHECK(no_names.error().message == "m.toml:1:1: [[agency]] 'a' needs names");
}
