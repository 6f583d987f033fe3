#pragma once
// Frames: find the attributions of one sentence from its cue hits, per
// language. They only delimit sources and contents (token ranges); the
// assembler resolves sources, nests relays and builds claims.

#include <optional>
#include <vector>

#include "extract/attribution.hpp"
#include "extract/sentence.hpp"

namespace claimtrace::extract {

[[nodiscard]] std::vector<Attribution> find_attributions_en(const Sentence& s,
                                                            const std::vector<QuoteRegion>& quotes);
[[nodiscard]] std::vector<Attribution> find_attributions_ar(const Sentence& s,
                                                            const std::vector<QuoteRegion>& quotes);

// Shared helpers of both languages.
namespace frames {

// A report named by a noun, with no verb of saying ("reports of P", "X's remark that P",
// "بعد إعلان X أن P"): its source phrase, the cue's words (the label names them), the words
// the source and cue cover, and the claim, all token ranges of the sentence.
struct NominalReport {
  const char* rule = "";
  Commitment commitment = Commitment::report;
  std::uint32_t source_begin = 0, source_end = 0;
  std::uint32_t cue_begin = 0, cue_end = 0;
  std::string label;
  std::uint32_t region_begin = 0, region_end = 0;
  std::uint32_t content_begin = 0, content_end = 0;
};
// The attribution of such a report, or nothing when its trimmed claim is shorter than
// `min_words` tokens.
std::optional<Attribution> nominal_report(const Sentence& s, NominalReport r, std::uint32_t min_words);

// The content range [b, e) with edge punctuation trimmed (keeps quotation marks that are
// part of mixed quotes); returns false when nothing is left.
bool trim_content(const Sentence& s, std::uint32_t& b, std::uint32_t& e);

// The quotation region that is exactly tokens [b, e) (an opening mark at b, its closing mark
// at e - 1 or later), or -1.
std::int32_t quote_starting_at(const Sentence& s, std::uint32_t b);

// Splits a source phrase at "quoted in X" / "monitored by X" / "في تصريح لـ X": outermost first.
std::vector<SourcePhrase> split_relays(const Sentence& s, std::uint32_t b, std::uint32_t e,
                                       const SourcePhrase& base);

// Does the relay cue ending before token `cue_end` name one spoken to ("in an interview
// with X", "speaking to X", "في حديث مع X", "في تصريح لـ X")? That medium is then a recipient.
bool spoken_to(const Sentence& s, std::uint32_t cue_end);

// Is token i inside any quotation region (the marks excluded)?
inline bool quoted(const Sentence& s, std::size_t i) { return s.in_quote(i); }

// A source noun that names a medium, which relays what it is told: an agency or outlet, or an
// outlet no one names ("a local newspaper", "صحيفة محلية", a vague source of its own).
inline bool is_medium_noun(const lexicon::SourceNounEntry& noun) {
  return noun.kind == SourceKind::agency || noun.kind == SourceKind::outlet || !noun.medium.empty();
}

// Does [b, e) hold a news agency or outlet the gazetteer knows?
bool names_known_medium(const Sentence& s, std::uint32_t b, std::uint32_t e);

// End of the clause content (before the final punctuation of the sentence).
std::uint32_t sentence_content_end(const Sentence& s);

// A headline that names its source before a colon: "روسيا: سنطرد دبلوماسيين", "Sanders:
// Clinton needs to …". Not a label ("Analysis:", "عاجل:") nor a topic ("اختفاء خاشقجي:").
std::optional<Attribution> headline_attribution(const Sentence& s);

// Is the cue at token `cue` negated ("did not say", "declined to say", "لم يذكر", "لا تقول")?
bool negated(const Sentence& s, std::uint32_t cue);

// Where the last clause of [b, e) begins after a contrast (", while …", "، بينما …"): a
// trailing "according to X" belongs to that clause. Returns b when there is none.
std::uint32_t last_contrast_clause(const Sentence& s, std::uint32_t b, std::uint32_t e);

// Cuts a content range before a concessive clause (", although …", "، على الرغم من …").
void cut_concessive(const Sentence& s, std::uint32_t& b, std::uint32_t& e);

// A relay phrase fronted before the clause: "In an interview with CNN, the minister said P",
// "وفي مقابلة مع قناة الجزيرة، قال الوزير إن P". The medium becomes the outer hop of every
// attribution whose cue follows the phrase's comma (unless it already has a relay there).
void apply_fronted_relay(const Sentence& s, std::vector<Attribution>& attrs);

// A carrier named after the content: "أعلنت الهيئة P، وذلك في بيان وزعته «واس»". The medium
// becomes the outer hop of the attributions before it, whose content ends at the phrase.
void apply_trailing_relay(const Sentence& s, std::vector<Attribution>& attrs);

// An Arabic verb that tells where a statement appeared ("نشرته"، "أوردته"، "بثته"), folded.
bool is_publishing_verb(std::u16string_view folded);

// The given name "علي" at `i`, as written with its yeh: folded, it is the preposition "على".
bool written_ali(const Sentence& s, std::size_t i);

// An Arabic social platform's name, folded: "فيسبوك"، "تلغرام"، "إكس"، the first word of
// "فيس بوك" and "تيك توك". Pages and posts on one are as vague a source as rumour.
bool social_platform_name(std::u16string_view folded);

// English: the writer's comment on what was just said opens at comma `k`: ", a claim that
// could not be confirmed", ", a charge the firm has rejected" (an article, the writer's noun
// for a statement, then a relative clause).
bool writers_comment_at(const Sentence& s, std::uint32_t k);

// English: the speaker keeping something back, in a verb phrase opening at token `v`, before
// `e`: "declined to give details", "refused to discuss", "gave no figures", "stopped short of",
// "would not say which", "did not name them", "has not released". The writer's report of the
// speaker, no content, when "but" joins it to what was said.
bool withholds_at(const Sentence& s, std::uint32_t v, std::uint32_t e);

// A word that points back to what was just reported (folded): "this could not be confirmed",
// "denied the report", "لم يتسن التحقق من صحة هذه المعلومات", "نفت التقرير".
bool points_back(std::u16string_view w);

// Whether the token at `d` is a hyphen written without spaces between two words, joining
// them into one: "anti-doping", "pro-Kremlin".
bool joined_hyphen_at(const Sentence& s, std::size_t d);

// Whether the token at `d` is the hyphen of a double-barrelled name, written without spaces
// between two capitalised words: "Okonjo-Whitcombe", "Arvai-Hegedus".
bool double_barrel_at(const Sentence& s, std::size_t d);

// The words from `b` to `e`, a hyphenated compound counted as one ("anti-doping scientists":
// two), so that a modifier's hyphen does not make a short phrase look long.
std::size_t words_in(const Sentence& s, std::size_t b, std::size_t e);

// A noun for what a party argued in its own case, "P, a defence the panel rejected":
// "defence", "explanation", "argument", "version", ...
bool argued_noun(std::u16string_view w);

// English, lower-cased: a plural whose ending names people ("officials", "analysts",
// "residents", "fishermen", "representatives").
bool people_plural(std::u16string_view w);

}  // namespace frames

}  // namespace claimtrace::extract
