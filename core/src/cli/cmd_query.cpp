// `claimtrace claims`, `chain` and `show`: reading the store.

#include <iostream>

#include <nlohmann/json.hpp>

#include "claimtrace/json_output.hpp"
#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "output/table_output.hpp"

namespace claimtrace::cli {
namespace {

using Json = nlohmann::ordered_json;

// A stored claim: the claim object of CONTRACT.md (its "id" is its number in
// its document), plus where it is stored.
Json stored_claim_json(const StoredClaim& c) {
  Json j = Json::parse(claim_to_json(c.claim, -1));
  j["claim_id"] = c.id;
  j["document_id"] = c.document_id;
  j["document_path"] = c.document_path;
  return j;
}

template <class Parsed>
int parse_or_help(const ArgParser& parser, const std::vector<std::string>& argv, Parsed& out) {
  auto args = parser.parse(argv);
  if (!args) {
    print_error(args.error().message);
    return k_exit_usage;
  }
  if (args->count("help") > 0) {
    std::cout << parser.help();
    return -1;
  }
  out = std::move(*args);
  return k_exit_ok;
}

}  // namespace

int run_claims(const std::vector<std::string>& argv) {
  const ArgParser parser(
      "claimtrace claims [--db PATH] [FILTERS] [--format table|json|jsonl|csv]",
      "Lists stored claims. Filters combine (AND); every value is bound as an SQL parameter.",
      {
          {"db", 0, true, "PATH", "the database (default: [store] path)"},
          {"doc", 0, true, "DOC", "document id, SHA-256 prefix or path"},
          {"source", 0, true, "ENTITY", "claims with this source on any hop (entity id or mention)"},
          {"via", 0, true, "ENTITY", "claims relayed through this source (a hop that is not the root)"},
          {"root", 0, true, "ENTITY", "claims whose root (last hop) is this source"},
          {"status", 0, true, "STATUS", "confirmed, single-source, anonymous, hedged, unconfirmed, disputed, denied, unsourced"},
          {"unconfirmed", 0, false, "", "only unconfirmed claims"},
          {"lang", 0, true, "LANG", "documents in this language"},
          {"since", 0, true, "DATE", "documents published on or after DATE"},
          {"until", 0, true, "DATE", "documents published on or before DATE"},
          {"search", 0, true, "TEXT", "full-text search in claim text (SQLite FTS5 syntax)"},
          {"all", 0, false, "", "include unsourced statements"},
          {"limit", 0, true, "N", "at most N claims"},
          {"offset", 0, true, "N", "skip the first N claims"},
          {"format", 'f', true, "FORMAT", "table (default), json, jsonl, csv"},
      });
  ParsedArgs args;
  if (const int rc = parse_or_help(parser, argv, args); rc != k_exit_ok) {
    return rc < 0 ? k_exit_ok : rc;
  }
  const std::string format = args.get("format").value_or("table");
  if (format != "table" && format != "json" && format != "jsonl" && format != "csv") {
    print_error("--format must be table, json, jsonl or csv, not '" + format + "'");
    return k_exit_usage;
  }
  auto app = App::create(args);
  if (!app) {
    print_error(app.error().message);
    return k_exit_usage;
  }
  auto store = app->open_store(args, Store::Mode::read_only);
  if (!store) {
    print_error(store.error().message);
    return k_exit_usage;
  }
  ClaimQuery q;
  if (const auto doc = args.get("doc")) {
    auto id = store->resolve_document(*doc);
    if (!id) {
      print_error(id.error().message);
      return k_exit_usage;
    }
    if (!*id) {
      print_error("no stored document matches '" + *doc + "'");
      return k_exit_usage;
    }
    q.document_id = **id;
  }
  q.source = args.get("source");
  q.via = args.get("via");
  q.root = args.get("root");
  q.status = args.get("status");
  if (q.status && !parse_claim_status(*q.status)) {
    print_error("unknown status '" + *q.status + "'");
    return k_exit_usage;
  }
  q.unconfirmed_only = args.count("unconfirmed") > 0;
  q.lang = args.get("lang");
  q.since = args.get("since");
  q.until = args.get("until");
  q.search = args.get("search");
  for (const auto& [name, field] : {std::pair{"limit", &q.limit}, std::pair{"offset", &q.offset}}) {
    if (const auto v = args.get(name)) {
      auto n = parse_integer(name, *v);
      if (!n) {
        print_error(n.error().message);
        return k_exit_usage;
      }
      *field = *n;
    }
  }
  auto claims = store->claims(q);
  if (!claims) {
    print_error(claims.error().message);
    return k_exit_some_failed;
  }
  const bool include_unsourced = args.count("all") > 0 || q.status == std::optional<std::string>("unsourced");
  const output::DisplayName display = [&](const std::string& id) { return app->display_name(id); };
  if (format == "json") {
    Json arr = Json::array();
    for (const StoredClaim& c : *claims) {
      if (c.claim.chain.empty() && !include_unsourced) {
        continue;
      }
      arr.push_back(stored_claim_json(c));
    }
    std::cout << arr.dump(2) << "\n";
  } else if (format == "jsonl") {
    for (const StoredClaim& c : *claims) {
      if (!c.claim.chain.empty() || include_unsourced) {
        std::cout << stored_claim_json(c).dump() << "\n";
      }
    }
  } else if (format == "csv") {
    std::cout << "claim_id,document_id,document_path,doc_claim,status,unconfirmed,chain,root_entity,text,start,end,rule\n";
    for (const StoredClaim& c : *claims) {
      if (c.claim.chain.empty() && !include_unsourced) {
        continue;
      }
      const std::string root = c.claim.chain.empty() ? "" : c.claim.chain.back().entity;
      std::cout << c.id << "," << c.document_id << "," << output::csv_field(c.document_path) << "," << c.claim.id
                << "," << to_string(c.claim.status) << "," << (c.claim.unconfirmed ? "true" : "false") << ","
                << output::csv_field(output::chain_label(c.claim.chain, display)) << "," << output::csv_field(root)
                << "," << output::csv_field(c.claim.text) << "," << c.claim.span.start << "," << c.claim.span.end
                << "," << output::csv_field(c.claim.rule) << "\n";
    }
  } else {
    const bool color = use_color();
    for (const StoredClaim& c : *claims) {
      if (c.claim.chain.empty() && !include_unsourced) {
        continue;
      }
      std::cout << output::status_color(c.claim.status, color) << (c.claim.unconfirmed ? "!" : " ") << c.id << " ["
                << to_string(c.claim.status) << "]" << output::color_reset(color) << "  "
                << output::chain_label(c.claim.chain, display) << "  (" << c.document_path << " #" << c.claim.id
                << ")\n    " << output::shorten(c.claim.text, 100) << "\n";
    }
  }
  return k_exit_ok;
}

int run_chain(const std::vector<std::string>& argv) {
  const ArgParser parser("claimtrace chain [--db PATH] [--format table|json] CLAIM_ID",
                         "Shows every hop of a stored claim's chain, outermost first, with the cue that\n"
                         "introduced it, and the sentence that is the evidence.",
                         {
                             {"db", 0, true, "PATH", "the database (default: [store] path)"},
                             {"format", 'f', true, "FORMAT", "table (default) or json"},
                         });
  ParsedArgs args;
  if (const int rc = parse_or_help(parser, argv, args); rc != k_exit_ok) {
    return rc < 0 ? k_exit_ok : rc;
  }
  if (args.positionals.size() != 1) {
    print_error("chain takes one CLAIM_ID (see `claimtrace claims`)");
    return k_exit_usage;
  }
  auto id = parse_integer("CLAIM_ID", args.positionals.front());
  if (!id) {
    print_error("CLAIM_ID must be a number, not '" + args.positionals.front() + "'");
    return k_exit_usage;
  }
  auto app = App::create(args);
  if (!app) {
    print_error(app.error().message);
    return k_exit_usage;
  }
  auto store = app->open_store(args, Store::Mode::read_only);
  if (!store) {
    print_error(store.error().message);
    return k_exit_usage;
  }
  auto claim = store->claim(*id);
  if (!claim) {
    print_error(claim.error().message);
    return k_exit_some_failed;
  }
  if (!*claim) {
    print_error("no claim " + std::to_string(*id) + " in " + store->path().string());
    return k_exit_some_failed;
  }
  const StoredClaim& c = **claim;
  const std::string format = args.get("format").value_or("table");
  if (format == "json") {
    Json j = stored_claim_json(c);
    j["evidence"] = c.sentence_text;
    std::cout << j.dump(2) << "\n";
    return k_exit_ok;
  }
  if (format != "table") {
    print_error("--format must be table or json");
    return k_exit_usage;
  }
  const output::DisplayName display = [&](const std::string& e) { return app->display_name(e); };
  std::cout << "claim " << c.id << " (" << c.document_path << " #" << c.claim.id << ")  [" << to_string(c.claim.status)
            << (c.claim.unconfirmed ? ", unconfirmed" : "") << "]\n";
  std::cout << "  " << c.claim.text << "\n\n";
  std::cout << "chain: " << output::chain_label(c.claim.chain, display) << "\n";
  for (std::size_t i = 0; i < c.claim.chain.size(); ++i) {
    const Hop& h = c.claim.chain[i];
    std::cout << "  " << i + 1 << ". " << h.mention << "  [" << (h.entity.empty() ? "-" : h.entity) << ", "
              << to_string(h.kind) << (h.implicit ? ", carried from context" : "") << "]\n"
              << "     cue: " << (h.cue.empty() ? "-" : h.cue) << "  (" << h.span.start << "-" << h.span.end << ")\n";
  }
  if (!c.claim.reasons.empty()) {
    std::cout << "reasons:\n";
    for (const Reason& r : c.claim.reasons) {
      std::cout << "  " << to_string(r.code) << ": " << r.cue << "\n";
    }
  }
  std::cout << "evidence: " << c.sentence_text << "\n";
  return k_exit_ok;
}

int run_show(const std::vector<std::string>& argv) {
  const ArgParser parser("claimtrace show [--db PATH] [--format json|table] DOC",
                         "Prints a stored document's extraction exactly as `extract` printed it\n"
                         "(group ids are the database's).",
                         {
                             {"db", 0, true, "PATH", "the database (default: [store] path)"},
                             {"format", 'f', true, "FORMAT", "json (default) or table"},
                         });
  ParsedArgs args;
  if (const int rc = parse_or_help(parser, argv, args); rc != k_exit_ok) {
    return rc < 0 ? k_exit_ok : rc;
  }
  if (args.positionals.size() != 1) {
    print_error("show takes one DOC (id, SHA-256 prefix or path)");
    return k_exit_usage;
  }
  auto app = App::create(args);
  if (!app) {
    print_error(app.error().message);
    return k_exit_usage;
  }
  auto store = app->open_store(args, Store::Mode::read_only);
  if (!store) {
    print_error(store.error().message);
    return k_exit_usage;
  }
  auto id = store->resolve_document(args.positionals.front());
  if (!id || !*id) {
    print_error(id ? "no stored document matches '" + args.positionals.front() + "'" : id.error().message);
    return k_exit_some_failed;
  }
  auto doc = store->document(**id);
  if (!doc || !*doc) {
    print_error(doc ? "document vanished" : doc.error().message);
    return k_exit_some_failed;
  }
  if (args.get("format").value_or("json") == "table") {
    const output::DisplayName display = [&](const std::string& e) { return app->display_name(e); };
    output::TableStyle style;
    style.color = use_color();
    std::cout << output::extraction_table((*doc)->extraction, display, style);
  } else {
    std::cout << to_json((*doc)->extraction, 2) << "\n";
  }
  return k_exit_ok;
}

}  // namespace claimtrace::cli
