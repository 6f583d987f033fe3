#pragma once
// The extraction pipeline: read, normalize, segment, find cues and sources,
// build attributions and chains, decide status (docs/ARCHITECTURE.md).

#include <filesystem>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "claimtrace/entity.hpp"
#include "claimtrace/error.hpp"
#include "claimtrace/extraction.hpp"
#include "claimtrace/input_document.hpp"
#include "claimtrace/plugin_host.hpp"

namespace claimtrace {

struct ExtractorOptions {
  std::vector<std::filesystem::path> extra_lexicons;  // TOML cue lexicons added to the built-in ones
  std::vector<std::filesystem::path> extra_entities;  // TOML entity files added to the built-in one
};

class Extractor {
 public:
  // Builds the lexicons and the gazetteer from the built-in data, the plugins'
  // manifests and the extra files. Errors name the file and line.
  [[nodiscard]] static Expected<Extractor> create(std::span<const LoadedPlugin> plugins,
                                                  const ExtractorOptions& options = {});

  Extractor(Extractor&&) noexcept;
  Extractor& operator=(Extractor&&) noexcept;
  ~Extractor();

  // Extracts the claims of one document. Safe to call from several threads at once.
  // Never fails on valid UTF-8 input; a plugin that fails on the document is
  // logged and its findings dropped.
  [[nodiscard]] Extraction extract(const InputDocument& input) const;
  // The same, taking over the input's text instead of copying it (a huge article is then
  // held once, not twice).
  [[nodiscard]] Extraction extract(InputDocument&& input) const;

  // Every known source (plugin agencies and the entity file), for the store.
  [[nodiscard]] const std::vector<EntityInfo>& entities() const noexcept;

 private:
  struct Impl;
  explicit Extractor(std::unique_ptr<Impl> impl) noexcept;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace claimtrace
