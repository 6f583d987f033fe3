// `claimtrace audit`, `graph`, `export` and `sources`: views of the store for
// auditors and scripts.

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <set>
#include <sstream>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cli/app.hpp"
#include "cli/commands.hpp"
#include "output/audit_report.hpp"
#include "output/prov_export.hpp"
#include "output/provenance_graph.hpp"
#include "output/table_output.hpp"

namespace claimtrace::cli {
namespace {

// Loads stored documents: the ones named (id, hash prefix or path), or all of them.
Expected<std::vector<output::AuditDocument>> load_documents(Store& store, const std::vector<std::string>& refs,
                                                            bool all) {
  std::vector<std::int64_t> ids;
  if (all) {
    auto every = store.document_ids();
    if (!every) {
      return tl::unexpected(every.error());
    }
    ids = *every;
  }
  for (const std::string& ref : refs) {
    auto id = store.resolve_document(ref);
    if (!id) {
      return tl::unexpected(id.error());
    }
    if (!*id) {
      return make_error(ErrorKind::usage, "no stored document matches '" + ref + "' (give an id, a sha256 prefix or a path)");
    }
    ids.push_back(**id);
  }
  std::vector<output::AuditDocument> docs;
  for (const std::int64_t id : ids) {
    auto doc = store.document(id);
    if (!doc) {
      return tl::unexpected(doc.error());
    }
    if (*doc) {
      docs.push_back({(*doc)->id, std::move((*doc)->extraction), std::move((*doc)->claim_ids)});
    }
  }
  return docs;
}

bool write_file(const std::filesystem::path& path, const std::string& content, std::string& error) {
  std::ofstream out(path, std::ios::binary);
  if (!out) {
    error = path.string() + ": cannot write";
    return false;
  }
  out << content;
  out.close();
  if (!out) {
    error = path.string() + ": write failed (disk full?)";
    return false;
  }
  return true;
}

// Renders DOT as SVG with Graphviz's `dot` program.
Expected<std::string> render_svg(const std::string& dot) {
  const std::filesystem::path tmp = std::filesystem::temp_directory_path() /
                                    ("claimtrace-graph-" + std::to_string(::getpid()) + ".dot");
  std::string error;
  if (!write_file(tmp, dot, error)) {
    return make_error(ErrorKind::io, error);
  }
  const std::string command = "dot -Tsvg '" + tmp.string() + "' 2>&1";
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(command.c_str(), "r"), ::pclose);
  if (!pipe) {
    std::filesystem::remove(tmp);
    return make_error(ErrorKind::io, "cannot run Graphviz's dot");
  }
  std::string out;
  std::array<char, 4096> buf{};
  std::size_t n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), pipe.get())) > 0) {
    out.append(buf.data(), n);
  }
  const int status = ::pclose(pipe.release());
  std::filesystem::remove(tmp);
  if (status != 0 || out.find("<svg") == std::string::npos) {
    return make_error(ErrorKind::usage, "rendering SVG needs Graphviz's `dot` program (Debian: apt-get install graphviz): " +
                                            out.substr(0, 200));
  }
  return out;
}

}  // namespace

int run_audit(const std::vector<std::string>& argv) {
  const ArgParser parser("claimtrace audit [--db PATH] [--html FILE] [--all] DOC...",
                         "An audit of stored documents (id, sha256 prefix or path): byline and credits, then\n"
                         "every claim in reading order with its chain, cues, status and reasons. With --html, one\n"
                         "self-contained page (the text with every claim highlighted, a provenance graph, the\n"
                         "unconfirmed claims) for the documents named, or the whole database with --all.",
                         {
                             {"db", 0, true, "PATH", "the database (default: [store] path)"},
                             {"html", 0, true, "FILE", "write the HTML audit page to FILE ('-' for stdout)"},
                             {"all", 0, false, "", "every document in the database"},
                         });
  auto args = parser.parse(argv);
  if (!args) {
    print_error(args.error().message);
    return k_exit_usage;
  }
  if (args->count("help") > 0) {
    std::cout << parser.help();
    return k_exit_ok;
  }
  if (args->positionals.empty() && args->count("all") == 0) {
    print_error("audit needs a DOC (id, sha256 prefix or path) or --all");
    return k_exit_usage;
  }
  auto app = App::create(*args);
  if (!app) {
    print_error(app.error().message);
    return k_exit_usage;
  }
  auto store = app->open_store(*args, Store::Mode::read_only);
  if (!store) {
    print_error(store.error().message);
    return k_exit_usage;
  }
  auto docs = load_documents(*store, args->positionals, args->count("all") > 0);
  if (!docs) {
    print_error(docs.error().message);
    return docs.error().kind == ErrorKind::usage ? k_exit_usage : k_exit_some_failed;
  }
  const output::DisplayName display = [&](const std::string& e) { return app->display_name(e); };
  if (const auto html = args->get("html")) {
    const std::string title = docs->size() == 1 ? docs->front().extraction.document.path
                                                : std::to_string(docs->size()) + " documents";
    const std::string page = output::html_audit_page(*docs, display, title);
    if (*html == "-") {
      std::cout << page;
      return k_exit_ok;
    }
    std::string error;
    if (!write_file(*html, page, error)) {
      print_error(error);
      return k_exit_some_failed;
    }
    if (!app->quiet()) {
      std::cerr << "wrote " << *html << " (" << docs->size() << " documents)\n";
    }
    return k_exit_ok;
  }
  const bool color = use_color();
  for (const output::AuditDocument& d : *docs) {
    std::cout << output::terminal_audit(d, display, color) << "\n";
  }
  return k_exit_ok;
}

