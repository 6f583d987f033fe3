// Plugin manifests and entity files: TOML declaring sources (docs/writing-a-plugin.md).

#include <sstream>

#include <toml++/toml.h>

#include "claimtrace/claim.hpp"
#include "claimtrace/plugin_host.hpp"

namespace claimtrace {
namespace {

std::string where(std::string_view origin, const toml::source_region& src) {
  std::ostringstream os;
  os << origin << ':' << src.begin.line << ':' << src.begin.column;
  return os.str();
}

class ManifestReader {
 public:
  ManifestReader(std::string_view origin, std::string_view plugin) : m_origin(origin), m_plugin(plugin) {}

  Expected<std::vector<EntityInfo>> read(const toml::table& root) {
    for (const auto& [key, value] : root) {
      if (key.str() != "plugin" && key.str() != "agency" && key.str() != "entity") {
        return fail(value, "unknown key '" + std::string(key.str()) + "' (expected plugin, agency or entity)");
      }
    }
    if (const toml::node* p = root.get("plugin"); p != nullptr) {
      const toml::table* t = p->as_table();
      if (t == nullptr) {
        return fail(*p, "[plugin] must be a table");
      }
      for (const auto& [key, value] : *t) {
        const std::string_view k = key.str();
        if (k != "name" && k != "version" && k != "description" && k != "languages") {
          return fail(value, "unknown key '" + std::string(k) + "' in [plugin]");
        }
      }
    }
    std::vector<EntityInfo> out;
    for (const char* section : {"agency", "entity"}) {
      const toml::node* node = root.get(section);
      if (node == nullptr) {
        continue;
      }
      const toml::array* arr = node->as_array();
      if (arr == nullptr) {
        return fail(*node, std::string("'") + section + "' must be an array of tables ([[" + section + "]])");
      }
      for (const toml::node& item : *arr) {
        const toml::table* t = item.as_table();
        if (t == nullptr) {
          return fail(item, std::string("[[") + section + "]] entries must be tables");
        }
        auto e = read_entity(*t, section);
        if (!e) {
          return tl::unexpected(e.error());
        }
        out.push_back(std::move(*e));
      }
    }
    return out;
  }

 private:
  std::string_view m_origin;
  std::string_view m_plugin;

  tl::unexpected<Error> fail(const toml::node& node, const std::string& what) const {
    return make_error(ErrorKind::plugin, where(m_origin, node.source()) + ": " + what);
  }

  Expected<std::string> str(const toml::table& t, std::string_view key, bool required, std::string_view ctx) const {
    const toml::node* n = t.get(key);
    if (n == nullptr) {
      if (required) {
        return make_error(ErrorKind::plugin, where(m_origin, t.source()) + ": " + std::string(ctx) + " needs '" +
                                                 std::string(key) + "'");
      }
      return std::string();
    }
    if (!n->is_string()) {
      return fail(*n, std::string(ctx) + " '" + std::string(key) + "' must be a string");
    }
    return std::string(*n->value<std::string_view>());
  }

  // names = { en = ["TASS"], ar = ["تاس"] }
  Expected<std::vector<EntityName>> names(const toml::table& t, std::string_view key, std::string_view ctx) const {
    std::vector<EntityName> out;
    const toml::node* n = t.get(key);
    if (n == nullptr) {
      return out;
    }
    const toml::table* by_lang = n->as_table();
    if (by_lang == nullptr) {
      return fail(*n, std::string(ctx) + " '" + std::string(key) + "' must be a table of languages, e.g. { en = [\"...\"] }");
    }
    for (const auto& [lang, list] : *by_lang) {
      const toml::array* arr = list.as_array();
      if (arr == nullptr) {
        return fail(list, std::string(ctx) + " " + std::string(key) + "." + std::string(lang.str()) +
                              " must be an array of strings");
      }
      for (const toml::node& s : *arr) {
        if (!s.is_string()) {
          return fail(s, std::string(ctx) + " " + std::string(key) + "." + std::string(lang.str()) +
                             " must contain only strings");
        }
        out.push_back({std::string(*s.value<std::string_view>()), std::string(lang.str())});
      }
    }
    return out;
  }

