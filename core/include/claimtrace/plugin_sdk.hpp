#pragma once
// Helpers for writing a source plugin. A plugin that is pure data needs only
//
//   #include <claimtrace/plugin_sdk.hpp>
//   CLAIMTRACE_MANIFEST_PLUGIN(my_agency, "1.0.0", k_manifest_toml)
//
// A plugin with style code derives from ManifestPlugin and overrides do_scan().

#include <exception>
#include <string_view>

#include "claimtrace/plugin_api.hpp"

namespace claimtrace::plugin {

// A plugin described by its TOML manifest, with optional style code.
class ManifestPlugin : public SourcePlugin {
 public:
  explicit ManifestPlugin(std::string_view manifest_toml) noexcept : m_manifest(manifest_toml) {}

  [[nodiscard]] std::string_view manifest() const noexcept final { return m_manifest; }

  [[nodiscard]] bool identify(const DocumentView& doc) const noexcept override {
    return !doc.text.empty();
  }

  // Runs do_scan() and turns any exception into sink.fail(), so that nothing
  // is thrown across the plugin boundary.
  void scan(const DocumentView& doc, FindingSink& sink) const noexcept final {
    try {
      do_scan(doc, sink);
    } catch (const std::exception& e) {
      sink.fail(e.what());
    } catch (...) {
      sink.fail("unknown exception");
    }
  }

 protected:
  // Override to add findings from code; the default finds nothing beyond the manifest.
  virtual void do_scan(const DocumentView& /*doc*/, FindingSink& /*sink*/) const {}

 private:
  std::string_view m_manifest;  // static storage: the embedded manifest text
};

// Finds `needle` as a whole word (ASCII boundaries) in text from `from`; npos when absent.
[[nodiscard]] inline std::size_t find_word(std::string_view text, std::string_view needle,
                                           std::size_t from = 0) noexcept {
  auto is_word = [](char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  };
  for (std::size_t pos = text.find(needle, from); pos != std::string_view::npos;
       pos = text.find(needle, pos + 1)) {
    const bool left_ok = pos == 0 || !is_word(text[pos - 1]);
    const std::size_t after = pos + needle.size();
    const bool right_ok = after >= text.size() || !is_word(text[after]);
    if (left_ok && right_ok) {
      return pos;
    }
  }
  return std::string_view::npos;
}

}  // namespace claimtrace::plugin

// Defines the descriptor and factory of a plugin class `cls` (constructible
// with no arguments) and exports it.
#define CLAIMTRACE_DEFINE_PLUGIN(cls, plugin_name, plugin_version)                           \
  namespace {                                                                              \
  ::claimtrace::plugin::SourcePlugin* claimtrace_create_plugin() { return new cls(); }      \
  void claimtrace_destroy_plugin(::claimtrace::plugin::SourcePlugin* p) noexcept { delete p; } \
  }                                                                                        \
  extern "C" BOOST_SYMBOL_EXPORT const ::claimtrace::plugin::PluginDescriptor                \
      claimtrace_plugin_descriptor{::claimtrace::plugin::k_api_version, plugin_name,          \
                                   plugin_version, &claimtrace_create_plugin,                \
                                   &claimtrace_destroy_plugin};                              \
  CLAIMTRACE_EXPORT_PLUGIN(claimtrace_plugin_descriptor)

// A plugin that is only its manifest.
#define CLAIMTRACE_MANIFEST_PLUGIN(ident, plugin_name, plugin_version, manifest_text)       \
  namespace {                                                                              \
  class ident##_plugin final : public ::claimtrace::plugin::ManifestPlugin {               \
   public:                                                                                 \
    ident##_plugin() noexcept : ManifestPlugin(manifest_text) {}                            \
  };                                                                                       \
  }                                                                                        \
  CLAIMTRACE_DEFINE_PLUGIN(ident##_plugin, plugin_name, plugin_version)
