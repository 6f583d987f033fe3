// Tests of to_json(), claim_to_json() and extraction_from_json() against CONTRACT.md's shape.

#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "catch.hpp"
#include "claimtrace/json_output.hpp"
#include "sample_extraction.hpp"

namespace fs = std::filesystem;
using claimtrace::Claim;
using claimtrace::ClaimStatus;
using claimtrace::Commitment;
using claimtrace::ErrorKind;
using claimtrace::Expected;
using claimtrace::Extraction;
using claimtrace::test::sample_extraction;
using Json = nlohmann::ordered_json;

namespace {

// The keys of a JSON object in their order.
std::vector<std::string> keys_of(const Json& object) {
  std::vector<std::string> keys;
  for (const auto& item : object.items()) {
    keys.push_back(item.key());
  }
  return keys;
}

// What extraction_from_json() gives back for `x`: the JSON carries neither the document text nor
// the input's extra metadata.
Extraction without_stored_text(Extraction x) {
  x.document.text.clear();
  x.document.metadata_json = "{}";
  return x;
}

// The message of a failed extraction_from_json() on `json` after `edit`; "" when it succeeded.
template <class Edit>
std::string read_error(Edit edit) {
  Json j = Json::parse(claimtrace::to_json(sample_extraction()));
  edit(j);
  const Expected<Extraction> x = claimtrace::extraction_from_json(j.dump());
  if (x) {
    return "";
  }
  CHECK(x.error().kind == ErrorKind::input);
  return x.error().message;
}

Json load_schema() {
  std::ifstream in(fs::path(CLAIMTRACE_SOURCE_DIR) / "schemas" / "extract.schema.json");
  REQUIRE(in);
  return Json::parse(
      std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()});
}

std::set<std::string> enum_of(const Json& schema_node) {
  std::set<std::string> values;
  for (const Json& v : schema_node.at("enum")) {
    values.insert(v.get<std::string>());
  }
  return values;
}

}  // namespace

TEST_CASE("extraction_from_json: reads back what to_json wrote", "[output][json]") {
  const Extraction original = sample_extraction();
  for (const int indent : {2, 0, -1}) {
    INFO("indent " << indent);
    const Expected<Extraction> back =
        claimtrace::extraction_from_json(claimtrace::to_json(original, indent));
    REQUIRE(back);
    const Extraction expected = without_stored_text(original);
    CHECK(back->document == expected.document);
    CHECK(back->claims == expected.claims);
    // The stored text is the only thing lost; metadata comes back as the empty object.
    CHECK(back->document.text.empty());
    CHECK(back->document.metadata_json == "{}");
  }
}

TEST_CASE("extraction_from_json: every commitment round-trips", "[output][json]") {
  for (const Commitment c :
       {Commitment::report, Commitment::strong_report, Commitment::factive, Commitment::belief,
        Commitment::allegation, Commitment::denial, Commitment::hedge}) {
    Extraction x = sample_extraction();
    x.claims[0].commitment = c;
    const Expected<Extraction> back = claimtrace::extraction_from_json(claimtrace::to_json(x));
    REQUIRE(back);
    CHECK(back->claims[0].commitment == c);
  }
}

TEST_CASE("extraction_from_json: an empty document round-trips", "[output][json]") {
  Extraction x;
  x.document.path = "-";
  const Expected<Extraction> back = claimtrace::extraction_from_json(claimtrace::to_json(x, -1));
  REQUIRE(back);
  CHECK(back->document == x.document);
  CHECK(back->claims.empty());
  const Json j = Json::parse(claimtrace::to_json(x));
  CHECK(j["document"]["byline"]["author"].is_null());
  CHECK(keys_of(j["document"]["byline"]) == std::vector<std::string>{"author", "credited_sources"});
}

TEST_CASE("to_json: Arabic text is written as UTF-8, not escaped", "[output][json]") {
  const std::string json = claimtrace::to_json(sample_extraction());
  CHECK(json.find("\"mention\": \"وكالة يونهاب للأنباء\"") != std::string::npos);
  CHECK(json.find("\\u") == std::string::npos);
}

TEST_CASE("to_json: indent < 0 gives one line for JSONL", "[output][json]") {
  const std::string line = claimtrace::to_json(sample_extraction(), -1);
  CHECK(line.find('\n') == std::string::npos);
  CHECK(line.rfind("{\"document\":{\"path\":\"examples/kim-russia-visit.ar.txt\",", 0) == 0);
  CHECK(Json::parse(line) == Json::parse(claimtrace::to_json(sample_extraction(), 2)));
  // Pretty output has no trailing newline either: the caller decides how to end it.
  CHECK(claimtrace::to_json(sample_extraction(), 2).back() == '}');
}

