#pragma once
// The binary interface between the claimtrace host and a source plugin.
//
// A plugin is a shared library that exports one symbol, `claimtrace_plugin`,
// through BOOST_DLL_ALIAS: a pointer to a PluginDescriptor. The host reads
// `api_version` first and refuses the library when it differs from
// k_api_version. Bump k_api_version whenever PluginDescriptor, SourcePlugin,
// FindingSink, Finding or DocumentView change in any way.
//
// Nothing throws across this boundary: scan() reports failure through
// FindingSink::fail(), and the host defends itself against factories that throw.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include <boost/config.hpp>
#include <boost/dll/alias.hpp>

namespace claimtrace::plugin {

inline constexpr std::uint32_t k_api_version = 1;

// What a document looks like to a plugin. The views point into the host's
// memory and are valid only during the call that receives them.
struct DocumentView {
  std::string_view text;  // the stored UTF-8 text
  std::string_view lang;  // "ar", "en", ...
};

enum class FindingKind : std::uint32_t {
  dateline,         // "SEOUL, Sept. 11 (Yonhap) --" : the whole dateline
  credited_source,  // a credit line naming the agency for the whole story
  signoff,          // "Reuter" closing a wire story
  photo_credit,     // "Photo: Sputnik": not a claim source
  mention,          // a mention of the agency the generic name matcher misses
};

// One thing a plugin's style code found. Offsets are UTF-8 byte offsets into
// DocumentView::text; the host converts them to code points.
struct Finding {
  FindingKind kind = FindingKind::mention;
  std::string_view agency_id;  // one of the ids in the plugin's manifest
  std::size_t byte_start = 0;
  std::size_t byte_end = 0;
};

class BOOST_SYMBOL_VISIBLE FindingSink {
 public:
  virtual void add(const Finding& finding) noexcept = 0;
  // The scan failed: the host drops this plugin's findings for the document and logs why.
  virtual void fail(std::string_view message) noexcept = 0;

 protected:
  ~FindingSink() = default;
};

class BOOST_SYMBOL_VISIBLE SourcePlugin {
 public:
  virtual ~SourcePlugin();  // defined in the core library (one key function)

  // The declarative description of the plugin's agencies: a TOML document in
  // the format of docs/writing-a-plugin.md (names, kind, affiliation, datelines,
  // credit lines, cue words). Must stay valid for the life of the object.
  [[nodiscard]] virtual std::string_view manifest() const noexcept = 0;

  // Cheap pre-check: could scan() find anything in this document?
  [[nodiscard]] virtual bool identify(const DocumentView& doc) const noexcept = 0;

  // Style code for what the manifest cannot express.
  virtual void scan(const DocumentView& doc, FindingSink& sink) const noexcept = 0;
};

struct PluginDescriptor {
  std::uint32_t api_version;           // first member: never moves
  const char* name;                    // plugin name, e.g. "tass"
  const char* version;                 // plugin version, e.g. "1.0.0"
  SourcePlugin* (*create)();           // may throw or return nullptr: the host copes
  void (*destroy)(SourcePlugin*) noexcept;
};

}  // namespace claimtrace::plugin

// Exports a plugin's descriptor under the name the host looks for.
#define CLAIMTRACE_EXPORT_PLUGIN(descriptor) BOOST_DLL_ALIAS(descriptor, claimtrace_plugin)
