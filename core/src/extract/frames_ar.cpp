// Arabic frames. News Arabic is verb-first: "قال X إن P", "نقلت X عن Y قوله إن P";
// the subject may be dropped ("وأضاف أن P") or come before the verb
// ("وكان X قد قال", "روسيا التي حذرت"); "بحسب X" and "وفق ما ذكرت X" wrap a
// clause before or after them; participles ("مؤكدا أن P") continue a speaker.

#include <algorithm>
#include <optional>
#include <set>

#include "extract/frames.hpp"
#include "lexicon/token_keys.hpp"

namespace claimtrace::extract {
namespace {

using lexicon::Frame;
using lexicon::WordClass;

constexpr char16_t k_waw = u'\u0648';
constexpr char16_t k_fa = u'\u0641';
constexpr char16_t k_ba = u'\u0628';
constexpr char16_t k_lam = u'\u0644';
constexpr char16_t k_ta = u'\u062A';
constexpr char16_t k_ya = u'\u064A';
constexpr char16_t k_nun = u'\u0646';
constexpr char16_t k_alef = u'\u0627';
constexpr char16_t k_ha = u'\u0647';

struct Range {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  [[nodiscard]] bool empty() const { return end <= begin; }
};

class ArabicFrames {
 public:
  ArabicFrames(const Sentence& s, const std::vector<QuoteRegion>& quotes) : m_s(s), m_quotes(quotes) {
    m_end = frames::sentence_content_end(s);
  }

  // "ومن المحتمل أن تعلن السلطات عن مرحلة جديدة"، "من المتوقع أن يعلن الوزير": a saying
  // foretold has not happened; its words are the forecast's matter, not a report.
  [[nodiscard]] bool predicted_saying(const Hit& hit) const {
    if (hit.begin < 2 || !exact(hit.begin - 1, u"\u0627\u0646") /* أن */) {
      return false;
    }
    const std::u16string_view verb = w(hit.begin);
    const bool present = verb.size() > 2 && (verb[0] == k_ya || verb[0] == k_ta);
    const std::u16string_view before = w(hit.begin - 2);
    static constexpr std::u16string_view k_forecasts[] = {
        u"\u0627\u0644\u0645\u062d\u062a\u0645\u0644" /* المحتمل */,
        u"\u0627\u0644\u0645\u062a\u0648\u0642\u0639" /* المتوقع */,
        u"\u0627\u0644\u0645\u0631\u062c\u062d" /* المرجح */,
        u"\u0627\u0644\u0645\u0642\u0631\u0631" /* المقرر */,
        u"\u064a\u062a\u0648\u0642\u0639" /* يتوقع */,
        u"\u064a\u0631\u062c\u062d" /* يرجح */,
        u"\u064a\u0646\u062a\u0638\u0631" /* ينتظر */,
        u"\u0627\u0644\u0645\u0646\u062a\u0638\u0631" /* المنتظر */};
    return present && std::find(std::begin(k_forecasts), std::end(k_forecasts), before) != std::end(k_forecasts);
  }

  // "وأُقر التعديل بأغلبية 21 صوتاً": the passive, written with its damma, of a verb of
  // acknowledging or stressing ("was approved") has no one who speaks; what follows is the event.
  [[nodiscard]] bool passive_acknowledged(const Hit& hit, const lexicon::CueEntry& cue) const {
    if (cue.id != "ar.akkada") {
      return false;
    }
    const std::string surface = m_s.utf8(hit.begin, hit.begin + 1);
    std::string_view s = surface;
    if (s.starts_with("\xD9\x88") /* و */ || s.starts_with("\xD9\x81") /* ف */) {
      s.remove_prefix(2);
    }
    // (A letter, then the damma: "أُقر"، "أُكد"، "شُدد".)
    return s.size() >= 4 && s.substr(2, 2) == "\xD9\x8F";
  }

  std::vector<Attribution> run() {
    // Verbs with no subject that speak through an attribution set off after them: which
    // attribution, and the verb, in case that attribution names no one after all.
    struct SpeaksThrough {
      std::size_t attribution;
      const Hit* verb;
      std::uint32_t according;
    };
    std::vector<SpeaksThrough> speaks_through;
    for (const Hit& hit : m_s.cues) {
      if (frames::quoted(m_s, hit.begin) || m_consumed.count(hit.begin) > 0) {
        continue;
      }
      const lexicon::CueEntry& cue = m_s.lex.cues()[hit.payload];
      if (cue.frame != Frame::according && cue.frame != Frame::citing && frames::negated(m_s, hit.begin)) {
        continue;  // "لم يذكر", "لا تقول": nothing is reported
      }
      // "أن الفحوصات الأولية كشفت عن «تمزق»": a verb whose subject is a thing, inside a
      // complement, is the claim's own verb, not a new report.
      // (Not what circulating posts speak of: "تداولت صفحات منشورات تتحدث عن P".)
      const bool circulated = cue.frame == Frame::speech && circulated_report(hit, cue);
      if (cue.frame == Frame::speech && thing_clause_verb(hit) && !circulated) {
        continue;
      }
      if (describes_noun_before(hit) && !circulated) {
        continue;
      }
      if (followed_not_went_on(hit, cue) || added_to(hit, cue)) {
        continue;
      }
      if (predicted_saying(hit) || passive_acknowledged(hit, cue)) {
        continue;
      }
      // ("مؤكدا أن ما نُشر "أسئلة قديمة"": "what was published", the passive verb of a relative
      // "ما" with the quotation right after it and no subject, is the subject of the clause,
      // no one publishing anything.)
      if (hit.begin > 0 && hit.end == hit.begin + 1 && hit.end < m_end && exact(hit.begin - 1, u"ما") &&
          m_s.is_open_quote(hit.end) && frames::is_publishing_verb(w(hit.begin))) {
        continue;
      }
      // ("بحق 24 متهماً «لسبق الفصل فيها»": a participle right after a number is the noun
      // counted, "defendants", no one accusing.)
      if (cue.frame == Frame::participle && hit.begin > 0 && m_s.tokens[hit.begin - 1].kind == text::TokenKind::number) {
        continue;
      }
      // ("نشر بتاريخ: DATE": the page's time of posting, no one publishing anything.)
      if (hit.end < m_end && exact(hit.end, u"\u0628\u062a\u0627\u0631\u064a\u062e") /* بتاريخ */) {
        continue;
      }
      std::optional<Attribution> a;
      switch (cue.frame) {
        case Frame::speech:
          a = cue.id == "ar.ma-nafahu" || cue.id == "ar.ma-akkadahu" ? which_denied(hit, cue)
              : cue.id == "ar.jaa-fi"                                   ? came_in(hit, cue)
              : cue.id == "ar.aza"                                      ? attributed_cause(hit, cue)
              : cue.id == "ar.alima-min"                                ? learned_from(hit, cue)
              : circulated                                              ? circulated_or_speech(hit, cue)
                                                                        : speech(hit, cue);
          break;
        case Frame::participle:
          a = cue.id == "ar.aziyan" ? attributed_cause(hit, cue) : participle(hit, cue);
          break;
        case Frame::according:
          a = according(hit, cue);
          break;
        case Frame::relay:
          a = relay(hit, cue);
          // ("ونُقل عن أحد الحراس أن P": the passive, written with its damma, has no relaying
          // subject to look for; the one it was carried from is the source.)
          if (a && passive_relay_verb(hit) && a->sources.size() >= 2 && a->sources.front().dropped()) {
            a->sources.erase(a->sources.begin());
            a->coordinated = false;
            a->fallback_begin = a->fallback_end = 0;
          }
          break;
        case Frame::citing:
          a = citing(hit, cue);
          break;
        case Frame::describe:
          a = describe(hit, cue);
          break;
        case Frame::accuse:
          a = accuse(hit, cue);
          break;
        case Frame::nominal:
          a = nominal(hit, cue);
          break;
        case Frame::passive_relay:
        case Frame::postmod_relay:
          break;
      }
      // ("صحة مقطع فيديو تداولته صفحات X على مواقع التواصل، زعمت أنه P": a verb with no subject
      // of its own right after the clause that says who passed the thing round goes on with them.)
      if (a && cue.frame == Frame::speech && !a->sources.empty() && a->sources.front().dropped() &&
          a->sources.size() == 1) {
        Range by = circulated_by_before(hit.begin);
        if (by.empty()) {
          by = subject_of_verb_before(hit);
        }
        if (!by.empty()) {
          a->sources.front() = phrase(hit, by.begin, by.end);
          a->coordinated = false;
          a->fallback_begin = a->fallback_end = 0;
        }
      }
      // ("ويُعتقد، وفق ما يتداوله مغردون، أن P": a verb with no subject whose source is set off
      // right after it speaks through that source alone, no one before.)
      if (a && cue.frame == Frame::speech && a->sources.size() == 1 && a->sources.front().dropped()) {
        std::uint32_t k = hit.end;
        while (k < m_end && m_s.is_comma(k)) {
          ++k;
        }
        if (const Hit* h = m_s.cue_at(k); k > hit.end && h != nullptr && h->begin == k &&
                                          m_s.lex.cues()[h->payload].frame == Frame::according) {
          no_source_of_its_own(*a);
          speaks_through.push_back({m_out.size(), &hit, k});
        }
      }
      // ("وتشير المعلومات الأولية إلى أن P، بحسب مصدر في دائرة البيئة": what the first
      // information shows is what the source set off after it says; the information is no one.)
      if (a && cue.frame == Frame::speech && a->sources.size() == 1 && !a->sources.front().dropped() &&
          first_information(a->sources.front())) {
        for (std::uint32_t k = a->sources.front().end; k < m_end; ++k) {
          if (const Hit* h = m_s.cue_at(k); h != nullptr && h->begin == k &&
                                            m_s.lex.cues()[h->payload].frame == Frame::according) {
            no_source_of_its_own(*a);
            break;
          }
        }
      }
      if (a && cue.id == "ar.hammala") {
        // ("…، محملا القوات الأميركية "مسؤولية عرقلة …"": the participle goes on with the
        // sentence's speaker; who is held responsible opens the claim.)
        if (w(hit.begin).starts_with(u"\u0645\u062d\u0645\u0644") /* محمل */ && hit.end < m_end) {
          a->sources = {phrase(hit, hit.begin, hit.begin)};
          a->region_end = hit.end;
          // (After a whole quotation, "إن "P"، محملة الاحتلال "المسؤولية"", the frame found no
          // content of its own: the claim runs from the one held responsible to the end.)
          const bool none_found = a->content_end <= hit.end;
          a->content_begin = hit.end;
          if (none_found) {
            a->content_end = m_end;
            frames::cut_concessive(m_s, a->content_begin, a->content_end);
          }
          a->quote_region = -1;  // (the quoted responsibility is part of it, not all of it)
          if (!frames::trim_content(m_s, a->content_begin, a->content_end)) {
            a.reset();
          }
        } else {
          held_responsible_object(*a);
        }
      }
      if (a) {
        m_out.push_back(std::move(*a));
      }
    }
    // (What was said ends where the statement it was said in is named.)
    for (const std::uint32_t at : m_said_in) {
      for (Attribution& o : m_out) {
        if (o.content_begin < at && o.content_end > at) {
          o.content_end = at;
          if (!frames::trim_content(m_s, o.content_begin, o.content_end)) {
            o.content_end = o.content_begin;
          }
        }
      }
    }
    for (const SpeaksThrough& t : speaks_through) {
      const bool named = std::any_of(m_out.begin(), m_out.end(), [&](const Attribution& o) {
        return o.cue_begin == t.according && !o.sources.empty() && !o.sources.front().dropped();
      });
      if (!named && t.attribution < m_out.size() && m_out[t.attribution].sources.empty()) {
        m_out[t.attribution].sources = {phrase(*t.verb, t.verb->begin, t.verb->begin)};
      }
    }
    nominal_reports();
    nominal_speech();
    published_asides();
    medium_told_before_participle();
    medium_set_off_before_verb();
    outer_takes_second_inna();
    split_coordinated_complements();
    return std::move(m_out);
  }

  // ("غير أن مسؤولا في البنك المركزي، تحدث لرويترز، نفى P": whom the subject spoke to, set
  // off by commas between the subject and its verb, relays what the verb says.)
  void medium_set_off_before_verb() {
    for (Attribution& a : m_out) {
      if (a.sources.size() != 1 || a.sources.front().dropped()) {
        continue;
      }
      const std::uint32_t comma = a.sources.front().end;
      if (comma + 2 >= a.cue_begin || !m_s.is_comma(comma)) {
        continue;
      }
      const MediumClause mc = medium_relative(comma + 1);
      if (mc.medium.empty() || mc.end + 1 != a.cue_begin) {
        continue;
      }
      SourcePhrase outer;
      outer.begin = mc.medium.begin;
      outer.end = mc.medium.end;
      outer.cue_begin = comma + 1;
      outer.cue_end = comma + 2;
      outer.cue = m_s.utf8(comma + 1, comma + 2);
      outer.recipient = true;
      a.sources.insert(a.sources.begin(), std::move(outer));
    }
  }

  // "نفى مصدر … صحة ما تداولته مواقع عن P، مؤكدا في تصريح لوكالة سبأ أن Q": the medium the
  // participle names was told the whole statement, the first part too; the team's annotators
  // relay both through it. (Only for the clause just before the participle, from the speaker
  // the participle goes on with, which names no medium of its own.)
  void medium_told_before_participle() {
    for (const Attribution& p : m_out) {
      if (!p.participle || p.sources.size() != 2 || p.sources[0].dropped() || !p.sources[1].dropped() ||
          p.content_before) {
        continue;
      }
      Attribution* before = nullptr;
      for (Attribution& m : m_out) {
        if (&m != &p && !m.participle && !m.content_before && m.cue_end <= p.cue_begin && m.content_end <= p.cue_begin &&
            (before == nullptr || m.cue_begin > before->cue_begin)) {
          before = &m;
        }
      }
      if (before == nullptr || before->sources.size() != 1 || before->sources.front().dropped() ||
          before->frame == Frame::according || before->wrapper || before->content_end + 2 < p.cue_begin) {
        continue;
      }
      // (Nothing but the comma between its content and the participle.)
      bool adjacent = true;
      for (std::uint32_t k = before->content_end; k < p.cue_begin && adjacent; ++k) {
        adjacent = m_s.is_comma(k) || m_s.is_close_quote(k);
      }
      if (adjacent) {
        before->sources.insert(before->sources.begin(), p.sources[0]);
      }
    }
  }

 private:
  const Sentence& m_s;
  const std::vector<QuoteRegion>& m_quotes;
  std::uint32_t m_end = 0;
  std::vector<Attribution> m_out;
  std::set<std::uint32_t> m_consumed;  // verbs read as part of "بحسب ما ذكرت X"
  std::vector<std::uint32_t> m_said_in;  // "، بحسب بيان نشرته": where the words were said, no source

  // The folded word at i. Every word this file compares with it is written as the folded text
  // reads it (text/char_fold.cpp): "ئ" and "ى" as "ي", "ؤ" as "و", "ة" as "ه", "أ"، "إ"، "آ" as
  // "ا" ("شايعات" for "شائعات"); a word written otherwise never matches.
  [[nodiscard]] std::u16string_view w(std::size_t i) const { return m_s.lower(i); }

  // "تابعت «الجزيرة» شكاوى المراجعين" (followed, covered) opens a sentence with no conjunction;
  // the verb that goes on with a statement ("وتابع: …") is joined to what it goes on with.
  // (Bare, it goes on only with a colon or "أن" after it: a quotation mark may open a name.)
  [[nodiscard]] bool followed_not_went_on(const Hit& hit, const lexicon::CueEntry& cue) const {
    if (cue.id != "ar.adafa" || hit.end != hit.begin + 1 || hit.begin != 0) {
      return false;
    }
    static constexpr std::u16string_view k_bare[] = {
        u"\u062a\u0627\u0628\u0639" /* تابع */, u"\u062a\u0627\u0628\u0639\u062a" /* تابعت */,
        u"\u062a\u0627\u0628\u0639\u0648\u0627" /* تابعوا */, u"\u0648\u0627\u0635\u0644" /* واصل */};
    return std::find(std::begin(k_bare), std::end(k_bare), w(hit.begin)) != std::end(k_bare) &&
           !(hit.end < m_s.size() && (m_s.is_punct(hit.end, u':') || m_s.is_exact(WordClass::complementizer, hit.end)));
  }
  // "إسرائيل تضيف «إعادة السكان» إلى أهداف الحرب": to add a thing to something, with "إلى"
  // after the object and no "أن" or colon anywhere after the verb, says nothing. ("وأضاف إلى
  // ذلك أن P" and "أضاف في حديثه إلى الصحفيين أن P" keep their complement.)
  [[nodiscard]] bool added_to(const Hit& hit, const lexicon::CueEntry& cue) const {
    if (cue.id != "ar.adafa") {
      return false;
    }
    bool to = false;
    for (std::size_t k = hit.end; k < m_s.size() && !m_s.is_end_punct(k); ++k) {
      if (m_s.is_punct(k, u':') || m_s.is_exact(WordClass::complementizer, k) || m_s.cue_at(k) != nullptr) {
        return false;
      }
      to = to || (k > hit.end + 1 && w(k) == u"\u0627\u0644\u064a" /* إلى */ && !m_s.in_quote(k));
    }
    return to;
  }
  [[nodiscard]] bool exact(std::size_t i, std::u16string_view word) const { return i < m_s.size() && w(i) == word; }
  [[nodiscard]] bool is(WordClass c, std::size_t i) const { return i < m_s.size() && m_s.is(c, i); }
  [[nodiscard]] bool is_exact(WordClass c, std::size_t i) const { return m_s.is_exact(c, i); }

  // A complementizer: exact, or with a conjunction attached ("وأن", "وإنه").
  // ("قالت النائبة كاترين فان دايله، مقررة اللجنة، إن": the "Van" of a Dutch or Belgian name,
  // between a titled given name and a surname that closes the name before a comma or "إن", is
  // no "فإن".)
  [[nodiscard]] bool van_in_name(std::size_t i) const {
    return i >= 2 && i + 2 < m_s.size() && w(i) == u"\u0641\u0627\u0646" /* فان */ && m_s.is_word(i - 1) &&
           m_s.is_word(i + 1) && !w(i - 1).starts_with(u"\u0627\u0644") && !w(i + 1).starts_with(u"\u0627\u0644") &&
           m_s.tokens[i + 1].kind != text::TokenKind::number && m_s.cue_at(i - 1) == nullptr &&
           m_s.noun_covering(i - 1) == nullptr && m_s.noun_covering(i + 1) == nullptr &&
           (m_s.is(WordClass::title, i - 2) || m_s.is(WordClass::honorific, i - 2)) &&
           (m_s.is_comma(i + 2) || m_s.is_exact(WordClass::complementizer, w(i + 2)));
  }

  // "فإن", alone or with its pronoun ("فإنه"، "فإنها"، "فإنهم"): after a fronted source or
  // topic, it opens the clause that is said.
  [[nodiscard]] bool fa_inna(std::size_t i) const {
    return exact(i, u"فان") || exact(i, u"فانه") || exact(i, u"فانها") || exact(i, u"فانهم");
  }

  // ("بحلول الساعة 14:00 بتوقيت غرينتش": a colon between two numbers, with no space, tells
  // the time; it opens nothing.)
  [[nodiscard]] bool clock_colon(std::size_t i) const {
    return i > 0 && i + 1 < m_s.size() && m_s.tokens[i - 1].kind == text::TokenKind::number &&
           m_s.tokens[i + 1].kind == text::TokenKind::number && m_s.tokens[i - 1].end == m_s.tokens[i].begin &&
           m_s.tokens[i].end == m_s.tokens[i + 1].begin;
  }

  [[nodiscard]] bool complementizer(std::size_t i) const {
    if (i >= m_s.size() || !m_s.is_word(i)) {
      return false;
    }
    const std::u16string_view t = w(i);
    // "مون جيه-إن": "إن" joined to a name by a hyphen is the name's.
    if (i >= 2 && m_s.is_dash(i - 1) && m_s.tokens[i - 1].begin == m_s.tokens[i - 2].end &&
        m_s.tokens[i].begin == m_s.tokens[i - 1].end) {
      return false;
    }
    // ("ونقلت "إن إتش كيه" عن مسؤول": a word of a medium's name is no complementizer.)
    if (m_s.entity_covering(i) != nullptr) {
      return false;
    }
    if (van_in_name(i)) {
      return false;
    }
    if (m_s.is_exact(WordClass::complementizer, t)) {
      return true;
    }
    return t.size() > 2 && (t[0] == k_waw || t[0] == k_fa) && m_s.is_exact(WordClass::complementizer, t.substr(1));
  }

  // The end of a manner adverb at `i`, quoted or not, that a verb of denial or assertion
  // takes ("نفت "بشكل قاطع" أن"، "نفى "جملة وتفصيلا" صحة"), or `i` when there is none. Copy
  // quotes it for emphasis; it names no one and is no part of what was said.
  [[nodiscard]] std::uint32_t manner_adverb_end(std::uint32_t i) const {
    const bool quoted = i < m_end && m_s.is_open_quote(i);
    const std::uint32_t first = quoted ? i + 1 : i;
    if (first + 1 >= m_end || !m_s.is_word(first) || m_s.entity_covering(first) != nullptr) {
      return i;
    }
    std::uint32_t end = first;
    if (exact(first, u"\u062c\u0645\u0644\u0647") /* جملة */ && exact(first + 1, u"\u0648\u062a\u0641\u0635\u064a\u0644\u0627") /* وتفصيلا */) {
      end = first + 2;
    } else if ((exact(first, u"\u0628\u0634\u0643\u0644") /* بشكل */ || exact(first, u"\u0628\u0635\u0648\u0631\u0647") /* بصورة */) &&
               m_s.is_word(first + 1)) {
      end = first + 2;
    } else if (!quoted && language_of_speech_end(first) > first) {
      end = language_of_speech_end(first);
    } else if (quoted && (exact(first, u"\u0642\u0637\u0639\u064a\u0627") /* قطعيا */ || exact(first, u"\u0645\u0637\u0644\u0642\u0627") /* مطلقا */ ||
                          exact(first, u"\u062a\u0645\u0627\u0645\u0627") /* تماما */ || exact(first, u"\u0628\u0634\u062f\u0647") /* بشدة */)) {
      end = first + 1;
    } else {
      return i;
    }
    if (quoted) {
      return end < m_end && m_s.is_close_quote(end) ? end + 1 : i;
    }
    return end;
  }

  // The end of the language or dialect a speaker used at `i` ("وأضاف بالعامية:"، "قالت باللهجة
  // التونسية"، "كتب بلغة إنجليزية"), or `i` when there is none. How it was said names no one.
  [[nodiscard]] std::uint32_t language_of_speech_end(std::uint32_t i) const {
    static constexpr std::u16string_view k_in_language[] = {
        u"بالعاميه", u"بالفصحي", u"بالعربيه", u"بالانجليزيه", u"بالانكليزيه", u"بالفرنسيه",
        u"بالاسبانيه", u"بالالمانيه", u"بالتركيه", u"بالفارسيه", u"بالكرديه", u"بالامازيغيه", u"بالدارجه",
        u"بالعبريه", u"بالروسيه",
        // ("وأضافت بلهجتها:", "قال بلغته": in his, her or their own dialect or tongue.)
        u"بلهجته", u"بلهجتها", u"بلهجتهم", u"بلغته", u"بلغتها", u"بلغتهم"};
    if (i >= m_end || !m_s.is_word(i)) {
      return i;
    }
    if (std::find(std::begin(k_in_language), std::end(k_in_language), w(i)) != std::end(k_in_language)) {
      // ("بالعامية المصرية"، "بلهجتها الحلبية": and the dialect's adjective.)
      if (i + 1 < m_end && m_s.is_word(i + 1) && w(i + 1).starts_with(u"ال") &&
          (w(i + 1).ends_with(u"يه") || m_s.nationality_covering(i + 1) != nullptr)) {
        return i + 2;
      }
      return i + 1;
    }
    // ("باللهجة المصرية"، "بلغة عربية": the noun and the language's adjective.)
    const bool language_noun = exact(i, u"باللهجه") || exact(i, u"بلهجه") || exact(i, u"باللغه") || exact(i, u"بلغه");
    if (language_noun && i + 1 < m_end && m_s.is_word(i + 1) &&
        (w(i + 1).ends_with(u"يه") || m_s.nationality_covering(i + 1) != nullptr)) {
      return i + 2;
    }
    return i;
  }

  // The preposition "ب" written apart ("بـ" with its tatweel removed) or "ب" + quotation.
  [[nodiscard]] bool ba_particle(std::size_t i) const { return exact(i, u"\u0628"); }

  // The closing mark of a short quotation opened at `open` (a quoted name: at most `words`
  // tokens inside), or 0 when there is none that near.
  [[nodiscard]] std::uint32_t short_quote_close(std::uint32_t open, std::uint32_t words) const {
    for (std::uint32_t c = open + 1; c < m_end && c <= open + words + 1; ++c) {
      if (m_s.is_close_quote(c)) {
        return c;
      }
    }
    return 0;
  }

  // Whether the cue's verb is an imperfect ("يعلن", "تحذر"), the tense of headlines and of
  // subject-first clauses ("خامنئي يصف ترامب بـ…"). A "ت-" verb is imperfect only when the
  // cue also has its "ي-" twin: "تابع", "تعهد" are past.
  // A verbal noun of the derived forms with a possessive pronoun: "اتهامه" (افتعال),
  // "استخدامه" (استفعال), "إعلانها" (إفعال), "انسحابهم" (انفعال).
  // A past verb of carrying a statement, folded (أورد، نشر، بث، نقل، وزع، تلا; he or she,
  // "وأوردت"): with `object` its pronoun object too ("بثه"، "نشرته": carried it).
  [[nodiscard]] static bool carrying_verb(std::u16string_view t, bool object) {
    static constexpr std::u16string_view k_stems[] = {u"اورد", u"نشر", u"بث", u"نقل", u"وزع"};
    auto carried = [&](std::u16string_view v) {
      for (const std::u16string_view stem : k_stems) {
        const std::u16string_view rest = v.starts_with(stem) ? v.substr(stem.size()) : u"-";
        if (object ? (rest == u"ه" || rest == u"ته") : (rest.empty() || rest == u"ت")) {
          return true;
        }
      }
      return object && (v == u"تلاه" || v == u"تلته");
    };
    // (The conjunction "و" before it, only where no pronoun follows: "وأوردت"، "ووزعت".)
    return carried(t) || (!object && t.size() > 3 && t[0] == k_waw && carried(t.substr(1)));
  }

  [[nodiscard]] static bool verbal_noun_with_pronoun(std::u16string_view t) {
    std::size_t n = t.size();
    if (t.ends_with(u"هما") || t.ends_with(u"هم") || t.ends_with(u"ها")) {
      n -= t.ends_with(u"هما") ? 3 : 2;
    } else if (t.ends_with(u"ه")) {
      n -= 1;
    } else {
      return false;
    }
    const std::u16string_view stem = t.substr(0, n);
    // (A word with the article takes no possessive: "القادة", "الزيارة" end in a folded ة.)
    if (stem.size() < 4 || stem[0] != u'ا' || stem.starts_with(u"ال")) {
      return false;
    }
    // The long vowel before the last radical: "اتها|م", "استخدا|م", "اعلا|ن".
    return stem[stem.size() - 2] == u'ا';
  }

  // A verbal noun of a derived form, with no article or pronoun: "تشكيل" (تفعيل), "إعلان"
  // (إفعال), "ارتفاع" (افتعال), "انخفاض" (انفعال), "استئناف" (استفعال).
  [[nodiscard]] static bool derived_verbal_noun(std::u16string_view t) {
    if (t.size() == 5 && t[0] == u'\u062a' /* ت */ && t[3] == u'\u064a' /* ي */) {
      return true;
    }
    return t.size() >= 5 && t.size() <= 7 && t[0] == u'\u0627' /* ا */ && !t.starts_with(u"\u0627\u0644") &&
           t[t.size() - 2] == u'\u0627';
  }

  // Present verbs whose subject is as often a fact as a person: "يشير", "يعني", "يؤكد".
  [[nodiscard]] bool evidential_verb(std::uint32_t i) const {
    const std::u16string_view v = w(i);
    return v == u"يشير" || v == u"تشير" || v == u"يعني" || v == u"تعني" || v == u"يوكد" || v == u"توكد" ||
           v == u"يظهر" || v == u"تظهر" || v == u"يكشف" || v == u"تكشف" || v == u"يوضح" || v == u"توضح" ||
           v == u"يدل" || v == u"تدل";
  }

  // The word opens with the article (not with a name's own "أل": "ألكسندر").
  [[nodiscard]] bool definite(std::uint32_t i) const { return m_s.has_article(i); }

  // The word as written ends in a possessive pronoun, "ه"، "ها" or "هم" (the folded form writes
  // ة as ه; the text tells the two apart).
  [[nodiscard]] bool written_possessive(std::uint32_t i) const {
    const std::string written = m_s.utf8(i, i + 1);
    return written.ends_with("\xD9\x87") || written.ends_with("\xD9\x87\xD8\xA7") || written.ends_with("\xD9\x87\xD9\x85");
  }

  // A content word that no lexicon class covers: not a title, pronoun, particle, time word or cue.
  [[nodiscard]] bool plain_noun(std::uint32_t i) const {
    // ("عبد الأمير"، "عبد الملك": after "عبد" a title word is a name's.)
    const bool name_after_abd = i > 0 && exact(i - 1, u"عبد");
    return m_s.is_word(i) && m_s.tokens[i].kind != text::TokenKind::number &&
           (!is(WordClass::title, i) || name_after_abd) &&
           !is_exact(WordClass::determiner, i) && (!is_exact(WordClass::preposition, i) || ali_name(i)) &&
           !is_exact(WordClass::conjunction, i) && !is_exact(WordClass::relative, i) && !complementizer(i) &&
           !is(WordClass::negation, i) && !is(WordClass::auxiliary, i) && !is(WordClass::adverb, i) &&
           !is(WordClass::time_word, i) && !is(WordClass::subordinator, i) && !is(WordClass::pronoun_male, i) &&
           !is(WordClass::pronoun_female, i) && !is(WordClass::pronoun_plural, i) && m_s.cue_at(i) == nullptr &&
           !exact(i, u"ما") && !exact(i, u"قد") && !exact(i, u"لا");
  }

  // From `k` inside a titled subject: the comma that opens the holder's name set off by commas
  // with the attribution going on after it ("الكاتب العام لنقابة X بالدار البيضاء، NAME، لـY
  // إن"، "عضو مجلس الشورى عن ولاية عبري، NAME، لـY إن"), or 0. Where the holder serves, a place
  // with "ب" or "عن", then belongs to the title.
  [[nodiscard]] std::uint32_t comma_before_set_off_name(std::uint32_t k) const {
    std::uint32_t c = k;
    // (Not past the one told: "مسؤول في شرطة X لوكالة رويترز، مشترطا عدم كشف هويته، إن".)
    while (c < m_end && c - k <= 5 && m_s.is_word(c) && !complementizer(c) && m_s.cue_at(c) == nullptr &&
           !(c > k && recipient_at(c))) {
      ++c;
    }
    if (c >= m_end || !m_s.is_comma(c)) {
      return 0;
    }
    // ("وكيل الدفاع عن سلامة، المحامي NAME، لـY إن": the name may carry a title of its own, one
    // word.)
    std::uint32_t before_name = c;
    if (c + 4 < m_end) {
      const Hit* noun = m_s.noun_covering(c + 1);
      if (is(WordClass::title, c + 1) || (noun != nullptr && noun->begin == c + 1 && noun->end == c + 2 &&
                                          m_s.lex.source_nouns()[noun->payload].kind == SourceKind::person)) {
        before_name = c + 1;
      }
    }
    std::uint32_t d = before_name + 1;
    while (d < m_end && d - before_name <= 4 && plain_noun(d) && m_s.noun_covering(d) == nullptr &&
           m_s.entity_covering(d) == nullptr && m_s.nationality_covering(d) == nullptr && !is(WordClass::month, d) &&
           !exact(d, u"\u0639\u062f\u0645") /* عدم */ && !w(d).starts_with(u"\u0627\u0633\u0645") /* اسمه */ &&
           !w(d).starts_with(u"\u0647\u0648\u064a\u062a") /* هويته */) {
      ++d;
    }
    if (d < before_name + 3 || d + 1 >= m_end || !m_s.is_comma(d)) {
      return 0;
    }
    const std::uint32_t next = d + 1;
    // ("…، NAME، على صفحته بموقع فيسبوك، أن P": or the page it was written on.)
    const bool on_page = (exact(next, u"علي") || exact(next, u"عبر")) && next + 1 < m_end &&
                         (w(next + 1).starts_with(u"صفح") || w(next + 1).starts_with(u"حساب") ||
                          w(next + 1).starts_with(u"منص") || w(next + 1).starts_with(u"قنات"));
    const bool goes_on = recipient_at(next) || complementizer(next) || exact(next, u"قد") || on_page ||
                         ((exact(next, u"في") || exact(next, u"خلال")) && next + 1 < m_end &&
                          is(WordClass::statement_noun, next + 1));
    return goes_on ? c : 0;
  }

  [[nodiscard]] bool imperfect_verb(const Hit& hit) const {
    std::u16string_view v = w(hit.begin);
    if (v.size() > 3 && (v[0] == k_waw || v[0] == k_fa)) {
      v.remove_prefix(1);
    }
    if (v.size() < 3) {
      return false;
    }
    if (v[0] == k_ya) {
      return true;
    }
    if (v[0] != k_ta) {
      return false;
    }
    std::u16string twin(v);
    twin[0] = k_ya;
    const std::vector<std::u16string>& firsts = m_s.lex.cues()[hit.payload].first_keys;
    return std::any_of(firsts.begin(), firsts.end(), [&](const std::u16string& f) {
      return f == twin || (f.size() == twin.size() + 1 && (f[0] == k_waw || f[0] == k_fa) &&
                           std::u16string_view(f).substr(1) == twin);
    });
  }

  // The verb's gender from its inflection: past "-ت", present "ت-", participle "-ة".
  [[nodiscard]] Gender verb_gender(const Hit& hit) const {
    std::u16string_view v = w(hit.begin);
    if (v.size() > 3 && (v[0] == k_waw || v[0] == k_fa)) {
      v.remove_prefix(1);
    }
    // "ووصفتها", "وصفه": the object pronoun attached to the verb says nothing of its subject.
    if (m_s.lex.cues()[hit.payload].frame == Frame::describe && v.size() > 4) {
      if (v.ends_with(u"\u0647\u0627") || v.ends_with(u"\u0647\u0645")) {
        v.remove_suffix(2);
      } else if (v.back() == k_ha) {
        v.remove_suffix(1);
      }
    }
    if (v.size() >= 3 && v.substr(v.size() - 2) == u"\u0648\u0627") {
      return Gender::plural;  // قالوا
    }
    if (m_s.lex.cues()[hit.payload].frame == Frame::participle) {
      // A participle's final alef is its accusative ending, not the dual: "قائلا", "مؤكدا"
      // are masculine singular; "قائلين", "مؤكدين" plural.
      if (v.size() >= 4 && v.substr(v.size() - 2) == u"\u064a\u0646") {
        return Gender::plural;
      }
      return v.back() == k_ha || v.back() == k_ta ? Gender::female : Gender::male;
    }
    if (v.size() >= 4 && v.back() == k_alef && v[0] != k_ya && v[0] != k_ta) {
      return Gender::plural;  // the dual "قالا", "أضافا"
    }
    // ("ويلفت إلى أن": an imperfect in "ي" is his, whatever root letter ends it.)
    if (v.size() >= 4 && v[0] == k_ya && v.back() == k_ta) {
      return Gender::male;
    }
    if (v.size() >= 3 && v.back() == k_ta) {
      // "قالت" is feminine; "لفت" (he pointed out) ends in its root's ت, and its feminine
      // twin "لفتت" is among the cue's forms.
      std::u16string twin(v);
      twin.push_back(k_ta);
      const std::vector<std::u16string>& firsts = m_s.lex.cues()[hit.payload].first_keys;
      const bool root_ta = std::any_of(firsts.begin(), firsts.end(), [&](const std::u16string& f) {
        return f == twin || (f.size() == twin.size() + 1 && (f[0] == k_waw || f[0] == k_fa) &&
                             std::u16string_view(f).substr(1) == twin);
      });
      return root_ta ? Gender::male : Gender::female;  // قالت
    }
    if (v.size() >= 3 && v.back() == k_ha) {
      return Gender::female;  // مؤكدة (ta marbuta folded to ha)
    }
    if (v.size() >= 3 && v[0] == k_ta) {
      // تقول (she says) is an imperfect with a masculine twin يقول among the cue's forms;
      // تابع، تعهد، توقع (he went on, pledged, expected) are masculine past verbs and have none.
      std::u16string twin(v);
      twin[0] = k_ya;
      const std::vector<std::u16string>& firsts = m_s.lex.cues()[hit.payload].first_keys;
      const bool imperfect = std::any_of(firsts.begin(), firsts.end(), [&](const std::u16string& f) {
        return f == twin || (f.size() == twin.size() + 1 && (f[0] == k_waw || f[0] == k_fa) &&
                             std::u16string_view(f).substr(1) == twin);
      });
      return imperfect ? Gender::female : Gender::male;
    }
    if (v.size() >= 3 && v[0] == k_ya) {
      return v.back() == k_nun ? Gender::plural : Gender::male;  // يقول / يقولون
    }
    return Gender::male;
  }

  Attribution base(const Hit& hit, const lexicon::CueEntry& cue) const {
    Attribution a;
    a.frame = cue.frame;
    a.commitment = cue.commitment;
    a.rule = cue.id;
    a.plain = cue.plain;
    a.cue_begin = hit.begin;
    a.cue_end = hit.end;
    a.region_begin = hit.begin;
    a.region_end = hit.end;
    a.gender = verb_gender(hit);
    return a;
  }

  SourcePhrase phrase(const Hit& hit, std::uint32_t b, std::uint32_t e, std::string label = {}) const {
    SourcePhrase p;
    p.begin = b;
    p.end = e;
    p.cue_begin = hit.begin;
    p.cue_end = hit.end;
    p.cue = label.empty() ? m_s.utf8(hit.begin, hit.end) : std::move(label);
    return p;
  }

  // A frame that speaks through an attribution read by another frame has no source of its own.
  static void no_source_of_its_own(Attribution& a) {
    a.sources.clear();
    a.coordinated = false;
    a.fallback_begin = a.fallback_end = 0;
  }

  // "المعلومات الأولية"، "المعطيات المتوفرة"، "التحقيقات الأولية": the information or first
  // findings, which speak for whoever gathered them.
  [[nodiscard]] bool first_information(const SourcePhrase& p) const {
    if (p.end - p.begin > 2) {
      return false;
    }
    const std::u16string_view head = w(p.begin);
    const bool information = head == u"\u0627\u0644\u0645\u0639\u0644\u0648\u0645\u0627\u062a" /* المعلومات */ ||
                             head == u"\u0627\u0644\u0645\u0639\u0637\u064a\u0627\u062a" /* المعطيات */ ||
                             head == u"\u0627\u0644\u062a\u062d\u0642\u064a\u0642\u0627\u062a" /* التحقيقات */ ||
                             head == u"\u0627\u0644\u0645\u0648\u0634\u0631\u0627\u062a" /* المؤشرات */;
    if (!information || p.end == p.begin + 1) {
      return information;
    }
    const std::u16string_view adj = w(p.begin + 1);
    return adj == u"\u0627\u0644\u0627\u0648\u0644\u064a\u0647" /* الأولية */ ||
           adj == u"\u0627\u0644\u0645\u062a\u0648\u0641\u0631\u0647" /* المتوفرة */ ||
           adj == u"\u0627\u0644\u0645\u062a\u0627\u062d\u0647" /* المتاحة */;
  }

  // Does an adjunct start at token i ("في بيان", "الجمعة", "للصحافيين", "رداً على")?
  // The name "علي" (Ali), written with a dotted ya, which search folding merges with the
  // preposition "على": "عن علي أكبر ولايتي".
  [[nodiscard]] bool ali_name(std::size_t i) const { return frames::written_ali(m_s, i); }

  // ("وقال الجميزي في نص البلاغ"، "نفى الوزير في البداية"، "في ختام الاجتماع"، "في سياق
  // حديثه": after "في", a part of what was said or of its time, never a place the speaker
  // belongs to.) The definite forms stand alone; the others take the word after them.
  [[nodiscard]] bool part_of_saying(std::size_t i) const {
    static constexpr std::u16string_view k_parts[] = {
        u"\u0646\u0635" /* نص */,          u"\u0633\u064a\u0627\u0642" /* سياق */,
        u"\u0645\u0639\u0631\u0636" /* معرض */, u"\u062e\u062a\u0627\u0645" /* ختام */,
        u"\u0645\u0633\u062a\u0647\u0644" /* مستهل */, u"\u0628\u062f\u0627\u064a\u0647" /* بداية */,
        u"\u0627\u0644\u0628\u062f\u0627\u064a\u0647" /* البداية */, u"\u0646\u0647\u0627\u064a\u0647" /* نهاية */,
        u"\u0627\u0644\u0646\u0647\u0627\u064a\u0647" /* النهاية */, u"\u0627\u0639\u0642\u0627\u0628" /* أعقاب */};
    return i < m_end && std::find(std::begin(k_parts), std::end(k_parts), w(i)) != std::end(k_parts);
  }

  [[nodiscard]] bool adjunct_start(std::size_t i) const {
    if (i >= m_end || !m_s.is_word(i) || ali_name(i)) {
      return false;
    }
    // A recipient: "للصحافيين", "لـCNN", "للوكالة".
    if (recipient_at(i)) {
      return true;
    }
    if (const lexicon::EntityMatch* m = m_s.entity_covering(i); m != nullptr && m->begin == i) {
      return false;  // a name ("علي خامنئي") even if its first word is also a preposition
    }
    // "العام" after a title is "general" ("الأمين العام", "المدعي العام"), not "the year".
    if (i > 0 && exact(i, u"العام") && is(WordClass::title, i - 1)) {
      return false;
    }
    // ("مدير مستشفى مأرب العام، الدكتور X،": after a noun, "العام" with no "الماضي" or year
    // after it is "general" too; "قال الوزير العام الماضي" is the year.)
    if (i > 0 && exact(i, u"العام") && m_s.is_word(i - 1) && !is_exact(WordClass::preposition, i - 1) &&
        !is(WordClass::time_word, i - 1) && !is(WordClass::determiner, i - 1) &&
        m_s.tokens[i - 1].kind != text::TokenKind::number && m_s.cue_at(i - 1) == nullptr &&
        (i + 1 >= m_end || !m_s.is_word(i + 1) ||
         (!is(WordClass::time_word, i + 1) && m_s.tokens[i + 1].kind != text::TokenKind::number &&
          !exact(i + 1, u"الحالي") && !exact(i + 1, u"الجاري") && !exact(i + 1, u"المقبل") &&
          !exact(i + 1, u"القادم") && !exact(i + 1, u"المنصرم") && !exact(i + 1, u"الماضي")))) {
      return false;
    }
    // ("وحدة النزاهة", a unit, folds like the adverb "وحده", alone: the written ة tells.)
    if (exact(i, u"وحده") && m_s.utf8(i, i + 1).ends_with("\xD8\xA9")) {
      return false;
    }
    // ("محامي المتهم الأول، المحامي X،": an ordinal after a definite noun is its adjective,
    // not "the first" of a date.)
    if (i > 0 && (exact(i, u"الاول") || exact(i, u"الاولي") || exact(i, u"الثاني") || exact(i, u"الثانيه") ||
                  exact(i, u"الثالث") || exact(i, u"الثالثه")) &&
        m_s.is_word(i - 1) && w(i - 1).starts_with(u"\u0627\u0644") && !is(WordClass::time_word, i - 1) &&
        !is(WordClass::month, i - 1)) {
      return false;
    }
    if (is(WordClass::time_word, i) || is(WordClass::month, i) || is_exact(WordClass::adverb, i)) {
      return true;
    }
    const std::u16string_view t = w(i);
    // ("أكد خلالهما أهمية الحوار"، "قال خلاله إن P": "during it", its pronoun the meeting or
    // the calls just named.)
    if (t == u"\u062e\u0644\u0627\u0644\u0647" /* خلاله */ || t == u"\u062e\u0644\u0627\u0644\u0647\u0627" /* خلالها */ ||
        t == u"\u062e\u0644\u0627\u0644\u0647\u0645\u0627" /* خلالهما */ || t == u"\u062e\u0644\u0627\u0644\u0647\u0645" /* خلالهم */) {
      return true;
    }
    // "المرصد السوري من جهته"، "الوزارة من جانبها": for its part.
    if (t == u"من" && i + 1 < m_end &&
        (w(i + 1).starts_with(u"جهت") || w(i + 1).starts_with(u"جانب") || w(i + 1).starts_with(u"ناحيت")) &&
        w(i + 1).size() <= 6) {
      return true;
    }
    if (t == u"في" || t == u"خلال" || t == u"عبر" || t == u"امام" || t == u"بعد" || t == u"قبل" || t == u"منذ" ||
        t == u"اثناء" || t == u"لدي") {
      // "في بيان", "في 11 سبتمبر", "في وقت سابق": adjuncts; "في الحكومة" stays in the phrase.
      const std::size_t n = i + 1;
      if (n >= m_end) {
        return true;
      }
      // ("سفير روسيا لدى الأمم المتحدة"، "النيابة العامة لدى المحكمة الابتدائية": "at" a body
      // is part of the title; "لدى وصوله" is an adjunct of time.)
      // ("النيابة العامة لدى محكمة سيدي امحمد": a body's noun without the article too.)
      const Hit* body_at = m_s.noun_covering(n);
      const bool body_after = body_at != nullptr && body_at->begin == n &&
                              (m_s.lex.source_nouns()[body_at->payload].kind == SourceKind::government ||
                               m_s.lex.source_nouns()[body_at->payload].kind == SourceKind::organization);
      if (t == u"لدي" && (w(n).starts_with(u"\u0627\u0644") || m_s.entity_covering(n) != nullptr || body_after) &&
          !is(WordClass::time_word, n)) {
        return false;
      }
      const bool part = t == u"في" && part_of_saying(n);
      return part || is(WordClass::statement_noun, n) || is(WordClass::time_word, n) || is(WordClass::month, n) ||
             m_s.tokens[n].kind == text::TokenKind::number || t != u"في";
    }
    return t == u"ردا" || t == u"رده" || t == u"تعليقا" || t == u"بدوره" || t == u"بدورها" || t == u"عن" ||
           t == u"فيه" || t == u"فيها" || t == u"فيهم" || t == u"منه" || t == u"منها" || t == u"عنه" ||
           t == u"عنها" || t == u"له" || t == u"لها" || t == u"عليه" || t == u"عليها" || t == u"بها" ||
           t == u"به" || t == u"الي" || t == u"علي" || t == u"مع" || t == u"بالتزامن" || t == u"حول" ||
           t == u"بشان" || t == u"اليوم" || t == u"امس" ||
           // "فور هذا الإعلان"، "عقب الاجتماع": right after, a time adjunct.
           t == u"\u0641\u0648\u0631" /* فور */ || t == u"\u0639\u0642\u0628" /* عقب */;
  }

  // Is token i a recipient with "ل" attached (or "ل" alone before a name)?
  [[nodiscard]] bool recipient_at(std::size_t i) const {
    if (i >= m_end || !m_s.is_word(i)) {
      return false;
    }
    // ("الوكالة الوطنية للإعلام": the word goes on with a name begun before it.)
    if (const lexicon::EntityMatch* m = m_s.entity_covering(i); m != nullptr && m->begin < i) {
      return false;
    }
    const std::u16string_view t = w(i);
    if (t == u"\u0644" && i + 1 < m_end) {
      return true;  // "لـ" written apart
    }
    // "في حديث إلى قناة «آر. بي. كا»", "في اتصال بوكالة الأنباء الفرنسية": the medium after a
    // statement noun, with "إلى" or "بـ".
    // ("، متحدثا إلى وكالة أنباء الشرق الأوسط،": speaking to.)
    const bool speaking_to = i > 1 && exact(i - 1, u"الي") &&
                             (exact(i - 2, u"متحدثا") || exact(i - 2, u"متحدثه") || exact(i - 2, u"متحدثين"));
    if ((i > 1 && exact(i - 1, u"الي") && is(WordClass::statement_noun, i - 2)) || speaking_to ||
        (t.size() > 3 && t[0] == k_ba && i > 0 && is(WordClass::statement_noun, i - 1))) {
      // ("على حسابه بموقع فيسبوك": the site posted on, no medium told.)
      if (t == u"\u0628\u0645\u0648\u0642\u0639" /* بموقع */ || t == u"\u0628\u0645\u0646\u0635\u0647" /* بمنصة */) {
        return false;
      }
      return medium_at(i);
    }
    if (t.size() < 2 || t[0] != k_lam) {
      return false;
    }
    // ("خلال زيارة ميدانية لموقع مسجد تينمل": the site visited, no website told.)
    if (t == u"\u0644\u0645\u0648\u0642\u0639" /* لموقع */ && i > 0 &&
        (w(i - 1).starts_with(u"\u0632\u064a\u0627\u0631") /* زيار */ || exact(i - 1, u"\u0645\u064a\u062f\u0627\u0646\u064a\u0647") /* ميدانيه */ ||
         w(i - 1).starts_with(u"\u062c\u0648\u0644") /* جول */ || w(i - 1).starts_with(u"\u062a\u0641\u0642\u062f") /* تفقد */)) {
      return false;
    }
    // ("صحيفة لوموند"، "لوفيغارو": a name that begins with the letter itself, no one told.)
    if (const lexicon::EntityMatch* m = m_s.entity_covering(i); m != nullptr && m->begin == i && waw_is_own(i, *m)) {
      return false;
    }
    if (t.size() > 2 && ((t[1] >= u'a' && t[1] <= u'z') || (t[1] >= u'0' && t[1] <= u'9'))) {
      return true;  // "لـCNN": the lam joined to a name in Latin letters (the tatweel is folded away)
    }
    if (is(WordClass::recipient_noun, i)) {
      return true;
    }
    // ("وقال للشروق إن P": a definite word with the lam, right after the verb and before the
    // complementizer, is the one told, a name the lexicons do not know; no subject begins so.)
    if (t.size() >= 4 && t[1] == k_lam && i > 0 && i + 1 < m_end && complementizer(i + 1)) {
      if (const Hit* c = m_s.cue_at(i - 1); c != nullptr && c->end == i) {
        return true;
      }
    }
    // "لرويترز"; "لشبكة CNN", "لصحيفة الغارديان": a medium noun with the lam, then its name.
    return medium_at(i);
  }

  // Does an agency or outlet, or a medium noun ("وكالة", "قناة", "صحيفة"), start at token i?
  [[nodiscard]] bool medium_at(std::size_t i) const {
    if (const lexicon::EntityMatch* m = m_s.entity_covering(i); m != nullptr && m->begin == i) {
      const SourceKind k = m_s.gazetteer.entities()[m->entity].kind;
      return k == SourceKind::agency || k == SourceKind::outlet;
    }
    const Hit* n = m_s.noun_covering(i);
    return n != nullptr && n->begin == i && !m_s.lex.source_nouns()[n->payload].medium.empty() && !network_of_people(i);
  }

  // "شبكة الصحافيين السودانيين"، "شبكة أطباء السودان"، "الشبكة السورية لحقوق الإنسان": a network
  // of people or for a cause is a body, no broadcaster ("شبكة «سي إن إن»"، "شبكة الإعلام العراقي"
  // and "شبكة رووداو الإعلامية" are).
  [[nodiscard]] bool network_of_people(std::size_t i) const {
    std::u16string_view t = w(i);
    if (t.size() > 5 && (t[0] == k_waw || t[0] == k_ba)) {
      t.remove_prefix(1);
    }
    if (t.starts_with(u"\u0644\u0644")) {
      t.remove_prefix(1);  // "للشبكة": the article after the lam
    } else if (t.size() > 4 && t[0] == k_lam) {
      t.remove_prefix(1);
    }
    if (t != u"\u0634\u0628\u0643\u0647" /* شبكه */ && t != u"\u0627\u0644\u0634\u0628\u0643\u0647" /* الشبكه */) {
      return false;
    }
    const std::size_t n = i + 1;
    if (n >= m_end || !m_s.is_word(n) || m_s.entity_covering(n) != nullptr) {
      return false;
    }
    auto media_word = [&](std::size_t k) {
      const std::u16string_view v = w(k);
      return v.starts_with(u"\u0627\u0644\u0627\u0639\u0644\u0627\u0645") /* الاعلام… */ ||
             v.starts_with(u"\u0644\u0644\u0627\u0639\u0644\u0627\u0645") /* للاعلام… */ ||
             v.starts_with(u"\u0627\u0644\u0627\u062e\u0628\u0627\u0631") /* الاخبار… */ ||
             v.starts_with(u"\u0627\u0644\u062a\u0644\u0641\u0632") /* التلفز… */ ||
             v.starts_with(u"\u0627\u0644\u0627\u0630\u0627\u0639") /* الاذاع… */;
    };
    if (media_word(n)) {
      return false;
    }
    // ("شبكة أطباء السودان": people of a trade.)
    if (const Hit* people = m_s.noun_covering(n); people != nullptr && people->begin == n &&
                                                  m_s.lex.source_nouns()[people->payload].medium.empty()) {
      return true;
    }
    // ("الشبكة السورية لحقوق الإنسان": the country, then what it is for.)
    if (m_s.nationality_covering(n) != nullptr) {
      return n + 1 < m_end && m_s.is_word(n + 1) && w(n + 1).size() > 3 && w(n + 1)[0] == k_lam &&
             !media_word(n + 1) && m_s.entity_covering(n + 1) == nullptr;
    }
    // ("شبكة الصحافيين"، "شبكة الرافدين لمراقبة الانتخابات": a definite word of its own.)
    return definite(n) && m_s.noun_covering(n) == nullptr && m_s.nationality_covering(n) == nullptr;
  }

  // The recipient phrase at i (a medium relays the statement), or empty. (A name written as
  // a hashtag, "لوكالة #رويترز", reads as the name: the folded text has no sign.)
  [[nodiscard]] Range recipient_phrase(std::size_t i) const {
    return recipient_phrase_words(i);
  }

  [[nodiscard]] Range recipient_phrase_words(std::size_t i) const {
    if (!recipient_at(i)) {
      return {};
    }
    if (const lexicon::EntityMatch* m = m_s.entity_covering(i == 0 ? 0 : i); m != nullptr && m->begin == i) {
      return {m->begin, m->end};
    }
    if (w(i) == u"\u0644") {
      if (const lexicon::EntityMatch* m = m_s.entity_covering(i + 1); m != nullptr) {
        return {static_cast<std::uint32_t>(i), m->end};
      }
      if (m_s.is_open_quote(i + 1)) {
        // لـ"رويترز": the quoted name up to its closing mark.
        for (std::uint32_t c = static_cast<std::uint32_t>(i) + 2; c < m_end && c - i <= 6; ++c) {
          if (m_s.is_close_quote(c)) {
            return {static_cast<std::uint32_t>(i), c + 1};
          }
        }
      }
      return {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 2)};
    }
    if (const Hit* n = m_s.noun_covering(i); n != nullptr && n->begin == i) {
      // ("للوكالة الرسمية (واع)": the noun, its adjectives, and the medium's abbreviation in
      // brackets. A word of more than three letters: "إلى", folded "الي", is no adjective.)
      {
        std::uint32_t adj = n->end;
        while (adj < m_end && adj - n->end < 2 && m_s.is_word(adj) && m_s.entity_covering(adj) == nullptr &&
               w(adj).size() > 3 && w(adj).starts_with(u"ال") && (w(adj).ends_with(u"يه") || w(adj).ends_with(u"ي"))) {
          ++adj;
        }
        if (adj + 2 < m_end && m_s.is_punct(adj, u'(')) {
          if (const lexicon::EntityMatch* m = m_s.entity_covering(adj + 1);
              m != nullptr && m->begin == adj + 1 && m->end < m_end && m_s.is_punct(m->end, u')')) {
            return {static_cast<std::uint32_t>(i), m->end + 1};
          }
        }
      }
      // "لشبكة CNN", "لوكالة «فرانس برس»": the medium's name follows its noun, maybe after
      // its adjectives ("لوكالة الأنباء التركية "الأناضول"").
      std::uint32_t name = n->end;
      while (name < m_end && name - n->end < 2 && m_s.is_word(name) && m_s.entity_covering(name) == nullptr &&
             (m_s.nationality_covering(name) != nullptr ||
              (w(name).size() > 3 && w(name).starts_with(u"ال") && (w(name).ends_with(u"يه") || w(name).ends_with(u"ي")))) &&
             (m_s.is_open_quote(name + 1) || m_s.entity_covering(name + 1) != nullptr ||
              (name + 2 < m_end && m_s.is_word(name + 1)))) {
        ++name;
      }
      if (name > n->end && !m_s.is_open_quote(name) &&
          (m_s.entity_covering(name) == nullptr || m_s.entity_covering(name)->begin != name)) {
        // Only adjectives: the noun and its adjectives ("للوكالة الرسمية"), which tell which
        // medium it is.
        std::uint32_t adj = n->end;
        while (adj < m_end && adj - n->end < 2 && m_s.is_word(adj) && m_s.entity_covering(adj) == nullptr &&
               (m_s.nationality_covering(adj) != nullptr ||
                (w(adj).size() > 3 && w(adj).starts_with(u"ال") && (w(adj).ends_with(u"يه") || w(adj).ends_with(u"ي"))))) {
          ++adj;
        }
        return {static_cast<std::uint32_t>(i), adj};
      }
      if (const lexicon::EntityMatch* m = m_s.entity_covering(name); m != nullptr && m->begin == name) {
        return {static_cast<std::uint32_t>(i), m->end};
      }
      if (m_s.is_open_quote(name)) {
        // ("لقناة "سي إن بي سي تي في 18"": a name of up to eight words.)
        for (std::uint32_t c = name + 1; c < m_end && c - name <= 9; ++c) {
          if (m_s.is_close_quote(c)) {
            return {static_cast<std::uint32_t>(i), c + 1};
          }
        }
      }
      // "لصحيفة الشرق الأوسط"، "لصحيفة وول ستريت جورنال": a name the gazetteer does not know,
      // after a medium noun in the construct state (no article of its own, "للصحيفة" has
      // none). It runs up to the clause: a comma, "أن"/"إن", a cue, an adjunct. An indefinite
      // adjective is no name ("لصحيفة محلية").
      if (!w(i).starts_with(u"\u0644\u0644") && n->end == i + 1) {
        std::uint32_t k = n->end;
        // ("لإذاعة الجيش"، "الى محطة التلفزيون العامة": the owner in the genitive may itself be
        // an institution's or a medium's noun.)
        if (const Hit* owner = m_s.noun_covering(k);
            owner != nullptr && owner->begin == k && w(k).starts_with(u"\u0627\u0644")) {
          const SourceKind kind = m_s.lex.source_nouns()[owner->payload].kind;
          if (kind == SourceKind::outlet || kind == SourceKind::government || kind == SourceKind::organization) {
            k = owner->end;
          }
        }
        while (k < m_end && k - n->end < 4 && m_s.is_word(k) && !complementizer(k) && m_s.cue_at(k) == nullptr &&
               (!adjunct_start(k) || (k == n->end && is(WordClass::time_word, k) && w(k).starts_with(u"\u0627\u0644"))) &&
               !is(WordClass::subordinator, k) && !is_exact(WordClass::relative, k) &&
               !is(WordClass::quote_noun, k) && !is(WordClass::statement_noun, k) && !is(WordClass::title, k) &&
               m_s.noun_covering(k) == nullptr && m_s.tokens[k].kind != text::TokenKind::number &&
               !(k == n->end && !w(k).starts_with(u"\u0627\u0644") && (w(k).ends_with(u"\u064a\u0647") || w(k).ends_with(u"\u064a"))) &&
               !w(k).starts_with(u"\u0627\u0644\u0635\u0627\u062f\u0631") /* الصادرة */) {
          ++k;
        }
        if (k > n->end && (k >= m_end || !m_s.is_word(k) || complementizer(k) || m_s.cue_at(k) != nullptr ||
                           adjunct_start(k))) {
          // (Then the name itself in quotation marks: "محطة التلفزيون العامة «تي في اي»".)
          if (const Range quoted = quoted_name(k, 5);
              !quoted.empty() && (quoted.end >= m_end || !m_s.is_word(quoted.end) || complementizer(quoted.end))) {
            k = quoted.end;
          }
          return {static_cast<std::uint32_t>(i), k};
        }
        // ("لصحيفة محلية": the adjective tells which kind of paper.)
        if (k == n->end && k < m_end && m_s.is_word(k) && !w(k).starts_with(u"\u0627\u0644") &&
            (w(k).ends_with(u"\u064a\u0647") || w(k).ends_with(u"\u064a")) && m_s.entity_covering(k) == nullptr &&
            (k + 1 >= m_end || !m_s.is_word(k + 1) || complementizer(k + 1) || adjunct_start(k + 1))) {
          return {static_cast<std::uint32_t>(i), k + 1};
        }
      }
      return {static_cast<std::uint32_t>(i), n->end};
    }
    // ("نفى لمراسل الأناضول P", "قال لمراسلة «الشرق الأوسط» إن P": the reporter, and the medium
    // he writes for after him.)
    if (w(i).starts_with(u"\u0644\u0645\u0631\u0627\u0633\u0644") /* لمراسل */ && i + 1 < m_end) {
      if (const lexicon::EntityMatch* m = m_s.entity_covering(i + 1); m != nullptr && m->begin == i + 1) {
        return {static_cast<std::uint32_t>(i), m->end};
      }
      if (const Range quoted = quoted_name(static_cast<std::uint32_t>(i + 1), 5); !quoted.empty()) {
        return {static_cast<std::uint32_t>(i), quoted.end};
      }
    }
    return {static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(i + 1)};
  }

  [[nodiscard]] bool recipient_is_medium(const Range& r) const {
    if (frames::names_known_medium(m_s, r.begin, r.end)) {
      return true;
    }
    for (const Hit& h : m_s.nouns) {
      if (h.begin >= r.begin && h.end <= r.end) {
        if (frames::is_medium_noun(m_s.lex.source_nouns()[h.payload])) {
          return true;
        }
      }
    }
    return false;
  }

  // Whether the phrase names a news agency or outlet the gazetteer knows, or a news agency
  // by its noun: what a statement is sent out through ("عبر «واس»") to relay it, unlike a
  // platform or a site ("عبر موقع تويتر"، "عبر حسابها").
  [[nodiscard]] bool names_news_medium(const Range& r) const {
    if (frames::names_known_medium(m_s, r.begin, r.end)) {
      return true;
    }
    return std::any_of(m_s.nouns.begin(), m_s.nouns.end(), [&](const Hit& h) {
      return h.begin >= r.begin && h.end <= r.end && m_s.lex.source_nouns()[h.payload].kind == SourceKind::agency;
    });
  }

  // "اتصلت به رويترز"، "اطلعت عليها وكالة فرانس برس"، "تلقت وكالة الأنباء الألمانية نسخة
  // منه": a relative clause by which a news medium got the words (it called the source,
  // saw the document, received the statement). The medium relays them. Returns the
  // medium and the end of the clause, or an empty range.
  struct MediumClause {
    Range medium;
    std::uint32_t end = 0;
  };
  [[nodiscard]] MediumClause medium_relative(std::uint32_t i) const {
    if (i >= m_end || !m_s.is_word(i)) {
      return {};
    }
    static constexpr std::u16string_view k_verbs[] = {u"تلقت", u"تلقي", u"اطلعت", u"اطلع", u"اتصلت", u"اتصل",
                                                      u"حصلت", u"حصل", u"تحدثت", u"تحدث", u"تحدثوا", u"تحدثا",
                                                      u"ارسل", u"ارسلت", u"ارسله",
                                                      u"ارسلها", u"بعث", u"بعثت",
                                                      // "في تقرير نقلت مقتطفات منه وكالة X"
                                                      u"نقلت", u"نقل"};
    // The verb with its object's pronoun ("في بيان أرسلته إلى وكالة فرانس برس"، "تلقته رويترز").
    static constexpr std::u16string_view k_verbs_with_pronoun[] = {u"ارسلته", u"ارسلتها", u"تلقته", u"تلقتها", u"تلقاه",
                                                                   u"تلقاها", u"بعثته", u"بعثتها", u"وزعته", u"وزعتها"};
    const bool verb_with_pronoun =
        std::find(std::begin(k_verbs_with_pronoun), std::end(k_verbs_with_pronoun), w(i)) != std::end(k_verbs_with_pronoun) ||
        met_them(i);
    if (std::find(std::begin(k_verbs), std::end(k_verbs), w(i)) == std::end(k_verbs) && !verb_with_pronoun) {
      return {};
    }
    auto resumptive = [&](std::uint32_t k) {
      const std::u16string_view t = w(k);
      return t == u"عليها" || t == u"عليه" || t == u"به" || t == u"بها" || t == u"منه" || t == u"منها" ||
             t == u"نسخه" || t == u"معه" || t == u"معها" || t == u"اليه" || t == u"اليها" || t == u"اليهم" ||
             t == u"اليهما" ||  // "أطباء تحدثت إليهم وكالة فرانس برس"
             t == u"الي" ||  // "بيان أرسل إلى رويترز": the preposition before the medium
             t == u"مقتطفات" || t == u"اجزاء" || t == u"مقاطع";  // "نقلت مقتطفات منه X"
    };
    std::uint32_t k = i + 1;
    const bool pronoun_first = (k < m_end && resumptive(k)) || verb_with_pronoun;
    while (k < m_end && k <= i + 2 && resumptive(k)) {
      ++k;
    }
    Range r = relay_medium(k, PhraseStops{false, true, true, true});
    // ("تحدث لقناة "السومرية"": the one spoken to, with "ل" and a quoted name after its noun.)
    if ((r.empty() || !recipient_is_medium(r)) && recipient_at(k)) {
      r = recipient_phrase(k);
    }
    if (r.empty() || !recipient_is_medium(r)) {
      return {};
    }
    std::uint32_t end = r.end;
    bool closed = pronoun_first;
    // ("وكالة الأنباء الفرنسية (أ. ف. ب) نسخة منه": the medium's initials in brackets.)
    // (The bracket may open inside the medium's phrase or right after it.)
    std::uint32_t open = r.begin;
    while (open < m_end && open <= end && !m_s.is_punct(open, u'(')) {
      ++open;
    }
    if (open < m_end && open <= end) {
      std::uint32_t close = open + 1;
      while (close < m_end && close <= open + 8 && !m_s.is_punct(close, u')')) {
        ++close;
      }
      if (close < m_end && m_s.is_punct(close, u')') && close + 1 > end) {
        end = close + 1;
      }
    }
    // ("تلقت وكالة … نسخة منه"، "اطلعت وكالة … عليها": the pronoun after the medium.)
    const std::uint32_t after_medium = end;
    while (end < m_end && end <= after_medium + 2 && resumptive(end)) {
      ++end;
      closed = true;
    }
    // ("مسافرون تحدثوا للجزيرة نت في صالة المغادرة إن P"، "مرضى التقتهم هسبريس أمام المستشفى
    // إن P": where the medium met them, up to the complement, belongs to the clause.)
    if (const std::uint32_t place_end = place_before_complement(end); place_end != 0) {
      end = place_end;
      closed = true;
    }
    // ("مصدر محلي، تحدث للعربية.نت، أن P": the one spoken to, set off by commas.)
    if (!closed && (w(i) == u"تحدث" || w(i) == u"تحدثت") && i > 0 && m_s.is_comma(i - 1) && end < m_end &&
        m_s.is_comma(end)) {
      closed = true;
    }
    // ("مسؤول محلي، تحدث لوكالة فرانس برس شريطة عدم الكشف عن اسمه، إن P": the condition of
    // anonymity, up to the comma.)
    Range medium = r;
    if (!closed && (w(i) == u"تحدث" || w(i) == u"تحدثت") && i > 0 && m_s.is_comma(i - 1)) {
      std::uint32_t cond = r.begin;
      // (Past the quotation marks of a quoted name: "لقناة "السومرية" شريطة".)
      while (cond < m_end && cond - r.begin <= 8 && (m_s.is_word(cond) || m_s.is_quote_mark(cond)) &&
             !(exact(cond, u"شريطه") || exact(cond, u"بشرط") || exact(cond, u"شرط") || exact(cond, u"طالبا") ||
               exact(cond, u"مفضلا") || exact(cond, u"مشترطا") || exact(cond, u"مشترطه") || exact(cond, u"طالبه") ||
               exact(cond, u"مفضله"))) {
        ++cond;
      }
      std::uint32_t comma = cond + 1;
      while (cond < m_end && comma < m_end && comma - cond <= 8 && m_s.is_word(comma) && !complementizer(comma)) {
        ++comma;
      }
      if (cond < m_end && cond > r.begin && m_s.is_word(cond) && comma < m_end && m_s.is_comma(comma)) {
        medium.end = std::min(medium.end, cond);
        end = comma;
        closed = true;
      }
    }
    if (!closed) {
      return {};
    }
    return {medium, end};
  }

  // "… التي نقلتها وكالة الأنباء الجزائرية"، "الذي نشرته وكالة X": at `k`, the relative
  // pronoun of a statement and the verb by which a news medium carried it, then the medium.
  // Returns the medium and the end of its phrase, or an empty range.
  [[nodiscard]] MediumClause carried_by_relative(std::uint32_t k) const {
    static constexpr std::u16string_view k_carried[] = {u"نقلته", u"نقلتها", u"نشرته", u"نشرتها", u"بثته", u"بثتها"};
    if (k + 2 >= m_end || !(exact(k, u"التي") || exact(k, u"الذي")) ||
        std::find(std::begin(k_carried), std::end(k_carried), w(k + 1)) == std::end(k_carried)) {
      return {};
    }
    const Range r = relay_medium(k + 2, PhraseStops{false, true, true, true});
    // (A broadcaster or a paper named by its kind carries one too: "التي بثتها الإذاعة الوطنية".)
    if (r.empty() || !(names_news_medium(r) || recipient_is_medium(r))) {
      return {};
    }
    return {r, r.end};
  }

  // "التقتهم"، "قابلتهم"، "حاورته": the medium met the speakers and asked them ("مرضى التقتهم
  // هسبريس"، "ركاب قابلتهم «الغد»"), the verb with its object's pronoun.
  [[nodiscard]] bool met_them(std::uint32_t i) const {
    static constexpr std::u16string_view k_met[] = {
        u"التقتهم", u"التقاهم", u"التقته", u"التقاه", u"التقتها", u"التقاها", u"التقتهن",
        u"قابلتهم", u"قابلهم",  u"قابلته", u"حاورتهم", u"حاورهم", u"حاورته"};
    return i < m_end && std::find(std::begin(k_met), std::end(k_met), w(i)) != std::end(k_met);
  }

  // A place phrase at `k` ("في صالة المغادرة"، "أمام المركز الاستشفائي"، "بأكادير") that runs
  // up to a complementizer: returns the complementizer's position, or 0.
  [[nodiscard]] std::uint32_t place_before_complement(std::uint32_t k) const {
    if (k >= m_end || !m_s.is_word(k)) {
      return 0;
    }
    static constexpr std::u16string_view k_place_prepositions[] = {u"في", u"امام", u"خارج", u"داخل", u"قرب", u"عند",
                                                                   u"بالقرب", u"وسط"};
    const bool place_preposition = std::find(std::begin(k_place_prepositions), std::end(k_place_prepositions), w(k)) !=
                                   std::end(k_place_prepositions);
    // ("بأكادير"، "بالمطار": "at", joined to the place.)
    const bool at_place = w(k).size() > 3 && w(k)[0] == k_ba && !complementizer(k);
    if (!place_preposition && !at_place) {
      return 0;
    }
    for (std::uint32_t c = k + 1; c < m_end && c - k <= 10; ++c) {
      if (complementizer(c)) {
        return c;
      }
      if (!m_s.is_word(c) || m_s.cue_at(c) != nullptr) {
        return 0;
      }
    }
    return 0;
  }

  // A clause that keeps a source's name back, opening at `k` after a comma: "طالبا عدم ذكر
  // اسمه"، "تحدثوا شريطة عدم الكشف عن هوياتهم"، "آثر التكتم على هويته"، "اشترطوا عدم ذكر أسمائهم"،
  // "لم يكشف عن اسمه". The word for the name comes before the next comma.
  [[nodiscard]] bool withholds_name_at(std::uint32_t k) const {
    if (k >= m_end || !m_s.is_word(k)) {
      return false;
    }
    const std::u16string_view v = w(k);
    const bool opener = exact(k, u"لم") || v.starts_with(u"طالب") || v.starts_with(u"طلب") || v.starts_with(u"مفضل") ||
                        v.starts_with(u"فضل") || v.starts_with(u"اثر") || v.starts_with(u"موثر") ||
                        v.starts_with(u"رافض") || v.starts_with(u"رفض") || v.starts_with(u"تحدث") ||
                        v.starts_with(u"اشترط") || v.starts_with(u"مشترط");
    for (std::uint32_t t = k + 1; opener && t < m_end && t - k < 9 && !m_s.is_comma(t); ++t) {
      if (w(t).starts_with(u"اسم") || w(t).starts_with(u"هويت") || w(t).starts_with(u"هويات")) {
        return true;
      }
    }
    return false;
  }

  // After a negation at `neg` ("لم تكشف عن هويته"، "لم تسمه"، "لم يذكر اسمه"): the word that
  // says the name was withheld, within four words, or 0.
  [[nodiscard]] std::uint32_t withheld_name(std::uint32_t neg) const {
    for (std::uint32_t t = neg + 1; t < m_end && t <= neg + 4 && m_s.is_word(t); ++t) {
      const std::u16string_view x = w(t);
      if (x.starts_with(u"اسم") || x.starts_with(u"هويت") || x.starts_with(u"هويات") || x.starts_with(u"تسم") ||
          x.starts_with(u"يسم")) {
        return t;
      }
    }
    return 0;
  }

  // A person's name right after a titled phrase that ends before `k` ("مدير الشركة [للسوق]
  // خالد [بن عمر] باحويرث"): the given name, a "بن" and the father's name if there, and one
  // family name. Returns the token after it, or `k` when none is there. Only after a title at
  // the phrase's head.
  [[nodiscard]] std::uint32_t name_after_title(std::uint32_t k, std::uint32_t head) const {
    if (!(is(WordClass::title, head) || is(WordClass::honorific, head))) {
      return k;
    }
    // (The body's genitive with "لل" first: "المشغلة للسوق".)
    if (k < m_end && w(k).starts_with(u"\u0644\u0644") && k > head && w(k - 1).starts_with(u"\u0627\u0644")) {
      ++k;
    }
    auto given = [&](std::uint32_t i) {
      return i < m_end && m_s.is_word(i) && !w(i).starts_with(u"\u0627\u0644") && w(i).size() >= 3 &&
             m_s.noun_covering(i) == nullptr && m_s.entity_covering(i) == nullptr && m_s.cue_at(i) == nullptr &&
             !complementizer(i) && !is_exact(WordClass::preposition, i) && !is(WordClass::title, i) &&
             !is(WordClass::time_word, i) && m_s.nationality_covering(i) == nullptr &&
             m_s.tokens[i].kind != text::TokenKind::number;
    };
    // ("محمد علي الحسيني": the father's name "علي" as written, not the preposition.)
    auto family = [&](std::uint32_t i) {
      return i < m_end && m_s.is_word(i) && m_s.noun_covering(i) == nullptr && m_s.cue_at(i) == nullptr &&
             !complementizer(i) && (!is_exact(WordClass::preposition, i) || ali_name(i)) &&
             m_s.nationality_covering(i) == nullptr && m_s.tokens[i].kind != text::TokenKind::number;
    };
    // ("يتهم النائب المستقل علاء حسين الدراجي …": an adjective of the title, with the article,
    // before the name.)
    const std::uint32_t title_end = k;
    while (k < title_end + 2 && k < m_end && m_s.is_word(k) && w(k).starts_with(u"\u0627\u0644") &&
           m_s.noun_covering(k) == nullptr && m_s.entity_covering(k) == nullptr && m_s.cue_at(k) == nullptr &&
           !is(WordClass::time_word, k) && !is_report_noun(k) && given(k + 1)) {
      ++k;
    }
    if (!given(k)) {
      return title_end;
    }
    std::uint32_t t = k + 1;
    // (A verbal noun can stand where a given name would, "نفى الوزير تلقي رشوة": the name needs
    // its "بن", or a given name common in the region's copy.)
    const bool ibn = t + 1 < m_end && (exact(t, u"\u0628\u0646") /* بن */ || exact(t, u"\u0628\u0646\u062a") /* بنت */) &&
                     given(t + 1);
    // ("علاء حسين الدراجي": a given name, the father's, then a family nisba with the article;
    // three words so shaped are a name even when the given name is not a common one.)
    const bool triple = !ibn && given(t) && t + 1 < m_end && m_s.is_word(t + 1) && w(t + 1).starts_with(u"\u0627\u0644") &&
                        w(t + 1).ends_with(u"\u064a") && w(t + 1).size() >= 5 && m_s.noun_covering(t + 1) == nullptr &&
                        m_s.entity_covering(t + 1) == nullptr && m_s.nationality_covering(t + 1) == nullptr;
    if (triple) {
      return t + 2;
    }
    if (ibn) {
      t += 2;
    } else if (!common_given_name(w(k))) {
      return title_end;
    }
    if (!family(t) || is(WordClass::determiner, t) || w(t).size() < 3) {
      return title_end;
    }
    return t + 1;
  }

  // A given name common in Arab news copy (folded: ة as ه, ى as ي, hamzas as ا), or one made
  // with "عبد".
  [[nodiscard]] static bool common_given_name(std::u16string_view t) {
    static constexpr std::u16string_view k_names[] = {
        u"محمد", u"احمد", u"محمود", u"مصطفي", u"خالد", u"علي", u"عمر", u"عثمان", u"حسن", u"حسين", u"ابراهيم",
        u"اسماعيل", u"يوسف", u"يعقوب", u"موسي", u"عيسي", u"سليمان", u"سلمان", u"سعد", u"سعيد", u"سعود", u"فهد",
        u"فيصل", u"سلطان", u"ناصر", u"نايف", u"تركي", u"ماجد", u"مشعل", u"مشاري", u"طلال", u"وليد", u"هاني",
        u"سامي", u"رامي", u"فادي", u"زياد", u"طارق", u"ياسر", u"عادل", u"عماد", u"جمال", u"كمال", u"منصور",
        u"فارس", u"راشد", u"حمد", u"حمدان", u"صالح", u"مبارك", u"ثامر", u"تامر", u"عايد", u"عايض",
        u"سالم", u"سلمي", u"مريم", u"فاطمه", u"عايشه", u"نوره", u"ساره", u"هند", u"ليلي", u"منيره", u"حصه",
        u"اسماء", u"امل", u"هدي", u"ناديه", u"رانيا", u"دينا", u"ريم", u"لمياء", u"وفاء", u"ابتسام", u"غاده",
        u"منال", u"نوال", u"سميره", u"ماهر", u"مازن", u"مروان", u"نبيل", u"هشام", u"وايل", u"اسامه", u"حمزه",
        u"انس", u"جابر", u"جاسم", u"حامد", u"حمود", u"خليل", u"رايد", u"زيد", u"شادي", u"صلاح", u"ضياء",
        u"عاطف", u"عامر", u"غازي", u"قاسم", u"لوي", u"مالك", u"معاذ", u"مهند", u"نواف", u"هيثم", u"يحيي",
        u"ايمن", u"اشرف", u"اكرم", u"انور", u"توفيق", u"جميل", u"حاتم", u"رياض", u"سامر", u"سمير", u"شريف",
        u"عصام", u"فواد", u"مجدي", u"نزار", u"هادي", u"وسام",
        // (common in Egyptian and Levantine copy)
        u"سهير", u"سعاد", u"نجلاء", u"هاله", u"هبه", u"رشا", u"ايمان", u"عبير", u"ميرفت", u"سحر", u"نهي",
        u"شيماء", u"دعاء", u"مها", u"ولاء", u"هناء", u"سناء", u"رحاب", u"نسرين", u"ياسمين", u"جيهان", u"نيفين",
        u"عزه", u"ماجده", u"فريده", u"نجوي", u"حازم", u"محسن", u"عمرو", u"حسام", u"كريم", u"مدحت", u"ممدوح",
        u"رضا", u"عزت", u"فتحي", u"صبحي", u"حمدي", u"رفعت", u"سيد", u"طه", u"يسري", u"عاصم", u"وحيد",
        u"ايهاب", u"حسني", u"لطفي", u"نادر", u"منير", u"جورج", u"ميشال", u"ميشيل", u"الياس", u"جوزيف",
        // beginning with ب, which "بـ" joined to a word would otherwise claim
        u"بندر", u"باسل", u"بسام", u"بشار", u"بدر", u"بكر", u"بلال", u"بشير", u"بسمه", u"بثينه", u"بهاء",
        u"برهان", u"بشري", u"بدريه", u"بتول", u"بهجت", u"باقر", u"بطرس", u"بولس", u"بركات", u"بديع",
        u"بلقيس", u"بخيت", u"براء", u"باهر",
        // (common in Maghrebi, Gulf and Levantine copy; not "سعيدة", "جميلة" or "منى", which
        // fold to the adjectives "happy", "beautiful" and to "مني", "from me": "الوزيرة سعيدة
        // بالنتائج", "طلب الوزير مني")
        u"خديجه", u"زينب", u"رقيه", u"صفيه", u"حليمه", u"امينه", u"كريمه", u"لطيفه", u"سلوي", u"رجاء",
        u"نعيمه", u"مليكه", u"حنان", u"وداد", u"لبني", u"خوله", u"نزهه", u"ربيعه", u"حفيظه",
        u"ثريا", u"زهره", u"لينا", u"رنا", u"ديما", u"هيفاء", u"سوسن", u"عفاف", u"نجاه",
        u"سهام", u"هاجر", u"خلود", u"نادين", u"رزان", u"ادريس", u"رشيد", u"حميد", u"عزيز", u"يونس", u"ايوب",
        u"سفيان", u"ياسين", u"زكرياء", u"زكريا", u"نجيب", u"لحسن", u"امحمد", u"حكيم", u"مراد", u"مهدي",
        u"جلال", u"عمار", u"فريد", u"مختار", u"رضوان", u"عدنان", u"غسان", u"معتز", u"قيس"};
    return t.starts_with(u"\u0639\u0628\u062f") /* عبد */ ||
           std::find(std::begin(k_names), std::end(k_names), t) != std::end(k_names);
  }

  // "تطلق على نفسها اسم "X""، "يطلق على نفسه "X""، "تسمي نفسها "X"": the clause by which a
  // group or a person unknown to the reader is named. Returns the token after the quoted name,
  // or `k` when no such clause starts at `k`.
  [[nodiscard]] std::uint32_t self_naming_end(std::uint32_t k) const {
    const bool calls = exact(k, u"\u062a\u0637\u0644\u0642") /* تطلق */ || exact(k, u"\u064a\u0637\u0644\u0642") /* يطلق */;
    const bool names = exact(k, u"\u062a\u0633\u0645\u064a") /* تسمي */ || exact(k, u"\u064a\u0633\u0645\u064a") /* يسمي */;
    if (!calls && !names) {
      return k;
    }
    std::uint32_t t = k + 1;
    if (calls) {
      if (t >= m_end || !exact(t, u"\u0639\u0644\u064a") /* على */) {
        return k;
      }
      ++t;
    }
    if (t >= m_end || !(exact(t, u"\u0646\u0641\u0633\u0647\u0627") /* نفسها */ || exact(t, u"\u0646\u0641\u0633\u0647") /* نفسه */ ||
                        exact(t, u"\u0646\u0641\u0633\u0647\u0645") /* نفسهم */ || exact(t, u"\u0627\u0646\u0641\u0633\u0647\u0645") /* أنفسهم */)) {
      return k;
    }
    ++t;
    if (t < m_end && exact(t, u"\u0627\u0633\u0645") /* اسم */) {
      ++t;
    }
    if (t >= m_end || !m_s.is_open_quote(t)) {
      return k;
    }
    std::uint32_t c = t + 1;
    while (c < m_end && !m_s.is_close_quote(c) && c - t <= 7) {
      ++c;
    }
    return c < m_end && m_s.is_close_quote(c) ? c + 1 : k;
  }

  struct PhraseStops {
    bool at_an = false;          // stop at "عن" (relays)
    bool at_quote_noun = true;   // stop at "قوله"
    bool allow_leading_quote = true;
    bool stop_at_comma = false;  // "بحسب X، ..." ends at the comma
  };

  // The words between an opening "but" ("غير أن"، "إلا أن"، "بيد أن") and the verb at `verb`,
  // one to four of them, none a verb of saying; empty when the verb has no such opener.
  [[nodiscard]] Range contrast_clause_subject(std::uint32_t verb) const {
    std::uint32_t k = verb;
    while (k > 0 && verb - k < 4 && m_s.is_word(k - 1) && m_s.cue_at(k - 1) == nullptr && !complementizer(k - 1)) {
      --k;
    }
    // (A bare "أن": "إلا أنها لطالما كررت أن P" has its subject in the pronoun.)
    if (k < 2 || k == verb || !exact(k - 1, u"\u0627\u0646") /* أن */ || m_s.in_quote(k - 1) ||
        !contrast_complementizer(k - 1)) {
      return {verb, verb};
    }
    return {k, verb};
  }

  // A source noun phrase starting at `b` (after the verb): a name, a title, a
  // known entity, with appositions between commas; stops at adjuncts, commas
  // before adjuncts, complementizers, colons, quotations, relatives and cues.
  // Does a definite noun phrase the lexicons do not know stand between "إن"/"أن" and the
  // verb at `verb` ("إن فرق المراقبة وثقت …")? That phrase is then the verb's subject.
  [[nodiscard]] bool subject_after_complementizer(std::uint32_t verb) const {
    if (verb < 2 || !m_s.is_word(verb - 1) || !w(verb - 1).starts_with(u"\u0627\u0644") ||
        is(WordClass::time_word, verb - 1) || m_s.entity_covering(verb - 1) != nullptr) {
      return false;
    }
    for (std::uint32_t k = verb - 1; k-- > 0 && verb - k <= 4;) {
      if (!m_s.is_word(k) || m_s.noun_covering(k) != nullptr || m_s.entity_covering(k) != nullptr) {
        return false;
      }
      if (complementizer(k)) {
        // (Not the "أن" of an opening "but": "غير أن عددا من الناخبين قالوا إنهم P" is the
        // sentence's own clause, no speaker's words.)
        return !m_s.in_quote(k) && !contrast_complementizer(k) &&
               (exact(k, u"\u0627\u0646") || exact(k, u"\u0648\u0627\u0646"));
      }
    }
    return false;
  }

  [[nodiscard]] Range np_after(std::uint32_t b, PhraseStops stops) const {
    // Skip leading commas and time words: "وقال الثلاثاء مسؤول".
    while (b < m_end && (m_s.is_comma(b) || is(WordClass::time_word, b))) {
      ++b;
    }

    if (b >= m_end || adjunct_start(b) || (is_exact(WordClass::preposition, b) && !ali_name(b)) || complementizer(b)) {
      return {b, b};  // no subject here: the verb's subject is elsewhere or dropped
    }
    // ("ذكرت، نقلا عن مصدرين، أن": a relay set off after the verb is no subject.)
    // ("ويُعتقد، وفق ما يتداوله مغردون، أن P": nor an attribution set off after it, which
    // names the source itself.)
    if (const Hit* c = m_s.cue_at(b); c != nullptr && c->begin == b &&
        (m_s.lex.cues()[c->payload].frame == Frame::citing || m_s.lex.cues()[c->payload].frame == Frame::according)) {
      return {b, b};
    }
    // ("أفادت بخرق الهدنة": a verbal noun with "ب" and its definite genitive is the verb's
    // object, no subject. A name with "ب" is not followed by the article: "باسل سمير".)
    // (Not a noun whose own first letter is the ba: "عن بيانات الهيئة".)
    // (Nor a Maghrebi "Ben" name before a family nisba: "قال بنشقرون الزموري".)
    const bool ben_name = w(b).size() > 4 && w(b).starts_with(u"\u0628\u0646") /* بن */ && b + 1 < m_end &&
                          w(b + 1).size() > 4 && w(b + 1).ends_with(u"\u064a") /* ي */ && !is(WordClass::time_word, b + 1);
    if (ba_prefixed(b) && b + 1 < m_end && m_s.is_word(b + 1) && w(b + 1).starts_with(u"\u0627\u0644") &&
        m_s.entity_covering(b + 1) == nullptr && !is(WordClass::title, b) && m_s.noun_covering(b) == nullptr &&
        !is(WordClass::statement_noun, b) && !ben_name) {
      return {b, b};
    }
    if (const Hit* c = m_s.cue_at(b); c != nullptr && m_s.lex.cues()[c->payload].frame == Frame::participle) {
      return {b, b};  // "وأردفت قائلة: …": a participle goes on with the verb's dropped subject
    }
    // ("لكن الدرويش نفى أي دور للجانب الروسي": "any" opens the object of a negation or a
    // denial, never a subject. Nor "existence": "لكن الدرويش نفى وجود أي دور".)
    if ((exact(b, u"\u0627\u064a") /* أي */ || exact(b, u"\u0648\u062c\u0648\u062f") /* وجود */) && b + 1 < m_end &&
        m_s.is_word(b + 1)) {
      return {b, b};
    }
    std::uint32_t k = b;
    if (manner_adverb_end(k) > k) {
      return {b, b};  // ("ونفت "بشكل قاطع" أن": an adverb; the subject is dropped)
    }
    if (m_s.is_open_quote(k)) {
      // A quoted name right after the verb is the subject when more follows it:
      // نفى "جيش الإسلام" استعداد ... ; not in حذرت من "عواقب خطيرة" إذا ...
      if (!stops.allow_leading_quote) {
        return {b, b};
      }
      // (Not after a subject set before the verb: in "إن فرق المراقبة وثقت "ثلاث صفحات ممولة""
      // the quotation is what was documented.)
      if (b >= 1 && subject_after_complementizer(b - 1)) {
        return {b, b};
      }
      std::uint32_t c = k + 1;
      while (c < m_s.size() && !m_s.is_close_quote(c) && c - k < 6) {
        ++c;
      }
      const std::uint32_t after = c + 1;
      const bool followed = after < m_end && m_s.is_word(after) && !is(WordClass::subordinator, after) &&
                            !is_exact(WordClass::preposition, after) && !complementizer(after);
      // "في بيان نشرته "سانا"، أن P": a comma may stand between the name and the complement.
      const bool complement_next = complementizer(after) || (after + 1 < m_end && m_s.is_comma(after) &&
                                                             complementizer(after + 1));
      // ("نقلت "شانا"، وكالة الأنباء الرسمية لقطاع النفط، عن": a medium's description set off
      // after the name.)
      const bool medium_apposition = after + 1 < m_end && m_s.is_comma(after) && medium_at(after + 1);
      // ("ونفت "سرية النسر"، في بيان نشرته …، أي علاقة": where or when it spoke, set off after
      // the name.)
      // ("ونفت "نسائم" في بيان وجود أي مفاوضات": or with no comma.)
      const bool aside_next = (after + 2 < m_end && m_s.is_comma(after) &&
                               ((exact(after + 1, u"\u0641\u064a") /* في */ && is(WordClass::statement_noun, after + 2)) ||
                                is(WordClass::time_word, after + 1))) ||
                              (after + 2 < m_end && exact(after, u"\u0641\u064a") /* في */ &&
                               is(WordClass::statement_noun, after + 1));
      // ("قالت "كوغات"، الهيئة العسكرية المسؤولة عن …، في بيان إن P": a description of the
      // named body set off by commas, then where it spoke or the complement.)
      // (The aside runs from `from` to its closing comma, then where it spoke or the complement.)
      auto aside_then_saying = [&](std::uint32_t from) {
        std::uint32_t close = from;
        while (close < m_end && close - after <= 12 && m_s.is_word(close) && !complementizer(close) &&
               m_s.cue_at(close) == nullptr) {
          ++close;
        }
        return close + 2 < m_end && m_s.is_comma(close) &&
               (complementizer(close + 1) ||
                (exact(close + 1, u"\u0641\u064a") /* في */ && is(WordClass::statement_noun, close + 2)));
      };
      bool described = after + 2 < m_end && m_s.is_comma(after) && starts_name_or_title(after + 1) &&
                       aside_then_saying(after + 1);
      // ("وقال "تحالف 188"، الذي يضم منظمات نسوية، في بيان، إن P": a relative clause on the
      // named body set off by commas, then where it spoke or the complement.)
      described = described || (after + 2 < m_end && m_s.is_comma(after) && is_exact(WordClass::relative, after + 1) &&
                                 aside_then_saying(after + 2));
      // ("وقال "الدفاع المدني السوري" (الخوذ البيضاء)، عبر معرفاته، إن P": its other name in
      // brackets after it.)
      const bool alias_next = after + 2 < m_end && m_s.is_punct(after, u'(');
      // ("، وفق ما أفادت "الوكالة الوطنية للإعلام"." : a known name in quotation marks closing
      // the sentence.)
      const lexicon::EntityMatch* quoted_entity = k + 1 < m_end ? m_s.entity_covering(k + 1) : nullptr;
      const bool named_at_end = (after >= m_end || m_s.is_end_punct(after)) && quoted_entity != nullptr &&
                                quoted_entity->begin == k + 1 && quoted_entity->end == c;
      if (c < m_s.size() && m_s.is_close_quote(c) && c - k <= 5 &&
          (followed || complement_next || medium_apposition || aside_next || described || alias_next || named_at_end)) {
        k = after;
      } else {
        return {b, b};
      }
    }
    // "أما X فتحدث عن ...": the topic ends where the "ف" of its clause starts.
    const bool topic = b > 0 && (exact(b - 1, u"اما") || exact(b - 1, u"واما"));
    bool in_apposition = false;
    while (k < m_end && k - b < 14) {
      if (topic && k > b && m_s.is_word(k) && w(k).size() > 2 && w(k)[0] == k_fa && m_s.entity_covering(k) == nullptr) {
        break;
      }
      // ("وقالت الشركة المديرة للناقلة، "أوشن كريست" ومقرها سنغافورة، في بيان، إن P": a body's
      // name in quotation marks set off after its description, and where it is based, up to the
      // comma closing them.)
      if (k > b + 1 && m_s.is_comma(k) && k + 3 < m_end && m_s.is_open_quote(k + 1) && !stops.stop_at_comma) {
        const Hit* head = m_s.noun_covering(b);
        const bool body = head != nullptr && head->begin == b &&
                          (m_s.lex.source_nouns()[head->payload].kind == SourceKind::organization ||
                           m_s.lex.source_nouns()[head->payload].kind == SourceKind::government);
        std::uint32_t close = k + 2;
        while (close < m_end && close - k <= 8 && !m_s.is_close_quote(close) && m_s.is_word(close)) {
          ++close;
        }
        std::uint32_t after = close + 1;
        if (body && close < m_end && m_s.is_close_quote(close) && after < m_end && m_s.is_word(after) &&
            w(after).starts_with(u"\u0648\u0645\u0642\u0631") /* ومقر */) {
          after += 1;
          while (after < m_end && after - close <= 4 && m_s.is_word(after)) {
            ++after;
          }
        }
        if (body && close < m_end && m_s.is_close_quote(close) && close > k + 2 && after < m_end &&
            m_s.is_comma(after)) {
          k = after;
          break;
        }
      }
      // ("أعلنت وزارة النقل تشكيل لجنة"، "أعلنت الإدارة العامة للمرور انخفاض عدد الوفيات":
      // after a body's definite words, a verbal noun of a derived form with no article is the
      // verb's object. After a title a word of that shape may be its holder's name.)
      // ("أعلنت وزارة الصحة في غزة ارتفاع عدد الشهداء": or after where the body is, "في" and
      // one word.)
      const bool after_place = k > b + 2 && exact(k - 2, u"\u0641\u064a") /* في */ && !definite(k - 1);
      if (k > b + 1 && m_s.is_word(k) && derived_verbal_noun(w(k)) && m_s.is_word(k - 1) &&
          (definite(k - 1) || w(k - 1).starts_with(u"\u0644\u0644") /* لل */ || after_place) &&
          m_s.entity_covering(k) == nullptr &&
          m_s.noun_covering(k) == nullptr && m_s.cue_at(k) == nullptr) {
        bool titled = false;
        for (std::uint32_t t = b; t < k && !titled; ++t) {
          titled = is(WordClass::title, t) || is(WordClass::honorific, t);
        }
        if (!titled) {
          break;
        }
      }
      // ("وقال سائق يدعى بهمن كاوياني، وهو أب لثلاثة أطفال، إن": "who is called", then the
      // name; not the verb "claims".)
      if (k > b && (exact(k, u"\u064a\u062f\u0639\u064a") /* يدعى */ || exact(k, u"\u062a\u062f\u0639\u064a") /* تدعى */) &&
          m_s.is_word(k - 1) && !definite(k - 1) && k + 1 < m_end && m_s.is_word(k + 1) && !complementizer(k + 1) &&
          !m_s.is_open_quote(k + 1)) {
        std::uint32_t name_end = k + 1;
        while (name_end < m_end && name_end <= k + 4 && plain_noun(name_end) && m_s.noun_covering(name_end) == nullptr) {
          ++name_end;
        }
        if (name_end > k + 1) {
          k = name_end;
          continue;
        }
      }
      // ("النائب السابق خالد X"، "الوزيرة السابقة": "former" after a title or a noun is no time
      // phrase; after a time word it is one, "الأسبوع السابق".)
      if (k > b && former_after_noun(k)) {
        ++k;
        continue;
      }
      // ("وكيل وزارة الخارجية في الحكومة المعترف بها دوليا، NAME،": a definite passive participle
      // with its "ب" and pronoun, and an adverb in "يا", still describes the noun before it.)
      if (k > b && (exact(k, u"\u0628\u0647\u0627") /* بها */ || exact(k, u"\u0628\u0647") /* به */ ||
                    exact(k, u"\u0628\u0647\u0645") /* بهم */) &&
          m_s.is_word(k - 1) && w(k - 1).size() > 5 && w(k - 1).starts_with(u"\u0627\u0644\u0645") /* الم */) {
        ++k;
        if (k < m_end && m_s.is_word(k) && w(k).size() > 4 && w(k).ends_with(u"\u064a\u0627") /* يا */ &&
            !w(k).starts_with(u"\u0627\u0644")) {
          ++k;
        }
        continue;
      }
      if (k > b && m_s.is_word(k) && (ba_prefixed(k) || (!stops.at_an && exact(k, u"\u0639\u0646") /* عن */))) {
        if (const std::uint32_t comma = comma_before_set_off_name(k); comma != 0) {
          k = comma;
          continue;
        }
      }
      // ("ثلاثة أشخاص على دراية بالنقاشات": a source noun of several words the lexicon knows
      // is read whole, its preposition included.)
      if (const Hit* n = m_s.noun_covering(k); n != nullptr && n->begin == k && n->end > k + 1 && n->end <= m_end) {
        bool has_preposition = false;
        for (std::uint32_t t = k + 1; t < n->end; ++t) {
          // ("ولي الأمر": "الأمر" alone opens "الأمر الذي …".)
          has_preposition = has_preposition || is_exact(WordClass::preposition, t) || adjunct_start(t) ||
                            is(WordClass::subordinator, t);
        }
        if (has_preposition) {
          k = n->end;
          continue;
        }
      }
      // ("جماعة غير معروفة تطلق على نفسها اسم "X"": a group the story names by what it calls
      // itself. The negated adjective and the naming clause, up to the quoted name, are its
      // description.)
      if (k > b && exact(k, u"\u063a\u064a\u0631") /* غير */ && k + 1 < m_end && m_s.is_word(k + 1) &&
          !w(k + 1).starts_with(u"\u0627\u0644") && m_s.is_word(k - 1) && !w(k - 1).starts_with(u"\u0627\u0644") &&
          !complementizer(k + 1) && !is_exact(WordClass::preposition, k + 1)) {
        k += 2;
        continue;
      }
      if (const std::uint32_t named_end = k > b ? self_naming_end(k) : k; named_end > k) {
        k = named_end;  // (and the name it gives itself ends the phrase)
        break;
      }
      // ("شبكة سي إن إن": a name's word that is also the complementizer.)
      const bool inside_name = m_s.entity_covering(k) != nullptr && m_s.entity_covering(k)->begin < k;
      if ((complementizer(k) && !inside_name) || m_s.is_punct(k, u':') || m_s.is_end_punct(k) || m_s.is_dash(k)) {
        break;
      }
      if (manner_adverb_end(k) > k) {
        break;  // ("ونفت السفارة "جملة وتفصيلا" صحة …": how firmly, after the subject)
      }
      if (m_s.is_open_quote(k)) {
        // "إذاعة "صوت أميركا"": a quoted name inside the phrase. (After a medium's noun, a
        // name of up to five words: "صحيفة "ساوث تشاينا مورنينغ بوست"".)
        const bool after_medium = k > b && medium_at(k - 1);
        std::uint32_t c = k + 1;
        while (c < m_s.size() && !m_s.is_close_quote(c) && c - k < (after_medium ? 7u : 6u)) {
          ++c;
        }
        // (Not an adverb in quotation marks: "نفى مسؤول سعودي "بشكل قاطع" تورط …".)
        // (A one-word name may start with ب: "صحيفة "بوليتيكن""; an adverb has the article or
        // a second word: "بشكل قاطع"، "بالكامل".)
        const bool adverb = k + 1 < c && w(k + 1).size() > 2 && w(k + 1)[0] == k_ba &&
                            m_s.entity_covering(k + 1) == nullptr &&
                            (c > k + 2 || w(k + 1).starts_with(u"\u0628\u0627\u0644") /* بال */);
        // (Nor a quotation the complementizer opens: "وقال الوزير "إن الاتفاق سيئ"".)
        // (After a medium's noun it is a name still: "هيئة الإذاعة الهولندية "إن أو إس"".)
        // (Or when the attribution goes on after it: "هيئة الإذاعة الهولندية "إن أو إس" عن".)
        const bool clause = k + 1 < c && complementizer(k + 1) && !after_medium &&
                            (c + 1 >= m_end || !m_s.is_word(c + 1));
        // (A body's longer name after an office's noun, when the attribution goes on after it:
        // "منسق «تحالف المدن العربية للتبريد المستدام»، المهندس NAME، إن".)
        bool long_name = false;
        if (k > b && !after_medium && c < m_end && m_s.is_close_quote(c) && c - k <= 7 &&
            (is(WordClass::title, k - 1) || m_s.noun_covering(k - 1) != nullptr)) {
          bool plain = true;
          for (std::uint32_t t = k + 1; t < c && plain; ++t) {
            plain = m_s.is_word(t) && m_s.cue_at(t) == nullptr && !complementizer(t);
          }
          const std::uint32_t n = c + 1;
          long_name = plain && n + 1 < m_end &&
                      (complementizer(n) || recipient_at(n) ||
                       (m_s.is_comma(n) && (is(WordClass::title, n + 1) || is(WordClass::honorific, n + 1) ||
                                            complementizer(n + 1) || recipient_at(n + 1))));
        }
        // ("مسؤول في "مركز تنسيق العمليات الإنسانية" التابع للحوثيين لبي بي سي إن": a body's
        // longer name after the source's "في", the phrase going on after it.)
        bool body_of_source = false;
        if (k >= b + 2 && exact(k - 1, u"\u0641\u064a") /* في */ && c < m_end && m_s.is_close_quote(c) && c - k <= 8 &&
            c + 1 < m_end && m_s.is_word(c + 1) && !complementizer(c + 1) &&
            (m_s.noun_covering(b) != nullptr || is(WordClass::title, b))) {
          body_of_source = true;
          for (std::uint32_t t = k + 1; t < c && body_of_source; ++t) {
            body_of_source = m_s.is_word(t) && m_s.cue_at(t) == nullptr && !complementizer(t);
          }
        }
        if (k > b && c < m_s.size() && m_s.is_close_quote(c) &&
            (c - k <= (after_medium ? 6u : 4u) || long_name || body_of_source) && !adverb && !clause) {
          k = c + 1;
          continue;
        }
        break;
      }
      if (m_s.is_punct(k, u'(')) {
        std::uint32_t c = k + 1;
        while (c < m_s.size() && !m_s.is_punct(c, u')') && c - k < 6) {
          ++c;
        }
        if (c < m_s.size() && m_s.is_punct(c, u')')) {
          k = c + 1;
          continue;
        }
        break;
      }
      if (m_s.is_comma(k)) {
        // Apposition goes on only with a name or a title ("وزير الخارجية الروسي، سيرغي لافروف،").
        const std::uint32_t n = k + 1;
        // A titled phrase may take an unknown name set off by commas ("رئيس المجمع المهني،
        // سليم بن عمار، لبي بي سي"), or "وهو … يدعى NAME" ("أحد الناجين، وهو سائح هندي يدعى
        // راجيف مينون، لـCNN").
        // (Not after an unnamed source: "مصدر قريب من الكاتب، جمال خاشقجي،" names whom it is
        // close to.)
        const Hit* head_noun = m_s.noun_covering(b);
        // (An indefinite one: "الخبيرة في أسواق السلع، منى الشاذلي،" is named.)
        // (An official's office is his own: "مسؤول الإسعاف في المحافظة، محمد رضا نوروزي،".)
        // (Named, though, when a genitive alone describes him and no preposition leads to
        // another: "خبير الأرصاد الجوية، NAME، إن" is the forecaster; a "source" never is.)
        auto described_by_genitive = [&] {
          if (w(b).starts_with(u"\u0645\u0635\u062f\u0631") /* مصدر */ ||
              w(b).starts_with(u"\u0645\u0635\u0627\u062f\u0631") /* مصادر */ || k < b + 2) {
            return false;
          }
          for (std::uint32_t t = b + 1; t < k; ++t) {
            if (!m_s.is_word(t) || is_exact(WordClass::preposition, t) || !w(t).starts_with(u"\u0627\u0644") ||
                m_s.entity_covering(t) != nullptr) {
              return false;
            }
          }
          return true;
        };
        const bool unnamed_head = head_noun != nullptr &&
                                  m_s.lex.source_nouns()[head_noun->payload].kind == SourceKind::anonymous &&
                                  !w(b).starts_with(u"\u0627\u0644") && !described_by_genitive();
        // (A definite description too: "المحقق الرئيسي في المكتب الوطني، يوها ليندروس،".)
        // ("وقال المنتج، منصف الدريدي، لإذاعة": one definite word before the name too.)
        const bool definite_head = w(b).starts_with(u"\u0627\u0644");
        // (Any head with a person's name after it: "صاحب الوكالة، رشيد حمادي،"، "مديرها التنفيذي،
        // هشام رضوان،"; not "، ومقرها لندن،".)
        // (Then the rest of the attribution: the one told, the complement, "في تصريح"، "قد".)
        auto attribution_goes_on = [&](std::uint32_t c) {
          return c < m_end && (recipient_at(c) || complementizer(c) || exact(c, u"قد") ||
                               ((exact(c, u"في") || exact(c, u"خلال")) && c + 1 < m_end && is(WordClass::statement_noun, c + 1)));
        };
        bool any_head = n < m_end && m_s.is_word(n) && w(n)[0] != k_waw;
        if (any_head) {
          std::uint32_t c = n;
          while (c < m_end && c - n < 4 && m_s.is_word(c)) {
            ++c;
          }
          any_head = c < m_end && m_s.is_comma(c) && attribution_goes_on(c + 1);
        }
        if (!stops.stop_at_comma && n < m_end && !starts_name_or_title(n) && k > b && !unnamed_head &&
            (is(WordClass::title, b) || head_noun != nullptr || exact(b, u"احد") || exact(b, u"احدي") || definite_head ||
             // ("وقالت إحداهن، وهي معلمة تدعى NAME،": "one of them", with its pronoun.)
             exact(b, u"\u0627\u062d\u062f\u0647\u0645") /* احدهم */ ||
             exact(b, u"\u0627\u062d\u062f\u0627\u0647\u0646") /* احداهن */ ||
             exact(b, u"\u0627\u062d\u062f\u0627\u0647\u0645") /* احداهم */ || any_head)) {
          std::uint32_t close = n;
          bool called = false;
          const bool description = exact(n, u"وهو") || exact(n, u"وهي");
          bool anonymity = false;  // "، فضل عدم ذكر اسمه،": asked not to be named, no name
          while (close < m_end && close - n < (description ? 10u : 4u) && m_s.is_word(close) &&
                 (description || plain_noun(close)) && !complementizer(close)) {
            called = called || exact(close, u"يدعي") || exact(close, u"تدعي") || exact(close, u"واسمه");
            anonymity = anonymity || exact(close, u"عدم") || w(close).starts_with(u"\u0627\u0633\u0645") /* اسم */ ||
                        w(close).starts_with(u"\u0647\u0648\u064a\u062a") /* هويت */;
            ++close;
          }
          // A name: a given name without the article (a family name may have it: "منى
          // الشاذلي"), no source noun or known entity among its words.
          // ("عميد البلدية، الطاهر عيسى أمغار، في تصريحات": a given name with the article, when
          // the attribution goes on right after the closing comma and a plain word follows it.)
          // ("رئيس القائمة، الهادي الزغلامي، لبي بي سي إن": both words with the article, a
          // Maghrebi given name and family name, when the attribution goes on after the comma and
          // neither word tells a time.)
          bool plain_words = !definite(n) ||
                             (any_head && n + 1 < close && !w(n + 1).starts_with(u"\u0627\u0644")) ||
                             (any_head && close - n == 2 && !is(WordClass::time_word, n) &&
                              !is(WordClass::time_word, n + 1) && !is(WordClass::month, n) &&
                              !is(WordClass::month, n + 1));
          for (std::uint32_t t = n; t < close && plain_words; ++t) {
            // ("سلام عبد الأمير الفتلاوي": a title word after "عبد" is part of the name.)
            plain_words = m_s.noun_covering(t) == nullptr && m_s.entity_covering(t) == nullptr &&
                          m_s.nationality_covering(t) == nullptr &&
                          (!is(WordClass::title, t) || (t > n && exact(t - 1, u"عبد")));
          }
          const bool name = !description && !anonymity && close - n >= 2 && plain_words;
          if (close < m_end && m_s.is_comma(close) && (name || (description && called))) {
            k = close;
            continue;
          }
        }
        // ("أعلنت جبهة النصرة، وأحرار الشام، والجيش الحر، عن بدء معارك": a list of sources
        // joined by "، و", each set off by commas, with the attribution going on after the last.)
        if (!stops.stop_at_comma && n + 1 < m_end && m_s.is_word(n) && w(n).size() > 2 && w(n)[0] == k_waw &&
            !exact(n, u"وهو") && !exact(n, u"وهي") && m_s.cue_at(n) == nullptr) {
          std::uint32_t c = n;
          std::uint32_t list_end = m_end;
          for (int items = 0; items < 4 && c < m_end; ++items) {
            if (!(m_s.is_word(c) && w(c).size() > 2 && w(c)[0] == k_waw && m_s.cue_at(c) == nullptr)) {
              break;
            }
            std::uint32_t e = c;
            while (e < m_end && e - c < 5 && (m_s.is_word(e) || m_s.is_quote_mark(e)) && !complementizer(e) &&
                   m_s.cue_at(e) == nullptr) {
              ++e;
            }
            if (e >= m_end || !m_s.is_comma(e) || e + 1 >= m_end) {
              break;
            }
            if (exact(e + 1, u"عن") || attribution_goes_on(e + 1)) {
              list_end = e;
              break;
            }
            c = e + 1;
          }
          if (list_end < m_end) {
            k = list_end;
            continue;
          }
        }
        // ("، متحدثا لـ"العربية.نت"": speaking to, in the accusative, is how the source spoke.)
        if (stops.stop_at_comma || n >= m_end || !starts_name_or_title(n) || exact(n, u"متحدثا") ||
            exact(n, u"متحدثه") || exact(n, u"متحدثين")) {
          break;
        }
        ++k;
        in_apposition = true;
        continue;
      }
      // ("، كبيرة الاقتصاديين لدى شركة "أفق" في دبي،": inside an apposition, where the person
      // works belongs to it, up to its closing comma.)
      // (The employer's name may be quoted: "المحللة لدى "كابوتو ريسيرش" في طوكيو،".)
      // (And what a body is in charge of: "، الهيئة العسكرية المسؤولة عن الشؤون المدنية في
      // الأراضي الفلسطينية،".)
      const bool in_charge_of = exact(k, u"عن") && k > b &&
                                (exact(k - 1, u"المسوول") || exact(k - 1, u"المسووله") ||
                                 exact(k - 1, u"مسوول") || exact(k - 1, u"مسووله"));
      if (in_apposition && (exact(k, u"لدي") || exact(k, u"في") || in_charge_of) && k + 1 < m_end &&
          (m_s.is_word(k + 1) || m_s.is_open_quote(k + 1))) {
        std::uint32_t close = k + 1;
        bool said_inside = false;  // ("سفير موسكو لدى بريطانيا قوله الجمعة،": the apposition ended)
        // (Nor past a colon: "، سائق في القرية: "P، وQ"" has its comma inside the words quoted.)
        while (close < m_end && close < k + 12 && !m_s.is_comma(close) && !m_s.is_end_punct(close) &&
               !complementizer(close) && m_s.cue_at(close) == nullptr && !(m_s.is_punct(close, u':') && !clock_colon(close))) {
          said_inside = said_inside || is(WordClass::quote_noun, close) || recipient_at(close);
          ++close;
        }
        if (close < m_end && m_s.is_comma(close) && !said_inside) {
          k = close;
          continue;
        }
      }
      if (!m_s.is_word(k)) {
        break;
      }
      // "ووفقا ليونهاب فإن P": "فإن" opens the content.
      if (k > b && !van_in_name(k) && fa_inna(k)) {
        break;
      }
      // "أستاذ فسيولوجيا النبات في جامعة الملك سعود، الدكتور خالد الشهراني،": where the
      // speaker works, then a titled name set off by commas.
      if (k > b && exact(k, u"في") && k + 1 < m_end) {
        std::uint32_t c = k + 1;
        // (Not past "عن": "صحيفة "الأيام" الصادرة في عدن عن مدير …" relays someone.)
        while (c < m_end && c - k <= 8 && m_s.is_word(c) && !complementizer(c) && m_s.cue_at(c) == nullptr &&
               !exact(c, u"عن")) {
          ++c;
        }
        bool titled_name = false;
        if (c + 3 < m_end && m_s.is_comma(c) && (is(WordClass::title, c + 1) || is(WordClass::honorific, c + 1))) {
          for (std::uint32_t d = c + 3; d < m_end && d <= c + 6 && !titled_name; ++d) {
            titled_name = m_s.is_comma(d);
            if (!m_s.is_word(d) && !titled_name) {
              break;
            }
          }
        }
        if (titled_name) {
          k = c;
          continue;
        }
      }
      // "النائب عن عكار"، "ممثل عن الأهالي": a member for a place or a body; "عن" and its
      // noun belong to the title.
      // ("النائب عن «ائتلاف دولة القانون» NAME": the body it sits for, in quotation marks.)
      // ("عضو المجلس عن «الاتحاد الوطني» NAME"، "عضو مجلس النواب عن كتلة X": a member of a
      // council for a party, within three words of "عضو".)
      bool member_for = false;
      for (std::uint32_t t = k; exact(k, u"عن") && t > b && k - t < 3 && !member_for;) {
        --t;
        member_for = exact(t, u"عضو") || exact(t, u"عضوه");
      }
      if (k > b && exact(k, u"عن") && k + 2 < m_end && m_s.is_open_quote(k + 1) &&
          ((is(WordClass::title, k - 1) && (w(k - 1).ends_with(u"\u0628") || w(k - 1).ends_with(u"\u0628\u0647"))) ||
           member_for)) {
        if (const std::uint32_t close = short_quote_close(k + 1, 6); close != 0) {
          k = close + 1;
          continue;
        }
      }
      if (k > b && exact(k, u"عن") && k + 1 < m_end && m_s.is_word(k + 1) &&
          // (The titles "النائب"، "النائبة"، "المندوب": a title ending in ب.)
          ((is(WordClass::title, k - 1) && (w(k - 1).ends_with(u"\u0628") || w(k - 1).ends_with(u"\u0628\u0647"))) ||
           exact(k - 1, u"ممثل") || exact(k - 1, u"ممثلا") || exact(k - 1, u"مندوب") || exact(k - 1, u"مندوبا") ||
           member_for)) {
        k += 2;
        continue;
      }
      // ("التقرير العالمي حول المخدرات الصادر عن مكتب …": what the report is about, a word or
      // two, then its issuer.)
      if (k > b && (exact(k, u"\u062d\u0648\u0644") /* حول */ || exact(k, u"\u0628\u0634\u0627\u0646") /* بشأن */)) {
        std::uint32_t issued = 0;
        for (std::uint32_t t = k + 2; t + 1 < m_end && t <= k + 4 && m_s.is_word(t) && issued == 0; ++t) {
          if ((exact(t, u"صادر") || exact(t, u"الصادر") || exact(t, u"صادره") || exact(t, u"الصادره")) &&
              exact(t + 1, u"عن")) {
            issued = t;
          }
        }
        if (issued != 0) {
          k = issued;
          continue;
        }
      }
      // "بيان صادر عن فصائل …": the statement's issuer belongs to the phrase.
      if (k > b && exact(k, u"عن") &&
          (exact(k - 1, u"صادر") || exact(k - 1, u"الصادر") || exact(k - 1, u"صادره") || exact(k - 1, u"الصادره"))) {
        ++k;
        continue;
      }
      // "صفحات محلية على موقع فيسبوك"، "حسابات على تويتر": where the posts are belongs to them.
      // (Only for posts and accounts: "قال ترامب على تويتر" names the channel, not Trump.)
      const bool posts_head = w(b).starts_with(u"صفح") || w(b).starts_with(u"حساب") || w(b).starts_with(u"منشور") ||
                              w(b).starts_with(u"مستخدم") || w(b).starts_with(u"مغرد") || w(b).starts_with(u"ناشط") ||
                              w(b).starts_with(u"رواد");
      auto platform = [&](std::uint32_t t) {
        return w(t).starts_with(u"موقع") || w(t).starts_with(u"مواقع") || w(t).starts_with(u"منص") ||
               w(t).starts_with(u"تويتر") || w(t).starts_with(u"فيسبوك") || w(t).starts_with(u"شبك") ||
               w(t).starts_with(u"تلغرام") || w(t).starts_with(u"تيليغرام") || w(t).starts_with(u"تيلغرام") ||
               w(t).starts_with(u"انستغرام") || w(t).starts_with(u"يوتيوب") || w(t).starts_with(u"واتساب") || exact(t, u"اكس");
      };
      if (k > b && posts_head && exact(k, u"علي") && k + 1 < m_end && m_s.is_word(k + 1) && platform(k + 1)) {
        k += 2;
        continue;
      }
      // ("وتحدث طلاب على مجموعات «واتساب» عن P": unnamed people in groups on a platform.)
      if (k > b && exact(k, u"علي") && k + 2 < m_end && w(k + 1).starts_with(u"مجموعات")) {
        const Hit* head = m_s.noun_covering(b);
        const bool people = posts_head || (head != nullptr && head->begin == b &&
                                           is_unnamed(m_s.lex.source_nouns()[head->payload].kind));
        std::uint32_t t = k + 2;
        const bool quoted = m_s.is_open_quote(t);
        if (quoted) {
          ++t;
        }
        if (people && t < m_end && m_s.is_word(t) && platform(t) && (!quoted || (t + 1 < m_end && m_s.is_close_quote(t + 1)))) {
          k = quoted ? t + 2 : t + 1;
          continue;
        }
      }
      // ("صفحات محلية بمدينة الخمس على «فيسبوك»"، "سكان بمحافظة X": where unnamed people or
      // pages are, a town's noun in "ب" and its name.)
      if (k > b && k + 1 < m_end && m_s.is_word(k + 1) && !w(k).starts_with(u"\u0628\u0627\u0644") && at_a_place(k) &&
          (w(k).starts_with(u"\u0628\u0645\u062f\u064a\u0646") /* بمدين */ ||
           w(k).starts_with(u"\u0628\u0645\u062d\u0627\u0641\u0638") /* بمحافظ */ ||
           w(k).starts_with(u"\u0628\u0645\u0646\u0637\u0642") /* بمنطق */) &&
          m_s.cue_at(k + 1) == nullptr && !complementizer(k + 1)) {
        const Hit* head = m_s.noun_covering(b);
        const bool unnamed_head = posts_head || (head != nullptr && head->begin == b &&
                                                 is_unnamed(m_s.lex.source_nouns()[head->payload].kind));
        if (unnamed_head) {
          k += 2;
          continue;
        }
      }
      // ("صفحات محلية على «فيسبوك»": the platform's name in quotation marks.)
      if (k > b && posts_head && exact(k, u"علي") && k + 3 < m_end && m_s.is_open_quote(k + 1) && m_s.is_word(k + 2) &&
          platform(k + 2) && m_s.is_close_quote(k + 3)) {
        k += 4;
        continue;
      }
      // "مصدر مطلع على التحقيق": what a source is familiar with belongs to it.
      if (k > b && exact(k, u"علي") && k + 1 < m_end && m_s.is_word(k + 1) &&
          (w(k - 1).starts_with(u"\u0645\u0637\u0644\u0639") || w(k - 1).starts_with(u"\u0627\u0644\u0645\u0637\u0644\u0639"))) {
        k += 2;
        continue;
      }
      // "رئيس ما تسمى "لجنة شؤون الأسرى"": "the so-called …" belongs to the name.
      if (k > b && exact(k, u"ما") && k + 1 < m_end &&
          (exact(k + 1, u"تسمي") || exact(k + 1, u"يسمي") || exact(k + 1, u"يعرف") || exact(k + 1, u"تعرف"))) {
        k += 2;
        continue;
      }
      // ("صحيفة الأيام"، "جريدة الصباح": a paper named with a time word.)
      if (k > b && is(WordClass::time_word, k) && w(k).starts_with(u"\u0627\u0644") && medium_at(k - 1)) {
        ++k;
        continue;
      }
      // ("الرئيس التنفيذي لـ"طيران أديم"، فيصل الحقباني، إن": a title's body in quotation marks
      // with "لـ", then the holder's name set off by commas; not the one told.)
      if (k > b && is(WordClass::title, b) && (exact(k, u"لـ") || exact(k, u"ل")) && k + 1 < m_end &&
          m_s.is_open_quote(k + 1)) {
        std::uint32_t close = k + 2;
        while (close < m_end && close - k <= 6 && !m_s.is_close_quote(close)) {
          ++close;
        }
        bool named = false;
        if (close + 3 < m_end && m_s.is_close_quote(close) && m_s.is_comma(close + 1)) {
          std::uint32_t d = close + 2;
          while (d < m_end && d - close <= 6 && m_s.is_word(d) && !is(WordClass::time_word, d) &&
                 m_s.cue_at(d) == nullptr && m_s.noun_covering(d) == nullptr && !complementizer(d)) {
            ++d;
          }
          named = d < m_end && d >= close + 4 && m_s.is_comma(d);
        }
        if (named) {
          k = close + 1;
          continue;
        }
      }
      // ("السلطات التابعة للحوثيين في الحديدة": "affiliated to" and whom belong to the name.)
      // (Not a pronoun: "قناة "الأقصى" التابعة لها" ends with the channel.)
      if (k > b && k + 1 < m_end && m_s.is_word(k + 1) && w(k + 1).size() > 3 && w(k + 1)[0] == k_lam &&
          !exact(k + 1, u"لهما") &&
          (exact(k, u"التابعه") || exact(k, u"التابع") || exact(k, u"التابعين") || exact(k, u"التابعون") ||
           exact(k, u"تابعه") || exact(k, u"تابع") || exact(k, u"المواليه") || exact(k, u"الموالي") ||
           exact(k, u"المواليين") || exact(k, u"المقربه") || exact(k, u"المقرب"))) {
        k += 2;
        continue;
      }
      // ("قال ركاب كانوا على متن القطار إنه P": a clause with "كان" describing unnamed people,
      // with no relative pronoun after the indefinite noun, belongs to them, up to the
      // complementizer.)
      if (k > b && (exact(k, u"\u0643\u0627\u0646") || exact(k, u"\u0643\u0627\u0646\u0648\u0627") || exact(k, u"\u0643\u0627\u0646\u062a")) &&
          !w(k - 1).starts_with(u"\u0627\u0644")) {
        const Hit* head = m_s.noun_covering(b);
        if (head != nullptr && head->begin == b && is_unnamed(m_s.lex.source_nouns()[head->payload].kind)) {
          // (Up to the medium told, too: "وقالت سيدة كانت تنتظر أمام المحكمة لوكالة فرانس برس إن P".)
          const auto told = [&](std::uint32_t t) { return recipient_at(t) && recipient_is_medium(recipient_phrase(t)); };
          std::uint32_t t = k + 1;
          while (t < m_end && t - k <= 8 && m_s.is_word(t) && !complementizer(t) && !told(t) && m_s.cue_at(t) == nullptr) {
            ++t;
          }
          if (t < m_end && t > k + 1 && (complementizer(t) || told(t))) {
            k = t;
            break;
          }
        }
      }
      // ("أظهرت بيانات تتبع السفن التي نشرتها نشرة "لويدز ليست" أن P": data and who
      // published them, up to the complement.)
      if (k > b && (exact(k, u"\u0627\u0644\u062a\u064a") /* التي */ || exact(k, u"\u0627\u0644\u0630\u064a") /* الذي */) &&
          k + 2 < m_end && frames::is_publishing_verb(w(k + 1))) {
        static constexpr std::u16string_view k_data[] = {u"بيانات", u"البيانات", u"ارقام", u"الارقام", u"احصاءات",
                                                         u"الاحصاءات", u"تقديرات", u"التقديرات", u"معطيات", u"المعطيات",
                                                         u"صور", u"الصور", u"وثايق", u"الوثايق"};
        if (std::find(std::begin(k_data), std::end(k_data), w(b)) != std::end(k_data)) {
          std::uint32_t t = k + 2;
          while (t < m_end && t - k <= 9 && !complementizer(t) && !m_s.is_comma(t) && m_s.cue_at(t) == nullptr) {
            ++t;
          }
          if (t < m_end && t > k + 2 && complementizer(t)) {
            k = t;
            break;
          }
        }
      }
      // ("بحسب إحصاء لـ«مرصد الصحافة»"، "وفق دراسة لـ"مرصد الصحافة"": a count, a study or a
      // report, then whose it is, "لـ" and a quoted name; the name is the phrase's, no one told.)
      if (k == b + 1 && exact(k, u"\u0644") && k + 2 < m_end && m_s.is_open_quote(k + 1) &&
          (is(WordClass::statement_noun, b) ||
           (m_s.noun_covering(b) != nullptr && m_s.noun_covering(b)->begin == b &&
            (m_s.lex.source_nouns()[m_s.noun_covering(b)->payload].id == "ar.bayanat" ||
             m_s.lex.source_nouns()[m_s.noun_covering(b)->payload].id == "ar.bayanat-m")))) {
        if (const std::uint32_t close = short_quote_close(k + 1, 5); close != 0) {
          k = close + 1;
          continue;
        }
      }
      if (k > b && (adjunct_start(k) || is_exact(WordClass::relative, k))) {
        break;
      }
      // ("ونفى وزير النقل في الحكومة هذه الاتهامات": a demonstrative after the name opens the
      // object, what was said before; "في هذه الوزارة" stays in the phrase.)
      if (k > b + 1 && (exact(k, u"\u0647\u0630\u0647") /* هذه */ || exact(k, u"\u0647\u0630\u0627") /* هذا */ ||
                        exact(k, u"\u0630\u0644\u0643") /* ذلك */ || exact(k, u"\u062a\u0644\u0643") /* تلك */) &&
          m_s.is_word(k - 1) && !is_exact(WordClass::preposition, k - 1) && m_s.entity_covering(k) == nullptr) {
        break;
      }
      // ("ونفى أحمد الدرويش أي دور …"، "نفى X وجود …": "any" and "existence" open the
      // object; no name runs on into them.)
      // ("نفى مصدر في الوزارة صحة ما يتداول": nor "the truth of" after a definite word.)
      if (k > b && (exact(k, u"\u0627\u064a") /* أي */ || exact(k, u"\u0648\u062c\u0648\u062f") /* وجود */ ||
                    (exact(k, u"\u0635\u062d\u0647") /* صحة */ &&
                     (definite(k - 1) || (k >= b + 2 && place_kind(w(k - 2))))) /* "ولاية سنار صحة" */) &&
          k + 1 < m_end && m_s.is_word(k + 1) && m_s.entity_covering(k) == nullptr) {
        break;
      }
      // ("نفى المتحدث الأنباء عن P": a definite word takes no definite genitive, so the
      // reports are the verb's object, not part of its subject's name.)
      if (k > b && w(k).starts_with(u"\u0627\u0644") && w(k - 1).starts_with(u"\u0627\u0644") && is_report_noun(k) &&
          m_s.entity_covering(k) == nullptr) {
        break;
      }
      // "جنرال طلب عدم الكشف عن اسمه": the verb of a relative clause ends the name.
      if (k > b && k + 1 < m_end && (exact(k + 1, u"عدم") || (w(k).starts_with(u"رفض") && exact(k + 1, u"الكشف")))) {
        break;
      }
      // ("مصدر أمني لم تسمه"، "مهندس لم تكشف عن هويته": the source's anonymity belongs to the
      // phrase, to its last word; another negated verb opens a clause of its own.)
      if (k > b && (exact(k, u"لم") || exact(k, u"لن"))) {
        const std::uint32_t unnamed = withheld_name(k);
        if (unnamed == 0) {
          break;
        }
        k = unnamed + 1;
        continue;
      }
      // "وفاتهم فيما 13 في حال …": a subordinate clause is never part of a source's name.
      // ("أشخاص مطلعين على الأمر": "الأمر" opens a clause only as "الأمر الذي".)
      const bool the_matter = exact(k, u"الامر") && !(k + 1 < m_end && exact(k + 1, u"الذي"));
      if (k > b && is(WordClass::subordinator, k) && m_s.entity_covering(k) == nullptr && !the_matter) {
        break;
      }
      if (stops.at_an && exact(k, u"عن")) {
        break;
      }
      if (stops.at_quote_noun && is(WordClass::quote_noun, k)) {
        break;
      }
      // "مطلع الشهر الماضي": a time phrase ends the subject ("مصدر مطلع" stays: no time word).
      if (k > b && exact(k, u"مطلع") && k + 1 < m_end && (is(WordClass::time_word, k + 1) || is(WordClass::month, k + 1))) {
        break;
      }
      if (k > b && m_s.cue_at(k) != nullptr) {
        break;
      }
      // ("دبلوماسي غربي اتصلت به رويترز": the medium's clause is not the source's name.)
      if (k > b && !medium_relative(k).medium.empty()) {
        break;
      }
      // ("سائق آخر من دون أن يكشف اسمه": "without" ends the phrase.)
      if (k > b && (exact(k, u"دون") || exact(k, u"بدون") || (exact(k, u"من") && k + 1 < m_end && exact(k + 1, u"دون")))) {
        break;
      }
      // "واستطرد لافروف ليقول": the verb of saying goes on from the subject.
      if (k > b && (exact(k, u"\u0644\u064a\u0642\u0648\u0644") || exact(k, u"\u0644\u062a\u0642\u0648\u0644") ||
                    exact(k, u"\u0628\u0627\u0644\u0642\u0648\u0644"))) {
        break;
      }
      // "أفادت X بخروج ...": the complement starts. A ب-word without the article that ends
      // the phrase (a comma, the end or "أن" after it) is a name instead: "جون بولتون، الجمعة، أن".
      const bool definite_ba = w(k).size() > 3 && w(k)[1] == u'\u0627' && w(k)[2] == u'\u0644';  // "بالقول"
      // ("أستاذ المالية بجامعة صفاقس، NAME،": where a titled speaker works, before the name.)
      if (k > b && at_a_place(k) && is(WordClass::title, b)) {
        ++k;
        continue;
      }
      // ("رئيس لجنة إسكان الحجاج بمكة المكرمة المهندس حسان فلمبان أن"، "مدير إدارة الإعلام بصحة
      // جازان حسن بن عيسى صميلي،": any place or body in ب after a title, when the holder's
      // name follows it, a title or "بن" showing where the name is.)
      if (k > b && is(WordClass::title, b) && ba_prefixed(k)) {
        bool name_follows = false;
        for (std::uint32_t t = k + 1; t < m_end && t <= k + 4 && m_s.is_word(t) && !name_follows; ++t) {
          if (m_s.cue_at(t) != nullptr || complementizer(t)) {
            break;
          }
          name_follows = (t > k + 1 && (is(WordClass::honorific, t) || is(WordClass::title, t))) ||
                         (t + 1 < m_end && exact(t + 1, u"\u0628\u0646") /* بن */ && !w(t).starts_with(u"\u0627\u0644"));
        }
        if (name_follows) {
          ++k;
          continue;
        }
      }
      // ("باحث في معهد باندونغ للتكنولوجيا": after "في" and a noun in the construct state, a
      // word in ب is the genitive's name; no complement starts inside a place.)
      const bool name_in_place = k >= b + 2 && exact(k - 2, u"\u0641\u064a") /* في */ && m_s.is_word(k - 1) &&
                                 !w(k - 1).starts_with(u"\u0627\u0644") && !definite_ba;
      // ("مصدر بحكومة كوريا الجنوبية"، "مسؤول بوزارة الخارجية": a body with ب after an unnamed
      // source is where the source sits.)
      const Hit* at_body = k > b ? m_s.noun_covering(k) : nullptr;
      const Hit* source_before = k > b ? m_s.noun_covering(k - 1) : nullptr;
      const bool source_at_body =
          at_body != nullptr && at_body->begin == k && source_before != nullptr &&
          is_unnamed(m_s.lex.source_nouns()[source_before->payload].kind) &&
          (m_s.lex.source_nouns()[at_body->payload].kind == SourceKind::government ||
           m_s.lex.source_nouns()[at_body->payload].kind == SourceKind::organization);
      if (source_at_body) {
        ++k;
        continue;
      }
      // (Nor before the one told: "بائعة الخضار إيلينا باغويو لـCNN إن".)
      if (k > b && ba_prefixed(k) && !name_in_place &&
          (definite_ba || !(k + 1 >= m_end || m_s.is_comma(k + 1) || m_s.is_end_punct(k + 1) || complementizer(k + 1) ||
                            (!definite(k) && recipient_at(k + 1))))) {
        break;
      }
      ++k;
    }
    // Nor a dangling preposition ("المتحدث باسم الحرس الوطني في" before a quotation).
    while (k > b && (m_s.is_comma(k - 1) || (k - 1 > b && is_exact(WordClass::preposition, k - 1) && !ali_name(k - 1)))) {
      --k;
    }
    // ("وذكرت صحيفة "بروتوم آلو"، نقلا عن …": a medium's noun, then its name in quotation
    // marks.)
    if (k > b && k < m_end && m_s.is_open_quote(k)) {
      if (const Hit* n = m_s.noun_covering(k - 1);
          n != nullptr && n->end == k && frames::is_medium_noun(m_s.lex.source_nouns()[n->payload])) {
        if (const std::uint32_t close = short_quote_close(k, 5); close != 0) {
          k = close + 1;
        }
      }
    }
    // ("وكالة إنترفاكس-أوكرانيا": a known name runs on past a hyphen the phrase stopped at.)
    if (k > b) {
      if (const lexicon::EntityMatch* m = m_s.entity_covering(k - 1); m != nullptr && m->end > k && m->begin >= b) {
        k = m->end;
      }
    }
    return {b, k};
  }

  // A word for a kind of place, before the place's name: "مدينة طنجة"، "محافظة بابل" (folded).
  // The comma that closes a run of plain words from `from` (no cue, no complementizer; the comma
  // at `last` + 1 at the latest), with a word after it; 0 when there is none. A phrase set off by
  // commas: "قدّر، في تصريحات صحافية، عدد …"، "، جنوبي الصومال،".
  [[nodiscard]] std::uint32_t comma_after_words(std::uint32_t from, std::uint32_t last) const {
    std::uint32_t close = from;
    while (close < m_end && close <= last && m_s.is_word(close) && m_s.cue_at(close) == nullptr &&
           !complementizer(close)) {
      ++close;
    }
    return close + 1 < m_end && m_s.is_comma(close) && m_s.is_word(close + 1) ? close : 0;
  }

  [[nodiscard]] static bool place_kind(std::u16string_view folded) {
    static constexpr std::u16string_view k_place_kinds[] = {
        u"مقاطعه", u"محافظه", u"ولايه", u"مدينه", u"اقليم", u"منطقه", u"جمهوريه", u"بلده", u"قريه", u"جزيره", u"بلديه"};
    return std::find(std::begin(k_place_kinds), std::end(k_place_kinds), folded) != std::end(k_place_kinds);
  }

  // A word with the preposition "ب" attached that is not a name: "بخروج", "بانتهاك".
  // "بجامعة صفاقس"، "بوزارة الصحة": "at" a place or a body, where a speaker works; part of
  // the speaker's description, no object with ب.
  [[nodiscard]] bool at_a_place(std::size_t i) const {
    const std::u16string_view t = w(i);
    if (t.size() <= 4 || t[0] != k_ba) {
      return false;
    }
    static constexpr std::u16string_view k_places[] = {
        u"\u062c\u0627\u0645\u0639\u0647" /* جامعه */, u"\u0648\u0632\u0627\u0631\u0647" /* وزاره */,
        u"\u0645\u062f\u064a\u0646\u0647" /* مدينه */, u"\u0645\u062d\u0627\u0641\u0638\u0647" /* محافظه */,
        u"\u0645\u0646\u0637\u0642\u0647" /* منطقه */, u"\u0645\u062c\u0644\u0633" /* مجلس */,
        u"\u0645\u0633\u062a\u0634\u0641\u064a" /* مستشفي */, u"\u0634\u0631\u0643\u0647" /* شركه */,
        u"\u0643\u0644\u064a\u0647" /* كليه */, u"\u0645\u0639\u0647\u062f" /* معهد */,
        // ("السلطات المحلية بعمالة إقليم الحوز": Morocco's prefecture and province.)
        u"\u0639\u0645\u0627\u0644\u0647" /* عماله */, u"\u0627\u0642\u0644\u064a\u0645" /* اقليم */};
    std::u16string_view rest = t.substr(1);
    // ("مدير دائرة الرقابة بالهيئة، NAME،": the body with its article, "at the authority".)
    static constexpr std::u16string_view k_bodies[] = {
        u"\u0647\u064a\u064a\u0647" /* هيئه (ئ folded) */, u"\u0628\u0644\u062f\u064a\u0647" /* بلديه */,
        u"\u0627\u0645\u0627\u0646\u0647" /* امانه */, u"\u0627\u062f\u0627\u0631\u0647" /* اداره */,
        u"\u0645\u062f\u064a\u0631\u064a\u0647" /* مديريه */, u"\u063a\u0631\u0641\u0647" /* غرفه */};
    if (rest.size() > 4 && rest.starts_with(u"\u0627\u0644")) {
      const std::u16string_view body = rest.substr(2);
      return std::any_of(std::begin(k_places), std::end(k_places), [&](std::u16string_view p) { return body == p; }) ||
             std::any_of(std::begin(k_bodies), std::end(k_bodies), [&](std::u16string_view p) { return body == p; });
    }
    // ("مصدر مسؤول بهيئة الدواء": a body in the construct state, its name after it, after an
    // unnamed source; "اتهمته بإدارة عملية البيع" is a verbal noun.)
    const Hit* source_before = i > 0 ? m_s.noun_covering(i - 1) : nullptr;
    static constexpr std::u16string_view k_construct_bodies[] = {
        u"\u0647\u064a\u064a\u0647" /* هيئه */, u"\u0628\u0644\u062f\u064a\u0647" /* بلديه */,
        u"\u0645\u062f\u064a\u0631\u064a\u0647" /* مديريه */};
    return std::any_of(std::begin(k_places), std::end(k_places), [&](std::u16string_view p) { return rest.starts_with(p); }) ||
           (i + 1 < m_end && m_s.is_word(i + 1) && source_before != nullptr && source_before->end == i &&
            is_unnamed(m_s.lex.source_nouns()[source_before->payload].kind) &&
            std::any_of(std::begin(k_construct_bodies), std::end(k_construct_bodies),
                        [&](std::u16string_view p) { return rest == p; }));
  }

  [[nodiscard]] bool ba_prefixed(std::size_t i) const {
    const std::u16string_view t = w(i);
    if (t.size() < 4 || t[0] != k_ba || m_s.entity_covering(i) != nullptr) {
      return false;
    }
    // ("موقع بوابة "الوسط"": "portal", a word that begins with ب, no ب joined to a word.)
    if (t == u"\u0628\u0648\u0627\u0628\u0647" /* بوابة */) {
      return false;
    }
    // ("قالت بائعة الخضار NAME", "باحث الاقتصاد": a noun for a person whose own first letter is
    // ب, with its genitive, is no ب joined to a word.)
    static constexpr std::u16string_view k_ba_people[] = {
        u"\u0628\u0627\u064a\u0639" /* بائع (ئ folded) */, u"\u0628\u0627\u064a\u0639\u0647" /* بائعة */,
        u"\u0628\u0627\u064a\u0639\u0648" /* بائعو */, u"\u0628\u0627\u0639\u0647" /* باعة */,
        u"\u0628\u0627\u062d\u062b" /* باحث */, u"\u0628\u0627\u062d\u062b\u0647" /* باحثة */,
        u"\u0628\u062d\u0627\u0631" /* بحار */, u"\u0628\u062d\u0627\u0631\u0647" /* بحارة */,
        u"\u0628\u0637\u0644" /* بطل */, u"\u0628\u0637\u0644\u0647" /* بطلة */,
        // ("وفق تقديرات بنوك استثمار محلية": banks, and the bodies of the kind.)
        u"\u0628\u0646\u0648\u0643" /* بنوك */, u"\u0628\u0627\u062d\u062b\u0648\u0646" /* باحثون */,
        u"\u0628\u0627\u062d\u062b\u064a\u0646" /* باحثين */,
        // ("مذكرة بحثية لبنك X"، "مسؤول بارز في الحزب": adjectives whose own first letter is ب;
        // "في إحدى بلديات الجبل": towns and municipalities.)
        u"بحثي", u"بحثيه", u"بارز", u"بارزه", u"بلديه", u"بلديات", u"بلدات", u"بلدان"};
    if (std::find(std::begin(k_ba_people), std::end(k_ba_people), t) != std::end(k_ba_people)) {
      return false;
    }
    // ("عضو لجنة النقل بمجلس النواب": in a body, which the lexicon knows, and its genitive.)
    if (const Hit* n = m_s.noun_covering(i); n != nullptr && n->begin == i && i + 1 < m_end && m_s.is_word(i + 1) &&
        w(i + 1).starts_with(u"\u0627\u0644")) {
      const SourceKind kind = m_s.lex.source_nouns()[n->payload].kind;
      if (kind == SourceKind::government || kind == SourceKind::organization) {
        return false;
      }
    }
    // ("حاكم مقاطعة بريانسك"، "محافظة بابل": a place's name after its kind.)
    if (i > 0 && place_kind(m_s.lower(i - 1))) {
      return false;
    }
    // ("وقال المحامي بندر بن خلف"، "باسل الطويرش": given names that begin with ب.)
    if (common_given_name(t) && i + 1 < m_end && m_s.is_word(i + 1) && !is_exact(WordClass::preposition, i + 1) &&
        !complementizer(i + 1)) {
      return false;
    }
    return t != u"باسم" && t != u"باسمه" && t != u"باسمها" && t != u"باسمهم" && t != u"بين" && t != u"بعد" && t != u"بلد" && t != u"بلاده" && t != u"بيان" &&
           t != u"بيانا" && t != u"بيروت" && t != u"بريطانيا" && t != u"بكين" && t != u"بوتين" && t != u"بوتن" &&
           t != u"بلديه" && t != u"بنك" && t != u"برلمان" && t != u"بعثه" && t != u"برنامج" && t != u"بورصه";
  }

  // Does a name, a title, a known entity or a source noun start at i?
  [[nodiscard]] bool starts_name_or_title(std::size_t i) const {
    if (i >= m_end || !m_s.is_word(i)) {
      return false;
    }
    if (const lexicon::EntityMatch* m = m_s.entity_covering(i); m != nullptr && m->begin == i) {
      return true;
    }
    if (const Hit* n = m_s.noun_covering(i); n != nullptr && n->begin == i) {
      return true;
    }
    // ("ريم الفارس، كبيرة الاقتصاديين لدى …": "chief" heading a definite genitive is a role.)
    if ((exact(i, u"كبير") || exact(i, u"كبيره")) && i + 1 < m_end && m_s.is_word(i + 1) &&
        w(i + 1).starts_with(u"\u0627\u0644")) {
      return true;
    }
    return is(WordClass::title, i) || is(WordClass::honorific, i);
  }

  struct Complement {
    std::uint32_t content = 0;
    bool found = false;
    std::uint32_t next = 0;  // where the search stopped
    Range recipient;
    Range relay_outer;       // "في تصريح لـ X"
    std::uint32_t relay_cue_begin = 0;
    std::uint32_t relay_cue_end = 0;
    bool past_words = false;  // words that are no adjunct stand before the content found
  };

  // "في تصريحات أدلى بها إلى التلفزيون الرسمي": a statement given "to" a medium, which is
  // the one told. The medium after "إلى" at `j`, or empty. (Not a bare name in quotation
  // marks, "في حديث إلى «الأخبار»", as a rule the page's own masthead; but a news agency's
  // name, quoted, is one the page took the words from: "في حديث إلى "الوكالة الوطنية للإعلام"".)
  [[nodiscard]] Range given_to_medium(std::uint32_t j) const {
    const bool quoted_agency = j + 2 < m_end && m_s.is_open_quote(j + 1) && m_s.entity_covering(j + 2) != nullptr &&
                               m_s.entity_covering(j + 2)->begin == j + 2 &&
                               m_s.gazetteer.entities()[m_s.entity_covering(j + 2)->entity].kind == SourceKind::agency;
    if (!exact(j, u"الي") || j == 0 || j + 2 >= m_end || (m_s.is_open_quote(j + 1) && !quoted_agency) ||
        !(exact(j - 1, u"به") || exact(j - 1, u"بها") || is(WordClass::statement_noun, j - 1))) {
      return {};
    }
    const Range r = relay_medium(j + 1, PhraseStops{true, true, true, true});
    return !r.empty() && recipient_is_medium(r) ? r : Range{};
  }

  // A noun of the kind of thing a quoted name after it names: "وحدة «إيغوز»"، "شركة "غولد
  // أبولو""، "عملية "طوفان الأقصى"". (Not a medium's noun, whose name the phrase readers take.)
  [[nodiscard]] bool names_a_kind(std::uint32_t i) const {
    static constexpr std::u16string_view k_kinds[] = {
        u"\u0648\u062d\u062f\u0647" /* وحدة */, u"\u0639\u0645\u0644\u064a\u0647" /* عملية */,
        u"\u0643\u062a\u064a\u0628\u0647" /* كتيبة */, u"\u0644\u0648\u0627\u0621" /* لواء */,
        u"\u0641\u0631\u0642\u0647" /* فرقة */, u"\u0645\u0634\u0631\u0648\u0639" /* مشروع */,
        u"\u0628\u0631\u0646\u0627\u0645\u062c" /* برنامج */, u"\u0645\u0628\u0627\u062f\u0631\u0647" /* مبادرة */,
        u"\u0633\u0641\u064a\u0646\u0647" /* سفينة */, u"\u0637\u0627\u064a\u0631\u0647" /* طائرة (ئ folded) */,
        u"\u0635\u0627\u0631\u0648\u062e" /* صاروخ */, u"\u0635\u0648\u0627\u0631\u064a\u062e" /* صواريخ */,
        u"\u0645\u0646\u0638\u0648\u0645\u0647" /* منظومة */, u"\u0637\u0631\u0627\u0632" /* طراز */,
        u"\u0645\u0633\u064a\u0631\u0627\u062a" /* مسيرات */, u"\u0645\u0633\u064a\u0631\u0647" /* مسيرة */,
        u"\u0645\u0646\u0637\u0642\u0647" /* منطقة */, u"\u0645\u062e\u064a\u0645" /* مخيم */,
        u"\u0642\u0627\u0639\u062f\u0647" /* قاعدة */, u"\u0645\u0639\u0628\u0631" /* معبر */,
        u"\u062d\u064a" /* حي */, u"\u0628\u0644\u062f\u0647" /* بلدة */};
    return std::find(std::begin(k_kinds), std::end(k_kinds), w(i)) != std::end(k_kinds) && m_s.cue_at(i) == nullptr;
  }

  // After the subject: adjuncts, a recipient, then "أن"/"إن"/":"/a quotation.
  [[nodiscard]] Complement complement_after(std::uint32_t j) const {
    Complement c;
    // The complement found: what was said begins at `content`, its marker at `next`.
    auto found_at = [&c](std::uint32_t content, std::uint32_t next, bool found) {
      c.content = content;
      c.found = found;
      c.next = next;
      return c;
    };
    for (int guard = 0; guard < 32 && j < m_end; ++guard) {
      // "وذكرت الوزارة، عبر الوكالة العربية السورية للأنباء (سانا)، أن P": the source spoke
      // through a news medium, set off after it, which carried the words: that medium relays.
      // (Through an account or a page, "عبر حسابها على تويتر", is no medium: a channel.)
      if (m_s.is_comma(j) && j + 2 < m_end && exact(j + 1, u"عبر") && c.relay_outer.empty()) {
        const Range r = relay_medium(j + 2, PhraseStops{true, true, true, true});
        if (!r.empty() && names_news_medium(r) && r.end < m_end && m_s.is_comma(r.end)) {
          c.relay_outer = r;
          c.relay_cue_begin = j + 1;
          c.relay_cue_end = j + 2;
          j = r.end;
          continue;
        }
      }
      // "وقال المصدر، الذي لم تكشف الوكالة عن هويته، إن P": a relative clause set off by
      // commas belongs to the subject; its words (and cues) are not the complement.
      // (So does "، لم يكشف عن اسمه،", "، طالبا عدم ذكر اسمه،": the source's anonymity.)
      bool withheld = false;
      // ("، تحدثوا شريطة عدم الكشف عن هوياتهم،", "، طلب عدم نشر اسمه،": likewise.)
      // ("واشتكى أولياء أمور، تحدثوا للسومرية نيوز أمام أحد المراكز، من أن P": and whom they
      // spoke to, set off the same way, belongs to the source too.)
      if (m_s.is_comma(j) && j + 1 < m_end) {
        // ("وقال موظفون، تحدثت إليهم «المصري اليوم»، إن P": or the medium that spoke to them.)
        const bool spoken_to = j + 3 < m_end &&
                               (exact(j + 2, u"\u0627\u0644\u064a\u0647\u0645") /* إليهم */ ||
                                exact(j + 2, u"\u0627\u0644\u064a\u0647") /* إليه */ ||
                                exact(j + 2, u"\u0627\u0644\u064a\u0647\u0627") /* إليها */ ||
                                exact(j + 2, u"\u0645\u0639\u0647\u0645") /* معهم */) &&
                               (m_s.is_open_quote(j + 3) ||
                                recipient_is_medium(relay_medium(j + 3, PhraseStops{false, true, true, true})));
        withheld = withholds_name_at(j + 1) ||
                   (w(j + 1).starts_with(u"تحدث") && j + 2 < m_end && (recipient_at(j + 2) || spoken_to));
      }
      // "وقال توماس برينر، كبير محللي السلع لدى شركة "ميريديان" في لندن، لرويترز إن P": an
      // apposition set off by commas, then the one told or the complement.
      if (m_s.is_comma(j) && j + 1 < m_end && m_s.is_word(j + 1) && m_s.cue_at(j + 1) == nullptr &&
          !complementizer(j + 1)) {
        // (Not when the phrase holds the one told: "، في تصريحات لوكالة الأناضول، إن".)
        std::uint32_t k = j + 1;
        bool told_inside = false;
        // ("، في بلاغ لها نشرت مضمونه وكالة X،": a verb of publishing inside an aside that opens
        // with "في" tells who carried the statement; the aside goes on.)
        const bool in_aside = exact(j + 1, u"\u0641\u064a") /* في */;
        // ("، وهو مشجع تابع الإعلان مع المئات في إحدى الساحات،": a description of the speaker,
        // its verbs his deeds, no saying.)
        const bool described = exact(j + 1, u"وهو") || exact(j + 1, u"وهي");
        // ("، في مقابلة هاتفية أجرتها معه من مكان لم تكشف عنه،": a negated verb inside the aside
        // reports nothing.)
        // (A colon ends the apposition: the comma inside the quotation after it is the speaker's,
        // "وقال X، سائق في القرية: "P، وQ"".)
        while (k < m_end && k - j < 16 && !m_s.is_comma(k) && !m_s.is_end_punct(k) && !complementizer(k) &&
               !(m_s.is_punct(k, u':') && !clock_colon(k)) &&
               (m_s.cue_at(k) == nullptr || m_s.in_quote(k) || describes_noun_before(*m_s.cue_at(k)) ||
                (described && k > j + 2) ||
                (k > j + 2 && exact(k - 1, u"لم")) ||
                (in_aside && k > j + 2 && frames::is_publishing_verb(w(k))) ||
                (in_aside && k > j + 3 && frames::is_publishing_verb(w(k - 1)) && object_pronoun_of_relay(k)))) {
          // (Or the medium that got the words: "، في بيان أرسلته إلى وكالة فرانس برس،".)
          told_inside = told_inside || recipient_at(k) || !medium_relative(k).medium.empty() || !given_to_medium(k).empty();
          ++k;
        }
        // ("شدد X، خلال مؤتمره الصحفي، على أن P", "أشار، في كلمته، إلى أن P": or the
        // preposition of an emphasis verb's complement.)
        const bool preposition_then_that = k + 2 < m_end && (exact(k + 1, u"\u0639\u0644\u064a") /* على */ ||
                                                              exact(k + 1, u"\u0627\u0644\u064a") /* إلى */) &&
                                           complementizer(k + 2);
        if (!told_inside && k + 1 < m_end && m_s.is_comma(k) &&
            (recipient_at(k + 1) || complementizer(k + 1) || preposition_then_that)) {
          // ("، في كلمة أمام رجال أعمال في أنقرة نقلتها وكالة الأناضول،": a statement a medium
          // carried, its words between; the medium relays.)
          if (c.relay_outer.empty() && in_aside) {
            for (std::uint32_t v = j + 3; v + 1 < k; ++v) {
              // ("وزعته على وسائل الإعلام ونشرته وكالة X": the second verb, after "و", names the
              // medium that carried it.)
              std::u16string_view verb = w(v);
              if (v > j + 3 && verb.size() > 3 && verb[0] == k_waw) {
                verb.remove_prefix(1);
              }
              if (!frames::is_publishing_verb(verb)) {
                continue;
              }
              // ("خصّ به الوكالة": the pronoun of the statement before the medium.)
              const std::uint32_t medium_at = v + 2 < k && object_pronoun_of_relay(v + 1) ? v + 2 : v + 1;
              const Range r = relay_medium(medium_at, PhraseStops{false, true, true, true});
              if (!r.empty() && r.end <= k && recipient_is_medium(r) && !is_exact(WordClass::preposition, medium_at)) {
                c.relay_outer = r;
                c.relay_cue_begin = v;
                c.relay_cue_end = v + 1;
                break;
              }
            }
          }
          j = k + 1;
          continue;
        }
      }
      if (m_s.is_comma(j) && j + 1 < m_end && (is_exact(WordClass::relative, j + 1) || withheld)) {
        // ("، تحدث لوكالة فرانس برس شريطة عدم الكشف عن اسمه،": the one spoken to relays.)
        if (withheld && c.recipient.empty()) {
          if (const MediumClause mc = medium_relative(j + 1); !mc.medium.empty()) {
            c.recipient = mc.medium;
          }
        }
        std::uint32_t k = j + 2;
        while (k < m_end && k - j < 24 && !m_s.is_comma(k) && !m_s.is_end_punct(k) && !complementizer(k) &&
               !m_s.is_punct(k, u':')) {
          ++k;
        }
        if (k < m_end && m_s.is_comma(k)) {
          j = k + 1;
          continue;
        }
        // ("ويقول أحد السكان، الذي نقل والدته من المستشفى قبل الهجوم بيوم: "Q"": or a colon
        // before a quotation.)
        if (k + 1 < m_end && m_s.is_punct(k, u':') && m_s.is_open_quote(k + 1)) {
          j = k;
          continue;
        }
      }
      // "وقال موقع X -الذي يصف نفسه بأنه مستقل- إن P"، "–وفق "واس"-": a parenthesis between
      // dashes belongs to the subject; the complement follows it.
      if (m_s.is_dash(j)) {
        std::uint32_t close = j + 1;
        while (close < m_end && close - j <= 20 && !m_s.is_dash(close) && !m_s.is_end_punct(close)) {
          ++close;
        }
        if (close < m_end && m_s.is_dash(close) && close > j + 1) {
          j = close + 1;
          continue;
        }
      }
      // "بعد أن"، "قبل أن"، "منذ أن": a time clause ("after …"), not what was said; the
      // complement may still follow ("وقال بعد أن التقى الرئيس إن P").
      // ("دون أن تؤكد الوزارة ذلك": "without", no complement either.)
      if (complementizer(j) && j > 0 &&
          (exact(j - 1, u"بعد") || exact(j - 1, u"قبل") || exact(j - 1, u"منذ") || exact(j - 1, u"وبعد") ||
           exact(j - 1, u"وقبل") || exact(j - 1, u"دون") || exact(j - 1, u"بدون"))) {
        ++j;
        continue;
      }
      // ("، وإن كانت مساهمتها محدودة": "even if", a concession, no complement.)
      if (complementizer(j) && j + 1 < m_end && w(j).size() > 2 && w(j)[0] == k_waw &&
          (exact(j + 1, u"\u0643\u0627\u0646") || exact(j + 1, u"\u0643\u0627\u0646\u062a") ||
           exact(j + 1, u"\u0643\u0627\u0646\u0648\u0627"))) {
        break;
      }
      // ("أبلغت الهيئة بالملاحظة، إلا أن العبوات …": "however", a clause of contrast, no
      // complement of the verb.)
      if (complementizer(j) && contrast_complementizer(j)) {
        break;
      }
      // ("أعلنت الوزارة تشكيل لجنة، على أن تقدم تقريرها": "provided that", set off after the
      // object, is a condition of the writer's, no complement; "شددت في بيانها على أن" is one.)
      if (complementizer(j) && c.past_words && j > 1 && exact(j - 1, u"\u0639\u0644\u064a") /* على */ &&
          m_s.is_comma(j - 2)) {
        break;
      }
      if (complementizer(j)) {
        return found_at(j + 1, j, j + 1 < m_end);
      }
      // ("رجح متعاملون ألا تتجاوز الزيادة دولارا": "that … not", written with its hamza (the
      // folded "الا" is also "except"); the negation stays in what was said.)
      if (const std::string surface = m_s.utf8(j, j + 1);
          j + 1 < m_end && (surface == "\u0623\u0644\u0627" || surface == "\u0628\u0623\u0644\u0627") &&
          m_s.is_word(j + 1)) {
        return found_at(j, j, true);
      }
      if (m_s.is_punct(j, u':')) {
        return found_at(j + 1, j, j + 1 < m_end);
      }
      // ("وقال الوزير "إن الاتفاق سيئ"": the complementizer opens the quotation.)
      if (m_s.is_open_quote(j) && j + 2 < m_end && complementizer(j + 1) && m_s.is_word(j + 2)) {
        return found_at(j + 2, j + 1, true);
      }
      if (m_s.is_open_quote(j)) {
        // A quoted name before the complement ("لوكالة الأنباء التركية "الأناضول"، إن P",
        // "على تطبيق "تلغرام" السبت "Q"") is part of the adjunct, not the content.
        std::uint32_t close = j + 1;
        while (close < m_end && !m_s.is_close_quote(close) && close - j <= 6) {
          ++close;
        }
        std::uint32_t after = close + 1;
        // ("عقب صدور تقريري "بلومبرغ" و"فايننشال تايمز" إنهما": two quoted names joined by "و".)
        if (close < m_end && m_s.is_close_quote(close) && after + 1 < m_end && exact(after, u"\u0648") &&
            m_s.is_open_quote(after + 1)) {
          if (const std::uint32_t second = short_quote_close(after + 1, 5); second != 0) {
            after = second + 1;
          }
        }
        while (after < m_end && (m_s.is_comma(after) || is(WordClass::time_word, after))) {
          ++after;
        }
        if (close < m_end && m_s.is_close_quote(close) && close - j <= 6 && after < m_end &&
            (complementizer(after) || (m_s.is_open_quote(after) && after > close + 1))) {
          j = after;
          continue;
        }
        // ("، كبيرة المحللين في مؤسسة "بتروسكوب" للاستشارات، في مقابلة مع …، إن P": a short
        // quoted name after a noun of the adjunct, the complement still to come.)
        // ("في رد مقتضب على أسئلة "العربية Business" بالقول إنها": or after any noun a
        // preposition governs, the complement right after it.)
        const bool source_noun_before = j > 0 && m_s.is_word(j - 1) && m_s.noun_covering(j - 1) != nullptr;
        const bool governed_noun_before = j > 1 && m_s.is_word(j - 1) && is_exact(WordClass::preposition, j - 2) &&
                                          m_s.cue_at(j - 1) == nullptr;
        if (close < m_end && m_s.is_close_quote(close) && close - j <= 4 && (source_noun_before || governed_noun_before) &&
            close + 1 < m_end && !m_s.is_end_punct(close + 1)) {
          const std::uint32_t reach = source_noun_before ? 20 : 3;
          bool complement_later = false;
          for (std::uint32_t t = close + 1; t < m_end && t - close <= reach && !m_s.is_end_punct(t) && !complement_later;
               ++t) {
            complement_later = complementizer(t) && !m_s.in_quote(t);
          }
          if (complement_later) {
            j = close + 1;
            continue;
          }
        }
        // ("نشر صورة عبر حسابه على "إنستغرام"، كتب عليها: "…"": the quoted platform of the
        // speaker's own account or page, "حسابه"، "صفحتها"، is where the words went up, not the
        // words; the search goes on. ("حذر من حسابات على «تويتر» تجمع أموالا": accounts no one
        // owns are the object's.)
        const auto own_account = [&](std::uint32_t t) {
          std::u16string_view v = w(t);
          if (v.size() > 4 && (v[0] == k_waw || v[0] == k_ba || v[0] == k_lam)) {
            v.remove_prefix(1);
          }
          const bool account = v.starts_with(u"\u062d\u0633\u0627\u0628") /* حساب */ ||
                               v.starts_with(u"\u0635\u0641\u062d") /* صفح */ ||
                               v.starts_with(u"\u0645\u0646\u0635") /* منص */;
          return account && (v.ends_with(u"\u0647") /* ه */ || v.ends_with(u"\u0647\u0627") /* ها */ ||
                             v.ends_with(u"\u0647\u0645") /* هم */);
        };
        if (close < m_end && m_s.is_close_quote(close) && close - j <= 4 && j > 1 && m_s.is_word(j - 1) &&
            (own_account(j - 1) || (exact(j - 1, u"\u0639\u0644\u064a") /* على */ && own_account(j - 2)))) {
          j = close + 1;
          continue;
        }
        // ("اعترف الجيش بمقتل ثمانية، بينهم ضابط من وحدة «إيغوز» الخاصة": a short quoted name
        // after the noun of the kind of thing it names, a unit, a firm, an operation, is part of
        // a noun phrase, never what was said.)
        if (close < m_end && m_s.is_close_quote(close) && close - j <= 3 && j > 0 && m_s.is_word(j - 1) &&
            names_a_kind(j - 1)) {
          j = close + 1;
          continue;
        }
        return found_at(j, j, true);
      }
      // "وقالت النقابة في بيان تلقت وكالة الأنباء الفرنسية نسخة منه إن P", "وقلل مسؤول
      // اتصلت به رويترز …": the medium that got the words relays them.
      if (const MediumClause mc = medium_relative(j); !mc.medium.empty() && c.relay_outer.empty()) {
        c.relay_outer = mc.medium;
        c.relay_cue_begin = j;
        c.relay_cue_end = j + 1;
        j = mc.end;
        continue;
      }
      // ("أعلنت، ضمن الحصيلة الشهرية لنشاط مصالحها التي نشرتها وكالة الأنباء الجزائرية، عن P":
      // the relative pronoun of the statement the medium carried, then the medium's clause.)
      if (c.relay_outer.empty() && !c.found) {
        if (const MediumClause mc = carried_by_relative(j); !mc.medium.empty()) {
          c.relay_outer = mc.medium;
          c.relay_cue_begin = j + 1;
          c.relay_cue_end = j + 2;
          j = mc.end;
          continue;
        }
      }
      // ("مصادر ملاحية تحدثت إلى "المدينة" أن P": the sources spoke to a paper named only in
      // quotation marks, the story's own as a rule; the clause describes them.)
      // ("مواطنون تحدثت إليهم «الشروق» إن P"، "ركاب التقتهم «الغد» في المحطة إن P": the paper
      // spoke to them or met them, where too.)
      // ("تحدثوا إلى «X»"، "تحدثوا لـ«X»"، "تحدثت إليهم «X»": to, or to them.)
      const bool spoke_to = j + 3 < m_end && w(j).starts_with(u"\u062a\u062d\u062f\u062b") /* تحدث */ &&
                            (exact(j + 1, u"\u0627\u0644\u064a") /* الي */ || exact(j + 1, u"\u0644") ||
                             exact(j + 1, u"\u0627\u0644\u064a\u0647\u0645") /* اليهم */ ||
                             exact(j + 1, u"\u0627\u0644\u064a\u0647") /* اليه */ ||
                             exact(j + 1, u"\u0627\u0644\u064a\u0647\u0627") /* اليها */) &&
                            m_s.is_open_quote(j + 2);
      const bool met = j + 2 < m_end && met_them(j) && m_s.is_open_quote(j + 1);
      if (spoke_to || met) {
        const std::uint32_t open = met ? j + 1 : j + 2;
        if (const std::uint32_t close = short_quote_close(open, 4); close != 0 && close + 1 < m_end) {
          if (complementizer(close + 1)) {
            j = close + 1;
            continue;
          }
          if (const std::uint32_t at = place_before_complement(close + 1); at != 0) {
            j = at;
            continue;
          }
        }
      }
      // ("وقال طبيب لبي بي سي، وقد تحفظ على ذكر اسمه لأنه يخشى الاعتقال، إن P": a clause of
      // circumstance, "وقد" and its verb set off by commas, says how the speaker spoke; a verb
      // of fearing or saying inside it reports nothing, and the complement follows it.)
      if (j > 0 && m_s.is_comma(j - 1) && exact(j, u"\u0648\u0642\u062f") /* وقد */) {
        std::uint32_t close = j + 1;
        // ("لأنه"، "because", is no complementizer of the verb.)
        while (close < m_end && close - j <= 14 && m_s.is_word(close) &&
               (!complementizer(close) || w(close).starts_with(u"\u0644\u0627\u0646") /* لأن */)) {
          ++close;
        }
        if (close + 1 < m_end && close > j + 1 && m_s.is_comma(close) && complementizer(close + 1)) {
          j = close + 1;
          continue;
        }
      }
      // ("نقلا عن موظف سابق لم تكشف عن هويته، أن P": the source's anonymity, no comma before it;
      // its verb reports nothing.)
      if (exact(j, u"لم") || exact(j, u"ولم")) {
        if (const std::uint32_t named = withheld_name(j); named != 0) {
          j = named + 1;
          continue;
        }
      }
      // ("وقال سائق من دون أن يكشف اسمه إن P": a verb under "without" reports nothing; the
      // complement is still to come.)
      if (m_s.cue_at(j) != nullptr && j >= 2 && complementizer(j - 1) && (exact(j - 2, u"دون") || exact(j - 2, u"بدون"))) {
        ++j;
        continue;
      }
      // ("في مذكرة أرسلها إلى البرلمان": a cue word that reports only before "بأن" is a noun
      // here.)
      if (const Hit* h = m_s.cue_at(j); h != nullptr && m_s.lex.cues()[h->payload].bi_anna_only &&
                                        m_s.lex.cues()[h->payload].frame == Frame::participle && !bi_anna_after(h->end)) {
        j = h->end;
        continue;
      }
      if (const Hit* h = m_s.cue_at(j); h != nullptr && !cue_as_verbal_noun(*h) && !describes_noun_before(*h)) {
        const Frame f = m_s.lex.cues()[h->payload].frame;
        if (f == Frame::postmod_relay) {
          // "في تصريح لـ CNN": the medium relays the statement. ("في بيان نشره على موقعه
          // الرسمي": where it was posted is no medium; the phrase is skipped.)
          // ("في بيان وزعته (أمس) عبر «واس»": sent out through a news medium, which relays.)
          std::uint32_t at = h->end;
          while (at < m_end && at < h->end + 2 && is(WordClass::time_word, at)) {
            ++at;
          }
          // The news medium at `k` the statement went out through relays it; read on past it.
          auto sent_through = [&](std::uint32_t k) {
            // ("ونشرت مضمونه وكالة X": its contents, before the medium.)
            if (k + 1 < m_end && object_pronoun_of_relay(k)) {
              ++k;
            }
            const Range r = relay_medium(k, {});
            if (r.empty() || !names_news_medium(r)) {
              return false;
            }
            c.relay_outer = r;
            c.relay_cue_begin = h->begin;
            c.relay_cue_end = h->end;
            j = r.end;
            return true;
          };
          if (exact(at, u"عبر") && at + 1 < m_end && sent_through(at + 1)) {
            continue;
          }
          // ("في بيان نشرته أمس إن P": when it went out, and by no one else.)
          if (at > h->end && complementizer(at)) {
            j = at;
            continue;
          }
          if (exact(at, u"علي") || exact(at, u"عبر")) {
            j = at + 1;
            while (j < m_end && !m_s.is_comma(j) && !m_s.is_end_punct(j) && !complementizer(j) && j - h->end < 8) {
              // ("في بيان وزعته على وسائل الإعلام عبر وكالة أنباء الإمارات «وام»": sent out
              // through a news medium, after the ones it went to.)
              // ("… على وسائل الإعلام ونشرته وكالة X": or a second verb of publishing names it.)
              const bool and_published = w(j).size() > 3 && w(j)[0] == k_waw && frames::is_publishing_verb(w(j).substr(1));
              if (j > at + 1 && (exact(j, u"عبر") || and_published) && j + 1 < m_end && c.relay_outer.empty() &&
                  sent_through(j + 1)) {
                continue;
              }
              ++j;
            }
            continue;
          }
          // ("في بيان نشرته، إنها P"، "في بيان نشرته عقب الجلسة": put out by no one named, the
          // verb's object is the statement and nothing names a medium.)
          if (at < m_end && (m_s.is_comma(at) || m_s.is_end_punct(at) || complementizer(at) || exact(at, u"بعد") ||
                             exact(at, u"قبل") || exact(at, u"عقب") || exact(at, u"قبيل") || exact(at, u"خلال") ||
                             exact(at, u"اثر") || exact(at, u"منذ") || exact(at, u"في"))) {
            j = at;
            continue;
          }
          // ("تصريحات نقلتها عنه وكالة X"، "بلاغ نشرت مضامينه وكالة X": from whom, or its
          // contents, before the medium.)
          std::uint32_t medium_at = h->end;
          if (medium_at + 1 < m_end && object_pronoun_of_relay(medium_at)) {
            ++medium_at;
          }
          const Range r = relay_medium(medium_at, {});
          // ("في بيان نشره المكتب الإعلامي لمجلس النواب": the body's own press office put it out;
          // only a news medium relays.) ("في بيان نشرته الشركة على صفحتها": nor does the
          // speaker's company, putting out its own statement.)
          if (!r.empty() && !names_news_medium(r) &&
              std::none_of(m_s.nouns.begin(), m_s.nouns.end(), [&](const Hit& n) {
                return n.begin >= r.begin && n.end <= r.end && frames::is_medium_noun(m_s.lex.source_nouns()[n.payload]);
              }) &&
              std::any_of(m_s.nouns.begin(), m_s.nouns.end(), [&](const Hit& n) {
                const SourceKind kind = m_s.lex.source_nouns()[n.payload].kind;
                return n.begin >= r.begin && n.end <= r.end &&
                       (kind == SourceKind::government ||
                        (kind == SourceKind::organization && n.begin == r.begin && r.end == n.end &&
                         w(n.begin).starts_with(u"\u0627\u0644")));
              })) {
            j = std::max(r.end, h->end);
            continue;
          }
          // ("في بيان نشره مستشارها الإعلامي"، "نشره المتحدث باسمها": the speaker's own adviser or
          // spokesman put the statement out; the speaker's, not a relay.)
          auto own_staff = [&](const Range& staff) {
            // (Not a medium speaking for it: "بثته إذاعة "الأندلس" الناطقة باسمها" relays.)
            if (staff.empty() || names_news_medium(staff) ||
                std::any_of(m_s.nouns.begin(), m_s.nouns.end(), [&](const Hit& n) {
                  return n.begin >= staff.begin && n.end <= staff.end && frames::is_medium_noun(m_s.lex.source_nouns()[n.payload]);
                })) {
              return false;
            }
            for (std::uint32_t k = staff.begin; k < staff.end; ++k) {
              if (exact(k, u"باسمه") || exact(k, u"باسمها") || exact(k, u"باسمهم")) {
                return true;
              }
            }
            // ("في بيان نشرته منصة "حكومتنا" التابعة لها": the speaker's own platform.)
            for (std::uint32_t k = staff.begin + 1; k + 1 < m_end && k <= staff.end; ++k) {
              if ((exact(k, u"التابعه") || exact(k, u"التابع")) &&
                  (exact(k + 1, u"لها") || exact(k + 1, u"له") || exact(k + 1, u"لهم"))) {
                return true;
              }
            }
            const std::u16string_view first = w(staff.begin);
            // (Her or their own: "ه" alone is also a folded ta marbuta, "جبهة"; his own, "نشره
            // مقره الانتخابي", when the text writes "ه".)
            const bool his = written_possessive(staff.begin);
            return first.size() > 3 && m_s.entity_covering(staff.begin) == nullptr && !first.starts_with(u"\u0627\u0644") &&
                   ((first.size() > 4 && (first.ends_with(u"\u0647\u0627") || first.ends_with(u"\u0647\u0645"))) || his);
          };
          if (own_staff(r)) {
            j = std::max(r.end, h->end);
            continue;
          }
          // ("في لقاء مع الصحافيين"، "في حديث مع المسؤولين": those met or spoken with, people and
          // no medium, relay nothing.)
          // (Only after "مع": "في رسالة نقلها ذوو أحد الأسرى" carried the words.)
          if (!r.empty() && exact(h->end - 1, u"\u0645\u0639") /* مع */ && !names_news_medium(r) &&
              m_s.entity_covering(r.begin) == nullptr &&
              std::none_of(m_s.nouns.begin(), m_s.nouns.end(), [&](const Hit& n) {
                return n.begin >= r.begin && n.end <= r.end && frames::is_medium_noun(m_s.lex.source_nouns()[n.payload]);
              }) &&
              (is(WordClass::recipient_noun, r.begin) ||
               std::any_of(m_s.nouns.begin(), m_s.nouns.end(), [&](const Hit& n) {
                 return n.begin == r.begin && is_unnamed(m_s.lex.source_nouns()[n.payload].kind);
               }))) {
            j = std::max(r.end, h->end);
            continue;
          }
          c.relay_outer = r.empty() ? Range{medium_at, medium_at + 1} : r;
          c.relay_cue_begin = h->begin;
          c.relay_cue_end = h->end;
          j = std::max(c.relay_outer.end, h->end);
          continue;
        }
        if (f == Frame::according) {
          // "وصرح X حسب ما ورد على حسابه على "تلغرام"، أن P": the according phrase is set off
          // before the complement.
          std::uint32_t k = h->end;
          while (k < m_end && k - h->end < 16 && !m_s.is_comma(k) && !m_s.is_end_punct(k) && !complementizer(k)) {
            ++k;
          }
          // ("وأشار X، بحسب الصحيفة نفسها، إلى أن P": or the preposition the verb takes first.)
          const bool preposition_then_complement = k + 2 < m_end && (exact(k + 1, u"الي") || exact(k + 1, u"علي")) &&
                                                   complementizer(k + 2);
          if (k + 1 < m_end && m_s.is_comma(k) &&
              (complementizer(k + 1) || m_s.is_open_quote(k + 1) || preposition_then_complement)) {
            j = k + 1;
            continue;
          }
        }
        if (f != Frame::citing) {
          break;  // another cue: no complement for this one
        }
      }
      if (const Range r = recipient_phrase(j); !r.empty()) {
        c.recipient = r;
        j = r.end;
        continue;
      }
      if (const Range r = given_to_medium(j); !r.empty() && c.recipient.empty()) {
        c.recipient = r;
        j = r.end;
        continue;
      }
      if (m_s.is_comma(j) || exact(j, u"الي") || exact(j, u"علي") || exact(j, u"من") || is(WordClass::adverb, j) ||
          is(WordClass::time_word, j) || is(WordClass::month, j) || m_s.tokens[j].kind == text::TokenKind::number ||
          is(WordClass::statement_noun, j) || exact(j, u"في") || exact(j, u"ردا") || exact(j, u"خلال") ||
          exact(j, u"عبر") || exact(j, u"مجددا") || exact(j, u"ايضا") || exact(j, u"كذلك")) {
        ++j;
        continue;
      }
      // Stretches of adjunct words between a phrase and its complement ("رداً على سؤال حول ...").
      if (m_s.is_end_punct(j)) {
        break;
      }
      c.past_words = true;
      // A clause of its own ("أعلنت وفاتهم فيما 13 في حال …، ما يعني أن"): a complement past it
      // belongs to another verb. ("فيما يتعلق بـ" is an adjunct.)
      if ((exact(j, u"فيما") || exact(j, u"بينما") || exact(j, u"وبينما") || exact(j, u"عندما")) &&
          !(j + 1 < m_end && (exact(j + 1, u"يتعلق") || exact(j + 1, u"يخص")))) {
        break;
      }
      ++j;
    }
    c.next = j;
    return c;
  }

  // "لكنه"، "لكنها"، "ولكنهم": "but he/she/they", the writer going on about the speaker.
  [[nodiscard]] bool lakin_pronoun(std::uint32_t i) const {
    const std::u16string_view t = w(i);
    return t == u"\u0644\u0643\u0646\u0647" || t == u"\u0644\u0643\u0646\u0647\u0627" ||
           t == u"\u0644\u0643\u0646\u0647\u0645" || t == u"\u0648\u0644\u0643\u0646\u0647" ||
           t == u"\u0648\u0644\u0643\u0646\u0647\u0627" || t == u"\u0648\u0644\u0643\u0646\u0647\u0645";
  }

  [[nodiscard]] std::optional<Attribution> finish(Attribution& a, std::uint32_t content_begin) const {
    // ("نفى "جملة وتفصيلا" صحة التسجيلات": how firmly, then what.)
    if (const std::uint32_t adverb = manner_adverb_end(content_begin); adverb > content_begin && adverb < m_end &&
                                                                       m_s.is_word(adverb) && !complementizer(adverb)) {
      content_begin = adverb;
    }
    a.content_begin = content_begin;
    a.content_end = m_end;
    // ("وأنها أبلغت السلطات "دون أن تتلقى ردا"": "without" opens an adverb of the verb before
    // it, never a statement.)
    {
      const std::uint32_t first = content_begin < m_end && m_s.is_open_quote(content_begin) ? content_begin + 1 : content_begin;
      if (first + 1 < m_end && (exact(first, u"\u062f\u0648\u0646") /* دون */ || exact(first, u"\u0628\u062f\u0648\u0646")) &&
          m_s.is_word(first + 1) && m_s.is_exact(WordClass::complementizer, w(first + 1))) {
        return std::nullopt;
      }
    }
    // ("وقال "إن الاتفاق سيئ"، لكنه …": a quotation opened by the complementizer ends the
    // content where it closes.)
    if (content_begin >= 2 && complementizer(content_begin - 1) && m_s.is_open_quote(content_begin - 2)) {
      std::uint32_t close = content_begin;
      while (close < m_end && !m_s.is_close_quote(close)) {
        ++close;
      }
      if (close < m_end && (close + 1 >= m_end || !m_s.is_word(close + 1)) &&
          (close + 1 >= m_end || !m_s.is_comma(close + 1) || close + 2 >= m_end || lakin_pronoun(close + 2) ||
           !m_s.is_word(close + 2))) {
        a.content_end = close;
        if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
          return std::nullopt;
        }
        return a;
      }
      // (A quotation that runs on past the sentence is read whole, from its opening mark, so
      // that its next sentences keep the speaker.)
      if (close >= m_end) {
        content_begin -= 2;
        a.content_begin = content_begin;
      }
    }
    if (const std::int32_t q = frames::quote_starting_at(m_s, content_begin); q >= 0) {
      const QuoteRegion& region = m_quotes[static_cast<std::size_t>(q)];
      std::uint32_t close_token = m_end;
      for (std::uint32_t i = content_begin + 1; i < m_s.size(); ++i) {
        if (m_s.is_close_quote(i)) {
          close_token = i;
          break;
        }
      }
      if (region.close >= m_s.span.end || close_token + 1 >= m_end) {
        a.quote_region = q;
        return a;
      }
      // ("وقال X "Q"، لكنه اضطر إلى …": after a whole quotation, "but he …" is the writer's
      // clause about the speaker.)
      if (close_token + 2 < m_end && m_s.is_comma(close_token + 1) && lakin_pronoun(close_token + 2)) {
        a.content_end = close_token + 1;
        if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
          return std::nullopt;
        }
        return a;
      }
    }
    frames::cut_concessive(m_s, a.content_begin, a.content_end);
    if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
      return std::nullopt;
    }
    // ("ويرجح أن تعلن النتائج الأسبوع المقبل، بحسب مصدر مطلع": a verb inside another's
    // content, its "content" no more than the postposed attribution of the whole, says nothing.)
    if (const Hit* c = m_s.cue_at(a.content_begin);
        c != nullptr && c->begin == a.content_begin && m_s.lex.cues()[c->payload].frame == Frame::according) {
      bool more = false;
      for (std::uint32_t k = c->end; k < a.content_end && !more; ++k) {
        more = m_s.is_comma(k) || complementizer(k);
      }
      if (!more) {
        return std::nullopt;
      }
    }
    return a;
  }

  // The cue at `hit`, said by `source`, its content from `content` on: the region runs from
  // the cue to where the content starts.
  [[nodiscard]] std::optional<Attribution> said_by(const Hit& hit, const lexicon::CueEntry& cue, const Range& source,
                                                   std::uint32_t content) const {
    Attribution a = base(hit, cue);
    a.sources = {phrase(hit, source.begin, source.end)};
    a.region_begin = hit.begin;
    a.region_end = content;
    return finish(a, content);
  }

  // Commas, time words, "في تصريحات لـ X", recipients: what may stand between a subject and
  // a noun-phrase claim.
  [[nodiscard]] std::uint32_t skip_adjuncts(std::uint32_t j) const {
    for (int guard = 0; guard < 16 && j < m_end; ++guard) {
      if (const std::uint32_t after = past_set_off_adjunct(j); after > j) {
        j = after;
        continue;
      }
      if (m_s.is_comma(j) || is(WordClass::time_word, j) || is(WordClass::month, j) || is_exact(WordClass::adverb, j) ||
          (m_s.tokens[j].kind == text::TokenKind::number && j + 1 < m_end && (is(WordClass::month, j + 1)))) {
        ++j;
        continue;
      }
      if (const Range r = recipient_phrase(j); !r.empty()) {
        j = r.end;
        continue;
      }
      // ("أعلن في 23 ديسمبر (كانون الأول) 2023 التزام الطرفين": a date with "في", the month's
      // Levantine name in brackets and the year.)
      if (exact(j, u"في") && j + 2 < m_end && m_s.tokens[j + 1].kind == text::TokenKind::number &&
          is(WordClass::month, j + 2)) {
        ++j;
        continue;
      }
      // ("في مايو/أيار الماضي": a month's two names joined by a slash, as Al Jazeera writes them.)
      if (j > 0 && j + 1 < m_end && m_s.is_punct(j, u'/') && is(WordClass::month, j - 1) && is(WordClass::month, j + 1)) {
        ++j;
        continue;
      }
      // Brackets after a month or a day: "ديسمبر (كانون الأول) 2023" (the month's Levantine name,
      // any three words) or "مساء اليوم الاثنين (11 كانون الأول 2023)" (the date, in numbers,
      // months and times).
      if (j > 0 && m_s.is_punct(j, u'(') && (is(WordClass::month, j - 1) || is(WordClass::time_word, j - 1))) {
        const bool after_month = is(WordClass::month, j - 1);
        auto date_token = [&](std::uint32_t k) {
          return m_s.tokens[k].kind == text::TokenKind::number || is(WordClass::month, k) || is(WordClass::time_word, k);
        };
        std::uint32_t c = j + 1;
        while (c < m_end && c - j <= 6 && !m_s.is_punct(c, u')') && (date_token(c) || (after_month && c - j <= 3))) {
          ++c;
        }
        if (c < m_end && m_s.is_punct(c, u')') && (after_month || c > j + 1)) {
          j = c + 1;
          continue;
        }
      }
      // (After a Levantine month of two words too: "ديسمبر/كانون الأول 2017".)
      const bool levantine_month = j > 1 && (exact(j - 1, u"الاول") || exact(j - 1, u"الثاني")) &&
                                   is(WordClass::month, j - 2);
      if (j > 0 && m_s.tokens[j].kind == text::TokenKind::number && m_s.utf8(j, j + 1).size() == 4 &&
          (is(WordClass::month, j - 1) || m_s.is_punct(j - 1, u')') || levantine_month)) {
        ++j;  // the year
        continue;
      }
      // ("قد تحدثت، نهاية الأسبوع الماضي، عن …": a part of a period before its time word, in
      // the accusative of time with no preposition.)
      // (Compared folded: "نهايه" is "نهاية".)
      if ((exact(j, u"نهايه") || exact(j, u"مطلع") || exact(j, u"بدايه")) && j + 1 < m_end &&
          (is(WordClass::time_word, j + 1) || is(WordClass::month, j + 1))) {
        ++j;
        continue;
      }
      // ("خلال الأيام الأخيرة، عن …": "last" after a period, folded "الاخيره".)
      if (j > 0 && exact(j, u"الاخيره") && is(WordClass::time_word, j - 1)) {
        ++j;
        continue;
      }
      // ("تحدثت، منذ مساء أمس، عن …": "since" and a time.)
      if (exact(j, u"منذ") && j + 1 < m_end &&
          (is(WordClass::time_word, j + 1) || m_s.tokens[j + 1].kind == text::TokenKind::number)) {
        ++j;
        continue;
      }
      // ("في نشرة أوردتها وكالة سبأ": a bulletin; folded, "نشرة" spells as "published it", so
      // the lexicon cannot list it, but after "في" no verb stands.)
      const bool bulletin = exact(j, u"في") && j + 1 < m_end && m_s.is_word(j + 1) &&
                            (w(j + 1).starts_with(u"\u0646\u0634\u0631") /* نشر */ ||
                             w(j + 1).starts_with(u"\u0627\u0644\u0646\u0634\u0631") /* النشر */);
      if ((exact(j, u"في") || exact(j, u"عبر") || exact(j, u"خلال")) && j + 1 < m_end &&
          (is(WordClass::statement_noun, j + 1) || is(WordClass::time_word, j + 1) || is(WordClass::month, j + 1) ||
           bulletin)) {
        const bool statement = is(WordClass::statement_noun, j + 1) || bulletin;
        // ("خلال مؤتمره الصحفي الأسبوعي": a noun with the article or a possessive takes its
        // adjectives with the article.)
        const bool definite_statement = statement && (definite(j + 1) || written_possessive(j + 1));
        j += 2;
        // ("في تصريحات تلفزيونية مساء أمس": the statement's relative adjective, then a time, a
        // comma or the one spoken with.)
        std::uint32_t adjective_end = j;
        while (statement && adjective_end < m_end && m_s.is_word(adjective_end) &&
               definite(adjective_end) == definite_statement &&
               w(adjective_end).size() >= 4 &&
               (w(adjective_end).ends_with(u"\u064a\u0647") || w(adjective_end).ends_with(u"\u064a")) &&
               m_s.cue_at(adjective_end) == nullptr && m_s.entity_covering(adjective_end) == nullptr) {
          ++adjective_end;
        }
        if (adjective_end > j && (adjective_end >= m_end || m_s.is_comma(adjective_end) ||
                                  is(WordClass::time_word, adjective_end) || exact(adjective_end, u"مع") ||
                                  !recipient_phrase(adjective_end).empty())) {
          j = adjective_end;
        }
        // ("في اتصال هاتفي مع فرانس24": the one spoken with.)
        if (statement && j + 1 < m_end && exact(j, u"مع")) {
          if (const Range r = relay_medium(j + 1, PhraseStops{true, true, true, true}); !r.empty()) {
            j = r.end;
          }
        }
        // ("في الوقت نفسه"، "في الوقت ذاته": at the same time.)
        if (j < m_end && (exact(j, u"نفسه") || exact(j, u"ذاته"))) {
          ++j;
        }
        // ("، في نشرة أوردتها وكالة سبأ، من P": the medium that carried the statement, up to the
        // comma that closes the aside.)
        if (statement && j + 2 < m_end && m_s.is_word(j) && frames::is_publishing_verb(w(j))) {
          const std::uint32_t medium_at = j + 1 < m_end && object_pronoun_of_relay(j + 1) ? j + 2 : j + 1;
          if (const Range r = relay_medium(medium_at, PhraseStops{true, true, true, true});
              !r.empty() && names_news_medium(r) && r.end < m_end && m_s.is_comma(r.end)) {
            j = r.end;
          }
        }
        continue;
      }
      // ("نفى الوزير في ختام الاجتماع وجود إصابات"، "في البداية": a part of the saying.)
      if (exact(j, u"في") && part_of_saying(j + 1)) {
        j += definite(j + 1) || j + 2 >= m_end || !m_s.is_word(j + 2) ? 2 : 3;
        continue;
      }
      if (w(j).size() > 3 && w(j)[0] == k_ba && is(WordClass::statement_noun, j)) {
        ++j;  // "بتصريح لوكالة رويترز": by way of a statement, to the medium next
        continue;
      }
      // "عبر منصة "إكس""، "على حسابه في تويتر": the channel it was said on.
      // ("على تويتر"، "عبر فيسبوك": the network named alone.)
      const bool network_named = j + 1 < m_end && (exact(j + 1, u"تويتر") || exact(j + 1, u"فيسبوك") ||
                                                   exact(j + 1, u"فيس") || exact(j + 1, u"يوتيوب") ||
                                                   exact(j + 1, u"انستغرام") || exact(j + 1, u"تلغرام") ||
                                                   exact(j + 1, u"تليغرام"));
      if ((exact(j, u"في") || exact(j, u"عبر") || exact(j, u"علي")) && j + 1 < m_end &&
          (network_named || w(j + 1).starts_with(u"منص") || w(j + 1).starts_with(u"قنات") || w(j + 1).starts_with(u"حساب") || w(j + 1).starts_with(u"صفح") ||
           w(j + 1).starts_with(u"تغريد") || w(j + 1).starts_with(u"تدوين") || exact(j + 1, u"تطبيق") ||
           exact(j + 1, u"موقع") || exact(j + 1, u"موقعه") || exact(j + 1, u"موقعها") || exact(j + 1, u"مواقع") ||
           exact(j + 1, u"وسايل") || exact(j + 1, u"شبكات"))) {
        std::uint32_t k = j + 2;
        if (network_named) {
          j = k + (exact(j + 1, u"فيس") && k < m_end && exact(k, u"بوك") ? 1 : 0);
          continue;
        }
        // ("عبر منصات التواصل الاجتماعي": social media, named by kind.)
        if (k < m_end && exact(k, u"\u0627\u0644\u062a\u0648\u0627\u0635\u0644") /* التواصل */) {
          ++k;
          if (k < m_end && (exact(k, u"\u0627\u0644\u0627\u062c\u062a\u0645\u0627\u0639\u064a") /* الاجتماعي */)) {
            ++k;
          }
          j = k;
          continue;
        }
        // ("على صفحتها الرسمية بموقع فيسبوك": the page's adjective, then the site it is on.)
        if (k < m_end && (exact(k, u"\u0627\u0644\u0631\u0633\u0645\u064a\u0647") /* الرسمية */ ||
                          exact(k, u"\u0627\u0644\u0631\u0633\u0645\u064a") /* الرسمي */ ||
                          exact(k, u"\u0627\u0644\u0634\u062e\u0635\u064a\u0647") /* الشخصية */ ||
                          exact(k, u"\u0627\u0644\u0634\u062e\u0635\u064a") /* الشخصي */)) {
          ++k;
          if (k + 1 < m_end && (exact(k, u"\u0628\u0645\u0648\u0642\u0639") /* بموقع */ ||
                                exact(k, u"\u0628\u0645\u0646\u0635\u0647") /* بمنصة */)) {
            ++k;
          } else if (!(k < m_end && (exact(k, u"علي") || exact(k, u"في")))) {
            j = k;
            continue;
          }
        }
        if (k < m_end && (exact(k, u"علي") || exact(k, u"في"))) {
          ++k;  // "على حسابه في "إكس""
        }
        if (k < m_end && m_s.is_open_quote(k)) {
          std::uint32_t close = k + 1;
          while (close < m_end && !m_s.is_close_quote(close) && close - k <= 4) {
            ++close;
          }
          if (close < m_end && m_s.is_close_quote(close)) {
            k = close + 1;
          }
        } else if (k < m_end && k > j + 2 && m_s.is_word(k)) {
          ++k;  // "على حسابه في تويتر"
        }
        j = k;
        continue;
      }
      if (const Hit* h = m_s.cue_at(j); h != nullptr && m_s.lex.cues()[h->payload].frame == Frame::postmod_relay) {
        const Range r = relay_medium(h->end, PhraseStops{false, true, true, true});
        j = std::max(h->end, r.end);
        continue;
      }
      break;
    }
    return j;
  }

  // ("وكان سلامة قد نفى، في مقابلات عدة قبل توقيفه، ارتكاب أي مخالفة": a phrase of when or
  // where, set off by commas after the verb, that names no medium and says nothing itself.)
  // Where the words after its closing comma begin, or j.
  [[nodiscard]] std::uint32_t past_set_off_adjunct(std::uint32_t j) const {
    if (j == 0 || !m_s.is_comma(j - 1) || !m_s.is_word(j)) {
      return j;
    }
    static constexpr std::u16string_view k_openers[] = {u"في", u"خلال", u"قبل", u"بعد", u"امام", u"اثناء", u"منذ", u"لدي",
                                                        u"ضمن"};
    if (std::none_of(std::begin(k_openers), std::end(k_openers), [&](std::u16string_view o) { return exact(j, o); })) {
      return j;
    }
    // ("أعلنت، ضمن الحصيلة الشهرية لنشاط مصالحها التي نشرتها وكالة الأنباء الجزائرية، عن P"،
    // "كشفت، في حصيلتها الأسبوعية التي نقلتها وكالة X، عن P": the statement a medium carried,
    // up to its closing comma; complement_after reads the medium. The statement's own noun may
    // stand before the relative pronoun, which the loop below stops at.)
    for (std::uint32_t k = j + 1; k < m_end && k - j <= 10 && m_s.is_word(k); ++k) {
      if (const MediumClause mc = carried_by_relative(k);
          !mc.medium.empty() && mc.end + 1 < m_end && m_s.is_comma(mc.end) && m_s.is_word(mc.end + 1)) {
        return mc.end + 1;
      }
      if (m_s.cue_at(k) != nullptr || complementizer(k)) {
        break;
      }
    }
    for (std::uint32_t k = j + 1; k < m_end && k - j <= 10; ++k) {
      if (m_s.is_comma(k)) {
        return k > j + 1 && k + 1 < m_end && m_s.is_word(k + 1) ? k + 1 : j;
      }
      const lexicon::EntityMatch* m = m_s.entity_covering(k);
      const bool medium = m != nullptr && (m_s.gazetteer.entities()[m->entity].kind == SourceKind::agency ||
                                           m_s.gazetteer.entities()[m->entity].kind == SourceKind::outlet);
      if (!m_s.is_word(k) && !m_s.is_punct(k, u'/')) {
        return j;
      }
      if (medium || m_s.cue_at(k) != nullptr || complementizer(k) || is(WordClass::recipient_noun, k) ||
          is(WordClass::statement_noun, k) || frames::is_publishing_verb(w(k)) || m_s.noun_covering(k) != nullptr) {
        return j;
      }
    }
    return j;
  }

  // A subject before the verb: "وكان X قد قال", "X كان قد نفى", "كان X قال", "X التي حذرت", "X قال".
  // ("وسبق لمنظمة «X» أن اتهمت …"، "سبق لوزير العدل أن قال": "it happened before for X that
  // X said"; the lam's noun phrase is the subject, without "سبق" and the "أن" before the verb.)
  [[nodiscard]] Range subject_before(std::uint32_t cue, bool strong_only = false) const {
    if (cue >= 4 && complementizer(cue - 1)) {
      for (std::uint32_t k = cue - 2; k-- > 0 && cue - k <= 10;) {
        if (exact(k, u"\u0633\u0628\u0642") /* سبق */ || exact(k, u"\u0648\u0633\u0628\u0642") /* وسبق */) {
          const std::u16string_view next = w(k + 1);
          if (next.size() > 2 && next[0] == k_lam && next[1] != k_lam) {
            return {k + 1, cue - 1};
          }
          break;
        }
        // (A quoted name inside: "لمنظمة «X»".)
        if (!m_s.is_word(k) && !m_s.is_quote_mark(k)) {
          break;
        }
      }
    }
    return subject_before_verb(cue, strong_only);
  }

  [[nodiscard]] Range subject_before_verb(std::uint32_t cue, bool strong_only) const {
    // ("غير أن صفحات لعائلات حجاج على فيسبوك تحدثت عن P"، "ردا على مقاطع متداولة على منصة
    // "تيك توك" تحدثت عن P": pages, accounts, clips or posts, with whose they are and where,
    // opening the clause before the verb, are its subject.)
    {
      static constexpr std::u16string_view k_posts[] = {
          u"\u0635\u0641\u062d\u0627\u062a" /* صفحات */, u"\u062d\u0633\u0627\u0628\u0627\u062a" /* حسابات */,
          u"\u0645\u0642\u0627\u0637\u0639" /* مقاطع */, u"\u0645\u0646\u0634\u0648\u0631\u0627\u062a" /* منشورات */,
          u"\u062a\u063a\u0631\u064a\u062f\u0627\u062a" /* تغريدات */, u"\u062a\u062f\u0648\u064a\u0646\u0627\u062a" /* تدوينات */,
          u"\u0631\u0633\u0627\u064a\u0644" /* رسائل, folded */};
      for (std::uint32_t p = cue; p-- > 0 && cue - p <= 8;) {
        if (!m_s.is_word(p) && !m_s.is_quote_mark(p)) {
          break;
        }
        // ("مع انتشار رسائل على قنوات في "تليغرام" تحدثت عن P": or after their spreading;
        // "رسائل" is a cue of its own elsewhere.)
        if (p + 1 < cue && std::find(std::begin(k_posts), std::end(k_posts), w(p)) != std::end(k_posts) &&
            (p == 0 || m_s.is_comma(p - 1) || exact(p - 1, u"\u0639\u0644\u064a") /* على */ ||
             is_exact(WordClass::conjunction, p - 1) || exact(p - 1, u"\u0627\u0646\u062a\u0634\u0627\u0631") /* انتشار */ ||
             exact(p - 1, u"\u062a\u062f\u0627\u0648\u0644") /* تداول */)) {
          return {p, cue};
        }
        if (m_s.cue_at(p) != nullptr || complementizer(p)) {
          if (p + 1 < cue && complementizer(p) &&
              std::find(std::begin(k_posts), std::end(k_posts), w(p + 1)) != std::end(k_posts)) {
            return {p + 1, cue};
          }
          break;
        }
      }
    }
    // ("لكن سائق شاحنة تركي كان ينتظر عند المعبر قال": an indefinite source with its clause,
    // "كان" and an imperfect, that describes it, opening the clause before the verb.)
    for (std::uint32_t k = cue; k-- > 1 && cue - k <= 7;) {
      if (!m_s.is_word(k) || m_s.cue_at(k) != nullptr || complementizer(k)) {
        break;
      }
      const std::u16string_view v = w(k);
      if ((v == u"\u0643\u0627\u0646" /* كان */ || v == u"\u0643\u0627\u0646\u062a" /* كانت */) && k + 2 < cue &&
          w(k + 1).size() >= 4 && (w(k + 1)[0] == u'\u064a' || w(k + 1)[0] == u'\u062a')) {
        const Range r = np_before(k);
        if (!r.empty() && !w(r.begin).starts_with(u"\u0627\u0644") && names_source(r)) {
          return r;
        }
        break;
      }
    }
    // "تقرير نشرته وكالة يونهاب وأفاد بأن P": a verb joined by "و" inside the relative clause
    // on a report goes on with the report, whose publisher speaks.
    if (cue >= 3 && w(cue).size() > 3 && w(cue)[0] == k_waw) {
      for (std::uint32_t v = cue - 1; v > 0 && cue - v <= 9; --v) {
        if ((!m_s.is_word(v) && !m_s.is_punct(v, u'(') && !m_s.is_punct(v, u')') && !m_s.is_quote_mark(v)) ||
            m_s.is_comma(v)) {
          break;
        }
        if (frames::is_publishing_verb(w(v)) && is(WordClass::statement_noun, v - 1) && v + 1 < cue) {
          const Range medium{v + 1, cue};
          if (recipient_is_medium(medium)) {
            return medium;
          }
          break;
        }
      }
    }
    // "أن "مصادر أمنية" قالت إن": a quoted name opening the clause before its verb.
    if (cue >= 3 && m_s.is_close_quote(cue - 1)) {
      std::uint32_t open = cue - 1;
      while (open > 0 && cue - 1 - open < 7 && !m_s.is_open_quote(open - 1)) {
        --open;
      }
      if (open > 0 && m_s.is_open_quote(open - 1) && open < cue - 1) {
        const std::uint32_t q = open - 1;
        // (Also after "عن": "نقلتها عن "مصادر أمنية" تحدثت عن …".)
        if (q == 0 || complementizer(q - 1) || m_s.is_comma(q - 1) || is_exact(WordClass::conjunction, q - 1) ||
            exact(q - 1, u"عن")) {
          return {q, cue};
        }
      }
    }
    std::uint32_t i = cue;
    while (i > 0 && (is(WordClass::adverb, i - 1) || is(WordClass::time_word, i - 1))) {
      --i;
    }
    auto is_kana = [&](std::uint32_t t) {
      const std::u16string_view v = w(t);
      return v == u"كان" || v == u"كانت" || v == u"وكان" || v == u"وكانت" || v == u"فكان" || v == u"كانوا" ||
             v == u"وكانوا" || v == u"فكانت";
    };
    if (i > 0 && exact(i - 1, u"قد")) {
      const std::uint32_t qad = i - 1;
      // ("فيما كان قد قال مصدر آخر": after a subordinator the subject follows the verb.)
      if (qad > 0 && is_kana(qad - 1) && !(qad >= 2 && (is(WordClass::subordinator, qad - 2) || complementizer(qad - 2)))) {
        // "X كان قد نفى": the noun phrase before "كان".
        const Range r = np_before(qad - 1);
        if (!r.empty()) {
          return r;
        }
        // With prepositional phrases in it ("أن مصدر مسؤول في القنصلية في إسطنبول كان قد
        // نفى"): back to the clause's start, if a source is named there.
        std::uint32_t b = qad - 1;
        while (b > 0 && qad - 1 - b < 10 && m_s.is_word(b - 1) && !complementizer(b - 1) &&
               !is(WordClass::subordinator, b - 1) && m_s.cue_at(b - 1) == nullptr) {
          --b;
        }
        const bool at_start = b == 0 || !m_s.is_word(b - 1) || complementizer(b - 1) || is(WordClass::subordinator, b - 1);
        if (at_start && b < qad - 1 && names_source({b, qad - 1}) && !is_exact(WordClass::preposition, b)) {
          return trim_adjuncts({b, qad - 1});
        }
      }
      for (std::uint32_t k = qad; k > 0; --k) {
        const std::uint32_t t = k - 1;
        if (is_kana(t)) {
          if (t + 1 < qad) {
            return trim_adjuncts({t + 1, qad});
          }
          break;
        }
        if (m_s.is_end_punct(t) || qad - t > 16) {
          break;
        }
      }
    }
    // ("لكن المهندس المدني عمر بن سليمان العوفي، الذي عاين المبنى …، قال إن": a relative
    // clause set off by commas between the subject and its verb; the subject opens the clause.)
    if (i >= 4 && m_s.is_comma(i - 1)) {
      std::uint32_t rel = i - 1;
      while (rel > 0 && i - 1 - rel <= 14 && !m_s.is_end_punct(rel - 1) &&
             !(is_exact(WordClass::relative, rel - 1) && rel >= 2 && m_s.is_comma(rel - 2))) {
        --rel;
      }
      if (rel >= 2 && is_exact(WordClass::relative, rel - 1) && m_s.is_comma(rel - 2)) {
        const std::uint32_t end = rel - 2;
        std::uint32_t b = end;
        while (b > 0 && end - b < 10 && m_s.is_word(b - 1) && !complementizer(b - 1) && m_s.cue_at(b - 1) == nullptr &&
               !exact(b - 1, u"لكن") && !exact(b - 1, u"ولكن") && !is_exact(WordClass::preposition, b - 1)) {
          --b;
        }
        const bool opens = b == 0 || m_s.is_comma(b - 1) || complementizer(b - 1) || exact(b - 1, u"لكن") ||
                           exact(b - 1, u"ولكن");
        // (Not a topic fronted with a preposition, "وفي ما يتعلق بالمجلس، الذي …، قال عضو
        // المجلس NAME": the verb's own subject follows it.)
        const std::u16string_view first = w(b);
        const bool topic = first == u"في" || first == u"وفي" || first == u"فيما" || first == u"وفيما" ||
                           is_exact(WordClass::preposition, b) || adjunct_start(b);
        const Hit* verb = m_s.cue_at(cue);
        const Range after = verb != nullptr && !topic ? np_after(verb->end, {}) : Range{};
        const bool own_subject = !after.empty() && after.begin == verb->end && names_source(after);
        if (opens && b < end && !topic && !own_subject &&
            (names_source({b, end}) || is(WordClass::title, b) || is(WordClass::honorific, b)) && verb != nullptr) {
          return {b, end};
        }
      }
    }
    // ("غير أن مسؤولا في البنك المركزي، تحدث لرويترز شريطة عدم الكشف عن اسمه، نفى P": whom
    // the subject spoke to, set off by commas between the subject that opens the clause and
    // its verb.)
    if (i >= 5 && m_s.is_comma(i - 1)) {
      for (std::uint32_t open = i - 2; open > 1 && i - 1 - open <= 16; --open) {
        if (!m_s.is_comma(open)) {
          continue;
        }
        if (const MediumClause mc = medium_relative(open + 1); !mc.medium.empty() && mc.end == i - 1) {
          std::uint32_t b = open;
          while (b > 0 && open - b < 10 && m_s.is_word(b - 1) && m_s.cue_at(b - 1) == nullptr && !complementizer(b - 1) &&
                 !exact(b - 1, u"لكن") && !exact(b - 1, u"ولكن") && !is_exact(WordClass::conjunction, b - 1)) {
            --b;
          }
          const bool opens = b == 0 || m_s.is_end_punct(b - 1) || complementizer(b - 1) || exact(b - 1, u"لكن") ||
                             exact(b - 1, u"ولكن");
          if (opens && b < open && names_source({b, open}) && !is(WordClass::preposition, b) && !adjunct_start(b)) {
            return {b, open};
          }
        }
        break;
      }
    }
    // ("لكن ماريسيل دي غوزمان، زوجة أحد البحارة، قالت إن P"، "لكن مقدم البرنامج، الإعلامي X،
    // قال": a description set off by commas between the subject that opens the clause and its
    // verb; the subject is the one named before it, read with its description.)
    if (i >= 5 && m_s.is_comma(i - 1) && m_s.cue_at(cue) != nullptr) {
      const std::uint32_t close = i - 1;
      std::uint32_t a = close;
      while (a > 0 && close - a < 8 && m_s.is_word(a - 1) && m_s.cue_at(a - 1) == nullptr && !complementizer(a - 1)) {
        --a;
      }
      // (Not "، وهو أحد سكان الحي،": that description is read with the name below.)
      const bool description = a >= 3 && a < close && m_s.is_comma(a - 1) && !is_exact(WordClass::preposition, a) &&
                               !exact(a, u"وهو") && !exact(a, u"وهي") &&
                               !is_exact(WordClass::relative, a) && !adjunct_start(a) && !is(WordClass::time_word, a) &&
                               (names_source({a, close}) || is(WordClass::title, a));
      if (description) {
        const std::uint32_t end = a - 1;
        std::uint32_t b = end;
        auto opener = [&](std::uint32_t t) {
          return exact(t, u"لكن") || exact(t, u"ولكن") || exact(t, u"اما") || exact(t, u"واما");
        };
        while (b > 0 && end - b < 6 && m_s.is_word(b - 1) && m_s.cue_at(b - 1) == nullptr && !complementizer(b - 1) &&
               !opener(b - 1) && !is_exact(WordClass::preposition, b - 1) && !is_exact(WordClass::conjunction, b - 1)) {
          --b;
        }
        const bool opens = b == 0 || m_s.is_end_punct(b - 1) || complementizer(b - 1) || opener(b - 1);
        // (Not a place or a time set first: "وفي ساحة الشهداء، قال …".)
        const bool place_first = is(WordClass::preposition, b) || adjunct_start(b) || is(WordClass::time_word, b);
        if (opens && b < end && !place_first && m_s.is_word(end - 1)) {
          return {b, close};
        }
      }
    }
    if (i > 0 && is_exact(WordClass::relative, i - 1)) {
      // "روسيا التي حذرت": the noun before the relative. Unless the verb has its own subject
      // after it ("الوكالات التي قال الرئيس بوتين إنها …"): then the relative is its object.
      if (const Hit* h = m_s.cue_at(cue); h != nullptr) {
        const Range after = np_after(h->end, {});
        if (!after.empty() && names_source(after)) {
          return {cue, cue};
        }
      }
      const Range r = np_before(i - 1, false);
      if (!r.empty()) {
        return r;
      }
      // ("اتصل بالملك، الذي نفى بدوره علمه": the noun set off by a comma before the relative.)
      if (i >= 3 && m_s.is_comma(i - 2)) {
        if (const Range set_off = np_before(i - 2, false); !set_off.empty()) {
          return set_off;
        }
        // ("بينهما شبكة «مراقبون»، التي قالت": a body's noun and its quoted name.)
        if (i >= 5 && m_s.is_close_quote(i - 3)) {
          std::uint32_t open = i - 4;
          while (open > 0 && i - 3 - open <= 4 && !m_s.is_open_quote(open)) {
            --open;
          }
          // (The noun may be one the lexicon does not hold: "شبكة".)
          // (Not a known name before the quote, "وكالة الأنباء السعودية "واس"، التي": read below.)
          if (m_s.is_open_quote(open) && open > 0 && m_s.entity_covering(open - 1) == nullptr) {
            if (const Hit* n = m_s.noun_covering(open - 1); n != nullptr && n->end == open) {
              return {n->begin, i - 2};
            }
            if (plain_noun(open - 1) && w(open - 1).size() >= 3) {
              return {open - 1, i - 2};
            }
          }
        }
        // ("الهيئة العامة للبترول في القطاع، التي حذرت": a source with its place.)
        for (std::uint32_t k = i - 2; k-- > 1 && i - 2 - k <= 4 && m_s.is_word(k);) {
          if (exact(k, u"في")) {
            if (const Range head = np_before(k, false); !head.empty() && head.end == k && names_source(head)) {
              return {head.begin, i - 2};
            }
            break;
          }
        }
        // (With the clause's preposition joined to it: "اتصل بالملك، الذي".)
        const std::uint32_t noun = i - 3;
        const lexicon::EntityMatch* m = m_s.entity_covering(noun);
        const Hit* n = m_s.noun_covering(noun);
        if (w(noun).size() > 3 && (w(noun)[0] == k_ba || w(noun)[0] == k_lam) &&
            ((m != nullptr && m->end == noun + 1) || (n != nullptr && n->end == noun + 1))) {
          return {m != nullptr ? m->begin : n->begin, noun + 1};
        }
      }
    }
    // "كان المرصد قال إن": كان + subject + verb. ("كان X قد تطاول على … وقال": the subject
    // ends at "قد", before the first verb.)
    // ("وعاد الوزير ليؤكد أن P": "عاد" + subject + "ل" and the verb, read as "كان".)
    const bool lam_verb = w(cue).size() >= 4 && w(cue)[0] == k_lam;
    for (std::uint32_t k = i; k > 0 && i - k < 12; --k) {
      if (m_s.is_end_punct(k - 1) || m_s.is_comma(k - 1)) {
        break;
      }
      if (is_kana(k - 1) || (lam_verb && is_returning_verb(w(k - 1)))) {
        std::uint32_t end = i;
        for (std::uint32_t t = k; t < i; ++t) {
          if (exact(t, u"قد")) {
            end = t;
            break;
          }
        }
        if (k < end) {
          return trim_adjuncts({k, end});
        }
        break;
      }
    }
    if (strong_only) {
      return {cue, cue};
    }
    // "بعد نشر مجلة «جون أفريك» تقريرا تحدث عن P"، "ونشرت صحيفة «X» تقريرا تحدث عن": a report
    // in the accusative right before the verb (a relative clause without its pronoun) is the
    // publisher's, named between the verb (or verbal noun) of publishing and the report.
    // ("ونشرت مقطعا مصورا قالت إنه": the object's adjective, in the accusative too, after it;
    // the object is the noun before.)
    auto indefinite_accusative = [&](std::uint32_t t) {
      return m_s.is_word(t) && w(t).size() >= 3 && w(t).back() == u'\u0627' && !w(t).starts_with(u"\u0627\u0644");
    };
    const std::uint32_t obj_at = i == 0 ? 0
                                 : i >= 3 && indefinite_accusative(i - 1) && indefinite_accusative(i - 2) &&
                                         m_s.entity_covering(i - 2) == nullptr && m_s.noun_covering(i - 2) == nullptr
                                     ? i - 2
                                     : i - 1;
    // ("ونشرت قوات الدعم السريع مقطعا قالت إنه": a clip or a picture is published as a report is.)
    auto published_item = [&](std::uint32_t t) {
      return is(WordClass::statement_noun, t) || w(t).starts_with(u"\u0645\u0642\u0637\u0639") /* مقطع */ ||
             w(t).starts_with(u"\u0641\u064a\u062f\u064a\u0648") /* فيديو */ ||
             w(t).starts_with(u"\u062a\u0633\u062c\u064a\u0644") /* تسجيل */;
    };
    // ("وبثت الصفحة الرسمية لـ«اللواء 717» على فيسبوك مقطع فيديو تقول إنه": "a video clip" in
    // the construct state, no accusative ending, after a longer publisher.)
    const bool clip_construct = i >= 4 && w(i - 1).starts_with(u"\u0641\u064a\u062f\u064a\u0648") /* فيديو */ &&
                                w(i - 2) == u"\u0645\u0642\u0637\u0639" /* مقطع */;
    const std::uint32_t item_at = clip_construct ? i - 2 : obj_at;
    if (i >= 1 && item_at >= 3 && published_item(item_at) && !w(item_at).starts_with(u"\u0627\u0644") &&
        (w(item_at).back() == u'\u0627' || clip_construct)) {
      for (std::uint32_t v = item_at; v-- > 0 && i - v <= (clip_construct ? 16U : 9U);) {
        if (!m_s.is_word(v) && !m_s.is_quote_mark(v) && m_s.tokens[v].kind != text::TokenKind::number) {
          break;
        }
        if (m_s.is_word(v) && carrying_verb(w(v), false)) {
          bool named = false;
          for (std::uint32_t k = v + 1; k < item_at; ++k) {
            named = named || m_s.is_quote_mark(k) || m_s.entity_covering(k) != nullptr || m_s.noun_covering(k) != nullptr;
          }
          // ("نشر على "فيسبوك" مقطعا": where it went up, no publisher.)
          if (named && v + 1 < item_at && !is_exact(WordClass::preposition, v + 1)) {
            return {v + 1, item_at};
          }
          break;
        }
      }
    }
    // "قبل أن تنشر صورا قالت إنها": an indefinite noun in the accusative ("صورا") after a word
    // that is no source is an object, and the verb after it describes it; the verb's subject
    // is the clause's. (A country's name ending in alif, "روسيا اعتبرت", is a known entity.)
    // (Read at the word before the verb, and at the object's noun when an adjective follows it.)
    auto accusative_object_at = [&](std::uint32_t o) {
      if (o < 1 || !m_s.is_word(o) || !m_s.is_word(o - 1)) {
        return false;
      }
      const std::u16string_view obj = w(o);
      const bool accusative = obj.size() >= 3 && (obj.back() == u'\u0627' || obj.ends_with(u"\u0627\u064B")) &&
                              !obj.starts_with(u"\u0627\u0644") && m_s.entity_covering(o) == nullptr &&
                              m_s.noun_covering(o) == nullptr && !is(WordClass::title, o);
      const bool after_non_source = m_s.entity_covering(o - 1) == nullptr && m_s.noun_covering(o - 1) == nullptr &&
                                    !is(WordClass::title, o - 1) && !is(WordClass::honorific, o - 1) &&
                                    m_s.nationality_covering(o - 1) == nullptr;
      return accusative && after_non_source;
    };
    if (i >= 2 && (accusative_object_at(i - 1) || (obj_at != i - 1 && accusative_object_at(obj_at)))) {
      return {cue, cue};
    }
    // "ردا على تقرير لمنظمة هيومن رايتس ووتش تحدث عن P": a report of a body the gazetteer
    // knows, right before the verb (a relative clause without its pronoun), is its subject.
    for (std::uint32_t t = i; t-- > 0 && i - t <= 8 && m_s.is_word(t);) {
      if (is(WordClass::statement_noun, t) && t + 2 < i && w(t + 1).size() > 2 && w(t + 1)[0] == k_lam &&
          (m_s.entity_covering(t + 1) != nullptr ||
           (m_s.noun_covering(t + 1) != nullptr && m_s.lex.source_nouns()[m_s.noun_covering(t + 1)->payload].kind ==
                                                      SourceKind::organization &&
            m_s.entity_covering(t + 2) != nullptr)) &&
          t > 0 &&
          !complementizer(t - 1) && m_s.cue_at(t - 1) == nullptr) {
        bool plain = true;
        for (std::uint32_t k = t + 1; k < i && plain; ++k) {
          plain = m_s.cue_at(k) == nullptr && !complementizer(k);
        }
        if (plain) {
          return {t, i};
        }
        break;
      }
    }
    // Subject-first: "غير أن روسيا اعتبرت أن".
    const Range r = np_before(i);
    // ("أن مصدرا في وزارة الدفاع الروسية اتهم": the body is where the source works; the
    // source noun before "في" opens the subject.)
    if (!r.empty() && r.begin >= 3 && (exact(r.begin - 1, u"في") || exact(r.begin - 1, u"من"))) {
      std::uint32_t b = r.begin - 1;
      while (b > 0 && r.begin - 1 - b < 4 && m_s.is_word(b - 1) && !complementizer(b - 1) && m_s.cue_at(b - 1) == nullptr) {
        --b;
      }
      if (b > 0 && b < r.begin - 1 && complementizer(b - 1) && m_s.noun_covering(b) != nullptr &&
          m_s.noun_covering(b)->begin == b && is_unnamed(m_s.lex.source_nouns()[m_s.noun_covering(b)->payload].kind)) {
        return {b, r.end};
      }
    }
    if (!r.empty()) {
      return r;
    }
    // "أن القراصنة أبلغوا شيوخ العشائر بأنهم …"، "إن الخاطفين المسلحين قالوا إنهم": the noun
    // right after a complementizer is its clause's subject, known as a source or not.
    for (std::uint32_t words = 1; words <= 2 && i > words; ++words) {
      const std::uint32_t b = i - words;
      bool definite = true;
      for (std::uint32_t k = b; k < i && definite; ++k) {
        definite = m_s.is_word(k) && w(k).size() > 3 && w(k).starts_with(u"\u0627\u0644") /* ال */ &&
                   !is(WordClass::time_word, k) && m_s.cue_at(k) == nullptr;
      }
      if (!definite) {
        break;
      }
      if (complementizer(b - 1)) {
        return {b, i};
      }
    }
    // ("إن وسطاء من الهيئة الحكومية للتنمية (إيغاد) أبلغوه بأن P": with a verb in the
    // masculine plural, a longer phrase of people after the complementizer.)
    if (const Hit* verb = m_s.cue_at(cue); verb != nullptr && plural_masculine_verb(verb->end - 1)) {
      std::uint32_t b = i;
      while (b > 0 && i - b < 12 && (m_s.is_word(b - 1) || m_s.is_punct(b - 1, u'(') || m_s.is_punct(b - 1, u')')) &&
             !complementizer(b - 1) && m_s.cue_at(b - 1) == nullptr) {
        --b;
      }
      if (b > 0 && b < i && complementizer(b - 1) && m_s.is_word(b) && !is_exact(WordClass::preposition, b)) {
        return {b, i};
      }
    }
    // "غير أن استشاري أمراض الكلى، الدكتور عمر الزعبي، رأى"، "أما الباحث في معهد أسان …،
    // يون جي هو، فأوضح"، "والدكتور عمر الزعبي قال": a title, a source noun or an honorific
    // opening the clause, with a name or an apposition set off by commas, before the verb.
    {
      std::uint32_t b = i;
      // (A quoted name inside: "غير أن صحيفة "إل سولي 24 أوري" الاقتصادية ذكرت".)
      while (b > 0 && i - b < 18 && (m_s.is_word(b - 1) || m_s.is_comma(b - 1) || m_s.is_quote_mark(b - 1)) &&
             m_s.cue_at(b - 1) == nullptr &&
             !complementizer(b - 1) && !exact(b - 1, u"لكن") && !exact(b - 1, u"ولكن") && !exact(b - 1, u"اما") &&
             !exact(b - 1, u"واما") &&
             // (A description set off by commas is passed: "X، وهو أحد عملاء الشركة، اتهم".)
             (!is(WordClass::subordinator, b - 1) ||
              ((exact(b - 1, u"وهو") || exact(b - 1, u"وهي")) && b >= 2 && m_s.is_comma(b - 2))) &&
             !is_exact(WordClass::relative, b - 1)) {
        --b;
      }
      // (Openers of a new clause: the sentence's start, "لكن", "أما", "غير أن"/"إلا أن"; not a
      // bare "أن", whose clause may be the claim: "أن النظام حقق مكاسب، وكشف أن".)
      const bool opened = b == 0 || exact(b - 1, u"لكن") || exact(b - 1, u"ولكن") || exact(b - 1, u"اما") ||
                          exact(b - 1, u"واما") ||
                          (complementizer(b - 1) && b >= 2 &&
                           contrast_complementizer(b - 1));
      const Hit* n = b < i ? m_s.noun_covering(b) : nullptr;
      const bool person_head = is(WordClass::title, b) || is(WordClass::honorific, b) ||
                               (n != nullptr && n->begin == b &&
                                m_s.lex.source_nouns()[n->payload].kind != SourceKind::reports &&
                                m_s.lex.source_nouns()[n->payload].kind != SourceKind::unknown);
      bool comma_inside = false;
      bool titled_apposition = false;  // "…، الدكتور عمر الزعبي،"
      for (std::uint32_t k = b; k < i; ++k) {
        comma_inside = comma_inside || m_s.is_comma(k);
        titled_apposition = titled_apposition || (k > b && m_s.is_comma(k - 1) &&
                                                  (is(WordClass::title, k) || is(WordClass::honorific, k)));
      }
      // ("أما X فأوضح": the topic "أما" sets up is the subject, whatever its head.)
      const bool topic = b > 0 && (exact(b - 1, u"اما") || exact(b - 1, u"واما"));
      // (Without commas, two words or more after the head: "والدكتور عمر الزعبي".)
      // ("إلا أن وكيل اللاعب نفى": after a contrast, a title and one word are enough.)
      const bool after_contrast = b > 0 && !topic && (complementizer(b - 1) || exact(b - 1, u"لكن") || exact(b - 1, u"ولكن"));
      // ("غير أن مالكها، فهد بن ناصر الوسمي، نفى"، "غير أن الحاج X، وهو أحد عملاء الشركة،
      // اتهم": after a contrast, commas that set off a name, or a "وهو …" description, before
      // the verb. The description is no part of the speaker's phrase.)
      std::uint32_t described_at = i;
      bool set_off_name = false;
      for (std::uint32_t k = b + 1; after_contrast && k + 1 < i && !set_off_name; ++k) {
        if (!m_s.is_comma(k)) {
          continue;
        }
        if (exact(k + 1, u"وهو") || exact(k + 1, u"وهي")) {
          set_off_name = m_s.is_comma(i - 1);
          described_at = k;
          break;
        }
        if (anonymity_opener(k + 1)) {
          continue;  // ("، فضّل عدم ذكر اسمه،": no name, the lack of one)
        }
        std::uint32_t name_end = k + 1;
        while (name_end < i && m_s.is_word(name_end) && plain_noun(name_end) &&
               (name_end > k + 1 || !definite(name_end)) && m_s.noun_covering(name_end) == nullptr &&
               m_s.entity_covering(name_end) == nullptr) {
          ++name_end;
        }
        set_off_name = name_end - (k + 1) >= 2 && name_end - (k + 1) <= 5 && name_end + 1 == i && m_s.is_comma(name_end);
      }
      if (opened && b + 1 < i && set_off_name && !m_s.is_comma(b) && m_s.is_word(b) && plain_noun(b)) {
        std::uint32_t e = described_at;
        while (e > b && m_s.is_comma(e - 1)) {
          --e;
        }
        return {b, e};
      }
      // ("لكن الأرقام الصادرة عن الهيئة المختصة بشؤون الملاحة تشير إلى أن P"، "لكن بيانات الهيئة
      // … أظهرت أن P": data opening the clause find what the finding or evidential verb says.)
      const Hit* verb = m_s.cue_at(cue);
      const bool data_head = n != nullptr && n->begin == b && m_s.lex.source_nouns()[n->payload].kind == SourceKind::unknown &&
                             verb != nullptr &&
                             (m_s.lex.cues()[verb->payload].id == "ar.khalusa" || evidential_verb(verb->begin));
      if (opened && b + 1 < i && (person_head || titled_apposition || topic || data_head) && !m_s.is_comma(b) &&
          (comma_inside || i - b >= 3 || (after_contrast && person_head))) {
        // ("غير أن أحد السكان، فضّل عدم ذكر اسمه، قال": the anonymity is read after the phrase.)
        std::uint32_t e = before_anonymity(b, i);
        while (e > b && m_s.is_comma(e - 1)) {
          --e;
        }
        return {b, e};
      }
    }
    // "إن كيم قال"، "لكن ناورت نفت": after "إن/أن/لكن" the subject comes first; one to three
    // words without the article, none a particle, are a name the lexicons do not know.
    {
      std::uint32_t t = i;
      while (t > 0 && i - t < 3 && m_s.is_word(t - 1) && !w(t - 1).starts_with(u"\u0627\u0644") &&
             m_s.cue_at(t - 1) == nullptr && !complementizer(t - 1) && plain_noun(t - 1) &&
             !exact(t - 1, u"\u0644\u0643\u0646") && !exact(t - 1, u"\u0648\u0644\u0643\u0646") &&
             m_s.tokens[t - 1].kind != text::TokenKind::number) {
        --t;
      }
      // ("قبل أن تعود وتوضح أن P"، "بعد أن عاد وأكد": after "قبل أن" or "بعد أن" a verb comes
      // first, no name.)
      const bool verb_next = t >= 2 && complementizer(t - 1) &&
                             (exact(t - 2, u"\u0642\u0628\u0644") /* قبل */ || exact(t - 2, u"\u0628\u0639\u062f") /* بعد */ ||
                              exact(t - 2, u"\u062f\u0648\u0646") /* دون */ || exact(t - 2, u"\u0645\u0646\u0630") /* منذ */);
      if (t < i && t > 0 && !verb_next &&
          (complementizer(t - 1) || exact(t - 1, u"\u0644\u0643\u0646") /* لكن */ ||
           exact(t - 1, u"\u0648\u0644\u0643\u0646") /* ولكن */)) {
        return {t, i};
      }
    }
    // "غير أن مصدرا مطلعا على المحادثات نفى": a source noun opening the clause, with its
    // complement ("مطلعا على …") before the verb.
    for (std::uint32_t k = i; k > 0 && i - k < 9; --k) {
      const std::uint32_t t = k - 1;
      if (!m_s.is_word(t) || m_s.cue_at(t) != nullptr) {
        break;
      }
      const bool opener = t == 0 || m_s.is_comma(t - 1) || complementizer(t - 1) || exact(t - 1, u"لكن") ||
                          exact(t - 1, u"ولكن");
      if (is_exact(WordClass::relative, t)) {
        break;  // ("أن المعلومات التي لدى الهيئة تشير": a clause about a thing, not a speaker)
      }
      const Hit* n = m_s.noun_covering(t);
      const lexicon::EntityMatch* m = m_s.entity_covering(t);
      const bool person_like = n != nullptr && n->begin == t &&
                               m_s.lex.source_nouns()[n->payload].kind != SourceKind::reports &&
                               m_s.lex.source_nouns()[n->payload].kind != SourceKind::unknown;
      if (opener && (person_like || (m != nullptr && m->begin == t)) && t + 1 < i) {
        return trim_adjuncts({t, i});
      }
    }
    // "لكن عددا من المرشحين المستقلين زعموا": a counted group of people opening the clause.
    for (std::uint32_t k = i; k > 0 && i - k < 5; --k) {
      const std::uint32_t t = k - 1;
      if (!m_s.is_word(t) || m_s.cue_at(t) != nullptr) {
        break;
      }
      if ((exact(t, u"عدد") || exact(t, u"عددا") || exact(t, u"وعدد") || exact(t, u"بعض") || exact(t, u"وبعض")) &&
          t + 2 < i && exact(t + 1, u"من") &&
          (t == 0 || m_s.is_comma(t - 1) || is_exact(WordClass::conjunction, t - 1) || complementizer(t - 1) ||
           exact(t - 1, u"لكن") || exact(t - 1, u"ولكن") || exact(t - 1, u"غير"))) {
        return {t, i};
      }
    }
    return {cue, cue};
  }

  // Is the verb's subject a pronoun before it ("وهي لطالما نفت", "وهو ما أكده")?
  [[nodiscard]] bool pronoun_before(std::uint32_t cue) const {
    std::uint32_t i = cue;
    while (i > 0 && (exact(i - 1, u"لطالما") || exact(i - 1, u"قد") || exact(i - 1, u"لقد") ||
                     is_exact(WordClass::adverb, i - 1))) {
      --i;
    }
    if (i == 0) {
      return false;
    }
    const std::u16string_view t = w(i - 1);
    return t == u"هو" || t == u"هي" || t == u"هم" || t == u"هما" || t == u"وهو" || t == u"وهي" || t == u"وهم" ||
           t == u"فهو" || t == u"فهي" || t == u"لكنه" || t == u"لكنها" || t == u"ولكنه" || t == u"ولكنها" ||
           t == u"لكنهم";
  }

  // A known entity or source noun phrase ending right before `e` (with its adjectives).
  // With `clause_start` the phrase must open a clause; a relative pronoun's antecedent need
  // not ("وحمل على روسيا التي حذرت").
  [[nodiscard]] Range np_before(std::uint32_t e, bool clause_start = true) const {
    std::uint32_t b = e;
    bool anchored = false;
    while (b > 0 && e - b < 6 && m_s.is_word(b - 1) && !is_exact(WordClass::preposition, b - 1) &&
           !complementizer(b - 1) && m_s.cue_at(b - 1) == nullptr && !is_exact(WordClass::relative, b - 1) &&
           !(is(WordClass::time_word, b - 1) && !general_after_title(b - 1)) &&
           // ("رحبت الوزارة بالضربات ووصفتها": the verb's ب-object is no part of the subject.)
           !(b == e && ba_prefixed(b - 1) && w(b - 1).size() > 3 && w(b - 1)[1] == k_alef && w(b - 1)[2] == k_lam)) {
      --b;
      if (const lexicon::EntityMatch* m = m_s.entity_covering(b); m != nullptr) {
        b = m->begin;
        anchored = true;
        break;
      }
      if (const Hit* n = m_s.noun_covering(b); n != nullptr) {
        b = n->begin;
        anchored = true;
        break;
      }
    }
    // ("وهو ما تنفيه شركات شحن تقول إن P": unnamed plural people or bodies the lexicon does
    // not know, with no article, described by "who say".)
    const bool say_after = e < m_end && (exact(e, u"\u062a\u0642\u0648\u0644") /* تقول */ ||
                                         exact(e, u"\u064a\u0642\u0648\u0644") /* يقول */ ||
                                         exact(e, u"\u064a\u0642\u0648\u0644\u0648\u0646") /* يقولون */);
    if (!anchored && say_after) {
      // (The scan may have taken the verb before, "تنفيه": the phrase starts at the plural.)
      for (std::uint32_t p = b; p < e && p <= b + 1; ++p) {
        if (e - p <= 3 && !w(p).starts_with(u"\u0627\u0644") && w(p).size() >= 5 &&
            (w(p).ends_with(u"\u0627\u062a") /* ات */ || w(p).ends_with(u"\u0648\u0646") /* ون */ ||
             w(p).ends_with(u"\u064a\u0646") /* ين */) &&
            p > 0 && (m_s.cue_at(p - 1) != nullptr || p > b)) {
          return {p, e};
        }
      }
    }
    if (!anchored || b >= e) {
      return {e, e};
    }
    // ("وكالة كيودو اليابانية للأنباء ذكرت": "للأنباء" with its joined lam is the tail of a
    // medium's name, "X News Agency"; the name runs back to the medium's noun or name.)
    if (b > 0 && (exact(b, u"\u0644\u0644\u0627\u0646\u0628\u0627\u0621") /* للانباء */ ||
                  exact(b, u"\u0644\u0644\u0627\u062e\u0628\u0627\u0631") /* للاخبار */) &&
        m_s.entity_covering(b) == nullptr) {
      for (std::uint32_t k = b; k-- > 0 && b - k <= 4 && m_s.is_word(k) && m_s.cue_at(k) == nullptr && !complementizer(k) &&
                                !is_exact(WordClass::preposition, k);) {
        const lexicon::EntityMatch* m = m_s.entity_covering(k);
        const Hit* n = m_s.noun_covering(k);
        if ((m != nullptr && m->begin <= k) || (n != nullptr && medium_at(k))) {
          b = m != nullptr ? m->begin : n->begin;
          // (The medium's own noun before a name: "وكالة" before "كيودو".)
          if (b > 0 && m != nullptr && m_s.is_word(b - 1) && medium_at(b - 1)) {
            --b;
          }
          break;
        }
      }
    }
    // ("غير أن أحد وجهاء البلدة قال": "one of" before the noun is the phrase's head.)
    if (b > 0 && m_s.is_word(b - 1) && (exact(b - 1, u"\u0627\u062d\u062f") /* احد */ ||
                                       exact(b - 1, u"\u0627\u062d\u062f\u064a") /* احدي */)) {
      --b;
    }
    // ("وتزامنت المباحثات مع منشورات على منصات التواصل الاجتماعي تحدثت عن P": posts, with no
    // article, on the platforms the phrase names, are what speaks, wherever they stand.)
    bool posts_saying = false;
    if (b >= 2 && (exact(b - 1, u"علي") || exact(b - 1, u"عبر")) && m_s.is_word(b - 2) && !definite(b - 2)) {
      std::u16string_view posts = w(b - 2);
      if (posts.size() > 4 && posts[0] == k_waw) {
        posts.remove_prefix(1);
      }
      posts_saying = posts == u"منشورات" || posts == u"صفحات" || posts == u"حسابات" || posts == u"تدوينات" ||
                     posts == u"تغريدات" || posts == u"مقاطع";
      if (posts_saying) {
        b -= 2;
      }
    }
    // Only when the phrase starts a clause: at the start, after a comma, a conjunction or "أن".
    if (clause_start && !posts_saying && b > 0 &&
        !(m_s.is_comma(b - 1) || is_exact(WordClass::conjunction, b - 1) || complementizer(b - 1) ||
                   exact(b - 1, u"غير") || is(WordClass::adverb, b - 1) || m_s.is_punct(b - 1, u'('))) {
      const std::u16string_view first = w(b);
      // ("وراجت على مواقع التواصل أنباء تفيد بأن P": reports that say, wherever they stand.)
      const bool reports_saying = is_report_noun(b) && b + 1 == e && !w(b).starts_with(u"\u0627\u0644");
      // ("وهو ما تنفيه شركات شحن تقول إن P"، "نقل عن خبراء يقولون إن P": unnamed people or
      // bodies with no article, described by "who say": the clause is theirs.)
      const Hit* head = m_s.noun_covering(b);
      const bool people_saying =
          head != nullptr && head->begin == b && e - b <= 3 && !w(b).starts_with(u"\u0627\u0644") && e < m_end &&
          (exact(e, u"\u062a\u0642\u0648\u0644") /* تقول */ || exact(e, u"\u064a\u0642\u0648\u0644") /* يقول */ ||
           exact(e, u"\u064a\u0642\u0648\u0644\u0648\u0646") /* يقولون */) &&
          (is_unnamed(m_s.lex.source_nouns()[head->payload].kind) ||
           m_s.lex.source_nouns()[head->payload].kind == SourceKind::organization);
      if ((first.empty() || first[0] != k_waw) && !reports_saying && !people_saying) {
        return {e, e};
      }
    }
    return {b, e};
  }

  // Nouns for what was reported: "التقارير", "الأنباء", "المزاعم".
  [[nodiscard]] bool is_report_noun(std::uint32_t i) const {
    static constexpr std::u16string_view k_reports[] = {
        u"تقارير",    u"انباء",     u"اخبار",     u"مزاعم",     u"ادعاءات",     u"اتهامات",     u"شايعات",
        u"معلومات",   u"روايه",     u"تصريحات",   u"التقارير",  u"الانباء",     u"الاخبار",     u"المزاعم",
        u"الادعاءات", u"الاتهامات", u"الشايعات",  u"المعلومات", u"الروايه",     u"التصريحات",
        u"اخبارا"};  // the accusative's alif: "تداولت صفحات أخبارا عن P"
    const lexicon::TokenKey& key = m_s.keys[i];
    return std::any_of(std::begin(k_reports), std::end(k_reports),
                       [&](std::u16string_view r) { return key.matches(r); });
  }

  // Whether the phrase holds a known source: a name, a source noun or a statement noun.
  // The first token from `k` that is no comma and no word of time ("، الثلاثاء، في بيان").
  [[nodiscard]] std::uint32_t skip_commas_and_days(std::uint32_t k) const {
    while (k < m_end && (m_s.is_comma(k) || is(WordClass::time_word, k))) {
      ++k;
    }
    return k;
  }

  [[nodiscard]] bool names_source(Range r) const {
    // ("أن الأخير أبلغ المحققين": "the latter" alone stands for the last one named.)
    if (r.end == r.begin + 1 && r.begin > 0 && complementizer(r.begin - 1) &&
        (exact(r.begin, u"\u0627\u0644\u0627\u062e\u064a\u0631") /* الاخير */ ||
         exact(r.begin, u"\u0627\u0644\u0627\u062e\u064a\u0631\u0647") /* الاخيره */)) {
      return true;
    }
    for (std::uint32_t i = r.begin; i < r.end; ++i) {
      if (m_s.entity_covering(i) != nullptr || m_s.noun_covering(i) != nullptr || m_s.is_open_quote(i) ||
          is(WordClass::statement_noun, i) || is(WordClass::recipient_noun, i)) {
        return true;
      }
    }
    return false;
  }

  // The first known source phrase of the sentence before `cue` that agrees with the verb:
  // "أسقطت القوات ... ما قالت إنها", "أصدر غوتيريس بيانا ... وقال فيه".
  // With `initial_only` (a participle's subject), a known source phrase counts only at the
  // sentence's start: further in, the nearest noun is as often an object.
  // A named source's grammatical gender: a person's is taken as masculine; a body's is its
  // first noun's, feminine with the written ة ("منظمة"، "الوكالة"), otherwise not known
  // ("الاتحاد الأوروبي"، "العراق" take "مؤكدا", "مصر" and "روسيا" take "مؤكدة").
  [[nodiscard]] Gender entity_gender(const lexicon::EntityMatch& m) const {
    if (m_s.gazetteer.entities()[m.entity].kind == SourceKind::person) {
      return Gender::male;
    }
    const std::string first = m_s.utf8(m.begin, m.begin + 1);
    return first.ends_with("\xD8\xA9") /* ة */ || first.ends_with("\xD8\xA7\xD8\xAA") /* ات */ ? Gender::female
                                                                                              : Gender::unknown;
  }

  // What is passed round rather than said: "أنباء"، "روايات"، "مقاطع" (with "تداولت", "نشرت").
  [[nodiscard]] bool circulated_noun(std::uint32_t k) const {
    static constexpr std::u16string_view k_circulated[] = {
        u"انباء", u"روايات", u"اخبار", u"شايعات", u"مقاطع", u"مقطع", u"مقطعا", u"صور", u"تسجيلات", u"منشورات",
        u"تغريدات", u"رسايل", u"ادعاءات", u"مزاعم", u"معلومات", u"تقارير",
        // (The Maghreb's word for posts: "تداولت صفحات تدوينات تتحدث عن P".)
        u"تدوينات", u"تدوينه", u"منشور", u"منشورا",
        // (The accusative's alif after the tanween is written: "أرقاماً"، "أخباراً".)
        u"ارقام", u"ارقاما", u"اخبارا"};
    return std::any_of(std::begin(k_circulated), std::end(k_circulated),
                       [&](std::u16string_view f) { return exact(k, f); });
  }

  // A clause keeping the source's name back opens at `k`: "آثر التكتم على هويته"، "لم تذكر
  // اسمه"، "فضل عدم الكشف"، "طلب عدم نشر اسمه".
  [[nodiscard]] bool anonymity_opener(std::uint32_t k) const {
    return exact(k, u"اثر") || exact(k, u"لم") || exact(k, u"فضل") || exact(k, u"طلب");
  }

  // Where a phrase [b, e) ends before the source's anonymity set off inside it ("أحد السكان،
  // فضّل عدم ذكر اسمه،" before the verb): that clause is read after the phrase, as the resolver
  // reads "، طلب عدم الكشف عن هويته،" after a subject. `e` if there is none.
  [[nodiscard]] std::uint32_t before_anonymity(std::uint32_t b, std::uint32_t e) const {
    for (std::uint32_t k = b + 1; k + 1 < e; ++k) {
      if (m_s.is_comma(k) && anonymity_opener(k + 1)) {
        return k;
      }
    }
    return e;
  }

  // The first cue that begins after `after` and before `before`, or null.
  [[nodiscard]] const Hit* first_cue_between(std::uint32_t after, std::uint32_t before) const {
    const Hit* v = nullptr;
    for (const Hit& h : m_s.cues) {
      if (h.begin > after && h.begin < before && (v == nullptr || h.begin < v->begin)) {
        v = &h;
      }
    }
    return v;
  }

  // A "but" clause after a comma opens right before `b`: "، لكن X"، "، غير أن X"، "، إلا أن X".
  // (Or "، قبل أن" and a verb, its subject after it: "، قبل أن ينفي مصدر أمني ذلك".)
  [[nodiscard]] bool but_opener(std::uint32_t b) const {
    return b >= 3 && ((m_s.is_comma(b - 2) && (exact(b - 1, u"لكن") || exact(b - 1, u"ولكن"))) ||
                      (m_s.is_comma(b - 3) && complementizer(b - 1) &&
                       (exact(b - 2, u"غير") || exact(b - 2, u"الا") || exact(b - 2, u"بيد") || exact(b - 2, u"لكن"))) ||
                      (b >= 4 && m_s.is_comma(b - 4) && exact(b - 3, u"\u0642\u0628\u0644") /* قبل */ &&
                       exact(b - 2, u"\u0627\u0646") /* أن */));
  }

  // An indefinite noun for a call or a meeting, folded: the object of "أجرى" or "عقد".
  [[nodiscard]] static bool meeting_object(std::u16string_view t) {
    static constexpr std::u16string_view k_meetings[] = {
        u"\u0627\u062a\u0635\u0627\u0644\u0627" /* اتصالا */, u"\u0645\u0628\u0627\u062d\u062b\u0627\u062a" /* مباحثات */,
        u"\u0645\u062d\u0627\u062f\u062b\u0627\u062a" /* محادثات */, u"\u0644\u0642\u0627\u0621" /* لقاء */,
        u"\u0627\u062c\u062a\u0645\u0627\u0639\u0627" /* اجتماعا */, u"\u0645\u0643\u0627\u0644\u0645\u0647" /* مكالمة */,
        u"\u0645\u0634\u0627\u0648\u0631\u0627\u062a" /* مشاورات */, u"\u062c\u0648\u0644\u0647" /* جولة */,
        u"\u0632\u064a\u0627\u0631\u0647" /* زيارة */};
    return std::find(std::begin(k_meetings), std::end(k_meetings), t) != std::end(k_meetings);
  }

  [[nodiscard]] Range clause_subject(std::uint32_t cue, Gender gender, bool initial_only = false) const {
    // Verb first: the subject follows the sentence's first verb ("شكر السيد كيم السيد بوتن …
    // وأعرب عن أمله").
    auto verb_like = [&](std::uint32_t v) {
      // ("وفي بغداد، أعربت الوزارة": "وفي" is a preposition with its conjunction.)
      return v + 1 < cue && m_s.is_word(v) && m_s.entity_covering(v) == nullptr && m_s.noun_covering(v) == nullptr &&
             !is(WordClass::title, v) && !is(WordClass::honorific, v) && !is_exact(WordClass::preposition, v) &&
             !((w(v)[0] == k_waw || w(v)[0] == k_fa) && is(WordClass::preposition, v)) &&
             !is_exact(WordClass::conjunction, v) && !adjunct_start(v) && !exact(v, u"اما") && !exact(v, u"واما") &&
             !is(WordClass::determiner, v) && !is(WordClass::subordinator, v) &&  // "وبهذه المناسبة"
             !exact(v, u"وقد") && !exact(v, u"قد") && !exact(v, u"لقد") && !exact(v, u"فقد") &&  // the particle, then the verb
             !exact(v, u"ولم") && !exact(v, u"لم") && !exact(v, u"ولن") && !exact(v, u"لن");
    };
    // The subject after a verb at `v`, if it names a source that agrees with `gender`.
    auto subject_after_verb = [&](std::uint32_t v) -> Range {
      if (!verb_like(v) || m_s.in_quote(v)) {
        return {};
      }
      const std::uint32_t b = v + 1;
      // ("وكانت "ستاندرد آند بورز" قد خفضت …، قائلة": a known name in quotation marks.)
      if (b + 2 < cue && m_s.is_open_quote(b) && m_s.entity_covering(b + 1) != nullptr) {
        std::uint32_t close = b + 1;
        while (close < cue && close - b <= 6 && !m_s.is_close_quote(close)) {
          ++close;
        }
        if (close < cue && m_s.is_close_quote(close) && m_s.entity_covering(b + 1)->end == close) {
          return {b, close + 1};
        }
      }
      // ("دعا "تيار المستقبل" في بيان أنصاره إلى …، معتبرا": a group's name in quotation marks,
      // speaking "in a statement", is the subject; Arabic copy quotes the names of groups.)
      if (b + 4 < cue && m_s.is_open_quote(b) && m_s.is_word(b + 1)) {
        // ("نعت «أكاديمية الفرات للطيران»، في بيان، مدربها …، وأكدت": or set off by commas.)
        if (const std::uint32_t close = short_quote_close(b, 5); close != 0) {
          const std::uint32_t at = close + 3 < cue && m_s.is_comma(close + 1) ? close + 2 : close + 1;
          if (at + 1 < cue && exact(at, u"\u0641\u064a") /* في */ && is(WordClass::statement_noun, at + 1)) {
            return {b, close + 1};
          }
        }
      }
      // ("انتقد النائب عن الحزب الديمقراطي الكوردستاني آزاد رشيد برواري المسار، قائلا": a
      // member for a party or a place, then the holder's name.)
      if (b + 4 < cue && is(WordClass::title, b) && exact(b + 1, u"\u0639\u0646") /* عن */ &&
          (w(b).ends_with(u"\u0628") || w(b).ends_with(u"\u0628\u0647")) && m_s.entity_covering(b) == nullptr) {
        // (The body or place, a word to four, then the name: "عن ولاية تندوف محمد لمين بوحفص".)
        const Gender titled = w(b).ends_with(u"\u0647") ? Gender::female : Gender::male;
        for (std::uint32_t body_end = b + 3; body_end < cue && body_end <= b + 6 && m_s.is_word(body_end - 1);
             ++body_end) {
          const std::uint32_t named = name_after_title(body_end, b);
          if (named > body_end && named <= cue && (gender == Gender::unknown || gender == titled)) {
            return {b, named};
          }
        }
      }
      // ("انتقدت النائبة سهير الدماطي القرار، وقالت": a title with the holder's name after it,
      // the name's end read as after any title; the title's "ة" says she.)
      if (b + 2 < cue && is(WordClass::title, b) && m_s.entity_covering(b) == nullptr) {
        const std::uint32_t named = name_after_title(b + 1, b);
        const Gender titled =
            w(b).ends_with(u"\u0647") ? Gender::female : Gender::male;
        if (named > b + 1 && named <= cue && (gender == Gender::unknown || gender == titled)) {
          return {b, named};
        }
      }
      std::uint32_t e = b;
      Gender g = Gender::unknown;
      bool anchored = false;
      bool titled = false;  // "الأمين العام": "العام" is then "general", not "the year"
      bool definite_noun = false;  // anchored by a definite source noun that is not a title
      while (e < cue && e - b < 6 && m_s.is_word(e) && !is_exact(WordClass::preposition, e) && !complementizer(e) &&
             m_s.cue_at(e) == nullptr && !adjunct_start(e) && !is(WordClass::statement_noun, e) &&
             !(e > b && ba_prefixed(e) && w(e).size() > 3 && w(e)[1] == k_alef && w(e)[2] == k_lam) &&  // "بالضربات"
             !exact(e, u"\u0645\u0627") && !exact(e, u"\u0645\u0645\u0627") &&  // "ما قالت": the object starts
             !exact(e, u"\u0630\u0644\u0643") && !exact(e, u"\u0647\u0630\u0627") &&  // "ينفي مصدر أمني ذلك": what it points back to
             !(e > b && !medium_relative(e).medium.empty())) {  // "دبلوماسي اتصلت به رويترز"
        // ("ابنة الفنان"، "نجل الرئيس"، "محامي الوزير": a kin noun's (or a lawyer's) genitive, with
        // its title, is the subject's.)
        static constexpr std::u16string_view k_kin[] = {
            u"\u0627\u0628\u0646\u0647" /* ابنة */, u"\u0627\u0628\u0646" /* ابن */, u"\u0646\u062c\u0644" /* نجل */,
            u"\u0634\u0642\u064a\u0642" /* شقيق */, u"\u0634\u0642\u064a\u0642\u0647" /* شقيقة */,
            u"\u0632\u0648\u062c\u0647" /* زوجة */, u"\u0627\u0631\u0645\u0644\u0647" /* أرملة */,
            u"\u0648\u0627\u0644\u062f\u0647" /* والدة */, u"\u0639\u0627\u064a\u0644\u0647" /* عائلة */,
            u"\u0627\u0633\u0631\u0647" /* أسرة */, u"\u0645\u062d\u0627\u0645\u064a" /* محامي */};
        // (The kin's genitive closes the phrase: "ونشرت ابنة الفنان صورة" goes on with the object.)
        const bool kin_before = e == b + 1 && std::find(std::begin(k_kin), std::end(k_kin), w(b)) != std::end(k_kin);
        if (kin_before && (is(WordClass::honorific, e) || is(WordClass::title, e))) {
          ++e;
          anchored = true;
          break;
        }
        if (e > b && (is(WordClass::honorific, e) || (is(WordClass::title, e) && anchored))) {
          break;  // a second name: the object
        }
        if (e > b && (is_exact(WordClass::relative, e) || is_exact(WordClass::auxiliary, e))) {
          break;  // "المسؤول الذي تحدث …", "المناسبة كان الرئيس …"
        }
        // ("ونفى النائب ذلك …، كتب فيها": a demonstrative after the subject is the object.)
        if (e > b && (exact(e, u"\u0630\u0644\u0643") /* ذلك */ || exact(e, u"\u0647\u0630\u0627") /* هذا */ ||
                      exact(e, u"\u0647\u0630\u0647") /* هذه */ || exact(e, u"\u062a\u0644\u0643") /* تلك */)) {
          break;
        }
        if (definite_noun && !w(e).starts_with(u"\u0627\u0644") && m_s.entity_covering(e) == nullptr) {
          break;  // a definite noun's adjectives are definite too: "الجيش المصري نتائج" ends at the object
        }
        // ("أجرى وزير الخارجية اتصالا هاتفيا بنظيره، أكد خلاله"، "عقد الرئيس اجتماعا …": the
        // call or meeting held is the object, whatever the title before it.)
        if (anchored && e > b && meeting_object(w(e))) {
          break;
        }
        // ("هنأ الرئيس منافسه بالفوز": a noun with its possessive after the subject is the
        // object; the text writes "ه", not the "ة" the folded form shares.)
        if (anchored && e > b && !w(e).starts_with(u"\u0627\u0644") && w(e).size() >= 4 &&
            m_s.entity_covering(e) == nullptr && m_s.noun_covering(e) == nullptr && !is(WordClass::title, e) &&
            written_possessive(e)) {
          break;
        }
        // (After a definite word the construct chain is closed; "المتحدث باسم الجيش" goes on.)
        if (anchored && e > b && w(e - 1).starts_with(u"\u0627\u0644") && w(e).starts_with(u"\u0627\u0644") &&
            m_s.nationality_covering(e) == nullptr &&
            m_s.entity_covering(e) == nullptr) {
          // A second definite source noun is the object ("انتقد رئيس الوزراء المعارضة"), and so is
          // a feminine plural, which no singular speaker takes as its adjective ("رفض المتحدث
          // باسم الجيش الاتهامات").
          const Hit* n = m_s.noun_covering(e);
          if ((n != nullptr && n->begin == e) || (w(e).size() >= 5 && w(e).ends_with(u"\u0627\u062a"))) {
            break;
          }
          // ("وتبنت الحركة الهجوم، وقالت": after a feminine singular noun, a definite word
          // without a feminine ending is no adjective of it; it is the object. The elative
          // "الأكبر" is the one adjective that keeps its form.)
          const std::string before = m_s.utf8(e - 1, e);
          const std::string here = m_s.utf8(e, e + 1);
          const bool feminine_ending = here.ends_with("\xD8\xA9") /* ة */ || here.ends_with("\xD9\x89") /* ى */ ||
                                       here.ends_with("\xD8\xA7") /* ا */ || here.ends_with("\xD8\xA1") /* ء */;
          const bool elative = w(e).size() >= 5 && w(e).size() <= 6 && w(e)[2] == k_alef;
          if (before.ends_with("\xD8\xA9") && !feminine_ending && !elative) {
            break;
          }
        }
        if (const lexicon::EntityMatch* m = m_s.entity_covering(e); m != nullptr) {
          const EntityInfo& en = m_s.gazetteer.entities()[m->entity];
          if (titled && en.kind != SourceKind::person) {
            e = m->end;  // the title's body ("الأمين العام للأمم المتحدة"); a name may follow
            continue;
          }
          // After a source noun a country's name is its adjective ("متحدث عسكري إسرائيلي"):
          // the noun keeps its gender.
          if (!anchored || en.kind == SourceKind::person) {
            g = entity_gender(*m);
          }
          anchored = true;
          e = m->end;
          break;
        }
        titled = titled || is(WordClass::title, e);
        if (is(WordClass::honorific, e)) {
          g = w(e).back() == u'\u0647' ? Gender::female : Gender::male;  // السيدة / السيد
          anchored = true;
        } else if (const Hit* n = m_s.noun_covering(e); n != nullptr && !anchored) {
          const lexicon::SourceNounEntry& noun = m_s.lex.source_nouns()[n->payload];
          g = noun.plural ? (noun.feminine ? Gender::female : Gender::plural)
                          : (noun.feminine ? Gender::female : Gender::male);
          anchored = true;
          definite_noun = !titled && w(e).starts_with(u"\u0627\u0644");
          e = std::max(e, n->end - 1);
        }
        ++e;
      }
      // ("شكك أستاذ فسيولوجيا النبات في جامعة X، الدكتور NAME، في …": where the speaker
      // works and a titled name set off by commas belong to the subject.)
      if (anchored && e > b && e < cue && exact(e, u"في")) {
        std::uint32_t c = e + 1;
        while (c < cue && c - e <= 8 && m_s.is_word(c) && !complementizer(c) && m_s.cue_at(c) == nullptr) {
          ++c;
        }
        if (c + 3 < cue && m_s.is_comma(c) && (is(WordClass::title, c + 1) || is(WordClass::honorific, c + 1))) {
          for (std::uint32_t d = c + 3; d < cue && d <= c + 6; ++d) {
            if (m_s.is_comma(d)) {
              e = d;
              break;
            }
            if (!m_s.is_word(d)) {
              break;
            }
          }
        }
      }
      // ("وطالبت مجموعة "أولياء أمور الطلبة" على فيسبوك …، وذكرت": a group's noun the lexicon
      // does not list, named in quotation marks, anchors the subject too.)
      if (!anchored && e == b + 1 && e + 2 < cue && m_s.is_open_quote(e)) {
        static constexpr std::u16string_view k_group_nouns[] = {
            u"\u0645\u062c\u0645\u0648\u0639\u0647" /* مجموعة */, u"\u0635\u0641\u062d\u0647" /* صفحة */,
            u"\u062d\u0645\u0644\u0647" /* حملة */,           u"\u0645\u0628\u0627\u062f\u0631\u0647" /* مبادرة */,
            u"\u062a\u0646\u0633\u064a\u0642\u064a\u0647" /* تنسيقية */, u"\u062c\u0645\u0639\u064a\u0647" /* جمعية */,
            u"\u0627\u064a\u062a\u0644\u0627\u0641" /* ائتلاف */, u"\u062d\u0633\u0627\u0628" /* حساب */};
        if (std::find(std::begin(k_group_nouns), std::end(k_group_nouns), w(b)) != std::end(k_group_nouns)) {
          anchored = true;
          g = w(b).ends_with(u"\u0647") ? Gender::female : Gender::male;
        }
      }
      // ("تقدمت قائمة "الأمل" المستقلة بشكوى …، متهمة": a quoted name after the noun, and its
      // adjective, belong to the subject.)
      if (anchored && e > b && e + 2 < cue && m_s.is_open_quote(e)) {
        std::uint32_t close = e + 1;
        while (close < cue && close - e <= 6 && !m_s.is_close_quote(close)) {
          ++close;
        }
        if (close < cue && m_s.is_close_quote(close)) {
          e = close + 1;
          if (e < cue && m_s.is_word(e) && w(e).starts_with(u"\u0627\u0644") &&
              (w(e).ends_with(u"\u0647") || w(e).ends_with(u"\u064a")) && m_s.noun_covering(e) == nullptr &&
              m_s.entity_covering(e) == nullptr) {
            ++e;
          }
          // ("وغرّد عضو تكتل "لبنان القوي" النائب روي عازوري قائلا": a title and its holder's
          // name after the quoted bloc are the member named.)
          if (e + 1 < cue && is(WordClass::title, e)) {
            const std::uint32_t named = name_after_title(e + 1, e);
            if (named > e + 1 && named <= cue) {
              e = named;
            }
          }
        }
      }
      // ("أبدى عضو مجلس النواب عن دائرة أوباري، NAME، تحفظه": the seat a member sits for,
      // when his name set off by commas follows it.)
      const bool member_noun = m_s.noun_covering(b) != nullptr && m_s.noun_covering(b)->begin == b &&
                               m_s.lex.source_nouns()[m_s.noun_covering(b)->payload].kind == SourceKind::person;
      const std::uint32_t before_seat = e;
      if (anchored && (titled || member_noun) && e > b && e + 2 < cue && exact(e, u"عن")) {
        std::uint32_t c = e + 1;
        while (c < cue && c - e <= 4 && m_s.is_word(c) && m_s.cue_at(c) == nullptr && !complementizer(c)) {
          ++c;
        }
        if (c < cue && m_s.is_comma(c)) {
          e = c;
        }
      }
      // ("وطالب رئيس بلدية X، أنطونيو فادا، الحكومة …، معتبرا": the name set off by commas
      // after a title belongs to the subject.)
      bool named_after_comma = false;
      if (anchored && (titled || member_noun) && e > b && e + 3 < cue && m_s.is_comma(e) && m_s.is_word(e + 1) &&
          !w(e + 1).starts_with(u"\u0627\u0644")) {
        std::uint32_t d = e + 1;
        while (d < cue && d - e <= 4 && m_s.is_word(d) && m_s.cue_at(d) == nullptr && m_s.noun_covering(d) == nullptr &&
               !complementizer(d) && (!is_exact(WordClass::preposition, d) || ali_name(d))) {
          ++d;
        }
        if (d < cue && d > e + 1 && m_s.is_comma(d)) {
          e = d;
          named_after_comma = true;
        }
      }
      if (!named_after_comma) {
        e = before_seat;
      }
      if (anchored && e > b && (gender == Gender::unknown || g == Gender::unknown || g == gender)) {
        return {b, e};
      }
      // ("دعا تجمع المهنيين السودانيين، في بيان على صفحته، إلى …، مؤكدا": a body the lexicons do
      // not know, named in a few words, which then speaks "in a statement", is the subject. An
      // object after a dropped subject ("ونفت الاتهامات الإسرائيلية، معتبرة") is a thing said,
      // not a speaker that issues a statement, and a plural of things ends in "ات".)
      if ((!anchored || (m_s.noun_covering(b) == nullptr && m_s.entity_covering(b) == nullptr)) &&
          (v == 0 || m_s.is_comma(v - 1)) && e >= b + 2 && e <= b + 5 && e + 2 < cue && m_s.is_comma(e) &&
          exact(e + 1, u"\u0641\u064a") /* في */ && is(WordClass::statement_noun, e + 2) &&
          !w(b).ends_with(u"\u0627\u062a") && !is(WordClass::statement_noun, b) && !is(WordClass::title, b) &&
          (gender == Gender::male || gender == Gender::female)) {
        // (The verb agrees with it as the participle does: "ونفت … معتبرة"، "دعا … مؤكدا".)
        std::u16string_view verb = w(v);
        if (verb.size() > 3 && (verb[0] == k_waw || verb[0] == k_fa)) {
          verb.remove_prefix(1);
        }
        if ((verb.back() == k_ta) == (gender == Gender::female)) {
          return {b, e};
        }
      }
      return {};
    };
    // The sentence's first word, or the first after an introductory phrase ("وفي الوقت
    // نفسه، قال"). The first word is tried first: in "ورفض متحدث … التعليق، قائلا" the
    // comma ends the verb's clause, not an introduction.
    // ("غير أن موراتا رفض هذه الفرضية، وقال إنه P": after an opening "غير أن"، "لكن"، "إلا أن",
    // the name before the first verb is the clause's subject.)
    for (std::uint32_t o = 0; o < 2 && o + 2 < cue; ++o) {
      // (Only an opening "but": "لكن X"، "غير أن X"، "إلا أن X"، "بيد أن X"; "وبيّن معاليه أن X"
      // is a verb's complement.)
      const bool opener = (o == 0 && (exact(0, u"لكن") || exact(0, u"ولكن"))) ||
                          (o == 1 && complementizer(1) &&
                           (exact(0, u"غير") || exact(0, u"الا") || exact(0, u"بيد") || exact(0, u"لكن")));
      if (!opener) {
        continue;
      }
      const Hit* v = first_cue_between(o + 1, cue);
      if (v != nullptr && v->begin <= o + 4) {
        bool plain = true;
        for (std::uint32_t t = o + 1; t < v->begin && plain; ++t) {
          plain = m_s.is_word(t) && !is_exact(WordClass::preposition, t) && !complementizer(t);
        }
        if (plain && gender != Gender::female) {
          return {o + 1, v->begin};
        }
      } else if (v == nullptr || v->begin > o + 4) {
        // (A verb the lexicon does not know: a one-word name without the article, then the
        // verb with the article-less past form: "غير أن موراتا رفض".)
        if (o + 3 < cue && m_s.is_word(o + 1) && m_s.is_word(o + 2) && !w(o + 1).starts_with(u"\u0627\u0644") &&
            !w(o + 2).starts_with(u"\u0627\u0644") && m_s.entity_covering(o + 1) == nullptr &&
            m_s.noun_covering(o + 1) == nullptr && !is(WordClass::title, o + 1) && !ba_prefixed(o + 1) &&
            m_s.tokens[o + 1].kind != text::TokenKind::number && gender != Gender::female) {
          return {o + 1, o + 2};
        }
      }
      break;
    }
    // ("أفادت وسائل إعلام بأن P، غير أن متحدثا باسم الوزارة نفى ذلك، مؤكدا أن Q": a "but"
    // clause after a comma has its own subject, a source noun before its verb of saying.)
    for (std::uint32_t o = cue; o-- > 2;) {
      if (!but_opener(o + 1)) {
        continue;
      }
      const Hit* v = first_cue_between(o + 1, cue);
      const Hit* n = o + 1 < cue ? m_s.noun_covering(o + 1) : nullptr;
      if (v != nullptr && v->begin <= o + 8 && ((n != nullptr && n->begin == o + 1) || is(WordClass::title, o + 1))) {
        bool plain = true;
        for (std::uint32_t t = o + 1; t < v->begin && plain; ++t) {
          plain = m_s.is_word(t) && !complementizer(t) && m_s.cue_at(t) == nullptr;
        }
        if (plain) {
          return {o + 1, v->begin};
        }
      }
      break;
    }
    // ("الدوحة- سلّمت حركة حماس …، وقالت", "رام الله 20-3-2023 وفا- استدعت الوزارة …": a
    // dateline opening the sentence, up to its dash, names no subject; the verb after it does.)
    std::uint32_t opening = 0;
    for (std::uint32_t t = 1; t + 1 < cue && t < 8; ++t) {
      // (Not a dash inside a name, "الحركة الشعبية لتحرير السودان - شمال": a dateline holds
      // a place, a date and an agency, never a source noun or a title.)
      if (m_s.cue_at(t) != nullptr || m_s.is_comma(t) || m_s.in_quote(t) || m_s.noun_covering(t - 1) != nullptr ||
          is(WordClass::title, t - 1) || complementizer(t - 1)) {
        break;
      }
      if (const lexicon::EntityMatch* m = m_s.entity_covering(t); m != nullptr && m->begin < t) {
        break;
      }
      // (Nor a dash that opens an aside, written against the word after it: "وردت عدة مواقع -تم
      // حجبها داخل تركيا- باتهام …".)
      const bool opens_aside = m_s.tokens[t].end == m_s.tokens[t + 1].begin && m_s.tokens[t].begin > m_s.tokens[t - 1].end;
      if (m_s.is_dash(t) && !opens_aside && m_s.is_word(t - 1) && m_s.tokens[t - 1].kind != text::TokenKind::number &&
          m_s.is_word(t + 1) && m_s.tokens[t + 1].kind != text::TokenKind::number) {
        opening = t + 1;
        break;
      }
    }
    // ("وسبق لبعثة الأمم المتحدة أن دعت …، مشيرة": "it happened before for X to", the one with
    // the lam, up to "أن", is the subject.)
    if ((exact(opening, u"سبق") || exact(opening, u"وسبق")) && opening + 2 < cue && w(opening + 1).size() > 3 &&
        w(opening + 1)[0] == k_lam) {
      for (std::uint32_t k = opening + 2; k < cue && k < opening + 12 && m_s.is_word(k); ++k) {
        if (exact(k, u"ان")) {
          return {opening + 1, k};
        }
      }
    }
    // ("تحدثت صفحات عن P، قبل أن ينفي مصدر أمني ذلك …، مؤكدا أن Q"، "… قبل أن تصدر العشيرة
    // بيانا نفت فيه ذلك، مؤكدة": the later one, who denied, goes on, not the rumour.)
    for (std::uint32_t i = cue; i-- > opening + 2;) {
      if (exact(i, u"\u0627\u0646") /* أن */ && exact(i - 1, u"\u0642\u0628\u0644") /* قبل */ && m_s.is_comma(i - 2)) {
        if (const Range r = subject_after_verb(i + 1); !r.empty()) {
          return r;
        }
        break;
      }
    }
    if (const Range r = subject_after_verb(opening); !r.empty()) {
      return r;
    }
    // ("وقد رد وزير المالية التركي، أحمد يلماز، …": the particle before the first verb.)
    // (Also "كما نشر الحساب الرسمي للنادي …، مؤكدا": "as well", then the verb.)
    // ("ولم يحدد الوزير موعدا، مكتفيا بالقول": the negation before it.)
    if (exact(0, u"وقد") || exact(0, u"قد") || exact(0, u"لقد") || exact(0, u"فقد") || exact(0, u"كما") ||
        exact(0, u"ولم") || exact(0, u"لم") || exact(0, u"ولن") || exact(0, u"لن")) {
      if (const Range r = subject_after_verb(1); !r.empty()) {
        return r;
      }
    }
    // After an introduction, or a clause set off by commas ("في أول تعليق له …، المتهم في
    // …، تحدث الرئيس …، مشددا").
    for (std::uint32_t i = 0; i < cue; ++i) {
      if (m_s.is_comma(i)) {
        if (const Range r = subject_after_verb(i + 1); !r.empty()) {
          return r;
        }
      }
    }
    // ("…، وهو ما نفاه رئيس الهيئة …، مؤكدا": the one who denied goes on.)
    for (std::uint32_t i = cue; i-- > 0;) {
      if (const Hit* h = m_s.cue_at(i);
          h != nullptr && h->begin == i &&
          (m_s.lex.cues()[h->payload].id == "ar.ma-nafahu" || m_s.lex.cues()[h->payload].id == "ar.ma-akkadahu")) {
        const Range r = np_after(h->end, PhraseStops{false, true, false, true});
        if (!r.empty() && r.begin == h->end && r.end <= cue) {
          return r;
        }
      }
    }
    bool seen_comma = false;
    for (std::uint32_t i = opening; i < cue; ++i) {
      seen_comma = seen_comma || m_s.is_comma(i);
      Range r;
      Gender g = Gender::unknown;
      if (const lexicon::EntityMatch* m = m_s.entity_covering(i); m != nullptr && m->begin == i) {
        r = {m->begin, m->end};
        g = entity_gender(*m);
      } else if (const Hit* n = m_s.noun_covering(i); n != nullptr && n->begin == i) {
        const lexicon::SourceNounEntry& noun = m_s.lex.source_nouns()[n->payload];
        if (noun.kind == SourceKind::unknown) {
          continue;
        }
        r = {n->begin, n->end};
        g = noun.plural ? (noun.feminine ? Gender::female : Gender::plural)
                        : (noun.feminine ? Gender::female : Gender::male);
      } else {
        continue;
      }
      if (m_s.in_quote(i) || (i > 0 && (is_exact(WordClass::preposition, i - 1)))) {
        i = r.end - 1;
        continue;
      }
      if (initial_only && (i > 3 || seen_comma)) {
        break;
      }
      if (gender == Gender::unknown || g == Gender::unknown || g == gender) {
        // Take the whole phrase: the head and what follows it up to the next verb-like word.
        Range full = np_after(r.begin, PhraseStops{true, true, false, true});
        if (full.empty() || full.end > cue) {
          return r;
        }
        // ("لكن المتحدث رفض التعليق، مكتفيا بالقول": nor does it run on into a verb of
        // refusing or a negation after the head.)
        for (std::uint32_t k = r.end; k < full.end; ++k) {
          if (is(WordClass::negation, k)) {
            full.end = k;
            break;
          }
        }
        // The phrase ends with the first name in it ("الرئيس بوتين", not "… بوتين انتقد …").
        for (std::uint32_t k = r.begin; k < full.end; ++k) {
          if (const lexicon::EntityMatch* m = m_s.entity_covering(k); m != nullptr) {
            full.end = std::max(r.end, m->end);
            break;
          }
        }
        return full;
      }
      i = r.end - 1;
    }
    return {cue, cue};
  }

  // Drops adjuncts at the edges of a subject ("في وقت سابق", "الأحد").
  [[nodiscard]] Range trim_adjuncts(Range r) const {
    while (r.begin < r.end && (adjunct_start(r.begin) || m_s.is_comma(r.begin))) {
      // skip an adjunct phrase up to the next comma or known source word
      std::uint32_t k = r.begin + 1;
      while (k < r.end && !m_s.is_comma(k) && m_s.entity_covering(k) == nullptr && m_s.noun_covering(k) == nullptr) {
        ++k;
      }
      r.begin = k;
    }
    while (r.end > r.begin && ((is(WordClass::time_word, r.end - 1) && !general_after_title(r.end - 1) &&
                                !former_after_noun(r.end - 1)) ||
                               m_s.is_comma(r.end - 1))) {
      --r.end;
    }
    return r;
  }

  // ("النائب السابق"، "وكان المدير السابق قد نفى"، "الوزيرة السابقة"، "وزير سابق": "former" after
  // a noun that is no word of time is the noun's; after one it is time, "الأسبوع السابق".)
  [[nodiscard]] bool former_after_noun(std::uint32_t i) const {
    return i > 0 && m_s.is_word(i - 1) && !is(WordClass::time_word, i - 1) && !is(WordClass::month, i - 1) &&
           (exact(i, u"\u0627\u0644\u0633\u0627\u0628\u0642") /* السابق */ ||
            exact(i, u"\u0627\u0644\u0633\u0627\u0628\u0642\u0647") /* السابقة */ ||
            exact(i, u"\u0627\u0644\u0627\u0633\u0628\u0642") /* الأسبق */ ||
            exact(i, u"\u0633\u0627\u0628\u0642") /* سابق */ || exact(i, u"\u0633\u0627\u0628\u0642\u0647") /* سابقة */);
  }

  // "العام" after a title is "general" ("الأمين العام", "تقرير للمدير العام"), not "the year";
  // the title may carry the lam of belonging.
  [[nodiscard]] bool general_after_title(std::uint32_t i) const {
    if (i == 0 || !exact(i, u"\u0627\u0644\u0639\u0627\u0645") /* العام */) {
      return false;
    }
    const std::u16string_view t = w(i - 1);
    return is(WordClass::title, i - 1) ||
           (t.size() > 3 && t[0] == k_lam && t[1] == k_lam &&
            m_s.lex.is_exact(WordClass::title, u"\u0627" + std::u16string(t.substr(1))));
  }

  // "نقلا عن مصادر وصفتها بالمطلعة": a verb of describing with its object's pronoun and "بـ"
  // right after a noun is a relative clause on that noun, no report of its own (unlike "ما
  // وصفته X بأنه Q", whose "ما" opens it).
  [[nodiscard]] bool describes_noun_before(const Hit& hit) const {
    if (hit.begin == 0 || hit.end - hit.begin != 1 || hit.end >= m_end || !m_s.is_word(hit.begin - 1) ||
        exact(hit.begin - 1, u"\u0645\u0627") || exact(hit.begin - 1, u"\u0645\u0645\u0627") ||
        is_exact(WordClass::relative, hit.begin - 1)) {
      return false;
    }
    const std::u16string_view v = w(hit.begin);
    const bool describe_verb = v.starts_with(u"\u0648\u0635\u0641") /* وصف */ &&
                               (v.ends_with(u"\u0647\u0627") || v.ends_with(u"\u0647") || v.ends_with(u"\u0647\u0645"));
    // (Its attribute a plain definite adjective, "بالمطلعة"; "في تصرف وصفه بأنه "غير آمن"" reports.)
    return describe_verb && w(hit.end).starts_with(u"\u0628\u0627\u0644") && !complementizer(hit.end);
  }

  // "بعد نشر تقرير رويترز"، "على ذكر العدد"، "قبل إعلان": after a preposition or a time
  // adverb, a one-word cue is a verbal noun ("the publication of"), not a verb: a verb there
  // would take "أن" ("بعد أن نشر").
  [[nodiscard]] bool cue_as_verbal_noun(const Hit& hit) const {
    if (hit.begin == 0 || !m_s.is_word(hit.begin - 1) || hit.end - hit.begin != 1 ||
        m_s.lex.cues()[hit.payload].frame != Frame::speech) {
      return false;
    }
    const std::u16string_view before = w(hit.begin - 1);
    const bool adverb = before == u"\u0628\u0639\u062f" /* بعد */ || before == u"\u0642\u0628\u0644" /* قبل */ ||
                        before == u"\u0639\u0642\u0628" /* عقب */ || before == u"\u0627\u062b\u0631" /* إثر */ ||
                        before == u"\u0648\u0628\u0639\u062f" || before == u"\u0645\u0646\u0630" /* منذ */;
    const bool preposition = is_exact(WordClass::preposition, hit.begin - 1) && before != u"\u0645\u0646" /* من: "who" */ &&
                             before != u"\u062d\u062a\u064a" /* حتى */ && before != u"\u0628" && before != u"\u0644";
    // ("في بيان نشر على موقع البلدية": "was published", describing the statement before it.)
    const bool published = is(WordClass::statement_noun, hit.begin - 1) && !before.starts_with(u"\u0627\u0644") &&
                           (w(hit.begin) == u"\u0646\u0634\u0631" || w(hit.begin) == u"\u0646\u0634\u0631\u062a");
    return adverb || preposition || published;
  }

  // "إن وزير التجارة أعلن حظر …"، "إلا أن وزارة الداخلية نفت …": after "أن"/"إن" or "لكن" the
  // noun comes first, then its verb. The titled or named phrase between the opener and the
  // verb at `hit`, or empty.
  // Nouns for a person, indefinite and in the accusative after "أن": "عضواً"، "موظفاً"،
  // "ناشطاً"، "محامياً"، "طبيباً"، "مواطناً" (the titles the lexicon lists are read from it).
  [[nodiscard]] static bool accusative_person_noun(std::u16string_view t) {
    static constexpr std::u16string_view k_people[] = {
        u"\u0639\u0636\u0648\u0627" /* عضوا */, u"\u0645\u0648\u0638\u0641\u0627" /* موظفا */,
        u"\u0646\u0627\u0634\u0637\u0627" /* ناشطا */, u"\u0645\u062d\u0627\u0645\u064a\u0627" /* محاميا */,
        u"\u0637\u0628\u064a\u0628\u0627" /* طبيبا */, u"\u0645\u0648\u0627\u0637\u0646\u0627" /* مواطنا */};
    return std::find(std::begin(k_people), std::end(k_people), t) != std::end(k_people);
  }

  [[nodiscard]] Range subject_after_opener(const Hit& hit) const {
    if (hit.begin < 2) {
      return {};
    }
    auto opener = [&](std::uint32_t k) { return complementizer(k) || exact(k, u"لكن") || exact(k, u"ولكن"); };
    Range r = np_before(hit.begin);
    // ("غير أن عضواً في مجلس المحافظة اتهم": the noun phrase right before the verb is the
    // place of the one who speaks; read back to the opener.)
    if (!r.empty() && r.begin >= 2 && (exact(r.begin - 1, u"في") || exact(r.begin - 1, u"من"))) {
      r = {};
    }
    if (r.empty()) {
      // (The words back to the opener: "إلا أن وزارة الداخلية نفت". A name set off after
      // "ويدعى", "أحد المرافقين، ويدعى علي الفقيه، قال", is passed over whole: "علي" reads as
      // "على".)
      std::uint32_t from = hit.begin;
      if (hit.begin >= 4 && m_s.is_comma(hit.begin - 1)) {
        for (std::uint32_t k = hit.begin - 1; k-- > 1 && hit.begin - k <= 8;) {
          if (m_s.is_comma(k)) {
            break;
          }
          // (Or a description: "أحد العضوين، وهو منتخب عن قائمة حزبية، أكد"; or the source's
          // anonymity: "أحد السكان، فضّل عدم ذكر اسمه، قال".)
          if ((exact(k, u"ويدعي") || exact(k, u"وهو") || exact(k, u"وهي") || anonymity_opener(k)) && m_s.is_comma(k - 1)) {
            from = k - 1;
            break;
          }
        }
      }
      for (std::uint32_t k = from; k-- > 0 && hit.begin - k <= 11;) {
        // (No clause inside: "أن المعلومات التي لدى الهيئة تشير". Commas only around a name:
        // "بأن رئيس مجلس إدارة المجموعة، تشانغ ويمينغ، قال".)
        if ((!m_s.is_word(k) && !m_s.is_quote_mark(k) && !m_s.is_comma(k)) || is_exact(WordClass::relative, k) ||
            (is_exact(WordClass::preposition, k) && !exact(k, u"في") && !exact(k, u"من"))) {
          break;
        }
        if (opener(k)) {
          r = Range{k + 1, hit.begin};
          break;
        }
      }
    }
    // ("أحد السكان، فضّل عدم ذكر اسمه، قال": the anonymity is read after the phrase.)
    const std::uint32_t reach = r.end;  // the phrase ran up to the verb
    if (!r.empty()) {
      r.end = before_anonymity(r.begin, r.end);
    }
    // (A title or a source noun heads it, "وزير التجارة"، "متحدث باسم الجيش"; not a clause,
    // "أن سول ربما تكون مستعدة … قال".)
    bool plain = !r.empty() && r.end - r.begin >= 1 && r.end - r.begin <= 10;
    std::uint32_t commas = 0;
    for (std::uint32_t t = r.begin; t < r.end; ++t) {
      commas += m_s.is_comma(t) ? 1 : 0;
    }
    // (Two commas at most, the second right before the verb: a name in apposition.)
    plain = plain && (commas == 0 || (commas == 2 && m_s.is_comma(r.end - 1)));
    for (std::uint32_t t = r.begin; plain && t < r.end; ++t) {
      // ("المتحدث باسم بعثة «المينورسو» أكد": a quoted name inside.)
      // ("أحد المرافقين، ويدعى X،": "who is called", the name's apposition, no "claims".)
      const bool called = t > r.begin && m_s.is_comma(t - 1) && (exact(t, u"ويدعي") || exact(t, u"وهو") || exact(t, u"وهي"));
      // ("أن مسؤولا في الوزارة لم يذكر اسمه نفى": the source's anonymity, its verb no cue.)
      const bool unnamed = t > r.begin + 1 && exact(t - 1, u"لم") && t + 1 < r.end &&
                           (w(t + 1).starts_with(u"اسم") || w(t + 1).starts_with(u"هويت"));
      plain = m_s.is_quote_mark(t) || m_s.is_comma(t) || called || unnamed ||
              (m_s.is_word(t) && !is(WordClass::auxiliary, t) && !is(WordClass::adverb, t) && m_s.cue_at(t) == nullptr &&
               !exact(t, u"ربما"));
    }
    const Hit* head_noun = r.empty() ? nullptr : m_s.noun_covering(r.begin);
    const lexicon::EntityMatch* head_entity = r.empty() ? nullptr : m_s.entity_covering(r.begin);
    // ("غير أن أحد المرافقين، ويدعى X، قال"، "أن أحد المتهمين أقر": "one of the …" is someone.)
    // ("لكن أحد أقارب الضحايا، ويدعى X، قال": or a source noun in the construct.)
    const bool one_of = !r.empty() && r.end > r.begin + 1 && (exact(r.begin, u"احد") || exact(r.begin, u"احدي")) &&
                        (w(r.begin + 1).starts_with(u"\u0627\u0644") || m_s.noun_covering(r.begin + 1) != nullptr);
    // ("غير أن نائبا اتهم"، "غير أن عضواً في مجلس المحافظة اتهم": a title in the accusative,
    // indefinite, after "أن".)
    const bool accusative_title = !r.empty() && w(r.begin).size() > 3 && w(r.begin).back() == u'\u0627' &&
                                  (m_s.lex.is_exact(WordClass::title, w(r.begin).substr(0, w(r.begin).size() - 1)) ||
                                   accusative_person_noun(w(r.begin)));
    const bool headed = !r.empty() && (is(WordClass::title, r.begin) || (head_noun != nullptr && head_noun->begin == r.begin) ||
                                       (head_entity != nullptr && head_entity->begin == r.begin) || one_of ||
                                       accusative_title);
    // (Or after "لكن": "لكن وزارة الداخلية نفت استخدام الرصاص".)
    const bool opened = !r.empty() && r.begin > 0 && opener(r.begin - 1);
    // (Not under "it is believed": "ويعتقد أن قيادة X تعتبر P" stays the writer's hedged statement.)
    const bool under_belief = opened && r.begin >= 2 && m_s.cue_at(r.begin - 2) != nullptr &&
                              m_s.lex.cues()[m_s.cue_at(r.begin - 2)->payload].commitment == Commitment::belief;
    // ("أن قبطان السفينة أبلغه بأن …", "أن المهاجرين أبلغوا المحققين بأنهم …": only someone
    // informs; a short noun phrase between the opener and "أبلغ" is its subject, whatever noun
    // heads it.)
    const bool informs = m_s.lex.cues()[hit.payload].id == "ar.ablagha" && r.end - r.begin <= 3 && commas == 0;
    return plain && (headed || informs) && opened && !under_belief && reach == hit.begin &&
                   (informs || one_of || accusative_title || names_source(r))
               ? r
               : Range{};
  }

  // The medium a complement names as the one told or the carrier ("في تصريح لـ X", "عبر
  // وكالة X"): the outer hop of what the cue reports.
  void add_complement_medium(Attribution& a, const Hit& hit, const Complement& comp) const {
    if (!comp.relay_outer.empty()) {
      SourcePhrase outer = phrase(hit, comp.relay_outer.begin, comp.relay_outer.end);
      outer.cue_begin = comp.relay_cue_begin;
      outer.cue_end = comp.relay_cue_end;
      outer.cue = m_s.utf8(comp.relay_cue_begin, comp.relay_cue_end);
      // ("في حديثها مع "الأناضول""، "في تصريح لـ CNN": the medium spoken to, as one told is,
      // not a speaker the next sentence's dropped subject goes on with.)
      // ("خبراء آثار تحدثت إليهم «بوابة الأهرام»"، "مسؤول اتصلت به رويترز": the medium that spoke
      // with them was told, too.)
      const std::u16string_view relay_verb = w(comp.relay_cue_begin);
      outer.recipient = comp.relay_cue_end > comp.relay_cue_begin &&
                        (frames::spoken_to(m_s, comp.relay_cue_end) || relay_verb == u"\u062a\u062d\u062f\u062b\u062a" ||
                         relay_verb == u"\u062a\u062d\u062f\u062b" || relay_verb == u"\u0627\u062a\u0635\u0644\u062a" ||
                         relay_verb == u"\u0627\u062a\u0635\u0644");
      a.sources.insert(a.sources.begin(), outer);
    } else if (!comp.recipient.empty() && recipient_is_medium(comp.recipient)) {
      SourcePhrase outer = phrase(hit, comp.recipient.begin, comp.recipient.end);
      outer.recipient = true;
      a.sources.insert(a.sources.begin(), outer);
    }
  }

  std::optional<Attribution> speech(const Hit& hit, const lexicon::CueEntry& cue) {
    if (cue_as_verbal_noun(hit)) {
      return std::nullopt;
    }
    // ("وبيّن المصدر أن P": "بين" folded is "between" too; as a verb it opens the clause, its
    // subject a source, then "أن".)
    if (hit.end == hit.begin + 1 && (exact(hit.begin, u"بين") || exact(hit.begin, u"وبين"))) {
      const bool opens = hit.begin == 0 || m_s.is_comma(hit.begin - 1) || m_s.is_end_punct(hit.begin - 1);
      const Range y = np_after(hit.end, PhraseStops{true, true, true});
      const Complement after = y.empty() ? Complement{} : complement_after(y.end);
      if (!opens || y.empty() || !names_source(y) || !after.found || after.content == 0 ||
          !complementizer(after.content - 1)) {
        return std::nullopt;
      }
    }
    // ("اشتكى سكان من أن P"، "اشتكوا من انقطاع الكهرباء": a complaint comes with "من"; "اشتكوا
    // أكثر من مرة للحي" says how often and to whom, no claim.)
    // (A thing only after the verb with its subject: "بعض العاملات اشتكين من ساعات العمل"
    // inside a claim stays its words; and no pain, "اشتكى المريض من ألم في صدره".)
    if (cue.id == "ar.ishtaka") {
      static constexpr std::u16string_view k_pain[] = {u"الم", u"الام", u"اوجاع", u"وجع", u"صداع"};
      const bool subject_first = hit.begin > 0 && m_s.is_word(hit.begin - 1) && !complementizer(hit.begin - 1) &&
                                 !is(WordClass::conjunction, hit.begin - 1) && !is(WordClass::adverb, hit.begin - 1);
      bool of_what = false;
      bool that_clause = false;
      for (std::uint32_t k = hit.end; k + 1 < m_end && k < hit.end + 16 && !m_s.is_end_punct(k) && !of_what; ++k) {
        of_what = exact(k, u"من") && !(k > hit.end && count_before_min(k)) &&
                  !exact(k + 1, u"مره") &&
                  std::find(std::begin(k_pain), std::end(k_pain), w(k + 1)) == std::end(k_pain);
        that_clause = of_what && complementizer(k + 1);
      }
      if (!of_what || (subject_first && !that_clause)) {
        return std::nullopt;
      }
    }
    // ("رفض تأكيد أو نفي وجود مفاوضات": to confirm or deny, refused, is neither.)
    if (hit.begin >= 2 && (exact(hit.begin - 1, u"\u0627\u0648") /* أو */ || exact(hit.begin - 1, u"\u0648\u0644\u0627") /* ولا */) &&
        (exact(hit.begin - 2, u"\u062a\u0627\u0643\u064a\u062f") /* تأكيد */ || exact(hit.begin - 2, u"\u0646\u0641\u064a") /* نفي */)) {
      return std::nullopt;
    }
    // ("وكالة كيودو أوردت عن مصدر حكومي قوله إن P": "أورد" with "عن" right after it relays, as
    // "نقل" does; with a complement, "أوردت الوكالة أن P", it reports.)
    // ("وأوردت الوكالة، من جهتها، عن الوزير قوله إن P": or its subject and an aside between, with
    // "قوله" after the one relayed.)
    bool relays_words = false;
    for (std::uint32_t k = hit.end + 1; k < m_end && k < hit.end + 14 && !complementizer(k) && !relays_words; ++k) {
      if (!exact(k, u"\u0639\u0646") /* عن */) {
        continue;
      }
      for (std::uint32_t q = k + 2; q < m_end && q < k + 9 && !complementizer(q) && !relays_words; ++q) {
        relays_words = w(q).starts_with(u"\u0642\u0648\u0644") /* قول… */ && w(q).size() <= 6;
      }
    }
    if (cue.id == "ar.dhakara" && hit.end == hit.begin + 1 && hit.end + 1 < m_end &&
        (exact(hit.end, u"\u0639\u0646") || relays_words) &&
        (w(hit.begin).ends_with(u"\u0627\u0648\u0631\u062f") /* اورد */ ||
         w(hit.begin).ends_with(u"\u0627\u0648\u0631\u062f\u062a") /* اوردت */)) {
      if (std::optional<Attribution> relayed = relay(hit, cue); relayed) {
        return relayed;
      }
    }
    // ("هذه الساعة تعتبر هاتفا قائما بذاته": "is considered" a predicate in the accusative,
    // indefinite, right after the verb; no one's view.)
    if (cue.id == "ar.itabara" && imperfect_verb(hit) && hit.end < m_end && m_s.is_word(hit.end)) {
      const std::u16string_view next = w(hit.end);
      if (next.size() >= 4 && next.back() == u'\u0627' && !next.starts_with(u"\u0627\u0644") &&
          m_s.entity_covering(hit.end) == nullptr && m_s.noun_covering(hit.end) == nullptr) {
        return std::nullopt;
      }
    }
    // ("حملت X Y مسؤولية Z" alleges; "حمل X لافتة" carried one.)
    if (cue.id == "ar.hammala") {
      bool responsibility = false;
      // (Past a statement set off by commas and quotation marks: "وحمّل X، في بيان، الحكومة
      // "مسؤولية الاحتقان"".)
      for (std::uint32_t k = hit.end; k < m_end && k < hit.end + 12 && !responsibility &&
                                      (m_s.is_word(k) || m_s.is_quote_mark(k) || m_s.is_comma(k));
           ++k) {
        responsibility = responsibility_at(k);
      }
      if (!responsibility) {
        return std::nullopt;
      }
    }
    // "مركز تابع لهيئة البيئة": the adjective "affiliated", not "وتابع" (he went on), when a
    // word stands right before it.
    if (exact(hit.begin, u"تابع") && hit.begin > 0 && m_s.is_word(hit.begin - 1)) {
      return std::nullopt;
    }
    // "أبرز مدن الغوطة": the elative ("the most prominent"), not the verb, unless the verb
    // opens its clause ("وأبرز بوتين أن").
    if (exact(hit.begin, u"ابرز") && hit.begin > 0) {
      return std::nullopt;
    }
    // "ويُذكّر ما جرى في الميناء بحريق العام الماضي": "reminds of", whose object takes "ب", not
    // "mentions"; whatever "أن" comes later ("إلى أن انتهت": "until") is no complement.
    if (exact(hit.begin, u"يذكر") || exact(hit.begin, u"ويذكر") || exact(hit.begin, u"تذكر") ||
        exact(hit.begin, u"وتذكر")) {
      for (std::uint32_t k = hit.end; k < m_end && !complementizer(k) && !m_s.is_punct(k, u':') &&
                                      !m_s.is_open_quote(k) && !m_s.is_comma(k);
           ++k) {
        if (k > hit.end && ba_prefixed(k)) {
          return std::nullopt;
        }
      }
    }
    // ("أن رئيس النادي قد يعلن استقالته": "قد" before the imperfect is "may"; a speech act
    // that may come is no report. "قد أعلن", with the perfect, is "has announced".)
    if (hit.begin > 0 && exact(hit.begin - 1, u"قد") && imperfect_verb(hit)) {
      return std::nullopt;
    }
    // A verb that reports only a clause with "بأن" ("هدد X بأن P"; the lexicon says which).
    if (cue.bi_anna_only) {
      bool bi_anna = false;
      for (std::uint32_t k = hit.end; k < m_end && !bi_anna; ++k) {
        bi_anna = bi_anna_after(k);
      }
      if (!bi_anna) {
        return std::nullopt;
      }
    }
    // "يذكر أن P" / "ويذكر أن P" opening a sentence: "it is worth noting that", the writer's
    // own background, not a report by anyone. ("يذكر التقرير أن" has its subject in between.)
    if (hit.end == hit.begin + 1 && (exact(hit.begin, u"يذكر") || exact(hit.begin, u"ويذكر")) &&
        complementizer(hit.end)) {
      bool opens = true;
      for (std::uint32_t k = 0; k < hit.begin; ++k) {
        opens = opens && !m_s.is_word(k);
      }
      if (opens) {
        return std::nullopt;
      }
    }
    // "مما يشير إلى أن P", "ما يعني أن P": "which indicates/means that", the writer's or the
    // speaker's own reasoning going on, with no one new saying it.
    if (hit.begin > 0 && (exact(hit.begin - 1, u"ما") || exact(hit.begin - 1, u"مما") || exact(hit.begin - 1, u"بما")) &&
        evidential_verb(hit.begin)) {
      return std::nullopt;
    }
    // "بأعراض أخرى تشير إلى أنه …", "الأرقام تشير إلى أن …": a present evidential verb right
    // after a noun that names no source has a fact for its subject.
    std::uint32_t noun_before = hit.begin;
    if (noun_before > 1 && (exact(noun_before - 1, u"اخري") || exact(noun_before - 1, u"اخر"))) {
      --noun_before;  // "أعراض أخرى": "other", not "again"
    }
    // ("لكن الأرقام الصادرة عن الهيئة المتخصصة في شؤون الشحن تشير إلى أن P": unless data open
    // the clause, the noun before the verb ending their phrase.)
    auto clause_opens_with_source = [&] {
      std::uint32_t b = noun_before;
      while (b > 0 && noun_before - b < 10 && (m_s.is_word(b - 1) || m_s.is_quote_mark(b - 1)) &&
             m_s.cue_at(b - 1) == nullptr && !complementizer(b - 1) && !exact(b - 1, u"لكن") && !exact(b - 1, u"ولكن")) {
        --b;
      }
      // (Not after a complementizer: "وأضاف أن التقديرات الأولية تشير إلى أن P" is the
      // speaker's reasoning.)
      const bool opened = b == 0 || m_s.is_end_punct(b - 1) || exact(b - 1, u"لكن") || exact(b - 1, u"ولكن");
      const Hit* n = b < noun_before ? m_s.noun_covering(b) : nullptr;
      return opened && n != nullptr && n->begin == b && m_s.lex.source_nouns()[n->payload].kind == SourceKind::unknown;
    };
    if (noun_before > 0 && evidential_verb(hit.begin) && plain_noun(noun_before - 1) &&
        !names_source({noun_before - 1, hit.begin}) && !clause_opens_with_source()) {
      return std::nullopt;
    }
    // "مصرفيون، تحدثوا شريطة عدم الكشف عن هوياتهم، بأن P": speaking on condition of anonymity
    // says nothing.
    if (cue.id == "ar.tahaddatha" && (exact(hit.end, u"شريطه") || exact(hit.end, u"بشرط") || exact(hit.end, u"شرط"))) {
      return std::nullopt;
    }
    // "وتردد في الأوساط السياسية أن P": the circles it went round in are the (vague) source.
    // ("وتردد بين الأهالي أن P": the people it went round among.)
    if (cue.id == "ar.taraddada") {
      const bool among = exact(hit.end, u"بين") || exact(hit.end, u"وسط");
      if (!exact(hit.end, u"في") && !among) {
        return std::nullopt;  // "يتردد أن": no one in particular, a hedge (a marker) only
      }
      const Range circles = np_after(hit.end + 1, PhraseStops{false, true, true, true});
      if (circles.empty() || (!names_source(circles) && !among)) {
        return std::nullopt;
      }
      // ("ما تردد في بيروت عن أن P": a country or its capital is where the talk went round,
      // no one who said it; a hedge only.)
      if (const lexicon::EntityMatch* place = m_s.entity_covering(circles.begin);
          !among && place != nullptr && place->begin == circles.begin && place->end == circles.end &&
          m_s.gazetteer.entities()[place->entity].kind == SourceKind::government) {
        return std::nullopt;
      }
      const Complement comp = complement_after(circles.end);
      if (!comp.found || comp.next > circles.end + 3) {
        return std::nullopt;
      }
      return said_by(hit, cue, circles, comp.content);
    }
    Attribution a = base(hit, cue);
    std::uint32_t np_limit = 0;  // where a noun-phrase claim that points back ends ("نفى ذلك")
    // ""نحن مستعدون للحوار"، قال الوزير": the verb and its subject after the quotation.
    {
      std::uint32_t k = hit.begin;
      while (k > 0 && m_s.is_comma(k - 1)) {
        --k;
      }
      // (Not a quoted name right before its verb, opening its clause: "غير أن "بلومبرغ" قدرت
      // قيمة الصفقة بنحو …".)
      bool quoted_subject = false;
      if (k == hit.begin && k >= 3) {
        const Range sb = subject_before(hit.begin);
        quoted_subject = !sb.empty() && sb.begin > 0 && sb.end == hit.begin && sb.end >= sb.begin + 3 &&
                         sb.end <= sb.begin + 6 && m_s.is_open_quote(sb.begin) && names_source({sb.begin + 1, sb.end - 1});
        // (Nor, opening a headline, one quoted word, the verb and no source after it: "«المركزى»
        // ينفى تجميد ودائع الدولار" names the bank as the paper's headlines do.)
        if (!quoted_subject && !sb.empty() && sb.begin == 0 && sb.end == hit.begin && sb.end == 3 &&
            m_s.is_open_quote(0) && m_s.is_word(1)) {
          const Range after = np_after(hit.end, {});
          quoted_subject = after.empty() || !names_source(after);
        }
        // (Nor a body's quoted name in the subject's construct: "غير أن المتحدث باسم "الجيش
        // الوطني السوري" نفى ذلك".)
        if (!quoted_subject && m_s.is_close_quote(hit.begin - 1)) {
          std::uint32_t open = hit.begin - 1;
          while (open > 0 && hit.begin - open <= 7 && !m_s.is_open_quote(open - 1)) {
            --open;
          }
          if (open >= 2 && m_s.is_open_quote(open - 1) && hit.begin - open <= 6) {
            const std::uint32_t before = open - 2;
            // ("غير أن مصدراً في «سدايا» نفى ذلك": or the body a source noun's person is in.)
            quoted_subject = exact(before, u"\u0628\u0627\u0633\u0645") /* باسم */ ||
                             (is(WordClass::title, before) && m_s.cue_at(before) == nullptr) ||
                             ((exact(before, u"في") || exact(before, u"من") || exact(before, u"لدي")) && before >= 1 &&
                              m_s.noun_covering(before - 1) != nullptr && m_s.cue_at(before - 1) == nullptr);
          }
        }
      }
      if (k >= 2 && k < hit.begin + 1 && m_s.is_close_quote(k - 1) && m_s.quote[k - 2] >= 0 &&
          !complementizer(hit.end) && hit.end < m_end && !quoted_subject) {
        const Range subject = np_after(hit.end, {});
        const Complement after = complement_after(subject.empty() ? hit.end : subject.end);
        if (!subject.empty() && !after.found) {
          std::uint32_t open = 0;
          for (std::uint32_t i = 0; i < k; ++i) {
            if (m_s.quote[i] == m_s.quote[k - 2] || (m_s.is_open_quote(i) && i + 1 < k && m_s.quote[i + 1] == m_s.quote[k - 2])) {
              open = i;
              break;
            }
          }
          a.sources = {phrase(hit, subject.begin, subject.end)};
          if (!after.recipient.empty() && recipient_is_medium(after.recipient)) {
            SourcePhrase outer = phrase(hit, after.recipient.begin, after.recipient.end);
            outer.recipient = true;
            a.sources.insert(a.sources.begin(), outer);
          }
          a.quote_region = m_s.quote[k - 2];
          a.content_before = true;
          a.content_begin = open;
          a.content_end = k;
          a.region_begin = hit.begin;
          a.region_end = after.recipient.empty() ? subject.end : std::max(subject.end, after.recipient.end);
          return a;
        }
      }
    }
    // "وكان X قد قال", "X التي حذرت": the subject stands before the verb; "وهي لطالما نفت":
    // a pronoun subject, and what follows the verb is its object.
    // "أشار إلى X", "لفت إلى X": a cue that ends with its preposition has its object after it,
    // never its subject.
    // ("وأكد لـ«الشرق الأوسط» أن P": the lam of the one told, written apart, opens no object.)
    const bool ends_with_preposition = hit.end - hit.begin >= 2 && is_exact(WordClass::preposition, hit.end - 1) &&
                                       !exact(hit.end - 1, u"\u0644");
    Range comp_publisher{};  // "نشرت وكالة X بيانا زعم فيه Y": X
    auto find_publisher = [&](std::uint32_t statement) { comp_publisher = publisher_of(statement).first; };
    Range subject = subject_before(hit.begin, true);
    // "أوردت وكالة X تصريحا للمتحدث باسم الوزارة قال فيه إن P": the one whose statement it is,
    // named with "ل" after the statement, says it "in it"; the medium that carried it relays.
    // ("أوردت وكالة X تصريحا أدلى به المتحدث باسم المؤسسة، قال فيه إن P": the one who made
    // it, after "أدلى به", and a comma before the verb.)
    if (hit.end + 1 < m_end && (exact(hit.end, u"فيه") || exact(hit.end, u"فيها")) && complementizer(hit.end + 1)) {
      const std::uint32_t stop = hit.begin > 0 && m_s.is_comma(hit.begin - 1) ? hit.begin - 1 : hit.begin;
      for (std::uint32_t n = stop; n-- > 0 && stop - n <= 12;) {
        if (!m_s.is_word(n)) {
          break;
        }
        if (is(WordClass::statement_noun, n)) {
          Range owner{n + 1, stop};
          const bool made_by = n + 3 < stop && (exact(n + 1, u"ادلي") || exact(n + 1, u"ادلت")) &&
                               (exact(n + 2, u"به") || exact(n + 2, u"بها"));
          if (made_by) {
            owner.begin = n + 3;
          }
          // (Only with the medium that carried it: "في إشارة إلى تصريحات للمسؤول قال فيها"
          // is the words of the one who referred to them, as the annotators read it.)
          // ("أوردت وكالة X تصريحا لنائب رئيس المركز …، قال فيه إن P": a comma may close the
          // owner's long name.)
          if (!owner.empty() && w(n + 1).size() > 2 && (w(n + 1)[0] == k_lam || made_by) && names_source(owner)) {
            find_publisher(n);
            if (!comp_publisher.empty()) {
              subject = owner;
            }
          }
          break;
        }
      }
    }
    // "لكن تقارير أفادت بخرق الهدنة": after "لكن", a source noun right before the verb is its
    // subject.
    if (subject.empty() && hit.begin >= 2 &&
        (exact(hit.begin - 2, u"لكن") || exact(hit.begin - 2, u"ولكن")) &&
        m_s.noun_covering(hit.begin - 1) != nullptr && m_s.noun_covering(hit.begin - 1)->begin == hit.begin - 1) {
      subject = {hit.begin - 1, hit.begin};
    }
    // ("لكن الدويخ اعتبر أن P": a family name the story gave before, a definite word no
    // lexicon lists, before a past verb and its complement.)
    // ("غير أن المروني نفى، في مداخلة مع قناة X، أن P": after "غير أن"، "إلا أن"، "بيد أن" too,
    // and with where it was said set off before the complement.)
    const bool contrast_before =
        hit.begin >= 2 && (exact(hit.begin - 2, u"لكن") || exact(hit.begin - 2, u"ولكن") ||
                           (hit.begin >= 3 && complementizer(hit.begin - 2) &&
                            (exact(hit.begin - 3, u"غير") || exact(hit.begin - 3, u"الا") || exact(hit.begin - 3, u"بيد"))));
    if (subject.empty() && hit.begin >= 2 && hit.end + 2 < m_end && contrast_before &&
        (complementizer(hit.end) ||
         (m_s.is_comma(hit.end) && (exact(hit.end + 1, u"\u0641\u064a") /* في */ || adjunct_start(hit.end + 1)))) &&
        !imperfect_verb(hit) && m_s.is_word(hit.begin - 1) && definite(hit.begin - 1) && w(hit.begin - 1).size() >= 5 &&
        plain_noun(hit.begin - 1) && m_s.cue_at(hit.begin - 1) == nullptr &&
        m_s.entity_covering(hit.begin - 1) == nullptr && m_s.nationality_covering(hit.begin - 1) == nullptr) {
      subject = {hit.begin - 1, hit.begin};
    }
    if (subject.empty()) {
      subject = source_before_aside(hit);
    }
    // ("بعد أسبوع من تقرير لصحيفة "نيكي" أفاد بأن P": an indefinite statement with its owner
    // named with "ل", and the verb right after as its adjectival clause: the statement is
    // the subject.)
    // (Not "تصريحات للمسؤول قال فيها", read above: "in it" keeps the one who referred to them.)
    if (subject.empty() && hit.begin >= 2 && !(hit.end < m_end && (exact(hit.end, u"فيه") || exact(hit.end, u"فيها")))) {
      for (std::uint32_t n = hit.begin; n-- > 0 && hit.begin - n <= 8;) {
        if (m_s.is_comma(n) || m_s.is_end_punct(n) || (m_s.is_word(n) && m_s.cue_at(n) != nullptr)) {
          break;
        }
        if (is(WordClass::statement_noun, n) && !w(n).starts_with(u"\u0627\u0644")) {
          const Range owner{n + 1, hit.begin};
          if (!owner.empty() && w(n + 1).size() > 2 && w(n + 1)[0] == k_lam && names_source(owner)) {
            subject = {n, hit.begin};
          }
          break;
        }
      }
    }
    // "ثمة من يقول إن P", "وهناك من يرى أن P": someone, no one in particular.
    if (subject.empty() && hit.begin >= 2 && exact(hit.begin - 1, u"من") &&
        (exact(hit.begin - 2, u"ثمه") || exact(hit.begin - 2, u"وثمه") || exact(hit.begin - 2, u"هناك") ||
         exact(hit.begin - 2, u"وهناك"))) {
      subject = {hit.begin - 2, hit.begin};
    }
    if (subject.empty()) {
      subject = topic_subject(hit);
    }
    if (subject.empty() && imperfect_verb(hit)) {
      // Subject first, as in headlines: "النائب العام يعلن …", "الجيش يؤكد أن …".
      subject = np_before(hit.begin);
      if (subject.empty() && hit.begin > 0 && hit.begin <= 4) {
        bool plain = true;
        for (std::uint32_t t = 0; t < hit.begin && plain; ++t) {
          plain = m_s.is_word(t) && !is(WordClass::negation, t) && !is(WordClass::auxiliary, t) &&
                  !is_exact(WordClass::conjunction, t) && !is(WordClass::subordinator, t) &&
                  !is(WordClass::adverb, t) && !(t == 0 && is(WordClass::time_word, t)) &&  // "النائب العام"
                  !is_exact(WordClass::preposition, t) &&
                  !complementizer(t) && !is_exact(WordClass::relative, t) && !is(WordClass::determiner, t) &&
                  !is(WordClass::pronoun_male, t) && !is(WordClass::pronoun_female, t) &&
                  !is(WordClass::pronoun_plural, t) && m_s.cue_at(t) == nullptr;
        }
        if (plain) {
          subject = {0, hit.begin};
        }
      }
    }
    if (subject.empty()) {
      subject = subject_after_opener(hit);
    }
    // ("إن منصة «مساند» أبلغت الوزارة بأن P", "إن عددا من المزودين أبلغوا الجهاز بأنهم": a source
    // named before "أبلغ" informs; the noun after the verb is the one informed.)
    if (subject.empty() && cue.id == "ar.ablagha" && hit.begin >= 2) {
      std::uint32_t b = hit.begin;
      while (b > 0 && hit.begin - b < 7 && !complementizer(b - 1) && !m_s.is_comma(b - 1) && m_s.cue_at(b - 1) == nullptr &&
             (m_s.is_word(b - 1) || m_s.is_quote_mark(b - 1))) {
        --b;
      }
      const Range r{b, hit.begin};
      if (b < hit.begin && b > 0 && complementizer(b - 1) && names_source(r)) {
        subject = r;
      }
    }
    // ("غير أن الضمور نفى تلقي أي إنذار"، "غير أن عددا من الناخبين قالوا إنهم P": after an
    // opening "but", the few words between its "أن" and the verb are the clause's subject.)
    if (subject.empty()) {
      subject = contrast_clause_subject(hit.begin);
    }
    const bool pronoun = pronoun_before(hit.begin);
    const bool before = !subject.empty() || pronoun;
    // ("قال عضو …، إن فرق المراقبة وثقت "ثلاث صفحات" …": right after "إن" and a noun phrase
    // the lexicons do not know as a source, a verb has that phrase for its subject; it is part
    // of what the speaker said, no claim of its own.)
    if (!before && subject_after_complementizer(hit.begin)) {
      return std::nullopt;
    }
    // ("وقال الديوان إنه أحصى وفاة 9 حجاج": after "إنه"، "أنها", the pronoun is the subject of a
    // verb of announcing or counting, and the verb part of what the speaker before said; the
    // noun after it is its object, no source.)
    if (!before && cue.id == "ar.alana" && hit.begin > 0 && !m_s.in_quote(hit.begin - 1) &&
        (exact(hit.begin - 1, u"انه") || exact(hit.begin - 1, u"انها") || exact(hit.begin - 1, u"انهم") ||
         exact(hit.begin - 1, u"بانه") || exact(hit.begin - 1, u"بانها") || exact(hit.begin - 1, u"بانهم"))) {
      return std::nullopt;
    }
    Range told_after_lam{};  // "أكد لـX": X
    if (!before && !ends_with_preposition) {
      subject = np_after(hit.end, {});
      // "نشرت وكالة X بيانا زعم فيه التنظيم أن P": "in which", then the verb's subject.
      // ("في وقت تقول فيه منظمات إغاثة إن P": the time's resumptive pronoun, then the subject.)
      if ((subject.empty() || subject.begin == hit.end) && hit.end + 2 < m_end &&
          (exact(hit.end, u"فيه") || exact(hit.end, u"فيها")) && !complementizer(hit.end + 1)) {
        const bool time_before = hit.begin >= 1 && (exact(hit.begin - 1, u"وقت") || exact(hit.begin - 1, u"الوقت") ||
                                                     exact(hit.begin - 1, u"حين") || exact(hit.begin - 1, u"الذي"));
        if (const Range r = np_after(hit.end + 1, {}); !r.empty() && (names_source(r) || time_before)) {
          subject = r;
          if (hit.begin >= 3 && is(WordClass::statement_noun, hit.begin - 1)) {
            find_publisher(hit.begin - 1);
          }
        }
      }
      // ("أبلغت المملكة العربية السعودية الإدارة الأمريكية أنه P": after a known name, a
      // definite noun that opens no title is the one informed, the verb's object.)
      if (cue.id == "ar.ablagha" && !subject.empty() && subject.begin == hit.end) {
        if (const lexicon::EntityMatch* m = m_s.entity_covering(subject.begin);
            m != nullptr && m->begin == subject.begin && m->end < subject.end && m_s.is_word(m->end) &&
            w(m->end).starts_with(u"\u0627\u0644") && !is(WordClass::title, m->end) &&
            m_s.nationality_covering(m->end) == nullptr && m_s.entity_covering(m->end) == nullptr) {
          subject.end = m->end;
        }
      }
      // ("…، فيما أعلن تكليف وزراء الخارجية ببدء تحرك": an indefinite verbal noun right after a
      // verb that takes a noun-phrase object is that object; the subject is dropped.)
      // (Only "أعلن": in "دون أن تؤكد أو تنفي تأجيل الاجتماع" nothing is announced.)
      if (cue.id == "ar.alana" && !subject.empty() && subject.begin == hit.end && derived_verbal_noun(w(hit.end)) &&
          m_s.noun_covering(hit.end) == nullptr && m_s.entity_covering(hit.end) == nullptr &&
          !is(WordClass::title, hit.end) && !is(WordClass::statement_noun, hit.end)) {
        subject = {};
      }
      // ("أكدوا لهم أن": the one told, a pronoun with "ل", is never the subject. Not "لي",
      // which is also the name Li.)
      if (!subject.empty() && subject.end == subject.begin + 1 &&
          (exact(subject.begin, u"له") || exact(subject.begin, u"لها") || exact(subject.begin, u"لهم") ||
           exact(subject.begin, u"لهما") || exact(subject.begin, u"لنا") ||
           exact(subject.begin, u"لكم"))) {
        subject = {};
      }
      // ("وأكد لـ«الشرق الأوسط» أن P": the cue's own lam, written apart, takes the one told; the
      // subject is dropped.)
      if (hit.end - hit.begin >= 2 && exact(hit.end - 1, u"\u0644")) {
        subject = {};
        if (const Range r = recipient_phrase(hit.end - 1); !r.empty() && recipient_is_medium(r)) {
          told_after_lam = r;
        }
      }
      // "نفى ذلك": a demonstrative after the verb is its object, never its subject.
      if (!subject.empty() && (exact(subject.begin, u"ذلك") || exact(subject.begin, u"هذا") ||
                               exact(subject.begin, u"هذه") || exact(subject.begin, u"تلك"))) {
        subject = {};
      }
      // "وقال أحد السكان، ويدعى محمد أوزتورك، …": the name in apposition belongs to the subject.
      // ("وقال جندي يقاتل في المنطقة، عرّف عن نفسه باسم ميكولا، …": the name he gave himself.)
      std::uint32_t named_from = 0;
      if (!subject.empty() && subject.end + 4 < m_end && m_s.is_comma(subject.end)) {
        std::uint32_t k = subject.end + 1;
        if (exact(k, u"عرف") || exact(k, u"عرفت") || exact(k, u"قدم") || exact(k, u"قدمت")) {
          ++k;
          if (exact(k, u"عن")) {
            ++k;
          }
          if (k + 1 < m_end && (exact(k, u"نفسه") || exact(k, u"نفسها")) && exact(k + 1, u"باسم")) {
            named_from = k + 2;
          }
        }
      }
      // ("وقال دبلوماسي سابق، هو عبد الإله الوزاني، لوكالة X": "he is", then his name of two to
      // five plain words closed by a comma, opening with a given name; "، وهو يرد على سؤال،" has a
      // preposition, "، وهو أب لثلاثة أطفال،" a lam joined to a later word.)
      if (!subject.empty() && subject.end + 4 < m_end && m_s.is_comma(subject.end) &&
          (exact(subject.end + 1, u"هو") || exact(subject.end + 1, u"وهو") || exact(subject.end + 1, u"هي") ||
           exact(subject.end + 1, u"وهي"))) {
        std::uint32_t k = subject.end + 2;
        bool plain = true;
        while (k < m_end && plain && !m_s.is_comma(k)) {
          plain = m_s.is_word(k) && k - subject.end <= 6 && m_s.cue_at(k) == nullptr &&
                  !is_exact(WordClass::preposition, k) && !complementizer(k) && !is_exact(WordClass::relative, k) &&
                  !is(WordClass::subordinator, k) && !is_exact(WordClass::conjunction, k) && !is(WordClass::time_word, k) &&
                  !is(WordClass::contentless, k) && !(k > subject.end + 2 && w(k).size() > 2 && w(k)[0] == k_lam);
          ++k;
        }
        // (The name opens with a given name: "، وهو شاب أصيل معتمدية X،" describes.)
        const std::u16string_view first = w(subject.end + 2);
        const bool given = common_given_name(first) || first.starts_with(u"\u0639\u0628\u062f") /* عبد */ ||
                           first.starts_with(u"\u0627\u0628\u0648") /* أبو */;
        if (plain && given && k < m_end && m_s.is_comma(k) && k >= subject.end + 4) {
          named_from = subject.end + 2;
        }
      }
      if (!subject.empty() && subject.end + 2 < m_end && m_s.is_comma(subject.end) &&
          (exact(subject.end + 1, u"ويدعي") || exact(subject.end + 1, u"يدعي") || named_from != 0)) {
        std::uint32_t k = named_from != 0 ? named_from : subject.end + 2;
        while (k < m_end && k - subject.end <= 6 && m_s.is_word(k) && !complementizer(k)) {
          ++k;
        }
        if (k > subject.end + 2 && k < m_end && (m_s.is_comma(k) || m_s.is_punct(k, u':'))) {
          subject.end = k;
        }
      }
      // "وقالت "آفاد" في بيان إن P": a short quoted name, an adjunct, then the complement: the
      // name is the subject, not the start of a quotation.
      if (subject.empty() && told_after_lam.empty() && hit.end < m_end && m_s.is_open_quote(hit.end) &&
          manner_adverb_end(hit.end) == hit.end) {
        std::uint32_t close = hit.end + 1;
        while (close < m_end && !m_s.is_close_quote(close) && close - hit.end <= 5) {
          ++close;
        }
        std::uint32_t k = close + 1;
        while (k < m_end && k - close <= 5 &&
               (m_s.is_comma(k) || exact(k, u"في") || exact(k, u"عبر") || is(WordClass::statement_noun, k) ||
                is(WordClass::time_word, k) || is(WordClass::determiner, k))) {
          ++k;
        }
        // ("وقالت "روسكوسموس"، في البيان الذي نشرته على قناتها، إن P": a longer adjunct set
        // off by commas.)
        if (!(k < m_end && complementizer(k)) && close + 2 < m_end && m_s.is_comma(close + 1)) {
          std::uint32_t j = close + 2;
          while (j < m_end && j - close <= 16 && !m_s.is_comma(j) && !m_s.is_end_punct(j) && !complementizer(j)) {
            ++j;
          }
          if (j + 1 < m_end && j > close + 3 && m_s.is_comma(j) && complementizer(j + 1)) {
            k = j + 1;
          }
        }
        if (close < m_end && m_s.is_close_quote(close) && close > hit.end + 1 && close - hit.end <= 5 && k < m_end &&
            complementizer(k)) {
          subject = {hit.end, close + 1};
        }
      }
      // "واعتبرت اتهامه لها بدعم الإرهاب افتراء": a verbal noun with a possessive pronoun
      // ("اتهامه", "استخدامه", "إعلانها") is the object; the subject is dropped.
      if (!subject.empty() && m_s.entity_covering(subject.begin) == nullptr &&
          m_s.noun_covering(subject.begin) == nullptr && verbal_noun_with_pronoun(w(subject.begin))) {
        subject = {};
      }
    }
    // "وأبلغ مسؤول كبير رويترز أن P", "وأبلغ الوزير "رويترز" قائلا": after the subject of a
    // verb of telling, a news medium is the one told (and relays), not part of the subject.
    Range told_medium = told_after_lam;
    if (!before && !subject.empty() && w(hit.begin).find(u"\u0628\u0644\u063a") != std::u16string_view::npos) {
      for (std::uint32_t k = subject.begin + 1; k < subject.end; ++k) {
        std::uint32_t name = k;
        if (m_s.is_open_quote(k) && k + 1 < subject.end) {
          name = k + 1;
        }
        const lexicon::EntityMatch* m = m_s.entity_covering(name);
        if (m != nullptr && m->begin == name) {
          const SourceKind kind = m_s.gazetteer.entities()[m->entity].kind;
          if (kind == SourceKind::agency || kind == SourceKind::outlet) {
            std::uint32_t end = m->end;
            if (name != k && end < m_end && m_s.is_close_quote(end)) {
              ++end;
            }
            told_medium = {k, end};
            subject.end = k;
            break;
          }
        }
      }
    }
    // ("وقال سكان تحدثوا لوكالة فرانس برس إن P"، "قال وافدون تحدثوا إلى القبس إن P": an
    // unmarked relative clause on the indefinite subject, who spoke to a medium, which relays
    // when the gazetteer knows it; the page's own paper, unknown to it, is no hop.)
    std::uint32_t spoke_to_end = 0;
    if (!before && !subject.empty() && told_medium.empty() && subject.end + 2 < m_end &&
        w(subject.end).starts_with(u"\u062a\u062d\u062f\u062b") /* تحدث */ && w(subject.end).size() <= 6) {
      const std::uint32_t to = subject.end + 1;
      Range r = recipient_phrase(to);
      if (r.empty() && (exact(to, u"\u0627\u0644\u064a") /* إلى */ || exact(to, u"\u0645\u0639") /* مع */)) {
        r = relay_medium(to + 1, PhraseStops{false, true, true, true});
        if (r.empty() && to + 1 < m_end && m_s.is_word(to + 1) && complementizer(to + 2)) {
          spoke_to_end = to + 2;  // a one-word name the gazetteer does not know
        }
      }
      if (!r.empty() && complementizer(r.end)) {
        if (recipient_is_medium(r)) {
          told_medium = r;
        } else {
          spoke_to_end = r.end;
        }
      }
      if (const Hit* spoke = m_s.cue_at(subject.end); spoke != nullptr && (!told_medium.empty() || spoke_to_end > 0)) {
        m_consumed.insert(spoke->begin);
      }
    }
    Complement comp = complement_after(before || subject.empty()
                                           ? hit.end
                                           : (spoke_to_end > 0 ? spoke_to_end
                                                               : (told_medium.empty() ? subject.end : told_medium.end)));
    if (!comp_publisher.empty() && comp.relay_outer.empty()) {
      comp.relay_outer = comp_publisher;
      comp.relay_cue_begin = hit.begin - 1;
      comp.relay_cue_end = hit.begin;
    }
    if (!told_medium.empty() && comp.recipient.empty()) {
      comp.recipient = told_medium;
    }
    // ("وأوضح الجهاز، في نشرته السنوية التي أوردتها وكالة X، أن P"، "في إحصاء نشرته وكالة
    // X"، "في بيانها الذي بثته وكالة X أمس"، "وأوضح التقرير، الذي نشرت وكالة X مضامينه، أن
    // P": an aside set off by commas before the complement that names the news medium which
    // published the words; the medium relays them.)
    if (comp.found && comp.relay_outer.empty() && comp.recipient.empty()) {
      std::uint32_t from = before || subject.empty() ? hit.end : subject.end;
      // ("وقالت الوزارة في بيانها، الذي نقلته وكالة X، إن P": the statement named first.)
      if (from + 2 < comp.content && exact(from, u"\u0641\u064a") /* في */ &&
          is(WordClass::statement_noun, from + 1) && m_s.is_comma(from + 2)) {
        from += 2;
      }
      // ("اعتبرت الوكالة، استنادا إلى تعليق نشرته صحيفة X، أن P": an aside that cites a source
      // names what the speaker rests on, read by its own cue; the paper did not carry P.)
      const Hit* aside_cue = from + 1 < comp.content ? m_s.cue_at(from + 1) : nullptr;
      const bool cites = aside_cue != nullptr && aside_cue->begin == from + 1 &&
                         (m_s.lex.cues()[aside_cue->payload].frame == Frame::citing ||
                          m_s.lex.cues()[aside_cue->payload].frame == Frame::according);
      if (from < comp.content && m_s.is_comma(from) && !cites) {
        for (std::uint32_t k = from + 1; k + 1 < comp.content && k < from + 12; ++k) {
          if (m_s.is_comma(k) || !m_s.is_word(k) || m_s.in_quote(k) || !frames::is_publishing_verb(w(k))) {
            continue;
          }
          std::uint32_t medium = k + 1;
          if (medium + 1 < m_end && object_pronoun_of_relay(medium)) {
            ++medium;
          }
          const Range r = relay_medium(medium, PhraseStops{false, true, true, true});
          // ("في نشرته السنوية": "its bulletin" spells as "published it"; read on. "في نشرتها
          // اليومية": nor is "daily" a newspaper here: a news medium the gazetteer knows, or an
          // agency by its noun.)
          if (!r.empty() && r.end < comp.content && names_news_medium(r)) {
            comp.relay_outer = r;
            comp.relay_cue_begin = k;
            comp.relay_cue_end = k + 1;
            break;
          }
        }
      }
    }
    // ("… "رويترز" قائلا إن P": the participle goes on with the telling.)
    if (!told_medium.empty() && told_medium.end < m_end) {
      if (const Hit* p = m_s.cue_at(told_medium.end); p != nullptr && m_s.lex.cues()[p->payload].id == "ar.qailan") {
        const Complement after_saying = complement_after(p->end);
        if (after_saying.found && after_saying.next <= p->end + 2) {
          comp = after_saying;
          comp.recipient = told_medium;
          m_consumed.insert(p->begin);
        }
      }
    }
    // "وفي تصريح لقناة "النهار" عقب النطق بالحكم، قال المحامي إن": the medium told, in an
    // introduction set off by a comma, relays.
    if (comp.recipient.empty()) {
      for (std::uint32_t k = 0; k < 2 && k + 2 < hit.begin; ++k) {
        if (!(exact(k, u"في") || exact(k, u"وفي")) || !is(WordClass::statement_noun, k + 1)) {
          continue;
        }
        const Range r = recipient_phrase(k + 2);
        bool comma = false;
        bool other_cue = false;
        for (std::uint32_t j = r.end; !r.empty() && j < hit.begin; ++j) {
          comma = comma || m_s.is_comma(j);
          other_cue = other_cue || m_s.cue_at(j) != nullptr;
        }
        if (!r.empty() && r.end <= hit.begin && comma && !other_cue && recipient_is_medium(r)) {
          comp.recipient = r;
        }
        break;
      }
    }
    // ("ونشر رواد المنصات مقطعا مصورا قيل إنه صور من أحد القاربين، يظهر …": "said to be" of
    // the thing published; the publishers end before it, and what is said of it ends at its
    // comma.)
    bool said_of_published = false;
    if (cue.id == "ar.tadawala") {
      // "تداولت حسابات أنباء عن P": the reports' noun carries it; "تداولت حسابات مقطعا قيل
      // إنه P": what is said of the clip, by those who passed it round.
      // (Its complement is "أن", written with the hamza above: "إن" answers another verb.)
      bool anna = false;
      for (std::uint32_t t = comp.content; t-- > hit.end && t + 2 >= comp.content && !anna;) {
        const std::string written = m_s.utf8(t, t + 1);
        anna = written.starts_with("\xD8\xA3\xD9\x86") /* أن */ || written.starts_with("\xD8\xA8\xD8\xA3\xD9\x86") /* بأن */;
      }
      // ("تداول مساهمون، عبر مجموعات على "واتساب"، رسالة تفيد بأن P": what they passed round,
      // and its own verb of saying, then the complement.)
      static constexpr std::u16string_view k_messages[] = {u"رساله", u"رسايل", u"منشورا", u"منشورات", u"تغريده",
                                                           u"تغريدات", u"مقطعا", u"صوره", u"وثيقه", u"بيانا",
                                                           u"صورا", u"مقاطع", u"تسجيلا", u"فيديو"};
      for (std::uint32_t t = hit.end + 1; t + 2 < m_end && t < hit.end + 14; ++t) {
        if (std::find(std::begin(k_messages), std::end(k_messages), w(t)) == std::end(k_messages)) {
          continue;
        }
        // (The message's own verb, singular: "تفيد"، "تقول"; "مقطعا قالوا إنه" is theirs.)
        const Hit* says = m_s.cue_at(t + 1);
        const std::u16string_view verb = w(t + 1);
        const bool its_verb = verb == u"تفيد" || verb == u"يفيد" || verb == u"تقول" || verb == u"يقول" ||
                              verb == u"توكد" || verb == u"يوكد" || verb == u"تزعم" || verb == u"يزعم";
        if (says != nullptr && its_verb && says->begin == t + 1 && says->end < m_end && complementizer(says->end)) {
          m_consumed.insert(says->begin);
          if (!subject.empty() && subject.begin < t && subject.end > t) {
            subject.end = t;  // ("ناشطون رسالة": the message is what they passed round)
          }
          comp = Complement{};
          comp.content = says->end + 1;
          comp.found = true;
          comp.next = says->end;
          anna = true;
        }
        // ("مقطعا مصورا قيل إنه P": an adjective may come between.)
        for (std::uint32_t v = t + 1; v < t + 3 && v + 1 < m_end && !said_of_published; ++v) {
          said_of_published = (exact(v, u"قيل") || exact(v, u"يقال")) && complementizer(v + 1);
          if (said_of_published) {
            if (!subject.empty() && subject.begin < t && subject.end > t) {
              subject.end = t;
            }
            comp = Complement{};
            comp.content = v + 2;
            comp.found = true;
            comp.next = v + 1;
            anna = true;
          }
        }
        break;
      }
      if (!comp.found || comp.past_words || !anna) {
        return std::nullopt;
      }
    }
    // ("وكانت تقارير قد تحدثت عن أن P": "عن" with a complement of its own reports P.)
    const bool about_that = comp.found && comp.content >= 2 && complementizer(comp.content - 1) &&
                            exact(comp.content - 2, u"عن");
    if (cue.id == "ar.tahaddatha" && !about_that) {
      // "تحدث X عن Y" reports Y, never a complement further on (the one told stays).
      const Range told = comp.recipient;
      comp = Complement{};
      comp.recipient = told;
    }
    // ("وأبلغت لينا X، مديرة الأبحاث في شركة Y، رويترز أن P": the one informed, a medium
    // named bare after the subject's apposition, relays.)
    if (cue.id == "ar.ablagha" && comp.found && comp.recipient.empty() && comp.content >= 3 &&
        complementizer(comp.content - 1)) {
      std::uint32_t open = comp.content - 1;
      while (open > hit.end && comp.content - open <= 6 && !m_s.is_comma(open - 1) && m_s.is_word(open - 1)) {
        --open;
      }
      if (open > hit.end && m_s.is_comma(open - 1) && open < comp.content - 1 &&
          recipient_is_medium(Range{open, comp.content - 1})) {
        comp.recipient = Range{open, comp.content - 1};
      }
    }
    // ("أبلغت سيول الجانب الشمالي بالحادث عبر مكبرات الصوت، لأن …": informed of a thing; a
    // quotation past other words is no part of what was told.)
    if (cue.id == "ar.ablagha" && comp.found && comp.past_words && m_s.is_open_quote(comp.content) &&
        !(comp.content > 0 && complementizer(comp.content - 1))) {
      return std::nullopt;
    }
    // ("قال X إن الجانب الإسرائيلي أبلغ الهيئة بوقف الشحنات، وإن المحطات بدأت …": informed of a
    // thing; "إن", with the hamza below, past other words goes on the clause of "قال".)
    if (cue.id == "ar.ablagha" && comp.found && comp.past_words && comp.content > 0) {
      const std::string written = m_s.utf8(comp.content - 1, comp.content);
      if (written == "\xD8\xA5\xD9\x86" /* إن */ || written == "\xD9\x88\xD8\xA5\xD9\x86" /* وإن */) {
        return std::nullopt;
      }
    }
    if (ends_with_preposition && comp.found && comp.next > hit.end) {
      comp = Complement{};  // "أشار إلى سقوط قتلى من دون أن …": the object, not a far "أن"
    }
    // "أعلنت الحركة في بيان تبنيها إطلاق الصواريخ رداً على "العدوان"": a verb that takes a
    // noun-phrase object reports that object, not a quotation further on.
    // (The one told before the object still relays: "نفى لوكالة رويترز تنفيذ "اعتقالات"".)
    // ("أعلن علماء آثار أتراك العثور على مقبرة …، شرقي البلاد، قالوا إنها …": a verb that takes a
    // noun-phrase object reports it; a stretch after a comma past other words, with no "أن" or
    // colon to open it, is no complement.)
    const std::uint32_t far_word = comp.content < m_end && m_s.is_comma(comp.content) ? comp.content + 1 : comp.content;
    const bool unmarked_far = cue.np_complement && comp.found && comp.past_words && far_word > 0 && far_word < m_end &&
                              m_s.is_comma(far_word - 1) && m_s.is_word(far_word) && !complementizer(far_word) &&
                              m_s.cue_at(far_word) == nullptr;
    if (unmarked_far || (cue.np_complement && comp.found && comp.past_words && comp.next == comp.content &&
                         m_s.is_open_quote(comp.content))) {
      Complement told;
      told.recipient = comp.recipient;
      told.relay_outer = comp.relay_outer;
      told.relay_cue_begin = comp.relay_cue_begin;
      told.relay_cue_end = comp.relay_cue_end;
      comp = told;
    }
    // "خلصت دراسة إلى أن"، "أظهرت بيانات أن": only a source or data finds; "القرار أظهر" is
    // the writer's reasoning.
    if (cue.id == "ar.khalusa" && (subject.empty() || !names_source(subject)) && !pronoun) {
      const Range before_verb = subject_before(hit.begin, false);
      if (before_verb.empty() || !names_source(before_verb)) {
        return std::nullopt;
      }
    }
    // ("أقرّ البرلمان، الجمعة، اقتراح قانون … في جلسة قاطعها نواب «التيار»": "أقر" with a noun
    // object passed it; a quotation met past that object is a name in it, not an admission.)
    // ("أقرت الإدارة بوجود "خلل تقني"", "أقر في التحقيقات بـ«…»": with "ب" it admits what follows.)
    if (cue.id == "ar.akkada" && comp.found && comp.past_words && comp.next == comp.content && comp.content > 0 &&
        w(hit.begin).find(u"\u0627\u0642\u0631") != std::u16string_view::npos /* اقر */ &&
        !ba_prefixed(comp.content - 1) && !exact(comp.content - 1, u"\u0628") &&
        !exact(comp.content - 1, u"\u0628\u0640")) {
      // ("أقرت وزارة الدفاع بمشاركة طائرات "تايفون" في العدوان": the verbal noun with "ب" right
      // after the subject is what it admits, a quoted name inside it. Not "بالإجماع" or
      // "بأغلبية": how a bill was passed.)
      const std::uint32_t object = subject.empty() ? hit.end : subject.end;
      const bool admits = object < comp.content && subject.begin >= hit.end && ba_prefixed(object) &&
                          w(object).size() > 4 && !exact(object, u"\u0628\u0627\u0644\u0627\u062c\u0645\u0627\u0639") /* بالاجماع */ &&
                          !w(object).starts_with(u"\u0628\u0627\u063a\u0644\u0628") /* باغلب */ &&
                          !w(object).starts_with(u"\u0628\u0627\u0644\u0627\u063a\u0644\u0628") /* بالاغلب */;
      if (!admits) {
        return std::nullopt;
      }
      comp.content = object;
      comp.next = object;
    }
    // ("أظهر الفرز نيل مرشح المعارضة 59 صوتاً، في مقابل 51 لمرشح "الثنائي"": a quotation met
    // past a comma and other words after the subject is a name in the object, not what was
    // found; "أظهرت مقاطع نشرتها قنوات على تطبيق "تلغرام" حشودا" keeps its object.)
    if (cue.id == "ar.khalusa" && comp.found && comp.past_words && comp.next == comp.content) {
      bool past_comma = false;
      for (std::uint32_t k = subject.empty() ? hit.end : subject.end; k < comp.content && !past_comma; ++k) {
        past_comma = m_s.is_comma(k);
      }
      if (past_comma) {
        return std::nullopt;
      }
    }
    // ("مشروع قانون يشدد العقوبات على تهريب العملات": to tighten penalties, controls or a
    // siege on something is no saying; its object stands where the subject would.)
    if (cue.id == "ar.akkada" && !subject.empty() && subject.begin == hit.end &&
        w(hit.begin).find(u"\u0634\u062f\u062f") != std::u16string_view::npos /* شدد */) {
      static constexpr std::u16string_view k_tightened[] = {
          u"\u0627\u0644\u0639\u0642\u0648\u0628\u0627\u062a" /* العقوبات */,
          u"\u0627\u0644\u0627\u062c\u0631\u0627\u0621\u0627\u062a" /* الإجراءات */,
          u"\u0627\u0644\u0631\u0642\u0627\u0628\u0647" /* الرقابة */,
          u"\u0627\u0644\u0642\u064a\u0648\u062f" /* القيود */,
          u"\u0627\u0644\u062d\u0635\u0627\u0631" /* الحصار */,
          u"\u0627\u0644\u062e\u0646\u0627\u0642" /* الخناق */,
          u"\u0627\u0644\u062d\u0631\u0627\u0633\u0647" /* الحراسة */,
          u"\u0627\u0644\u0634\u0631\u0648\u0637" /* الشروط */,
          u"\u0642\u0628\u0636\u062a\u0647\u0627" /* قبضتها */,
          u"\u0642\u0628\u0636\u062a\u0647" /* قبضته */};
      if (std::find(std::begin(k_tightened), std::end(k_tightened), w(subject.begin)) != std::end(k_tightened)) {
        return std::nullopt;
      }
    }
    if (subject.empty() && !pronoun) {
      subject = subject_before(hit.begin, false);
      std::u16string_view verb = w(hit.begin);
      if (verb.size() > 3 && (verb[0] == k_waw || verb[0] == k_fa)) {
        verb.remove_prefix(1);  // "ويعتقد أن": the conjunction first
      }
      const bool present = verb.size() > 2 && (verb[0] == k_ya || verb[0] == k_ta);
      if (cue.commitment == Commitment::belief && subject.empty() && present && comp.found &&
          comp.next <= hit.end + 1) {
        return std::nullopt;  // "يعتقد أنه": "it is believed", a hedge, not a source
      }
    }
    if (!comp.found) {
      // "أكد الوزير على وجوب الالتزام": an emphasis verb with "على" reports its object.
      const std::uint32_t after_subject = skip_adjuncts((!before && !subject.empty() && subject.begin >= hit.end) ? subject.end : hit.end);
      // ("وأشار المرصد إلى سقوط قتلى", "ولفت الوزير إلى …": likewise with إلى.)
      const bool pointing_ila = cue.id == "ar.awdaha" && exact(after_subject, u"الي") &&
                                (w(hit.begin).find(u"اشار") != std::u16string_view::npos ||
                                 w(hit.begin).find(u"لفت") != std::u16string_view::npos ||
                                 // ("وتشير تقارير محلية إلى نفوق …": the present too, its subject
                                 // after it; "الأمر الذي يشير إلى …" is the writer's inference.)
                                 ((w(hit.begin).ends_with(u"يشير") || w(hit.begin).ends_with(u"تشير")) && !before &&
                                  !subject.empty() && subject.begin >= hit.end));
      const bool emphasis_ala = (cue.id == "ar.akkada" && exact(after_subject, u"علي")) || pointing_ila;
      // "أكدت الوزارة جاهزية فرق الطوارئ": an emphasis verb with a construct noun phrase (an
      // indefinite head, no possessive, then a definite genitive) asserts it. ("أكد دعمه" is a
      // stance, not a claim.)
      bool emphasis_np = false;
      std::uint32_t np_head = after_subject;
      if (!before && !subject.empty() && subject.begin >= hit.end) {
        // (The subject phrase may have run on into the object: "أكدت الوزارة جاهزية …".)
        if (const Range np = entity_np(hit.end); !np.empty() && np.end < subject.end) {
          np_head = skip_adjuncts(np.end);
        }
      }
      const bool stress_verb = w(hit.begin).find(u"\u0627\u0643\u062f") != std::u16string_view::npos /* أكد */ ||
                               w(hit.begin).find(u"\u0634\u062f\u062f") != std::u16string_view::npos /* شدد */;
      if (cue.id == "ar.akkada" && stress_verb && !subject.empty() && np_head + 1 < m_end && m_s.is_word(np_head) &&
          m_s.is_word(np_head + 1)) {
        const std::u16string_view head = w(np_head);
        const bool possessive = written_possessive(np_head);
        emphasis_np = head.size() >= 4 && !head.starts_with(u"\u0627\u0644") && !possessive && !ba_prefixed(np_head) &&
                      plain_noun(np_head) && !is(WordClass::contentless, np_head) &&
                      m_s.entity_covering(np_head) == nullptr && m_s.noun_covering(np_head) == nullptr &&
                      (w(np_head + 1).starts_with(u"\u0627\u0644") ||
                       (np_head + 2 < m_end && m_s.is_word(np_head + 2) && definite(np_head + 2)));
      }
      // "أقرت المملكة بموته"، "اعترف الجيش بمقتل جنديين": an acknowledgement with "ب" and a
      // verbal noun asserts it.
      const std::u16string_view verb_word = w(hit.begin);
      // ("اعترفت موسكو باستقلال الإقليم": recognising a state or a government admits nothing.)
      auto recognised = [&](std::uint32_t k) {
        return k < m_end && (w(k).starts_with(u"باستقلال") || w(k).starts_with(u"بدوله") || w(k).starts_with(u"بسياده") ||
                             w(k).starts_with(u"بشرعيه") || w(k).starts_with(u"بحكومه") ||
                             w(k).starts_with(u"بالحكومه") || w(k).starts_with(u"بالدوله"));
      };
      // (An adverb may come first: "اعترفت موسكو بعدها باستقلال".)
      const bool recognition = recognised(np_head) || (np_head < m_end && recognised(np_head + 1));
      const bool acknowledged = cue.id == "ar.akkada" && !subject.empty() && np_head < m_end && !recognition &&
                                (verb_word.find(u"\u0627\u0642\u0631") != std::u16string_view::npos /* اقر */ ||
                                 verb_word.find(u"\u0627\u0639\u062a\u0631\u0641") != std::u16string_view::npos /* اعترف */) &&
                                (ba_prefixed(np_head) || ((exact(np_head, u"\u0628") || exact(np_head, u"\u0628\u0640")) &&
                                                          np_head + 1 < m_end && m_s.is_open_quote(np_head + 1)));
      // "وتقدر التعاونية عدد الصيادين المتضررين بنحو 400 صياد": an estimate by a named source,
      // its object and the amount ("بنحو"، "بحوالي"، "بـ15 في المئة"), states a figure.
      std::u16string_view estimate_verb = verb_word;
      if (estimate_verb.size() > 3 && (estimate_verb[0] == k_waw || estimate_verb[0] == k_fa)) {
        estimate_verb.remove_prefix(1);
      }
      // ("وقدّر مسؤول سابق بالجهاز، في تصريحات تلفزيونية، عدد …": where the speaker works, then
      // an aside.)
      std::uint32_t works_at_end = 0;
      if (cue.id == "ar.raa" && np_head + 2 < m_end && ba_prefixed(np_head) && m_s.is_comma(np_head + 1)) {
        works_at_end = np_head + 1;
        np_head = skip_adjuncts(np_head + 1);
      }
      // ("غير أن "بلومبرغ" قدرت قيمة الصفقة بنحو …": the subject may stand before the verb,
      // opening its clause; "وثيقة داخلية تقدر كلفة …" is a thing described, no one speaking.)
      // ("وكان رئيس المجلس قد قدّر، في تصريحات صحافية، عدد …": after "كان", and with an aside
      // between the verb and its object.)
      const bool opens_clause_before =
          subject.end <= hit.begin &&
          (subject.begin == 0 || complementizer(subject.begin - 1) || exact(subject.begin - 1, u"لكن") ||
           exact(subject.begin - 1, u"ولكن") || m_s.is_comma(subject.begin - 1) ||
           is_exact(WordClass::auxiliary, subject.begin - 1));
      if (cue.id == "ar.raa" && subject.end <= hit.begin && hit.end + 2 < m_end && m_s.is_comma(hit.end)) {
        if (const std::uint32_t close = comma_after_words(hit.end + 1, hit.end + 10); close > hit.end + 1) {
          np_head = close + 1;
        }
      }
      bool estimate = cue.id == "ar.raa" && !subject.empty() && names_source(subject) &&
                      (subject.begin >= hit.end || opens_clause_before) &&
                      (estimate_verb == u"قدر" || estimate_verb == u"قدرت" || estimate_verb == u"يقدر" ||
                       estimate_verb == u"تقدر" || estimate_verb == u"قدروا") &&
                      np_head < m_end && m_s.is_word(np_head) && !ba_prefixed(np_head);
      if (estimate) {
        estimate = amount_within(np_head + 1);
      }
      // "توقعت هيئة الأنواء استمرار تساقط الأمطار"، "توقع في نشرته تحسن الأحوال الجوية": a
      // forecast whose object is a verbal noun of change states what is expected.
      static constexpr std::u16string_view k_forecast_verbs[] = {u"توقع", u"توقعت", u"يتوقع", u"تتوقع", u"توقعوا",
                                                                 u"يتوقعون"};
      static constexpr std::u16string_view k_change_nouns[] = {
          u"استمرار", u"تحسن", u"ارتفاع", u"انخفاض", u"تراجع", u"هطول", u"تساقط", u"نمو", u"زياده", u"وصول",
          u"عوده", u"تباطو", u"انتعاش", u"حدوث", u"تسجيل", u"تكرار", u"اشتداد", u"انحسار", u"تجاوز", u"بلوغ"};
      auto change_noun = [&](std::uint32_t k) {
        return k + 1 < m_end && m_s.is_word(k + 1) &&
               std::any_of(std::begin(k_change_nouns), std::end(k_change_nouns), [&](std::u16string_view n) { return exact(k, n); });
      };
      const bool forecast_verb = cue.id == "ar.raa" && std::any_of(std::begin(k_forecast_verbs), std::end(k_forecast_verbs),
                                                                   [&](std::u16string_view f) { return estimate_verb == f; });
      // (Past an aside set off by commas: "، في نشرة أوردتها وكالة الأنباء العراقية، استمرار".)
      const bool set_off_after_subject = !subject.empty() && subject.end < m_end && m_s.is_comma(subject.end);
      if (forecast_verb && !change_noun(np_head) && np_head < m_end && np_head > 0 &&
          (m_s.is_comma(np_head - 1) || set_off_after_subject)) {
        for (std::uint32_t k = np_head; k + 1 < m_end && k <= np_head + 12 && !complementizer(k) &&
                                        (m_s.is_word(k) || m_s.is_comma(k));
             ++k) {
          if (m_s.is_comma(k)) {
            if (change_noun(k + 1)) {
              np_head = k + 1;
            }
            break;
          }
        }
      }
      const bool forecast = forecast_verb && change_noun(np_head);
      // ("أظهرت بيانات رسمية تراجع الصادرات"، "أظهر التقرير الربعي، الصادر اليوم، تراجع معدل
      // البطالة": data, a report or a poll after the verb of showing, its object a verbal noun
      // of change, state a finding, as a forecast states what is expected. The check above has
      // made sure the subject names a source.)
      const bool showing_verb = cue.id == "ar.khalusa" && !before && !subject.empty() && subject.begin >= hit.end &&
                                verb_word.find(u"\u0627\u0638\u0647\u0631") != std::u16string_view::npos /* اظهر */;
      if (showing_verb && !change_noun(np_head) && np_head < m_end && np_head > 0 && set_off_after_subject) {
        if (const std::uint32_t close = comma_after_words(np_head, np_head + 10); close > np_head && change_noun(close + 1)) {
          np_head = close + 1;
        }
      }
      // ("أظهرت أرقام وزارة السياحة والآثار تراجع عدد الزوار"، "أظهرت بيانات رسمية تراجع …": a
      // subject phrase that ran on into the verbal noun of change ends before it.)
      if (showing_verb && !change_noun(np_head)) {
        for (std::uint32_t k = subject.begin + 1; k < subject.end && k <= subject.begin + 12; ++k) {
          if (!m_s.is_word(k) || complementizer(k)) {
            break;
          }
          if (change_noun(k)) {
            subject.end = k;
            np_head = k;
            break;
          }
        }
      }
      const bool finding = showing_verb && change_noun(np_head);
      if (!cue.np_complement && !emphasis_ala && !emphasis_np && !acknowledged && !estimate && !forecast && !finding) {
        return std::nullopt;
      }
      // ("مقطع فيديو زعمت أنه يوثق تعذيب …": a thing documenting, its pronoun the subject, no
      // speaker.)
      if (hit.begin > 0 && w(hit.begin).find(u"\u0648\u062b\u0642") != std::u16string_view::npos /* وثق */ &&
          complementizer(hit.begin - 1) &&
          (w(hit.begin - 1).ends_with(u"\u0647") || w(hit.begin - 1).ends_with(u"\u0647\u0627"))) {
        return std::nullopt;
      }
      // ("قبل أن يعلن قائد الطائرة العودة إلى المطار": a deed in a clause of time, no claim;
      // "ويُتوقع أن يعلن الجهاز بياناته": an announcement still to come, none either.)
      static constexpr std::u16string_view k_not_an_announcement[] = {
          u"قبل", u"بعد", u"منذ", u"حتي", u"ريثما", u"يتوقع", u"ويتوقع", u"المتوقع", u"المقرر", u"المنتظر",
          u"ينتظر", u"يرتقب", u"ويرتقب"};
      if (hit.begin >= 2 && exact(hit.begin - 1, u"ان") &&
          std::any_of(std::begin(k_not_an_announcement), std::end(k_not_an_announcement),
                      [&](std::u16string_view f) { return exact(hit.begin - 2, f); })) {
        return std::nullopt;
      }
      // ("إذ تعلن السلطات بشكل دوري ضبط قطع أثرية": what is announced as a habit, no claim.)
      for (std::uint32_t k = hit.end; k + 1 < m_end && k < hit.end + 6 && m_s.is_word(k); ++k) {
        if ((exact(k, u"بشكل") || exact(k, u"بصوره")) && (exact(k + 1, u"دوري") || exact(k + 1, u"منتظم") ||
                                                          exact(k + 1, u"متكرر") || exact(k + 1, u"مستمر"))) {
          return std::nullopt;
        }
      }
      // A noun-phrase claim: "نفت السلطات وقوع أي خرق", "أعلنت "سانا" تصدي ...".
      std::uint32_t c = (!before && !subject.empty() && subject.begin >= hit.end) ? subject.end : hit.end;
      if (!before && !subject.empty() && subject.begin >= hit.end) {
        // A subject that names no one reports nothing: "كشف الفوران الأخير للأزمة عن شقاقات"
        // (the flare-up revealed rifts). Its head is a known source, a title or a name.
        // ("كشف" is as often "revealed" with a fact for its subject.)
        const std::uint32_t head = subject.begin;
        const std::u16string_view verb = w(hit.begin);
        const bool revealed = verb.find(u"كشف") != std::u16string_view::npos;
        if (revealed && w(head).starts_with(u"ال") && m_s.entity_covering(head) == nullptr &&
            m_s.noun_covering(head) == nullptr && !is(WordClass::title, head) && !is(WordClass::statement_noun, head) &&
            !is(WordClass::honorific, head) && !(head + 1 < subject.end && m_s.nationality_covering(head + 1) != nullptr)) {
          return std::nullopt;
        }
        // ("أعلن علماء آثار أتراك العثور على مقبرة": after an indefinite nationality, which ends
        // an indefinite subject, a definite word can be no part of it; it opens the object.)
        for (std::uint32_t i = subject.begin + 1; i + 1 < subject.end; ++i) {
          if (!w(subject.begin).starts_with(u"\u0627\u0644") && m_s.nationality_covering(i) != nullptr &&
              !w(i).starts_with(u"\u0627\u0644") && w(i + 1).starts_with(u"\u0627\u0644") &&
              m_s.nationality_covering(i + 1) == nullptr && m_s.entity_covering(i + 1) == nullptr &&
              m_s.noun_covering(i + 1) == nullptr && !is(WordClass::title, i + 1)) {
            subject.end = i + 1;
            c = i + 1;
            break;
          }
        }
        // The subject phrase swallowed the claim ("اعتبرت دمشق الاتهامات "فبركات""): the
        // entity and its adjectives are the subject, the rest is the claim. (Not when a
        // preposition closed it: "أكد رئيس الوزراء النرويجي هنريك دال على موافقة …".)
        Range np = entity_np(hit.end);
        // ("أعلن التنظيم مسؤوليته عن الهجوم": a noun with its possessive before "عن" is the
        // object, and the subject ends before it.)
        const std::u16string_view before_prep = subject.end > subject.begin ? w(subject.end - 1) : std::u16string_view{};
        const bool possessed_object = before_prep.size() >= 5 && !before_prep.starts_with(u"ال") &&
                                      (before_prep.ends_with(u"ته") || before_prep.ends_with(u"تها") ||
                                       before_prep.ends_with(u"تهم"));
        // ("أكد الوزير المهندس X، على وجوب …": a comma may stand before the preposition.)
        // ("أعلن رئيس البلدية انقطاع التيار عن الحي": an indefinite verbal noun with its definite
        // genitive after the speaker is the object, and "عن" is its own, not "أعلن عن".)
        auto construct_object = [&](std::uint32_t k) {
          if (k + 1 >= subject.end || !m_s.is_word(k) || !m_s.is_word(k + 1)) {
            return false;
          }
          const std::u16string_view noun = w(k);
          const bool possessive = written_possessive(k);
          // (Not the title's genitive with "ل": "وزير الدولة لشؤون الطاقة"، "للشؤون الخارجية".)
          if (noun.starts_with(u"\u0644\u0634\u0648\u0648\u0646") /* لشؤون */ ||
              noun.starts_with(u"\u0644\u0644") /* لل */) {
            return false;
          }
          return noun.size() >= 4 && !noun.starts_with(u"\u0627\u0644") && !possessive && !ba_prefixed(k) &&
                 plain_noun(k) && !is(WordClass::contentless, k) && !is(WordClass::title, k) &&
                 m_s.entity_covering(k) == nullptr && m_s.noun_covering(k) == nullptr &&
                 m_s.nationality_covering(k) == nullptr && definite(k + 1);
        };
        bool object_before_an = cue.id == "ar.alana" && !np.empty() && np.end < subject.end && construct_object(np.end);
        // (Or right after a place's name that ends the speaker's title, which the noun phrase ran
        // past: "رئيس بلدية كييف انقطاع التيار …".)
        if (cue.id == "ar.alana" && !object_before_an && !np.empty() && np.end == subject.end) {
          // (A name the gazetteer does not know, after an office's noun, "رئيس بلدية خاركيف",
          // when the object has a derived verbal noun's shape: "انقطاع"، "استئناف"، "تعليق".)
          auto derived_noun = [&](std::uint32_t k) {
            const std::u16string_view v = w(k);
            return v.size() >= 5 && (v[0] == k_alef || v[0] == u'\u062a' /* ت */);
          };
          for (std::uint32_t k = np.begin + 2; k + 1 < subject.end; ++k) {
            const lexicon::EntityMatch* place = m_s.entity_covering(k - 1);
            const bool unknown_name = k >= np.begin + 3 && derived_noun(k) && plain_noun(k - 1) &&
                                      !definite(k - 1) && m_s.noun_covering(k - 1) == nullptr &&
                                      m_s.entity_covering(k - 1) == nullptr && !is(WordClass::title, k - 1) &&
                                      (m_s.noun_covering(k - 2) != nullptr || is(WordClass::title, k - 2) ||
                                       is(WordClass::title, k - 3));
            if (((place != nullptr && place->end == k) || unknown_name) && construct_object(k)) {
              np.end = k;
              object_before_an = true;
              break;
            }
          }
        }
        const bool closed_by_preposition =
            subject.end < m_end && !possessed_object &&
            ((emphasis_ala && (exact(after_subject, u"علي") || exact(after_subject, u"الي"))) ||
             ((cue.id == "ar.alana" || cue.id == "ar.tahaddatha") && exact(after_subject, u"عن") && !object_before_an));
        // ("نفى المدير الإداري للمركز، وليد سمير حداد، استخدام …": a name set off by commas
        // closes the subject; the object comes after it.)
        bool named_apposition = false;
        for (std::uint32_t i = np.end; i + 2 < subject.end && !named_apposition; ++i) {
          // (A title may head the name: "، الدكتور خالد الشهراني،".)
          const bool titled = is(WordClass::title, i + 1) || is(WordClass::honorific, i + 1);
          if (!m_s.is_comma(i) || (definite(i + 1) && !titled)) {
            continue;
          }
          std::uint32_t e = titled ? i + 2 : i + 1;
          while (e < subject.end && m_s.is_word(e) && m_s.noun_covering(e) == nullptr &&
                 m_s.entity_covering(e) == nullptr && m_s.nationality_covering(e) == nullptr) {
            ++e;
          }
          named_apposition = e == subject.end && e - (i + 1) >= 2 && e - (i + 1) <= 5;
        }
        // ("نفى نائب رئيس لجنة الأغذية في غرفة التجارة، NAME، …": where the titled speaker
        // works goes on with the subject, never opens the object.)
        // ("نفى مصدر مسؤول في الوزارة صحة …": and where an unnamed source sits.)
        const Hit* head_noun = m_s.noun_covering(subject.begin);
        const bool unnamed_head = head_noun != nullptr && head_noun->begin == subject.begin &&
                                  is_unnamed(m_s.lex.source_nouns()[head_noun->payload].kind);
        // ("نفى النائب عن الإطار التنسيقي NAME وجود …": the body a member sits for, too.)
        // (Not past a comma: "مصدر في مكتب المفوضية بنينوى، تحدث لقناة X شريطة …، حدوث" is read
        // by the aside's own rules.)
        bool comma_in_subject = false;
        for (std::uint32_t t = subject.begin; t < subject.end && !comma_in_subject; ++t) {
          comma_in_subject = m_s.is_comma(t);
        }
        // ("نفى مصدر من وزارة الصحة وجود …": "from" the body an unnamed source comes from.)
        // (Not a complaint's "من": "اشتكى سكان الحي من انقطاع الكهرباء" complains of it.)
        const bool from_body = unnamed_head && !comma_in_subject && cue.id != "ar.ishtaka" && exact(np.end, u"من") &&
                               np.end + 1 < subject.end &&
                               !exact(np.end + 1, u"\u062f\u0648\u0646") /* دون */;
        const bool where_works = !np.empty() && np.end < subject.end &&
                                 (((is(WordClass::title, subject.begin) || (unnamed_head && !comma_in_subject)) &&
                                   (exact(np.end, u"في") || at_a_place(np.end) ||
                                    (exact(np.end, u"عن") && is(WordClass::title, subject.begin)))) ||
                                  from_body ||
                                  // ("أعلنت وزارة الصحة في غزة ارتفاع عدد الشهداء": a body in
                                  // a place of one word, the object's verbal noun after it.)
                                  (exact(np.end, u"في") && np.end + 2 == subject.end && subject.end < m_end &&
                                   !definite(np.end + 1) && derived_verbal_noun(w(subject.end))) ||
                                  // ("نفى مكتب الصحة في محافظة تعز ما …": a body's office in a
                                  // place named by its kind.)
                                  (exact(np.end, u"في") && np.end + 2 < subject.end && place_kind(w(np.end + 1)) &&
                                   subject.end < m_end &&
                                   (exact(subject.end, u"\u0645\u0627") /* ما */ || exact(subject.end, u"\u0627\u064a") /* أي */ ||
                                    exact(subject.end, u"\u0648\u062c\u0648\u062f") /* وجود */ || is_report_noun(subject.end))));
        // ("نفى مصدر مسؤول في محافظة البحر الأحمر تأخر وصول …": the place ends at the first word
        // without the article after its definite words; the object starts there.)
        if (where_works && unnamed_head && !is(WordClass::title, subject.begin) &&
            (exact(np.end, u"في") || from_body)) {
          std::uint32_t t = np.end + 1;
          while (t < subject.end && m_s.is_word(t) && !definite(t) && t < np.end + 4) {
            ++t;
          }
          if (t < subject.end && definite(t)) {
            // (A genitive with "لل" goes on with the place: "في الأحياء المجاورة للمحلج".)
            while (t < subject.end && m_s.is_word(t) && (definite(t) || w(t).starts_with(u"\u0644\u0644"))) {
              ++t;
            }
            // (Not a place in "ب" that goes on with the description, "بنينوى"، "بمديرية عبس", nor
            // a word the comma closes.)
            if (t < subject.end && m_s.is_word(t) && plain_noun(t) && m_s.cue_at(t) == nullptr && !ba_prefixed(t) &&
                !(t + 1 < m_end && m_s.is_comma(t + 1))) {
              subject.end = t;
              c = t;
            }
          }
        }
        // ("نفت مديرية أسايش دهوك، في بيان أوردته …، إغلاق …": a body's name of a word or two
        // that the lexicon does not know, closed by the comma before a statement adjunct.)
        // ("أعلن الاتحاد العام لعمال الكويت، في بيان، تضامنه": or a name of up to four words
        // with a genitive "ل" in it.)
        bool genitive_lam = false;
        for (std::uint32_t i = np.end; i < subject.end && !genitive_lam; ++i) {
          genitive_lam = m_s.is_word(i) && w(i).size() > 3 && w(i)[0] == k_lam && w(i)[1] != k_lam;
        }
        const bool named_body = !np.empty() && np.end < subject.end &&
                                (subject.end - np.end <= 2 || (genitive_lam && subject.end - np.end <= 4)) &&
                                subject.end + 2 < m_end && m_s.is_comma(subject.end) &&
                                (exact(subject.end + 1, u"في") || exact(subject.end + 1, u"خلال")) &&
                                is(WordClass::statement_noun, subject.end + 2) &&
                                std::all_of(m_s.tokens.begin() + np.end, m_s.tokens.begin() + subject.end,
                                            [&](const text::Token& t) {
                                              const auto i = static_cast<std::uint32_t>(&t - m_s.tokens.data());
                                              return m_s.is_word(i) && (genitive_lam || !w(i).starts_with(u"\u0627\u0644")) &&
                                                     m_s.cue_at(i) == nullptr;
                                            });
        // ("نفى محامي شركة "ميناموتو" المالكة للمصنع، في تصريحات بثتها X، مصادرة …": the
        // body's noun and its quoted name after the speaker, up to the comma before a statement
        // adjunct, are the subject's.)
        const bool quoted_body = !np.empty() && np.end < subject.end && np.end + 1 < subject.end &&
                                 m_s.noun_covering(np.end) != nullptr && m_s.is_open_quote(np.end + 1) &&
                                 subject.end + 2 < m_end && m_s.is_comma(subject.end) &&
                                 (exact(subject.end + 1, u"في") || exact(subject.end + 1, u"خلال")) &&
                                 is(WordClass::statement_noun, subject.end + 2);
        // ("أعلنت جماعة غير معروفة تطلق على نفسها اسم "X" مسؤوليتها": the name it gives itself
        // ends the subject.)
        bool self_named = false;
        for (std::uint32_t i = subject.begin + 1; i < subject.end && !self_named; ++i) {
          const std::uint32_t named_end = self_naming_end(i);
          self_named = named_end > i && named_end <= subject.end;
        }
        // ("نفت هيئة مياه ولاية سنار وجود …"، "نفت سلطات ولاية سنار": a chain of genitives
        // without the article ending in a kind of place and its name the lexicon does not know
        // is the body's name; the object starts after it.)
        bool place_genitive = false;
        if (!np.empty() && np.end + 1 < subject.end && subject.end - np.end <= 4 &&
            place_kind(w(subject.end - 2))) {
          place_genitive = true;
          for (std::uint32_t i = np.end; i < subject.end && place_genitive; ++i) {
            place_genitive = m_s.is_word(i) && !definite(i) && m_s.cue_at(i) == nullptr && !ba_prefixed(i) &&
                             !is_exact(WordClass::preposition, i);
          }
        }
        // ("نفى مدير تربية نينوى وجود …"، "رئيس جامعة بغداد": an indefinite title is in construct
        // with what follows it, a genitive ending in a name the lexicon does not know or a
        // capital's; it cannot stand alone as the subject.)
        bool title_genitive = false;
        if (!np.empty() && np.end == np.begin + 1 && np.begin == subject.begin && !definite(np.begin) &&
            is(WordClass::title, np.begin) && np.end + 1 < subject.end && subject.end - np.end <= 3) {
          title_genitive = true;
          for (std::uint32_t i = np.end; i < subject.end && title_genitive; ++i) {
            title_genitive = m_s.is_word(i) && !definite(i) && m_s.cue_at(i) == nullptr && !ba_prefixed(i) &&
                             !is_exact(WordClass::preposition, i) && !complementizer(i);
          }
        }
        // (A finding's subject was cut before its verbal noun of change already: "أظهرت بيانات
        // جمعتها وكالة X تراجع …" keeps who gathered the data.)
        if (!np.empty() && np.end < subject.end && !closed_by_preposition && !named_apposition && !where_works &&
            !named_body && !self_named && !quoted_body && !place_genitive && !title_genitive && !finding) {
          subject.end = np.end;
          c = np.end;
          // ("نفى مدير الشركة المشغلة للسوق خالد بن عمر باحويرث تلقي …": a titled subject's name
          // right after its title, up to the family name, is the subject's.)
          if (const std::uint32_t n = name_after_title(np.end, subject.begin); n > np.end) {
            subject.end = n;
            c = n;
          }
          // ("أعلنت وزارة السياحة والآثار اليوم /الأحد/ نجاح …": the day before the object.)
          while (c < m_end && (is(WordClass::time_word, c) || m_s.is_punct(c, u'/'))) {
            ++c;
          }
        } else if (!np.empty() && np.end > subject.end && np.begin == subject.begin && !is_report_noun(subject.end) &&
                   (is(WordClass::title, subject.end - 1) || is(WordClass::honorific, subject.end - 1) ||
                    std::any_of(m_s.tokens.begin() + subject.end, m_s.tokens.begin() + np.end, [&](const text::Token& t) {
                     const auto i = static_cast<std::uint32_t>(&t - m_s.tokens.data());
                     return m_s.is_comma(i) || is(WordClass::title, i) || is(WordClass::honorific, i) ||
                            m_s.entity_covering(i) != nullptr || m_s.noun_covering(i) != nullptr;
                   }))) {
          // ("متحدث باسم الوزارة، الكولونيل باتريك": the name in apposition that a ب-initial
          // word cut short. Not a complement the subject reader rightly stopped at: "وأفادت
          // تقارير بخرق الهدنة".)
          subject.end = np.end;
          c = np.end;
        }
        // ("أعلن رئيس الوزراء محمد السوداني اكتمال …": the subject read stopped at the title;
        // the name right after it, up to the family name, is the subject's.)
        if (c == subject.end && subject.end > subject.begin && is(WordClass::title, subject.begin)) {
          std::uint32_t n = name_after_title(c, subject.begin);
          // ("أعلن رئيس الوزراء آبي أحمد، اليوم الأحد، اكتمال …": two plain words closed by the
          // comma of a time aside are a name, though not one common in the region's copy; an
          // object does not stop there.)
          // (The family name may be a nisba: "محمد السوداني، أمس،".)
          auto plain_name_word = [&](std::uint32_t i, bool family) {
            const lexicon::EntityMatch* known = m_s.entity_covering(i);
            const bool person = known != nullptr && m_s.gazetteer.entities()[known->entity].kind == SourceKind::person;
            return plain_noun(i) && (family || !w(i).starts_with(u"\u0627\u0644")) && (known == nullptr || (family && person)) &&
                   m_s.noun_covering(i) == nullptr && (family || m_s.nationality_covering(i) == nullptr) &&
                   !ba_prefixed(i);
          };
          if (n == c && c + 3 < m_end && plain_name_word(c, false) && plain_name_word(c + 1, true) && m_s.is_comma(c + 2) &&
              is(WordClass::time_word, c + 3)) {
            n = c + 2;
          }
          if (n > c) {
            subject.end = n;
            c = n;
          }
        }
        // ("أعلنت وزارة السياحة اليوم /الأحد/ نجاح …": the day before the object.)
        // ("أعلنت الوزارة، أمس (السبت)، نسبة …": the day in brackets, and the commas around it.)
        const std::uint32_t before_day = c;
        while (c + 1 < m_end && c > subject.begin) {
          if (is(WordClass::time_word, c) || m_s.is_punct(c, u'/')) {
            ++c;
          } else if (m_s.is_punct(c, u'(') && c + 3 < m_end && is(WordClass::time_word, c + 1) && m_s.is_punct(c + 2, u')')) {
            c += 3;
          } else if (m_s.is_comma(c) && c == before_day && c + 2 < m_end && is(WordClass::time_word, c + 1)) {
            ++c;  // the comma that opens the time aside
          } else if (m_s.is_comma(c) && c > before_day && (is(WordClass::time_word, c - 1) || m_s.is_punct(c - 1, u')'))) {
            ++c;  // and the one that closes it
            break;
          } else {
            break;
          }
        }
        // ("وأعلنت الهيئة، إثر اجتماع طارئ لمجلسها مساء الأحد، الدخول في إضراب": an adjunct of
        // time set off by commas, naming no statement and no medium, stands before the object.)
        if (c + 3 < m_end && c == subject.end && m_s.is_comma(c) &&
            (exact(c + 1, u"\u0627\u062b\u0631") /* إثر */ || exact(c + 1, u"\u0639\u0642\u0628") /* عقب */ ||
             exact(c + 1, u"\u0628\u0639\u062f") /* بعد */ || exact(c + 1, u"\u062e\u0644\u0627\u0644") /* خلال */)) {
          std::uint32_t k = c + 2;
          bool plain = true;
          while (k < m_end && k - c <= 12 && !m_s.is_comma(k) && !m_s.is_end_punct(k) && plain) {
            plain = (m_s.is_word(k) || m_s.tokens[k].kind == text::TokenKind::number) && m_s.cue_at(k) == nullptr &&
                    !complementizer(k) && !is(WordClass::statement_noun, k) && !recipient_at(k);
            ++k;
          }
          if (plain && k + 1 < m_end && m_s.is_comma(k) && m_s.is_word(k + 1) && !complementizer(k + 1) &&
              m_s.cue_at(k + 1) == nullptr) {
            c = k + 1;
          }
        }
        // ("نفت الحكومة التي كلفها مجلس النواب، عبر بيان …، وجود …": a relative clause on the
        // subject, closed by a comma, is the subject's; the aside and the object follow.)
        // (A short subject only: after a longer one the relative clause may be the object's,
        // "أعلن المدعي العام … اعتقال 17 من السائقين الذين شاركوا …".)
        if (c + 2 < m_end && c == subject.end && subject.end <= subject.begin + 3 && is_exact(WordClass::relative, c) &&
            medium_relative(c).medium.empty()) {
          std::uint32_t k = c + 1;
          while (k < m_end && k - c <= 10 && m_s.is_word(k) && !complementizer(k) && m_s.cue_at(k) == nullptr &&
                 !is_exact(WordClass::relative, k)) {
            ++k;
          }
          if (k > c + 1 && k + 1 < m_end && m_s.is_comma(k)) {
            subject.end = k;
            c = k;
          }
        }
        // ("نفت «سرية X»، وهي مجموعة مسلحة تنتشر في المنطقة، أي علاقة لها": what the subject is,
        // set off by commas, comes before the object.)
        if (c + 3 < m_end && c == subject.end && m_s.is_comma(c) &&
            (exact(c + 1, u"وهي") || exact(c + 1, u"وهو") || exact(c + 1, u"وهم"))) {
          for (std::uint32_t k = c + 2; k + 1 < m_end && k <= c + 16 && !m_s.is_end_punct(k); ++k) {
            if (m_s.is_comma(k)) {
              if (m_s.is_word(k + 1) && !complementizer(k + 1)) {
                c = k + 1;
              }
              break;
            }
            if (complementizer(k) || m_s.cue_at(k) != nullptr) {
              break;
            }
          }
        }
        // "نفى الفصيل المعارض ذلك": a definite word before a bare object pronoun is the
        // subject's adjective; the object says nothing new.
        if (c + 1 < m_end && w(c).starts_with(u"\u0627\u0644") && is(WordClass::contentless, c + 1) && !is_report_noun(c)) {
          subject.end = c + 1;
          c = c + 1;
        }
        // ("أعلن فرع وزارة البيئة بمنطقة حائل إغلاق …": where the body sits, "ب" with a place's
        // noun and its name, is the subject's, never the object.)
        if (c + 2 < m_end && c == subject.end && at_a_place(c) && m_s.is_word(c + 1) && m_s.is_word(c + 2) &&
            !complementizer(c + 2)) {
          // ("بعمالة إقليم الحوز": a place's kind in its own name, then the name.)
          const bool kind_then_name = place_kind(w(c + 1)) && c + 3 < m_end && m_s.is_word(c + 2) && definite(c + 2);
          subject.end = c + (kind_then_name ? 3 : 2);
          c = subject.end;
        }
        // ("نفى عدد من ملاك الإبل وجود أي إصابات": after a definite word that closes the
        // subject's phrase, a verbal noun that objects of denial and announcement open starts
        // the object.)
        static constexpr std::u16string_view k_object_openers[] = {
            u"\u0648\u062c\u0648\u062f" /* وجود */, u"\u0648\u0642\u0648\u0639" /* وقوع */,
            u"\u062d\u062f\u0648\u062b" /* حدوث */, u"\u062a\u0648\u0631\u0637" /* تورط */,
            u"\u0635\u062d\u0647" /* صحة */, u"\u0627\u0631\u062a\u0643\u0627\u0628" /* ارتكاب */,
            u"\u062a\u0644\u0642\u064a" /* تلقي */, u"\u0627\u0633\u062a\u062e\u062f\u0627\u0645" /* استخدام */};
        for (std::uint32_t t = subject.begin + 2; t < subject.end; ++t) {
          if (((m_s.is_word(t - 1) && w(t - 1).starts_with(u"\u0627\u0644")) || m_s.is_comma(t - 1)) &&
              m_s.entity_covering(t) == nullptr &&
              std::find(std::begin(k_object_openers), std::end(k_object_openers), w(t)) != std::end(k_object_openers)) {
            subject.end = t;
            c = t;
            break;
          }
          // ("أعلن علماء آثار أتراك العثور على مقبرة": after an indefinite adjective of
          // nationality, a definite word takes no part in the subject; it opens the object.)
          if (m_s.is_word(t - 1) && m_s.nationality_covering(t - 1) != nullptr && !definite(t - 1) && definite(t) &&
              m_s.entity_covering(t) == nullptr && m_s.nationality_covering(t) == nullptr) {
            subject.end = t;
            c = t;
            break;
          }
        }
      }
      // "نفى بشدة أثناء لقائه بالصحفيين علمه بما جرى": an adverbial phrase before the
      // object, which is a verbal noun with its possessive.
      // ("نفت الوزارة في بيانها العثور على …"، "أنكر حسين خلال المحاكمة التهم": the
      // adverbial's noun, its adjectives (nisba "-ي/-ية") and "معه", then the object.)
      // "واتهم أحد السكان، في تصريح للوكالة، السلطات بـ…": the medium told, in an adjunct
      // before the object, relays.
      if (comp.relay_outer.empty()) {
        std::uint32_t k = c;
        if (k < m_end && m_s.is_comma(k)) {
          ++k;
        }
        if (k + 2 < m_end && exact(k, u"في") && is(WordClass::statement_noun, k + 1)) {
          // (An adjective may come first: "في تصريح لاحق للتلفزيون الرسمي".)
          for (std::uint32_t to = k + 2; to < m_end && to <= k + 3 && comp.relay_outer.empty(); ++to) {
            if (to > k + 2 && (!m_s.is_word(k + 2) || definite(k + 2) || m_s.cue_at(k + 2) != nullptr ||
                               complementizer(k + 2) || is_exact(WordClass::preposition, k + 2))) {
              break;
            }
            // ("في مقابلة لاحقة مع قناة X": the one spoken with.)
            Range r = recipient_phrase(to);
            if (r.empty() && exact(to, u"مع") && to + 1 < m_end) {
              r = relay_medium(to + 1, PhraseStops{true, true, true, true});
            }
            if (!r.empty() && recipient_is_medium(r)) {
              comp.relay_outer = r;
              comp.relay_cue_begin = k + 1;
              comp.relay_cue_end = k + 2;
            }
          }
        }
      }
      // ("واتهمت الحكومة في بيان بثته وكالة الأنباء الليبية الشركة بـ…": the statement and the
      // agency that carried it, with no commas, before the object; the agency relays, and the
      // object begins where the agency's known name ends.)
      // (The relay cue "في بيان بثته" may have named the agency already; the object still
      // begins after its name.)
      if (c + 3 < m_end && exact(c, u"في") && is(WordClass::statement_noun, c + 1) && frames::is_publishing_verb(w(c + 2))) {
        if (const auto* m = m_s.entity_covering(c + 3); m != nullptr && m->begin == c + 3 && m->end + 1 < m_end &&
                                                       m_s.is_word(m->end) && !complementizer(m->end) &&
                                                       !is_exact(WordClass::preposition, m->end)) {
          const Range r{c + 3, m->end};
          if (recipient_is_medium(r)) {
            if (comp.relay_outer.empty()) {
              comp.relay_outer = r;
              comp.relay_cue_begin = c + 2;
              comp.relay_cue_end = c + 3;
            }
            c = m->end;
          }
        }
      }
      // "ونفت الحكومة في وقت لاحق، عبر الوكالة الرسمية، وجود …": the news medium it spoke
      // through, set off before the object (after an adverbial of time, if any), which the
      // complement's reading found as the outer hop; the object follows it.
      if (!comp.relay_outer.empty() && comp.relay_cue_begin > c && comp.relay_cue_begin <= c + 5 &&
          exact(comp.relay_cue_begin, u"عبر") && comp.relay_outer.end + 1 < m_end && m_s.is_comma(comp.relay_outer.end)) {
        c = comp.relay_outer.end + 1;
      }
      // "نفت الشركة المصنعة للروبوت، "ميدترون روبوتكس" الأمريكية، في بيان …، وجود …": an
      // apposition set off by commas (a quoted name, a description) before an adjunct belongs
      // to the subject.
      std::uint32_t open = c < m_end && m_s.is_comma(c) ? c : (c > 0 && m_s.is_comma(c - 1) ? c - 1 : m_end);
      // (The subject may have been cut inside itself, "الشركة المصنعة | للروبوت،": its own comma.)
      for (std::uint32_t t = c; open == m_end && t < m_end && t <= c + 3 && m_s.is_word(t); ++t) {
        if (t + 1 < m_end && m_s.is_comma(t + 1)) {
          open = t + 1;
        }
      }
      if (!before && !subject.empty() && subject.begin >= hit.end && open + 3 < m_end && open + 1 >= subject.end) {
        std::uint32_t close = open + 1;
        while (close < m_end && close - open <= 10 && !m_s.is_comma(close) && !m_s.is_end_punct(close) &&
               !complementizer(close) && m_s.cue_at(close) == nullptr) {
          ++close;
        }
        if (close + 2 < m_end && close > open + 1 && m_s.is_comma(close) &&
            (exact(close + 1, u"في") || exact(close + 1, u"خلال")) && is(WordClass::statement_noun, close + 2)) {
          // ("في تسجيل مصور نشره على تويتر، أي علاقة": the adjunct up to its own comma; a
          // complement with "أن" after it is the clause's, read elsewhere.)
          std::uint32_t end = close + 3;
          while (end < m_end && end - close <= 11 && !m_s.is_comma(end) && !m_s.is_end_punct(end) &&
                 !complementizer(end) && m_s.cue_at(end) == nullptr) {
            ++end;
          }
          if (end + 1 < m_end && m_s.is_comma(end) && !complementizer(end + 1)) {
            subject.end = close;
            c = end + 1;
          }
        } else if (close + 1 < m_end && close >= open + 3 && close <= open + 5 && m_s.is_comma(close) &&
                   m_s.is_word(close + 1) && !complementizer(close + 1) && m_s.cue_at(close + 1) == nullptr &&
                   std::any_of(m_s.tokens.begin() + subject.begin, m_s.tokens.begin() + subject.end,
                               [&](const text::Token& t) {
                                 return is(WordClass::title, static_cast<std::uint32_t>(&t - m_s.tokens.data()));
                               }) &&
                   std::all_of(m_s.tokens.begin() + open + 1, m_s.tokens.begin() + close, [&](const text::Token& t) {
                     const auto i = static_cast<std::uint32_t>(&t - m_s.tokens.data());
                     return m_s.is_word(i) && m_s.noun_covering(i) == nullptr && m_s.nationality_covering(i) == nullptr &&
                            !is(WordClass::title, i) && !is(WordClass::time_word, i) && !adjunct_start(i) &&
                            (m_s.entity_covering(i) == nullptr ||
                             m_s.gazetteer.entities()[m_s.entity_covering(i)->entity].kind == SourceKind::person);
                   })) {
          // ("نفى نائب رئيس لجنة الأغذية، مرتضى اللواتي، وجود أي احتكار": a titled subject's
          // name set off by commas, then the object.)
          subject.end = close;
          c = close + 1;
        }
      }
      bool past_adverbial = false;
      // ("أعلنت النيابة العامة لدى محكمة X بالجزائر العاصمة، مساء الأربعاء، إيداع …": the city
      // the body sits in, a "ب" word with the article and at most one word after it, closed by a
      // comma, is the subject's; what was announced or denied follows the asides. So for every
      // verb with a nominal object: "حذرت مديرية الصحة بالقنيطرة، مساء الخميس، من انتشار …".)
      // (The "ب" word may be a place the gazetteer knows, "بالجزائر", its second word read into
      // the subject already.)
      auto city_at = [&](std::uint32_t i) {
        return i < m_end && m_s.is_word(i) && w(i).size() > 4 && w(i)[0] == k_ba && w(i)[1] == k_alef &&
               w(i)[2] == k_lam && m_s.cue_at(i) == nullptr && m_s.noun_covering(i) == nullptr;
      };
      if (!before && !subject.empty() && c + 2 < m_end &&
          c == subject.end && c > hit.end && (city_at(c) || (city_at(c - 1) && definite(c) && m_s.is_comma(c + 1)))) {
        const std::uint32_t comma = m_s.is_comma(c + 1) ? c + 1 : (definite(c + 1) && m_s.is_comma(c + 2) ? c + 2 : 0);
        if (comma != 0 && comma + 1 < m_end && m_s.is_word(comma + 1)) {
          subject.end = comma;
          c = comma;
        }
      }
      // ("أعلنت ولاية جوبالاند، جنوبي الصومال، تعليق علاقاتها": where the subject lies, a
      // compass word and the land, set off by commas, is the subject's; the object follows.)
      if (!before && !subject.empty() && subject.begin >= hit.end && c == subject.end && c + 3 < m_end &&
          m_s.is_comma(c) && m_s.is_word(c + 1)) {
        static constexpr std::u16string_view k_compass[] = {u"جنوبي", u"شمالي", u"شرقي", u"غربي",
                                                            u"جنوب",  u"شمال",  u"شرق",  u"غرب"};
        if (std::find(std::begin(k_compass), std::end(k_compass), w(c + 1)) != std::end(k_compass)) {
          if (const std::uint32_t close = comma_after_words(c + 2, c + 5);
              close > c + 2 && !complementizer(close + 1)) {
            c = close;
          }
        }
      }
      // ("وأعلنت حركة الشباب المرتبطة بتنظيم القاعدة، في بيان …، مسؤوليتها": an adjective that
      // takes "ب" after the subject, "linked to", "backed by", "close to", keeps its "ب" phrase;
      // the object comes after the comma.)
      if (!before && !subject.empty() && subject.begin >= hit.end && c == subject.end && c > subject.begin &&
          c + 2 < m_end && m_s.is_word(c) && w(c).size() >= 4 && w(c)[0] == k_ba) {
        static constexpr std::u16string_view k_ba_adjectives[] = {
            u"المرتبطه", u"المرتبط", u"المرتبطين", u"المدعومه", u"المدعوم", u"المدعومين", u"المقربه", u"المقرب",
            u"المقربين"};
        if (std::find(std::begin(k_ba_adjectives), std::end(k_ba_adjectives), w(c - 1)) != std::end(k_ba_adjectives)) {
          if (const std::uint32_t close = comma_after_words(c + 1, c + 4); close != 0) {
            subject.end = close;
            c = close;
          }
        }
      }
      // ("أعلنت شركة بنوك مصر، المشغلة لتطبيق "إنستاباي"، عودة الخدمات": a bare "شركة" or
      // "مؤسسة" takes the name after it, which no lexicon knows, up to the comma of its
      // apposition; what was announced follows the apposition.)
      if (!before && !subject.empty() && subject.begin >= hit.end && c == subject.end &&
          subject.end <= subject.begin + 3 && c + 4 < m_end) {
        static constexpr std::u16string_view k_bare_bodies[] = {u"شركه", u"موسسه", u"مجموعه", u"منظمه",
                                                               u"جمعيه", u"هييه"};
        if (std::find(std::begin(k_bare_bodies), std::end(k_bare_bodies), w(subject.begin)) !=
            std::end(k_bare_bodies)) {
          std::uint32_t name_end = c;
          while (subject.end == subject.begin + 1 && name_end < m_end && name_end - c < 3 && m_s.is_word(name_end) &&
                 !definite(name_end) &&
                 m_s.cue_at(name_end) == nullptr && !complementizer(name_end)) {
            ++name_end;
          }
          if (name_end > subject.begin + 1 && name_end + 2 < m_end && m_s.is_comma(name_end) &&
              definite(name_end + 1)) {
            std::uint32_t close = name_end + 2;
            while (close < m_end && close - name_end <= 9 && !m_s.is_comma(close) && !m_s.is_end_punct(close) &&
                   m_s.cue_at(close) == nullptr && !complementizer(close)) {
              ++close;
            }
            if (close + 1 < m_end && m_s.is_comma(close) && m_s.is_word(close + 1) && !complementizer(close + 1)) {
              subject.end = name_end;
              c = close;
            }
          }
        }
      }
      // "نفى مصدر مسؤول في القنصلية، وفقا لما نقلته X، التصريحات …": where an unnamed source
      // sits belongs to it, up to the comma.
      // (Any source, when a statement adjunct follows the comma: "نفت السلطات في الحديدة، في
      // بيان بثته قناة X، احتجاز القافلة".)
      // (And a name the phrase reader closed at "و": "نفت شركة مياه الشرب والصرف الصحي بكفر
      // الشيخ، في بيان …، وجود أي تلوث".)
      const bool and_definite = c < m_end && w(c).size() > 4 && w(c).starts_with(u"\u0648\u0627\u0644") /* وال */;
      if (!before && !subject.empty() && subject.begin >= hit.end && c == subject.end &&
          (exact(c, u"في") || and_definite)) {
        const Hit* head = m_s.noun_covering(subject.begin);
        std::uint32_t comma = c + 1;
        // ("نفت وزارة الاتصالات وتقنية المعلومات التابعة لسلطات الحوثيين في صنعاء، عبر بيان
        // …": a ministry's long name, where it sits, then "through a statement".)
        while (comma < m_end && comma - c <= 8 && m_s.is_word(comma) && m_s.cue_at(comma) == nullptr &&
               !complementizer(comma)) {
          ++comma;
        }
        const bool statement_after = comma + 2 < m_end && m_s.is_comma(comma) &&
                                     (exact(comma + 1, u"في") || exact(comma + 1, u"خلال") ||
                                      exact(comma + 1, u"عبر")) &&
                                     is(WordClass::statement_noun, comma + 2);
        if (head != nullptr && ((is_unnamed(m_s.lex.source_nouns()[head->payload].kind) && !and_definite) || statement_after)) {
          if (comma < m_end && comma > c + 1 && m_s.is_comma(comma)) {
            subject.end = comma;
            c = comma;
          }
        }
      }
      // ("نفى مصدر …، تحدث لقناة "السومرية" شريطة عدم ذكر اسمه، حدوث …"، "، طلب عدم نشر
      // اسمه،"، "، متحدثا لوكالة رويترز،": how the source spoke, set off by commas, is the
      // source's; the object follows the closing comma, and the one spoken to relays.)
      const std::uint32_t set_off = c < m_end && m_s.is_comma(c) ? c + 1 : (c > 0 && m_s.is_comma(c - 1) ? c : 0);
      if (!before && !subject.empty() && subject.begin >= hit.end && set_off != 0 && set_off >= subject.end &&
          set_off + 2 < m_end && m_s.is_word(set_off)) {
        const std::uint32_t j = set_off;
        const std::u16string_view t = w(j);
        const bool manner = t.starts_with(u"تحدث") || t.starts_with(u"متحدث") || t.starts_with(u"طالب") ||
                            t.starts_with(u"طلب") || t.starts_with(u"مفضل") || t.starts_with(u"رافض") ||
                            t.starts_with(u"اشترط") || t.starts_with(u"مشترط") ||
                            (exact(j, u"لم") && withheld_name(j) != 0);
        std::uint32_t close = j + 1;
        while (manner && close < m_end && close - j <= 14 && !m_s.is_comma(close) && !m_s.is_end_punct(close) &&
               !complementizer(close) && (m_s.cue_at(close) == nullptr || m_s.in_quote(close))) {
          ++close;
        }
        if (manner && close + 1 < m_end && m_s.is_comma(close) && m_s.is_word(close + 1) && !complementizer(close + 1) &&
            m_s.cue_at(close + 1) == nullptr) {
          if (comp.relay_outer.empty() && comp.recipient.empty()) {
            if (const MediumClause mc = medium_relative(j); !mc.medium.empty() && mc.medium.end <= close) {
              comp.relay_outer = mc.medium;
              comp.relay_cue_begin = j;
              comp.relay_cue_end = j + 1;
            }
          }
          c = close + 1;
        }
      }
      // ("نفى المتحدث، وفق ما بثته عنه الوكالة الرسمية، وجود أي نية": an attribution set off
      // by commas before the object, which its own frame reads; the object follows it.)
      if (c + 2 < m_end && m_s.is_comma(c)) {
        if (const Hit* h = m_s.cue_at(c + 1);
            h != nullptr && h->begin == c + 1 && m_s.lex.cues()[h->payload].frame == Frame::according) {
          std::uint32_t close = h->end;
          while (close < m_end && close - c <= 16 && !m_s.is_comma(close) && !m_s.is_end_punct(close) &&
                 !complementizer(close)) {
            ++close;
          }
          if (close + 1 < m_end && m_s.is_comma(close) && m_s.is_word(close + 1) && !complementizer(close + 1) &&
              m_s.cue_at(close + 1) == nullptr) {
            c = close + 1;
          }
        }
      }
      // ("أعلن الحزب، قبيل انعقاد الجلسة بساعات، سحب مرشحه": a time set off by commas, a
      // preposition of time and what it is counted from; the object follows it.)
      if (c + 3 < m_end && m_s.is_comma(c) &&
          (exact(c + 1, u"بعد") || exact(c + 1, u"قبل") || exact(c + 1, u"عقب") || exact(c + 1, u"قبيل") ||
           exact(c + 1, u"اثر") || exact(c + 1, u"بعيد"))) {
        std::uint32_t close = c + 2;
        // (A verbal noun may stand in it: "بعد ساعات من نشر الخبر".)
        while (close < m_end && close - c <= 8 && m_s.is_word(close) && !complementizer(close)) {
          ++close;
        }
        if (close > c + 2 && close + 1 < m_end && m_s.is_comma(close) && m_s.is_word(close + 1) &&
            !complementizer(close + 1) && m_s.cue_at(close + 1) == nullptr && !is_exact(WordClass::preposition, close + 1)) {
          c = close + 1;
          past_adverbial = true;
        }
      }
      // (Set off by commas too: "نفت الوزارة، في بيان لها، وقوع إصابات".)
      const std::uint32_t adv = (c + 1 < m_end && m_s.is_comma(c)) ? c + 1 : c;
      if (adv + 2 < m_end &&
          (exact(adv, u"خلال") || exact(adv, u"اثناء") || exact(adv, u"في") || exact(adv, u"عبر") || exact(adv, u"ضمن")) &&
          m_s.is_word(adv + 1) && !is_exact(WordClass::preposition, adv + 1)) {
        // "في بيان"، "في تصريح لرويترز"، "في مؤتمر صحفي": a statement the words were said in,
        // so whatever noun follows it is the object, definite or not.
        // ("في نشرة أوردتها وكالة X": a word the lexicon does not list, that a medium carried.)
        // ("في حصيلتها الأسبوعية التي نقلتها وكالة X": or one with its adjectives and a relative
        // pronoun before that verb.)
        auto carried_after_adjectives = [&] {
          std::uint32_t t = adv + 2;
          while (t < m_end && t < adv + 5 && m_s.is_word(t) && definite(t) && !exact(t, u"التي") && !exact(t, u"الذي")) {
            ++t;
          }
          return t + 1 < m_end && (exact(t, u"التي") || exact(t, u"الذي")) && frames::is_publishing_verb(w(t + 1));
        };
        const bool statement = is(WordClass::statement_noun, adv + 1) ||
                               (m_s.is_word(adv + 2) && frames::is_publishing_verb(w(adv + 2))) ||
                               carried_after_adjectives();
        std::uint32_t k = adv + 2;
        // ("نفى الوزير في ختام الاجتماع وجود إصابات": a part of the saying and the word it
        // belongs to.)
        if (exact(adv, u"في") && part_of_saying(adv + 1) && !definite(adv + 1) && k < m_end && m_s.is_word(k)) {
          ++k;
        }
        // ("في بيان لها، وقوع إصابات": "its" statement, then a comma.)
        while (k < m_end && k <= adv + 5 && m_s.is_word(k)) {
          const std::u16string_view t = w(k);
          const bool nisba = t.ends_with(u"\u064a") || t.ends_with(u"\u064a\u0647");
          // ("في بيان مشترك مساء الثلاثاء"، "في بيان مشترك مع الداخلية": a joint statement, and
          // with whom.)
          if (statement && k == adv + 2 &&
              (t == u"\u0645\u0634\u062a\u0631\u0643" /* مشترك */ || t == u"\u0645\u0634\u062a\u0631\u0643\u0647" ||
               t == u"\u0645\u0646\u0641\u0635\u0644" /* منفصل */ || t == u"\u0645\u0646\u0641\u0635\u0644\u0647" ||
               t == u"\u0645\u0643\u062a\u0648\u0628" /* مكتوب */ || t == u"\u0645\u0643\u062a\u0648\u0628\u0647")) {
            ++k;
            if (k + 2 < m_end && exact(k, u"\u0645\u0639") /* مع */ && m_s.is_word(k + 1)) {
              k += 2;  // "مع الداخلية": one word for the other party; a construct chain stays
            }
            while (k < m_end && (is(WordClass::time_word, k) || is(WordClass::month, k))) {
              ++k;
            }
            continue;
          }
          if ((t.starts_with(u"\u0627\u0644") && nisba) || (statement && nisba && t.size() >= 4) ||
              t.starts_with(u"\u0645\u0639\u0647") /* معه، معها، معهم */ || exact(k, u"له") || exact(k, u"لها") ||
              exact(k, u"لهم")) {
            ++k;
          } else if (const Range r = statement ? recipient_phrase(k) : Range{}; !r.empty()) {
            k = r.end;
          } else {
            break;
          }
        }
        // ("في رد مكتوب على استفسار من الموقع، وجود …": the statement's own words up to the
        // comma that closes the adjunct.)
        // (Not when the word after the statement already opens the object: "في بيان اعتقال 190
        // شخصا، بينهم …" — a derived verbal noun, "اعتقال"، "تسجيل", or any noun a number
        // follows, "ضبط 3 أطنان". A verb in "-ت" is the statement's, "اطلعت عليه".)
        auto object_opens = [&](std::uint32_t i) {
          if (i + 1 >= m_end || !plain_noun(i) || definite(i) || frames::is_publishing_verb(w(i))) {
            return false;
          }
          const std::u16string_view v = w(i);
          const bool past_verb = v.ends_with(u"\u062a") && !v.ends_with(u"\u0627\u062a");
          const bool suffixed = v.ends_with(u"\u0647") || v.ends_with(u"\u0647\u0627") || v.ends_with(u"\u0647\u0645");
          const bool derived = v.size() >= 5 && (v[0] == k_alef || v[0] == u'\u062a' /* ت */) && !past_verb && !suffixed;
          return derived || m_s.tokens[i + 1].kind == text::TokenKind::number;
        };
        if (statement && !(k < m_end && m_s.is_comma(k)) && !object_opens(k)) {
          std::uint32_t comma = k;
          bool published_by = false;  // ("في بيان أوردته الوكالة،": read below, the medium relays)
          // (A quoted name inside: "في مقابلة لاحقة مع قناة "آر بي كيه"،".)
          // (And a name's abbreviation in brackets: "هيئة الإذاعة اليابانية (إن إتش كيه)،".)
          while (comma < m_end && comma - k < 16 &&
                 (m_s.is_word(comma) || m_s.is_quote_mark(comma) || m_s.is_punct(comma, u'(') ||
                  m_s.is_punct(comma, u')')) &&
                 m_s.cue_at(comma) == nullptr && !complementizer(comma)) {
            published_by = published_by || (m_s.is_word(comma) && frames::is_publishing_verb(w(comma)));
            ++comma;
          }
          if (!published_by && comma + 1 < m_end && m_s.is_comma(comma) && m_s.is_word(comma + 1)) {
            k = comma;
          }
        }
        if (k + 1 < m_end && m_s.is_comma(k) && m_s.is_word(k + 1)) {
          ++k;
          // ("أعلنت وحدة النزاهة في ألعاب القوى، الثلاثاء، الإيقاف": a day set off by commas.)
          std::uint32_t t = k;
          while (t < m_end && t < k + 3 && (is(WordClass::time_word, t) || is(WordClass::month, t) ||
                                             m_s.tokens[t].kind == text::TokenKind::number)) {
            ++t;
          }
          if (t > k && t + 1 < m_end && m_s.is_comma(t) && m_s.is_word(t + 1)) {
            k = t + 1;
          }
        }
        // ("في بيان نشرته وكالة الأنباء الرسمية، وقوع إصابات": a clause that tells where the
        // statement appeared, closed by a comma.)
        // ("في بيان مقتضب أوردته الوكالة الرسمية،": the medium that carried it relays.)
        // ("في بلاغ للرأي العام أوردته وكالة X": to whom it was addressed, a lam and its noun.)
        std::uint32_t published = k;
        auto addressee = [&](std::uint32_t t) {  // "للرأي العام": a lam-prefixed noun, then its adjective
          return (w(t).size() > 2 && w(t)[0] == k_lam) ||
                 (t > 0 && w(t).starts_with(u"\u0627\u0644") && w(t - 1).size() > 2 && w(t - 1)[0] == k_lam);
        };
        while (statement && published < m_end && published < k + 3 && m_s.is_word(published) &&
               !frames::is_publishing_verb(w(published)) &&
               (addressee(published) ||
                (!w(published).starts_with(u"\u0627\u0644") && m_s.cue_at(published) == nullptr))) {
          ++published;  // an adjective first: "مقتضب"
        }
        if (statement && published < m_end && frames::is_publishing_verb(w(published))) {
          // ("نشرت مضامينه وكالة X"، "نقلتها عنه وكالة X": its contents, or from whom, before
          // the medium.)
          std::uint32_t carrier_begin = published + 1;
          if (carrier_begin + 1 < m_end && object_pronoun_of_relay(carrier_begin)) {
            ++carrier_begin;
          }
          // (Up to twelve tokens: "هيئة الإذاعة اليابانية (إن إتش كيه)،".)
          for (std::uint32_t j = carrier_begin; j + 1 < m_end && j <= published + 12; ++j) {
            if (m_s.is_comma(j)) {
              const Range carrier{carrier_begin, j};
              // ("نشرته على صفحتها بموقع فيسبوك": where the speaker posted it, not who carried it.)
              if (comp.relay_outer.empty() && recipient_is_medium(carrier) &&
                  !is_exact(WordClass::preposition, carrier_begin)) {
                comp.relay_outer = carrier;
                comp.relay_cue_begin = published;
                comp.relay_cue_end = published + 1;
              }
              k = j + 1;
              break;
            }
            if (m_s.is_end_punct(j) || complementizer(j)) {
              break;
            }
          }
        }
        // ("أعلنت الجماعة في اليمن مساء الثلاثاء استهداف سفينة": a place, then a time, then the
        // object, definite or not.)
        const lexicon::EntityMatch* place_name = m_s.entity_covering(adv + 1);
        const bool country = !statement && place_name != nullptr && place_name->begin == adv + 1 &&
                             lexicon::Gazetteer::is_country(m_s.gazetteer.entities()[place_name->entity]);
        // ("أعلنت السلطات المحلية في مدينة طنجة، الاثنين، خفض …": a place named by its kind and
        // one name, then the day set off by commas, then the object.)
        const bool named_place = !statement && !country && exact(adv, u"\u0641\u064a") && adv + 3 < m_end &&
                                 place_kind(w(adv + 1)) && m_s.is_word(adv + 2) && m_s.cue_at(adv + 2) == nullptr &&
                                 !complementizer(adv + 2);
        if (named_place) {
          std::uint32_t t = adv + 3;
          while (t < m_end && t <= adv + 7 && (m_s.is_comma(t) || is(WordClass::time_word, t))) {
            ++t;
          }
          if (t > adv + 3 && t < m_end && m_s.is_word(t) && m_s.is_comma(t - 1)) {
            k = t;
          } else if (t == adv + 3 && m_s.is_word(t) && !w(t).starts_with(u"\u0627\u0644") && m_s.cue_at(t) == nullptr &&
                     !is_exact(WordClass::preposition, t) && !complementizer(t) && !is(WordClass::time_word, t)) {
            k = t;  // ("في مدينة طنجة خفض …": no article, so no second word of the name)
          }
        }
        // ("أعلنت اللجنة الوطنية للانتخابات في إقليم "أرض الصومال" الانفصالي، الثلاثاء، فوز …"،
        // "… في الإقليم، الثلاثاء، …": the place's kind with the article or a quoted name and an
        // adjective, then the day set off by commas, then the object.)
        bool quoted_place = false;
        if (!statement && !country && !named_place && exact(adv, u"\u0641\u064a") /* في */ && adv + 4 < m_end &&
            m_s.is_word(adv + 1) &&
            (place_kind(w(adv + 1)) || (definite(adv + 1) && place_kind(w(adv + 1).substr(2))))) {
          std::uint32_t t = adv + 2;
          if (t < m_end && m_s.is_open_quote(t)) {
            if (const std::uint32_t close = short_quote_close(t, 5); close != 0) {
              t = close + 1;
            }
          }
          const std::uint32_t words_from = t;
          while (t < m_end && t < words_from + 2 && m_s.is_word(t) && m_s.cue_at(t) == nullptr && !complementizer(t) &&
                 !is(WordClass::time_word, t)) {
            ++t;
          }
          if (t + 2 < m_end && m_s.is_comma(t) && is(WordClass::time_word, t + 1)) {
            std::uint32_t after = t + 1;
            while (after < m_end && after <= t + 4 && (m_s.is_comma(after) || is(WordClass::time_word, after))) {
              ++after;
            }
            if (after < m_end && m_s.is_word(after) && m_s.is_comma(after - 1) && m_s.cue_at(after) == nullptr &&
                !complementizer(after)) {
              k = after;
              quoted_place = true;
            }
          }
        }
        const bool place = country || (named_place && k >= adv + 3) || quoted_place;
        if (country) {
          k = std::max(k, place_name->end);
          while (k < m_end && k < place_name->end + 3 && is(WordClass::time_word, k)) {
            ++k;
          }
        }
        // ("أعلنت وزارة الصحة في حكومة صنعاء التابعة للحوثيين الأحد ارتفاع …": the body's
        // place in a few words, then the day, then the object.)
        bool dated = false;
        if (!statement && !place) {
          std::uint32_t t = adv + 2;
          while (t < m_end && t <= adv + 7 && m_s.is_word(t) && !is(WordClass::time_word, t) &&
                 m_s.cue_at(t) == nullptr && !complementizer(t)) {
            ++t;
          }
          if (t < m_end && t <= adv + 7 && is(WordClass::time_word, t)) {
            while (t < m_end && is(WordClass::time_word, t)) {
              ++t;
            }
            if (t < m_end && m_s.is_word(t) && w(t).size() >= 4 && !is_exact(WordClass::preposition, t) &&
                !complementizer(t) && m_s.cue_at(t) == nullptr) {
              k = t;
              dated = true;
            }
          }
        }
        const std::u16string_view t = k < m_end ? w(k) : std::u16string_view{};
        const bool possessed = !t.starts_with(u"\u0627\u0644") && t.size() >= 5 &&
                               (t.ends_with(u"\u0647") || t.ends_with(u"\u0647\u0627") || t.ends_with(u"\u0647\u0645"));
        // ("نفت الوزارة، في منشور لها، ما تم تداوله بشأن P": after the closing comma "ما",
        // "what", opens the object.)
        const bool what_after_comma = k > 0 && m_s.is_comma(k - 1) && exact(k, u"ما");
        // ("كشفت الهيئة، في مذكرة إخبارية حول سوق الشغل، عن ارتفاع …"، "أكدت، في بيان لها، على
        // ضرورة …": past the statement's closing comma, the preposition the verb takes opens
        // its object.)
        if (statement && k > adv + 2 && k + 1 < m_end && m_s.is_comma(k - 1) && m_s.is_word(k + 1) &&
            (exact(k, u"عن") || exact(k, u"علي") || (exact(k, u"من") && cue.id == "ar.haddhara"))) {
          c = k;
          past_adverbial = true;
        }
        if (k < m_end && m_s.is_word(k) && m_s.cue_at(k) == nullptr && !is_exact(WordClass::preposition, k) &&
            !complementizer(k) && !is_exact(WordClass::conjunction, k) &&
            (!(is_exact(WordClass::relative, k) || is(WordClass::subordinator, k)) || what_after_comma) &&
            !is(WordClass::time_word, k) &&
            (t.starts_with(u"\u0627\u0644") || possessed || dated ||
             ((statement || place) && t.size() >= (named_place || quoted_place ? 3u : 4u) && plain_noun(k)) ||
             // ("نفت X، في بيان نشرته على صفحتها، أي علاقة": the statement's clause closed by
             // its comma, what follows is the object, however short.)
             (statement && k > adv + 2 && m_s.is_comma(k - 1)))) {
          c = k;
          past_adverbial = true;
        }
      }
      if (!past_adverbial) {
        c = skip_adjuncts(c);
      }
      // "وأفادت أنباء متداولة في صنعاء بإصابة …": the subject's own words run up to the "ب"
      // of what it reports.
      if (cue.id == "ar.afada" && c < m_end && !ba_prefixed(c) && !subject.empty() && subject.end == c) {
        std::uint32_t k = c;
        while (k < m_end && k - c < 6 && m_s.is_word(k) && !ba_prefixed(k) && m_s.cue_at(k) == nullptr &&
               !complementizer(k)) {
          ++k;
        }
        if (k < m_end && k > c && ba_prefixed(k)) {
          subject.end = k;
          c = k;
        }
      }
      // "تحدث X عن Y" reports Y; "تحدث X إلى الصحفيين" or "في المؤتمر" reports nothing.
      // (Nor "تحدث عن هذه العمليات": a topic pointed back to.)
      // ("وتحدث ناشطون عبر منصات التواصل عن P": the channel before "عن", read as an adjunct
      // rather than the object.)
      if (cue.id == "ar.tahaddatha" && !exact(c, u"عن")) {
        std::uint32_t from = (!before && !subject.empty() && subject.begin >= hit.end) ? subject.end : hit.end;
        // ("وتحدثت تقارير صحفية بريطانية عن P": the reports' nationality after them.)
        if (from > hit.end && from < m_end && m_s.nationality_covering(from) != nullptr) {
          from = m_s.nationality_covering(from)->end;
        }
        if (exact(from, u"عن")) {
          c = from;
        } else if (const std::uint32_t alt = skip_adjuncts(from); alt > from && exact(alt, u"عن")) {
          c = alt;
        }
      }
      if (cue.id == "ar.tahaddatha" &&
          (!exact(c, u"عن") || exact(c + 1, u"هذه") || exact(c + 1, u"هذا") || exact(c + 1, u"ذلك") ||
           exact(c + 1, u"تلك") || exact(c + 1, u"هذه"))) {
        return std::nullopt;
      }
      // "حذر X Y": Y is the one warned, not what of; the warning's content comes with "من"
      // ("حذر من تداعيات") or in the words that follow ("… قائلا Q").
      if (cue.id == "ar.haddhara" && w(hit.end - 1) != u"من" && !exact(c, u"من")) {
        return std::nullopt;
      }
      // ("اشتكى سكان من انقطاع …": so a complaint's thing; the subject read on past it, "عدد
      // من الطلاب من صعوبة …", ends at the "من" that no count or "several" opens.)
      if (cue.id == "ar.ishtaka" && !exact(c, u"من") && !before && !subject.empty() && subject.begin >= hit.end) {
        for (std::uint32_t k = subject.begin + 1; k + 1 < subject.end; ++k) {
          if (exact(k, u"من") && !count_before_min(k)) {
            subject.end = k;
            c = k;
            break;
          }
        }
      }
      // ("واشتكى عملاء، في تعليقات على الصفحة الرسمية للتطبيق، من خصم مبالغ": where they
      // complained, set off by commas, before the "من".)
      if (cue.id == "ar.ishtaka" && c + 1 < m_end && !exact(c, u"من")) {
        const std::uint32_t at = m_s.is_comma(c) ? c + 1 : c;
        std::uint32_t close = at;
        if (exact(at, u"في")) {
          close = at + 1;
          while (close < m_end && close - at <= 9 && m_s.is_word(close) && m_s.cue_at(close) == nullptr) {
            ++close;
          }
        }
        if (close + 1 < m_end && m_s.is_comma(close) && exact(close + 1, u"من")) {
          c = close + 1;
        }
      }
      if (cue.id == "ar.ishtaka" && !exact(c, u"من")) {
        return std::nullopt;
      }
      // "نفى، وفقا لما نقلته X، التصريحات …": the according phrase relays the statement.
      if (const Hit* h = m_s.cue_at(c); h != nullptr && m_s.lex.cues()[h->payload].frame == Frame::according &&
                                        comp.relay_outer.empty()) {
        std::uint32_t k = h->end;
        if (exact(k, u"ما") || exact(k, u"لما")) {
          ++k;
        }
        if (const Hit* v = m_s.cue_at(k); v != nullptr) {
          k = v->end;
        } else if (k > h->end && k < m_end && m_s.is_word(k) && m_s.entity_covering(k) == nullptr &&
                   m_s.noun_covering(k) == nullptr) {
          ++k;  // a verb the lexicon does not know: "وفقا لما نقلته X"
        }
        const Range r = np_after(k, PhraseStops{true, true, true, true});
        if (!r.empty() && names_source(r) && r.end < m_end && m_s.is_comma(r.end)) {
          comp.relay_outer = r;
          comp.relay_cue_begin = h->begin;
          comp.relay_cue_end = h->end;
          c = skip_adjuncts(r.end);
        }
      }
      // ("أعلن المرشح عن المكون التركماني في دائرة أربيل، NAME، تقديم طعن": a title's "عن"
      // names the list or the seat it stands for, and the name set off by commas after it is
      // the subject's; what was announced comes after.)
      if (exact(c, u"عن") && !subject.empty() && subject.end == c && is(WordClass::title, c - 1)) {
        std::uint32_t first_comma = c + 1;
        while (first_comma < m_end && first_comma - c <= 8 && m_s.is_word(first_comma) && m_s.cue_at(first_comma) == nullptr) {
          ++first_comma;
        }
        std::uint32_t name_end = first_comma + 1;
        while (name_end < m_end && name_end - first_comma <= 5 && m_s.is_word(name_end) && plain_noun(name_end) &&
               (name_end > first_comma + 1 || !definite(name_end)) && m_s.cue_at(name_end) == nullptr) {
          ++name_end;
        }
        if (first_comma > c + 1 && first_comma < m_end && m_s.is_comma(first_comma) && name_end >= first_comma + 3 &&
            name_end + 1 < m_end && m_s.is_comma(name_end)) {
          subject.end = name_end;
          c = name_end + 1;
        }
      }
      while (c < m_end && (exact(c, u"من") || exact(c, u"علي") || exact(c, u"الي") ||
                           (exact(c, u"عن") && cue.id != "ar.nafa"))) {
        ++c;  // "أعلن الجيش عن ضرب أهداف", "أكد الوزير على وجوب …"
      }
      // "نفى التصريحات التي نسبتها X إلى Y عن أن P" / "نفت التقارير بأن P": what the reports
      // say is what is denied.
      if (c < m_end && (is(WordClass::statement_noun, c) || is_report_noun(c))) {
        for (std::uint32_t k = c + 1; k < m_end && k - c < 16; ++k) {
          if (complementizer(k) && (exact(k - 1, u"عن") || w(k).starts_with(u"ب"))) {
            c = k + 1;
            break;
          }
          if (m_s.is_end_punct(k) || m_s.cue_at(k) != nullptr) {
            break;
          }
        }
      }
      // "ونفت الحكومة الخبر": a denial of what was just reported (linked to it afterwards).
      // (A bare "ذلك" makes no claim of its own.)
      // (So does "نفى ذلك في حديث لوكالة رويترز": the denial of what was reported, with only
      // the medium or an adjunct after it.)
      // ("صحة هذه الأخبار": the truth of what the pointer points to is the pointer.)
      if (cue.commitment == Commitment::denial && exact(c, u"\u0635\u062d\u0647") /* صحة */ && c + 1 < m_end &&
          (exact(c + 1, u"\u0647\u0630\u0647") /* هذه */ || exact(c + 1, u"\u0647\u0630\u0627") /* هذا */ ||
           exact(c + 1, u"\u0630\u0644\u0643") /* ذلك */ || exact(c + 1, u"\u062a\u0644\u0643") /* تلك */ ||
           exact(c + 1, u"\u0627\u0644\u062e\u0628\u0631") /* الخبر */)) {
        ++c;
      }
      // ("ونفى القيادي في الإطار التنسيقي جبار ضايف الفريجي هذه الاتهامات": a name the lexicon
      // does not know, between the subject's phrase and the pointer, ends the subject.)
      if (cue.commitment == Commitment::denial && !subject.empty() && subject.end == c) {
        for (std::uint32_t k = c + 1; k < m_end && k <= c + 4; ++k) {
          if (!m_s.is_word(k - 1) || m_s.cue_at(k - 1) != nullptr || complementizer(k - 1) ||
              is_exact(WordClass::preposition, k - 1) || !plain_noun(k - 1)) {
            break;
          }
          if ((exact(k, u"\u0647\u0630\u0647") /* هذه */ || exact(k, u"\u062a\u0644\u0643") /* تلك */) &&
              k + 1 < m_end && m_s.is_word(k + 1) && definite(k + 1) &&
              (is_report_noun(k + 1) || is(WordClass::statement_noun, k + 1))) {
            subject.end = k;
            c = k;
            break;
          }
        }
      }
      // ("نفى الوزير هذه الاتهامات، مؤكدا أن Q"، "نفت تلك الأنباء": a demonstrative and the
      // reports it points to are one pointer; `pe` is its last word.)
      const bool demonstrative_pointer =
          (exact(c, u"\u0647\u0630\u0647") /* هذه */ || exact(c, u"\u0647\u0630\u0627") /* هذا */ ||
           exact(c, u"\u062a\u0644\u0643") /* تلك */ || exact(c, u"\u0630\u0644\u0643") /* ذلك */) &&
          c + 1 < m_end && m_s.is_word(c + 1) && definite(c + 1) &&
          (is_report_noun(c + 1) || is(WordClass::statement_noun, c + 1));
      const std::uint32_t pe = demonstrative_pointer ? c + 1 : c;
      const bool pointer = exact(c, u"الخبر") || exact(c, u"ذلك") || exact(c, u"هذا") || exact(c, u"هذه") ||
                           exact(c, u"التقرير") || exact(c, u"التقارير") || exact(c, u"الانباء") || demonstrative_pointer;
      const Hit* relay_after = nullptr;
      for (std::uint32_t k = pe + 1; k < m_end && k <= pe + 2 && relay_after == nullptr; ++k) {
        if (const Hit* h = m_s.cue_at(k); h != nullptr && h->begin == k &&
                                          m_s.lex.cues()[h->payload].frame == Frame::postmod_relay &&
                                          (k == pe + 1 || exact(pe + 1, u"في"))) {
          relay_after = h;  // "نفى ذلك في حديث لوكالة رويترز"
        }
      }
      // ("في حديث لوكالة رويترز": the lam joined to the medium, so no relay phrase matched.)
      const bool statement_to_medium = relay_after == nullptr && pe + 3 < m_end && exact(pe + 1, u"في") &&
                                       is(WordClass::statement_noun, pe + 2) && recipient_is_medium(Range{pe + 3, pe + 4});
      // ("نفى ذلك لوكالة "إفي"، مؤكدا أن Q": the medium told, right after the pointer.)
      const Range told = relay_after == nullptr && !statement_to_medium && pointer && pe + 1 < m_end
                             ? recipient_phrase(pe + 1)
                             : Range{};
      const bool pointer_told_medium = !told.empty() && recipient_is_medium(told);
      const bool relay_next = relay_after != nullptr || statement_to_medium || pointer_told_medium;
      // (A bare "نفى X ذلك." adds no claim of its own; with the medium it was said to, the
      // denial is kept, so that what follows goes on with its chain.)
      // (And so is "نفت الوزارة ذلك، مؤكدة أن Q": the participle goes on with the denier.)
      // ("نفت ذلك في بيان مساء الأحد، مؤكدة": adjuncts may stand before the comma.)
      std::uint32_t pointer_comma = pointer_told_medium ? told.end : pe + 1;
      while (pointer_comma < m_end && pointer_comma < pe + 7 && m_s.is_word(pointer_comma) &&
             (exact(pointer_comma, u"في") || is(WordClass::statement_noun, pointer_comma) ||
              is(WordClass::time_word, pointer_comma) || is(WordClass::month, pointer_comma) ||
              m_s.tokens[pointer_comma].kind == text::TokenKind::number)) {
        ++pointer_comma;
      }
      const Hit* after_pointer =
          pointer_comma + 1 < m_end && m_s.is_comma(pointer_comma) ? m_s.cue_at(pointer_comma + 1) : nullptr;
      const bool participle_next = after_pointer != nullptr && after_pointer->begin == pointer_comma + 1 &&
                                   m_s.lex.cues()[after_pointer->payload].frame == Frame::participle;
      // ("لكن الجيش نفى ذلك في بيان."، "ونفت الحكومة ذلك.": the pointer ends the clause; the
      // denial disputes the claim before, and says nothing else.)
      const bool pointer_ends = pointer && (pointer_comma >= m_end || m_s.is_end_punct(pointer_comma));
      const bool denied_back =
          cue.commitment == Commitment::denial && c < m_end &&
          ((exact(c, u"الخبر") && (pe + 1 >= m_end || !m_s.is_word(pe + 1))) ||
           (pointer && (relay_next || participle_next || pointer_ends)));
      if (denied_back) {
        np_limit = pe + 1;
        if (pointer_told_medium && comp.relay_outer.empty()) {
          comp.relay_outer = told;
          comp.relay_cue_begin = told.begin;
          comp.relay_cue_end = told.begin + 1;
        }
        if (relay_next && comp.relay_outer.empty()) {
          const std::uint32_t medium_begin = relay_after != nullptr ? relay_after->end : pe + 3;
          const Range r = relay_medium(medium_begin, PhraseStops{false, true, true, true});
          if (!r.empty()) {
            comp.relay_outer = r;
            comp.relay_cue_begin = relay_after != nullptr ? relay_after->begin : pe + 1;
            comp.relay_cue_end = medium_begin;
          }
        }
      }
      // ("نفى مصدر وزاري، فضّل عدم ذكر اسمه، ما تردد …": the source's anonymity, set off after
      // it, is no part of what is denied.)
      if (c < m_end && c > 0 && m_s.is_comma(c - 1) && anonymity_opener(c)) {
        std::uint32_t k = c + 1;
        while (k < m_end && k < c + 8 && !m_s.is_comma(k) && !m_s.is_end_punct(k)) {
          ++k;
        }
        if (k + 1 < m_end && m_s.is_comma(k)) {
          c = k + 1;
        }
      }
      // ("ونفى X صحة ما تم تداوله عن P": the truth of what was said about P, as below.)
      // ("نفى صحة الأنباء التي تحدثت عن P": the truth of reports, which are read as below.)
      // (Only reports of something, "عن"، "حول"، "بشأن" after them; "صحة التقارير" alone stays.)
      auto reports_about = [&](std::uint32_t r) {
        for (std::uint32_t k = r + 1; k < m_end && k <= r + 4; ++k) {
          if (exact(k, u"عن") || exact(k, u"حول") || exact(k, u"بشان")) {
            return true;
          }
        }
        return false;
      };
      if (cue.commitment == Commitment::denial && exact(c, u"صحه") && c + 1 < m_end &&
          (exact(c + 1, u"ما") || (is_report_noun(c + 1) && reports_about(c + 1)))) {
        ++c;
      }
      // ("نفت X أي صلة لها بالقصف": a denial of any link denies something; "لم يكشف أي
      // تفاصيل" reveals nothing.)
      // (The noun may be in quotation marks: "نفت الشركة أي "محاباة" في النتائج".)
      const std::uint32_t any_noun = c + 2 < m_end && m_s.is_open_quote(c + 1) ? c + 2 : c + 1;
      const bool denied_any = cue.commitment == Commitment::denial && exact(c, u"اي") && any_noun < m_end &&
                              m_s.is_word(any_noun) && !is(WordClass::contentless, any_noun);
      // ("نفى X ما يقال حول P"، "ما تردد عن P"، "ما نشرته وسائل إعلام عن P": what was said
      // about something is denied.)
      const bool denied_what = cue.commitment == Commitment::denial && exact(c, u"ما") && c + 3 < m_end &&
                               m_s.is_word(c + 1) && !complementizer(c + 1) &&
                               // ("ما تردد على بعض صفحات التواصل الاجتماعي بشأن P": where it went
                               // round may come first.)
                               std::any_of(m_s.tokens.begin() + c + 2, m_s.tokens.begin() + std::min(c + 14, m_end),
                                           [&](const text::Token& t) {
                                             const auto i = static_cast<std::uint32_t>(&t - m_s.tokens.data());
                                             return exact(i, u"عن") || exact(i, u"حول") || exact(i, u"بشان");
                                           });
      if (c >= m_end || !(m_s.is_word(c) || m_s.is_open_quote(c)) ||
          (is(WordClass::contentless, c) && !denied_back && !denied_any) ||
          is_exact(WordClass::preposition, c) || complementizer(c) || (is(WordClass::subordinator, c) && !denied_what)) {
        return std::nullopt;
      }
      // "وتعتبر طهران أحد أبرز حلفاء دمشق", "تعتبر فرنسا من الدول …": the passive "is
      // considered", a description, not someone's view.
      if (cue.id == "ar.itabara" && imperfect_verb(hit)) {
        const std::uint32_t from = subject.empty() ? hit.end : subject.begin;
        for (std::uint32_t k = from; k <= c && k < m_end; ++k) {
          if (exact(k, u"من") || exact(k, u"احد") || exact(k, u"احدي") || exact(k, u"واحدا") || exact(k, u"واحده")) {
            return std::nullopt;
          }
        }
      }
      // ("وحملت موسكو وطهران إسرائيل مسؤولية الغارات": the one held responsible, named last
      // before "مسؤولية", is the object, not the subject's.)
      if (cue.id == "ar.hammala" && c > 0 && !subject.empty()) {
        if (const lexicon::EntityMatch* m = m_s.entity_covering(c - 1);
            m != nullptr && m->end == c && m->begin > subject.begin && m->begin < subject.end + 1) {
          subject.end = m->begin;
          c = m->begin;
        }
      }
      // ("نفى X الأنباء عن P"، "ما يقال حول P": what is denied is P.)
      if (denied_what || (cue.commitment == Commitment::denial && is_report_noun(c) && exact(c + 1, u"عن"))) {
        std::uint32_t about = c + 1;
        while (about < m_end && about < c + 14 && !exact(about, u"عن") && !exact(about, u"حول") && !exact(about, u"بشان")) {
          ++about;
        }
        // (What it was about may be quoted: "عن "تلوث مياه المشروع"".)
        if (about + 1 < m_end && (m_s.is_word(about + 1) || m_s.is_open_quote(about + 1))) {
          c = about + 1;
        }
      }
      // ("ونفت الحكومة تقارير تفيد بأنها وافقت على P"، "نفت الوزارة الأنباء التي تحدثت عن P":
      // the reports' own verb of saying and its "أن" or "عن" open what is denied; the denier
      // alone is its source, the reports no hop of it.)
      if (cue.commitment == Commitment::denial && is_report_noun(c)) {
        std::uint32_t v = c + 1;
        while (v < m_end && v <= c + 3 && m_s.is_word(v) && m_s.cue_at(v) == nullptr) {
          ++v;
        }
        if (const Hit* said = v < m_end ? m_s.cue_at(v) : nullptr;
            said != nullptr && said->begin == v && m_s.lex.cues()[said->payload].frame == Frame::speech) {
          std::uint32_t denied_from = said->end;
          if (denied_from < m_end &&
              (complementizer(denied_from) || bi_anna_after(denied_from) ||
               exact(denied_from, u"\u0639\u0646") /* عن */ || exact(denied_from, u"\u062d\u0648\u0644") /* حول */)) {
            ++denied_from;
          } else if (denied_from + 1 < m_end && exact(denied_from, u"\u0627\u0644\u064a") /* إلى */ &&
                     complementizer(denied_from + 1)) {
            denied_from += 2;
          } else {
            denied_from = m_end;
          }
          if (denied_from < m_end && m_s.is_word(denied_from)) {
            m_consumed.insert(said->begin);
            c = denied_from;
          }
        }
      }
      // (A forecast's or an estimate's object past an aside, found above; the place the
      // estimator works at is the subject's.)
      if ((forecast || estimate || finding) && np_head > c) {
        c = np_head;
        if (estimate && works_at_end > subject.end) {
          subject.end = works_at_end;
        }
      }
      a.np_content = true;
      comp.content = c;
      comp.found = true;
      if (!comp.relay_outer.empty()) {
        // The according phrase and its verb belong to this attribution, not frames of their own.
        for (std::uint32_t k = comp.relay_cue_begin; k < comp.relay_outer.begin; ++k) {
          m_consumed.insert(k);
        }
      }
    }
    if (subject.empty() && !pronoun && imperfect_verb(hit) && hit.begin > 0 && m_s.is_word(hit.begin - 1) &&
        w(hit.begin)[0] != k_waw && w(hit.begin)[0] != k_fa && !is_exact(WordClass::conjunction, hit.begin - 1) &&
        !complementizer(hit.begin - 1) && !is(WordClass::auxiliary, hit.begin - 1) &&
        !is(WordClass::negation, hit.begin - 1) && !is(WordClass::subordinator, hit.begin - 1) &&
        !is(WordClass::adverb, hit.begin - 1) && !is_exact(WordClass::preposition, hit.begin - 1) &&
        !exact(hit.begin - 1, u"كما") && !is_exact(WordClass::relative, hit.begin - 1) &&
        // ("هجمات على سفن تجارية تقول إنها مرتبطة بإسرائيل": "says" and "إنها" after an indefinite
        // noun open an unmarked relative clause, its speaker the sentence's subject.)
        !(cue.id == "ar.qala" && comp.found && comp.content == hit.end + 1 && hit.end < m_end &&
          (exact(hit.end, u"انها") || exact(hit.end, u"انه") || exact(hit.end, u"انهم")) &&
          !w(hit.begin - 1).starts_with(u"\u0627\u0644"))) {
      // "أن البيانات التي جمعتها اللجنة تشير إلى أن P": an imperfect verb in the middle of a
      // clause, after a noun phrase that is not a known source, is that clause's verb ("the
      // information indicates"), not a speaker's.
      return std::nullopt;
    }
    for (std::uint32_t k = subject.begin + 2; !subject.empty() && comp.found && k + 1 < comp.content + 1 &&
                                              k < subject.end + 1 && !said_of_published;
         ++k) {
      if ((exact(k, u"قيل") || exact(k, u"يقال")) && k + 1 < m_end && complementizer(k + 1)) {
        for (std::uint32_t t = subject.begin + 1; t < k && !said_of_published; ++t) {
          const std::u16string_view x = w(t);
          said_of_published = x.starts_with(u"مقطع") || x.starts_with(u"فيديو") || x.starts_with(u"صور") ||
                              x.starts_with(u"تسجيل") || x.starts_with(u"شريط") || x.starts_with(u"وثيق") ||
                              x.starts_with(u"منشور") || x.starts_with(u"تغريد") || x.starts_with(u"لقط");
          if (said_of_published) {
            subject.end = t;
          }
        }
      }
    }
    if (subject.empty()) {
      a.coordinated = true;
      a.sources = {phrase(hit, hit.begin, hit.begin)};
      const Range fb = clause_subject(hit.begin, a.gender);
      a.fallback_begin = fb.begin;
      a.fallback_end = fb.end;
    } else {
      a.sources = {phrase(hit, subject.begin, subject.end)};
      // "أوردت الوكالة عن مسؤول … قوله إن P"، "روت الصحيفة عن شهود أن P": reporting "from"
      // someone relays that someone, as "نقلت X عن Y" does.
      if (cue.id == "ar.dhakara" && !before && subject.end + 1 < comp.content && exact(subject.end, u"عن")) {
        const Range from = np_after(subject.end + 1, {});
        std::uint32_t k = from.end;
        while (k < comp.content && (m_s.is_comma(k) || is(WordClass::quote_noun, k))) {
          ++k;
        }
        if (!from.empty() && names_source(from) && comp.found && (k == comp.content || complementizer(k))) {
          a.sources.push_back(phrase(hit, from.begin, from.end));
        }
      }
    }
    add_complement_medium(a, hit, comp);
    // ("وأوردت وكالة المغرب العربي للأنباء بلاغا للمديرية العامة للأمن الوطني يفيد بأن P":
    // the statement, object of a medium that carried it, says P; the medium relays it.)
    if (!subject.empty() && a.sources.size() == 1 && subject.begin >= 3 && is(WordClass::statement_noun, subject.begin) &&
        !w(subject.begin).starts_with(u"\u0627\u0644") /* ال */) {
      std::uint32_t v = subject.begin;
      while (v > 0 && subject.begin - v < 8 && m_s.is_word(v - 1) && m_s.cue_at(v - 1) == nullptr &&
             !carrying_verb(w(v - 1), false)) {
        --v;
      }
      const bool carried_by = v > 0 && v < subject.begin && m_s.is_word(v - 1) && carrying_verb(w(v - 1), false);
      if (carried_by && recipient_is_medium(Range{v, subject.begin})) {
        SourcePhrase outer = phrase(hit, v, subject.begin);
        a.sources.insert(a.sources.begin(), outer);
      }
    }
    // ("وأوضح البيان، الذي بثه التلفزيون الرسمي، أن P": the medium that carried the statement,
    // in a relative clause set off after it, relays it.)
    if (!subject.empty() && a.sources.size() == 1 && is(WordClass::statement_noun, subject.end - 1) &&
        subject.end + 3 < m_end && m_s.is_comma(subject.end) &&
        (exact(subject.end + 1, u"\u0627\u0644\u0630\u064a") /* الذي */ ||
         exact(subject.end + 1, u"\u0627\u0644\u062a\u064a") /* التي */)) {
      const std::uint32_t verb = subject.end + 2;
      if (carrying_verb(w(verb), true)) {
        if (const Range medium = np_after(verb + 1, {}); !medium.empty() && medium.end < m_end &&
                                                         m_s.is_comma(medium.end) && recipient_is_medium(medium)) {
          a.sources.insert(a.sources.begin(), phrase(hit, medium.begin, medium.end));
        }
      }
    }
    a.region_begin = subject.empty() ? hit.begin : std::min(subject.begin, hit.begin);
    a.region_end = comp.content;
    std::optional<Attribution> done = finish(a, comp.content);
    if (done && np_limit > done->content_begin && np_limit < done->content_end) {
      done->content_end = np_limit;
    }
    // ("أعلنت الهيئة رصد 38 منشأة …، في بيان وزعته الهيئة ونشرته «واس» مساء اليوم": a noun
    // phrase's claim ends where the statement it came in is set off after it.)
    if (done && done->np_content) {
      for (std::uint32_t k = done->content_begin + 2; k + 2 < done->content_end; ++k) {
        if (m_s.is_comma(k) && !m_s.in_quote(k) && exact(k + 1, u"\u0641\u064a") /* في */ &&
            is(WordClass::statement_noun, k + 2)) {
          // (Only a statement that runs to the end: "، في اتصال مع «عكاظ»، صحة …" is an
          // adjunct before the object.)
          bool to_end = true;
          for (std::uint32_t t = k + 3; t < done->content_end && to_end; ++t) {
            to_end = !m_s.is_comma(t);
          }
          if (to_end) {
            done->content_end = k;
          }
          break;
        }
      }
    }
    if (done && said_of_published) {
      for (std::uint32_t k = done->content_begin + 1; k < done->content_end; ++k) {
        if (m_s.is_comma(k) && !m_s.in_quote(k)) {
          done->content_end = k;
          break;
        }
      }
    }
    return done;
  }

  // The medium after "في تصريح لـ": a known agency or outlet is its name and adjectives, so
  // that a noun-phrase claim after it ("بتصريح لـ CNN علاقة فرنسا بالهجوم") stays the claim.
  // A name of one to `max_words` words in quotation marks opening at `open`, the marks
  // included ("«تي في اي»"); empty if none closes there.
  [[nodiscard]] Range quoted_name(std::uint32_t open, std::uint32_t max_words) const {
    if (open >= m_end || !m_s.is_open_quote(open)) {
      return {};
    }
    std::uint32_t c = open + 1;
    while (c < m_end && c - open <= max_words && m_s.is_word(c)) {
      ++c;
    }
    if (c == open + 1 || c >= m_end || !m_s.is_close_quote(c)) {
      return {};
    }
    return {open, c + 1};
  }

  // Tokens [b, e) are words that name no source and say nothing: no cue, no source noun, no
  // known name ("ومن المنتظر"، "وفي السياق ذاته").
  [[nodiscard]] bool no_source_words(std::uint32_t b, std::uint32_t e) const {
    for (std::uint32_t k = b; k < e; ++k) {
      if (!m_s.is_word(k) || m_s.cue_at(k) != nullptr || m_s.noun_covering(k) != nullptr ||
          m_s.entity_covering(k) != nullptr) {
        return false;
      }
    }
    return true;
  }

  [[nodiscard]] Range relay_medium(std::uint32_t b, PhraseStops stops) const {
    // ("في اتصال هاتفي مع برنامج على قناة "إكسترا نيوز"": a programme on a channel; the
    // channel is the medium.)
    // ("مع برنامج حواري على قناة «صدى البلد»": an adjective of the programme's may come first.)
    if (b + 3 < m_end && (exact(b, u"برنامج") || exact(b, u"برنامجا"))) {
      std::uint32_t on = b + 1;
      if (on + 2 < m_end && m_s.is_word(on) && !is_exact(WordClass::preposition, on) && !definite(on) &&
          w(on).size() > 3 && (w(on).back() == u'\u064a' || w(on).ends_with(u"\u064a\u0627"))) {
        ++on;  // حواري، تلفزيوني، إذاعيا
      }
      if ((exact(on, u"علي") || exact(on, u"في") || exact(on, u"عبر")) && w(on + 1).starts_with(u"قنا")) {
        if (const Range channel = relay_medium(on + 1, stops); !channel.empty() && names_news_medium(channel)) {
          return channel;
        }
      }
    }
    // ("في بيان وزعته الهيئة ونشرته «واس»": the body that sent it out, then a second verb of
    // publishing joined by "و"; its object is the medium that relays.)
    if (b + 2 < m_end && m_s.is_word(b) && m_s.is_word(b + 1) && w(b + 1).size() > 3 && w(b + 1)[0] == k_waw &&
        frames::is_publishing_verb(w(b + 1).substr(1))) {
      const Range second = relay_medium(b + 2, stops);
      if (!second.empty() && names_news_medium(second)) {
        return second;
      }
    }
    // ("في حديثها مع "الأناضول"": a quoted medium's name.)
    if (b + 1 < m_end && m_s.is_open_quote(b)) {
      if (const lexicon::EntityMatch* m = m_s.entity_covering(b + 1); m != nullptr && m->begin == b + 1) {
        const SourceKind k = m_s.gazetteer.entities()[m->entity].kind;
        if (k == SourceKind::agency || k == SourceKind::outlet) {
          std::uint32_t end = m->end < m_end && m_s.is_close_quote(m->end) ? m->end + 1 : m->end;
          // ("لـ"العربية Business"": the rest of the quoted name too.)
          for (std::uint32_t c = m->end; end == m->end && c < m_end && c - m->end < 4 && m_s.is_word(c) ; ++c) {
            if (c + 1 < m_end && m_s.is_close_quote(c + 1)) {
              end = c + 2;
            }
          }
          return {b, end};
        }
      }
      // (Any quoted name: "في حديث لـ«الشرق الأوسط»"; the quotation mark alone names nothing.)
      return quoted_name(b, 6);
    }
    if (const lexicon::EntityMatch* m = m_s.entity_covering(b); m != nullptr && m->begin == b) {
      const SourceKind k = m_s.gazetteer.entities()[m->entity].kind;
      if (k == SourceKind::agency || k == SourceKind::outlet) {
        return entity_np(b);
      }
    }
    return np_after(b, stops);
  }

  // Whether the entity's name itself begins with the first letter of token i (the waw of
  // "واشنطن", "وارسو"; the lam of "لوموند"), so that it joins nothing.
  [[nodiscard]] bool waw_is_own(std::uint32_t i, const lexicon::EntityMatch& m) const {
    for (const EntityName& n : m_s.gazetteer.entities()[m.entity].names) {
      const std::vector<std::u16string> keys = lexicon::phrase_keys(n.text);
      if (!keys.empty() && keys.front() == w(i)) {
        return true;
      }
    }
    return false;
  }

  // Whether the cue at `hit` follows a complementizer and a definite noun phrase that names
  // no source ("أن الفحوصات الأولية كشفت"): the verb of the reported clause.
  // "قالوا"، "أبلغوه"، "أكدوا لها": a verb in the masculine plural, with an object pronoun or
  // none; its subject is people.
  [[nodiscard]] bool plural_masculine_verb(std::uint32_t i) const {
    const std::u16string_view v = w(i);
    return v.size() > 3 && (v.ends_with(u"\u0648\u0627") /* ـوا */ ||
                            (v.size() > 4 && (v.ends_with(u"\u0648\u0647") /* ـوه */ || v.ends_with(u"\u0648\u0647\u0627") ||
                                              v.ends_with(u"\u0648\u0647\u0645") || v.ends_with(u"\u0648\u0646\u064a"))));
  }

  [[nodiscard]] bool thing_clause_verb(const Hit& hit) const {
    // ("أن القراصنة أبلغوا"، "إن الخاطفين قالوا": a masculine plural verb has people for its
    // subject; things in the plural take a feminine singular verb, "أن الفحوصات كشفت".)
    if (plural_masculine_verb(hit.end - 1)) {
      return false;
    }
    std::uint32_t k = hit.begin;
    while (k > 0 && hit.begin - k < 4 && m_s.is_word(k - 1) && !complementizer(k - 1) &&
           w(k - 1).starts_with(u"\u0627\u0644") && m_s.cue_at(k - 1) == nullptr) {
      --k;
    }
    // ("غير أن الثبيتي نفى"، "إلا أن الشركة أكدت": after a contrast the clause is a new
    // statement, not the complement of a verb before it.)
    const bool contrast = k >= 2 && contrast_complementizer(k - 1);
    return k < hit.begin && k > 0 && complementizer(k - 1) && !contrast && !names_source({k, hit.begin}) &&
           !is(WordClass::title, k) && !is(WordClass::honorific, k);
  }

  // "للمرة الأولى"، "لليوم الثاني": a time with the lam, an adjunct.
  [[nodiscard]] static bool name_lam_time(std::u16string_view t) {
    static constexpr std::u16string_view k_times[] = {
        u"\u0644\u0644\u0645\u0631\u0647" /* للمرة */, u"\u0644\u0644\u064a\u0648\u0645" /* لليوم */,
        u"\u0644\u0644\u0639\u0627\u0645" /* للعام */, u"\u0644\u0644\u0633\u0646\u0647" /* للسنة */,
        u"\u0644\u0644\u0634\u0647\u0631" /* للشهر */, u"\u0644\u0644\u0627\u0633\u0628\u0648\u0639" /* للأسبوع */};
    return std::find(std::begin(k_times), std::end(k_times), t) != std::end(k_times);
  }

  // The known entity (or source noun) starting at b with its following definite adjectives.
  // ("وتقدر X عدد الصيادين بنحو 400"، "مقدّراً خسائره بنحو 15 ألف دينار": an amount, "بنحو"،
  // "بحوالي"، "بـ15", within the few words from `b` to a comma.)
  [[nodiscard]] bool amount_within(std::uint32_t b) const {
    for (std::uint32_t k = b; k < m_end && k < b + 8 && !m_s.is_comma(k); ++k) {
      if (exact(k, u"بنحو") || exact(k, u"بحوالي") || exact(k, u"باكثر") || exact(k, u"بما") ||
          ((exact(k, u"ب") || exact(k, u"بـ")) && k + 1 < m_end && m_s.tokens[k + 1].kind == text::TokenKind::number) ||
          // ("بـ«نحو 45 ألف وحدة»": the amount quoted.)
          ((exact(k, u"ب") || exact(k, u"بـ")) && k + 2 < m_end && m_s.is_open_quote(k + 1) &&
           (m_s.tokens[k + 2].kind == text::TokenKind::number || exact(k + 2, u"نحو") || exact(k + 2, u"حوالي") ||
            exact(k + 2, u"اكثر")))) {
        return true;
      }
    }
    return false;
  }

  // Whether a verb of saying, outside quotation marks, ends before `at`: a clause of its own
  // with a speaker precedes.
  [[nodiscard]] bool speech_cue_before(std::uint32_t at) const {
    return std::any_of(m_s.cues.begin(), m_s.cues.end(), [&](const Hit& h) {
      return h.end <= at && m_s.lex.cues()[h.payload].frame == Frame::speech && !frames::quoted(m_s, h.begin);
    });
  }

  // "وزارة الطاقة والمناجم"، "وزارة الخارجية والمغتربين": a body's name coordinates its
  // genitives (a definite word with "و", then its adjective). Where the name ends, from `e`
  // right after its first genitive.
  // A body of its own joined by "و" ("والجيش"), not a people's noun inside a ministry's name
  // ("وزارة الصحة والسكان").
  [[nodiscard]] bool coordinated_body(std::uint32_t e) const {
    const Hit* n = m_s.noun_covering(e);
    if (n == nullptr) {
      return false;
    }
    const SourceKind kind = m_s.lex.source_nouns()[n->payload].kind;
    return kind == SourceKind::government || kind == SourceKind::organization || kind == SourceKind::agency ||
           kind == SourceKind::outlet;
  }
  // ("نفت وزارة التربية والتعليم تسريب …": the coordinated genitive is the ministry's name
  // whatever follows; the object after it never opens with "و".)
  [[nodiscard]] std::uint32_t coordinated_genitives(std::uint32_t e) const {
    // ("وزارة الاتصالات وتقنية المعلومات"، "وزارة الثروة الزراعية والسمكية وموارد المياه": a second head in
    // the construct state, of the few a ministry's name joins, with its own definite genitive.
    // Not "نفت وزارة الدفاع وجود قوات", the object.)
    static constexpr std::u16string_view k_second_heads[] = {u"تقنيه", u"تكنولوجيا", u"استصلاح", u"شوون",
                                                             u"تنميه",  u"تخطيط",     u"حمايه",   u"رعايه",
                                                             u"تطوير",  u"تحديث",     u"تاهيل",
                                                             u"موارد"};
    auto second_head = [&](std::uint32_t k) {
      return k + 1 < m_end && m_s.is_word(k) && w(k).size() > 3 && w(k)[0] == k_waw &&
             std::find(std::begin(k_second_heads), std::end(k_second_heads), w(k).substr(1)) !=
                 std::end(k_second_heads) &&
             m_s.is_word(k + 1) && definite(k + 1) && m_s.cue_at(k + 1) == nullptr && !is(WordClass::time_word, k + 1);
    };
    while (e < m_end && m_s.is_word(e) && w(e).size() > 3 && w(e)[0] == k_waw &&
           (w(e).substr(1).starts_with(u"\u0627\u0644") || second_head(e)) && m_s.cue_at(e) == nullptr &&
           !coordinated_body(e) && m_s.entity_covering(e) == nullptr && !is(WordClass::time_word, e)) {
      if (second_head(e)) {
        ++e;
      }
      ++e;
      // ("والتجارة الداخلية": with its relative adjective.)
      if (e < m_end && m_s.is_word(e) && w(e).size() > 4 && w(e).starts_with(u"\u0627\u0644") &&
          (w(e).ends_with(u"\u064a\u0647") || w(e).ends_with(u"\u064a")) &&
          m_s.cue_at(e) == nullptr && !is(WordClass::time_word, e)) {
        ++e;
      }
    }
    return e;
  }

  // ("عدد من الطلاب"، "أكثر من مرة"، "عشرات من السكان": a count or "several" before "من" at k;
  // that "من" is the count's, not a complaint's "of".)
  [[nodiscard]] bool count_before_min(std::uint32_t k) const {
    return k > 0 && (exact(k - 1, u"عدد") || exact(k - 1, u"اكثر") || exact(k - 1, u"بعض") || exact(k - 1, u"العديد") ||
                     exact(k - 1, u"عشرات") || exact(k - 1, u"ميات"));
  }

  [[nodiscard]] Range entity_np(std::uint32_t b) const {
    std::uint32_t e = b;
    const Hit* head_noun = m_s.noun_covering(b);
    const bool body_head = head_noun != nullptr && head_noun->begin == b &&
                           (m_s.lex.source_nouns()[head_noun->payload].kind == SourceKind::government ||
                            m_s.lex.source_nouns()[head_noun->payload].kind == SourceKind::organization);
    // ("وزير الأشغال العامة والنقل"، "وزيرة التضامن والإدماج الاجتماعي": a minister's office is
    // named as its ministry is, with its coordinated genitives.)
    const bool minister_head = !body_head && (w(b) == u"\u0648\u0632\u064a\u0631" /* وزير */ ||
                                              w(b) == u"\u0648\u0632\u064a\u0631\u0647" /* وزيرة */);
    if (const lexicon::EntityMatch* m = m_s.entity_covering(b); m != nullptr && m->begin == b) {
      e = m->end;
    } else if (const Hit* n = m_s.noun_covering(b); n != nullptr && n->begin == b) {
      e = n->end;
      // An indefinite head and a definite genitive make one name: "حركة الجهاد الإسلامي",
      // "وزارة الخارجية" (also as a hashtag, "حركة #الجهاد_الاسلامي", whose signs fold to spaces).
      if (e == b + 1 && !w(b).starts_with(u"\u0627\u0644") && e < m_end && m_s.is_word(e) &&
          w(e).starts_with(u"\u0627\u0644") && !is(WordClass::time_word, e) && !adjunct_start(e) &&
          m_s.cue_at(e) == nullptr) {
        ++e;
        if (body_head || minister_head) {
          e = coordinated_genitives(e);
        }
      } else if (e == b + 1 && !w(b).starts_with(u"\u0627\u0644")) {
        // "مركز طب الطوارئ"، "هيئة شؤون الأسرى": a construct chain of indefinite nouns that a
        // definite one closes is one name.
        // ("نائب رئيس لجنة الأغذية": a title heads the chain's next link too.)
        const bool titled_head = is(WordClass::title, b);
        std::uint32_t j = e;
        while (j < m_end && j < e + (titled_head ? 3 : 2) && m_s.is_word(j) && !w(j).starts_with(u"\u0627\u0644") &&
               (plain_noun(j) || (titled_head && is(WordClass::title, j))) &&
               m_s.cue_at(j) == nullptr && !is(WordClass::time_word, j) && !adjunct_start(j) &&
               !is_exact(WordClass::preposition, j) && m_s.tokens[j].kind != text::TokenKind::number) {
          ++j;
        }
        if (j > e && j < m_end && m_s.is_word(j) && w(j).starts_with(u"\u0627\u0644") && !is(WordClass::time_word, j) &&
            !adjunct_start(j) && m_s.cue_at(j) == nullptr) {
          e = j + 1;
        }
      }
      // ("نفى مصدر وزاري ما …": after a masculine indefinite head, an indefinite nisba "…ي" the
      // lexicon does not list is its adjective. Not the object's construct, whose definite
      // genitive follows.)
      if (e == b + 1 && !definite(b) && w(b).size() >= 3 && w(b).back() != k_ha && e < m_end && m_s.is_word(e) &&
          !definite(e) && w(e).size() >= 4 && w(e).back() == k_ya && w(e)[w(e).size() - 2] != k_alef &&
          w(e)[w(e).size() - 2] != k_waw && plain_noun(e) && m_s.cue_at(e) == nullptr && m_s.noun_covering(e) == nullptr &&
          m_s.entity_covering(e) == nullptr && m_s.nationality_covering(e) == nullptr &&
          !(e + 1 < m_end && m_s.is_word(e + 1) && definite(e + 1))) {
        ++e;
      }
      // ("نفى مصدر مصرفي مطلع ما …", "مسؤول أمني رفيع": then the adjectives that rank or place
      // an unnamed source.)
      if (e > b && e <= b + 2 && !definite(b) && w(b).back() != k_ha && e < m_end && m_s.is_word(e)) {
        static constexpr std::u16string_view k_source_adjectives[] = {u"مطلع", u"رفيع", u"كبير", u"بارز", u"مقرب",
                                                                      u"موثوق"};
        if (std::find(std::begin(k_source_adjectives), std::end(k_source_adjectives), w(e)) !=
            std::end(k_source_adjectives)) {
          ++e;
        }
      }
      // ("أعلنت جماعة مسلحة مسؤوليتها": a feminine indefinite head's indefinite adjectives, a
      // participle "مـ…ة" or a nisba "…ية", one after another ("جماعة مسلحة مجهولة"). Not the
      // object's construct: "أعلنت نقابة مقاطعة الانتخابات".)
      if (e == b + 1 && !definite(b) && w(b).size() >= 3 && w(b).back() == k_ha) {
        while (e < m_end && e < b + 3 && m_s.is_word(e) && !definite(e) && w(e).size() >= 4 && w(e).back() == k_ha &&
               (w(e)[0] == u'\u0645' /* م */ || (w(e)[w(e).size() - 2] == k_ya && w(e)[w(e).size() - 3] != k_alef)) &&
               plain_noun(e) &&
               m_s.cue_at(e) == nullptr && m_s.noun_covering(e) == nullptr && m_s.entity_covering(e) == nullptr &&
               !written_possessive(e) && !(e + 1 < m_end && m_s.is_word(e + 1) && definite(e + 1))) {
          ++e;
        }
      }
    } else if (m_s.is_open_quote(b)) {
      std::uint32_t c = b + 1;
      while (c < m_s.size() && !m_s.is_close_quote(c) && c - b < 6) {
        ++c;
      }
      return (c < m_s.size() && m_s.is_close_quote(c)) ? Range{b, c + 1} : Range{};
    } else {
      return {};
    }
    // Definite adjectives ("الرسمية", "السورية"), a quoted or bracketed alias, and the
    // name after a title ("الرئيس الروسي فلاديمير بوتن").
    // ("نفى المدير العام للديوان الوطني للامتحانات وجود …": a title's "general", then the
    // office it heads with the lam of belonging, which goes on as a body's name does.)
    bool office_goes_on = body_head;
    bool titled_office = false;  // (then "للامتحانات والمسابقات": its coordinated genitives too)
    while (e < m_end) {
      const std::u16string_view t = w(e);
      if (general_after_title(e)) {
        ++e;
        continue;
      }
      if (!office_goes_on && e > b && is(WordClass::title, b) && general_after_title(e - 1) && m_s.is_word(e) &&
          t.size() > 4 && t[0] == k_lam && t[1] == k_lam && !recipient_at(e) && m_s.cue_at(e) == nullptr &&
          !name_lam_time(t)) {
        office_goes_on = true;
        titled_office = true;
        // ("الأمين العام للأمم المتحدة": a body the gazetteer knows, whole.)
        const lexicon::EntityMatch* body = m_s.entity_covering(e);
        e = body != nullptr && body->begin == e ? body->end : e + 1;
        continue;
      }
      if (const lexicon::EntityMatch* m = m_s.entity_covering(e);
          m != nullptr && m->begin == e && m_s.gazetteer.entities()[m->entity].kind == SourceKind::person) {
        e = m->end;
        continue;
      }
      // ("سفير روسيا لدى الأمم المتحدة"، "النيابة العامة لدى المحكمة الابتدائية": the body a
      // title or an office is "at" is part of its name; `adjunct_start` tells it from "لدى
      // وصوله", an adjunct of time.)
      if (e > b && t == u"لدي" && e + 1 < m_end && !adjunct_start(e)) {
        if (const Range at = entity_np(e + 1); !at.empty()) {
          e = at.end;
          continue;
        }
      }
      // "متحدث باسم الشرطة": "on behalf of" goes on with the body spoken for.
      if (t == u"\u0628\u0627\u0633\u0645" && e + 1 < m_end && m_s.is_word(e + 1)) {
        ++e;
        continue;
      }
      // "المتحدث باسم وزارة الخارجية": the body a spokesman speaks for is part of the phrase.
      if (w(e - 1) == u"\u0628\u0627\u0633\u0645") {
        if (const lexicon::EntityMatch* m = m_s.entity_covering(e); m != nullptr && m->begin == e) {
          e = m->end;
          continue;
        }
        if (const Hit* n = m_s.noun_covering(e); n != nullptr && n->begin == e) {
          e = n->end;
          // ("باسم وزارة الدفاع": an indefinite head and its definite genitive; "باسم وزارة
          // التموين والتجارة الداخلية": a body's, coordinated.)
          if (e == n->begin + 1 && !t.starts_with(u"\u0627\u0644") && e < m_end && m_s.is_word(e) &&
              w(e).starts_with(u"\u0627\u0644") && !is(WordClass::time_word, e) && !adjunct_start(e) &&
              m_s.cue_at(e) == nullptr) {
            ++e;
            const SourceKind kind = m_s.lex.source_nouns()[n->payload].kind;
            if (kind == SourceKind::government || kind == SourceKind::organization) {
              e = coordinated_genitives(e);
            }
          }
          continue;
        }
        if (m_s.is_word(e) && t.size() > 3 && t[0] == k_alef && t[1] == k_lam) {
          ++e;  // a body the lexicon does not know: "باسم الشرطة"
          continue;
        }
        // ("المتحدث باسم سلاح الجو الأوكراني": one it does not know, an indefinite head and its
        // definite genitive.)
        if (m_s.is_word(e) && t.size() >= 3 && !t.starts_with(u"\u0627\u0644") && e + 1 < m_end && m_s.is_word(e + 1) &&
            definite(e + 1) && m_s.cue_at(e) == nullptr && m_s.cue_at(e + 1) == nullptr && !is(WordClass::time_word, e + 1) &&
            !complementizer(e)) {
          e += 2;
          continue;
        }
      }
      if (m_s.nationality_covering(e) != nullptr) {
        e = m_s.nationality_covering(e)->end;
        continue;
      }
      // ("اللجنة العليا": the elative adjective ends in an alef.)
      // ("المتحدث العسكري": a nisba the lexicon knows as a noun, "عسكري", agrees with the
      // definite head as its adjective.)
      const Hit* as_noun = m_s.noun_covering(e);
      const bool nisba_adjective = as_noun != nullptr && as_noun->begin == e && as_noun->end == e + 1 &&
                                   t.back() == k_ya && e > b && m_s.is_word(e - 1) && definite(e - 1);
      if (m_s.is_word(e) && t.size() > 3 && t[0] == k_alef && t[1] == k_lam &&
          (t.back() == k_ha || t.back() == k_ya || t == u"\u0627\u0644\u0639\u0644\u064a\u0627" /* العليا */) &&
          (as_noun == nullptr || nisba_adjective)) {
        ++e;
        // ("وزارة الشؤون الاجتماعية والعمل"، "وزير الأشغال العامة والنقل": a genitive's
        // adjective, then the office's coordinated genitive.)
        if ((body_head || minister_head) && e == b + 3 && !definite(b)) {
          e = coordinated_genitives(e);
        }
        continue;
      }
      // "شركة قطر للطاقة"، "الهيئة العامة للطيران المدني": after a body's head, a definite
      // noun with the lam goes on with its name. (Not the one told, "للصحفيين", nor a time,
      // "للمرة الأولى".)
      if (office_goes_on && m_s.is_word(e) && t.size() > 4 && t[0] == k_lam && t[1] == k_lam && !recipient_at(e) &&
          m_s.cue_at(e) == nullptr && !name_lam_time(t)) {
        ++e;
        if (titled_office) {
          e = coordinated_genitives(e);
        }
        continue;
      }
      // ("اللجنة المركزية لانتخابات المجالس البلدية"، "الهيئة الوطنية لمكافحة الفساد": the lam
      // on an indefinite noun with its definite genitive goes on with a body's name too.)
      if (office_goes_on && m_s.is_word(e) && t.size() > 4 && t[0] == k_lam && t[1] != k_lam && e + 1 < m_end &&
          m_s.is_word(e + 1) && w(e + 1).starts_with(u"\u0627\u0644") && !recipient_at(e) && m_s.cue_at(e) == nullptr &&
          m_s.cue_at(e + 1) == nullptr && m_s.entity_covering(e) == nullptr && m_s.noun_covering(e + 1) == nullptr &&
          !name_lam_time(t) && !is(WordClass::time_word, e + 1)) {
        e += 2;
        continue;
      }
      if (m_s.is_open_quote(e) || m_s.is_punct(e, u'(')) {
        std::uint32_t c = e + 1;
        while (c < m_s.size() && !m_s.is_close_quote(c) && !m_s.is_punct(c, u')') && c - e < 5) {
          ++c;
        }
        if (c < m_s.size() && (m_s.is_close_quote(c) || m_s.is_punct(c, u')'))) {
          e = c + 1;
          continue;
        }
      }
      // "متحدث باسم وزارة الداخلية الإسبانية، العقيد خوان مورينو": a title and a name in
      // apposition, up to the next comma or a ب/ل phrase ("بتصريح لـ CNN").
      if (m_s.is_comma(e) && e + 1 < m_end && (is(WordClass::title, e + 1) || is(WordClass::honorific, e + 1))) {
        std::uint32_t c = e + 2;
        while (c < m_end && c - e <= 6 && m_s.is_word(c) && m_s.cue_at(c) == nullptr && !complementizer(c) &&
               (!is_exact(WordClass::preposition, c) || ali_name(c)) && !recipient_at(c) &&
               !(w(c).size() > 3 && w(c)[0] == k_ba &&
                 ((w(c)[1] == k_alef && w(c)[2] == k_lam) || recipient_at(c + 1)))) {
          ++c;
        }
        if (c > e + 2 && c - e <= 6) {
          e = c;
          continue;
        }
      }
      break;
    }
    return {b, e};
  }

  // "…، وهو ما نفاه رئيس الهيئة في تصريحات متلفزة، مؤكدا أن Q": "what the head denied"
  // points back to the claim before it ("وهو ما أكده X": confirmed it; the claim ends there). The denial's content is the pointer ("وهو ما"),
  // which the assembler links to that claim; the subject follows the verb.
  std::optional<Attribution> which_denied(const Hit& hit, const lexicon::CueEntry& cue) {
    std::uint32_t pointer = hit.begin;
    if (pointer > 0 && (exact(pointer - 1, u"وهو") || exact(pointer - 1, u"وهي") || exact(pointer - 1, u"وهذا") ||
                        exact(pointer - 1, u"هو") || exact(pointer - 1, u"هذا") || exact(pointer - 1, u"الامر") ||
                        exact(pointer - 1, u"وهذه") || exact(pointer - 1, u"الخبر") || exact(pointer - 1, u"الانباء"))) {
      --pointer;
    }
    // Only after a clause: a comma, or the pointer word itself.
    if (pointer == hit.begin && !(pointer > 0 && m_s.is_comma(pointer - 1))) {
      return std::nullopt;
    }
    Range subject = np_after(hit.end, PhraseStops{false, true, false, true});
    // ("وهو ما نفته "نوردفاغن" في رد مكتوب": a body named only in quotation marks, not an
    // adverb in them, "بشكل قاطع".)
    if (subject.empty() && hit.end + 2 < m_end && m_s.is_open_quote(hit.end) && m_s.is_word(hit.end + 1) &&
        !(w(hit.end + 1).size() > 2 && w(hit.end + 1)[0] == k_ba)) {
      if (const std::uint32_t close = short_quote_close(hit.end, 4); close != 0) {
        subject = {hit.end, close + 1};
      }
    }
    if (subject.empty() || subject.begin != hit.end) {
      return std::nullopt;
    }
    Attribution a = base(hit, cue);
    a.sources = {phrase(hit, subject.begin, subject.end)};
    a.np_content = true;
    a.content_begin = pointer;
    a.content_end = hit.begin + 1;  // through "ما"
    a.region_begin = pointer;
    a.region_end = subject.end;
    // ("وهو ما نفاه المسؤول في تصريحه للوكالة، مؤكدا": the medium told relays the denial,
    // and the participle after it.)
    std::uint32_t j = subject.end;
    while (j < m_end && (exact(j, u"في") || is(WordClass::statement_noun, j) || is(WordClass::time_word, j) ||
                         // ("في تصريح مقتضب لوكالة ريتزاو": the statement's adjective.)
                         (j > subject.end && is(WordClass::statement_noun, j - 1) && m_s.is_word(j) &&
                          w(j).size() > 3 && w(j)[0] != k_lam && m_s.entity_covering(j) == nullptr &&
                          m_s.cue_at(j) == nullptr))) {
      ++j;
    }
    if (const Range r = recipient_phrase(j); !r.empty() && recipient_is_medium(r)) {
      SourcePhrase outer = phrase(hit, r.begin, r.end);
      outer.recipient = true;
      a.sources.insert(a.sources.begin(), outer);
      a.region_end = r.end;
    }
    return a;
  }

  // "وجاء في بيان للوزارة أن P"، "وجاء في بيان صادر عن الجيش: «…»"، "وجاء في البيان أن P":
  // the statement's issuer says P; without one, the statement itself (which the resolver
  // may tie to whoever issued it before).
  std::optional<Attribution> came_in(const Hit& hit, const lexicon::CueEntry& cue) {
    const std::uint32_t noun = hit.end;
    if (noun >= m_end || !is(WordClass::statement_noun, noun)) {
      return std::nullopt;
    }
    Range source{noun, noun + 1};
    std::uint32_t after = noun + 1;
    // Adjectives of the statement ("بيان رسمي"، "بيان مشترك").
    while (after < m_end && after < noun + 3 && m_s.is_word(after) && m_s.noun_covering(after) == nullptr &&
           m_s.entity_covering(after) == nullptr && !recipient_at(after) && !complementizer(after) &&
           !exact(after, u"صادر") && !exact(after, u"الصادر") && !frames::is_publishing_verb(w(after)) &&
           !w(after).starts_with(u"\u0644") && (w(after).ends_with(u"ي") || w(after).ends_with(u"يه") ||
                                                  w(after).ends_with(u"ك"))) {
      ++after;
    }
    std::uint32_t issuer = m_end;
    if (after + 1 < m_end && (exact(after, u"صادر") || exact(after, u"الصادر")) && exact(after + 1, u"عن")) {
      issuer = after + 2;
    } else if (after < m_end && frames::is_publishing_verb(w(after))) {
      issuer = after + 1;
    } else if (after < m_end && m_s.is_word(after) && w(after).size() > 2 && w(after)[0] == k_lam &&
               (m_s.entity_covering(after) != nullptr || m_s.noun_covering(after) != nullptr ||
                // ("بيان للجهاز نشرته الوكالة": a body the text named before, then who published it.)
                (after + 1 < m_end && w(after).size() > 4 && w(after)[1] == k_lam &&
                 frames::is_publishing_verb(w(after + 1))))) {
      issuer = after;  // "بيان للوزارة": the lam of belonging
    }
    if (issuer < m_end) {
      Range r = np_after(issuer, PhraseStops{false, true, false, true});
      // (The issuer's name ends where the verb of publishing starts: "للوزارة نشرته وكالة X".)
      for (std::uint32_t k = r.begin + 1; k < r.end; ++k) {
        if (frames::is_publishing_verb(w(k))) {
          r.end = k;
          break;
        }
      }
      if (!r.empty() && r.begin == issuer) {
        source = r;
      }
    }
    // ("نشرته الوزارة على قناتها في "تليغرام": «…»": where it was posted, up to the colon.)
    for (std::uint32_t k = source.end; k < m_end && k < source.end + 10; ++k) {
      if (complementizer(k) || m_s.cue_at(k) != nullptr || m_s.is_end_punct(k)) {
        break;
      }
      if (m_s.is_punct(k, u':') && k + 1 < m_end) {
        return said_by(hit, cue, source, k + 1);
      }
    }
    // ("وجاء في بيان للجهاز نشرته الوكالة أن P": a body's statement that a news medium
    // published; the body speaks and the medium relays.)
    Range publisher;
    std::uint32_t publishing_verb = m_end;
    if (source.begin != noun && source.end < m_end && frames::is_publishing_verb(w(source.end))) {
      const Range r = np_after(source.end + 1, PhraseStops{false, true, false, true});
      if (!r.empty() && r.begin == source.end + 1 && recipient_is_medium(r)) {
        publisher = r;
        publishing_verb = source.end;
      }
    }
    const Complement comp = complement_after(publisher.empty() ? source.end : publisher.end);
    if (!comp.found) {
      return std::nullopt;
    }
    std::optional<Attribution> a = said_by(hit, cue, source, comp.content);
    if (a && !publisher.empty()) {
      SourcePhrase outer = phrase(hit, publisher.begin, publisher.end);
      outer.cue_begin = publishing_verb;
      outer.cue_end = publishing_verb + 1;
      outer.cue = m_s.utf8(publishing_verb, publishing_verb + 1);
      a->sources.insert(a->sources.begin(), outer);
    }
    return a;
  }

  // "غير أن"، "إلا أن"، "بيد أن" ("however"): the word before the complementizer at `c` makes
  // it open a clause of contrast, a new statement, not a complement.
  [[nodiscard]] bool contrast_complementizer(std::uint32_t c) const {
    return c > 0 && (exact(c - 1, u"غير") || exact(c - 1, u"الا") || exact(c - 1, u"بيد"));
  }

  // A cue that reports only a clause with "بأن" right after it ("مذكرة بأن P").
  [[nodiscard]] bool bi_anna_after(std::uint32_t k) const {
    // ("وردّ على ذلك بالقول إن P": by saying, then the complement.)
    if (k >= m_end) {
      return false;
    }
    if (exact(k, u"بان") || exact(k, u"بانه") || exact(k, u"بانها") || exact(k, u"بانهم") ||
        (exact(k, u"بالقول") && k + 1 < m_end && complementizer(k + 1))) {
      return true;
    }
    // ("وردّت المصادر على هذا الكلام بالقول لـ"نداء الوطن" إن P": the one told between.)
    if (exact(k, u"بالقول") && k + 2 < m_end && recipient_at(k + 1)) {
      for (std::uint32_t t = k + 2; t < m_end && t <= k + 7; ++t) {
        if (complementizer(t)) {
          return true;
        }
        if (m_s.is_end_punct(t) || m_s.is_comma(t) || m_s.cue_at(t) != nullptr) {
          break;
        }
      }
    }
    return false;
  }

  // The news medium that published the statement at `statement` ("نشرت وكالة أعماق … بيانا"،
  // "أوردت وكالة X تقريرا لصحيفة Y"), with its verb; empty if a publishing verb before it has
  // no medium for its subject.
  [[nodiscard]] std::pair<Range, std::uint32_t> publisher_of(std::uint32_t statement) const {
    for (std::uint32_t v = statement; v-- > 0 && statement - v <= 10;) {
      if (!m_s.is_word(v) && !m_s.is_quote_mark(v) && !m_s.is_punct(v, u'(') && !m_s.is_punct(v, u')')) {
        break;
      }
      std::u16string_view verb_word = w(v);
      if (verb_word.size() > 3 && (verb_word[0] == k_waw || verb_word[0] == k_fa)) {
        verb_word.remove_prefix(1);  // "ونشرت"
      }
      if (frames::is_publishing_verb(verb_word)) {
        Range publisher = np_after(v + 1, PhraseStops{true, true, true});
        publisher.end = std::min(publisher.end, statement);
        if (!publisher.empty() && recipient_is_medium(publisher)) {
          return {publisher, v};
        }
        break;
      }
    }
    return {Range{}, 0};
  }

  // "عزا المتحدث الارتفاع إلى «تراجع المحصول»"، "، عازيا الزيادة إلى ارتفاع التكاليف": the
  // speaker puts what happened down to a cause; the claim is the thing explained with its
  // cause ("الارتفاع إلى «…»").
  // "علمت «الوطن» من مصادر في الوزارة أن P": what a medium learned from sources. A bare
  // quoted name is the page's own paper ("علمت «عكاظ»" is how a paper speaks of itself): the
  // sources alone are the claim's; a medium named with its noun ("علمت صحيفة X") relays them.
  std::optional<Attribution> learned_from(const Hit& hit, const lexicon::CueEntry& cue) {
    std::uint32_t b = hit.end;
    Range learner{};
    bool own_paper = false;
    if (m_s.is_open_quote(b)) {
      learner = quoted_name(b, 5);
      if (learner.empty()) {
        return std::nullopt;
      }
    } else {
      // A medium named with its noun, up to "من": "علمت صحيفة "الحياة" من".
      std::uint32_t e = b;
      while (e < m_end && e - b <= 6 && !exact(e, u"من") && (m_s.is_word(e) || m_s.is_quote_mark(e)) &&
             m_s.cue_at(e) == nullptr && !complementizer(e)) {
        ++e;
      }
      learner = {b, e};
      if (learner.empty() || !exact(e, u"من")) {
        return std::nullopt;
      }
      // ("وعلمت القبس من مصادر مطلعة أن P": a paper's bare name, which the gazetteer keeps for
      // an explicit context, learning is the page's own paper: no hop, as a quoted name.)
      if (!medium_at(b) || !recipient_is_medium(learner)) {
        if (learner.end - learner.begin > 2 || is(WordClass::title, b) || is(WordClass::honorific, b) ||
            m_s.noun_covering(b) != nullptr) {
          return std::nullopt;
        }
        own_paper = true;
      }
    }
    std::uint32_t from = learner.end;
    while (from < m_end && (m_s.is_comma(from) || is(WordClass::time_word, from))) {
      ++from;
    }
    if (!exact(from, u"من") || from + 1 >= m_end) {
      return std::nullopt;
    }
    const Range sources = np_after(from + 1, PhraseStops{true, true, true});
    if (sources.empty() || !names_source(sources)) {
      return std::nullopt;
    }
    const Complement comp = complement_after(sources.end);
    if (!comp.found || comp.next > sources.end + 2) {
      return std::nullopt;
    }
    Attribution a = base(hit, cue);
    if (!m_s.is_open_quote(learner.begin) && !own_paper) {
      a.sources.push_back(phrase(hit, learner.begin, learner.end));
    }
    a.sources.push_back(phrase(hit, sources.begin, sources.end));
    a.region_begin = hit.begin;
    a.region_end = comp.content;
    return finish(a, comp.content);
  }

  std::optional<Attribution> attributed_cause(const Hit& hit, const lexicon::CueEntry& cue) {
    std::uint32_t to = m_end;
    for (std::uint32_t k = hit.end; k < m_end && k < hit.end + 12; ++k) {
      if (m_s.is_comma(k) || m_s.is_end_punct(k) || complementizer(k) || (k > hit.end && m_s.cue_at(k) != nullptr)) {
        break;
      }
      if (exact(k, u"الي")) {
        to = k;
        break;
      }
    }
    if (to == m_end || to + 1 >= m_end || to == hit.end) {
      return std::nullopt;
    }
    Attribution a = base(hit, cue);
    a.np_content = true;
    std::uint32_t object = hit.end;
    if (cue.frame == Frame::participle) {
      a.participle = true;
      a.sources = {phrase(hit, hit.begin, hit.begin)};
      const Range fb = clause_subject(hit.begin, a.gender, true);
      a.fallback_begin = fb.begin;
      a.fallback_end = fb.end;
      a.region_begin = hit.begin;
    } else {
      Range subject = subject_before(hit.begin, true);
      bool dropped = false;
      if (subject.empty()) {
        subject = entity_np(hit.end);
        if (subject.empty() || subject.end >= to) {
          subject = np_after(hit.end, {});
          if (subject.end >= to) {
            // (The subject's reading ran into the thing explained: one word before "إلى" is it.)
            subject.end = to - 1;
          }
        }
        if (subject.empty() || subject.end <= subject.begin || !names_source(subject)) {
          // ("وعزا التأخير إلى …": the subject dropped, the thing explained right after the verb.)
          if (to > hit.end + 2 || names_source({hit.end, to})) {
            return std::nullopt;
          }
          dropped = true;
        } else {
          object = subject.end;
        }
      }
      if (dropped) {
        a.sources = {phrase(hit, hit.begin, hit.begin)};
        a.region_begin = hit.begin;
        // (The alef of "عزا" is the root's, no dual ending: "نفى مسؤول …، وعزا البطء إلى …" goes
        // on with the one man who spoke.)
        std::u16string_view verb = w(hit.begin);
        if (verb.size() > 3 && (verb[0] == k_waw || verb[0] == k_fa)) {
          verb.remove_prefix(1);
        }
        if (verb == u"\u0639\u0632\u0627" /* عزا */ || verb == u"\u064a\u0639\u0632\u0648" /* يعزو */) {
          a.gender = Gender::male;
        } else if (verb == u"\u0639\u0632\u062a" /* عزت */ || verb == u"\u062a\u0639\u0632\u0648" /* تعزو */) {
          a.gender = Gender::female;
        } else {
          a.gender = Gender::plural;
        }
      } else {
        a.sources = {phrase(hit, subject.begin, subject.end)};
        a.region_begin = std::min(subject.begin, hit.begin);
      }
    }
    if (object >= to) {
      return std::nullopt;
    }
    a.region_end = object;
    return finish(a, object);
  }

  std::optional<Attribution> participle(const Hit& hit, const lexicon::CueEntry& cue) {
    if (cue.bi_anna_only && !bi_anna_after(hit.end)) {
      return std::nullopt;
    }
    // ("وإن وساطة غير معلنة "قد تطرح"": after "غير" the participle is an adjective, "not
    // announced"; nobody speaks.)
    if (hit.begin > 0 && exact(hit.begin - 1, u"غير")) {
      return std::nullopt;
    }
    Attribution a = base(hit, cue);
    a.participle = true;
    std::uint32_t j = hit.end;
    const Complement comp = complement_after(j);
    // "مشددا في الوقت نفسه على أن P": an adverbial of time or manner may come first.
    std::uint32_t gap = 0;
    for (std::uint32_t k = hit.end; comp.found && k < comp.next; ++k) {
      // (The one told is no gap: "مؤكدا لوكالة "تسنيم" أن P".)
      if (k >= comp.recipient.begin && k < comp.recipient.end) {
        continue;
      }
      gap += (exact(k, u"في") || exact(k, u"الوقت") || exact(k, u"نفسه") || exact(k, u"ذاته") || exact(k, u"ذات") ||
              exact(k, u"ايضا") || exact(k, u"كذلك") || exact(k, u"مجددا") || exact(k, u"بدوره") ||
              exact(k, u"بدورها") || m_s.is_comma(k))
                 ? 0
                 : 1;
    }
    // ("مرجحة ألا يتعافى الطلب": "ألا" is "أن لا", the complementizer and the negation, which
    // the claim keeps.)
    if (!comp.found && hit.end + 1 < m_end && exact(hit.end, u"الا") && m_s.is_word(hit.end + 1) &&
        hit.begin > 0 && m_s.is_comma(hit.begin - 1)) {
      a.sources = {phrase(hit, hit.begin, hit.begin)};
      const Range fb = clause_subject(hit.begin, a.gender, true);
      a.fallback_begin = fb.begin;
      a.fallback_end = fb.end;
      a.region_begin = hit.begin;
      a.region_end = hit.end;
      return finish(a, hit.end);
    }
    // ("معتبرا في حديث لـ"سبوتنيك" أنه …": where it was said, before what.)
    // ("مؤكدا في تصريحات نقلتها وكالة الأنباء الأردنية (بترا) أن": or carried by a medium.)
    // ("مؤكدة، في بيان وزّعته عبر وكالة الأنباء السعودية (واس)، أن": set off by commas.)
    const std::uint32_t where_said = hit.end < m_end && m_s.is_comma(hit.end) ? hit.end + 1 : hit.end;
    if (comp.found && comp.next <= where_said + (comp.relay_outer.empty() ? 8 : 12) && exact(where_said, u"في") &&
        where_said + 1 < comp.next && is(WordClass::statement_noun, where_said + 1)) {
      gap = 0;
    }
    // ("نتيجة مؤكدة": right after a noun, with no comma, "مؤكدة" is an adjective.)
    const bool set_off = hit.begin > 0 && m_s.is_comma(hit.begin - 1);
    // "، متهما المعارضة بعرقلة الخطة": the accused and what of, as with "اتهم".
    bool accused_of = false;
    // (Set off by a comma: "شركة متهمة بتصدير النفط" is an adjective, "accused of".)
    if (cue.id == "ar.mutahiman" && set_off && w(hit.begin).find(u"\u0645\u062a\u0647\u0645") != std::u16string_view::npos) {
      std::uint32_t reach = hit.end + 10;
      for (std::uint32_t k = hit.end + 1; k < m_end && k < reach && !accused_of; ++k) {
        // ("متهماً الوسطاء، أو ما يعرف محلياً بـ«الشناقة»، بـ«رفع الأسعار»": another name for the
        // accused, set off by commas after "أو" or "أي", belongs to them.)
        if (m_s.is_comma(k)) {
          std::uint32_t close = k + 1;
          const bool other_name = close < m_end && (exact(close, u"\u0627\u0648") /* أو */ || exact(close, u"\u0627\u064a") /* أي */);
          while (other_name && close < m_end && close <= k + 10 && !m_s.is_comma(close) && !m_s.is_end_punct(close)) {
            ++close;
          }
          if (!other_name || close >= m_end || !m_s.is_comma(close)) {
            break;
          }
          reach = std::max(reach, close + 4);
          k = close;
          continue;
        }
        const std::u16string_view t = w(k);
        // (The accused may be quoted: "متهمة "جهات لم تسمها" بممارسة ضغوط".)
        accused_of = m_s.is_word(k) && (m_s.is_word(k - 1) || m_s.is_close_quote(k - 1) || m_s.is_comma(k - 1)) &&
                     (ba_prefixed(k) || ((t == u"\u0628" || t == u"\u0628\u0640") && k + 1 < m_end && m_s.is_open_quote(k + 1)));
      }
    }
    // ("ويلتقي في الجولة المقبلة مضيفه متصدر الدوري": written with ه, not ة, and not set off,
    // the word is a noun with its possessive, "its host", not "adding".)
    if (!comp.found && !set_off && m_s.utf8(hit.end - 1, hit.end).ends_with("\xD9\x87") /* ه */) {
      return std::nullopt;
    }
    // ("، متهمة خصومها بـ"شراء أصوات"": the quotation after "بـ" is what of; the accused
    // before it belong to the claim.)
    // ("، مقدّراً خسائره اليومية بنحو 15 ألف دينار": an estimate of an amount states a figure.)
    const bool estimated_amount = cue.id == "ar.mutabiran" && set_off &&
                                  w(hit.begin).starts_with(u"\u0645\u0642\u062f\u0631") /* مقدر */ &&
                                  amount_within(hit.end + 1);
    if (!comp.found || (comp.next > hit.end + 3 && gap > 3) || accused_of) {
      if (cue.commitment == Commitment::denial || cue.id == "ar.qailan" || (cue.id == "ar.muakkidan" && set_off) ||
          accused_of || estimated_amount) {
        // "معلنا مقتل ...", "مؤكدا مقتل 26 مقاتلا", "مشددا على عدم استهداف المدنيين": a
        // noun-phrase claim.
        while (j < m_end && (exact(j, u"الي") || exact(j, u"علي"))) {
          ++j;
        }
        if (j >= m_end || is(WordClass::contentless, j) || !(m_s.is_word(j) || (accused_of && m_s.is_open_quote(j)))) {
          return std::nullopt;
        }
        a.np_content = true;
        a.sources = {phrase(hit, hit.begin, hit.begin)};
        Range fb = clause_subject(hit.begin, a.gender, true);
        // (Not across a clause of its own: in "قام X بمهاجمة …، حيث رد مصدر مسؤول …، واصفا …"
        // the participle goes with the later clause, whose subject the rule does not see.)
        // Nor, then, to whoever spoke last: the speaker is unknown, and there is no claim.
        for (std::uint32_t k = fb.end; k < hit.begin && fb.end > fb.begin; ++k) {
          if (exact(k, u"حيث")) {  // ("، فيما توقف ليطلب …، مشيرا": the same speaker goes on)
            return std::nullopt;
          }
        }
        a.fallback_begin = fb.begin;
        a.fallback_end = fb.end;
        return finish(a, j);
      }
      return std::nullopt;
    }
    a.sources = {phrase(hit, hit.begin, hit.begin)};
    const Range fb = clause_subject(hit.begin, a.gender, true);
    a.fallback_begin = fb.begin;
    a.fallback_end = fb.end;
    a.own_clause_subject = fb.end > fb.begin && but_opener(fb.begin);
    // ("وقلل دبلوماسي اتصلت به رويترز من …، قائلا إن P": the medium that called the clause's
    // subject relays what the participle says.)
    if (const MediumClause mc = medium_relative(fb.end); fb.end > fb.begin && !mc.medium.empty()) {
      SourcePhrase outer = phrase(hit, mc.medium.begin, mc.medium.end);
      outer.cue_begin = fb.end;
      outer.cue_end = fb.end + 1;
      outer.cue = m_s.utf8(fb.end, fb.end + 1);
      a.sources.insert(a.sources.begin(), outer);
    } else if (fb.end > fb.begin) {
      // ("وتبنى التنظيم الهجوم، في بيان بثته وكالة «أعماق» الناطقة باسمه، زاعما أن P": the
      // medium that carried the clause's statement relays what the participle says too.)
      // (Not after a verb of saying, whose own claim the participle goes on with: "وأعلنت
      // الوزارة، في بيان نقلته الوكالة، أن P، نافية أن Q".)
      bool said_before = false;
      for (const Hit& c : m_s.cues) {
        const Frame f = m_s.lex.cues()[c.payload].frame;
        said_before = said_before || (c.begin < hit.begin && c.begin + 12 > fb.begin && f != Frame::postmod_relay &&
                                      f != Frame::citing && f != Frame::according && f != Frame::participle);
      }
      for (std::uint32_t k = fb.end; !said_before && k + 2 < hit.begin; ++k) {
        const Hit* h = m_s.cue_at(k);
        if (h == nullptr || h->begin != k || m_s.lex.cues()[h->payload].frame != Frame::postmod_relay ||
            !exact(k, u"\u0641\u064a") /* في */ || !is(WordClass::statement_noun, k + 1) || h->end >= hit.begin) {
          continue;
        }
        // (Or a group's media arm: "مؤسسة "الملاحم" الذراع الإعلامية للتنظيم".)
        auto media_arm = [&](const Range& r) {
          for (std::uint32_t t = r.begin; t < r.end + 3 && t < hit.begin; ++t) {
            if (m_s.is_word(t) && w(t).starts_with(u"\u0627\u0644\u0627\u0639\u0644\u0627\u0645\u064a") /* الاعلامي */) {
              return true;
            }
          }
          return false;
        };
        // (A medium's quoted name too: "في تصريحات نقلتها «إرنا»، قائلا إن P".)
        Range named = np_after(h->end, {});
        if (named.empty()) {
          named = relay_medium(h->end, {});
        }
        if (const Range medium = named; !medium.empty() && medium.end <= hit.begin &&
                                                        (recipient_is_medium(medium) || media_arm(medium))) {
          // (The relay's own cue, "في بيان بثته", is the outer hop's.)
          a.sources.insert(a.sources.begin(), phrase(*h, medium.begin, medium.end));
        }
        break;
      }
    }
    // ("…، مؤكدا في تصريح لوكالة الأنباء اليمنية (سبأ) أن P": the medium told, as after a verb.)
    if (a.sources.size() == 1) {
      add_complement_medium(a, hit, comp);
    }
    a.region_begin = hit.begin;
    a.region_end = comp.content;
    std::optional<Attribution> done = finish(a, comp.content);
    // ("واصفة إياها بأنها "مزورة"، ومتوعدة بملاحقة ناشريها": a second participle joined by "و",
    // agreeing with this one, goes on with the speaker.)
    const std::u16string_view own = w(hit.begin);
    for (std::uint32_t k = done ? done->content_begin + 1 : m_end; done && k + 1 < done->content_end; ++k) {
      const std::u16string_view t = w(k + 1);
      if (m_s.is_comma(k) && !m_s.in_quote(k) && t.size() >= 6 && t[0] == k_waw && t[1] == u'\u0645' &&
          !own.empty() && t.back() == own.back() && (own.back() == u'\u0627' || own.back() == u'\u0647') &&
          !t.ends_with(u"\u0647\u0627") && m_s.cue_at(k + 1) == nullptr && m_s.noun_covering(k + 1) == nullptr &&
          m_s.entity_covering(k + 1) == nullptr) {
        done->content_end = k;
        break;
      }
    }
    return done;
  }

  // Where a reported clause's subject begins when an aside set off by a comma at comma_after - 1
  // interrupts it: right after "إن" or "أن", a definite noun or a number and at most three words
  // more, none of them a verb. comma_after when there is none.
  [[nodiscard]] std::uint32_t reported_subject_before(std::uint32_t comma_after) const {
    if (comma_after < 3 || !m_s.is_comma(comma_after - 1)) {
      return comma_after;
    }
    const std::uint32_t subject_end = comma_after - 1;
    std::uint32_t k = subject_end;
    while (k > 0 && subject_end - k < 4 && m_s.is_word(k - 1) && !complementizer(k - 1) && m_s.cue_at(k - 1) == nullptr) {
      --k;
    }
    if (k == subject_end || k == 0 || !complementizer(k - 1) ||
        !(definite(k) || m_s.tokens[k].kind == text::TokenKind::number)) {
      return comma_after;
    }
    for (std::uint32_t t = k + 1; t < subject_end; ++t) {
      const std::u16string_view v = w(t);
      // (An imperfect verb, "سيكلف"، "تتجاوز": the clause has its verb before the aside.)
      const bool imperfect = !definite(t) && v.size() >= 4 &&
                             (v[0] == u'\u064a' || v[0] == u'\u062a' || v.starts_with(u"\u0633\u064a") ||
                              v.starts_with(u"\u0633\u062a")) &&
                             m_s.noun_covering(t) == nullptr && m_s.entity_covering(t) == nullptr;
      if (imperfect || is(WordClass::auxiliary, t)) {
        return comma_after;
      }
    }
    return k;
  }

  // "حصيلة"، "لحصيلة" (a count of the dead or the hurt). No lexicon lists it as a source noun: a
  // count names no one until its owner follows ("حصيلة لوكالة X"), and as a noun of the lexicon
  // it would join the subjects of "ارتفعت حصيلة القتلى". Its stem is matched, the lam of "وفقا
  // لـ" allowed before it.
  [[nodiscard]] bool tally_word(std::uint32_t i) const {
    return w(i).find(u"\u062d\u0635\u064a\u0644") <= 1 /* حصيل */;
  }

  std::optional<Attribution> according(const Hit& hit, const lexicon::CueEntry& cue) {
    // "فحسب" is "only", not "ف" + "حسب" ("according to").
    if (exact(hit.begin, u"فحسب")) {
      return std::nullopt;
    }
    // "وبالنسبة إلى X" is "as for X", not "نسبة إلى X" ("attributed to X").
    if (w(hit.begin).find(u"\u0627\u0644\u0646\u0633\u0628") != std::u16string_view::npos /* النسب */) {
      return std::nullopt;
    }
    // ("وفي تقدير الخبير X، فإن P": "in X's estimate" opens its sentence; "أعاد النظر في رأي
    // اللجنة" is a verb's object.)
    if (hit.end == hit.begin + 2 && (exact(hit.begin, u"\u0641\u064a") /* في */ || exact(hit.begin, u"\u0648\u0641\u064a") /* وفي */) &&
        hit.begin > 0 && !m_s.is_end_punct(hit.begin - 1)) {
      return std::nullopt;
    }
    // ("وتتوقع وزارة المالية، بحسب البيان التمهيدي لميزانية 2025، أن P": a statement with the
    // article and no one named in it, set off between a speaker and the complement, is the
    // speaker's own; it is where the words were said, no second source.)
    if (hit.begin >= 2 && m_s.is_comma(hit.begin - 1) && hit.end + 2 < m_end && is(WordClass::statement_noun, hit.end) &&
        w(hit.end).starts_with(u"\u0627\u0644")) {
      std::uint32_t k = hit.end + 1;
      bool named = false;
      while (k < m_end && k - hit.end <= 10 && m_s.is_word(k) && !complementizer(k)) {
        named = named || m_s.entity_covering(k) != nullptr || m_s.noun_covering(k) != nullptr || m_s.cue_at(k) != nullptr;
        ++k;
      }
      // (A speaker that names a source: not "وكشفت التحقيقات، بحسب البيان، أن P", where the
      // statement is the only source.)
      bool speaker_before = false;
      for (const Hit& h : m_s.cues) {
        if (h.end + 1 < hit.begin && h.begin + 8 >= hit.begin && m_s.lex.cues()[h.payload].frame == Frame::speech) {
          for (std::uint32_t t = h.begin >= 3 ? h.begin - 3 : 0; t + 1 < hit.begin; ++t) {
            const Hit* n = m_s.noun_covering(t);
            speaker_before = speaker_before || m_s.entity_covering(t) != nullptr ||
                             (n != nullptr && m_s.lex.source_nouns()[n->payload].kind != SourceKind::unknown &&
                              m_s.lex.source_nouns()[n->payload].kind != SourceKind::reports);
          }
        }
      }
      if (!named && speaker_before && k + 1 < m_end && m_s.is_comma(k) && complementizer(k + 1)) {
        return std::nullopt;
      }
    }
    // "وذكرت مجلة دير شبيغل، استنادا إلى وثيقة داخلية، أن P": "based on" set off after a
    // speaker names what the speaker drew on, an inner hop (as "نقلا عن" does); "according to
    // X" in that place ("قالت الوزارة، بحسب سانا، إن") is the outer one.
    if ((w(hit.begin).starts_with(u"\u0627\u0633\u062a\u0646\u0627\u062f") /* استناد */ ||
         w(hit.begin).starts_with(u"\u0628\u0646\u0627\u0621") /* بناء */) &&
        hit.begin >= 3 && m_s.is_comma(hit.begin - 1)) {
      bool speaker_before = false;
      for (std::uint32_t k = hit.begin - 1; k-- > 0 && hit.begin - k <= 16 && !m_s.is_end_punct(k);) {
        // (Or "قوله" right before: "نسبت X إلى Y قوله، استنادا إلى مصادر، إن".)
        if (k + 2 == hit.begin && is(WordClass::quote_noun, k)) {
          speaker_before = true;
          break;
        }
        if (const Hit* v = m_s.cue_at(k); v != nullptr && v->begin == k && m_s.lex.cues()[v->payload].frame != Frame::according &&
                                          m_s.lex.cues()[v->payload].frame != Frame::citing) {
          speaker_before = true;
          break;
        }
      }
      const Range y = np_after(hit.end, PhraseStops{true, true, true});
      if (speaker_before && !y.empty() && y.end + 1 < m_end && m_s.is_comma(y.end) && complementizer(y.end + 1)) {
        return set_off_citing(hit, cue, y, hit.begin - 1);
      }
    }
    // ("حسب تقديرات أولية"، "بحسب ما يعتقد"، "بحسب الزعم": a phrase the lexicon lists as a
    // marker of uncertainty marks the claim; it names no source, unless whose it is follows:
    // with ل, "بحسب تقديرات أولية لمكاتب عقارية"; as its issuer or publisher, "وفقا للبيانات
    // الأولية الصادرة اليوم عن المجلس"، "وفق الأرقام الأولية التي نشرتها الوزارة".)
    auto owner_follows = [&](std::uint32_t k) {
      if (k < m_end && exact(k, u"التي")) {
        ++k;
      }
      return k < m_end && ((w(k).size() > 3 && w(k)[0] == k_lam) || exact(k, u"الصادره") || exact(k, u"الصادر") ||
                           exact(k, u"الصادرين") || frames::is_publishing_verb(w(k)));
    };
    if (std::any_of(m_s.markers.begin(), m_s.markers.end(),
                    [&](const Hit& m) { return m.begin == hit.begin && !owner_follows(m.end); })) {
      return std::nullopt;
    }
    Attribution a = base(hit, cue);
    a.wrapper = true;
    std::uint32_t j = hit.end;
    // "على حد قوله"; "حسب تعبيره", "بحسب وصفها": the speaker's own words, no new source.
    // ("بحسب زعمها"، "وفق روايته": its claim, its account.)
    const bool own_words_after =
        hit.end < m_end && m_s.is_word(hit.end) &&
        (w(hit.end).starts_with(u"\u062a\u0639\u0628\u064a\u0631") /* تعبير */ ||
         w(hit.end).starts_with(u"\u0648\u0635\u0641") /* وصف */ || w(hit.end).starts_with(u"\u0642\u0648\u0644") /* قول */ ||
         w(hit.end).starts_with(u"\u0632\u0639\u0645") /* زعم */ ||
         w(hit.end).starts_with(u"\u0631\u0648\u0627\u064a\u062a") /* روايت */) &&
        (w(hit.end).ends_with(u"\u0647") || w(hit.end).ends_with(u"\u0647\u0627") || w(hit.end).ends_with(u"\u0647\u0645")) &&
        w(hit.end).size() >= 4;
    // ("على حد قول عدد من الأهالي": the one whose words they are follows.)
    const std::u16string_view last = w(hit.end - 1);
    const bool on_his_word = (w(hit.begin) == u"علي" && hit.end - hit.begin >= 3 && exact(hit.begin + 1, u"حد") &&
                              (last.ends_with(u"\u0647") || last.ends_with(u"\u0647\u0627") || last.ends_with(u"\u0647\u0645"))) ||
                             own_words_after;
    if (on_his_word) {
      a.sources = {phrase(hit, hit.begin, hit.begin)};
    } else {
      // "بحسب ما ذكرته X", "حسبما أفادت X", "وفقا لما نقلته X عن Y".
      if (exact(j, u"ما") || exact(j, u"لما")) {
        ++j;
      }
      // ("وبحسب أحدث بيانات وزارة الداخلية"، "ووفق آخر إحصاءات المفوضية": the latest of the
      // data; the data and whose they are follow.)
      if (j == hit.end && j + 1 < m_end &&
          (exact(j, u"\u0627\u062d\u062f\u062b") /* أحدث */ || exact(j, u"\u0627\u062e\u0631") /* آخر */)) {
        if (const auto* n = m_s.noun_covering(j + 1); n != nullptr && n->begin == j + 1) {
          ++j;
        }
      }
      bool relay_verb = false;
      bool known_verb = false;
      std::string label = m_s.utf8(hit.begin, hit.end);
      if (const Hit* v = m_s.cue_at(j); v != nullptr && m_s.is_word(j)) {
        relay_verb = m_s.lex.cues()[v->payload].frame == Frame::relay;
        known_verb = true;
        label += " " + m_s.utf8(v->begin, v->end);
        m_consumed.insert(v->begin);  // the verb belongs to this phrase, not a frame of its own
        j = v->end;
        // ("بحسب ما يتردد في أروقة الوزارة"، "بحسب ما يتداول في أوساط أكاديمية": the circles
        // where it is rumoured or passed around are its source.)
        const std::string_view verb_id = m_s.lex.cues()[v->payload].id;
        // ("وفق ما يُتداول بين متابعيها": or among whom.)
        if ((verb_id == "ar.taraddada" || verb_id == "ar.tadawala") && j + 1 < m_end &&
            (exact(j, u"\u0641\u064a") /* في */ || exact(j, u"\u0628\u064a\u0646") /* بين */) && m_s.is_word(j + 1)) {
          ++j;
        }
        if (exact(j, u"به") || exact(j, u"بها")) {
          ++j;  // "بحسب ما أفاد به المرصد": the verb's resumptive pronoun
        }

      } else if (j < m_end && m_s.is_word(j) && (j > hit.end || w(hit.begin).find(u"ما") != std::u16string_view::npos) &&
                 m_s.entity_covering(j) == nullptr && m_s.noun_covering(j) == nullptr) {
        label += " " + m_s.utf8(j, j + 1);
        // ("وفقا لما ذكره الحجري": a verb with the pronoun of "ما" reports, whoever follows.)
        const std::string written = m_s.utf8(j, j + 1);
        known_verb = known_verb || (written.size() > 6 && (written.ends_with("\xD9\x87") || written.ends_with("\xD9\x87\xD8\xA7")));
        ++j;  // a verb the lexicon does not know: "حسبما أوردت"
        // ("بحسب ما أدلى به X": its resumptive pronoun makes it a verb of the statement.)
        if (j + 1 < m_end && (exact(j, u"به") || exact(j, u"بها"))) {
          known_verb = true;
          ++j;
        }
        if (j + 1 < m_end && (exact(j, u"في") || exact(j, u"عبر")) &&
            (m_s.entity_covering(j + 1) != nullptr || m_s.noun_covering(j + 1) != nullptr)) {
          ++j;  // "وفقا لما ورد في وكالة يونهاب": where it appeared is the source
        }
      }
      // ("بحسب ما علمت «الأخبار» من مصادر في المؤسسة": a paper writes "X learned" only of
      // itself; what it learned comes from whoever follows "من". The learner is no hop.)
      // ("وفق ما علمته «عكاظ» من مصادر": the same, with the pronoun of "ما".)
      if (j > hit.end && (exact(j - 1, u"\u0639\u0644\u0645\u062a") /* علمت */ ||
                          exact(j - 1, u"\u0639\u0644\u0645\u062a\u0647") /* علمته */ ||
                          exact(j - 1, u"\u0639\u0644\u0645") /* علم */) && j + 2 < m_end) {
        std::uint32_t after = j;
        if (m_s.is_open_quote(j)) {
          const std::uint32_t close = short_quote_close(j, 4);
          after = close != 0 ? close + 1 : j;
        } else if (const lexicon::EntityMatch* m = m_s.entity_covering(j); m != nullptr && m->begin == j) {
          after = m->end;
        }
        if (after > j && after + 1 < m_end && exact(after, u"\u0645\u0646") /* من */) {
          j = after + 1;
        } else if (after > j) {
          return std::nullopt;  // the paper's own finding, no one else's
        }
      }
      if (j + 1 < m_end && exact(j, u"علي") && w(j + 1).starts_with(u"لسان")) {
        j += 2;  // "وفقا لما أوردته على لسانه وكالة تاس": whose words, then who carried them
      }
      // "أكدت الوزارة، بحسب ما نقلته عنها «واس»، أن P": from whom it was carried is the
      // clause's own speaker; who carried it follows.
      if (known_verb && j + 1 < m_end && (exact(j, u"عنه") || exact(j, u"عنها") || exact(j, u"عنهم"))) {
        ++j;
      }
      if (j + 1 < m_end && (exact(j, u"به") || exact(j, u"بها")) && hit.end - hit.begin >= 3) {
        ++j;  // "على ما أفادت به وكالة X": the verb's pronoun, inside the cue's own words
      }
      // "بحسب ما أكده لـ"الاقتصادية" المتحدث باسم الوزارة": the one told, then the speaker.
      std::optional<Range> told_first;
      if (known_verb && j < m_end) {
        if (const Range r = recipient_phrase(j); !r.empty() && r.end < m_end && m_s.is_word(r.end)) {
          told_first = r;
          j = r.end;
        }
      }
      Range x = np_after(j, PhraseStops{true, true, true, true});
      // ("وفق ما نقلت عنه (بترا)": a medium's name in brackets is the name.)
      if (x.end >= x.begin + 3 && m_s.is_punct(x.begin, u'(') && m_s.is_punct(x.end - 1, u')')) {
        x = {x.begin + 1, x.end - 1};
      }
      // ("وفق ما ورد بالفئة ( أ )": a single letter, a clause's or a category's label, names
      // no one.)
      if (x.end == x.begin + 1 && w(x.begin).size() == 1) {
        return std::nullopt;
      }
      // ("بحسب ما أفاد به محاميه "العربي الجديد"": after a verb of telling, a medium's quoted
      // name after the speaker is the one told, no part of the speaker.)
      std::optional<Range> told_after;
      if (known_verb && x.end >= x.begin + 4 && m_s.is_close_quote(x.end - 1)) {
        std::uint32_t open = x.end - 2;
        while (open > x.begin && !m_s.is_open_quote(open)) {
          --open;
        }
        // (Not a medium's own name before it: "وكالة الأنباء السعودية "واس"".)
        if (open > x.begin && m_s.is_open_quote(open) && m_s.is_word(open - 1) && recipient_is_medium({open, x.end}) &&
            frames::names_known_medium(m_s, open + 1, x.end - 1) && !recipient_is_medium({x.begin, open}) &&
            m_s.entity_covering(open - 1) == nullptr) {
          told_after = Range{open, x.end};
          x.end = open;
        }
      }
      // ("وبحسب مصدرين مطلعين على المفاوضات تحدثا لـ"أرقام"، فإن P": whom the sources spoke to,
      // up to the comma, is part of the phrase.)
      // (A medium the text knows is read below as the one told, a hop: "مصادر تحدثت للجزيرة نت".)
      if (!x.empty() && x.end + 1 < m_end && w(x.end).starts_with(u"\u062a\u062d\u062f\u062b") /* تحدث */ &&
          recipient_at(x.end + 1) && !recipient_is_medium(recipient_phrase(x.end + 1))) {
        std::uint32_t comma = x.end + 1;
        while (comma < m_end && comma - x.end <= 8 && !m_s.is_comma(comma) && !complementizer(comma) &&
               !m_s.is_end_punct(comma)) {
          ++comma;
        }
        if (comma < m_end && m_s.is_comma(comma)) {
          x.end = comma;
        }
      }
      // "وفقا لتقرير سابق لمنظمة العمل الدولية": a time adjective, then whose report.
      if (!x.empty() && x.end + 1 < m_end && is(WordClass::time_word, x.end) && w(x.end + 1).size() > 2 &&
          w(x.end + 1)[0] == k_lam) {
        if (const Range more = np_after(x.end + 1, PhraseStops{true, true, true, true});
            !more.empty() && names_source(more)) {
          x.end = more.end;
        }
      }
      // ("بحسب جدول نشره البنك المركزي"، "بحسب نص القرار الذي نشرته الجريدة الرسمية": any
      // document with who published it after it.)
      auto published_after = [&](std::uint32_t k) {
        // (Not a verb's place: "وفق ما أوردته في نشرتها الأخيرة".)
        if (known_verb || is(WordClass::preposition, k)) {
          return false;
        }
        for (std::uint32_t t = k + 1; t < m_end && t <= k + 3 && m_s.is_word(t); ++t) {
          if (frames::is_publishing_verb(w(t))) {
            return true;
          }
          if (m_s.cue_at(t) != nullptr || m_s.entity_covering(t) != nullptr || complementizer(t)) {
            return false;
          }
        }
        return false;
      };
      if (x.empty() && j < m_end && (is(WordClass::statement_noun, j) || m_s.noun_covering(j) != nullptr ||
                                     m_s.entity_covering(j) != nullptr || (m_s.is_word(j) && published_after(j)))) {
        // "طبقا لتقرير أصدرته "فاو"": the phrase starts with its head noun.
        std::uint32_t e = j + 1;
        while (e < m_end && m_s.is_word(e) && !m_s.is_comma(e) && e - j < 6 && !complementizer(e) && !fa_inna(e)) {
          ++e;  // ("ووفقا ليونهاب فإن P": to "فإن")
        }
        if (e < m_end && m_s.is_open_quote(e)) {
          while (e < m_end && !m_s.is_close_quote(e)) {
            ++e;
          }
          e = std::min<std::uint32_t>(e + 1, m_end);
        }
        x = {j, e};
      }
      // ("وفقا لما ذكره الحجري": after a verb of saying, a bare family name the text gave
      // earlier; the resolver finds whose.)
      if (x.empty() && known_verb && j + 1 <= m_end && m_s.is_word(j) && w(j).starts_with(u"\u0627\u0644") &&
          w(j).size() >= 4 && (j + 1 == m_end || !m_s.is_word(j + 1))) {
        x = {j, j + 1};
      }
      if (x.empty()) {
        return std::nullopt;
      }
      // ("ووفقا لوكالة الأنباء العراقية الرسمية (واع) نقلا عن …": the initials in brackets
      // belong to the name.)
      if (x.end < m_end && m_s.is_punct(x.end, u'(')) {
        std::uint32_t close = x.end + 1;
        while (close < m_end && close <= x.end + 6 && !m_s.is_punct(close, u')')) {
          ++close;
        }
        if (close < m_end && m_s.is_punct(close, u')')) {
          x.end = close + 1;
        }
      }
      // "وفقا للقانون"، "حسب «خطة العمل»"، "وفق ما ورد بالفئة (أ)": in accordance with a rule,
      // which states nothing. (Not one that someone published: "بحسب جدول نشره البنك".)
      for (std::uint32_t i = x.begin, words = 0; i < x.end && words < 2 && !published_after(x.begin); ++i) {
        if (m_s.is_word(i)) {
          if (is(WordClass::rule_noun, i)) {
            return std::nullopt;
          }
          ++words;
        }
      }
      // "كما ذكر أحد المصدرين أنه Q": "as" with a complement of its own is a new report, Q,
      // not a wrapper for the clause before.
      if (w(hit.begin).ends_with(u"\u0643\u0645\u0627") && hit.end - hit.begin >= 2) {
        std::uint32_t c = x.end;
        while (c < m_end && (m_s.is_comma(c) || is(WordClass::time_word, c))) {
          ++c;
        }
        if (c + 1 < m_end && complementizer(c)) {
          a.wrapper = false;
          a.sources = {phrase(hit, x.begin, x.end, label)};
          a.region_begin = hit.begin;
          a.region_end = c + 1;
          return finish(a, c + 1);
        }
      }
      // ("ومن المنتظر، وفق المصادر ذاتها، أن تعقد جولة ثانية": a few words of expectation set
      // off before the phrase, and a complement after it: the complement is what the source
      // says.)
      if (hit.begin >= 2 && hit.begin <= 4 && m_s.is_comma(hit.begin - 1) && x.end + 2 < m_end && m_s.is_comma(x.end) &&
          complementizer(x.end + 1) && w(x.end + 1)[0] != k_waw) {
        if (no_source_words(0, hit.begin - 1)) {
          a.wrapper = false;
          a.sources = {phrase(hit, x.begin, x.end, label)};
          a.region_begin = 0;
          a.region_end = x.end + 2;
          return finish(a, x.end + 2);
        }
      }
      for (std::uint32_t i = x.begin; i < x.end && i < x.begin + 2; ++i) {
        a.source_is_document = a.source_is_document || is(WordClass::statement_noun, i);
      }
      // ("قالت المنظمة إن القائمة أنفقت أربعة أضعاف السقف، بحسب تقديراتها": its own estimates,
      // a pronoun for the one who spoke, add no source.)
      if (x.end == x.begin + 1 && hit.begin > 0 && !m_s.is_open_quote(x.begin)) {
        const std::u16string_view own = w(x.begin);
        if (own.size() > 5 && !own.starts_with(u"\u0627\u0644") && m_s.entity_covering(x.begin) == nullptr &&
            (own.ends_with(u"\u0627\u062a\u0647\u0627") || own.ends_with(u"\u0627\u062a\u0647") ||
             own.ends_with(u"\u0627\u062a\u0647\u0645") /* ـاتها، ـاته، ـاتهم */)) {
          return std::nullopt;
        }
      }
      // ("…، مؤكدا أن السرعة كانت "في الحدود المقررة" وفقا لبيانات جهاز التسجيل": a record a
      // speaker cites at the end of his own words, with no comma before it, is his evidence,
      // part of what he said, not a source for the sentence.)
      if (a.source_is_document && hit.begin > 0 && !m_s.is_comma(hit.begin - 1) && !m_s.in_quote(hit.begin)) {
        bool spoken_before = false;
        for (std::uint32_t k = 0; k < hit.begin && !spoken_before; ++k) {
          const Hit* h = m_s.cue_at(k);
          spoken_before = h != nullptr && h->begin == k && !m_s.in_quote(k) &&
                          (m_s.lex.cues()[h->payload].frame == Frame::speech ||
                           m_s.lex.cues()[h->payload].frame == Frame::participle) &&
                          k + 2 < hit.begin && complementizer(h->end);
        }
        if (spoken_before) {
          return std::nullopt;
        }
      }
      // "بناء على", "استنادا إلى", "وفقا ل", "طبقا ل" also mean "based on", "in line with":
      // "بناء على إشارة قضائية", "وفقا للقانون" name no source. Without a reporting verb
      // ("وفقا لما ذكرته") they attribute only when the phrase names a source or a statement,
      // or quotes a name ("وفقا لوكالته "أعماق"").
      const std::u16string_view head = w(hit.begin);
      const bool based_on = head.ends_with(u"بناء") || head.ends_with(u"استنادا") || head.ends_with(u"وفقا") ||
                            head.ends_with(u"وفق") || head.ends_with(u"طبقا");
      // "على ذمة التحقيق": pending the investigation, no one's word. (Indefinite too: "على ذمة
      // تحقيقات تتعلق بـ…"، "على ذمة قضية".)
      if (w(hit.end - 1).ends_with(u"ذمه") &&
          (exact(x.begin, u"التحقيق") || exact(x.begin, u"التحقيقات") || exact(x.begin, u"القضيه") ||
           exact(x.begin, u"تحقيق") || exact(x.begin, u"تحقيقات") || exact(x.begin, u"قضيه") ||
           exact(x.begin, u"القضايا") || exact(x.begin, u"قضايا") || exact(x.begin, u"المحاكمه"))) {
        return std::nullopt;
      }
      // ("وفق حصيلة لوكالة الصحافة الفرنسية": a tally whose owner follows with the lam names
      // its owner.)
      const Range tally_owner = x.end == x.begin + 1 && tally_word(x.begin)
                                    ? recipient_phrase(x.end)
                                    : Range{};
      if (based_on && !known_verb && !names_source(x) && (tally_owner.empty() || !names_source(tally_owner))) {
        return std::nullopt;  // also "وفقا لما ورد في المادة السادسة": a text, not a source
      }
      // ("يخضع الجدول للتقييم حسب تطور حقينة السدود", "بحسب الحاجة": "حسب" is also
      // "depending on"; a condition names no source.)
      if (head.ends_with(u"حسب") && !known_verb && !names_source(x)) {
        static constexpr std::u16string_view k_conditions[] = {
            u"تطور", u"تطورات", u"الحاجه", u"حاجه", u"الظروف", u"ظروف", u"الاولويه", u"الاولويات", u"الطلب",
            u"نوع", u"حجم", u"طبيعه", u"درجه", u"مستوي", u"الحاله", u"حاله", u"توفر", u"قدره", u"الاحوال",
            u"الامكانيات", u"الامكانات", u"امكانيات", u"الفيه", u"فيه", u"العمر", u"السن", u"الكميه", u"كميه",
            u"الوضع", u"وضع", u"المستجدات", u"الاستطاعه", u"الترتيب", u"الاقدميه", u"الاداء"};
        const lexicon::TokenKey& key = m_s.keys[x.begin];
        if (std::any_of(std::begin(k_conditions), std::end(k_conditions),
                        [&](std::u16string_view m) { return key.matches(m); })) {
          return std::nullopt;
        }
      }
      // "بناء على طلب الولايات المتحدة", "وفقا لقرار مجلس الأمن": at X's request, under X's
      // decision; X asked or decided, it did not report.
      if (based_on) {
        static constexpr std::u16string_view k_mandates[] = {
            u"طلب", u"دعوه", u"امر", u"اوامر", u"قرار", u"قرارات", u"توجيهات", u"تعليمات", u"رغبه", u"اقتراح",
            u"اتفاق", u"اتفاقيه", u"قانون", u"مبادره", u"خطه", u"توصيه", u"توصيات",
            // ("وفق نموذج "التصميم والبناء"": in line with a model, a system, a rule.)
            u"نموذج", u"نظام", u"معايير", u"مبدا", u"اليه", u"شروط", u"ضوابط", u"جدول", u"برنامج",
            // ("حُركت القضية بناء على شكوى شخصية قدمها مسؤول": on a complaint or a suit, which
            // set a case going; no one reported anything.)
            u"شكوي", u"شكاوي", u"دعوي"};
        const lexicon::TokenKey& key = m_s.keys[x.begin];
        if (std::any_of(std::begin(k_mandates), std::end(k_mandates),
                        [&](std::u16string_view m) { return key.matches(m); })) {
          return std::nullopt;
        }
      }
      // "وفق تصريح أدلى به المتحدث باسم الجمارك لوكالة الأنباء السعودية"، "بحسب تصريحات أدلت
      // بها الوزيرة": the one who made the statement is the source (the one told, below, relays).
      if (is(WordClass::statement_noun, x.begin)) {
        std::uint32_t v = UINT32_MAX;
        if (x.end > x.begin + 1 && (exact(x.end - 1, u"ادلي") || exact(x.end - 1, u"ادلت"))) {
          v = x.end - 1;
        } else if (x.end < m_end && (exact(x.end, u"ادلي") || exact(x.end, u"ادلت"))) {
          v = x.end;
        }
        if (v != UINT32_MAX && v + 2 < m_end && (exact(v + 1, u"به") || exact(v + 1, u"بها"))) {
          if (const Range speaker = np_after(v + 2, PhraseStops{true, true, true, true});
              !speaker.empty() && names_source(speaker)) {
            x = speaker;
            a.source_is_document = false;
          }
        }
      }
      // "وفقا للبيانات الأولية الصادرة عن المجلس الوطني للتخطيط": the issuer is the source.
      // (Also with a time between: "الصادرة اليوم عن", "الصادرة مؤخرا عن".)
      // (The time ends the phrase np_after found; the issuer is then read after it.)
      for (std::uint32_t k = x.begin; k < x.end; ++k) {
        if (!(exact(k, u"الصادره") || exact(k, u"الصادر") || exact(k, u"الصادرين"))) {
          continue;
        }
        std::uint32_t an = k + 1;
        while (an + 1 < m_end && an <= k + 2 && (is(WordClass::time_word, an) || exact(an, u"موخرا"))) {
          ++an;
        }
        if (!exact(an, u"عن") || an + 1 >= m_end) {
          break;
        }
        const Range issuer =
            an + 1 < x.end ? Range{an + 1, x.end} : np_after(an + 1, PhraseStops{true, true, true, true});
        if (!issuer.empty() && names_source(issuer)) {
          x = issuer;
        }
        break;
      }
      // "وفق تقديرات نشرها مصرف X"، "بحسب أرقام أصدرتها الوزارة": figures a body published or
      // issued are its word; the body is the source.
      // ("وفق بيان للهيئة نشرته وكالة وام": a statement that names its body, published by a
      // news medium; the body speaks and the medium relays.)
      // ("بحسب الأرقام الرسمية التي نشرتها الوكالة الوطنية للإعلام": the relative clause of a
      // definite phrase names the publisher; it is read as the indefinite "أرقام نشرتها X".)
      // A verb of publishing or issuing with the pronoun of what it put out: "نشرتها"، "أصدره".
      auto put_out_it = [&](std::uint32_t k) {
        const std::u16string_view v = w(k);
        return (v.starts_with(u"\u0646\u0634\u0631") /* نشر */ || v.starts_with(u"\u0627\u0635\u062f\u0631") /* اصدر */ ||
                v.starts_with(u"\u0627\u0639\u062f") /* اعد */ ||
                v.starts_with(u"\u0627\u0639\u0644\u0646") /* اعلن: "بحسب النتائج التي أعلنتها اللجنة" */ || v.starts_with(u"\u0627\u0648\u0631\u062f") /* اورد */ ||
                v.starts_with(u"\u0628\u062b") /* بث: "وفق بيان بثته «واس»" */ ||
                v.starts_with(u"\u0648\u0632\u0639") /* وزع */ ||
                v.starts_with(u"\u0646\u0642\u0644") /* نقل: "وفق تقديرات خبراء نقلتها صحيفة X" */) &&
               (v.ends_with(u"\u0647\u0627") /* ـها */ || v.ends_with(u"\u0647") /* ـه */);
      };
      std::optional<Range> published_by;
      {
        // ("وبحسب بيانات دائرة الأراضي في دبي، التي نقلتها وكالة أنباء الإمارات (وام)، بلغت": a
        // body's figures, carried by a news medium in a relative clause, with or without the
        // comma: the body speaks and the medium relays.)
        const bool comma_before = x.end < m_end && m_s.is_comma(x.end);
        const std::uint32_t rel = comma_before ? x.end + 1 : x.end;
        if (rel + 2 < m_end &&
            (exact(rel, u"\u0627\u0644\u062a\u064a") /* التي */ || exact(rel, u"\u0627\u0644\u0630\u064a") /* الذي */) &&
            put_out_it(rel + 1)) {
          if (const Range issuer = np_after(rel + 2, PhraseStops{true, true, true, true});
              !issuer.empty() && issuer.begin == rel + 2 && names_source(issuer)) {
            const std::u16string_view verb = w(rel + 1);
            const bool carried = (verb.starts_with(u"\u0646\u0642\u0644") /* نقل */ ||
                                  verb.starts_with(u"\u0627\u0648\u0631\u062f") /* اورد */ ||
                                  verb.starts_with(u"\u0628\u062b") /* بث */) &&
                                 names_news_medium(issuer) && x.end > x.begin + 1 &&
                                 // (A body in construct after the data's noun, "بيانات دائرة الأراضي";
                                 // not an adjective, "الأرقام الرسمية".)
                                 (names_source({x.begin + 1, x.end}) ||
                                  (x.end > x.begin + 2 && !definite(x.begin + 1) && plain_noun(x.begin + 1) &&
                                   m_s.is_word(x.begin + 1)));
            if (carried) {
              published_by = issuer;
            } else if (!comma_before) {
              x.end = issuer.end;
            }
          }
        }
      }
      // ("وفق بيان بثته وكالة الأنباء السعودية (واس)": a verb the lexicon reads as a cue of its
      // own ends the phrase np_after found; the medium after it is read as with "نشرته".)
      if (x.end + 1 < m_end && put_out_it(x.end) && is(WordClass::statement_noun, x.end - 1)) {
        if (const Range issuer = np_after(x.end + 1, PhraseStops{true, true, true, true});
            !issuer.empty() && issuer.begin == x.end + 1 && names_source(issuer)) {
          x.end = issuer.end;
        }
      }
      for (std::uint32_t k = x.begin + 1; k + 1 < x.end && !published_by; ++k) {
        if (!put_out_it(k)) {
          continue;
        }
        const Range issuer{k + 1, x.end};
        if (names_source(issuer)) {
          const Range owner{x.begin, k};
          // ("وبحسب تقديرات أولية لمحللين …": the statement's adjective before its owner.)
          std::uint32_t of = x.begin + 1;
          if (of + 1 < k && !(w(of).size() > 2 && w(of)[0] == k_lam) && m_s.noun_covering(of) == nullptr &&
              m_s.entity_covering(of) == nullptr) {
            ++of;
          }
          // (Figures too: "تقديرات أولية لمحللين … أوردتها صحيفة X".)
          const Hit* data = m_s.noun_covering(x.begin);
          const bool statement = is(WordClass::statement_noun, x.begin) ||
                                 (data != nullptr && data->begin == x.begin &&
                                  m_s.lex.source_nouns()[data->payload].kind == SourceKind::unknown) ||
                                 w(x.begin).starts_with(u"\u062a\u0642\u062f\u064a\u0631") /* تقدير */;
          const bool people = w(of).ends_with(u"\u064a\u0646") /* ين */ || w(of).ends_with(u"\u0648\u0646") /* ون */;
          // (Or its owner in construct, a source noun: "تقديرات خبراء في قطاع الطاقة".)
          const bool construct_owner = of == x.begin + 1 && m_s.noun_covering(of) != nullptr && names_source({of, k});
          if (statement && k > of && w(of).size() > 2 && (w(of)[0] == k_lam || construct_owner) &&
              (names_source({of, k}) || w(of).starts_with(u"\u0644\u0644") /* لل */ || people) &&
              recipient_is_medium(issuer)) {
            published_by = issuer;
            x = owner;
            a.source_is_document = false;
          } else {
            x = issuer;
            // ("نفت الشركة P، بحسب بيان أوردته وكالة وام": the clause's speaker's statement,
            // carried by a news medium, which relays it.)
            if (recipient_is_medium(issuer)) {
              a.source_is_document = false;
            }
          }
        }
        break;
      }
      // "وفق ما علمته هسبريس من مصادر قضائية": what a medium learned from sources; the
      // sources are the inner hop.
      std::optional<Range> learned_from;
      if (x.begin > 0 && (w(x.begin - 1).starts_with(u"\u0639\u0644\u0645") /* علم */)) {
        for (std::uint32_t k = x.begin + 1; k + 1 < x.end; ++k) {
          if (exact(k, u"من") && names_source({k + 1, x.end})) {
            learned_from = Range{k + 1, x.end};
            x.end = k;
            break;
          }
        }
      }
      // ("أعلنت البلدية أنها P، بحسب بيان نشرته على حساباتها"، "…، وفق بيان صادر عنها": a
      // statement that names no one but the clause's own speaker is where the words were
      // said, no source of its own.)
      auto own_statement_word = [&](std::uint32_t t) {
        return put_out_it(t) || exact(t, u"\u0635\u0627\u062f\u0631") /* صادر */ ||
               exact(t, u"\u0639\u0646\u0647") /* عنه */ || exact(t, u"\u0639\u0646\u0647\u0627") /* عنها */;
      };
      bool own_statement = is(WordClass::statement_noun, x.begin) && !definite(x.begin) && !learned_from &&
                           !published_by && !(x.end < m_end && (exact(x.end, u"\u0645\u0646") || exact(x.end, u"\u0639\u0646")));
      for (std::uint32_t t = x.begin + 1; t < x.end && own_statement; ++t) {
        own_statement = own_statement_word(t);
      }
      // ("حذر المركز، بحسب ما نشره حسابه الرسمي على تويتر، من P": the speaker's own account,
      // page or site, with its pronoun, is where the words were posted.)
      {
        const std::u16string_view source_head = w(x.begin);
        const bool channel = source_head.starts_with(u"\u062d\u0633\u0627\u0628") /* حساب */ ||
                             source_head.starts_with(u"\u0635\u0641\u062d\u062a") /* صفحت */ ||
                             source_head.starts_with(u"\u0645\u0648\u0642\u0639") /* موقع */ ||
                             source_head.starts_with(u"\u0642\u0646\u0627\u062a") /* قنات */;
        const bool its = source_head.ends_with(u"\u0647") || source_head.ends_with(u"\u0647\u0627");
        if (channel && its && source_head.size() >= 5 && !learned_from && !published_by) {
          own_statement = true;
        }
      }
      if (own_statement) {
        const bool speaker_before = speech_cue_before(hit.begin);
        if (speaker_before) {
          m_said_in.push_back(hit.begin);
          return std::nullopt;
        }
      }
      std::uint32_t after = x.end;
      a.sources = {phrase(hit, x.begin, x.end, label)};
      // ("في بيان نقلته وكالة Y" after the source, maybe past a day: its carrier's cue.)
      const std::uint32_t carried_at = skip_commas_and_days(x.end);
      const Hit* carrier = m_s.cue_at(carried_at);
      if (carrier != nullptr &&
          (carrier->begin != carried_at || m_s.lex.cues()[carrier->payload].frame != Frame::postmod_relay)) {
        carrier = nullptr;
      }
      if (published_by) {
        a.sources.insert(a.sources.begin(), phrase(hit, published_by->begin, published_by->end, label));
        after = published_by->end;
        // ("أعلنت وزارة السياحة P، وفق بيان للوزارة أوردته وكالة X": the statement of "the
        // ministry", a body's bare noun after a speaker's clause, is that speaker's own; the
        // medium alone relays.)
        const bool speaker_before = speech_cue_before(hit.begin);
        if (speaker_before && x.end == x.begin + 2 && w(x.begin + 1).starts_with(u"\u0644\u0644") /* لل */ &&
            m_s.entity_covering(x.begin + 1) == nullptr) {
          a.sources.pop_back();
        }
      } else if (carrier != nullptr) {
        // "بحسب ما أعلنته النيابة (، الأحد،) في بيان نقلته وكالة بنا": the statement's carrier
        // relays. (Also when and through which it went out: "في بيان وزعته أمس عبر «واس»".)
        std::uint32_t medium_at = carrier->end;
        bool through = false;
        while (medium_at < m_end && medium_at < carrier->end + 3 &&
               (is(WordClass::time_word, medium_at) || exact(medium_at, u"عبر"))) {
          through = through || exact(medium_at, u"عبر");
          ++medium_at;
        }
        if (const Range r = relay_medium(medium_at, PhraseStops{true, true, true, true});
            !r.empty() && (through ? names_news_medium(r) : recipient_is_medium(r))) {
          a.sources.insert(a.sources.begin(), phrase(hit, r.begin, r.end, m_s.utf8(carrier->begin, carrier->end)));
          m_consumed.insert(carrier->begin);
          after = r.end;
        }
      }
      if (learned_from) {
        a.sources.push_back(phrase(hit, learned_from->begin, learned_from->end, label));
        after = learned_from->end;
      }
      if (told_first && recipient_is_medium(*told_first)) {
        SourcePhrase outer = phrase(hit, told_first->begin, told_first->end, label);
        outer.recipient = true;
        a.sources.insert(a.sources.begin(), outer);
      } else if (told_after) {
        SourcePhrase outer = phrase(hit, told_after->begin, told_after->end, label);
        outer.recipient = true;
        a.sources.insert(a.sources.begin(), outer);
      }
      // "بحسب رواية مسؤول أمني تحدث إلى رويترز": the medium the source spoke to relays.
      if (x.end + 2 < m_end && (exact(x.end, u"تحدث") || exact(x.end, u"تحدثت") || exact(x.end, u"تحدثوا"))) {
        const std::uint32_t to = exact(x.end + 1, u"الي") ? x.end + 2 : x.end + 1;
        if (const Range r = exact(x.end + 1, u"الي") ? relay_medium(to, PhraseStops{false, true, true, true})
                                                     : recipient_phrase(to);
            !r.empty() && recipient_is_medium(r)) {
          SourcePhrase outer = phrase(hit, r.begin, r.end, label);
          outer.recipient = true;
          a.sources.insert(a.sources.begin(), outer);
          after = r.end;
        } else if (to < m_end && m_s.is_open_quote(to)) {
          // ("وحسب مصادر تحدثت إلى "المدن"، فإن P": the page's own outlet, quoted, which the
          // gazetteer does not know: no hop, and what follows is read after it.)
          if (const std::uint32_t close = short_quote_close(to, 4); close != 0) {
            after = close + 1;
          }
        }
      } else if (const Range r = recipient_phrase(x.end); !r.empty() && recipient_is_medium(r)) {
        // ("بحسب حصيلة لوكالة الصحافة الفرنسية"، "وفق إحصاء لوكالة X": a count's or figures'
        // noun alone before a medium with the lam is the medium's own tally, no one it was told.)
        const Hit* data = m_s.noun_covering(x.begin);
        const bool tally = x.end == x.begin + 1 &&
                           ((data != nullptr && data->begin == x.begin &&
                             m_s.lex.source_nouns()[data->payload].kind == SourceKind::unknown) ||
                            tally_word(x.begin));
        if (tally) {
          a.sources = {phrase(hit, r.begin, r.end, label)};
        } else {
          SourcePhrase outer = phrase(hit, r.begin, r.end, label);
          outer.recipient = true;
          a.sources.insert(a.sources.begin(), outer);
        }
        after = r.end;
      } else if (const MediumClause mc = medium_relative(x.end); !mc.medium.empty()) {
        // "بحسب وثيقة اطلعت عليها وكالة فرانس برس": the medium that saw it relays.
        SourcePhrase outer = phrase(hit, mc.medium.begin, mc.medium.end, label);
        outer.cue_begin = x.end;
        outer.cue_end = x.end + 1;
        outer.cue = m_s.utf8(x.end, x.end + 1);
        a.sources.insert(a.sources.begin(), outer);
        after = mc.end;
      }
      // "X عن Y" or "X نقلا عن Y": an inner hop.
      std::uint32_t k = after;
      // ("وكالة "برس ترست" الهندية عن": the medium's nationality after its quoted name.)
      while (k < m_end && m_s.nationality_covering(k) != nullptr && w(k).starts_with(u"\u0627\u0644") && k == after) {
        ++k;
        after = k;
      }
      while (k < m_end && m_s.is_comma(k)) {
        ++k;
      }
      bool inner = false;
      // ("ما أسفر وفق الوكالة عن مقتل أربعة": inside a clause, "عن" is the verb's own, not a
      // relay; "وفقا لسانا عن مصدر عسكري" opening the clause relays.)
      const bool mid_clause = hit.begin > 0 && m_s.is_word(hit.begin - 1) && !is_exact(WordClass::conjunction, hit.begin - 1);
      if (exact(k, u"عن") && (relay_verb || !mid_clause)) {
        inner = true;
        ++k;
      } else if (const Hit* c = m_s.cue_at(k); c != nullptr && m_s.lex.cues()[c->payload].frame == Frame::citing) {
        inner = true;
        k = c->end;
        if (exact(k, u"عن")) {
          ++k;
        }
      }
      if (inner) {
        const Range y = np_after(k, {});
        if (!y.empty()) {
          a.sources.push_back(phrase(hit, y.begin, y.end, label + " \u2026 عن"));
          after = y.end;
        }
      }
      a.region_end = after;
    }
    a.region_begin = hit.begin;
    if (on_his_word) {
      a.region_end = own_words_after ? hit.end + 1 : hit.end;
    }
    // Where is the content? Sentence-initial: after; after a comma: before; between dashes: after the dash.
    std::uint32_t lead = 0;
    while (lead < hit.begin && (!m_s.is_word(lead) || is_exact(WordClass::conjunction, lead) ||
                                is(WordClass::adverb, lead))) {
      ++lead;
    }
    // ("…، وبحسب أرقام الوزارة، فإن P": a clause of its own after a comma, "و" and "فإن".)
    // ("غير أن الرواية تختلف، فبحسب ما أوردته X، فإن P": or "ف", which gives the reason.)
    bool fa_clause = false;
    if (hit.begin > 0 && m_s.is_comma(hit.begin - 1) && w(hit.begin).size() > 3 &&
        (w(hit.begin)[0] == k_waw || w(hit.begin)[0] == k_fa)) {
      std::uint32_t k = a.region_end;
      while (k < m_end && m_s.is_comma(k)) {
        ++k;
      }
      fa_clause = k < m_end && fa_inna(k);
    }
    const bool initial = lead == hit.begin || (hit.begin == 0) || fa_clause;
    if (initial && !on_his_word) {
      std::uint32_t c = a.region_end;
      // ("وبحسب استطلاع أجرته شركة X على عينة من 900 موظف، فإن P": the source's description
      // runs on to the comma before "فإن"; the content opens after it.)
      {
        std::uint32_t k = c;
        while (k < m_end && k - c <= 14 && (m_s.is_word(k) || m_s.is_quote_mark(k)) && !complementizer(k) &&
               m_s.cue_at(k) == nullptr) {
          ++k;
        }
        if (k > c && k + 1 < m_end && m_s.is_comma(k) && fa_inna(k + 1)) {
          c = k;
          a.region_end = k;
        }
      }
      while (c < m_end && (m_s.is_comma(c) || fa_inna(c) || is(WordClass::time_word, c))) {
        ++c;
      }
      // ("وبحسب الوكالة، فقد حددت المحكمة …": "فقد" before a verb opens the clause as "فإن"
      // does; "فقد الاتصال" is the verb "lost".)
      if (c + 1 < m_end && c > a.region_end && m_s.is_comma(c - 1) && exact(c, u"فقد") &&
          !w(c + 1).starts_with(u"\u0627\u0644")) {
        ++c;
      }
      a.content_begin = c;
      a.content_end = m_end;
      // ("وبحسب تاس، P، فيما أعرب X عن …": a clause of contrast is the writer's, as after a verb.)
      frames::cut_concessive(m_s, a.content_begin, a.content_end);
      if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
        return std::nullopt;
      }
      return a;
    }
    if (hit.begin > 0 && m_s.is_dash(hit.begin - 1)) {
      // "وقد أمضت الفرق - بحسب ما ذكرته X - 9 ساعات": the clause after the parenthesis.
      std::uint32_t c = a.region_end;
      while (c < m_end && !m_s.is_dash(c)) {
        ++c;
      }
      if (c < m_end) {
        a.content_begin = c + 1;
        a.content_end = m_end;
        if (frames::trim_content(m_s, a.content_begin, a.content_end)) {
          return finish(a, a.content_begin);
        }
      }
    }
    // "انفجار غامض أدى بحسب شهود إلى إصابة العشرات": inside a clause, with no comma before
    // it, the phrase attributes the clause around it.
    // ("وتسبب بحسب أطباء ومسعفين، بمقتل أكثر من أربعين شخص": a comma may close the phrase;
    // "مقطع يظهر، بحسب ناشريه، مجموعة من السائقين": set off by commas right after a verb
    // that has no object yet, likewise.)
    const std::uint32_t resume =
        a.region_end + 1 < m_end && m_s.is_comma(a.region_end) && m_s.is_word(a.region_end + 1) &&
                !complementizer(a.region_end + 1) && m_s.cue_at(a.region_end + 1) == nullptr &&
                !is(WordClass::time_word, a.region_end + 1) && !is(WordClass::month, a.region_end + 1) &&
                !(w(a.region_end + 1).size() > 3 && w(a.region_end + 1)[0] == k_waw)
            ? a.region_end + 1
            : a.region_end;
    const bool after_bare_verb = hit.begin >= 2 && m_s.is_comma(hit.begin - 1) && resume > a.region_end &&
                                 m_s.is_word(hit.begin - 2) && !definite(hit.begin - 2) &&
                                 w(hit.begin - 2).starts_with(u"\u064a") /* an imperfect verb: يظهر */ &&
                                 !is(WordClass::time_word, hit.begin - 2) &&
                                 w(hit.begin - 2).size() >= 4 && m_s.noun_covering(hit.begin - 2) == nullptr &&
                                 m_s.entity_covering(hit.begin - 2) == nullptr;
    // ("ويواجه المتهم، حسب ما أفاد به مصدر قضائي، تهمة الاستيلاء …": an imperfect verb and its
    // subject, the phrase set off, then the object: the phrase attributes the whole clause.)
    bool after_verb_subject = false;
    // (The phrase may run on to its comma: "… مصدر قضائي لـ«الشروق»، تهمة".)
    std::uint32_t closing = a.region_end;
    while (closing < m_end && closing < a.region_end + 5 && !m_s.is_comma(closing) && !m_s.is_end_punct(closing) &&
           !complementizer(closing) && m_s.cue_at(closing) == nullptr) {
      ++closing;
    }
    // ("…، وفق ما ذكرته X نقلا عن أشخاص مطلعين، اشترطوا عدم ذكر أسمائهم": the sources'
    // anonymity, set off after the phrase, is no clause the phrase sits inside.)
    const std::uint32_t resume_after = closing + 1 < m_end && m_s.is_comma(closing) && m_s.is_word(closing + 1) &&
                                               !withholds_name_at(closing + 1) &&
                                               !complementizer(closing + 1) && m_s.cue_at(closing + 1) == nullptr &&
                                               !is(WordClass::time_word, closing + 1) &&
                                               !(w(closing + 1).size() > 3 && w(closing + 1)[0] == k_waw)
                                           ? closing + 1
                                           : a.region_end;
    if (hit.begin >= 3 && m_s.is_comma(hit.begin - 1) && resume_after > a.region_end) {
      std::uint32_t start = hit.begin - 1;
      while (start > 0 && !m_s.is_comma(start - 1) && !m_s.is_end_punct(start - 1) && !m_s.is_punct(start - 1, u':')) {
        --start;
      }
      std::u16string_view verb = w(start);
      if (verb.size() > 3 && verb[0] == k_waw) {
        verb.remove_prefix(1);
      }
      const std::uint32_t words = hit.begin - 1 - start;
      // (A perfect verb too: "وضبطت الجمارك، وفق ما أفادت به X، قطعا أثرية"، "وارتفع عدد
      // القتلى، بحسب الوزارة، إلى 20"; not a phrase of place or time that opens the sentence.)
      const bool perfect_verb = verb.size() >= 3 && !verb.starts_with(u"\u0627\u0644") &&
                                !is_exact(WordClass::preposition, start) && !is(WordClass::adverb, start) &&
                                !is(WordClass::subordinator, start) && !exact(start, u"\u0648\u0641\u064a") /* وفي */ &&
                                !(verb.size() > 3 && (verb[0] == k_ba || verb[0] == k_lam) &&
                                  verb.substr(1).starts_with(u"\u0627\u0644"));
      after_verb_subject = words >= 2 && words <= 4 && start == 0 && verb.size() >= 3 &&
                           (((verb[0] == u'\u064a' || verb[0] == u'\u062a') && verb.size() >= 4) || perfect_verb) &&
                           m_s.cue_at(start) == nullptr &&
                           m_s.noun_covering(start) == nullptr && m_s.entity_covering(start) == nullptr &&
                           !is(WordClass::time_word, start) &&
                           // (A construct subject too: "ويرتبط تأخر المراجعة، بحسب ما أفادت تقارير، بتعثر".)
                           (definite(start + 1) || (words >= 3 && definite(hit.begin - 2)));
      // ("وكانت الحرب التي تصاعدت منذ سبتمبر قد أدت، وفق أرقام وزارة الصحة، إلى مقتل …": a
      // clause's verb after "قد" right before the phrase, and the preposition it governs right
      // after: the phrase sits inside the clause, however long its subject.)
      after_verb_subject = after_verb_subject ||
                           (start == 0 && hit.begin >= 4 && exact(hit.begin - 3, u"\u0642\u062f") /* قد */ &&
                            m_s.is_word(hit.begin - 2) && m_s.cue_at(hit.begin - 2) == nullptr &&
                            is_exact(WordClass::preposition, resume_after));
    }
    // The claim is [b, e), short of a clause of contrast; false if no words are left.
    auto claim_span = [&](std::uint32_t b, std::uint32_t e) {
      a.content_begin = b;
      a.content_end = e;
      frames::cut_concessive(m_s, a.content_begin, a.content_end);
      return frames::trim_content(m_s, a.content_begin, a.content_end);
    };
    if (after_verb_subject) {
      std::uint32_t ce = resume_after;
      while (ce < m_end && !m_s.is_end_punct(ce)) {
        ++ce;
      }
      if (claim_span(0, ce)) {
        return a;
      }
    }
    if (hit.begin > 0 && (m_s.is_word(hit.begin - 1) || after_bare_verb) && !is_exact(WordClass::conjunction, hit.begin - 1) &&
        !exact(hit.begin - 1, u"وذلك") && !exact(hit.begin - 1, u"ذلك") && resume < m_end &&
        m_s.is_word(resume)) {
      std::uint32_t cb = after_bare_verb ? hit.begin - 1 : hit.begin;
      while (cb > 0 && !m_s.is_comma(cb - 1) && !(m_s.is_punct(cb - 1, u':') && !clock_colon(cb - 1)) &&
             !m_s.in_quote(cb - 1)) {
        --cb;
      }
      std::uint32_t ce = resume;
      while (ce < m_end && !m_s.is_end_punct(ce)) {
        ++ce;
      }
      bool other_cue = false;
      for (const Hit& h : m_s.cues) {
        other_cue = other_cue || (h.begin >= cb && h.begin < ce && (h.begin < hit.begin || h.begin >= a.region_end));
      }
      if (hit.begin - cb >= 2 && !other_cue) {
        a.content_begin = cb;
        a.content_end = ce;
        // (After a verb with no object yet, the claim is what follows the phrase: "مجموعة من
        // السائقين وهم يحاصرون سيارة".)
        if (after_bare_verb) {
          a.content_begin = resume;
        }
        if (frames::trim_content(m_s, a.content_begin, a.content_end)) {
          return a;
        }
      }
    }
    // ("وفي السياق، بحسب وزارة الصحة، ارتفع عدد القتلى": after a phrase of place or
    // transition that opens the sentence, the phrase attributes the clause after it.)
    if (hit.begin >= 2 && hit.begin <= 5 && m_s.is_comma(hit.begin - 1) && resume_after > a.region_end) {
      const bool preposition_first =
          m_s.is_word(0) && (is_exact(WordClass::preposition, 0) || exact(0, u"\u0648\u0641\u064a") /* وفي */ ||
                             exact(0, u"\u0648\u0645\u0646") /* ومن */ || exact(0, u"\u0648\u0639\u0644\u064a") /* وعلى */);
      if (preposition_first && no_source_words(1, hit.begin - 1) && claim_span(resume_after, m_end)) {
        return a;
      }
    }
    // ("وقال الوزير إن المشروع، بحسب الخبراء، سيكلف نحو ثلاثة مليارات": set off between a
    // reported clause's subject and its verb, the phrase names the reporter's source of that
    // clause, not the reporter's relay; the clause, subject and all, is its content.)
    if (const std::uint32_t subject = reported_subject_before(hit.begin);
        subject < hit.begin && resume_after > a.region_end && !definite(resume_after) &&
        !is_exact(WordClass::preposition, resume_after) && !is(WordClass::subordinator, resume_after) &&
        claim_span(subject, m_end)) {
      a.frame = Frame::citing;
      a.clause_aside = true;
      a.wrapper = false;
      return a;
    }
    // "P، بحسب X" / "P، وذلك حسبما أفادت X".
    // ("أعلى من ذلك، بحسب الورقة": a "ذلك" before the comma is the claim's own.)
    std::uint32_t k = hit.begin;
    if (k > 0 && (exact(k - 1, u"وذلك") || exact(k - 1, u"ذلك"))) {
      --k;
    }
    while (k > 0 && (m_s.is_comma(k - 1) || m_s.is_dash(k - 1))) {
      --k;
    }
    if (k == 0) {
      return std::nullopt;
    }
    a.content_begin = 0;
    a.content_end = k;
    a.content_before = true;
    // A closing quotation right before: the claim is the quotation.
    if (k >= 2 && m_s.is_close_quote(k - 1) && m_s.quote[k - 2] >= 0) {
      a.quote_region = m_s.quote[k - 2];
    }
    for (std::uint32_t i = 0; i < k; ++i) {
      if (m_s.is_punct(i, u':') && !m_s.in_quote(i) && !clock_colon(i)) {
        // "وقال لافروف: "Q"، وفقا لما نقلته X": the speaker's verb before the colon is
        // inside what X relays; a colon after a plain heading ("الرياض: …") starts the claim.
        bool cue_before = false;
        for (const Hit& h : m_s.cues) {
          cue_before = cue_before || (h.begin >= a.content_begin && h.begin < i &&
                                      m_s.lex.cues()[h.payload].frame == Frame::speech);
        }
        if (!cue_before) {
          a.content_begin = i + 1;
        }
      }
    }
    a.content_begin = frames::last_contrast_clause(m_s, a.content_begin, a.content_end);
    // ("أعلنت الإدارة عن خطة، لكن الخطة لم تغط سوى جزء، بحسب مهندسين": after a speaker's clause,
    // the "but" clause is what the phrase gives; the speaker keeps the first.)
    for (std::uint32_t i = a.content_begin + 1; i + 2 < a.content_end; ++i) {
      // (A clause of its own, opening with its definite subject: "لكن من دون التوصل إلى اتفاق"
      // goes on with the clause before.)
      if (!m_s.is_comma(i) || m_s.in_quote(i) || !(exact(i + 1, u"لكن") || exact(i + 1, u"ولكن")) ||
          !definite(i + 2)) {
        continue;
      }
      const bool speaker_before = std::any_of(m_s.cues.begin(), m_s.cues.end(), [&](const Hit& h) {
        return h.begin >= a.content_begin && h.begin < i && m_s.lex.cues()[h.payload].frame == Frame::speech;
      });
      if (speaker_before) {
        a.content_begin = i + 2;
      }
    }
    a.content_begin = after_hedged_opening(a.content_begin, a.content_end);
    // ("قدّرت الجمعية أن P، ويُرجح أن يكون Q، بحسب الورقة": a hedged clause of its own after
    // a speaker's clause is what the phrase after it gives; P stays the speaker's.)
    for (std::uint32_t i = a.content_begin + 1; i + 2 < a.content_end; ++i) {
      if (!m_s.is_comma(i) || m_s.in_quote(i)) {
        continue;
      }
      // ("…، فيما يُعتقد أن Q، بحسب X": "while" may open the hedged clause.)
      std::uint32_t start = i + 1;
      if (exact(start, u"\u0641\u064a\u0645\u0627") /* فيما */ || exact(start, u"\u0628\u064a\u0646\u0645\u0627") /* بينما */) {
        ++start;
      } else if (start + 1 < a.content_end && exact(start, u"\u0641\u064a") && exact(start + 1, u"\u062d\u064a\u0646")) {
        start += 2;  // في حين
      }
      const std::uint32_t opened = after_hedged_opening(start, a.content_end);
      const bool speaker_before = std::any_of(m_s.cues.begin(), m_s.cues.end(), [&](const Hit& h) {
        return h.begin >= a.content_begin && h.begin < i && m_s.lex.cues()[h.payload].frame == Frame::speech;
      });
      if (opened > start && speaker_before) {
        a.content_begin = opened;
        break;
      }
    }
    if (a.quote_region >= 0) {
      // Unless the quotation opened inside this clause after other words ("وتبنى الهجوم تنظيم
      // "الدولة الإسلامية"، وفقا لـ X"): then the clause is the claim and quotes a name.
      bool words_before = false;
      for (std::uint32_t i = a.content_begin; i < k && m_s.quote[i] != a.quote_region; ++i) {
        words_before = m_s.is_comma(i) ? false
                                        : (words_before || (m_s.is_word(i) && !m_s.is_open_quote(i) &&
                                                            !is_exact(WordClass::conjunction, i)));
      }
      if (words_before) {
        a.quote_region = -1;
      }
    }
    if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
      return std::nullopt;
    }
    return a;
  }

  // "ويُعتقد أن P، وفق X"، "ويُرجح أن يكون P، بحسب الورقة": an impersonal hedge opening the
  // clause is the writer's framing of what the phrase after it gives; the claim is P (the hedge,
  // right before it, still marks it). Where P begins, or `b` if no such hedge opens there.
  [[nodiscard]] std::uint32_t after_hedged_opening(std::uint32_t b, std::uint32_t e) const {
    for (const Hit& h : m_s.markers) {
      if (h.begin != b || m_s.lex.markers()[h.payload].code != ReasonCode::hedge) {
        continue;
      }
      if (h.end > b + 1 && h.end < e && complementizer(h.end - 1)) {
        return h.end;  // the form ends with "أن"
      }
      if (h.end + 1 < e && complementizer(h.end)) {
        return h.end + 1;
      }
    }
    return b;
  }

  // A phrase set off by commas that names the speaker's source ("، استنادا إلى وثيقة،",
  // "، التي نسبت معلوماتها إلى Y،"): a citing attribution, which the assembler joins to its
  // verb as an inner hop. `source` ends at the closing comma.
  [[nodiscard]] Attribution set_off_citing(const Hit& hit, const lexicon::CueEntry& cue, Range source,
                                           std::uint32_t region_begin) const {
    Attribution c = base(hit, cue);
    c.frame = Frame::citing;
    c.sources = {phrase(hit, source.begin, source.end)};
    c.region_begin = region_begin;
    c.region_end = source.end + 1;
    c.content_begin = c.content_end = source.end + 1;
    return c;
  }

  // Between a verb of publishing and its medium: "مضامينه" (its contents), "نصه" (its text),
  // "عنه" (from him): "بلاغ نشرت مضامينه وكالة X"، "تصريحات نقلتها عنه وكالة X".
  [[nodiscard]] bool object_pronoun_of_relay(std::uint32_t i) const {
    const std::u16string_view t = w(i);
    return t == u"\u0645\u0636\u0627\u0645\u064a\u0646\u0647" /* مضامينه */ ||
           t == u"\u0645\u0636\u0645\u0648\u0646\u0647" /* مضمونه */ || t == u"\u0646\u0635\u0647" /* نصه */ ||
           // (Of a feminine noun: "في نشرة إنذارية نقلت مضامينها وكالة X".)
           t == u"مضامينها" || t == u"مضمونها" || t == u"نصها" ||
           t == u"\u0639\u0646\u0647" /* عنه */ || t == u"\u0639\u0646\u0647\u0627" /* عنها */ ||
           t == u"\u0639\u0646\u0647\u0645" /* عنهم */ ||
           // ("في تصريح خصّ به الوكالة": the statement given to the medium.)
           t == u"\u0628\u0647" /* به */ || t == u"\u0628\u0647\u0627" /* بها */;
  }

  // The ones who passed a thing round, in the clause set off right before `verb`: "مقطع فيديو
  // تداولته صفحات تابعة لجماعة X على مواقع التواصل، زعمت أنه": "صفحات تابعة لجماعة X".
  [[nodiscard]] Range circulated_by_before(std::uint32_t verb) const {
    if (verb < 3 || !m_s.is_comma(verb - 1)) {
      return {};
    }
    for (std::uint32_t k = verb - 1; k-- > 0 && verb - k <= 14;) {
      if (m_s.is_comma(k) || m_s.is_end_punct(k)) {
        return {};
      }
      const std::u16string_view t = w(k);
      const bool passed_round = t == u"\u062a\u062f\u0627\u0648\u0644\u062a\u0647" /* تداولته */ ||
                                t == u"\u062a\u062f\u0627\u0648\u0644\u062a\u0647\u0627" /* تداولتها */ ||
                                t == u"\u0646\u0634\u0631\u062a\u0647" /* نشرته */ ||
                                t == u"\u0646\u0634\u0631\u062a\u0647\u0627" /* نشرتها */ ||
                                t == u"\u0628\u062b\u062a\u0647" /* بثته */ || t == u"\u0628\u062b\u062a\u0647\u0627" /* بثتها */;
      if (passed_round) {
        std::uint32_t e = k + 1;
        while (e < verb - 1 && e - k <= 6 && m_s.is_word(e) && !exact(e, u"\u0639\u0644\u064a") /* على */ &&
               !exact(e, u"\u0639\u0628\u0631") /* عبر */ && !exact(e, u"\u0641\u064a") /* في */) {
          ++e;
        }
        return e > k + 1 ? Range{k + 1, e} : Range{};
      }
    }
    return {};
  }

  // "مسؤولية" (or "مسؤوليات") at token i, with its article or a proclitic ("المسؤولية"،
  // "بمسؤولية"); not "مسؤولين" (officials). (Folded, the hamza on the waw is a waw.)
  [[nodiscard]] bool responsibility_at(std::uint32_t i) const {
    const std::u16string_view t = w(i);
    const std::u16string_view stem = u"\u0645\u0633\u0648\u0648\u0644\u064a";  // مسؤولي, folded
    if (const std::size_t at = t.find(stem); at != std::u16string_view::npos) {
      const std::u16string_view rest = t.substr(at + stem.size());
      return rest.starts_with(u"\u0647") /* ة folded */ || rest.starts_with(u"\u0627\u062a") /* ات */;
    }
    return false;
  }

  // "حمّل X Y مسؤولية Z": the subject is X alone, the claim opens with Y, the one held
  // responsible. A quotation may end the subject too soon or too late:
  // - "وحمّل الاتحاد الحكومة "مسؤولية الاحتقان"": the quoted responsibility ended the subject
  //   with its object in it; a definite word after another definite one, no adjective of
  //   nationality, is the one held responsible;
  // - "وحمّل الحجوري "العدوان والحصار" مسؤولية تفشي الوباء": a quoted object was read into
  //   the subject, up to the responsibility itself.
  void held_responsible_object(Attribution& a) const {
    auto responsibility = [&](std::uint32_t i) { return i < m_end && responsibility_at(i); };
    if (a.sources.size() != 1 || a.sources.front().dropped()) {
      return;
    }
    SourcePhrase& subject = a.sources.front();
    std::uint32_t object = 0;
    const std::uint32_t quote = a.content_begin;
    if (m_s.is_quote_mark(quote) && responsibility(quote + 1) && subject.end == quote && quote >= subject.begin + 2 &&
        definite(quote - 1) && definite(quote - 2) && m_s.nationality_covering(quote - 1) == nullptr) {
      object = quote - 1;
    }
    for (std::uint32_t r = subject.begin + 2; r <= subject.end && object == 0; ++r) {
      if (!responsibility(r)) {
        continue;
      }
      if (m_s.is_close_quote(r - 1)) {
        for (std::uint32_t q = r - 2; q > subject.begin; --q) {
          if (m_s.is_open_quote(q)) {
            object = q;
            break;
          }
        }
      } else if (m_s.is_word(r - 1) && r - 1 > subject.begin) {
        object = r - 1;
      }
    }
    if (object == 0) {
      return;
    }
    subject.end = object;
    a.content_begin = object;
  }

  // The subject of the sentence's own verb before a verb with none:
  // - "تداولت صفحات على مواقع التواصل صورا قالت إنها P": a verb right after an indefinite
  //   object describes it, and its subject is the one who passed the object round;
  // - "وكانت صفحة على فيسبوك قد نشرت الصور، وزعمت أن P": "كان X قد VERB …، وVERB2" shares X.
  [[nodiscard]] Range subject_of_verb_before(const Hit& hit) const {
    const std::uint32_t verb = hit.begin;
    if (verb >= 3 && m_s.is_word(verb - 1) && !w(verb - 1).starts_with(u"\u0627\u0644") && plain_noun(verb - 1) &&
        m_s.noun_covering(verb - 1) == nullptr && m_s.entity_covering(verb - 1) == nullptr) {
      for (std::uint32_t k = verb - 1; k-- > 0 && verb - k <= 10;) {
        if (m_s.is_comma(k) || m_s.is_end_punct(k) || m_s.is_quote_mark(k) || complementizer(k)) {
          break;
        }
        std::u16string_view t = w(k);
        if (t.size() > 3 && (t[0] == k_waw || t[0] == k_fa)) {
          t.remove_prefix(1);
        }
        const bool passed_round = t == u"\u062a\u062f\u0627\u0648\u0644\u062a" /* تداولت */ ||
                                  t == u"\u062a\u062f\u0627\u0648\u0644" /* تداول */ ||
                                  t == u"\u0646\u0634\u0631\u062a" /* نشرت */ || t == u"\u0628\u062b\u062a" /* بثت */;
        if (passed_round) {
          return k + 2 <= verb - 1 ? Range{k + 1, verb - 1} : Range{};
        }
      }
    }
    // "، وزعمت": the second verb of a clause opened by "كان X قد".
    if (verb < 4 || !m_s.is_comma(verb - 1) || w(verb).empty() || w(verb)[0] != k_waw) {
      return {};
    }
    std::uint32_t start = 0;
    while (start < verb && !m_s.is_word(start)) {
      ++start;
    }
    std::u16string_view kana = w(start);
    if (kana.size() > 3 && (kana[0] == k_waw || kana[0] == k_fa)) {
      kana.remove_prefix(1);
    }
    const bool female = kana == u"\u0643\u0627\u0646\u062a" /* كانت */;
    if (!female && kana != u"\u0643\u0627\u0646" /* كان */) {
      return {};
    }
    if ((verb_gender(hit) == Gender::female) != female) {
      return {};
    }
    for (std::uint32_t k = start + 2; k < verb - 1 && k - start <= 14; ++k) {
      if (m_s.is_comma(k) || complementizer(k)) {
        return {};
      }
      if (exact(k, u"\u0642\u062f") /* قد */) {
        // (Only one clause between the verb after "قد" and the comma: no second comma, and no
        // verb of saying after that clause's own.)
        for (std::uint32_t c = k + 2; c < verb - 1; ++c) {
          if (m_s.is_comma(c) || complementizer(c) || m_s.cue_at(c) != nullptr) {
            return {};
          }
        }
        return Range{start + 1, k};
      }
    }
    return {};
  }

  // "نُقل"، "ونُقل"، "يُنقل": the relay verb in the passive, told by the damma after its first
  // letter as written (folding drops the vowel marks).
  [[nodiscard]] bool passive_relay_verb(const Hit& hit) const {
    const std::string surface = m_s.utf8(hit.begin, hit.begin + 1);
    for (const std::string_view form : {std::string_view("\xD9\x86\xD9\x8F") /* نُ */,
                                        std::string_view("\xD9\x8A\xD9\x8F") /* يُ */,
                                        std::string_view("\xD8\xAA\xD9\x8F") /* تُ */}) {
      const std::size_t at = surface.find(form);
      if (at == 0 || (at == 2 && surface.starts_with("\xD9\x88") /* و */)) {
        return true;
      }
    }
    return false;
  }

  // "غير أن وكالة الأنباء اليمنية "سبأ"، بنسختها التي تديرها الحكومة من الرياض، نقلت عن X": a
  // known source that opens the clause (or follows "لكن"، "غير أن"), an aside set off after it,
  // then the verb. Empty when the words before the verb are no such thing.
  [[nodiscard]] Range source_before_aside(const Hit& hit) const {
    if (hit.begin < 4 || !m_s.is_comma(hit.begin - 1)) {
      return {};
    }
    std::uint32_t open = hit.begin - 1;
    while (open > 0 && !m_s.is_comma(open - 1) && hit.begin - open < 16 &&
           (!m_s.is_word(open - 1) || m_s.cue_at(open - 1) == nullptr) && !m_s.is_end_punct(open - 1)) {
      --open;
    }
    if (open <= 1 || !m_s.is_comma(open - 1)) {
      return {};
    }
    const std::uint32_t np_end = open - 1;
    std::uint32_t np_begin = 0;
    for (std::uint32_t t = 0; t + 1 < np_end; ++t) {
      if (exact(t, u"لكن") || exact(t, u"ولكن") ||
          (complementizer(t) && t > 0 && (exact(t - 1, u"غير") || exact(t - 1, u"الا") || exact(t - 1, u"بيد")))) {
        np_begin = t + 1;
      }
    }
    // (The name closes the phrase, in quotation marks or not: "وكالة … "سبأ"". A medium or a
    // body: "رئيس نقابة صيادلة المغرب، NAME، قال" ends with a country, and its aside is the name.)
    bool source_entity = false;
    for (std::uint32_t t = np_begin; t < np_end && !source_entity; ++t) {
      const lexicon::EntityMatch* m = m_s.entity_covering(t);
      if (m == nullptr || !(m->end == np_end || (m->end + 1 == np_end && m_s.is_close_quote(np_end - 1)))) {
        continue;
      }
      const SourceKind k = m_s.gazetteer.entities()[m->entity].kind;
      source_entity = (k == SourceKind::agency || k == SourceKind::outlet || k == SourceKind::government ||
                       k == SourceKind::organization) &&
                      !lexicon::Gazetteer::is_country(m_s.gazetteer.entities()[m->entity]);
    }
    if (!source_entity || np_end - np_begin > 8 || m_s.cue_at(np_begin) != nullptr) {
      return {};
    }
    return {np_begin, np_end};
  }

  std::optional<Attribution> relay(const Hit& hit, const lexicon::CueEntry& cue) {
    // "نقلت X عن Y قوله إن P" / "نقلت X عن Y أن P" / "نقلت X، عن Y، P"; "نسبت X إلى Y قوله إن P".
    const std::u16string_view from = cue.id == "ar.nasaba-ila" ? std::u16string_view(u"\u0627\u0644\u064a") /* إلى */
                                                               : std::u16string_view(u"\u0639\u0646") /* عن */;
    // ("16 مروحية نقل عسكرية"، "طائرة نقل": "نقل" bare after an indefinite noun is "transport",
    // the noun's complement; the verb opens its clause or follows a particle.)
    if (exact(hit.begin, u"نقل") && hit.end == hit.begin + 1 && hit.begin > 0 && m_s.is_word(hit.begin - 1) &&
        !w(hit.begin - 1).starts_with(u"\u0627\u0644") && m_s.cue_at(hit.begin - 1) == nullptr &&
        m_s.entity_covering(hit.begin - 1) == nullptr && m_s.noun_covering(hit.begin - 1) == nullptr &&
        !is(WordClass::conjunction, hit.begin - 1) && !is(WordClass::auxiliary, hit.begin - 1) &&
        !is_exact(WordClass::preposition, hit.begin - 1) && !is(WordClass::subordinator, hit.begin - 1) &&
        !complementizer(hit.begin - 1) && !is(WordClass::adverb, hit.begin - 1) && !is(WordClass::negation, hit.begin - 1) &&
        !exact(hit.begin - 1, u"قد") && !exact(hit.begin - 1, u"وقد") && !exact(hit.begin - 1, u"كما") &&
        !exact(hit.begin - 1, u"ثم") && !exact(hit.begin - 1, u"فيما") && !exact(hit.begin - 1, u"بينما") &&
        !exact(hit.begin - 1, u"كذلك") && !exact(hit.begin - 1, u"ايضا") && !exact(hit.begin - 1, u"حين") &&
        !exact(hit.begin - 1, u"الذي") && !exact(hit.begin - 1, u"ما") && !is(WordClass::time_word, hit.begin - 1)) {
      return std::nullopt;
    }
    // ("إن طيران الإمارات نقلت 51.6 مليون مسافر": a count right after the verb is what was
    // carried, no one relayed.)
    if (hit.end < m_end && m_s.tokens[hit.end].kind == text::TokenKind::number) {
      return std::nullopt;
    }
    // ("أكد أن نقل المرضى إجراء احترازي": right after "أن" with no "عن" to come, "نقل" is the
    // noun "transfer", the clause's subject.)
    // ("أن يكون شقيقه قد نقل "أي أموال"": after "قد" too, "نقل" is "transferred".)
    // ("إن الصهريج كان ينقل مشتقات نفطية": after "كان", or imperfect with no "عن" to come, it
    // "transports".)
    const bool transports = exact(hit.begin, u"\u064a\u0646\u0642\u0644") /* ينقل */ ||
                            exact(hit.begin, u"\u062a\u0646\u0642\u0644") /* تنقل */ ||
                            (hit.begin > 0 && is(WordClass::auxiliary, hit.begin - 1));
    if (from == u"\u0639\u0646" && hit.begin > 0 &&
        (complementizer(hit.begin - 1) || exact(hit.begin - 1, u"قد") || transports)) {
      bool an = false;
      // ("وسبق أن نقلت واس، في شهر رجب الماضي، عن …": a set-off time may stand before "عن".)
      for (std::uint32_t k = hit.end; k < m_end && k < hit.end + 16 && !an; ++k) {
        an = exact(k, u"عن") || exact(k, u"عنه") || exact(k, u"عنها") || exact(k, u"عنهم");
      }
      if (!an) {
        return std::nullopt;
      }
    }
    Attribution a = base(hit, cue);
    // "نفى مصدر في الجماعة، نقلت عنه قناة "المسيرة"، أن P": a relative clause set off by
    // commas, the medium that carried the source's words; it is the outer hop of the verb
    // around it.
    if (from == u"\u0639\u0646" && hit.begin > 0 && m_s.is_comma(hit.begin - 1) && hit.end + 1 < m_end &&
        (exact(hit.end, u"عنه") || exact(hit.end, u"عنها") || exact(hit.end, u"عنهم"))) {
      const Range medium = np_after(hit.end + 1, PhraseStops{true, true, true, true});
      std::uint32_t close = medium.end;
      while (close < m_end && close - medium.end <= 4 && m_s.is_word(close) && !complementizer(close) &&
             m_s.cue_at(close) == nullptr) {
        ++close;  // "التابعة للجماعة": the medium's description
      }
      if (!medium.empty() && recipient_is_medium(medium) && close < m_end && m_s.is_comma(close)) {
        Attribution c = base(hit, cue);
        c.frame = Frame::citing;
        c.relay_aside = true;
        c.sources = {phrase(hit, medium.begin, medium.end)};
        c.region_begin = hit.begin - 1;
        c.region_end = close + 1;
        c.content_begin = c.content_end = close + 1;
        return c;
      }
    }
    Range x = np_after(hit.end, PhraseStops{true, true, true});
    // ("ونقلت "فارس" عن مصدر": a quoted name right before "عن".)
    if (x.empty() && hit.end < m_end && m_s.is_open_quote(hit.end)) {
      std::uint32_t close = hit.end + 1;
      while (close < m_end && close <= hit.end + 5 && !m_s.is_close_quote(close)) {
        ++close;
      }
      // ("ونقلت "تاس" من جهتها عن …": "for its part" or a day between the name and "عن".)
      std::uint32_t after = close + 1;
      while (after + 1 < m_end && after < close + 4 &&
             (is(WordClass::adverb, after) || is(WordClass::time_word, after) || m_s.is_comma(after) ||
              (exact(after, u"\u0645\u0646") && (w(after + 1).starts_with(u"\u062c\u0647\u062a") /* جهت */ ||
                                                  w(after + 1).starts_with(u"\u062c\u0627\u0646\u0628") /* جانب */)))) {
        after += exact(after, u"\u0645\u0646") ? 2 : 1;
      }
      if (close < m_end && m_s.is_close_quote(close) && after < m_end && exact(after, from)) {
        x = Range{hit.end, close + 1};
      }
    }
    // ("نسبت وكالة "إنترفاكس" إلى مصدر": the phrase ends before "إلى".)
    if (!x.empty() && from != u"\u0639\u0646") {
      for (std::uint32_t i = x.begin; i < x.end; ++i) {
        if (exact(i, from)) {
          x.end = i;
          break;
        }
      }
    }
    // "عن صحيفة نيكي، التي نسبت معلوماتها إلى ثلاثة مسؤولين، أن P": in a relative clause set off
    // by commas, the paper's attributing its information to Y names Y as the paper's source,
    // an inner hop for the relay around it (as ", citing Y," does).
    if (from != u"\u0639\u0646" && hit.begin >= 2 && is_exact(WordClass::relative, hit.begin - 1) &&
        m_s.is_comma(hit.begin - 2) && x.end == x.begin + 1 && x.end < m_end && exact(x.end, from)) {
      const std::u16string_view object = w(x.begin);
      if (object.size() > 4 && (object.ends_with(u"\u0647\u0627") || object.ends_with(u"\u0647"))) {  // ـها، ـه
        const Range y = np_after(x.end + 1, PhraseStops{false, true, true});
        if (!y.empty() && y.end < m_end && m_s.is_comma(y.end)) {
          return set_off_citing(hit, cue, y, hit.begin - 2);
        }
      }
    }
    std::uint32_t k = x.empty() ? hit.end : x.end;
    // "ذكرت الوكالة أن الزعيم الكوري الشمالي أشرف …، ونقلت عنه قوله إن": "from him" is the
    // person this sentence named last.
    if (k < m_end && (exact(k, u"عنه") || exact(k, u"عنها")) && is(WordClass::quote_noun, k + 1)) {
      const bool feminine = exact(k, u"عنها");
      for (std::uint32_t p = hit.begin; p-- > 0;) {
        if (m_s.is_end_punct(p)) {
          break;
        }
        const Hit* n = m_s.noun_covering(p);
        const lexicon::EntityMatch* m = m_s.entity_covering(p);
        const bool person = (m != nullptr && m->begin == p && m_s.gazetteer.entities()[m->entity].kind == SourceKind::person) ||
                            (n != nullptr && n->begin == p && m_s.lex.source_nouns()[n->payload].kind == SourceKind::person &&
                             m_s.lex.source_nouns()[n->payload].feminine == feminine && !m_s.lex.source_nouns()[n->payload].plural);
        if (!person || (p > 0 && is_exact(WordClass::preposition, p - 1))) {
          continue;
        }
        const Range y = entity_np(p);
        if (y.empty() || y.end > hit.begin) {
          break;
        }
        const std::string label = m_s.utf8(hit.begin, hit.end) + " \u2026 " + m_s.utf8(k, k + 1);
        const Complement comp = complement_after(k + 2);
        if (!comp.found || comp.next > k + 16) {
          break;
        }
        return finish_relay(a, hit, x, y, label, comp.content);
      }
    }
    // ("نقل إلى مستشفى"، "نقلت إلى العاصمة": taken somewhere, no relay.)
    if (from == u"\u0639\u0646" && x.empty() && k < m_end && exact(k, u"الي")) {
      return std::nullopt;
    }
    for (int guard = 0; guard < 10 && k < m_end && !exact(k, from); ++guard) {
      // ("نقلوا على إثرها إلى مستشفى …، غير أن P": "however", not this verb's complement.)
      if (complementizer(k) && k > 0 && (exact(k - 1, u"غير") || exact(k - 1, u"الا") || exact(k - 1, u"بيد"))) {
        return std::nullopt;
      }
      if (complementizer(k)) {
        // "ونقلت وكالة الأناضول أن P": the verb reports, with no second source; an "عن"
        // further on belongs to the content ("أسفرت عن مقتل ...").
        return from == u"\u0639\u0646" ? speech(hit, cue) : std::nullopt;
      }
      ++k;  // "على موقعها الإلكتروني،"
    }
    if (!exact(k, from)) {
      return std::nullopt;
    }
    // ("ونُقلت مقتنيات خمسة متاحف في ولايات بعيدة عن القتال إلى مخازن": "far from", the
    // adjective's own "عن"; things were moved, no one relayed.)
    if (k > hit.end && (exact(k - 1, u"\u0628\u0639\u064a\u062f") /* بعيد */ ||
                        exact(k - 1, u"\u0628\u0639\u064a\u062f\u0647") /* بعيدة */ ||
                        exact(k - 1, u"\u0628\u0639\u064a\u062f\u0627") /* بعيدا */ ||
                        exact(k - 1, u"\u0628\u0639\u064a\u062f\u0647\u0627") || exact(k - 1, u"\u0628\u0645\u0639\u0632\u0644") /* بمعزل */)) {
      return std::nullopt;
    }
    const std::uint32_t an = k;
    Range y = np_after(an + 1, PhraseStops{false, true, true});
    // ("عن «مصدر مقرب من فريق التفاوض» أن P"، "عن "مصدر مطلع" في المحافظة أن P": a source put in
    // quotation marks, a source noun first, and where it sits, up to the complementizer.)
    if (an + 3 < m_end && m_s.is_open_quote(an + 1) && m_s.noun_covering(an + 2) != nullptr) {
      std::uint32_t close = an + 2;
      while (close < m_end && close <= an + 9 && m_s.is_word(close)) {
        ++close;
      }
      if (close < m_end && m_s.is_close_quote(close) && close > an + 2) {
        std::uint32_t e = close + 1;
        if (e + 1 < m_end && (exact(e, u"في") || exact(e, u"من") || exact(e, u"داخل") || at_a_place(e))) {
          std::uint32_t t = e + 1;
          while (t < m_end && t - e <= 4 && m_s.is_word(t) && !complementizer(t) && m_s.cue_at(t) == nullptr &&
                 !is(WordClass::quote_noun, t)) {
            ++t;
          }
          if (t < m_end && (complementizer(t) || is(WordClass::quote_noun, t))) {
            e = t;
          }
        }
        if (e < m_end && (complementizer(e) || is(WordClass::quote_noun, e) || m_s.is_comma(e))) {
          y = Range{an + 1, e};
        }
      }
    }
    if (y.empty()) {
      return std::nullopt;
    }
    // "عن منسق الجبهة مع بعثة «المينورسو»، محمد سالم الخليل، قوله إن": the source noun's
    // complement, then the name in apposition.
    if (y.end + 5 < m_end && !m_s.is_comma(y.end) && (exact(y.end, u"مع") || exact(y.end, u"في") || exact(y.end, u"لدي"))) {
      std::uint32_t k1 = y.end + 1;
      while (k1 < m_end && k1 - y.end <= 8 && (m_s.is_word(k1) || m_s.is_quote_mark(k1)) && m_s.cue_at(k1) == nullptr &&
             !complementizer(k1)) {
        ++k1;
      }
      if (k1 + 3 < m_end && m_s.is_comma(k1)) {
        std::uint32_t k2 = k1 + 1;
        bool plain_name = true;
        while (k2 < m_end && k2 - k1 <= 5 && m_s.is_word(k2) && plain_name) {
          plain_name = m_s.cue_at(k2) == nullptr && m_s.noun_covering(k2) == nullptr && !is(WordClass::title, k2) &&
                       !exact(k2, u"لم") && !exact(k2, u"لا") && !is_exact(WordClass::preposition, k2);
          ++k2;
        }
        if (plain_name && k2 - k1 >= 3 && k2 + 1 < m_end && m_s.is_comma(k2) && is(WordClass::quote_noun, k2 + 1)) {
          y.end = k2;
        }
      }
    }
    // "عن مدير فرع الوزارة بالطائف المهندس هاني المالكي قوله إن": a place with "ب" and a
    // titled name, no comma, up to "قوله"; all of it names the speaker.
    // (Also "عن راكب كان على متن إحدى الرحلتين، المتجهة من X إلى Y، قوله إن": a clause
    // describing the one quoted, commas and all, up to "قوله".)
    if (y.end + 2 < m_end && (!m_s.is_comma(y.end) || !is(WordClass::quote_noun, y.end + 1))) {
      std::uint32_t q = y.end;
      // (Across a comma only into a description, "، المتجهة من …،"; "، طلب عدم نشر اسمه،" asks
      // for anonymity, which the source's own reading takes in.)
      while (q < m_end && q - y.end <= 14 && (m_s.is_word(q) || m_s.is_comma(q)) && m_s.cue_at(q) == nullptr &&
             !complementizer(q) && !is(WordClass::quote_noun, q) &&
             !(m_s.is_comma(q) && q + 1 < m_end && !w(q + 1).starts_with(u"\u0627\u0644") &&
               !is(WordClass::quote_noun, q + 1))) {
        ++q;
      }
      // (Up to "، آثر التكتم على هويته، قوله"، "، طلب عدم ذكر اسمه، قوله": the source's
      // anonymity, set off, is read after the phrase.)
      bool anonymity_then_saying = false;
      if (q + 1 < m_end && q > y.end + 1 && m_s.is_comma(q) &&
          anonymity_opener(q + 1)) {
        for (std::uint32_t k2 = q + 2; k2 + 1 < m_end && k2 - q <= 10 && m_s.is_word(k2 - 1); ++k2) {
          if (m_s.is_comma(k2)) {
            anonymity_then_saying = is(WordClass::quote_noun, k2 + 1);
            break;
          }
        }
      }
      if (q < m_end && q > y.end && (is(WordClass::quote_noun, q) || anonymity_then_saying)) {
        y.end = q;
        while (y.end > y.begin && m_s.is_comma(y.end - 1)) {
          --y.end;
        }
      }
    }
    // "عن نائب وزير الصناعة، هوانغ فان نغيا، قوله إن": the name in apposition is the speaker's.
    if (y.end + 3 < m_end && m_s.is_comma(y.end) && m_s.is_word(y.end + 1) && !exact(y.end + 1, u"من") &&
        !exact(y.end + 1, u"في") && !exact(y.end + 1, u"وهو") && !exact(y.end + 1, u"وهي") && !is_exact(WordClass::relative, y.end + 1) && !complementizer(y.end + 1) &&
        !is(WordClass::quote_noun, y.end + 1)) {
      // (Not a clause: "عن مسؤول، لم تذكر اسمه، قوله".)
      for (std::uint32_t k2 = y.end + 2; k2 + 1 < m_end && k2 - y.end <= 5 && m_s.is_word(k2 - 1) &&
                                         m_s.cue_at(k2 - 1) == nullptr && !exact(k2 - 1, u"لم") &&
                                         !exact(k2 - 1, u"لا") && !exact(k2 - 1, u"طلب") && !exact(k2 - 1, u"رفض") &&
                                         !exact(k2 - 1, u"فضل") && !exact(k2 - 1, u"اثر");
           ++k2) {
        if (m_s.is_comma(k2)) {
          if (is(WordClass::quote_noun, k2 + 1)) {
            y.end = k2;
          }
          break;
        }
      }
    }
    // "نقلت وكالة رويترز عن هيئة البث قول رئيس الاتحاد، زوراب كاخيدزه، إن P": the medium
    // quoted gave the saying of someone else, the innermost speaker.
    std::optional<Range> saying_of;
    for (std::uint32_t q = y.begin + 1; q + 1 < y.end; ++q) {
      if (exact(q, u"قول") && m_s.is_word(q + 1)) {
        saying_of = Range{q + 1, y.end};
        break;
      }
    }
    // ("نسبت X إلى Y" reports only with Y's words after: "قوله"، "أن".)
    if (from != u"\u0639\u0646") {
      std::uint32_t c = y.end;
      while (c < m_end && (m_s.is_comma(c) || is(WordClass::time_word, c))) {
        ++c;
      }
      // ("إلى مسؤول …، آثر التكتم على هويته، قوله": the source's anonymity set off first.)
      if (c < m_end && c > y.end && anonymity_opener(c)) {
        for (std::uint32_t k2 = c + 1; k2 + 1 < m_end && k2 - c <= 10 && !m_s.is_end_punct(k2); ++k2) {
          if (m_s.is_comma(k2)) {
            c = k2 + 1;
            break;
          }
        }
      }
      if (c >= m_end || !(is(WordClass::quote_noun, c) || complementizer(c))) {
        return std::nullopt;
      }
    }
    std::string label = m_s.utf8(hit.begin, hit.end) + " \u2026 " + m_s.utf8(an, an + 1);
    std::uint32_t c = y.end;
    // ("عن مسؤول إسرائيلي:قوله إن P": a stray colon before "قوله".)
    while (c < m_end && (m_s.is_comma(c) || is(WordClass::time_word, c) ||
                         (m_s.is_punct(c, u':') && c + 1 < m_end && is(WordClass::quote_noun, c + 1)))) {
      ++c;
    }
    // "عن طبيبة العيون X، من مستشفى شاريتيه في برلين، قولها إن": the speaker's place of work
    // set off by commas before "قولها"; a description, "، وهو شاب من مالي في العشرين من عمره، قوله:".
    // ("عن صحيفة نيكي، التي نسبت معلوماتها إلى …، أن P": a relative clause on the source.)
    if (c > y.end && m_s.is_comma(y.end) && c < m_end && !is(WordClass::quote_noun, c) &&
        (exact(c, u"من") || exact(c, u"في") || is_exact(WordClass::relative, c) ||
         exact(c, u"لم") || exact(c, u"طلب") || exact(c, u"فضل") || exact(c, u"رفض") ||  // "، لم تذكر اسمه،"
         exact(c, u"اثر") ||  // "، آثر التكتم على هويته،"
         exact(c, u"وهو") || exact(c, u"وهي") || exact(c, u"وهم"))) {  // "، وهو شاب من مالي،"
      for (std::uint32_t k2 = c + 1; k2 + 1 < m_end && k2 - c <= 12 && !m_s.is_end_punct(k2); ++k2) {
        if (m_s.is_comma(k2)) {
          if (is(WordClass::quote_noun, k2 + 1) || (!exact(c, u"من") && !exact(c, u"في") && complementizer(k2 + 1))) {
            c = k2 + 1;
          }
          break;
        }
      }
    }
    bool quote_noun = false;
    bool denial_noun = false;
    if (is(WordClass::quote_noun, c)) {
      denial_noun = exact(c, u"نفيه") || exact(c, u"نفيها") || exact(c, u"نفيهم") || exact(c, u"نفيهما");
      label += " \u2026 " + m_s.utf8(c, c + 1);
      ++c;
      quote_noun = true;
    } else if (c + 1 < m_end && complementizer(c + 1) &&
               (exact(c, u"\u064a\u0642\u0648\u0644\u0648\u0646") /* يقولون */ || exact(c, u"\u064a\u0642\u0648\u0644") /* يقول */ ||
                exact(c, u"\u062a\u0642\u0648\u0644") /* تقول */)) {
      // ("نقلت الصحيفة عن خبراء يقولون إن P": the ones relayed, "who say", then what.)
      label += " \u2026 " + m_s.utf8(c, c + 1);
      ++c;
      quote_noun = true;
    }
    // "نقلت X عن Y نفيه وجود أي تلف، وقوله إن P": what Y denied is the noun phrase after
    // "نفيه"; a saying joined after a comma is a claim of its own.
    if (denial_noun && !saying_of && c < m_end && m_s.is_word(c) && !complementizer(c) && !is(WordClass::recipient_noun, c) &&
        !w(c).starts_with(u"\u0644")) {
      a.commitment = Commitment::denial;
      std::uint32_t np_end = m_end;
      std::uint32_t saying = m_end;
      for (std::uint32_t t = c + 1; t + 2 < m_end; ++t) {
        if (m_s.is_comma(t) && (exact(t + 1, u"وقوله") || exact(t + 1, u"وقولها") || exact(t + 1, u"وقولهم") ||
                                exact(t + 1, u"وتاكيده") || exact(t + 1, u"وتاكيدها") || exact(t + 1, u"واعتباره") ||
                                exact(t + 1, u"واعتبارها") || exact(t + 1, u"واشارته") || exact(t + 1, u"واشارتها"))) {
          np_end = t;
          saying = t + 1;
          break;
        }
      }
      Range outer_np = x;
      if (outer_np.empty()) {
        outer_np = subject_before(hit.begin, false);
      }
      if (saying < m_end) {
        const Complement said = complement_after(saying + 1);
        if (said.found && said.next <= saying + 8) {
          Attribution second = a;
          second.commitment = Commitment::report;
          const std::string second_label = label.substr(0, label.rfind(" \u2026 ")) + " \u2026 " +
                                           m_s.utf8(saying, saying + 1);
          if (std::optional<Attribution> r = finish_relay(second, hit, outer_np, y, second_label, said.content)) {
            m_out.push_back(std::move(*r));
          }
        }
      }
      a.np_content = true;
      std::optional<Attribution> r = finish_relay(a, hit, outer_np, y, label, c);
      if (r && np_end < r->content_end) {
        r->content_end = np_end;
        if (!frames::trim_content(m_s, r->content_begin, r->content_end)) {
          return std::nullopt;
        }
      }
      return r;
    }
    const Complement comp = complement_after(c);
    std::uint32_t content = 0;
    // After "قوله" the complement is expected, past a recipient and adjuncts ("قوله للصحافيين
    // عقب لقائه نظيره التشيكي مساء الخميس إن P").
    // (Not a quotation after other words: "عن مصادر، توصل الجانب الروسي إلى "تفاهم أولي"" is
    // the clause, which quotes a phrase.)
    const bool quote_after_words = !quote_noun && comp.found && comp.past_words && m_s.is_open_quote(comp.content) &&
                                   comp.content > 0 && !complementizer(comp.content - 1) &&
                                   !m_s.is_punct(comp.content - 1, u':') && !is(WordClass::quote_noun, comp.content - 1);
    if (comp.found && comp.next <= c + (quote_noun ? 14 : 6) && !quote_after_words) {
      content = comp.content;
    } else {
      // "نقلت الصحيفة عن مصادر مطلعة، توصل الجانب الروسي ...": the clause after the source.
      content = c;
      if (content >= m_end || !m_s.is_word(content)) {
        return std::nullopt;
      }
      a.np_content = true;
    }
    Range outer = x;
    if (outer.empty()) {
      outer = subject_before(hit.begin, false);  // "وكانت "رويترز" نقلت عن ..."
    }
    if (outer.empty()) {
      outer = source_before_aside(hit);
    }
    if (outer.empty()) {
      // "أوردت X أن صحيفة "إل كوميرسيو" المحلية نقلت عن Y أن P": the subject between the
      // opener and the verb.
      outer = subject_after_opener(hit);
    }
    if (saying_of) {
      std::optional<Attribution> relayed = finish_relay(a, hit, outer, Range{y.begin, saying_of->begin - 1}, label, content);
      if (relayed) {
        relayed->sources.push_back(phrase(hit, saying_of->begin, saying_of->end, label));
      }
      return relayed;
    }
    // ("نقلت وكالة "سبوتنيك" عن وكالة "فارس" عن مصدر دبلوماسي قوله إن P": the medium quoted
    // had it from another source, "عن" again; each is a hop.)
    if (medium_at(y.begin) || (y.begin + 1 < y.end && m_s.is_open_quote(y.begin) && medium_at(y.begin + 1))) {
      for (std::uint32_t q = y.begin + 1; q + 1 < y.end; ++q) {
        if (exact(q, u"\u0639\u0646") /* عن */ && !m_s.in_quote(q) && m_s.is_word(q + 1)) {
          std::optional<Attribution> relayed = finish_relay(a, hit, outer, Range{y.begin, q}, label, content);
          if (relayed) {
            relayed->sources.push_back(phrase(hit, q + 1, y.end, label));
          }
          return relayed;
        }
      }
    }
    std::optional<Attribution> relayed = finish_relay(a, hit, outer, y, label, content);
    // ("ونقلت رويترز عن وزير النفط قوله، في مقابلة مع تلفزيون الكويت، إن P": the medium the
    // one quoted spoke to, after "قوله", stands between the relay and him.)
    if (relayed && quote_noun && comp.found && content == comp.content && relayed->sources.size() >= 2) {
      Range medium{};
      std::uint32_t cue_begin = 0;
      std::uint32_t cue_end = 0;
      if (!comp.relay_outer.empty() && comp.relay_cue_end > comp.relay_cue_begin) {
        medium = comp.relay_outer;
        cue_begin = comp.relay_cue_begin;
        cue_end = comp.relay_cue_end;
      } else if (!comp.recipient.empty() && recipient_is_medium(comp.recipient)) {
        medium = comp.recipient;
      }
      const SourcePhrase& first = relayed->sources.front();
      const bool same_as_outer = !medium.empty() && first.end > first.begin &&
                                 m_s.utf8(first.begin, first.end).find(m_s.utf8(medium.begin, medium.end)) != std::string::npos;
      if (!medium.empty() && medium.begin > y.end && !same_as_outer) {
        SourcePhrase told = phrase(hit, medium.begin, medium.end, label);
        told.recipient = true;
        if (cue_end > cue_begin) {
          told.cue_begin = cue_begin;
          told.cue_end = cue_end;
          told.cue = m_s.utf8(cue_begin, cue_end);
        }
        relayed->sources.insert(relayed->sources.end() - 1, told);
      }
    }
    return relayed;
  }

  // A relay's sources: the medium (or, when none is named, the subject it shares with the
  // verb before), then the one quoted; the content starts at `content`.
  std::optional<Attribution> finish_relay(Attribution& a, const Hit& hit, Range outer, Range quoted,
                                          const std::string& label, std::uint32_t content) {
    if (outer.empty()) {
      a.sources = {phrase(hit, hit.begin, hit.begin, label)};
      a.coordinated = true;
      const Range fb = clause_subject(hit.begin, a.gender);
      a.fallback_begin = fb.begin;
      a.fallback_end = fb.end;
    } else {
      a.sources = {phrase(hit, outer.begin, outer.end, label)};
    }
    a.sources.push_back(phrase(hit, quoted.begin, quoted.end, label));
    a.region_begin = hit.begin;
    a.region_end = content;
    return finish(a, content);
  }

  // "ذكرت الوكالة أن "P"، وأن Q": after a quotation, a second complement is a claim of its
  // own, by the same speaker (coordinated with the first, so it shares its chain). Indirect
  // speech that goes on ("إنه P، وإنه Q") stays one claim.
  void split_coordinated_complements() {
    for (std::size_t ai = 0; ai < m_out.size(); ++ai) {
      const Attribution& a = m_out[ai];
      if (a.content_before || a.quote_region >= 0 || a.np_content || a.frame == Frame::nominal) {
        continue;
      }
      for (std::uint32_t i = a.content_begin + 1; i + 2 < a.content_end; ++i) {
        if (!m_s.is_comma(i) || m_s.in_quote(i)) {
          continue;
        }
        std::uint32_t c = i + 1;
        if (exact(c, u"و") && complementizer(c + 1)) {
          ++c;  // "و أن" written apart
        }
        const std::u16string_view t = w(c);
        const bool after_quotation = i > a.content_begin && m_s.is_close_quote(i - 1) &&
                                     m_s.is_open_quote(a.content_begin);
        const bool second =
            after_quotation && complementizer(c) && (c > i + 1 || (t.size() > 2 && t[0] == k_waw));
        if (!second || c + 1 >= a.content_end) {
          continue;
        }
        Attribution b = a;
        b.coordinated = true;
        b.participle = false;
        b.wrapper = false;
        b.gender = Gender::unknown;  // (no verb of its own: "نقلت X عن الوزير قوله إن "P"، وإن Q" is his)
        SourcePhrase p;
        p.begin = p.end = c;
        p.cue_begin = i + 1;
        p.cue_end = c + 1;
        p.cue = m_s.utf8(i + 1, c + 1);
        b.sources = {p};
        b.cue_begin = i + 1;
        b.cue_end = c + 1;
        b.region_begin = i + 1;
        b.region_end = c + 1;
        b.content_begin = c + 1;
        b.content_end = a.content_end;
        b.fallback_begin = b.fallback_end = 0;
        if (frames::trim_content(m_s, b.content_begin, b.content_end)) {
          m_out.push_back(std::move(b));  // examined in turn: it may hold a third complement
        }
        break;
      }
    }
  }

  // "نقلت X عن الصحافي قوله إن شركة أبلغته بأن P، وإنه Q": the inner verb took "أن", written
  // with the hamza above; "وإن", with the hamza below, goes on the outer "قال إن": Q is the
  // outer speaker's own claim, and the inner content ends before it. (Without the hamzas
  // written, nothing tells the two apart; the inner verb keeps all.)
  void outer_takes_second_inna() {
    auto written_opens = [&](std::uint32_t t, std::string_view prefix) {
      return t < m_s.size() && m_s.is_word(t) && m_s.utf8(t, t + 1).starts_with(prefix);
    };
    constexpr std::string_view k_anna = "\xD8\xA3\xD9\x86";                  // أن
    constexpr std::string_view k_bi_anna = "\xD8\xA8\xD8\xA3\xD9\x86";     // بأن
    constexpr std::string_view k_inna = "\xD8\xA5\xD9\x86";                  // إن
    constexpr std::string_view k_wa_inna = "\xD9\x88\xD8\xA5\xD9\x86";     // وإن
    // The complementizer written just before the content, or opening it ("بأنه سيعود").
    auto complement_written = [&](const Attribution& a, std::string_view x, std::string_view y) {
      auto opens = [&](std::uint32_t t) {
        return (written_opens(t, x) || (!y.empty() && written_opens(t, y))) && complementizer(t);
      };
      return (a.content_begin > a.cue_end && opens(a.content_begin - 1)) || opens(a.content_begin);
    };
    const std::size_t count = m_out.size();
    for (std::size_t ii = 0; ii < count; ++ii) {
      Attribution& inner = m_out[ii];
      if (inner.content_before || inner.quote_region >= 0 || inner.np_content || inner.frame == Frame::nominal ||
          !complement_written(inner, k_anna, k_bi_anna)) {
        continue;
      }
      std::size_t outer_at = count;
      for (std::size_t oi = 0; oi < count; ++oi) {
        const Attribution& o = m_out[oi];
        if (oi != ii && !o.content_before && o.quote_region < 0 && !o.np_content && o.frame != Frame::nominal &&
            o.cue_end <= inner.region_begin && o.content_begin <= inner.region_begin &&
            o.content_end >= inner.content_end && complement_written(o, k_inna, {})) {
          outer_at = oi;
        }
      }
      if (outer_at == count) {
        continue;
      }
      for (std::uint32_t i = inner.content_begin + 1; i + 2 < inner.content_end; ++i) {
        if (!m_s.is_comma(i) || m_s.in_quote(i) || !written_opens(i + 1, k_wa_inna) || !complementizer(i + 1)) {
          continue;
        }
        Attribution& outer = m_out[outer_at];
        Attribution second = outer;
        second.content_begin = i + 2;
        std::uint32_t outer_end = i;
        std::uint32_t inner_begin = inner.content_begin;
        std::uint32_t inner_end = i;
        std::uint32_t outer_begin = outer.content_begin;
        if (!frames::trim_content(m_s, second.content_begin, second.content_end) ||
            !frames::trim_content(m_s, inner_begin, inner_end) || !frames::trim_content(m_s, outer_begin, outer_end)) {
          break;
        }
        inner.content_begin = inner_begin;
        inner.content_end = inner_end;
        outer.content_begin = outer_begin;
        outer.content_end = outer_end;
        m_out.push_back(std::move(second));
        break;
      }
    }
  }

  // "إثر تقارير غير مؤكدة تداولتها مواقع محلية عن انقطاع واسع للكهرباء": reports of X,
  // with no verb of saying, are X's source. Only where no frame has read the words already,
  // and not as a verb's object ("نفت التقارير عن …" is the denial's).
  void nominal_reports() {
    for (const Hit& n : m_s.nouns) {
      // Reports themselves ("تقارير", "الأنباء", "شائعات"), not the media they appear in.
      const std::u16string_view head = m_s.keys[n.begin].stripped.empty() ? w(n.begin) : std::u16string_view(m_s.keys[n.begin].stripped.back());
      const bool report = is_report_noun(n.begin) && !head.starts_with(u"وسايل") &&
                          !head.starts_with(u"مواقع");
      // ("وسط تردد أنباء عن P": the rumour's verbal noun, no verb with an object.)
      // ("قد تداولت أنباء عن P": circulated reports, whose verb reads no complement of its own.)
      const bool rumoured =
          n.begin > 0 && (exact(n.begin - 1, u"تردد") || exact(n.begin - 1, u"وتردد") ||
                          (m_s.cue_at(n.begin - 1) != nullptr &&
                           m_s.lex.cues()[m_s.cue_at(n.begin - 1)->payload].id == "ar.tadawala"));
      if (m_s.lex.source_nouns()[n.payload].kind != SourceKind::reports || !report || m_s.in_quote(n.begin) ||
          (n.begin > 0 && m_s.cue_at(n.begin - 1) != nullptr && !rumoured)) {
        continue;
      }
      // ("تنتظر أخبارا عن 16 شابا": news waited for is none told.)
      if (n.begin > 0 && (w(n.begin - 1).ends_with(u"\u0646\u062a\u0638\u0631") /* …نتظر */ ||
                          w(n.begin - 1).ends_with(u"\u0646\u062a\u0638\u0631\u0648\u0646") /* …نتظرون */ ||
                          w(n.begin - 1).ends_with(u"\u062a\u0631\u0642\u0628") /* …ترقب */ ||
                          exact(n.begin - 1, u"\u0628\u0627\u0646\u062a\u0638\u0627\u0631") /* بانتظار */)) {
        continue;
      }
      // ("مطالبا الجهاز بنشر تقارير شهرية عن سرعات الإنترنت": reports to be published or drawn
      // up, the object of a verbal noun, tell nothing yet.)
      if (n.begin > 0 && (exact(n.begin - 1, u"نشر") || exact(n.begin - 1, u"بنشر") || exact(n.begin - 1, u"اصدار") ||
                          exact(n.begin - 1, u"باصدار") || exact(n.begin - 1, u"اعداد") ||
                          exact(n.begin - 1, u"باعداد"))) {
        continue;
      }
      const bool read = std::any_of(m_out.begin(), m_out.end(), [&](const Attribution& a) {
        return (n.begin >= a.region_begin && n.begin < a.region_end) ||
               (n.begin >= a.content_begin && n.begin < a.content_end);
      });
      if (read) {
        continue;
      }
      // ("ورود تقارير من سكان محليين، الأحد، بحدوث انهيارات أرضية": the reported matter may
      // come as a verbal noun with "ب" too, after whose reports they are.)
      std::uint32_t k = n.end;
      while (k < m_end && k - n.end < 8 && (m_s.is_word(k) || m_s.is_comma(k)) && !exact(k, u"عن") &&
             m_s.cue_at(k) == nullptr && !complementizer(k) && !(k > n.end && ba_prefixed(k))) {
        ++k;
      }
      // (Only reports or news: "البحث عن المعلومات والتدقيق بشأنها" is no report of anything.)
      const bool news_noun = m_s.keys[n.begin].matches(u"\u062a\u0642\u0627\u0631\u064a\u0631") /* تقارير */ ||
                             m_s.keys[n.begin].matches(u"\u0627\u0646\u0628\u0627\u0621") /* أنباء */;
      const bool ba = news_noun && k < m_end && k > n.end && ba_prefixed(k) && w(k).size() >= 5 &&
                      !w(k).starts_with(u"\u0628\u0634\u0627\u0646") /* بشأن */ &&
                      !w(k).starts_with(u"\u0628\u0633\u0628\u0628") /* بسبب */ &&
                      !w(k).starts_with(u"\u0628\u062d\u0633\u0628") /* بحسب */;
      // "بعد التقارير عن هذا الهجوم": reports of something already told are no new claim.
      if (k + 2 >= m_end || !(exact(k, u"عن") || ba) || exact(k + 1, u"هذا") || exact(k + 1, u"هذه") ||
          exact(k + 1, u"ذلك") || exact(k + 1, u"تلك")) {
        continue;
      }
      std::uint32_t source_end = k;
      while (source_end > n.end && m_s.is_comma(source_end - 1)) {
        --source_end;
      }
      // (A comma within what was skipped ends the reports' phrase at the first one: "من
      // مجموعات معارضة، السبت،".)
      for (std::uint32_t t = n.end; t < source_end; ++t) {
        if (m_s.is_comma(t)) {
          source_end = t;
          break;
        }
      }
      // The reported matter ends with its clause: at a comma, or at a word with the
      // conjunction "و" ("عن هذا الهجوم ودعا إلى …").
      // (With "ب", the verbal noun itself opens the matter: "بوقوع عشرات القتلى".)
      const std::uint32_t matter = ba ? k : k + 1;
      // ("بوقوع عشرات القتلى والمصابين": a noun joined by "و" early on is the matter's own.)
      // ("عن استقالة ثلاثة وزراء": after a numeral the counted noun is no new clause, though
      // it opens with "و".)
      auto after_numeral = [&](std::uint32_t i) {
        static constexpr std::u16string_view k_numerals[] = {
            u"ثلاثه", u"ثلاث", u"اربعه", u"اربع", u"خمسه", u"خمس", u"سته", u"ست", u"سبعه", u"سبع",
            u"ثمانيه", u"ثماني", u"تسعه", u"تسع", u"عشره", u"عشر", u"عشرات", u"ميات", u"الاف", u"بضعه", u"عده"};
        return i > 0 && (m_s.tokens[i - 1].kind == text::TokenKind::number ||
                         std::find(std::begin(k_numerals), std::end(k_numerals), w(i - 1)) != std::end(k_numerals));
      };
      // ("عن اتصال هاتفي جرى بين عرو ورئيس الوزراء": the second of the two "بين" joins.)
      auto second_of_between = [&](std::uint32_t i) {
        for (std::uint32_t j = i; j-- > matter && i - j <= 3;) {
          if (exact(j, u"بين")) {
            return true;
          }
        }
        return false;
      };
      // ("عن اختيار لندن وجهة أولى"، "تعيينه وزيرا": a word whose own first letter is "و",
      // no conjunction.)
      auto waw_root = [&](std::uint32_t i) {
        static constexpr std::u16string_view k_roots[] = {
            u"\u0648\u062c\u0647" /* وجه */, u"\u0648\u0632\u064a\u0631" /* وزير */,
            u"\u0648\u0632\u0627\u0631" /* وزار */, u"\u0648\u0633\u0637" /* وسط */,
            u"\u0648\u0641\u0642" /* وفق */, u"\u0648\u0642\u062a" /* وقت */, u"\u0648\u0636\u0639" /* وضع */,
            u"\u0648\u0635\u0648\u0644" /* وصول */, u"\u0648\u0644\u0627\u064a" /* ولاي */,
            u"\u0648\u0643\u0627\u0644" /* وكال */, u"\u0648\u062b\u064a\u0642" /* وثيق */,
            u"\u0648\u0641\u062f" /* وفد */, u"\u0648\u0637\u0646" /* وطن */, u"\u0648\u0634\u064a\u0643" /* وشيك */};
        return std::any_of(std::begin(k_roots), std::end(k_roots), [&](std::u16string_view r) { return w(i).starts_with(r); });
      };
      // ("أنباء عن "قرار مصري وشيك بإغلاق المراكز"": a matter quoted whole runs to its closing
      // mark, whatever "و" words stand inside.)
      const bool quoted_matter = m_s.is_open_quote(matter);
      std::uint32_t e = matter + 1;
      while (e < m_end && !m_s.is_comma(e) && !m_s.is_end_punct(e) &&
             !(e > (ba ? matter + 4 : k + 2) && w(e).size() > 2 && w(e)[0] == k_waw && !m_s.keys[e].stripped.empty() &&
               !after_numeral(e) && !second_of_between(e) && !waw_root(e) && !(quoted_matter && m_s.in_quote(e)))) {
        ++e;
      }
      // "وتداولت وسائل إعلام محلية معلومات عن P", "وكانت حسابات على مواقع التواصل قد تداولت
      // أنباء عن P": reports someone circulated are that someone's.
      Range source{n.begin, source_end};
      if (const Range circulated = circulating_subject(n.begin); !circulated.empty()) {
        source = circulated;
      }
      frames::NominalReport r{.rule = "ar.reports-of",
                              .source_begin = source.begin,
                              .source_end = source.end,
                              .cue_begin = k,
                              .cue_end = k + 1,
                              .label = m_s.utf8(n.begin, n.end) + (ba ? " \u2026 \u0628" : " \u2026 عن"),
                              .region_begin = n.begin,
                              .region_end = matter,
                              .content_begin = matter,
                              .content_end = e};
      if (std::optional<Attribution> a = frames::nominal_report(m_s, std::move(r), 2)) {
        m_out.push_back(std::move(*a));
      }
    }
  }

  // "بعد إعلان وزارة الصحة أنها سجلت …"، "رغم تأكيد المسؤولين أن P"، "عقب تحذير X من أن P": a
  // verbal noun of saying, its subject as a genitive, then the clause it reports. Only where
  // no frame has read the words already.
  // "وتشير تقديرات أولية لاتحاد المزارعين، نشرتها صحيفة "التيار"، إلى أن P": set off after
  // the source, the medium that published its figures is the outer hop of the verb around it.
  void published_asides() {
    for (std::uint32_t v = 1; v + 2 < m_end; ++v) {
      // (A publishing verb with its object pronoun, "نشرتها"، "أورده": the figures it carried.)
      const std::u16string_view verb = w(v);
      // ("وردّت الوزارة ببيان نقلته وكالة الأنباء الكينية، قالت فيه إن P": or right after the
      // statement the verb after the comma says "in it".)
      const bool after_statement = is(WordClass::statement_noun, v - 1);
      if (!(m_s.is_comma(v - 1) || after_statement) || !frames::is_publishing_verb(verb) ||
          !(verb.ends_with(u"\u0647") || verb.ends_with(u"\u0647\u0627"))) {
        continue;
      }
      const Range medium = np_after(v + 1, PhraseStops{true, true, true, true});
      std::uint32_t close = medium.end;
      while (close < m_end && close - medium.end <= 4 && m_s.is_word(close) && !complementizer(close) &&
             m_s.cue_at(close) == nullptr) {
        ++close;  // "المحلية": the medium's description
      }
      if (medium.empty() || !recipient_is_medium(medium) || close >= m_end || !m_s.is_comma(close)) {
        continue;
      }
      if (!m_s.is_comma(v - 1)) {
        const Hit* said_in_it = close + 2 < m_end ? m_s.cue_at(close + 1) : nullptr;
        if (said_in_it == nullptr || said_in_it->begin != close + 1 || said_in_it->end >= m_end ||
            !(exact(said_in_it->end, u"\u0641\u064a\u0647") /* فيه */ ||
              exact(said_in_it->end, u"\u0641\u064a\u0647\u0627") /* فيها */)) {
          continue;
        }
      }
      Attribution c;
      c.frame = Frame::citing;
      c.commitment = Commitment::report;
      c.rule = "ar.published-aside";
      c.cue_begin = v;
      c.cue_end = v + 1;
      c.relay_aside = true;
      SourcePhrase p;
      p.begin = medium.begin;
      p.end = medium.end;
      p.cue_begin = v;
      p.cue_end = v + 1;
      p.cue = m_s.utf8(v, v + 1);
      c.sources = {p};
      c.region_begin = v - 1;
      c.region_end = close + 1;
      c.content_begin = c.content_end = close + 1;
      m_out.push_back(std::move(c));
    }
  }

  void nominal_speech() {
    struct SpeechNoun {
      std::u16string_view form;
      Commitment commitment;
    };
    static constexpr SpeechNoun k_nouns[] = {
        {u"\u0627\u0639\u0644\u0627\u0646", Commitment::report},                 // إعلان
        {u"\u062a\u0627\u0643\u064a\u062f", Commitment::strong_report},          // تأكيد
        {u"\u062a\u0635\u0631\u064a\u062d", Commitment::report},                 // تصريح
        {u"\u062a\u0635\u0631\u064a\u062d\u0627\u062a", Commitment::report},   // تصريحات
        {u"\u0642\u0648\u0644", Commitment::report},                               // قول
        {u"\u0627\u0634\u0627\u0631\u0647", Commitment::report},                 // إشارة
        {u"\u062a\u062d\u0630\u064a\u0631", Commitment::strong_report},          // تحذير
        {u"\u0627\u0639\u062a\u0631\u0627\u0641", Commitment::strong_report},   // اعتراف
        {u"\u0627\u062f\u0639\u0627\u0621", Commitment::allegation},             // ادعاء
        {u"\u0632\u0639\u0645", Commitment::allegation},                           // زعم
        {u"\u062d\u062f\u064a\u062b", Commitment::report}};                       // حديث
    for (std::uint32_t n = 0; n + 3 < m_end; ++n) {
      const SpeechNoun* noun = nullptr;
      for (const SpeechNoun& candidate : k_nouns) {
        if (m_s.keys[n].matches(candidate.form)) {
          noun = &candidate;
          break;
        }
      }
      if (noun == nullptr || m_s.in_quote(n) || m_s.cue_at(n) != nullptr) {
        continue;
      }
      const Range owner = np_after(n + 1, PhraseStops{true, true, false, true});
      if (owner.empty() || owner.begin != n + 1 || !names_source(owner)) {
        continue;
      }
      std::uint32_t c = owner.end;
      // ("إعلان منظمة الصحة العالمية، الأربعاء الماضي، أن P": a day set off after the owner.)
      if (c + 3 < m_end && m_s.is_comma(c) && is(WordClass::time_word, c + 1)) {
        std::uint32_t k = skip_commas_and_days(c);
        if (k < m_end && (exact(k, u"\u0627\u0644\u0645\u0627\u0636\u064a") /* الماضي */ ||
                          exact(k, u"\u0627\u0644\u0645\u0627\u0636\u064a\u0647") /* الماضية */)) {
          k = skip_commas_and_days(k + 1);
        }
        if (k < m_end && complementizer(k) && m_s.is_comma(k - 1)) {
          c = k;
        }
      }
      if (c < m_end && (exact(c, u"\u0639\u0646") || exact(c, u"\u0645\u0646"))) {
        ++c;  // "تحذير X من أن P"، "حديث الشهود عن أن P"
      }
      if (c + 2 >= m_end || !complementizer(c)) {
        continue;
      }
      const bool read = std::any_of(m_out.begin(), m_out.end(), [&](const Attribution& a) {
        return (n >= a.region_begin && n < a.region_end) || (n >= a.content_begin && n < a.content_end) ||
               (c >= a.region_begin && c < a.region_end);
      });
      if (read) {
        continue;
      }
      // (The writer's comment after it is no part: "… وهو ما يقوم به عادة"، "بينما …".)
      std::uint32_t e = c + 1;
      while (e < m_end && !m_s.is_comma(e) && !m_s.is_end_punct(e) &&
             !(e > c + 2 && (exact(e, u"\u0648\u0647\u0648") || exact(e, u"\u0648\u0647\u064a") ||
                             exact(e, u"\u0628\u064a\u0646\u0645\u0627") || exact(e, u"\u0641\u064a\u0645\u0627")))) {
        ++e;
      }
      frames::NominalReport r{.rule = "ar.speech-noun",
                              .commitment = noun->commitment,
                              .source_begin = owner.begin,
                              .source_end = owner.end,
                              .cue_begin = n,
                              .cue_end = c + 1,
                              .label = m_s.utf8(n, n + 1) + " \u2026 " + m_s.utf8(c, c + 1),
                              .region_begin = n,
                              .region_end = c + 1,
                              .content_begin = c + 1,
                              .content_end = e};
      if (std::optional<Attribution> a = frames::nominal_report(m_s, std::move(r), 2)) {
        m_out.push_back(std::move(*a));
      }
    }
  }

  // Whether a social platform is named in `r` ("فيسبوك"، "تلغرام"): "وتداولت صفحات ميسانية على
  // فيسبوك أنباء عن P": pages described, on a platform, pass the reports round.
  [[nodiscard]] bool names_platform(Range r) const {
    for (std::uint32_t k = r.begin; k < r.end; ++k) {
      if (social_platform(k)) {
        return true;
      }
    }
    return false;
  }

  [[nodiscard]] bool social_platform(std::uint32_t k) const { return frames::social_platform_name(w(k)); }

  // The subject of a verb of circulating ("تداول"، "تناقل"، "نشر"، "بث") whose object starts
  // at `object`, if it names a source (a source noun, a known entity or a platform in it),
  // else empty.
  [[nodiscard]] Range circulating_subject(std::uint32_t object) const {
    auto circulates = [&](std::uint32_t v) {
      std::u16string_view t = w(v);
      if (t.size() > 4 && (t[0] == k_waw || t[0] == k_fa)) {
        t.remove_prefix(1);
      }
      // (The imperfect too: "وتتداول صفحات …"، "يتناقل ناشطون …".)
      if (t.size() > 5 && (t.starts_with(u"\u062a\u062a") || t.starts_with(u"\u064a\u062a"))) {
        t.remove_prefix(1);
      }
      // ("وروّجت صفحات على مواقع التواصل لأنباء عن P": promoted, its object with the lam.)
      return t.starts_with(u"\u062a\u062f\u0627\u0648\u0644") /* تداول */ ||
             t.starts_with(u"\u062a\u0646\u0627\u0642\u0644") /* تناقل */ || t == u"\u0646\u0634\u0631\u062a" /* نشرت */ ||
             t == u"\u0646\u0634\u0631" || t == u"\u0628\u062b\u062a" /* بثت */ || t == u"\u0628\u062b" ||
             t == u"\u0631\u0648\u062c\u062a" /* روجت */ || t == u"\u0631\u0648\u062c" /* روج */ ||
             t == u"\u0631\u0648\u062c\u0648\u0627" /* روجوا */ || t == u"\u062a\u0631\u0648\u062c" /* تروج */ ||
             t == u"\u064a\u0631\u0648\u062c" /* يروج */;
    };
    // ("وانتشرت منذ مساء أمس على حسابات في مواقع التواصل أنباء عن P": reports spread on pages
    // or accounts, the verb's subject after them; those pages are the reports' source.)
    auto spreads = [&](std::uint32_t v) {
      std::u16string_view t = w(v);
      if (t.size() > 4 && (t[0] == k_waw || t[0] == k_fa)) {
        t.remove_prefix(1);
      }
      return t == u"\u0627\u0646\u062a\u0634\u0631\u062a" /* انتشرت */ || t == u"\u0631\u0627\u062c\u062a" /* راجت */ ||
             t == u"\u062a\u0646\u062a\u0634\u0631" /* تنتشر */ || t == u"\u062a\u0631\u0648\u062c" /* تروج */;
    };
    auto names_source = [&](std::uint32_t b, std::uint32_t e) {
      for (std::uint32_t k = b; k < e; ++k) {
        if (m_s.noun_covering(k) != nullptr || m_s.entity_covering(k) != nullptr || social_platform(k)) {
          return true;
        }
      }
      // ("وتداولت منصات سودانية"، "تناقلت صفحات فيسبوكية محلية": pages, platforms, accounts
      // or groups the lexicon does not list, plural and with no article, pass things round.)
      const std::u16string_view first = w(b);
      return e > b && m_s.is_word(b) && !first.starts_with(u"\u0627\u0644") &&
             (first.starts_with(u"\u0635\u0641\u062d") /* صفح */ || first.starts_with(u"\u0645\u0646\u0635\u0627\u062a") /* منصات */ ||
              first.starts_with(u"\u062d\u0633\u0627\u0628\u0627\u062a") /* حسابات */ ||
              first.starts_with(u"\u0645\u062c\u0645\u0648\u0639\u0627\u062a") /* مجموعات */ ||
              first.starts_with(u"\u0642\u0646\u0648\u0627\u062a") /* قنوات */ ||
              first.starts_with(u"\u0645\u0648\u0627\u0642\u0639") /* مواقع */);
    };
    // (Quotation marks may hold a platform's name: "أساتذة على مجموعات "واتساب" أنباء".)
    for (std::uint32_t v = object; v > 0 && object - v < 14;) {
      --v;
      if (m_s.is_end_punct(v) || (!m_s.is_word(v) && !m_s.is_comma(v) && !m_s.is_quote_mark(v))) {
        return {};
      }
      if (m_s.is_word(v) && spreads(v)) {
        std::uint32_t on = v + 1;
        while (on < object && !exact(on, u"علي") && object - on > 1) {
          ++on;
        }
        if (exact(on, u"علي") && on + 1 < object) {
          std::uint32_t e = object;
          while (e > on + 2 && (m_s.is_comma(e - 1) || is(WordClass::time_word, e - 1))) {
            --e;
          }
          if (names_source(on + 1, e)) {
            return {on + 1, e};
          }
        }
        return {};
      }
      if (!m_s.is_word(v) || !circulates(v)) {
        continue;
      }
      // Verb first: the subject runs from the verb to the object, less adjuncts after it.
      std::uint32_t e = object;
      while (e > v + 1 && (m_s.is_comma(e - 1) || is(WordClass::time_word, e - 1) || exact(e - 1, u"خلال"))) {
        --e;
      }
      std::uint32_t b = v + 1;
      // ("تداولت صفحات محلية على موقع فيسبوك، عقب الحادث بساعات، أنباء": an adjunct set off by
      // commas before the object; the subject ends at the first comma.)
      for (std::uint32_t c = b + 1; c < e; ++c) {
        if (m_s.is_comma(c)) {
          if (names_source(b, c)) {
            e = c;
          }
          break;
        }
      }
      // (Words, not quotation marks, count: "صفحات على "فيسبوك" و"إكس"" is five words.)
      std::uint32_t words = 0;
      for (std::uint32_t k = b; k < e; ++k) {
        words += m_s.is_word(k) ? 1 : 0;
      }
      if (e > b && words <= 8 && !m_s.is_comma(b) && names_source(b, e)) {
        return {b, e};
      }
      // Subject first ("وكانت حسابات … قد تداولت، خلال الليل، أنباء"): from the clause's start.
      std::uint32_t end = v;
      while (end > 0 && (exact(end - 1, u"قد") || exact(end - 1, u"وقد"))) {
        --end;
      }
      std::uint32_t start = 0;
      while (start < end && (is_exact(WordClass::auxiliary, start) || exact(start, u"وكانت") || exact(start, u"كانت") ||
                             exact(start, u"وكان") || exact(start, u"كان"))) {
        ++start;
      }
      if (end > start && end - start <= 8 && names_source(start, end)) {
        for (std::uint32_t k = start; k < end; ++k) {
          if (m_s.is_comma(k) || m_s.cue_at(k) != nullptr) {
            return {};
          }
        }
        return {start, end};
      }
      return {};
    }
    return {};
  }

  // What "تفيد" says of what was passed round, when the one who passed it round is found;
  // otherwise the verb's own reading.
  std::optional<Attribution> circulated_or_speech(const Hit& hit, const lexicon::CueEntry& cue) {
    if (std::optional<Attribution> via = nominal(hit, cue)) {
      return via;
    }
    return speech(hit, cue);
  }

  // "تداولت X روايات تفيد بأن P": the verb after what circulates only links it to its
  // contents (read as "مفادها"); the source is who circulated it.
  [[nodiscard]] bool circulated_report(const Hit& hit, const lexicon::CueEntry& cue) const {
    // ("وتداولت صفحات … منشورات تتحدث عن "قرار وشيك"": what the posts speak of, after "عن".)
    const bool speaks_of = cue.id == "ar.tahaddatha" && hit.end < m_end && exact(hit.end, u"عن");
    // ("نشرت منشورات تزعم أن P"، "روايات تقول إن P": the posts allege or say, in the present.)
    const bool alleges_or_says =
        cue.id == "ar.zaama" || (cue.id == "ar.qala" && (exact(hit.begin, u"تقول") || exact(hit.begin, u"يقول")));
    // ("مقطعاً صوتياً يتحدث عن": the noun's adjective between.)
    const std::uint32_t noun = hit.begin >= 4 && !circulated_noun(hit.begin - 1) && !definite(hit.begin - 1) &&
                                       w(hit.begin - 1).size() > 3 &&
                                       (w(hit.begin - 1).ends_with(u"\u064a\u0627") || w(hit.begin - 1).ends_with(u"\u064a\u0647"))
                                   ? hit.begin - 2
                                   : hit.begin - 1;
    if (!(cue.id == "ar.afada" || cue.id == "ar.awdaha" || speaks_of || alleges_or_says) || hit.begin < 3 ||
        !circulated_noun(noun)) {
      return false;
    }
    for (std::uint32_t v = noun; v-- > 0 && hit.begin - v <= 16;) {
      if (m_s.is_comma(v) && time_aside_opening(v) < v) {
        v = time_aside_opening(v);
        continue;
      }
      if (m_s.is_end_punct(v) || m_s.is_comma(v) || complementizer(v)) {
        return false;
      }
      if (puts_out_at(v)) {
        return true;
      }
    }
    return false;
  }

  // Does the comma at `k` open a time set off by commas, "، منذ مساء الجمعة،"?
  [[nodiscard]] bool time_aside_after(std::uint32_t k) const {
    return k + 1 < m_end && (exact(k + 1, u"منذ") || is(WordClass::time_word, k + 1));
  }

  // Read backwards: the comma at `k` closes a time set off by commas; the comma that opens
  // it, or `k` when there is none.
  [[nodiscard]] std::uint32_t time_aside_opening(std::uint32_t k) const {
    for (std::uint32_t c = k; c-- > 0 && k - c <= 6;) {
      if (m_s.is_comma(c)) {
        return time_aside_after(c) ? c : k;
      }
      if (!m_s.is_word(c) && m_s.tokens[c].kind != text::TokenKind::number) {
        return k;
      }
    }
    return k;
  }

  // Does a verb that puts words out stand at `v`: one of publishing ("نشرت"، "أصدر"), its
  // conjunction aside, or of passing round ("تداولت"، "تناقلت")?
  [[nodiscard]] bool puts_out_at(std::uint32_t v) const {
    std::u16string_view verb = w(v);
    if (verb.size() > 3 && (verb[0] == k_waw || verb[0] == k_fa)) {
      verb.remove_prefix(1);
    }
    const Hit* c = m_s.cue_at(v);
    return frames::is_publishing_verb(verb) ||
           (c != nullptr && c->begin == v && m_s.lex.cues()[c->payload].id == "ar.tadawala");
  }

  std::optional<Attribution> nominal(const Hit& hit, const lexicon::CueEntry& cue) {
    // "تصريحات أدلى بها مسؤولون ... مفادها أن P", "بيان صادر عن X جاء فيه أن P".
    std::uint32_t noun = hit.begin;
    for (std::uint32_t k = hit.begin; k > 0 && hit.begin - k < 16; --k) {
      if (m_s.is_end_punct(k - 1)) {
        break;
      }
      if (is(WordClass::statement_noun, k - 1) || circulated_noun(k - 1)) {
        noun = k - 1;
        break;
      }
    }
    if (noun + 3 < hit.begin && circulated_noun(noun)) {
      return std::nullopt;  // (what circulates, right before the verb or its one adjective)
    }
    if (noun == hit.begin) {
      return std::nullopt;
    }
    // (What circulates, "روايات" or "مقاطع", states only through who circulated it: the
    // verb's subject, never a phrase after the noun.)
    const bool circulated = circulated_noun(noun);
    Range src;
    for (std::uint32_t k = noun + 1; k < hit.begin && !circulated; ++k) {
      const std::u16string_view t = w(k);
      // ("بيانا أصدره المكتب الإعلامي للوزير جاء فيه": the one who issued it.)
      if (t == u"بها" || t == u"به" || t == u"عن" || t == u"من" || frames::is_publishing_verb(t)) {
        src = np_after(k + 1, PhraseStops{false, true, false, true});
        break;
      }
      if (k == noun + 1 && t.size() > 2 && t[0] == k_lam) {
        src = {k, k + 1};
        // (With a quoted name: "تقريرا لصحيفة "كوميرسانت" جاء فيه".)
        while (src.end < hit.begin && (m_s.is_word(src.end) || m_s.is_quote_mark(src.end)) &&
               m_s.cue_at(src.end) == nullptr) {
          ++src.end;
        }
        break;
      }
    }
    // ("ونشرت الوزارة بيانا جاء فيه أن P": no issuer after the statement; the one who put
    // it out, the subject of the verb before it, is the source.)
    std::uint32_t put_out = m_end;
    if (src.empty()) {
      std::uint32_t aside_end = noun;  // (the time set off by commas before the noun ends here)
      for (std::uint32_t v = noun; v-- > 0 && noun - v <= 14;) {
        if (circulated && m_s.is_comma(v) && time_aside_opening(v) < v) {
          aside_end = time_aside_opening(v);
          v = aside_end;
          continue;
        }
        if (m_s.is_end_punct(v) || m_s.is_comma(v) || complementizer(v)) {
          break;
        }
        // ("وتداولت حسابات على مواقع التواصل روايات تفيد بأن P": who passed it round.)
        if (puts_out_at(v)) {
          if (v + 1 < aside_end && (names_source(Range{v + 1, aside_end}) || names_platform(Range{v + 1, aside_end}))) {
            src = Range{v + 1, aside_end};
            put_out = v;
          } else if (v + 1 == aside_end && circulated) {
            // ("أما صفحة X على فيسبوك، …، فنشرت منشورات تزعم أن P"، "وكانت X قد نشرت روايات
            // تفيد بأن P": the one who put them out stands before the verb.)
            if (const Range before = clause_subject(v, Gender::unknown);
                !before.empty() && (names_source(before) || names_platform(before))) {
              src = before;
              put_out = v;
            }
          }
          break;
        }
      }
    }
    if (src.empty()) {
      return std::nullopt;
    }
    src.end = std::min(src.end, hit.begin);
    // ("جاء فيه، نقلا عن مصدر مطلع، أن P": a citing phrase set off by commas before the
    // complement; the assembler nests it.)
    std::uint32_t from = hit.end;
    if (from + 2 < m_end && m_s.is_comma(from)) {
      if (const Hit* c = m_s.cue_at(from + 1);
          c != nullptr && c->begin == from + 1 && m_s.lex.cues()[c->payload].frame == Frame::citing) {
        for (std::uint32_t k = c->end; k < m_end && k <= c->end + 10; ++k) {
          if (m_s.is_comma(k)) {
            from = k + 1;
            break;
          }
          if (!m_s.is_word(k) && !m_s.is_quote_mark(k)) {
            break;
          }
        }
      }
    }
    Complement comp = complement_after(from);
    // ("منشورات تتحدث عن "قرار وشيك" برفع سعر الصرف": what is spoken of is the claim.)
    if (cue.id == "ar.tahaddatha" && exact(from, u"عن") && from + 1 < m_end &&
        (m_s.is_word(from + 1) || m_s.is_open_quote(from + 1))) {
      comp.found = true;
      comp.next = from + 1;
      comp.content = from + 1;
    }
    if (!comp.found || comp.next > from + 2) {
      return std::nullopt;
    }
    Attribution a = base(hit, cue);
    a.sources = {phrase(hit, src.begin, src.end, m_s.utf8(noun, noun + 1) + " \u2026 " + m_s.utf8(hit.begin, hit.end))};
    // ("أوردت وكالة X تقريرا لصحيفة Y جاء فيه أن P": the medium that carried the report
    // relays it.)
    if (put_out < m_end) {
      a.sources.front().cue = m_s.utf8(put_out, put_out + 1) + " \u2026 " + m_s.utf8(hit.begin, hit.end);
      m_consumed.insert(put_out);
    } else if (const auto [publisher, verb] = publisher_of(noun); !publisher.empty()) {
      a.sources.insert(a.sources.begin(), phrase(hit, publisher.begin, publisher.end, m_s.utf8(verb, verb + 1)));
    }
    a.region_begin = noun;
    a.region_end = comp.content;
    return finish(a, comp.content);
  }

  std::optional<Attribution> citing(const Hit& hit, const lexicon::CueEntry& cue) {
    // "ذكرت الوكالة، نقلا عن X، أن P": an inner hop for the nearby attribution.
    std::uint32_t j = hit.end;
    if (exact(j, u"عن")) {
      ++j;
    }
    const Range y = np_after(j, {});
    if (y.empty()) {
      return std::nullopt;
    }
    // ("تقريرها، الذي استند إلى مقابلات مع 23 لاجئا،": what a report rests on is a source only
    // when it names one; interviews and data are its method.)
    bool based_on = false;
    for (std::uint32_t k = hit.begin; k < hit.end; ++k) {
      // (استند، مستندة، يستند)
      based_on = based_on || w(k).find(u"\u0633\u062a\u0646\u062f") != std::u16string_view::npos;
    }
    if (based_on && !names_source(y)) {
      return std::nullopt;
    }
    // ("وأكدت الوزارة على لسان المتحدث باسمها"، "على لسان متحدثه الرسمي": a body speaking
    // through its own spokesman is the one source; a pronoun ties the spokesman to it.)
    // ("دعا الاتحاد الأوروبي، على لسان المتحدث باسم مفوض السياسة الخارجية،": its spokesman,
    // whoever's office he sits in.)
    if (w(hit.begin).starts_with(u"علي")) {
      const std::u16string_view head = w(y.begin);
      if (head == u"المتحدث" || head == u"المتحدثه" || head == u"متحدث" || head == u"الناطق" ||
          head == u"الناطقه" || head == u"ناطق" ||
          // ("على لسان متحدثها الرسمي": the possessive on the noun itself.)
          head == u"متحدثها" || head == u"متحدثه" || head == u"ناطقها" || head == u"ناطقه") {
        return std::nullopt;
      }
      for (std::uint32_t k = y.begin; k < y.end; ++k) {
        const std::u16string_view t = w(k);
        const bool own = exact(k, u"باسمه") || exact(k, u"باسمها") || exact(k, u"باسمهم") ||
                         (m_s.noun_covering(k) != nullptr && t.size() > 4 && (t.ends_with(u"ه") || t.ends_with(u"ها")) &&
                          !t.ends_with(u"يه") && !t.starts_with(u"ال"));
        if (own) {
          return std::nullopt;
        }
      }
    }
    Attribution a = base(hit, cue);
    a.sources = {phrase(hit, y.begin, y.end)};
    a.region_begin = hit.begin;
    a.region_end = y.end;
    // "نقلا عن صحيفة X عن مسؤولين في الجمارك": the paper's own source, one hop further in.
    // (Only a medium relays so: "نقلا عن ممثلين عن القطاع" are the sector's representatives.)
    if (y.end + 1 < m_end && exact(y.end, u"عن") && recipient_is_medium(y)) {
      if (const Range z = np_after(y.end + 1, {}); !z.empty()) {
        a.sources.push_back(phrase(hit, z.begin, z.end));
        a.region_end = z.end;
      }
    }
    a.content_begin = a.content_end = a.region_end;
    return a;
  }

  // "أما X فأوضحت أن P": the topic before the "ف" is the verb's subject. (A name may be set
  // off by commas inside it: "أما رئيس الحزب، المحامي سمير الخطيب، فوصف".)
  [[nodiscard]] Range topic_subject(const Hit& hit) const {
    // ("أما وكالة "سانا" فتجاهلت …، واكتفت بالإشارة إلى P": a verb joined by "و" after a
    // comma goes on with the topic of the "ف" verb before it.)
    if (w(hit.begin).size() > 3 && w(hit.begin)[0] == k_waw && hit.begin > 2 && m_s.is_comma(hit.begin - 1)) {
      for (std::uint32_t f = hit.begin - 1; f-- > 1 && hit.begin - f <= 16;) {
        if (m_s.is_end_punct(f)) {
          break;
        }
        if (m_s.is_word(f) && w(f).size() > 3 && w(f)[0] == k_fa && m_s.entity_covering(f) == nullptr &&
            m_s.noun_covering(f) == nullptr) {
          for (std::uint32_t k = f; k-- > 0 && f - k <= 10;) {
            if (!m_s.is_word(k) && !m_s.is_quote_mark(k)) {
              break;
            }
            if (exact(k, u"اما") || exact(k, u"واما")) {
              const Range topic{k + 1, f};
              // ("أما بواتينغ فنشر …، وكتب تحتها: "Q"": a bare name, without the article, is
              // someone's.)
              const bool bare_name = f == k + 2 && !w(k + 1).starts_with(u"\u0627\u0644") /* ال */ &&
                                     !is(WordClass::preposition, k + 1) && !adjunct_start(k + 1);
              return k + 1 < f && (names_source(topic) || bare_name) ? topic : Range{};
            }
          }
          break;
        }
      }
    }
    if (w(hit.begin).size() <= 3 || w(hit.begin)[0] != k_fa) {
      return {};
    }
    // ("أما ضمك، فأفاد مصدر مقرب من إدارته بأن P": a source named right after the verb is its
    // subject; the topic is what the source speaks for.)
    // (Not the one told, "فقالت للجزيرة نت:": a name with "ل" joined is the recipient.)
    if (hit.end < m_end && !recipient_at(hit.end) &&
        ((m_s.noun_covering(hit.end) != nullptr && m_s.noun_covering(hit.end)->begin == hit.end) ||
         (m_s.entity_covering(hit.end) != nullptr && m_s.entity_covering(hit.end)->begin == hit.end))) {
      return {};
    }
    // (Not a place or a time: "أما في تونس، فأفاد مسؤول": the subject follows the verb.)
    std::uint32_t end = hit.begin;
    if (end > 0 && m_s.is_comma(end - 1)) {
      --end;  // "أما الوزير، فقال"
    }
    for (std::uint32_t k = end; k-- > 0 && hit.begin - k <= 14;) {
      if (!m_s.is_word(k) && !m_s.is_comma(k)) {
        break;
      }
      if (exact(k, u"اما") || exact(k, u"واما")) {
        if (k + 1 < end && m_s.is_word(k + 1) && !is(WordClass::preposition, k + 1) && !adjunct_start(k + 1) &&
            !is(WordClass::time_word, k + 1)) {
          return {k + 1, end};
        }
        break;
      }
      if (m_s.cue_at(k) != nullptr && m_s.cue_at(k)->begin == k) {
        break;
      }
    }
    return {};
  }

  std::optional<Attribution> describe(const Hit& hit, const lexicon::CueEntry& cue) {
    // ("الذي يصف نفسه بأنه مستقل": a self-description inside a name, no one's claim.)
    if (hit.end < m_end && w(hit.end).starts_with(u"\u0646\u0641\u0633") /* نفس */ && w(hit.end).size() >= 4) {
      return std::nullopt;
    }
    // ("تدين بشدة ما وصفه بـ"القوة المفرطة"": "what he described as", the speaker's own
    // naming inside a statement, with no one new describing.)
    if (hit.begin > 0 && exact(hit.begin - 1, u"ما") && hit.end < m_end &&
        (ba_particle(hit.end) || (w(hit.end).size() > 2 && w(hit.end)[0] == k_ba && hit.end + 1 < m_end &&
                                  m_s.is_open_quote(hit.end + 1)) ||
         w(hit.end).starts_with(u"\u0628\u0627\u0646") /* بأن… */)) {
      return std::nullopt;
    }
    // ("ووصفت جروحهم بالطفيفة"، "وأن جراحهم وُصفت بالمتوسطة": the wounded's condition as the
    // report gives it, no one describing; it stays in the report.)
    auto condition_noun = [&](std::uint32_t k) {
      if (k >= m_end || !m_s.is_word(k)) {
        return false;
      }
      const std::u16string_view t = w(k);
      return t.starts_with(u"\u062c\u0631\u0648\u062d") /* جروح */ || t.starts_with(u"\u062c\u0631\u0627\u062d") /* جراح */ ||
             t.starts_with(u"\u062d\u0627\u0644\u0647") /* حاله */ || t.starts_with(u"\u062d\u0627\u0644\u062a") /* حالت */ ||
             t.starts_with(u"\u0627\u0635\u0627\u0628") /* اصاب */;
    };
    if (condition_noun(hit.end) || (hit.begin > 0 && condition_noun(hit.begin - 1))) {
      return std::nullopt;
    }
    // "وصف X Y بأنه P" / "ووصف X هذه التعليقات بـ"P"".
    Attribution a = base(hit, cue);
    std::uint32_t k = hit.end;
    std::uint32_t content = 0;
    bool found = false;
    // ("التقرير الذي وصفته الوزارة بأنه مفبرك": in a relative clause the label follows its
    // subject at once; "الدواء الذي وصفه الطبيب لابنها، قبل أن …" prescribed it, no label.)
    const bool in_relative = hit.begin > 0 && is_exact(WordClass::relative, hit.begin - 1);
    for (; k < m_end && k - hit.end < (in_relative ? 8U : 16U); ++k) {
      if (in_relative && m_s.is_comma(k)) {
        break;
      }
      const std::u16string_view t = w(k);
      if (t == u"بانه" || t == u"بانها" || t == u"بانهم" || t == u"بانهما" || t == u"كانه" || t == u"كانها") {
        content = k + 1;
        found = true;
        break;
      }
      if (ba_particle(k) && k + 1 < m_end) {
        content = k + 1;
        found = true;
        break;
      }
      // ("ووصفت الحكومة التصريحات بالعدوانية": the description with "ب" joined to it.)
      if (k > hit.end && t.size() >= 6 && t.starts_with(u"\u0628\u0627\u0644") && m_s.entity_covering(k) == nullptr &&
          m_s.noun_covering(k) == nullptr) {
        content = k;
        found = true;
        break;
      }
      if (t.size() > 2 && t[0] == k_ba && k + 1 < m_s.size() && m_s.is_open_quote(k + 1)) {
        content = k + 1;
        found = true;
        break;
      }
      if (m_s.is_open_quote(k) && k > hit.end && t.empty()) {
        // ("… التي أدلى بها لقناة "فرانس 24" بالعدوانية": a short quoted name on the way.)
        if (const std::uint32_t close = short_quote_close(k, 3); close != 0 && close + 1 < m_end &&
                                                                   m_s.is_word(close + 1) && k > 0 &&
                                                                   recipient_is_medium(Range{k - 1, close + 1})) {
          k = close;
          continue;
        }
        break;
      }
    }
    if (!found) {
      return std::nullopt;
    }
    // Subject first ("خامنئي يصف ترامب بـ…"): what follows the verb is the one described.
    Range x = np_before(hit.begin);
    // ("وكانت بعثة المراقبين قد وصفت الانتخابات بأنها P": the subject stands before "قد".)
    if (x.empty() && hit.begin >= 3 && exact(hit.begin - 1, u"\u0642\u062f") /* قد */) {
      x = subject_before(hit.begin);
    }
    if (x.empty()) {
      x = topic_subject(hit);
    }
    if (x.empty()) {
      x = entity_np(hit.end);
    }
    if (x.empty()) {
      x = np_after(hit.end, {});
      if (!x.empty() && x.end > x.begin + 3) {
        x.end = x.begin + 1;
      }
    }
    // "ووصف الرئيس الأمريكي ترامب ونظيريه بـ"المجرمين"": one phrase, joined by "و", up to
    // the description is the one described; "ووصفتها بأنها": the object is the pronoun. Either
    // way the subject was dropped: the clause's own, or the one before.
    // ("ووصفت الاتهامات بأنها …": reports or statements right after the verb are what is
    // described, never who describes.)
    // (Or a demonstrative before them: "ووصفت تلك الأخبار بأنها …".)
    const std::uint32_t head = x.empty() || x.end <= x.begin + 1 || !is(WordClass::determiner, x.begin) ? x.begin
                                                                                                       : x.begin + 1;
    const bool described_report = !x.empty() && x.begin == hit.end && np_before(hit.begin).empty() &&
                                  (is_report_noun(head) || is(WordClass::statement_noun, head) ||
                                   frames::points_back(w(head)));
    // ("ويصف المنطقة التي جرت فيها المداهمة بأنها …"، "ووصف الاتفاق بأنه …": one phrase
    // alone between the verb and the description, or with its relative clause, is the object
    // of a verb that carries no object pronoun; its subject was dropped. "ووصفها الوزير
    // بأنها" names the subject after a verb that holds its object.)
    std::u16string_view verb_form = w(hit.begin);
    // (The conjunction only: "وصفت" begins with the verb's own "و".)
    if (verb_form.size() > 3 && (verb_form[0] == k_waw || verb_form[0] == u'\u0641') &&
        !verb_form.starts_with(u"\u0648\u0635\u0641")) {
      verb_form.remove_prefix(1);
    }
    const bool bare_verb = verb_form == u"\u0648\u0635\u0641" || verb_form == u"\u0648\u0635\u0641\u062a" ||
                           verb_form == u"\u0648\u0635\u0641\u0648\u0627" || verb_form == u"\u064a\u0635\u0641" ||
                           verb_form == u"\u062a\u0635\u0641";  // وصف، وصفت، وصفوا، يصف، تصف
    const bool lone_object = bare_verb && hit.end == hit.begin + 1 && !x.empty() && x.begin == hit.end &&
                             np_before(hit.begin).empty() && (x.end == k || is_exact(WordClass::relative, x.end));
    const bool object_only = described_report || lone_object ||
                             (!x.empty() && x.begin == hit.end && x.end < k && w(x.end).size() > 1 &&
                              w(x.end)[0] == k_waw && np_before(hit.begin).empty());
    if (x.empty() || x.end > k || object_only) {
      a.sources = {phrase(hit, hit.begin, hit.begin)};
      a.coordinated = true;
      const Range fb = clause_subject(hit.begin, a.gender);
      a.fallback_begin = fb.begin;
      a.fallback_end = fb.end;
    } else {
      a.sources = {phrase(hit, x.begin, x.end, m_s.utf8(hit.begin, hit.end) + " \u2026 " + m_s.utf8(k, k + 1))};
    }
    // ("وصف القضية، في تصريحات بثها التلفزيون الرسمي، بأنها Q": the medium that carried the
    // description, set off before it, relays it.)
    for (std::uint32_t j = hit.end; j < k; ++j) {
      if (const Hit* h = m_s.cue_at(j); h != nullptr && h->begin == j && m_s.lex.cues()[h->payload].frame == Frame::postmod_relay) {
        if (const Range r = relay_medium(h->end, PhraseStops{false, true, true, true}); !r.empty() && r.end <= k &&
                                                                                        recipient_is_medium(r)) {
          SourcePhrase outer = phrase(*h, r.begin, r.end);
          a.sources.insert(a.sources.begin(), outer);
        }
        break;
      }
    }
    // The object described: after the one who describes when he follows the verb.
    const std::uint32_t object = (!x.empty() && x.begin >= hit.end && x.end <= k && !a.coordinated) ? x.end : hit.end;
    a.region_begin = x.empty() ? hit.begin : std::min(hit.begin, x.begin);
    a.region_end = content;
    // The description ends at the next comma outside quotations.
    std::uint32_t end = content;
    if (m_s.is_open_quote(content)) {
      while (end < m_end && !m_s.is_close_quote(end)) {
        ++end;
      }
      a.content_begin = content;
      a.content_end = std::min<std::uint32_t>(end + 1, m_end);
    } else {
      while (end < m_end && !m_s.is_comma(end)) {
        ++end;
      }
      a.content_begin = content;
      a.content_end = end;
    }
    if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
      return std::nullopt;
    }
    // "ووصفت الوزارة هذه التقارير بأنها "عارية عن الصحة"": a short object pointing back to what
    // was reported and a description that rejects it deny that claim (the assembler links
    // the denial to it).
    bool object_points_back = false;
    for (std::uint32_t t = object; t < k && t < object + 3 && !object_points_back; ++t) {
      object_points_back = frames::points_back(w(t));
    }
    bool rejects = false;
    for (std::uint32_t t = a.content_begin; t < a.content_end && t < a.content_begin + 6 && !rejects; ++t) {
      rejects = is(WordClass::dismissive, t);
    }
    if (object_points_back && rejects && k <= object + 3) {
      a.rule = "ar.dismissal";
      a.commitment = Commitment::denial;
    }
    return a;
  }

  std::optional<Attribution> accuse(const Hit& hit, const lexicon::CueEntry& cue) {
    // "اتهم X Y بـ P": the claim is "Y بـ P".
    Attribution a = base(hit, cue);
    std::uint32_t k = hit.end;
    std::uint32_t object = 0;
    bool found = false;
    // (Up to 32 tokens: an accuser with his seat and name, an aside on where he wrote, then
    // the one accused with its description.)
    for (; k < m_end && k - hit.end < 32; ++k) {
      // ("اتهم ماماني، الذي حل ثانيا بفارق …، منافسه بـ": a relative clause set off by commas
      // describes the accuser; its ب is none of the accusation's.)
      if (m_s.is_comma(k) && k + 1 < m_end && is_exact(WordClass::relative, k + 1)) {
        std::uint32_t close = k + 2;
        while (close < m_end && close - k < 16 && !m_s.is_comma(close)) {
          ++close;
        }
        if (close < m_end && m_s.is_comma(close)) {
          k = close;
          continue;
        }
      }
      const std::u16string_view t = w(k);
      // ("بـ«التلكؤ»": the ba written apart before a quotation.)
      const bool ba_apart = (t == u"ب" || t == u"بـ") && k + 1 < m_end && m_s.is_open_quote(k + 1);
      // ("الباحث … بجامعة دكا، NAME، الحكومة بالتباطؤ": "at the university" places the
      // accuser; the accusation's ب comes later.)
      const bool ba_place = at_a_place(k) ||
                            // ("عناصر مرتبطة بأحد الأجهزة … بتنفيذ": "with one of", no accusation)
                            t == u"\u0628\u0627\u062d\u062f" /* باحد */ || t == u"\u0628\u0627\u062d\u062f\u064a" /* باحدي */;
      // ("بشن قصف"، "بدس السم": a short verbal noun with its ب.)
      const bool ba_short = t.size() == 3 && t[0] == k_ba && m_s.entity_covering(k) == nullptr && t != u"بين" &&
                            t != u"بعد" && t != u"بها" && t != u"بهم" && t != u"بان" && t != u"بلا" && t != u"بما" &&
                            t != u"بكل" && t != u"بلد" && t != u"بنا";
      // ("المتحدث باسم الحزب": "in the name of", part of the accuser.)
      // ("في بيان أوردته صحيفة "لاس بروبنسياس"، مجموعة X بـ": a ب inside a quoted name is the
      // name's.)
      const bool inside_name = m_s.in_quote(k) && !ba_apart && k > 0 && !m_s.is_open_quote(k - 1);
      // ("في بيان بثته الوكالة": the verb "بث", broadcast, is no ب.)
      if (m_s.is_word(k) && k > hit.end && m_s.is_word(k - 1) && (ba_prefixed(k) || ba_apart || ba_short) &&
          t != u"بشان" && t != u"باسم" && !ba_place && !inside_name && !frames::is_publishing_verb(t)) {
        object = k - 1;
        found = true;
        break;
      }
      // ("اتهم X أنصار منافسيه "بنقل ناخبين …"": the ب-phrase quoted, mark and all.)
      if (m_s.is_open_quote(k) && k > hit.end + 1 && m_s.is_word(k - 1) && k + 1 < m_end && ba_prefixed(k + 1) &&
          w(k + 1) != u"بشان") {
        object = k - 1;
        found = true;
        break;
      }
      // ("اتهمت X "كتيبة النصر 17" ببدء الهجوم": a quoted name accused.)
      if (m_s.is_word(k) && k > hit.end + 2 && m_s.is_close_quote(k - 1) && (ba_prefixed(k) || ba_apart) &&
          t != u"بشان") {
        std::uint32_t open = k - 2;
        while (open > hit.end && !m_s.is_open_quote(open) && k - open < 8) {
          --open;
        }
        if (m_s.is_open_quote(open) && open > hit.end) {
          object = open;
          // ("…، مجموعة "ليبانتي" بـ": the noun the quoted name names, right after a comma.)
          if (open >= hit.end + 2 && m_s.is_word(open - 1) && m_s.is_comma(open - 2)) {
            object = open - 1;
          }
          found = true;
          break;
        }
      }
    }
    const std::uint32_t accusation_ba = k;
    if (!found) {
      return std::nullopt;
    }
    // ("اتهم النائب X وزارة الطاقة بـ": a body's noun in the construct state, before its
    // definite genitive, is where the one accused begins.)
    bool construct_body = false;
    if (object > hit.end + 1 && w(object).starts_with(u"\u0627\u0644") && !w(object - 1).starts_with(u"\u0627\u0644")) {
      if (const Hit* n = m_s.noun_covering(object - 1);
          n != nullptr && n->begin == object - 1 &&
          (m_s.lex.source_nouns()[n->payload].kind == SourceKind::government ||
           m_s.lex.source_nouns()[n->payload].kind == SourceKind::organization)) {
        --object;
        construct_body = true;
      }
    }
    // "الولايات المتحدة بدعم": the one accused may be a name of several words.
    if (const lexicon::EntityMatch* m = m_s.entity_covering(object); m != nullptr && m->begin > hit.end &&
                                                                     m->begin < object) {
      object = m->begin;
    }
    // "واشنطن وسيول بـ": names joined by "و" are accused together.
    while (object > hit.end + 1 && w(object).size() > 2 && w(object)[0] == k_waw) {
      const lexicon::EntityMatch* m = m_s.entity_covering(object);
      const lexicon::EntityMatch* before = m_s.entity_covering(object - 1);
      // (A name the gazetteer does not know may be the second: "واشنطن وسيول".)
      const bool joined = m == nullptr ? (w(object).size() >= 4 && !w(object).starts_with(u"\u0648\u0627\u0644"))
                                       : (m->begin == object && !waw_is_own(object, *m));
      if (!joined || before == nullptr || before->end != object || before->begin <= hit.end) {
        break;
      }
      object = before->begin;
    }
    // "اتهمت وزارة الخارجية الإيرانية الولايات المتحدة بـ": a known subject and its
    // adjectives end where the one accused begins ("دمشق وموسكو" coordinated).
    // (An adjunct or a clause set off after the subject — "واتهمت دمشق في التاسع من نيسان",
    // "واتهم لافروف، الذي كان يتحدث …، بريطانيا" — stays out of both.)
    std::uint32_t subject_end = object;
    // ("اتهم النائب المعارض سامان كوماراسيري الحكومة بـ": a title's name, two words without
    // the article, then the definite noun accused.)
    auto plain_name_word = [&](std::uint32_t t) {
      return m_s.is_word(t) && !w(t).starts_with(u"\u0627\u0644") && m_s.noun_covering(t) == nullptr &&
             m_s.entity_covering(t) == nullptr && !is_exact(WordClass::preposition, t) && !adjunct_start(t) &&
             m_s.cue_at(t) == nullptr && !is(WordClass::contentless, t);
    };
    // ("اتهم عضو مجلس الأمة عبدالعزيز سالم الهاجري الوزارة بـ": a family name with the
    // article, "الهاجري", may end the name.)
    auto family_name_word = [&](std::uint32_t t) {
      return m_s.is_word(t) && w(t).starts_with(u"\u0627\u0644") && w(t).size() >= 5 && w(t).back() == k_ya &&
             m_s.noun_covering(t) == nullptr && m_s.entity_covering(t) == nullptr &&
             m_s.nationality_covering(t) == nullptr && !is(WordClass::title, t) && m_s.cue_at(t) == nullptr;
    };
    std::uint32_t name_begin = object;
    if (name_begin > hit.end + 2 && family_name_word(name_begin - 1)) {
      --name_begin;
    }
    const std::uint32_t plain_end = name_begin;
    while (name_begin > hit.end + 1 && object - name_begin < 4 && plain_name_word(name_begin - 1)) {
      --name_begin;
    }
    bool titled = false;  // a title or a source noun before the name: "النائب", "عضو مجلس الأمة"
    for (std::uint32_t t = hit.end; t < name_begin && !titled; ++t) {
      titled = is(WordClass::title, t) || is(WordClass::honorific, t) || m_s.noun_covering(t) != nullptr;
    }
    const bool named_before_object = object >= hit.end + 3 && (w(object).starts_with(u"\u0627\u0644") || construct_body) &&
                                     object - name_begin >= 2 && plain_end > name_begin && titled;
    if (Range np = entity_np(hit.end); !named_before_object && !np.empty() && np.end < object) {
      while (np.end < object && w(np.end).size() > 2 && w(np.end)[0] == k_waw) {
        const lexicon::EntityMatch* m = m_s.entity_covering(np.end);
        if (m == nullptr || m->begin != np.end || m->end > object || waw_is_own(np.end, *m)) {
          break;  // ("واشنطن وسيول": the waw of "واشنطن" is the name's own, not "and")
        }
        np.end = m->end;
      }
      // (Not when an aside set off by commas stands before the one accused: "المتحدث باسم حزب
      // كوريا الحرة المعارض، في تصريحات نقلتها وكالة نيوسيس، القصر الرئاسي بـ": the subject
      // runs to the first comma.)
      bool aside = false;
      std::uint32_t last_comma = np.end;
      for (std::uint32_t t = np.end; t < object; ++t) {
        if (m_s.is_comma(t)) {
          aside = true;
          last_comma = t;
        }
      }
      const std::uint32_t n = np.end;
      subject_end = aside ? last_comma : np.end;
      if (!aside && m_s.is_word(n) && !is_exact(WordClass::preposition, n) && !is_exact(WordClass::relative, n) &&
          !is(WordClass::time_word, n) && !adjunct_start(n) && !complementizer(n)) {
        object = n;
      }
    }
    // "الطيران الإسرائيلي بـ": a definite noun and its adjective are accused together.
    // ("التي اتهمت الجانب التركي بخفض": with a nationality after it, the noun right after the
    // verb is the one accused too; the subject is dropped.)
    if (object == hit.end + 1 && subject_end == object && object + 1 == accusation_ba &&
        m_s.nationality_covering(object) != nullptr && w(hit.end).starts_with(u"\u0627\u0644") &&
        m_s.entity_covering(hit.end) == nullptr) {
      object = hit.end;
      subject_end = hit.end;
    }
    while (object > subject_end + 1 && object - 1 > hit.end &&
           w(object).starts_with(u"\u0627\u0644") &&
           (w(object).back() == k_ha || w(object).back() == k_ya) && m_s.is_word(object - 1) &&
           w(object - 1).starts_with(u"\u0627\u0644") && !is(WordClass::time_word, object - 1)) {
      --object;
    }
    // ("وزارة البترول بـ": a noun in the construct state with the definite word accused.)
    if (object > hit.end + 1 && w(object).starts_with(u"\u0627\u0644") && m_s.is_word(object - 1) &&
        !w(object - 1).starts_with(u"\u0627\u0644") && m_s.noun_covering(object - 1) != nullptr &&
        m_s.noun_covering(object - 1)->begin == object - 1 && !named_before_object) {
      --object;
    }
    // ("اتهمت الحكومة في بيان بثته وكالة الأنباء الليبية الشركة بـ": the statement and the
    // agency that carried it, with no commas; the one accused begins after the agency's name.)
    Range carried{};
    for (std::uint32_t i = hit.end; i + 3 < accusation_ba && i < hit.end + 6; ++i) {
      if (exact(i, u"في") && is(WordClass::statement_noun, i + 1) && frames::is_publishing_verb(w(i + 2))) {
        if (const lexicon::EntityMatch* m = m_s.entity_covering(i + 3);
            m != nullptr && m->begin == i + 3 && m->end < accusation_ba && recipient_is_medium(Range{m->begin, m->end})) {
          carried = Range{m->begin, m->end};
          object = std::max(object, m->end);
          subject_end = std::min(subject_end, i);
        }
        break;
      }
    }
    Range x{hit.end, std::min(object, subject_end)};
    // Cut a relative clause or apposition after the subject.
    for (std::uint32_t i = x.begin; i < x.end; ++i) {
      if (m_s.is_comma(i)) {
        x.end = i;
        break;
      }
    }
    // ("اتهم النائب عن إحدى دوائر سوهاج، ممدوح عبدالستار، وزارة البترول بـ": the subject's
    // complement, then its name set off by commas, right before the one accused.)
    {
      std::uint32_t c1 = x.end;
      while (c1 < object && c1 - x.end <= 8 && m_s.is_word(c1) && m_s.cue_at(c1) == nullptr) {
        ++c1;
      }
      if (c1 < object && m_s.is_comma(c1)) {
        std::uint32_t c2 = c1 + 1;
        bool plain = true;
        while (c2 < object && c2 - c1 <= 5 && m_s.is_word(c2) && plain) {
          plain = !w(c2).starts_with(u"\u0627\u0644") || c2 > c1 + 1;  // a family name may have the article
          plain = plain && m_s.noun_covering(c2) == nullptr && m_s.cue_at(c2) == nullptr &&
                  (!is_exact(WordClass::preposition, c2) || ali_name(c2));
          ++c2;
        }
        // (The one accused starts right after the name's closing comma, however many words
        // it has: "، كينيدي سيتيما، أنصار الحزب الحاكم بـ".)
        // ("، بشير المقرحي، في تصريحات لقناة "ليبيا الأحرار"، وزارة الصحة بـ": an adjunct set
        // off by commas may stand between the name and the one accused.)
        std::uint32_t accused_from = c2 + 1;
        if (accused_from < object && (exact(accused_from, u"في") || adjunct_start(accused_from))) {
          for (std::uint32_t c3 = accused_from + 1; c3 < object && c3 - accused_from <= 10; ++c3) {
            if (m_s.is_comma(c3) && !m_s.in_quote(c3)) {
              accused_from = c3 + 1;
              break;
            }
          }
        }
        bool words_to_object = accused_from <= object;
        for (std::uint32_t t = accused_from; t < object && words_to_object; ++t) {
          words_to_object = m_s.is_word(t) && m_s.cue_at(t) == nullptr;
        }
        if (plain && c2 >= c1 + 3 && words_to_object && m_s.is_comma(c2)) {
          x.end = c2;
          // (Past an adjunct the one accused starts after its comma.)
          object = accused_from;
        }
      }
    }
    // ("وكانت المنظمة قد اتهمت في تقرير … قوات الأمن بـ": an adjunct after the verb is no
    // subject; the subject stands before the verb.)
    if (!x.empty() && (is_exact(WordClass::preposition, x.begin) || adjunct_start(x.begin))) {
      x = Range{hit.end, hit.end};
    }
    // ("واتهم النائب، في تدوينة على منصة إكس، جهازا أمنيا بتنفيذ …": an aside set off by commas
    // after the subject, opened by "في" or an adjunct; the one accused begins after its comma,
    // however many words it has.)
    // ("اتهم مرشح خاسر، تحدث لموقع X مشترطا عدم ذكر اسمه، قائمة منافسة بـ": or whom the
    // accuser spoke to; that medium relays.)
    Range spoke_to{};
    if (!x.empty() && x.end < object && m_s.is_comma(x.end) && x.end + 1 < object) {
      if (const MediumClause mc = medium_relative(x.end + 1); !mc.medium.empty() && mc.end < object) {
        spoke_to = mc.medium;
      }
    }
    if (!x.empty() && x.end < object && m_s.is_comma(x.end) && x.end + 1 < object &&
        (exact(x.end + 1, u"في") || adjunct_start(x.end + 1) || !spoke_to.empty())) {
      std::uint32_t close = 0;
      for (std::uint32_t c = x.end + 2; c < object; ++c) {
        if (m_s.is_comma(c) && !m_s.in_quote(c)) {
          close = c;
        }
      }
      bool plain = close != 0 && object - close <= 8;
      for (std::uint32_t t = close + 1; plain && t < object; ++t) {
        plain = m_s.is_word(t) && m_s.cue_at(t) == nullptr;
      }
      if (plain && close + 1 < object) {
        object = close + 1;
      }
    }
    // ("غير أن ناشطين محليين اتهموا عناصر … بـ": the subject between the opener and the verb;
    // what follows the verb is the one accused.)
    Range before = x.empty() ? subject_before(hit.begin, false) : Range{};
    if (const Range opened = subject_after_opener(hit); !opened.empty() && opened.end == hit.begin) {
      before = opened;
      x = Range{hit.end, hit.end};
      // (The subject stood before the verb: the words after it, to the ب, are the one accused,
      // "القوات الهندية بشن".)
      while (object > hit.end && m_s.is_word(object - 1) && !is_exact(WordClass::preposition, object - 1) &&
             !adjunct_start(object - 1) && m_s.cue_at(object - 1) == nullptr) {
        --object;
      }
    }
    if (x.empty() && !before.empty()) {
      a.sources = {phrase(hit, before.begin, before.end)};
    } else if (x.empty()) {
      a.sources = {phrase(hit, hit.begin, hit.begin)};
      a.coordinated = true;
      // ("شككت جمعية X، في تغريدة …، في رواية الوزارة، واتهمت السلطات بـ": with no attribution
      // before to share, the sentence's subject.)
      const Range fb = clause_subject(hit.begin, a.gender);
      a.fallback_begin = fb.begin;
      a.fallback_end = fb.end;
    } else {
      a.sources = {phrase(hit, x.begin, x.end)};
    }
    if (!spoke_to.empty() && carried.empty()) {
      SourcePhrase outer = phrase(hit, spoke_to.begin, spoke_to.end);
      outer.recipient = true;
      a.sources.insert(a.sources.begin(), outer);
    }
    // "واتهم أحد السكان، في تصريح للوكالة، السلطات بـ…": the medium told, in an adjunct
    // before the one accused, relays.
    if (!carried.empty()) {
      a.sources.insert(a.sources.begin(), phrase(hit, carried.begin, carried.end));
    }
    for (std::uint32_t i = x.end; carried.empty() && spoke_to.empty() && i + 2 < object; ++i) {
      // ("، في تصريحات نقلتها وكالة X، أنصار منافسيه بـ…": a statement a medium carried.)
      if (const Hit* h = m_s.cue_at(i);
          h != nullptr && h->begin == i && m_s.lex.cues()[h->payload].frame == Frame::postmod_relay) {
        Range r = relay_medium(h->end, {});
        r.end = std::min(r.end, object);
        for (std::uint32_t t = r.begin; t < r.end; ++t) {
          if (m_s.is_comma(t)) {
            r.end = t;  // the medium's phrase ends at its comma: "قناة "السومرية" المحلية، …"
            break;
          }
        }
        if (!r.empty() && recipient_is_medium(r)) {
          a.sources.insert(a.sources.begin(), phrase(*h, r.begin, r.end));
        }
        break;
      }
      if (exact(i, u"في") && is(WordClass::statement_noun, i + 1)) {
        Range r = recipient_phrase(i + 2);
        r.end = std::min(r.end, object);
        if (!r.empty() && recipient_is_medium(r)) {
          SourcePhrase outer = phrase(hit, r.begin, r.end);
          outer.recipient = true;
          a.sources.insert(a.sources.begin(), outer);
        }
        break;
      }
    }
    a.region_begin = before.empty() ? hit.begin : before.begin;
    a.region_end = object;
    a.content_begin = object;
    a.content_end = m_end;
    // ("…بـ"P"، مدعيا أن Q": a cue after a comma, a participle as a rule, says the next thing.)
    for (std::uint32_t i = object + 1; i + 1 < m_end; ++i) {
      if (const Hit* h = m_s.cue_at(i + 1); m_s.is_comma(i) && h != nullptr && h->begin == i + 1 && !m_s.in_quote(i)) {
        a.content_end = i;
        break;
      }
    }
    // ("اتهم X الوزارة بـ"P"، مطالبا بإرسال فريق": a participle after a comma goes on with the
    // accuser, as after any verb; only past the accusation's ب, since the one accused may be a
    // noun that looks like one, "مجموعة".)
    std::uint32_t from_ba = std::max(a.content_begin, accusation_ba);
    frames::cut_concessive(m_s, from_ba, a.content_end);
    if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
      return std::nullopt;
    }
    return a;
  }
};

}  // namespace

std::vector<Attribution> find_attributions_ar(const Sentence& s, const std::vector<QuoteRegion>& quotes) {
  return ArabicFrames(s, quotes).run();
}

}  // namespace claimtrace::extract