TEST_CASE("to_json: keys in CONTRACT.md's order", "[output][json]") {
  const Json j = Json::parse(claimtrace::to_json(sample_extraction()));
  CHECK(keys_of(j) == std::vector<std::string>{"document", "claims"});
  CHECK(keys_of(j["document"]) == std::vector<std::string>{"path", "sha256", "lang", "byline",
                                                           "datelines", "credits", "title", "url",
                                                           "published", "format"});
  CHECK(keys_of(j["document"]["byline"]) ==
        std::vector<std::string>{"author", "author_start", "author_end", "credited_sources"});
  CHECK(keys_of(j["document"]["byline"]["credited_sources"][0]) ==
        std::vector<std::string>{"entity", "mention", "start", "end", "via"});
  CHECK(keys_of(j["document"]["datelines"][0]) ==
        std::vector<std::string>{"entity", "text", "start", "end", "place", "date", "plugin"});
  CHECK(keys_of(j["document"]["credits"][0]) ==
        std::vector<std::string>{"role", "entity", "mention", "start", "end"});
  CHECK(keys_of(j["claims"][0]) == std::vector<std::string>{"id", "text", "start", "end",
                                                            "sentence", "quote", "chain", "status",
                                                            "unconfirmed", "reasons", "group",
                                                            "rule", "commitment"});
  CHECK(keys_of(j["claims"][0]["sentence"]) == std::vector<std::string>{"start", "end"});
  CHECK(keys_of(j["claims"][0]["chain"][0]) ==
        std::vector<std::string>{"mention", "start", "end", "entity", "kind", "cue", "cue_start",
                                 "cue_end", "plugin"});
  CHECK(keys_of(j["claims"][1]["chain"][0]) ==
        std::vector<std::string>{"mention", "start", "end", "entity", "kind", "cue", "cue_start",
                                 "cue_end", "plugin", "implicit", "refers_to"});
  CHECK(keys_of(j["claims"][1]["reasons"][0]) ==
        std::vector<std::string>{"code", "cue", "start", "end"});
}

TEST_CASE("to_json: values as CONTRACT.md spells them", "[output][json]") {
  const Json j = Json::parse(claimtrace::to_json(sample_extraction()));
  const Json& claim = j["claims"][0];
  CHECK(claim["id"] == 1);
  CHECK(claim["start"] == 94);
  CHECK(claim["end"] == 125);
  CHECK(claim["sentence"] == Json{{"start", 25}, {"end", 126}});
  CHECK(claim["quote"] == "indirect");
  CHECK(claim["status"] == "single-source");
  CHECK(claim["unconfirmed"] == false);
  CHECK(claim["reasons"] == Json::array());
  CHECK(claim["rule"] == "ar.relay.naqala-an");
  CHECK(claim["commitment"] == "report");
  CHECK(claim["chain"][0]["kind"] == "agency");
  CHECK(claim["chain"][0]["cue_start"] == 25);
  CHECK(claim["chain"][0]["cue_end"] == 29);
  const Json& hedged = j["claims"][1];
  CHECK(hedged["status"] == "hedged");
  CHECK(hedged["unconfirmed"] == true);
  CHECK(hedged["reasons"][1]["code"] == "unnamed-source");
  CHECK(hedged["commitment"] == "belief");
  CHECK(j["claims"][2]["chain"] == Json::array());
  CHECK(j["claims"][2]["status"] == "unsourced");
}

TEST_CASE("to_json: unknown entities and core entities are null", "[output][json]") {
  const Json j = Json::parse(claimtrace::to_json(sample_extraction()));
  const Json& kcna = j["claims"][0]["chain"][1];
  CHECK(kcna["entity"] == "kcna");
  CHECK(kcna["plugin"].is_null());
  CHECK_FALSE(kcna.contains("implicit"));
  CHECK_FALSE(kcna.contains("refers_to"));
  const Json& anonymous = j["claims"][1]["chain"][1];
  CHECK(anonymous["entity"].is_null());
  CHECK(anonymous["kind"] == "anonymous");
  CHECK(j["claims"][1]["chain"][0]["implicit"] == true);
  CHECK(j["document"]["credits"][0]["entity"].is_null());
  CHECK(j["document"]["datelines"][0]["plugin"].is_null());
}

TEST_CASE("to_json: metadata fields only when known", "[output][json]") {
  Extraction x = sample_extraction();
  x.document.title.clear();
  x.document.url.clear();
  x.document.published.clear();
  const Json j = Json::parse(claimtrace::to_json(x));
  CHECK(keys_of(j["document"]) == std::vector<std::string>{"path", "sha256", "lang", "byline",
                                                           "datelines", "credits", "format"});
}