int run_graph(const std::vector<std::string>& argv) {
  const ArgParser parser("claimtrace graph [--db PATH] (--doc D | --claim C | --source ENTITY) [--format dot|svg] [-o FILE]",
                         "The provenance graph: sources, the relays between them, and the claims they lead to.\n"
                         "SVG is rendered by Graphviz's `dot` program.",
                         {
                             {"db", 0, true, "PATH", "the database (default: [store] path)"},
                             {"doc", 0, true, "DOC", "the claims of one document"},
                             {"claim", 0, true, "ID", "one claim"},
                             {"source", 0, true, "ENTITY", "every claim with this source on any hop"},
                             {"format", 'f', true, "FORMAT", "dot (default) or svg"},
                             {"output", 'o', true, "FILE", "write to FILE instead of stdout"},
                         });
  auto args = parser.parse(argv);
  if (!args) {
    print_error(args.error().message);
    return k_exit_usage;
  }
  if (args->count("help") > 0) {
    std::cout << parser.help();
    return k_exit_ok;
  }
  const int selectors = (args->get("doc") ? 1 : 0) + (args->get("claim") ? 1 : 0) + (args->get("source") ? 1 : 0);
  if (selectors != 1) {
    print_error("graph needs exactly one of --doc, --claim, --source");
    return k_exit_usage;
  }
  const std::string format = args->get("format").value_or("dot");
  if (format != "dot" && format != "svg") {
    print_error("--format must be dot or svg");
    return k_exit_usage;
  }
  auto app = App::create(*args);
  if (!app) {
    print_error(app.error().message);
    return k_exit_usage;
  }
  auto store = app->open_store(*args, Store::Mode::read_only);
  if (!store) {
    print_error(store.error().message);
    return k_exit_usage;
  }
  ClaimQuery q;
  if (const auto doc = args->get("doc")) {
    auto id = store->resolve_document(*doc);
    if (!id || !*id) {
      print_error(id ? "no stored document matches '" + *doc + "'" : id.error().message);
      return k_exit_usage;
    }
    q.document_id = **id;
  }
  q.source = args->get("source");
  std::vector<StoredClaim> claims;
  if (const auto cid = args->get("claim")) {
    auto n = parse_integer("claim", *cid);
    if (!n) {
      print_error(n.error().message);
      return k_exit_usage;
    }
    auto c = store->claim(*n);
    if (!c || !*c) {
      print_error(c ? "no claim " + *cid : c.error().message);
      return k_exit_some_failed;
    }
    claims.push_back(std::move(**c));
  } else {
    auto all = store->claims(q);
    if (!all) {
      print_error(all.error().message);
      return k_exit_some_failed;
    }
    claims = std::move(*all);
  }
  std::vector<output::GraphClaim> gc;
  for (const StoredClaim& c : claims) {
    gc.push_back({c.id, &c.claim});
  }
  const output::DisplayName display = [&](const std::string& e) { return app->display_name(e); };
  const std::string dot = output::to_dot(output::build_graph(gc, display));
  std::string out = dot;
  if (format == "svg") {
    auto svg = render_svg(dot);
    if (!svg) {
      print_error(svg.error().message);
      return k_exit_usage;
    }
    out = *svg;
  }
  if (const auto file = args->get("output")) {
    std::string error;
    if (!write_file(*file, out, error)) {
      print_error(error);
      return k_exit_some_failed;
    }
    return k_exit_ok;
  }
  std::cout << out;
  return k_exit_ok;
}

