// An out-of-tree plugin: the manifest, plus a little style code (its credit line).
#include <string_view>

#include <claimtrace/plugin_sdk.hpp>

namespace claimtrace_plugin_manifest {
extern const std::string_view k_manifest;
}  // namespace claimtrace_plugin_manifest

namespace {

class example_plugin final : public claimtrace::plugin::ManifestPlugin {
 public:
  example_plugin() noexcept : ManifestPlugin(claimtrace_plugin_manifest::k_manifest) {}

 protected:
  void do_scan(const claimtrace::plugin::DocumentView& doc, claimtrace::plugin::FindingSink& sink) const override {
    const std::size_t at = claimtrace::plugin::find_word(doc.text, "(ENA)");
    if (at != std::string_view::npos) {
      sink.add({claimtrace::plugin::FindingKind::credited_source, "exampleagency", at, at + 5});
    }
  }
};

}  // namespace

CLAIMTRACE_DEFINE_PLUGIN(example_plugin, "exampleagency", "0.1.0")
