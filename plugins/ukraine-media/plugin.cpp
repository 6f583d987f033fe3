// The Ukrainian media plugin: everything it knows is in manifest.toml.

#include <string_view>

#include <claimtrace/plugin_sdk.hpp>

namespace claimtrace_plugin_manifest {
extern const std::string_view k_manifest;
}  // namespace claimtrace_plugin_manifest

CLAIMTRACE_MANIFEST_PLUGIN(ukraine_media, "ukraine-media", "1.0.0", claimtrace_plugin_manifest::k_manifest)