int run_export(const std::vector<std::string>& argv) {
  const ArgParser parser("claimtrace export [--db PATH] --format prov-json|prov-n (--doc D ... | --all) [-o FILE]",
                         "W3C PROV of stored claims: claims and statements are entities, sources agents\n"
                         "(actedOnBehalfOf their controlling body), each statement wasAttributedTo its speaker,\n"
                         "a verbatim relay wasQuotedFrom, a paraphrase wasDerivedFrom, the root hadPrimarySource.",
                         {
                             {"db", 0, true, "PATH", "the database (default: [store] path)"},
                             {"format", 'f', true, "FORMAT", "prov-json (default) or prov-n"},
                             {"doc", 0, true, "DOC", "a document (repeatable)"},
                             {"all", 0, false, "", "every document"},
                             {"output", 'o', true, "FILE", "write to FILE instead of stdout"},
                         });
  auto args = parser.parse(argv);
  if (!args) {
    print_error(args.error().message);
    return k_exit_usage;
  }
  if (args->count("help") > 0) {
    std::cout << parser.help();
    return k_exit_ok;
  }
  const std::string format = args->get("format").value_or("prov-json");
  if (format != "prov-json" && format != "prov-n") {
    print_error("--format must be prov-json or prov-n");
    return k_exit_usage;
  }
  if (args->all("doc").empty() && args->count("all") == 0) {
    print_error("export needs --doc DOC or --all");
    return k_exit_usage;
  }
  auto app = App::create(*args);
  if (!app) {
    print_error(app.error().message);
    return k_exit_usage;
  }
  auto store = app->open_store(*args, Store::Mode::read_only);
  if (!store) {
    print_error(store.error().message);
    return k_exit_usage;
  }
  auto docs = load_documents(*store, args->all("doc"), args->count("all") > 0);
  if (!docs) {
    print_error(docs.error().message);
    return k_exit_usage;
  }
  auto entities = store->entities();
  if (!entities) {
    print_error(entities.error().message);
    return k_exit_some_failed;
  }
  const std::string out = format == "prov-json" ? output::prov_json(*docs, *entities) + "\n"
                                                : output::prov_n(*docs, *entities);
  if (const auto file = args->get("output")) {
    std::string error;
    if (!write_file(*file, out, error)) {
      print_error(error);
      return k_exit_some_failed;
    }
    return k_exit_ok;
  }
  std::cout << out;
  return k_exit_ok;
}

int run_sources(const std::vector<std::string>& argv) {
  const ArgParser parser("claimtrace sources [--db PATH] [--top N] [--format table|json|csv]",
                         "Every source with its claim counts: on any hop, as the root, as a relay, and the share\n"
                         "of its claims that are unconfirmed.",
                         {
                             {"db", 0, true, "PATH", "the database (default: [store] path)"},
                             {"top", 0, true, "N", "only the N sources with the most claims"},
                             {"format", 'f', true, "FORMAT", "table (default), json, csv"},
                         });
  auto args = parser.parse(argv);
  if (!args) {
    print_error(args.error().message);
    return k_exit_usage;
  }
  if (args->count("help") > 0) {
    std::cout << parser.help();
    return k_exit_ok;
  }
  long long top = -1;
  if (const auto t = args->get("top")) {
    auto n = parse_integer("top", *t);
    if (!n) {
      print_error(n.error().message);
      return k_exit_usage;
    }
    top = *n;
  }
  const std::string format = args->get("format").value_or("table");
  if (format != "table" && format != "json" && format != "csv") {
    print_error("--format must be table, json or csv");
    return k_exit_usage;
  }
  auto app = App::create(*args);
  if (!app) {
    print_error(app.error().message);
    return k_exit_usage;
  }
  auto store = app->open_store(*args, Store::Mode::read_only);
  if (!store) {
    print_error(store.error().message);
    return k_exit_usage;
  }
  auto sources = store->sources(top);
  if (!sources) {
    print_error(sources.error().message);
    return k_exit_some_failed;
  }
  auto share = [](const SourceStats& s) {
    return s.claims > 0 ? static_cast<double>(s.unconfirmed) / static_cast<double>(s.claims) : 0.0;
  };
  if (format == "json") {
    nlohmann::ordered_json arr = nlohmann::ordered_json::array();
    for (const SourceStats& s : *sources) {
      arr.push_back({{"source", s.entity}, {"kind", s.kind}, {"claims", s.claims}, {"as_root", s.as_root},
                     {"as_relay", s.as_relay}, {"unconfirmed", s.unconfirmed}, {"unconfirmed_share", share(s)}});
    }
    std::cout << arr.dump(2) << "\n";
  } else if (format == "csv") {
    std::cout << "source,kind,claims,as_root,as_relay,unconfirmed,unconfirmed_share\n";
    for (const SourceStats& s : *sources) {
      std::cout << output::csv_field(s.entity) << "," << s.kind << "," << s.claims << "," << s.as_root << ","
                << s.as_relay << "," << s.unconfirmed << "," << share(s) << "\n";
    }
  } else {
    std::printf("%-36s %-13s %7s %7s %7s %12s\n", "source", "kind", "claims", "root", "relay", "unconfirmed");
    for (const SourceStats& s : *sources) {
      std::printf("%-36s %-13s %7lld %7lld %7lld %11.0f%%\n", output::shorten(s.entity, 36).c_str(), s.kind.c_str(),
                  static_cast<long long>(s.claims), static_cast<long long>(s.as_root),
                  static_cast<long long>(s.as_relay), 100.0 * share(s));
    }
  }
  return k_exit_ok;
}

}  // namespace claimtrace::cli