TEST_CASE("claim_to_json: the claim object of to_json", "[output][json]") {
  const Extraction x = sample_extraction();
  const Json whole = Json::parse(claimtrace::to_json(x));
  for (std::size_t i = 0; i < x.claims.size(); ++i) {
    const std::string line = claimtrace::claim_to_json(x.claims[i]);
    CHECK(line.find('\n') == std::string::npos);
    CHECK(Json::parse(line) == whole["claims"][i]);
  }
}

TEST_CASE("extraction_from_json: missing fields are named", "[output][json]") {
  CHECK(read_error([](Json& j) { j.erase("claims"); }) == "missing field 'claims'");
  CHECK(read_error([](Json& j) { j["document"].erase("sha256"); }) ==
        "missing field 'document.sha256'");
  CHECK(read_error([](Json& j) { j["document"]["byline"].erase("author"); }) ==
        "missing field 'document.byline.author'");
  CHECK(read_error([](Json& j) { j["document"]["byline"]["credited_sources"][1].erase("via"); }) ==
        "missing field 'document.byline.credited_sources[1].via'");
  CHECK(read_error([](Json& j) { j["claims"][1]["chain"][1].erase("kind"); }) ==
        "missing field 'claims[1].chain[1].kind'");
  CHECK(read_error([](Json& j) { j["claims"][0]["sentence"].erase("end"); }) ==
        "missing field 'claims[0].sentence.end'");
  CHECK(read_error([](Json& j) { j["claims"][2].erase("commitment"); }) ==
        "missing field 'claims[2].commitment'");
  // Entity must be present even when unknown: null says "not known", absence says "forgotten".
  CHECK(read_error([](Json& j) { j["claims"][0]["chain"][0].erase("entity"); }) ==
        "missing field 'claims[0].chain[0].entity'");
}

TEST_CASE("extraction_from_json: optional fields may be absent", "[output][json]") {
  CHECK(read_error([](Json& j) {
          j["document"].erase("title");
          j["document"].erase("url");
          j["document"].erase("published");
          j["claims"][1]["chain"][0].erase("implicit");
          j["claims"][1]["chain"][0].erase("refers_to");
          j["document"]["byline"].erase("author_start");
          j["document"]["byline"].erase("author_end");
        }).empty());
}

TEST_CASE("extraction_from_json: wrong types and values are named", "[output][json]") {
  CHECK(read_error([](Json& j) { j["claims"][0]["start"] = "94"; }) ==
        "field 'claims[0].start' must be an integer, not string");
  CHECK(read_error([](Json& j) { j["claims"][0]["end"] = -1; }) ==
        "field 'claims[0].end' must be a code point offset (0 to 4294967295), not -1");
  CHECK(read_error([](Json& j) { j["claims"][0]["status"] = "maybe"; }) ==
        "field 'claims[0].status' has unknown value 'maybe'");
  CHECK(read_error([](Json& j) { j["claims"][0]["chain"][0]["kind"] = "wire"; }) ==
        "field 'claims[0].chain[0].kind' has unknown value 'wire'");
  CHECK(read_error([](Json& j) { j["claims"][1]["reasons"][0]["code"] = "maybe"; }) ==
        "field 'claims[1].reasons[0].code' has unknown value 'maybe'");
  CHECK(read_error([](Json& j) { j["claims"][0]["unconfirmed"] = 0; }) ==
        "field 'claims[0].unconfirmed' must be a boolean, not number");
  CHECK(read_error([](Json& j) { j["claims"] = Json::object(); }) ==
        "field 'claims' must be an array, not object");
  CHECK(read_error([](Json& j) { j["claims"][0] = 3; }) ==
        "field 'claims[0]' must be an object, not number");
  CHECK(read_error([](Json& j) { j["document"]["byline"]["author"] = 7; }) ==
        "field 'document.byline.author' must be a string or null, not number");
}

TEST_CASE("extraction_from_json: text that is not a JSON object", "[output][json]") {
  const Expected<Extraction> truncated = claimtrace::extraction_from_json("{\"document\": ");
  REQUIRE_FALSE(truncated);
  CHECK(truncated.error().kind == ErrorKind::input);
  CHECK(truncated.error().message.rfind("invalid json: parse error at line 1, column 14", 0) == 0);

  const Expected<Extraction> array = claimtrace::extraction_from_json("[]");
  REQUIRE_FALSE(array);
  CHECK(array.error().message == "the extraction must be a json object, not array");
}

