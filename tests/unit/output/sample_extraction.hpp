#pragma once
// A hand-built extraction of a short Arabic wire story, shared by the JSON output tests and the
// json_sample helper that feeds the schema check. The offsets are code points into k_text.

#include <string>
#include <utility>

#include "claimtrace/extraction.hpp"

namespace claimtrace::test {

inline constexpr const char* k_sample_text =
    "موسكو، 11 سبتمبر (تاس) - نقلت وكالة يونهاب للأنباء عن وكالة الأنباء المركزية الكورية قولها "
    "إن الزعيم كيم جونج أون سيزور روسيا. ويعتقد أن الزيارة ستستمر أسبوعا، بحسب مصادر مطلعة. "
    "مينه دوك (وفقًا لوكالة تاس)";

// Fields by name, so that a field added to Hop later keeps its default here.
inline Hop make_hop(std::string mention, Span span, std::string entity, SourceKind kind,
                    std::string cue, Span cue_span, std::string plugin) {
  Hop hop;
  hop.mention = std::move(mention);
  hop.span = span;
  hop.entity = std::move(entity);
  hop.kind = kind;
  hop.cue = std::move(cue);
  hop.cue_span = cue_span;
  hop.plugin = std::move(plugin);
  return hop;
}

inline Extraction sample_extraction() {
  Extraction x;
  DocumentRecord& doc = x.document;
  doc.path = "examples/kim-russia-visit.ar.txt";
  doc.sha256 = "4ba3f5724882a6c06f2fe83818f071d6b95903ffc1027ce454a8bf07f71043f1";
  doc.lang = "ar";
  doc.text = k_sample_text;
  doc.title = "كيم يزور روسيا";
  doc.url = "https://example.org/news/kim-russia";
  doc.published = "2023-09-11T08:00:00Z";
  doc.metadata_json = R"({"section":"world"})";
  doc.format = "text";
  doc.byline.author = "مينه دوك";
  doc.byline.author_span = Span{178, 186};
  doc.byline.credited_sources = {
      CreditedSource{"tass", "تاس", Span{201, 204}, "byline"},
      CreditedSource{"tass", "تاس", Span{18, 21}, "dateline"},
  };
  doc.datelines = {
      Dateline{"tass", "موسكو، 11 سبتمبر (تاس) -", Span{0, 24}, "موسكو", "11 سبتمبر", ""},
  };
  // A photo credit naming no known source: its entity is empty and comes out as null.
  doc.credits = {Credit{"photo", "", "وكالة مجهولة", Span{0, 0}}};

  Claim relayed;
  relayed.id = 1;
  relayed.text = "الزعيم كيم جونج أون سيزور روسيا";
  relayed.span = Span{94, 125};
  relayed.sentence = Span{25, 126};
  relayed.quote = QuoteType::indirect;
  relayed.chain = {
      make_hop("وكالة يونهاب للأنباء", Span{30, 50}, "yonhap", SourceKind::agency, "نقلت",
               Span{25, 29}, "yonhap"),
      make_hop("وكالة الأنباء المركزية الكورية", Span{54, 84}, "kcna", SourceKind::agency,
               "عن … قولها", Span{51, 90}, ""),
  };
  relayed.status = ClaimStatus::single_source;
  relayed.unconfirmed = false;
  relayed.group = 1;
  relayed.rule = "ar.relay.naqala-an";
  relayed.commitment = Commitment::report;

  Claim hedged;
  hedged.id = 2;
  hedged.text = "الزيارة ستستمر أسبوعا";
  hedged.span = Span{137, 158};
  hedged.sentence = Span{127, 177};
  hedged.quote = QuoteType::indirect;
  hedged.chain = {
      make_hop("وكالة يونهاب للأنباء", Span{30, 50}, "yonhap", SourceKind::agency, "", Span{},
               "yonhap"),
      make_hop("مصادر مطلعة", Span{165, 176}, "", SourceKind::anonymous, "بحسب", Span{160, 164},
               ""),
  };
  // Carried over from the previous sentence: no cue of its own, and it stands for the
  // agency named there.
  hedged.chain[0].implicit = true;
  hedged.chain[0].refers_to = "وكالة يونهاب للأنباء";
  hedged.status = ClaimStatus::hedged;
  hedged.unconfirmed = true;
  hedged.reasons = {
      Reason{ReasonCode::hedge, "يعتقد", Span{128, 133}},
      Reason{ReasonCode::unnamed_source, "مصادر مطلعة", Span{165, 176}},
  };
  hedged.group = 2;
  hedged.rule = "ar.according-to.bihasab";
  hedged.commitment = Commitment::belief;

  Claim unsourced;
  unsourced.id = 3;
  unsourced.text = "ويعتقد أن الزيارة ستستمر أسبوعا";
  unsourced.span = Span{127, 158};
  unsourced.sentence = Span{127, 177};
  unsourced.quote = QuoteType::mixed;
  unsourced.status = ClaimStatus::unsourced;
  unsourced.group = 3;
  unsourced.rule = "ar.unsourced";
  unsourced.commitment = Commitment::hedge;

  x.claims = {relayed, hedged, unsourced};
  return x;
}

}  // namespace claimtrace::test
