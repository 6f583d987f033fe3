#include "construction_cases.hpp"

#include <algorithm>
#include <set>
#include <stdexcept>

#include <toml++/toml.h>

#include "claimtrace/json_output.hpp"
#include "claimtrace/plugin_host.hpp"
#include "text/utf8.hpp"

namespace claimtrace::testing {
namespace {

std::string collapse(const std::string& s) {
  std::string out;
  bool space = false;
  for (const char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) {
      out += ' ';
    }
    space = false;
    out += c;
  }
  return out;
}

std::string lower_ascii(std::string s) {
  for (char& c : s) {
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<char>(c - 'A' + 'a');
    }
  }
  return s;
}

// Equal, or one contains the other with at least 85% of its length.
bool text_matches(const std::string& predicted, const std::string& expected) {
  const std::string p = collapse(predicted);
  const std::string e = collapse(expected);
  if (p == e) {
    return true;
  }
  const std::string& longer = p.size() >= e.size() ? p : e;
  const std::string& shorter = p.size() >= e.size() ? e : p;
  return longer.find(shorter) != std::string::npos && shorter.size() * 100 >= longer.size() * 85;
}

bool hop_matches(const Hop& hop, const std::string& expected) {
  if (!hop.entity.empty() && hop.entity == expected) {
    return true;
  }
  return lower_ascii(hop.mention).find(lower_ascii(expected)) != std::string::npos ||
         lower_ascii(hop.refers_to).find(lower_ascii(expected)) != std::string::npos;
}

std::string chain_string(const std::vector<Hop>& chain) {
  std::string out = "[";
  for (const Hop& h : chain) {
    out += (out.size() > 1 ? ", " : "") + h.mention + (h.entity.empty() ? "" : "/" + h.entity);
  }
  return out + "]";
}

std::vector<std::string> strings(const toml::node_view<const toml::node>& node) {
  std::vector<std::string> out;
  if (const toml::array* arr = node.as_array()) {
    for (const toml::node& n : *arr) {
      out.emplace_back(n.value_or(std::string()));
    }
  }
  return out;
}

}  // namespace

const Extractor& test_extractor() {
  static const Extractor extractor = [] {
    PluginLoadOptions options;
    options.dirs = default_plugin_dirs();
    static const PluginLoadReport report = load_plugins(options);
    auto e = Extractor::create(report.plugins);
    if (!e) {
      throw std::runtime_error(e.error().message);
    }
    return std::move(*e);
  }();
  return extractor;
}

