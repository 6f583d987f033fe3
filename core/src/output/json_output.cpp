// The JSON of CONTRACT.md, in the contract's key order (scripts and people diff this output):
// written with output::JsonWriter (nlohmann's layout, without a tree), read back with nlohmann.
//
// What the JSON does not carry, and so comes back from extraction_from_json() as the default:
// DocumentRecord::text (the stored document is not repeated in every output) and
// DocumentRecord::metadata_json (comes back "{}"). The byline author's span is written as
// "author_start"/"author_end" next to "author" only when there is an author whose name is one
// stretch of the text (not for "A and B" put together from "Reporting by A in X and B in Y").
//
// Every "entity" and "plugin" field is null when the model holds an empty string, so that a
// consumer tests for a known source with one check instead of two.

#include "claimtrace/json_output.hpp"

#include <cstdint>
#include <limits>
#include <optional>
#include <ostream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "output/json_writer.hpp"

namespace claimtrace {
namespace {

using Json = nlohmann::ordered_json;

// ---------------------------------------------------------------------------------------------
// Writing

void write_span_object(output::JsonWriter& w, const Span& span) {
  w.begin_object();
  w.field("start", span.start);
  w.field("end", span.end);
  w.end_object();
}

void write_hop(output::JsonWriter& w, const Hop& hop) {
  w.begin_object();
  w.field("mention", hop.mention);
  w.field("start", hop.span.start);
  w.field("end", hop.span.end);
  w.key("entity");
  w.nullable(hop.entity);
  w.field("kind", to_string(hop.kind));
  w.field("cue", hop.cue);
  w.field("cue_start", hop.cue_span.start);
  w.field("cue_end", hop.cue_span.end);
  w.key("plugin");
  w.nullable(hop.plugin);
  // Absent rather than false: most hops are explicit and the contract's example has no such key.
  if (hop.implicit) {
    w.field("implicit", true);
  }
  // For a pronoun, a definite description or a dropped subject: the mention it stands for.
  if (!hop.refers_to.empty()) {
    w.field("refers_to", hop.refers_to);
  }
  w.end_object();
}

void write_reason(output::JsonWriter& w, const Reason& reason) {
  w.begin_object();
  w.field("code", to_string(reason.code));
  w.field("cue", reason.cue);
  w.field("start", reason.span.start);
  w.field("end", reason.span.end);
  w.end_object();
}

void write_claim(output::JsonWriter& w, const Claim& claim) {
  w.begin_object();
  w.field("id", claim.id);
  w.field("text", claim.text);
  w.field("start", claim.span.start);
  w.field("end", claim.span.end);
  w.key("sentence");
  write_span_object(w, claim.sentence);
  w.field("quote", to_string(claim.quote));
  w.key("chain");
  w.begin_array();
  for (const Hop& hop : claim.chain) {
    write_hop(w, hop);
  }
  w.end_array();
  w.field("status", to_string(claim.status));
  w.field("unconfirmed", claim.unconfirmed);
  w.key("reasons");
  w.begin_array();
  for (const Reason& reason : claim.reasons) {
    write_reason(w, reason);
  }
  w.end_array();
  w.field("group", claim.group);
  w.field("rule", claim.rule);
  w.field("commitment", to_string(claim.commitment));
  w.end_object();
}

void write_byline(output::JsonWriter& w, const Byline& byline) {
  w.begin_object();
  if (byline.author) {
    w.field("author", *byline.author);
    if (!byline.author_span.empty()) {
      w.field("author_start", byline.author_span.start);
      w.field("author_end", byline.author_span.end);
    }
  } else {
    w.key("author");
    w.null();
  }
  w.key("credited_sources");
  w.begin_array();
  for (const CreditedSource& source : byline.credited_sources) {
    w.begin_object();
    w.key("entity");
    w.nullable(source.entity);
    w.field("mention", source.mention);
    w.field("start", source.span.start);
    w.field("end", source.span.end);
    w.field("via", source.via);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

void write_document(output::JsonWriter& w, const DocumentRecord& doc) {
  w.begin_object();
  w.field("path", doc.path);
  w.field("sha256", doc.sha256);
  w.field("lang", doc.lang);
  w.key("byline");
  write_byline(w, doc.byline);
  w.key("datelines");
  w.begin_array();
  for (const Dateline& dateline : doc.datelines) {
    w.begin_object();
    w.key("entity");
    w.nullable(dateline.entity);
    w.field("text", dateline.text);
    w.field("start", dateline.span.start);
    w.field("end", dateline.span.end);
    w.field("place", dateline.place);
    w.field("date", dateline.date);
    w.key("plugin");
    w.nullable(dateline.plugin);
    w.end_object();
  }
  w.end_array();
  w.key("credits");
  w.begin_array();
  for (const Credit& credit : doc.credits) {
    w.begin_object();
    w.field("role", credit.role);
    w.key("entity");
    w.nullable(credit.entity);
    w.field("mention", credit.mention);
    w.field("start", credit.span.start);
    w.field("end", credit.span.end);
    w.end_object();
  }
  w.end_array();
  // Metadata only when known: most plain-text inputs have none, and "" would read as a value.
  if (!doc.title.empty()) {
    w.field("title", doc.title);
  }
  if (!doc.url.empty()) {
    w.field("url", doc.url);
  }
  if (!doc.published.empty()) {
    w.field("published", doc.published);
  }
  w.field("format", doc.format);
  w.end_object();
}


// ---------------------------------------------------------------------------------------------
// Reading

// Where a value sits in the document ("claims[2].chain[0].kind"), for error messages.
std::string field_path(const std::string& where, std::string_view key) {
  if (where.empty()) {
    return std::string(key);
  }
  return where + '.' + std::string(key);
}

std::string index_path(const std::string& where, std::size_t index) {
  return where + '[' + std::to_string(index) + ']';
}

tl::unexpected<Error> input_error(std::string message) {
  return make_error(ErrorKind::input, std::move(message));
}

tl::unexpected<Error> wrong_type(const std::string& path, std::string_view expected,
                                 const Json& value) {
  return input_error("field '" + path + "' must be " + std::string(expected) + ", not " +
                     std::string(value.type_name()));
}

// Reads the fields of one JSON object; each getter names the full path of a missing or
// mistyped field.
class ObjectReader {
 public:
  ObjectReader(const Json& object, std::string where)
      : m_object(object), m_where(std::move(where)) {}

  [[nodiscard]] const std::string& where() const noexcept { return m_where; }

  [[nodiscard]] Expected<const Json*> required(std::string_view key) const {
    const auto it = m_object.find(key);
    if (it == m_object.end()) {
      return input_error("missing field '" + field_path(m_where, key) + "'");
    }
    return &*it;
  }

  [[nodiscard]] const Json* optional(std::string_view key) const {
    const auto it = m_object.find(key);
    return it == m_object.end() ? nullptr : &*it;
  }

  [[nodiscard]] Expected<std::string> string(std::string_view key) const {
    Expected<const Json*> value = required(key);
    if (!value) {
      return tl::unexpected(value.error());
    }
    return as_string(**value, key);
  }

  // A string that may be null (or absent, for fields written only when known): both give "".
  [[nodiscard]] Expected<std::string> nullable_string(std::string_view key,
                                                      bool may_be_absent) const {
    const Json* value = optional(key);
    if (value == nullptr) {
      if (may_be_absent) {
        return std::string();
      }
      return input_error("missing field '" + field_path(m_where, key) + "'");
    }
    if (value->is_null()) {
      return std::string();
    }
    return as_string(*value, key);
  }

  [[nodiscard]] Expected<std::string> optional_string(std::string_view key) const {
    const Json* value = optional(key);
    if (value == nullptr) {
      return std::string();
    }
    return as_string(*value, key);
  }

  [[nodiscard]] Expected<std::uint32_t> offset(std::string_view key) const {
    Expected<const Json*> value = required(key);
    if (!value) {
      return tl::unexpected(value.error());
    }
    const Json& v = **value;
    if (!v.is_number_integer()) {
      return wrong_type(field_path(m_where, key), "an integer", v);
    }
    constexpr std::uint64_t k_max = std::numeric_limits<std::uint32_t>::max();
    const bool fits = v.is_number_unsigned()
                          ? v.get<std::uint64_t>() <= k_max
                          : v.get<std::int64_t>() >= 0 &&
                                static_cast<std::uint64_t>(v.get<std::int64_t>()) <= k_max;
    if (!fits) {
      return input_error("field '" + field_path(m_where, key) +
                         "' must be a code point offset (0 to 4294967295), not " + v.dump());
    }
    return static_cast<std::uint32_t>(v.get<std::uint64_t>());
  }

  [[nodiscard]] Expected<int> integer(std::string_view key) const {
    Expected<const Json*> value = required(key);
    if (!value) {
      return tl::unexpected(value.error());
    }
    const Json& v = **value;
    if (!v.is_number_integer()) {
      return wrong_type(field_path(m_where, key), "an integer", v);
    }
    const bool fits =
        v.is_number_unsigned()
            ? v.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<int>::max())
            : v.get<std::int64_t>() >= std::numeric_limits<int>::min() &&
                  v.get<std::int64_t>() <= std::numeric_limits<int>::max();
    if (!fits) {
      return input_error("field '" + field_path(m_where, key) + "' is out of range: " + v.dump());
    }
    return v.get<int>();
  }

  [[nodiscard]] Expected<bool> boolean(std::string_view key, std::optional<bool> if_absent) const {
    const Json* value = optional(key);
    if (value == nullptr) {
      if (if_absent) {
        return *if_absent;
      }
      return input_error("missing field '" + field_path(m_where, key) + "'");
    }
    if (!value->is_boolean()) {
      return wrong_type(field_path(m_where, key), "a boolean", *value);
    }
    return value->get<bool>();
  }

  // An enumeration spelled as CONTRACT.md spells it.
  template <class Enum, class Parse>
  [[nodiscard]] Expected<Enum> enumeration(std::string_view key, Parse parse) const {
    Expected<std::string> text = string(key);
    if (!text) {
      return tl::unexpected(text.error());
    }
    const std::optional<Enum> value = parse(*text);
    if (!value) {
      return input_error("field '" + field_path(m_where, key) + "' has unknown value '" + *text +
                         "'");
    }
    return *value;
  }

  [[nodiscard]] Expected<const Json*> array(std::string_view key) const {
    Expected<const Json*> value = required(key);
    if (!value) {
      return value;
    }
    if (!(*value)->is_array()) {
      return wrong_type(field_path(m_where, key), "an array", **value);
    }
    return value;
  }

  [[nodiscard]] Expected<const Json*> object(std::string_view key) const {
    Expected<const Json*> value = required(key);
    if (!value) {
      return value;
    }
    if (!(*value)->is_object()) {
      return wrong_type(field_path(m_where, key), "an object", **value);
    }
    return value;
  }

  // A span stored as two sibling offsets ("start"/"end", "cue_start"/"cue_end").
  [[nodiscard]] Expected<Span> span(std::string_view start_key, std::string_view end_key) const {
    Expected<std::uint32_t> start = offset(start_key);
    if (!start) {
      return tl::unexpected(start.error());
    }
    Expected<std::uint32_t> end = offset(end_key);
    if (!end) {
      return tl::unexpected(end.error());
    }
    return Span{*start, *end};
  }

 private:
  [[nodiscard]] Expected<std::string> as_string(const Json& value, std::string_view key) const {
    if (!value.is_string()) {
      return wrong_type(field_path(m_where, key), "a string", value);
    }
    return value.get<std::string>();
  }

  const Json& m_object;
  std::string m_where;
};

// Applies `read` to each element of the array `key` of `reader`; elements must be objects.
template <class T, class Read>
Expected<std::vector<T>> read_objects(const ObjectReader& reader, std::string_view key, Read read) {
  Expected<const Json*> array = reader.array(key);
  if (!array) {
    return tl::unexpected(array.error());
  }
  std::vector<T> out;
  out.reserve((*array)->size());
  const std::string base = field_path(reader.where(), key);
  for (std::size_t i = 0; i < (*array)->size(); ++i) {
    const Json& element = (**array)[i];
    const std::string where = index_path(base, i);
    if (!element.is_object()) {
      return wrong_type(where, "an object", element);
    }
    Expected<T> value = read(ObjectReader(element, where));
    if (!value) {
      return tl::unexpected(value.error());
    }
    out.push_back(std::move(*value));
  }
  return out;
}

// Unwraps an Expected into `target`, or returns its error from the enclosing function.
#define CLAIMTRACE_READ(target, expr)                       \
  do {                                                      \
    auto claimtrace_read_value = (expr);                    \
    if (!claimtrace_read_value) {                           \
      return tl::unexpected(claimtrace_read_value.error()); \
    }                                                       \
    (target) = std::move(*claimtrace_read_value);           \
  } while (false)

Expected<Hop> read_hop(const ObjectReader& r) {
  Hop hop;
  CLAIMTRACE_READ(hop.mention, r.string("mention"));
  CLAIMTRACE_READ(hop.span, r.span("start", "end"));
  CLAIMTRACE_READ(hop.entity, r.nullable_string("entity", false));
  CLAIMTRACE_READ(hop.kind, r.enumeration<SourceKind>("kind", parse_source_kind));
  CLAIMTRACE_READ(hop.cue, r.string("cue"));
  CLAIMTRACE_READ(hop.cue_span, r.span("cue_start", "cue_end"));
  CLAIMTRACE_READ(hop.plugin, r.nullable_string("plugin", false));
  CLAIMTRACE_READ(hop.implicit, r.boolean("implicit", false));
  CLAIMTRACE_READ(hop.refers_to, r.nullable_string("refers_to", true));
  return hop;
}

Expected<Reason> read_reason(const ObjectReader& r) {
  Reason reason;
  CLAIMTRACE_READ(reason.code, r.enumeration<ReasonCode>("code", parse_reason_code));
  CLAIMTRACE_READ(reason.cue, r.string("cue"));
  CLAIMTRACE_READ(reason.span, r.span("start", "end"));
  return reason;
}

Expected<Claim> read_claim(const ObjectReader& r) {
  Claim claim;
  CLAIMTRACE_READ(claim.id, r.integer("id"));
  CLAIMTRACE_READ(claim.text, r.string("text"));
  CLAIMTRACE_READ(claim.span, r.span("start", "end"));
  const Json* sentence = nullptr;
  CLAIMTRACE_READ(sentence, r.object("sentence"));
  CLAIMTRACE_READ(claim.sentence,
                  ObjectReader(*sentence, field_path(r.where(), "sentence")).span("start", "end"));
  CLAIMTRACE_READ(claim.quote, r.enumeration<QuoteType>("quote", parse_quote_type));
  CLAIMTRACE_READ(claim.chain, read_objects<Hop>(r, "chain", read_hop));
  CLAIMTRACE_READ(claim.status, r.enumeration<ClaimStatus>("status", parse_claim_status));
  CLAIMTRACE_READ(claim.unconfirmed, r.boolean("unconfirmed", std::nullopt));
  CLAIMTRACE_READ(claim.reasons, read_objects<Reason>(r, "reasons", read_reason));
  CLAIMTRACE_READ(claim.group, r.integer("group"));
  CLAIMTRACE_READ(claim.rule, r.string("rule"));
  CLAIMTRACE_READ(claim.commitment, r.enumeration<Commitment>("commitment", parse_commitment));
  return claim;
}

Expected<CreditedSource> read_credited_source(const ObjectReader& r) {
  CreditedSource source;
  CLAIMTRACE_READ(source.entity, r.nullable_string("entity", false));
  CLAIMTRACE_READ(source.mention, r.string("mention"));
  CLAIMTRACE_READ(source.span, r.span("start", "end"));
  CLAIMTRACE_READ(source.via, r.string("via"));
  return source;
}

Expected<Dateline> read_dateline(const ObjectReader& r) {
  Dateline dateline;
  CLAIMTRACE_READ(dateline.entity, r.nullable_string("entity", false));
  CLAIMTRACE_READ(dateline.text, r.string("text"));
  CLAIMTRACE_READ(dateline.span, r.span("start", "end"));
  CLAIMTRACE_READ(dateline.place, r.string("place"));
  CLAIMTRACE_READ(dateline.date, r.string("date"));
  CLAIMTRACE_READ(dateline.plugin, r.nullable_string("plugin", false));
  return dateline;
}

Expected<Credit> read_credit(const ObjectReader& r) {
  Credit credit;
  CLAIMTRACE_READ(credit.role, r.string("role"));
  CLAIMTRACE_READ(credit.entity, r.nullable_string("entity", false));
  CLAIMTRACE_READ(credit.mention, r.string("mention"));
  CLAIMTRACE_READ(credit.span, r.span("start", "end"));
  return credit;
}

Expected<Byline> read_byline(const ObjectReader& r) {
  Byline byline;
  const Json* author = nullptr;
  CLAIMTRACE_READ(author, r.required("author"));
  if (!author->is_null()) {
    if (!author->is_string()) {
      return wrong_type(field_path(r.where(), "author"), "a string or null", *author);
    }
    byline.author = author->get<std::string>();
    // Older output had no author span; an absent one reads as empty.
    if (r.optional("author_start") != nullptr || r.optional("author_end") != nullptr) {
      CLAIMTRACE_READ(byline.author_span, r.span("author_start", "author_end"));
    }
  }
  CLAIMTRACE_READ(byline.credited_sources,
                  read_objects<CreditedSource>(r, "credited_sources", read_credited_source));
  return byline;
}

Expected<DocumentRecord> read_document(const ObjectReader& r) {
  DocumentRecord doc;
  CLAIMTRACE_READ(doc.path, r.string("path"));
  CLAIMTRACE_READ(doc.sha256, r.string("sha256"));
  CLAIMTRACE_READ(doc.lang, r.string("lang"));
  const Json* byline = nullptr;
  CLAIMTRACE_READ(byline, r.object("byline"));
  CLAIMTRACE_READ(doc.byline, read_byline(ObjectReader(*byline, field_path(r.where(), "byline"))));
  CLAIMTRACE_READ(doc.datelines, read_objects<Dateline>(r, "datelines", read_dateline));
  CLAIMTRACE_READ(doc.credits, read_objects<Credit>(r, "credits", read_credit));
  CLAIMTRACE_READ(doc.title, r.optional_string("title"));
  CLAIMTRACE_READ(doc.url, r.optional_string("url"));
  CLAIMTRACE_READ(doc.published, r.optional_string("published"));
  CLAIMTRACE_READ(doc.format, r.string("format"));
  return doc;
}

#undef CLAIMTRACE_READ

}  // namespace

struct JsonStreamSink::Impl {
  Impl(std::ostream& o, int indent) : out(o), writer(buffer, indent) {}
  void flush_if_large() {
    if (buffer.size() >= (1U << 16)) {
      out << buffer;
      buffer.clear();
    }
  }
  std::ostream& out;
  std::string buffer;
  output::JsonWriter writer;
};

JsonStreamSink::JsonStreamSink(std::ostream& out, int indent) : m_impl(std::make_unique<Impl>(out, indent)) {}
JsonStreamSink::~JsonStreamSink() = default;

void JsonStreamSink::begin(const DocumentRecord& document) {
  output::JsonWriter& w = m_impl->writer;
  w.begin_object();
  w.key("document");
  write_document(w, document);
  w.key("claims");
  w.begin_array();
}

void JsonStreamSink::claims(std::vector<Claim>&& section) {
  for (const Claim& c : section) {
    claim(c);
  }
}

void JsonStreamSink::claim(const Claim& claim) {
  // Flushed every 64 KiB: a huge article's output is never one string.
  write_claim(m_impl->writer, claim);
  m_impl->flush_if_large();
}

void JsonStreamSink::end(DocumentRecord&& /*document*/) {
  m_impl->writer.end_array();
  m_impl->writer.end_object();
  m_impl->out << m_impl->buffer;
  m_impl->buffer.clear();
}

void write_json(std::ostream& out, const Extraction& extraction, int indent) {
  JsonStreamSink sink(out, indent);
  sink.begin(extraction.document);
  for (const Claim& claim : extraction.claims) {
    sink.claim(claim);
  }
  sink.end(DocumentRecord{});
}

std::string to_json(const Extraction& extraction, int indent) {
  std::ostringstream out;
  write_json(out, extraction, indent);
  return std::move(out).str();
}

std::string claim_to_json(const Claim& claim, int indent) {
  std::string out;
  output::JsonWriter w(out, indent);
  write_claim(w, claim);
  return out;
}

Expected<Extraction> extraction_from_json(std::string_view json) {
  Json root;
  try {
    root = Json::parse(json);
  } catch (const Json::parse_error& e) {
    // what() reads "[json.exception.parse_error.101] parse error at line 1, column 5: ...";
    // the bracketed id means nothing to a user.
    std::string message = e.what();
    const std::size_t bracket = message.find("] ");
    if (message.rfind("[json.exception", 0) == 0 && bracket != std::string::npos) {
      message.erase(0, bracket + 2);
    }
    return input_error("invalid json: " + message);
  } catch (const Json::out_of_range&) {
    // Well-formed but unreadable: a number beyond a double's range (1e400).
    return input_error("invalid json: a number out of range");
  }
  if (!root.is_object()) {
    return input_error(std::string("the extraction must be a json object, not ") +
                       root.type_name());
  }
  const ObjectReader reader(root, "");
  Extraction extraction;
  Expected<const Json*> document = reader.object("document");
  if (!document) {
    return tl::unexpected(document.error());
  }
  Expected<DocumentRecord> record = read_document(ObjectReader(**document, "document"));
  if (!record) {
    return tl::unexpected(record.error());
  }
  extraction.document = std::move(*record);
  Expected<std::vector<Claim>> claims = read_objects<Claim>(reader, "claims", read_claim);
  if (!claims) {
    return tl::unexpected(claims.error());
  }
  extraction.claims = std::move(*claims);
  return extraction;
}

}  // namespace claimtrace
