#include "claimtrace/plugin_api.hpp"

namespace claimtrace::plugin {

// The key function of the interface lives in the core, so every plugin shares one vtable
// and one typeinfo for SourcePlugin.
SourcePlugin::~SourcePlugin() = default;

}  // namespace claimtrace::plugin
