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
  // Documents larger than this are read in sections of about this size (see extract()).
  std::size_t section_bytes = std::size_t{4} << 20;
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
  // The same, streamed into `sink`. A document larger than section_bytes() is read in
  // sections of about that size, cut at line breaks: each section's claims are grouped
  // and decided on their own and handed over before the next is read, so memory stays
  // bounded whatever the article's size. (Claims in different sections are never one
  // group; the grouping window is 1,000 claims anyway. Pronouns and dropped subjects do
  // not reach back into an earlier section, and only the first section's inline credit
  // lines join the byline, since the record is handed over before the second is read.)
  void extract(InputDocument&& input, ExtractionSink& sink) const;

  [[nodiscard]] std::size_t section_bytes() const noexcept;

  // Every known source (plugin agencies and the entity file), for the store.
  [[nodiscard]] const std::vector<EntityInfo>& entities() const noexcept;

 private:
  struct Impl;
  explicit Extractor(std::unique_ptr<Impl> impl) noexcept;
  std::unique_ptr<Impl> m_impl;
};

}  // namespace claimtrace