std::vector<CaseResult> run_construction_cases(const Extractor& extractor, const std::string& path,
                                               const std::string& lang) {
  const toml::table root = toml::parse_file(path);
  std::vector<CaseResult> results;
  const toml::array* cases = root["case"].as_array();
  if (cases == nullptr) {
    throw std::runtime_error(path + ": no [[case]]");
  }
  for (const toml::node& node : *cases) {
    const toml::table& c = *node.as_table();
    CaseResult r;
    r.name = c["name"].value_or(std::string("?"));
    InputDocument input;
    input.path = r.name;
    input.text = c["text"].value_or(std::string());
    input.lang = lang;
    const Extraction ex = extractor.extract(input);
    // Every case's claims also survive the JSON round trip unchanged (no field the output
    // leaves out may differ).
    if (const auto back = extraction_from_json(to_json(ex)); !back || back->claims != ex.claims) {
      r.failures.push_back("the claims do not survive to_json/extraction_from_json");
    }
    std::vector<const Claim*> attributed;
    for (const Claim& claim : ex.claims) {
      if (!claim.chain.empty()) {
        attributed.push_back(&claim);
      }
    }
    auto fail = [&](const std::string& what) { r.failures.push_back(what); };
    // A key the harness does not read is a check that cannot fail (an "absent" written under
    // a [[case.claim]] would be silently ignored): refuse it.
    static const std::set<std::string> k_case_keys = {"name",    "text",    "attributed", "absent", "not_claimed",
                                                      "claim",   "own",     "author",     "credited", "credits", "not_credited"};
    static const std::set<std::string> k_claim_keys = {"text",     "chain",  "mentions", "entities", "kinds",
                                                       "quote",    "reasons", "status",  "unconfirmed"};
    for (const auto& [key, value] : c) {
      if (k_case_keys.count(std::string(key.str())) == 0) {
        fail("unknown case key \"" + std::string(key.str()) + "\"");
      }
    }
    if (const toml::array* claims = c["claim"].as_array()) {
      for (const toml::node& cn : *claims) {
        for (const auto& [key, value] : *cn.as_table()) {
          if (k_claim_keys.count(std::string(key.str())) == 0) {
            fail("unknown claim key \"" + std::string(key.str()) + "\"");
          }
        }
      }
    }
    if (const auto n = c["attributed"].value<int64_t>()) {
      if (static_cast<int64_t>(attributed.size()) != *n) {
        std::string got;
        for (const Claim* a : attributed) {
          got += "\n      " + chain_string(a->chain) + " " + a->text;
        }
        fail("expected " + std::to_string(*n) + " attributed claims, got " + std::to_string(attributed.size()) + got);
      }
    }
    for (const std::string& absent : strings(c["absent"])) {
      for (const Claim* a : attributed) {
        if (collapse(a->text).find(collapse(absent)) != std::string::npos) {
          fail("a claim holds \"" + absent + "\": " + a->text);
        }
      }
    }
    // Not even the outlet's own (unsourced) statement.
    for (const std::string& absent : strings(c["not_claimed"])) {
      for (const Claim& a : ex.claims) {
        if (collapse(a.text).find(collapse(absent)) != std::string::npos) {
          fail("a claim (attributed or not) holds \"" + absent + "\": " + a.text);
        }
      }
    }
    if (const toml::array* claims = c["claim"].as_array()) {
      for (const toml::node& cn : *claims) {
        const toml::table& want = *cn.as_table();
        const std::string text = want["text"].value_or(std::string());
        const Claim* got = nullptr;
        for (const Claim* a : attributed) {
          if (text_matches(a->text, text)) {
            got = a;
            break;
          }
        }
        if (got == nullptr) {
          std::string have;
          for (const Claim* a : attributed) {
            have += "\n      " + chain_string(a->chain) + " " + a->text;
          }
          fail("no claim \"" + text + "\"; claims:" + (have.empty() ? " none" : have));
          continue;
        }
        const std::vector<std::string> chain = strings(want["chain"]);
        if (!chain.empty()) {
          bool ok = chain.size() == got->chain.size();
          for (std::size_t k = 0; ok && k < chain.size(); ++k) {
            ok = hop_matches(got->chain[k], chain[k]);
          }
          if (!ok) {
            std::string want_s;
            for (const std::string& h : chain) {
              want_s += (want_s.empty() ? "" : ", ") + h;
            }
            fail("claim \"" + text + "\": chain " + chain_string(got->chain) + ", expected [" + want_s + "]");
          }
        }
        // `mentions` (where `chain` only needs a part of each) and `entities` ("" for none):
        // each hop's field exactly.
        auto expect_hops = [&](const char* key, auto field) {
          const std::vector<std::string> want_hops = strings(want[key]);
          if (want_hops.empty()) {
            return;
          }
          bool ok = want_hops.size() == got->chain.size();
          for (std::size_t k = 0; ok && k < want_hops.size(); ++k) {
            ok = field(got->chain[k]) == want_hops[k];
          }
          if (!ok) {
            fail("claim \"" + text + "\": " + key + " " + chain_string(got->chain) + " are not exactly the expected ones");
          }
        };
        expect_hops("mentions", [](const Hop& h) { return h.mention; });
        expect_hops("entities", [](const Hop& h) { return h.entity; });
        // `kinds`: each hop's source kind ("outlet", "person", "anonymous", ...).
        const std::vector<std::string> kinds = strings(want["kinds"]);
        if (!kinds.empty()) {
          bool ok = kinds.size() == got->chain.size();
          std::string have;
          for (std::size_t k = 0; k < got->chain.size(); ++k) {
            have += std::string(k > 0 ? ", " : "") + std::string(to_string(got->chain[k].kind));
            ok = ok && to_string(got->chain[k].kind) == kinds[k];
          }
          if (!ok) {
            fail("claim \"" + text + "\": hop kinds [" + have + "]");
          }
        }
        if (const auto u = want["unconfirmed"].value<bool>(); u && *u != got->unconfirmed) {
          fail("claim \"" + text + "\": unconfirmed " + (got->unconfirmed ? "true" : "false") + " (status " +
               std::string(to_string(got->status)) + ")");
        }
        if (const auto st = want["status"].value<std::string>(); st && *st != to_string(got->status)) {
          fail("claim \"" + text + "\": status " + std::string(to_string(got->status)) + ", expected " + *st);
        }
        if (const auto q = want["quote"].value<std::string>(); q && *q != to_string(got->quote)) {
          fail("claim \"" + text + "\": quote " + std::string(to_string(got->quote)) + ", expected " + *q);
        }
        for (const std::string& code : strings(want["reasons"])) {
          const bool has = std::any_of(got->reasons.begin(), got->reasons.end(),
                                       [&](const Reason& x) { return to_string(x.code) == code; });
          if (!has) {
            std::string have;
            for (const Reason& x : got->reasons) {
              have += std::string(" ") + std::string(to_string(x.code));
            }
            fail("claim \"" + text + "\": no reason " + code + " (has:" + have + ")");
          }
        }
      }
    }
    // `[[case.own]]`: an outlet's own (unsourced) statement and its status.
    if (const toml::array* own = c["own"].as_array()) {
      for (const toml::node& on : *own) {
        const toml::table& want = *on.as_table();
        const std::string text = want["text"].value_or(std::string());
        const Claim* got = nullptr;
        for (const Claim& x : ex.claims) {
          if (x.chain.empty() && text_matches(x.text, text)) {
            got = &x;
            break;
          }
        }
        if (got == nullptr) {
          fail("no unsourced claim \"" + text + "\"");
        } else if (const auto st = want["status"].value<std::string>(); st && *st != to_string(got->status)) {
          fail("unsourced claim \"" + text + "\": status " + std::string(to_string(got->status)) + ", expected " + *st);
        }
      }
    }
    for (const std::string& id : strings(c["not_credited"])) {
      const auto& cs = ex.document.byline.credited_sources;
      if (std::any_of(cs.begin(), cs.end(), [&](const CreditedSource& x) { return x.entity == id; })) {
        fail("credited source " + id + ", expected none");
      }
    }
    for (const std::string& id : strings(c["credited"])) {
      const auto& cs = ex.document.byline.credited_sources;
      if (std::none_of(cs.begin(), cs.end(), [&](const CreditedSource& x) { return x.entity == id; })) {
        fail("no credited source " + id);
      }
    }
    // ("reuters", or with its role, "publisher:cbc".)
    for (const std::string& credit : strings(c["credits"])) {
      const std::size_t colon = credit.find(':');
      const std::string role = colon == std::string::npos ? std::string() : credit.substr(0, colon);
      const std::string id = colon == std::string::npos ? credit : credit.substr(colon + 1);
      const auto& cs = ex.document.credits;
      if (std::none_of(cs.begin(), cs.end(),
                       [&](const Credit& x) { return x.entity == id && (role.empty() || x.role == role); })) {
        fail("no credit " + credit);
      }
    }
    if (const auto author = c["author"].value<std::string>()) {
      if (ex.document.byline.author.value_or("") != *author) {
        fail("author \"" + ex.document.byline.author.value_or("") + "\", expected \"" + *author + "\"");
      }
      // The author's span must point at the name in the text; several reporters put together
      // ("A and B" from "Reporting by A in Oslo and B in London") have none.
      const Span span = ex.document.byline.author_span;
      const text::CodePointIndex index(ex.document.text);
      const std::string_view at = span.end > index.size() ? std::string_view{} : index.slice(span.start, span.end);
      const bool points = at == *author || (span.empty() && author->find(" and ") != std::string::npos);
      if (!points) {
        fail("author span [" + std::to_string(span.start) + ", " + std::to_string(span.end) + ") is not the name");
      }
    }
    results.push_back(std::move(r));
  }
  return results;
}

}  // namespace claimtrace::testing
