#pragma once
// What a document says about itself rather than about the world: its
// headline and subheadings, page boilerplate ("[إعلان 2]", "تعليق (0)",
// "اقرأ أيضا| …"), the byline ("Minh Duc (according to TASS, Sputnik,
// Yonhap)"), datelines ("SEOUL, Sept. 11 (Yonhap) --", "تركيا (CNN)—"),
// sign-offs ("REUTER") and photo credits ("Photo: Sputnik"). Plugins add what
// their style code finds.

#include <string_view>
#include <vector>

#include "claimtrace/document_record.hpp"
#include "extract/assembler.hpp"
#include "extract/language_resources.hpp"
#include "text/utf8.hpp"

namespace claimtrace::extract {

struct DocumentContext {
  LineRoles roles;
  Byline byline;
  std::vector<Dateline> datelines;
  std::vector<Credit> credits;
};

// Reads the document's lines (valid UTF-8 `text`, code points indexed by `index`).
[[nodiscard]] DocumentContext read_document_context(std::string_view text, const text::CodePointIndex& index,
                                                    std::string_view lang, const LanguageResources& resources,
                                                    std::string_view document_path);

}  // namespace claimtrace::extract
