// The Sahel and West African press plugin: everything it knows is in manifest.toml.

#include <string_view>

#include <claimtrace/plugin_sdk.hpp>

namespace claimtrace_plugin_manifest {
extern const std::string_view k_manifest;
}  // namespace claimtrace_plugin_manifest

CLAIMTRACE_MANIFEST_PLUGIN(sahel_press, "sahel-press", "1.0.0", claimtrace_plugin_manifest::k_manifest)