  Expected<EntityInfo> read_entity(const toml::table& t, const char* section) const {
    const std::string ctx = std::string("[[") + section + "]]";
    for (const auto& [key, value] : t) {
      const std::string_view k = key.str();
      if (k != "id" && k != "display_name" && k != "kind" && k != "medium" && k != "country" && k != "affiliation" &&
          k != "controlled_by" && k != "names" && k != "ambiguous_names" && k != "lookalikes" && k != "datelines" && k != "credit_lines" &&
          k != "signoffs" && k != "self_references" && k != "cue") {
        return fail(value, "unknown key '" + std::string(k) + "' in " + ctx);
      }
    }
    EntityInfo e;
    e.plugin = std::string(m_plugin);
    auto id = str(t, "id", true, ctx);
    if (!id) {
      return tl::unexpected(id.error());
    }
    e.id = *id;
    for (const char c : e.id) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_')) {
        return fail(*t.get("id"), "id '" + e.id + "' must be lowercase letters, digits, '-' or '_'");
      }
    }
    for (const auto& [key, field] : {std::pair{"display_name", &e.display_name}, std::pair{"medium", &e.medium},
                                     std::pair{"country", &e.country}, std::pair{"affiliation", &e.affiliation},
                                     std::pair{"controlled_by", &e.controlled_by}}) {
      auto v = str(t, key, false, ctx);
      if (!v) {
        return tl::unexpected(v.error());
      }
      *field = std::move(*v);
    }
    if (e.display_name.empty()) {
      e.display_name = e.id;
    }
    auto kind = str(t, "kind", true, ctx);
    if (!kind) {
      return tl::unexpected(kind.error());
    }
    const auto k = parse_source_kind(*kind);
    if (!k) {
      return fail(*t.get("kind"), "unknown kind '" + *kind +
                                      "' (agency, outlet, government, organization, person, officials, anonymous, reports, unknown)");
    }
    e.kind = *k;
    for (const auto& [key, field] : {std::pair{"names", &e.names}, std::pair{"ambiguous_names", &e.ambiguous_names},
                                     std::pair{"lookalikes", &e.lookalikes},
                                     std::pair{"credit_lines", &e.credit_lines}, std::pair{"signoffs", &e.signoffs},
                                     std::pair{"self_references", &e.self_references}}) {
      auto v = names(t, key, ctx);
      if (!v) {
        return tl::unexpected(v.error());
      }
      *field = std::move(*v);
    }
    if (e.names.empty()) {
      return make_error(ErrorKind::plugin, where(m_origin, t.source()) + ": " + ctx + " '" + e.id + "' needs names");
    }
    if (const toml::node* d = t.get("datelines"); d != nullptr) {
      const toml::array* arr = d->as_array();
      if (arr == nullptr) {
        return fail(*d, ctx + " 'datelines' must be an array of { pattern = \"...\", lang = \"..\" }");
      }
      for (const toml::node& item : *arr) {
        if (item.is_string()) {
          e.datelines.push_back({std::string(*item.value<std::string_view>()), ""});
          continue;
        }
        const toml::table* dt = item.as_table();
        if (dt == nullptr) {
          return fail(item, ctx + " datelines must be strings or { pattern, lang } tables");
        }
        for (const auto& [key, value] : *dt) {
          if (key.str() != "pattern" && key.str() != "lang") {
            return fail(value, "unknown key '" + std::string(key.str()) + "' in a dateline");
          }
        }
        auto pattern = str(*dt, "pattern", true, "a dateline");
        auto lang = str(*dt, "lang", false, "a dateline");
        if (!pattern || !lang) {
          return tl::unexpected(!pattern ? pattern.error() : lang.error());
        }
        if (pattern->find("{NAME}") == std::string::npos) {
          return fail(item, "dateline pattern '" + *pattern + "' must contain {NAME}");
        }
        e.datelines.push_back({*pattern, *lang});
      }
    }
    if (const toml::node* c = t.get("cue"); c != nullptr) {
      const toml::array* arr = c->as_array();
      if (arr == nullptr) {
        return fail(*c, ctx + " 'cue' must be an array of tables ([[" + section + ".cue]])");
      }
      for (const toml::node& item : *arr) {
        const toml::table* ct = item.as_table();
        if (ct == nullptr) {
          return fail(item, "cue entries must be tables");
        }
        for (const auto& [key, value] : *ct) {
          const std::string_view kk = key.str();
          if (kk != "lang" && kk != "forms" && kk != "frame" && kk != "commitment") {
            return fail(value, "unknown key '" + std::string(kk) + "' in a cue");
          }
        }
        StyleCue sc;
        auto lang = str(*ct, "lang", true, "a cue");
        auto frame = str(*ct, "frame", false, "a cue");
        auto commitment = str(*ct, "commitment", false, "a cue");
        if (!lang || !frame || !commitment) {
          return tl::unexpected(!lang ? lang.error() : !frame ? frame.error() : commitment.error());
        }
        sc.lang = *lang;
        sc.frame = frame->empty() ? "speech" : *frame;
        sc.commitment = commitment->empty() ? "report" : *commitment;
        if (!parse_commitment(sc.commitment)) {
          return fail(*ct->get("commitment"), "unknown commitment '" + sc.commitment + "'");
        }
        const toml::array* forms = ct->get_as<toml::array>("forms");
        if (forms == nullptr || forms->empty()) {
          return fail(item, "a cue needs forms = [\"...\"]");
        }
        for (const toml::node& f : *forms) {
          if (!f.is_string()) {
            return fail(f, "cue forms must be strings");
          }
          sc.forms.emplace_back(*f.value<std::string_view>());
        }
        e.cues.push_back(std::move(sc));
      }
    }
    return e;
  }
};

}  // namespace

Expected<std::vector<EntityInfo>> parse_manifest(std::string_view toml_text, std::string_view origin,
                                                 std::string_view plugin_name) {
  toml::table root;
  try {
    root = toml::parse(toml_text, origin);
  } catch (const toml::parse_error& e) {
    return make_error(ErrorKind::plugin, where(origin, e.source()) + ": " + std::string(e.description()));
  }
  return ManifestReader(origin, plugin_name).read(root);
}

}  // namespace claimtrace