TEST_CASE("extract.schema.json: valid JSON whose enums match the program's names",
          "[output][json][schema]") {
  const Json schema = load_schema();
  CHECK(schema.at("$schema") == "https://json-schema.org/draft/2020-12/schema");
  const Json& defs = schema.at("$defs");

  std::set<std::string> statuses;
  for (const ClaimStatus s : {ClaimStatus::confirmed, ClaimStatus::single_source,
                              ClaimStatus::anonymous, ClaimStatus::hedged, ClaimStatus::unconfirmed,
                              ClaimStatus::disputed, ClaimStatus::denied, ClaimStatus::unsourced}) {
    statuses.insert(std::string(claimtrace::to_string(s)));
  }
  CHECK(enum_of(defs.at("claim").at("properties").at("status")) == statuses);

  std::set<std::string> kinds;
  for (int k = 0; k <= static_cast<int>(claimtrace::SourceKind::unknown); ++k) {
    kinds.insert(std::string(claimtrace::to_string(static_cast<claimtrace::SourceKind>(k))));
  }
  CHECK(enum_of(defs.at("source_kind")) == kinds);

  std::set<std::string> codes;
  for (int c = 0; c <= static_cast<int>(claimtrace::ReasonCode::dispute); ++c) {
    codes.insert(std::string(claimtrace::to_string(static_cast<claimtrace::ReasonCode>(c))));
  }
  CHECK(enum_of(defs.at("reason").at("properties").at("code")) == codes);

  std::set<std::string> commitments;
  for (int c = 0; c <= static_cast<int>(Commitment::hedge); ++c) {
    commitments.insert(std::string(claimtrace::to_string(static_cast<Commitment>(c))));
  }
  CHECK(enum_of(defs.at("claim").at("properties").at("commitment")) == commitments);

  CHECK(enum_of(defs.at("claim").at("properties").at("quote")) ==
        std::set<std::string>{"direct", "indirect", "mixed"});

  // The schema requires exactly the keys to_json always writes.
  const Json j = Json::parse(claimtrace::to_json(sample_extraction()));
  std::set<std::string> claim_required;
  for (const Json& key : defs.at("claim").at("required")) {
    claim_required.insert(key.get<std::string>());
  }
  const std::vector<std::string> claim_keys = keys_of(j["claims"][0]);
  CHECK(claim_required == std::set<std::string>(claim_keys.begin(), claim_keys.end()));
}

TEST_CASE("to_json: written claim by claim, byte for byte what one JSON tree dumps", "[output][json]") {
  // write_json never builds the whole tree; nlohmann re-dumping the parsed text is the tree's
  // formatting, so equal strings mean the streamed layout is exactly nlohmann's.
  Extraction empty;
  empty.document.path = "-";
  Extraction one = sample_extraction();
  one.claims.resize(1);
  for (const Extraction& x : {sample_extraction(), empty, one}) {
    for (const int indent : {-1, 2, 4}) {
      const std::string streamed = claimtrace::to_json(x, indent);
      const std::string tree = Json::parse(streamed).dump(indent, ' ', false);
      CHECK(streamed == tree);
      std::ostringstream out;
      claimtrace::write_json(out, x, indent);
      CHECK(out.str() == streamed);
    }
  }
}

TEST_CASE("to_json: strings are escaped as nlohmann escapes them", "[output][json]") {
  // Quotes, backslashes, every control character, DEL, Arabic, an emoji, and invalid UTF-8
  // (which nlohmann's replace handler turns into U+FFFD).
  std::string tricky = "q\"b\\s/\b\f\n\r\t x\x7F \xD9\x82\xD8\xA7\xD9\x84 \xF0\x9F\x93\xB0 ";
  for (char c = 1; c < 0x20; ++c) {
    tricky += c;
  }
  Extraction x = sample_extraction();
  x.claims.at(0).text = tricky;
  x.claims.at(0).chain.at(0).mention = std::string("bad \xC3\x28 and \xFF end");
  x.document.path = std::string("dir/\x01name.txt");
  for (const int indent : {-1, 2}) {
    const std::string streamed = claimtrace::to_json(x, indent);
    const Json parsed = Json::parse(streamed);
    CHECK(streamed == parsed.dump(indent, ' ', false));
    CHECK(parsed["claims"][0]["text"].get<std::string>() == tricky);
    CHECK(parsed["claims"][0]["chain"][0]["mention"].get<std::string>().find("\xEF\xBF\xBD") != std::string::npos);
    CHECK(claimtrace::claim_to_json(x.claims.at(0), indent) == parsed["claims"][0].dump(indent, ' ', false));
  }
}
