#include "extract/frames.hpp"

#include <algorithm>

namespace claimtrace::extract::frames {

bool people_plural(std::u16string_view w) {
  // ("budget staff", "medical personnel": a body of people named by a singular word.)
  if (w == u"staff" || w == u"personnel") {
    return true;
  }
  return w.size() > 4 && (w.ends_with(u"ers") || w.ends_with(u"ists") || w.ends_with(u"ants") ||
                          w.ends_with(u"ents") || w.ends_with(u"ians") || w.ends_with(u"ees") ||
                          w.ends_with(u"ors") || w.ends_with(u"men") || w.ends_with(u"ives"));
}

bool joined_hyphen_at(const Sentence& s, std::size_t d) {
  return d > 0 && d + 1 < s.size() && s.is_dash(d) && s.is_word(d - 1) && s.is_word(d + 1) &&
         s.tokens[d - 1].end == s.tokens[d].begin && s.tokens[d].end == s.tokens[d + 1].begin;
}

bool double_barrel_at(const Sentence& s, std::size_t d) {
  return joined_hyphen_at(s, d) && s.tokens[d - 1].capitalized && s.tokens[d + 1].capitalized;
}

std::size_t words_in(const Sentence& s, std::size_t b, std::size_t e) {
  std::size_t n = e - b;
  for (std::size_t d = b + 1; d + 1 < e; ++d) {
    if (joined_hyphen_at(s, d)) {
      n -= 2;
    }
  }
  return n;
}

bool argued_noun(std::u16string_view w) {
  static constexpr std::u16string_view k_argued[] = {u"defence", u"defense", u"explanation", u"argument",
                                                     u"contention", u"theory", u"narrative", u"version"};
  return std::find(std::begin(k_argued), std::end(k_argued), w) != std::end(k_argued);
}

bool points_back(std::u16string_view w) {
  static constexpr std::u16string_view k_back[] = {
      u"it", u"this", u"that", u"these", u"those", u"report", u"reports", u"claim", u"claims", u"information",
      u"footage", u"video", u"videos", u"figures", u"figure", u"account", u"accounts", u"allegation",
      u"allegations", u"accusation", u"accusations", u"statement", u"statements", u"story", u"toll", u"details",
      u"images", u"photos", u"contents", u"content", u"email", u"document", u"memo", u"letter", u"forecast",
      u"suggestion", u"suggestions", u"assertion", u"assertions", u"rumours", u"rumors",
      // ("Posts … claimed that P. The agency called the posts "fake"": messages circulated.)
      u"posts", u"post", u"messages", u"tweets",
      // ("Aides called that characterization inaccurate": how another put it.)
      u"characterization", u"characterisation", u"portrayal", u"depiction",
      u"\u0630\u0644\u0643" /* ذلك */,
      u"\u0645\u0627" /* ما ("وهو ما نفاه") */,
      u"\u0627\u0645\u0631" /* أمر ("وهو أمر ينفيه") */,
      u"\u0647\u0630\u0647" /* هذه */,
      u"\u0647\u0630\u0627" /* هذا */,
      u"\u062a\u0644\u0643" /* تلك */,
      u"\u0635\u062d\u0647" /* صحة */,
      u"\u0645\u0646\u0647" /* منه */,
      u"\u0645\u0646\u0647\u0627" /* منها */,
      u"\u0627\u0644\u062a\u0642\u0631\u064a\u0631" /* التقرير */,
      u"\u0627\u0644\u062a\u0642\u0627\u0631\u064a\u0631" /* التقارير */,
      u"\u0627\u0644\u0645\u0639\u0644\u0648\u0645\u0627\u062a" /* المعلومات */,
      u"\u0627\u0644\u0627\u0646\u0628\u0627\u0621" /* الأنباء */,
      u"\u0627\u0644\u062e\u0628\u0631" /* الخبر */,
      u"\u0627\u0644\u0627\u062a\u0647\u0627\u0645\u0627\u062a" /* الاتهامات */,
      u"\u0627\u0644\u0627\u062a\u0647\u0627\u0645" /* الاتهام */,
      u"\u0627\u0644\u0627\u062f\u0639\u0627\u0621\u0627\u062a" /* الادعاءات */,
      u"\u0627\u0644\u0645\u0632\u0627\u0639\u0645" /* المزاعم */,
      u"\u0627\u0644\u0631\u0648\u0627\u064a\u0647" /* الرواية */,
      // (In the construct state: "رواية الوكالة"، "تقرير الصحيفة"، "مزاعم الجماعة".)
      u"\u0631\u0648\u0627\u064a\u0647" /* رواية */, u"\u062a\u0642\u0631\u064a\u0631" /* تقرير */,
      u"\u0645\u0632\u0627\u0639\u0645" /* مزاعم */, u"\u0627\u062f\u0639\u0627\u0621\u0627\u062a" /* ادعاءات */};
  return std::find(std::begin(k_back), std::end(k_back), w) != std::end(k_back);
}

bool trim_content(const Sentence& s, std::uint32_t& b, std::uint32_t& e) {
  // Leading commas, dashes and colons; trailing commas and full stops.
  while (b < e && !s.is_word(b) && !s.is_open_quote(b) && !s.is_punct(b, u'(') && !s.is_punct(b, u'[')) {
    ++b;
  }
  while (e > b && !s.is_word(e - 1) && !s.is_close_quote(e - 1) && !s.is_punct(e - 1, u')') &&
         !s.is_punct(e - 1, u']') && !s.is_punct(e - 1, u'%')) {
    --e;
  }
  // ("The letter says the firm noticed the breach on May 9, which means some staff will learn
  // of it a month later": the writer's inference after the claim, set off by a comma.)
  if (s.lex.lang() == "en") {
    for (std::uint32_t k = b + 2; k + 1 < e; ++k) {
      if (s.is_comma(k) && !s.in_quote(k) &&
          ((s.lower(k + 1) == u"which" && k + 2 < e && (s.lower(k + 2) == u"means" || s.lower(k + 2) == u"meant")) ||
           s.lower(k + 1) == u"meaning")) {
        e = k;
        break;
      }
    }
  }
  // ("wrote that justice had been "done for Ana," days after he said Q", "said P, hours after
  // the president said Q": a clause of time set off at the end that reports another saying is
  // the writer's, when it was said, no part of it.)
  if (s.lex.lang() == "en") {
    static constexpr std::u16string_view k_spans[] = {u"days", u"hours", u"weeks", u"months", u"minutes", u"years",
                                                      u"day", u"hour", u"week", u"month", u"shortly", u"soon", u"moments"};
    for (std::uint32_t k = b + 2; k + 2 < e; ++k) {
      std::uint32_t cut = 0;
      if (s.is_comma(k) && !s.in_quote(k)) {
        cut = k;
      } else if (s.is_close_quote(k) && s.is_comma(k - 1)) {
        cut = k + 1;
      } else {
        continue;
      }
      std::uint32_t t = k + 1;
      // ("a day after", "just days after", "two weeks before".)
      for (int skip = 0; skip < 2 && t < e && s.is_word(t) &&
                         (s.lower(t) == u"a" || s.lower(t) == u"just" || s.lower(t) == u"only" ||
                          s.lower(t) == u"barely" || s.lower(t) == u"two" || s.lower(t) == u"three" ||
                          s.lower(t) == u"several" || s.lower(t) == u"few" || s.tokens[t].kind == text::TokenKind::number);
           ++skip) {
        ++t;
      }
      if (t + 1 >= e || std::find(std::begin(k_spans), std::end(k_spans), s.lower(t)) == std::end(k_spans) ||
          (s.lower(t + 1) != u"after" && s.lower(t + 1) != u"before")) {
        continue;
      }
      // (Only a clause of time that reports another saying: "a day after a section of cabin wall
      // blew out" stays the claim's.)
      // (A verb of saying, not any cue: "a day after he defended the decision" stays.)
      static constexpr std::u16string_view k_saying[] = {u"said", u"says", u"told", u"wrote", u"announced",
                                                         u"reported", u"revealed", u"claimed", u"stated", u"insisted"};
      bool reports = false;
      for (const Hit& h : s.cues) {
        reports = reports || (h.begin > t + 1 && h.begin < e && !s.in_quote(h.begin) &&
                              std::find(std::begin(k_saying), std::end(k_saying), s.lower(h.begin)) != std::end(k_saying));
      }
      if (reports) {
        e = cut;
        break;
      }
    }
  }
  // ("officials said P, speaking on condition of anonymity": how the source spoke, set off at
  // the end, is no part of what was said.)
  if (s.lex.lang() == "en" && e > b + 6) {
    for (std::uint32_t k = b + 2; k + 2 < e; ++k) {
      // ("P, citing a sharp increase in shelling": the reason the source gave, set off at the
      // end, is the writer's gloss, as a source cited there is a hop and no part of P.)
      // (Only a reason: a source cited there, "citing two people involved", a name or a noun
      // the lexicon knows for people, is the citing frame's hop and ends the content itself.)
      if (s.is_comma(k) && !s.in_quote(k) && s.lower(k + 1) == u"citing" && k > b + 3) {
        bool source = false;
        for (std::uint32_t t = k + 2; t < e && t <= k + 5 && !source && !s.is_comma(t); ++t) {
          source = s.noun_covering(t) != nullptr || s.entity_covering(t) != nullptr ||
                   (s.is_word(t) && s.tokens[t].capitalized);
        }
        // (Nor when the content goes on after it: "P, citing staff at hospitals, and that Q".)
        bool goes_on = false;
        for (std::uint32_t t = k + 2; t < e && !goes_on; ++t) {
          goes_on = s.is_comma(t) && !s.in_quote(t);
        }
        if (!source && !goes_on) {
          e = k;
          break;
        }
      }
      // ("said supply was guaranteed, pointing to full storage sites": the evidence the
      // source pointed to, set off at the end, is the writer's account of how it argued.)
      if (s.is_comma(k) && !s.in_quote(k) && s.lower(k + 1) == u"pointing" && s.lower(k + 2) == u"to" && k > b + 1) {
        e = k;
        break;
      }
      if (!s.is_comma(k) || s.in_quote(k) || e - k > 12) {
        continue;
      }
      const std::uint32_t p = s.lower(k + 1) == u"speaking" || s.lower(k + 1) == u"talking" ? k + 2 : k + 1;
      if (p + 2 < e && s.lower(p) == u"on" && s.lower(p + 1) == u"condition" && s.lower(p + 2) == u"of") {
        e = k;
        break;
      }
      if (p == k + 2 && s.lower(p) == u"anonymously" && p + 1 == e) {
        e = k;
        break;
      }
      // ("blamed the unrest on "foreign elements", without providing evidence": the writer's
      // note on how it was said.)
      if (s.lower(k + 1) == u"without" && e - k <= 7) {
        const std::u16string_view v = s.lower(k + 2);
        if (v == u"providing" || v == u"giving" || v == u"offering" || v == u"citing" || v == u"presenting" ||
            v == u"elaborating" || v == u"producing" || v == u"showing") {
          e = k;
          break;
        }
      }
    }
  }
  // "أعلن X مقتل 9، في حين تحدثت مصادر …": a contrast's opening words, left behind when the
  // next statement took the rest, belong to no claim.
  if (s.lex.lang() == "ar" && e > b + 2) {
    const std::u16string_view last = s.lower(e - 1);
    const bool fi_hin = last == u"\u062d\u064a\u0646" && s.lower(e - 2) == u"\u0641\u064a";  // في حين
    const bool while_word = last == u"\u0628\u064a\u0646\u0645\u0627" || last == u"\u0641\u064a\u0645\u0627" ||
                            last == u"\u0648\u0628\u064a\u0646\u0645\u0627" ||  // بينما، فيما
                            last == u"\u0644\u0643\u0646" || last == u"\u0648\u0644\u0643\u0646";  // لكن، ولكن
    // ("…، غير أن الوزارة نفت ذلك": "but" before the next statement.)
    const std::u16string_view before_last = s.lower(e - 2);
    const bool but_that = (last == u"\u0627\u0646") && (before_last == u"\u063a\u064a\u0631" /* غير */ ||
                                                        before_last == u"\u0627\u0644\u0627" /* إلا */ ||
                                                        before_last == u"\u0628\u064a\u062f" /* بيد */);
    // ("…، وذلك ردا على تقرير لمنظمة X تحدث عن …": the writer's "in response to", its
    // object taken by the next statement.)
    const bool in_response = last == u"\u0639\u0644\u064a" /* على */ && before_last == u"\u0631\u062f\u0627" /* ردا */;
    // ("«P»، من جهتها، أعلنت …"، "…، بدوره قال …"، "…، في المقابل نفى …": the next speaker's
    // "for her part", its statement taken by the next attribution.)
    // (Set off by a comma: "سيقوم بدوره" and "مقابل مالي في المقابل" end a clause of their own.)
    const bool set_off_2 = e > b + 3 && s.is_comma(e - 3);
    const bool set_off_1 = s.is_comma(e - 2);
    const bool her_part = set_off_2 && (before_last == u"\u0645\u0646" /* من */ || before_last == u"\u0648\u0645\u0646") &&
                          (last.starts_with(u"\u062c\u0647\u062a") /* جهت… */ ||
                           last.starts_with(u"\u0646\u0627\u062d\u064a\u062a") /* ناحيت… */);
    const bool in_turn = set_off_1 && (last.starts_with(u"\u0628\u062f\u0648\u0631") /* بدور… */ ||
                                       last.starts_with(u"\u0648\u0628\u062f\u0648\u0631"));
    const bool on_other_side = set_off_2 && last == u"\u0627\u0644\u0645\u0642\u0627\u0628\u0644" /* المقابل */ &&
                               (before_last == u"\u0641\u064a" || before_last == u"\u0648\u0641\u064a");
    // ("أن P، وأن التقرير خلص إلى …": a second complement's "وأن", its clause taken by the
    // statement nested in it.)
    const bool and_that = set_off_1 && last == u"\u0648\u0627\u0646" /* وأن */;
    // ("…، كما كشف أنه …": the next statement's "also", its verb taken by it.)
    const bool also = set_off_1 && (last == u"\u0643\u0645\u0627" /* كما */ || last == u"\u0648\u0643\u0645\u0627");
    if (fi_hin || while_word || but_that || in_response || her_part || in_turn || on_other_side || and_that || also) {
      e -= (fi_hin || but_that || in_response || her_part || on_other_side) ? 2 : 1;
      if (in_response && e > b + 1 && s.lower(e - 1) == u"\u0648\u0630\u0644\u0643" /* وذلك */) {
        --e;
      }
      while (e > b && !s.is_word(e - 1) && !s.is_close_quote(e - 1)) {
        --e;
      }
    }
  }
  // ("blamed the army for the shelling, while the army said P": the contrast's word, its
  // clause taken by the next statement, is no part of the claim.)
  if (s.lex.lang() == "en" && e > b + 2 && s.is_comma(e - 2)) {
    const std::u16string_view last = s.lower(e - 1);
    if (last == u"while" || last == u"whereas" || last == u"but" || last == u"and") {
      e -= 2;
    }
  }
  // ("نفت الوزارة وجود وساطة، وذلك بعد أيام من نشر تقرير …": "وذلك" with a time or a setting
  // after a comma is the writer's, not the speaker's.)
  if (s.lex.lang() == "ar" && e > b + 3) {
    static constexpr std::u16string_view k_setting[] = {
        u"\u0641\u064a" /* في */, u"\u0628\u0639\u062f" /* بعد */, u"\u0642\u0628\u0644" /* قبل */,
        u"\u062e\u0644\u0627\u0644" /* خلال */, u"\u0648\u0633\u0637" /* وسط */, u"\u0627\u062b\u0631" /* إثر */,
        u"\u0639\u0642\u0628" /* عقب */, u"\u0645\u0639" /* مع */, u"\u0628\u062d\u0633\u0628" /* بحسب */,
        u"\u0648\u0641\u0642" /* وفق */};
    for (std::uint32_t k = b + 2; k + 2 < e; ++k) {
      if (s.is_comma(k) && !s.in_quote(k) && s.lower(k + 1) == u"\u0648\u0630\u0644\u0643" /* وذلك */ &&
          std::find(std::begin(k_setting), std::end(k_setting), s.lower(k + 2)) != std::end(k_setting)) {
        e = k;
        break;
      }
    }
  }
  // "denied that P, and the website's account could not be independently confirmed": a clause
  // joined by ", and" that says what could not be checked is the writer's, not the speaker's.
  if (s.lex.lang() == "en" && e > b + 6) {
    for (std::uint32_t k = b + 2; k + 4 < e; ++k) {
      if (!s.is_comma(k) || s.lower(k + 1) != u"and" || s.in_quote(k)) {
        continue;
      }
      for (std::uint32_t t = k + 2; t + 2 < e && t < k + 12; ++t) {
        const std::u16string_view v = s.lower(t + 2);
        if ((s.lower(t) == u"not" || s.lower(t) == u"n't") && s.lower(t + 1) == u"be" &&
            (v == u"confirmed" || v == u"verified" || v == u"independently")) {
          e = k;
          break;
        }
      }
      if (e == k) {
        break;
      }
    }
  }
  // "…, a claim that could not be confirmed", "…, a figure which the ministry disputes": the
  // writer's comment on what was said, set off after it, ends it (its markers still reach it).
  if (s.lex.lang() == "en" && e > b + 4) {
    // (The comment closes the content: only its last words are looked at.)
    for (std::uint32_t k = std::max(b + 1, e > 16 ? e - 16 : 0); k + 3 < e; ++k) {
      if (writers_comment_at(s, k)) {
        e = k;
        break;
      }
    }
  }
  // "…، وهو أمر لم يتسن التأكد منه": the writer's comment on what was said ends it (its
  // markers still reach the claim, as a sentence's do). ("…، وهو ما قد يعني" stays: the
  // annotators read it as the speaker's.)
  if (s.lex.lang() == "ar" && b > 0 && e > b + 3) {
    for (std::uint32_t k = b + 2; k + 2 < e; ++k) {
      const std::u16string_view w = s.lower(k + 1);
      const std::u16string_view next = s.lower(k + 2);
      // ("…، وهو ما لم تؤكده السلطات", "وهو ما لا يمكن التحقق منه": likewise.)
      const bool not_what = next == u"\u0645\u0627" /* ما */ && k + 3 < e &&
                            (s.lower(k + 3) == u"\u0644\u0645" /* لم */ || s.lower(k + 3) == u"\u0644\u0627" /* لا */);
      // ("تحدثت صفحات عن P، قبل أن ينفي مصدر أمني ذلك": what came after, a saying or a denial,
      // is the writer's account.)
      if (s.is_comma(k) && !s.in_quote(k) && w == u"\u0642\u0628\u0644" /* قبل */ && next == u"\u0627\u0646" /* أن */ &&
          k + 3 < e && s.cue_at(k + 3) != nullptr) {
        e = k;
        break;
      }
      // ("…، ولم يكن ممكنا التثبت من رواية التنظيم"، "…، ولم يتسن التحقق": the writer's caveat.)
      if (s.is_comma(k) && !s.in_quote(k) && w == u"\u0648\u0644\u0645" /* ولم */ &&
          (next == u"\u064a\u0643\u0646" /* يكن */ || next.starts_with(u"\u064a\u062a\u0633\u0646") /* يتسن */ ||
           next == u"\u064a\u062a\u0636\u062d" /* يتضح */ || next == u"\u062a\u062a\u0645\u0643\u0646" /* تتمكن */ ||
           next == u"\u064a\u062a\u0645\u0643\u0646" /* يتمكن */)) {
        e = k;
        break;
      }
      if (s.is_comma(k) && !s.in_quote(k) && (w == u"\u0648\u0647\u0648" /* وهو */ || w == u"\u0648\u0647\u064a" /* وهي */) &&
          (next == u"\u0627\u0645\u0631" /* أمر */ || next == u"\u0627\u0644\u0627\u0645\u0631" /* الأمر */ || not_what)) {
        e = k;
        break;
      }
      // ("…، وهو ما ترفضه التنسيقيات"، "…، وهو ما تعذر على X التحقق منه": "ما" taken up again by
      // a pronoun in the clause is what someone else does with the words, the writer's account;
      // "…"Q"، وهو ما قد يؤخر …": and after a closing quotation mark the clause is no longer the
      // speaker's. Words quoted inside it keep it theirs: "…، وهو ما «أسهم في …»".)
      if (s.is_comma(k) && !s.in_quote(k) && (w == u"\u0648\u0647\u0648" || w == u"\u0648\u0647\u064a") &&
          next == u"\u0645\u0627" /* ما */ && k + 3 < e) {
        static constexpr std::u16string_view k_resumptive[] = {u"\u0639\u0644\u064a\u0647" /* عليه */, u"\u0645\u0646\u0647" /* منه */,
                                                               u"\u0628\u0647" /* به */, u"\u0639\u0646\u0647" /* عنه */,
                                                               u"\u0627\u0644\u064a\u0647" /* إليه */, u"\u0644\u0647" /* له */};
        bool quoted_inside = false;
        bool resumptive = false;
        for (std::uint32_t t = k + 3; t < e && t < k + 13 && !s.is_comma(t) && !s.is_end_punct(t); ++t) {
          quoted_inside = quoted_inside || s.is_quote_mark(t);
          if (!s.is_word(t)) {
            continue;
          }
          const std::u16string_view v = s.lower(t);
          // (The pronoun "ه" as written: folded, the feminine ending "ة" looks the same. A few
          // nouns end in "ه" of their own: "مياه"، "اتجاه"، "انتباه".)
          static constexpr std::u16string_view k_own_heh[] = {
              u"\u0645\u064a\u0627\u0647" /* مياه */, u"\u0627\u062a\u062c\u0627\u0647" /* اتجاه */,
              u"\u062a\u062c\u0627\u0647" /* تجاه */, u"\u0627\u0646\u062a\u0628\u0627\u0647" /* انتباه */,
              u"\u0627\u0634\u062a\u0628\u0627\u0647" /* اشتباه */, u"\u0631\u0641\u0627\u0647" /* رفاه */};
          const bool pronoun_suffix = v.size() >= 4 && !v.starts_with(u"\u0627\u0644") && s.utf8(t, t + 1).ends_with("\u0647") &&
                                      std::find(std::begin(k_own_heh), std::end(k_own_heh), v) == std::end(k_own_heh);
          resumptive = resumptive || pronoun_suffix ||
                       std::find(std::begin(k_resumptive), std::end(k_resumptive), v) != std::end(k_resumptive);
        }
        if (!quoted_inside && (resumptive || s.is_close_quote(k - 1))) {
          e = k;
          break;
        }
      }
      // ("… يحاول المغادرة وهو أمر ينفيه المقاتلون": with no comma too, when a verb with the
      // pronoun of what was said follows: "which the fighters deny".)
      const std::u16string_view verb = k + 3 < e ? s.lower(k + 3) : std::u16string_view{};
      if (!s.in_quote(k + 1) && (w == u"\u0648\u0647\u0648" || w == u"\u0648\u0647\u064a") &&
          (next == u"\u0627\u0645\u0631" || next == u"\u0645\u0627" /* ما */) && verb.size() >= 4 &&
          verb.back() == u'\u0647' && (s.cue_at(k + 3) != nullptr || s.cue_at(k + 2) != nullptr)) {
        e = k + 1;
        break;
      }
    }
  }
  // "وقال سميث: إن P", "في بيان: إن P": the complementizer after a colon opens the content
  // as it does after the verb.
  if (s.lex.lang() == "ar" && b + 1 < e && s.is_exact(lexicon::WordClass::complementizer, b) && s.is_word(b + 1)) {
    ++b;
  }
  // "the group said its forces had not fired … and urged the army to …": a second
  // predicate of the speaker's (a verb of urging, vowing, condemning) ends what was said.
  // ("and blamed X for P" is a frame of its own, which ends it too.)
  // (Only for content after its verb; a sentence's own predicates, "Iraq rejected X and
  // demanded Y", stay whole.)
  if (s.lex.lang() == "en" && b > 0 && e > b + 3) {
    static constexpr std::u16string_view k_speaker_verbs[] = {
        u"urged", u"condemned", u"criticised", u"criticized", u"vowed", u"pledged", u"demanded",
        u"appealed", u"thanked", u"rejected", u"dismissed", u"advised", u"encouraged", u"promised"};
    // (", blaming poor sales", ", urging calm": the same predicates as participles, after a comma.)
    static constexpr std::u16string_view k_speaker_participles[] = {
        u"blaming", u"urging", u"condemning", u"criticising", u"criticizing", u"vowing", u"pledging",
        u"demanding", u"appealing", u"thanking", u"rejecting", u"dismissing", u"promising", u"apologising",
        u"apologizing",
        // (", calling the report untrue", ", accusing X of Y": naming or blaming, the speaker's.)
        u"calling", u"describing", u"branding", u"accusing"};
    for (std::uint32_t k = b + 3; k + 1 < e; ++k) {
      if (s.is_comma(k) && !s.in_quote(k) &&
          std::find(std::begin(k_speaker_participles), std::end(k_speaker_participles), s.lower(k + 1)) !=
              std::end(k_speaker_participles)) {
        e = k;
        break;
      }
    }
    for (std::uint32_t k = b + 3; k + 1 < e; ++k) {
      const std::u16string_view v = s.lower(k + 1);
      // ("said P and called it "a political strike"", "and described the vote as …": naming what
      // was said or done is the speaker's second predicate too.)
      const std::u16string_view object = k + 2 < e ? s.lower(k + 2) : std::u16string_view{};
      const bool called = (v == u"called" && (object == u"for" || object == u"on" || object == u"it" ||
                                              object == u"them" || object == u"this" || object == u"the")) ||
                          ((v == u"described" || v == u"branded" || v == u"labelled" || v == u"labeled") &&
                           (object == u"it" || object == u"them" || object == u"this" || object == u"the"));
      // ("…, and put attendance at 80%": a count the speaker gives is a second predicate.)
      bool put_at = false;
      for (std::uint32_t t = k + 2; v == u"put" && t + 1 < e && t <= k + 10 && !put_at; ++t) {
        put_at = s.lower(t) == u"at" && s.tokens[t + 1].kind == text::TokenKind::number;
      }
      // ("…, but advised anyone with symptoms to …": "but" joins a second predicate too.)
      if ((s.lower(k) == u"and" || (s.lower(k) == u"but" && k > 0 && s.is_comma(k - 1))) && !s.in_quote(k) &&
          (called || put_at || std::find(std::begin(k_speaker_verbs), std::end(k_speaker_verbs), v) != std::end(k_speaker_verbs))) {
        e = k;
        while (e > b && s.is_comma(e - 1)) {
          --e;
        }
        break;
      }
    }
  }
  bool any_word = false;
  for (std::uint32_t i = b; i < e && !any_word; ++i) {
    any_word = s.is_word(i);
  }
  // "told her to leave", "urged them to continue", "spoke to discuss the polls": an
  // infinitive after the cue is an instruction or a purpose, not a reported proposition.
  if (any_word && s.lex.lang() == "en" && !s.is_open_quote(b)) {
    std::uint32_t to = b;
    const std::u16string_view first = s.lower(b);
    if (first == u"her" || first == u"him" || first == u"them" || first == u"us" || first == u"me") {
      to = b + 1;  // "told her to leave": the object, then the infinitive
    }
    // ("claims to have collected 6,000 signatures": what one claims to have done or to be is
    // a proposition.)
    const bool claimed = to == b && b > 0 && to + 1 < e &&
                         (s.lower(b - 1) == u"claims" || s.lower(b - 1) == u"claimed" || s.lower(b - 1) == u"claim") &&
                         (s.lower(to + 1) == u"have" || s.lower(to + 1) == u"be");
    if (to + 1 < e && s.lower(to) == u"to" && s.is_word(to + 1) && !claimed) {
      return false;
    }
    // ("a "chimney emergency" that an inspector later told her had never existed": after an
    // object pronoun a verb with no subject is a relative clause's, whose subject went before.)
    if (to == b + 1 && to + 1 < e) {
      const std::u16string_view v = s.lower(to);
      if (v == u"had" || v == u"has" || v == u"have" || v == u"was" || v == u"were" || v == u"is" || v == u"are" ||
          v == u"would" || v == u"will" || v == u"could") {
        return false;
      }
    }
    // ("Prosecutors have said the same thing.": what it points back to is elsewhere.)
    if (e == b + 3 && s.lower(b) == u"the" && s.lower(b + 1) == u"same" && s.lower(b + 2) == u"thing") {
      return false;
    }
  }
  return any_word;
}

std::int32_t quote_starting_at(const Sentence& s, std::uint32_t b) {
  if (b >= s.size() || !s.is_open_quote(b)) {
    return -1;
  }
  if (b + 1 < s.size()) {
    return s.quote[b + 1];
  }
  return -1;
}

bool spoken_to(const Sentence& s, std::uint32_t cue_end) {
  if (cue_end == 0) {
    return false;
  }
  const std::u16string_view last = s.lower(cue_end - 1);
  return last == u"with" || last == u"to" || last == u"\u0645\u0639" /* مع */ || last == u"\u0644" /* ل */ ||
         last == u"\u0644\u0640" /* لـ */;
}

namespace {

// Whether the word at `head` is a noun for figures or data ("figures", "statistics", not
// "study") and the relay at `verb` is a verb of publishing ("released by", "published by").
bool data_published(const Sentence& s, std::uint32_t head, std::uint32_t verb) {
  const Hit* noun = s.noun_covering(head);
  if (noun == nullptr || s.lex.source_nouns()[noun->payload].id != "en.data") {
    return false;
  }
  const std::u16string_view h = s.lower(head);
  if (h == u"study" || h == u"studies" || h == u"research") {
    return false;
  }
  const std::u16string_view v = s.lower(verb);
  return v == u"released" || v == u"published" || v == u"issued" || v == u"distributed";
}

}  // namespace

std::vector<SourcePhrase> split_relays(const Sentence& s, std::uint32_t b, std::uint32_t e,
                                       const SourcePhrase& base) {
  std::vector<SourcePhrase> out;
  // ("according to a Dubai Police statement that the state news agency WAM published": the
  // medium that published the statement, in a relative clause closing the phrase, relays it.)
  if (s.lex.lang() == "en" && e >= b + 5) {
    const std::u16string_view v = s.lower(e - 1);
    const bool published = v == u"published" || v == u"carried" || v == u"released" || v == u"issued" ||
                           v == u"broadcast" || v == u"aired" || v == u"distributed" || v == u"ran";
    for (std::uint32_t t = b + 2; published && t + 2 < e; ++t) {
      if ((s.lower(t) == u"that" || s.lower(t) == u"which") && s.is(lexicon::WordClass::statement_noun, t - 1)) {
        bool medium = false;
        for (std::uint32_t k = t + 1; k < e - 1 && !medium; ++k) {
          const lexicon::EntityMatch* m = s.entity_covering(k);
          const SourceKind kind = m != nullptr ? s.gazetteer.entities()[m->entity].kind : SourceKind::unknown;
          medium = kind == SourceKind::agency || kind == SourceKind::outlet;
        }
        if (!medium) {
          break;
        }
        SourcePhrase outer = base;
        outer.begin = t + 1;
        outer.end = e - 1;
        outer.cue_begin = e - 1;
        outer.cue_end = e;
        outer.cue = s.utf8(e - 1, e);
        SourcePhrase inner = base;
        inner.begin = b;
        inner.end = t;
        return {outer, inner};
      }
    }
  }
  for (const Hit& h : s.cues) {
    if (h.begin <= b || h.end >= e) {
      continue;
    }
    const lexicon::CueEntry& cue = s.lex.cues()[h.payload];
    if (cue.frame != lexicon::Frame::postmod_relay) {
      continue;
    }
    // head [b, h.begin) is relayed by [h.end, e).
    std::uint32_t head_end = h.begin;
    while (head_end > b && (s.is_comma(head_end - 1) || s.is_dash(head_end - 1))) {
      --head_end;
    }
    std::uint32_t outer_end = e;
    for (std::uint32_t i = h.end; i < e; ++i) {
      if (s.is_comma(i) || s.is_end_punct(i)) {
        outer_end = i;
        break;
      }
      // ("quoted by Xinhua without being named": how it named them is no part of its name.)
      if (i > h.end && s.lex.lang() == "en" && s.lower(i) == u"without") {
        outer_end = i;
        break;
      }
      // ("published by the charity on Monday": the day is no part of the medium's name.)
      if (i > h.end && s.lex.lang() == "en" &&
          (s.is(lexicon::WordClass::time_word, i) ||
           ((s.lower(i) == u"on" || s.lower(i) == u"in" || s.lower(i) == u"last") && i + 1 < e &&
            (s.is(lexicon::WordClass::time_word, i + 1) || s.is(lexicon::WordClass::month, i + 1))))) {
        outer_end = i;
        break;
      }
    }
    if (head_end <= b || outer_end <= h.end) {
      continue;
    }
    SourcePhrase outer = base;
    outer.begin = h.end;
    outer.end = outer_end;
    outer.cue_begin = h.begin;
    outer.cue_end = h.end;
    outer.cue = s.utf8(h.begin, h.end);
    SourcePhrase inner = base;
    inner.begin = b;
    inner.end = head_end;
    out.push_back(outer);
    // ("according to official figures released by the statistics office": figures a body
    // published or released are its word, one hop; a study is only carried by its journal.)
    if (s.lex.lang() == "en" && data_published(s, head_end - 1, h.begin)) {
      return out;
    }
    // ("according to a statement carried by Belta": a statement with no author named, and none
    // before ("the statement quoted by IRNA" is the one named earlier), is what the medium
    // carried, no source of its own; the speaker, if any, is the clause's.)
    bool statement_only = s.lex.lang() == "en" && head_end - b >= 2 && head_end - b <= 3 &&
                          (s.lower(b) == u"a" || s.lower(b) == u"an") &&
                          s.is(lexicon::WordClass::statement_noun, head_end - 1);
    for (std::uint32_t i = b + 1; i + 1 < head_end && statement_only; ++i) {
      statement_only = s.is_word(i) && !s.tokens[i].capitalized && s.noun_covering(i) == nullptr;
    }
    if (!statement_only) {
      out.push_back(inner);
    }
    return out;
  }
  SourcePhrase only = base;
  only.begin = b;
  only.end = e;
  out.push_back(only);
  return out;
}

std::optional<Attribution> headline_attribution(const Sentence& s) {
  std::uint32_t colon = 0;
  while (colon < s.size() && colon < 6 && !s.is_punct(colon, u':')) {
    ++colon;
  }
  if (colon == 0 || colon >= s.size() || colon >= 6 || colon + 2 >= s.size()) {
    return std::nullopt;
  }
  static constexpr std::u16string_view k_labels[] = {
      u"analysis", u"exclusive", u"update", u"breaking", u"opinion", u"video", u"watch", u"live",
      u"factbox", u"explainer", u"timeline", u"editorial", u"photos", u"interview", u"review", u"correction",
      u"quiz", u"poll", u"football", u"soccer", u"tennis", u"golf", u"cricket", u"rugby", u"athletics",
      u"sport", u"sports", u"business", u"markets", u"politics", u"health", u"science", u"technology", u"tech",
      u"world", u"obituary", u"feature", u"profile", u"عاجل", u"فيديو", u"بالصور", u"بالفيديو", u"تحليل", u"حصري", u"مقابله", u"راي",
      u"انفوغراف", u"تقرير",
      // ("Published: 12 Oct. 2023, 18:36 Updated: …": a page's time stamps)
      u"published", u"updated", u"posted", u"modified", u"dated", u"last",
      // ("المصدر: دبي - العربية.نت", "المصدر: العربية.نت، رويترز": a page's credit line)
      u"\u0627\u0644\u0645\u0635\u062f\u0631" /* المصدر */};
  const std::u16string_view first = s.lower(0);
  if (std::find(std::begin(k_labels), std::end(k_labels), first) != std::end(k_labels) ||
      s.tokens[0].kind == text::TokenKind::number) {
    return std::nullopt;
  }
  // A one-word section label names a sport or activity ("Cycling:", "Sailing:"), no speaker.
  if (colon == 1 && s.lex.lang() == "en" && first.size() > 5 && first.ends_with(u"ing") &&
      s.entity_covering(0) == nullptr) {
    return std::nullopt;
  }
  const bool arabic = s.lex.lang() == "ar";
  // "Kelvinbrae Court: What we know about …", "Brexit: How the vote works": a topic and an
  // explainer's question, no one's words.
  {
    const std::u16string_view after = s.lower(colon + 1);
    // (English only: an Arabic speaker's words may open with a question, "لماذا …؟".)
    if (!arabic && colon + 2 < s.size() && (after == u"what" || after == u"how" || after == u"why" ||
                                            after == u"who" || after == u"where" || after == u"when") &&
        !s.is_quote_mark(colon + 1)) {
      return std::nullopt;
    }
  }
  // ("#الشرطة: انفض بهدوء": a hashtag before the colon labels a crosshead; no one speaks.)
  if (s.hashtag(0)) {
    return std::nullopt;
  }
  bool named = false;
  bool capitalized = true;
  for (std::uint32_t i = 0; i < colon; ++i) {
    if (!s.is_word(i)) {
      return std::nullopt;  // "10. …", "(AP):"
    }
    // ("Paris 2024 Olympics: …", "Euro 2024: …", "مونديال 2022: …": a year names an event, a
    // story's label, no speaker.)
    if (i > 0 && s.tokens[i].kind == text::TokenKind::number) {
      return std::nullopt;
    }
    named = named || s.entity_covering(i) != nullptr || s.noun_covering(i) != nullptr;
    capitalized = capitalized && s.tokens[i].capitalized;
  }
  // A known name or source noun; in English also a short capitalised name ("Sanders:").
  if (!named && (arabic || !capitalized || colon > 3)) {
    return std::nullopt;
  }
  // (An Arabic phrase names its speaker at its head: "أنبوب الغاز نيجيريا-المغرب: المصادقة على
  // …" is a pipeline's news, the countries only its genitives.)
  if (arabic && s.entity_covering(0) == nullptr && s.noun_covering(0) == nullptr && s.nationality_covering(0) == nullptr &&
      !s.is(lexicon::WordClass::title, 0) && !s.is(lexicon::WordClass::honorific, 0) && !s.is_quote_mark(0)) {
    return std::nullopt;
  }
  // A capitalised label no list knows is a topic far more often than a speaker ("Haiti:",
  // "Mexico violence:", "Ruud Verkerk: Hallowfield City sack head coach …", "Scoop:"):
  // English pages' section and story labels. It is read as the speaker only when what follows
  // quotes someone, speaks in the first person, says what must or will be ("Whitmore: Delgado
  // needs to drop the attacks"), or reports through a cue of its own ("Mali: Villagers say …",
  // "Sokoto: Gunmen kill 14 – Police"). A news headline tells what happened.
  if (!named) {
    bool voiced = false;
    for (std::uint32_t i = colon + 1; i < s.size() && !voiced; ++i) {
      const std::u16string_view w = s.lower(i);
      voiced = s.is_quote_mark(i) || w == u"we" || w == u"i" || w == u"our" || w == u"my" || w == u"us" ||
               w == u"must" || w == u"should" || w == u"needs" || w == u"need" || w == u"will" ||
               w == u"won't" || w == u"cannot" || w == u"can't";
    }
    for (const Hit& h : s.cues) {
      voiced = voiced || h.begin > colon;
    }
    if (!voiced) {
      return std::nullopt;
    }
  }
  // A country before the colon is as often the topic ("سوريا: قصف صاروخي يستهدف …") as the
  // speaker: only its own words make it the speaker (a quotation, "we", a first-person verb).
  if (const lexicon::EntityMatch* m = s.entity_covering(0);
      m != nullptr && m->end >= colon && lexicon::Gazetteer::is_country(s.gazetteer.entities()[m->entity])) {
    bool own_words = false;
    for (std::uint32_t i = colon + 1; i < s.size() && !own_words; ++i) {
      own_words = s.is_quote_mark(i);
    }
    const std::u16string_view w = s.lower(colon + 1);
    own_words = own_words || (arabic && w.size() > 3 && (w[0] == u'\u0646' || w.starts_with(u"\u0633\u0646"))) ||
                (!arabic && (w == u"we" || w == u"i" || w == u"our"));
    if (!own_words) {
      return std::nullopt;
    }
  }
  std::uint32_t source_end = colon;
  // "كوريا الشمالية للصين:": the lam-joined name at the end is the one addressed.
  if (arabic && colon > 1 && s.lower(colon - 1).size() > 2 && s.lower(colon - 1)[0] == u'\u0644' &&
      s.entity_covering(colon - 1) != nullptr && s.entity_covering(colon - 1)->begin == colon - 1 &&
      s.entity_covering(0) != nullptr) {
    source_end = colon - 1;
  }
  Attribution a;
  a.frame = lexicon::Frame::speech;
  a.commitment = Commitment::report;
  a.rule = s.lex.lang() + ".headline-colon";
  a.cue_begin = colon;
  a.cue_end = colon + 1;
  SourcePhrase p;
  p.begin = 0;
  p.end = source_end;
  p.cue_begin = colon;
  p.cue_end = colon + 1;
  p.cue = ":";
  a.sources = {p};
  a.region_begin = 0;
  a.region_end = colon + 1;
  a.content_begin = colon + 1;
  a.content_end = static_cast<std::uint32_t>(s.size());
  if (!trim_content(s, a.content_begin, a.content_end)) {
    return std::nullopt;
  }
  return a;
}

std::uint32_t sentence_content_end(const Sentence& s) {
  auto e = static_cast<std::uint32_t>(s.size());
  while (e > 0 && (s.is_end_punct(e - 1) || s.is_comma(e - 1))) {
    --e;
  }
  return e;
}

bool negated(const Sentence& s, std::uint32_t cue) {
  using lexicon::WordClass;
  std::uint32_t i = cue;
  for (int steps = 0; steps < 4 && i > 0; ++steps) {
    const std::uint32_t t = i - 1;
    if (!s.is_word(t)) {
      return false;
    }
    if (s.is(WordClass::negation, t)) {
      return true;
    }
    const std::u16string_view w = s.lower(t);
    // Auxiliaries, adverbs and "to" may stand between: "did not say", "declined to say".
    if (s.is_exact(WordClass::auxiliary, w) || s.is_exact(WordClass::adverb, w) || w == u"to" ||
        w == u"\u0627\u0646" /* أن */) {
      i = t;
      continue;
    }
    return false;
  }
  return false;
}

std::uint32_t last_contrast_clause(const Sentence& s, std::uint32_t b, std::uint32_t e) {
  std::uint32_t start = b;
  for (std::uint32_t i = b + 1; i + 2 < e; ++i) {
    if (!s.is_comma(i) || s.in_quote(i)) {
      continue;
    }
    const std::u16string_view n = s.lower(i + 1);
    // "، وقد P" opens a clause of its own: "وتخوض السعودية حربا …، وقد أدت تلك الحرب إلى P،
    // بحسب الأمم المتحدة" credits P.
    if (n == u"\u0648\u0642\u062f" /* وقد */) {
      start = i + 2;
      continue;
    }
    if (n == u"while" || n == u"whereas" || n == u"\u0628\u064a\u0646\u0645\u0627" /* بينما */ ||
        n == u"\u0648\u0628\u064a\u0646\u0645\u0627" /* وبينما */ ||
        (n == u"\u0641\u064a" /* في */ && s.lower(i + 2) == u"\u062d\u064a\u0646" /* حين */)) {
      start = i + (n == u"\u0641\u064a" ? 3 : 2);
    }
  }
  return start;
}

void cut_concessive(const Sentence& s, std::uint32_t& b, std::uint32_t& e) {
  using lexicon::WordClass;
  // "…، وذلك رغم إعلان …"، "…، ردا على أسئلة إذاعة الجيش"، "…، وسط مخاوف": the writer's contrast or context
  // after the reported clause, set off by a comma. (Not "، وذلك خلال اجتماع …", which the
  // dev gold keeps in the claim.)
  if (s.lex.lang() == "ar") {
    for (std::uint32_t i = b + 1; i + 1 < e; ++i) {
      if (!s.is_comma(i) || s.in_quote(i)) {
        continue;
      }
      const std::u16string_view n = s.lower(i + 1);
      const std::u16string_view after = i + 2 < e ? s.lower(i + 2) : std::u16string_view{};
      const bool context = (n == u"\u0648\u0630\u0644\u0643" /* وذلك */ &&
                            (after == u"\u0631\u063a\u0645" /* رغم */ || after == u"\u0628\u0627\u0644\u0631\u063a\u0645" /* بالرغم */ ||
                             after == u"\u0639\u0644\u064a" /* على (الرغم) */)) ||
                           ((n == u"\u0631\u062f\u0627" /* ردا */ || n == u"\u062a\u0639\u0644\u064a\u0642\u0627" /* تعليقا */) &&
                            i + 2 < e && s.lower(i + 2) == u"\u0639\u0644\u064a" /* على */) ||
                           // ("…، وسط تراجع حاد في مخزون السدود": "amid", the writer's setting.)
                           // ("…، ويبدو أن شكلها هو ما سيميزها": the writer's own guess.)
                           n == u"\u0648\u0633\u0637" /* وسط */ || n == u"\u0648\u064a\u0628\u062f\u0648" /* ويبدو */ ||
                           // ("…، غير أن الهيئة لم تؤكد صحتها"، "…، إلا أن أي اتفاق لم يعلن": "however",
                           // the writer's contrast after the reported clause.)
                           ((n == u"\u063a\u064a\u0631" /* غير */ || n == u"\u0627\u0644\u0627" /* إلا */) &&
                            after == u"\u0627\u0646" /* أن */) ||
                           // ("…، في حين يُخشى أن …"، "…، بينما خرج آلاف": "whereas", the
                           // writer's contrast, as the dev gold cuts it.)
                           (n == u"\u0641\u064a" /* في */ && after == u"\u062d\u064a\u0646" /* حين */) ||
                           // ("…، في خطوة تهدد بتعميق الانقسام"، "…، في وقت تتصاعد فيه …"، "…، في
                           // أحدث تصعيد"، "…، في أول تعليق"، "…، في ما …": "in a step", "at a time
                           // when", "in the latest", "in the first": the writer's setting of what
                           // was said; the team's annotators end the claim before it (61 of 62).)
                           // ("، في خطوة رأوا أنها تهدف …": not when the same speakers go on
                           // to judge the step; that is still theirs.)
                           (n == u"\u0641\u064a" /* في */ && !(i + 3 < e && s.cue_at(i + 3) != nullptr) &&
                            (after == u"\u062e\u0637\u0648\u0647" /* خطوة */ ||
                             after == u"\u0648\u0642\u062a" /* وقت */ ||
                             after == u"\u0627\u062d\u062f\u062b" /* أحدث */ ||
                             after == u"\u0627\u0648\u0644" /* أول */ || after == u"\u0645\u0627" /* ما */)) ||
                           n == u"\u0628\u064a\u0646\u0645\u0627" /* بينما */ ||
                           n == u"\u0648\u0628\u064a\u0646\u0645\u0627" /* وبينما */;
      if (context && i > b + 1) {
        e = i;
        return;
      }
    }
  }
  // "…"كلام غير مسؤول"، في إشارة إلى تصريحات …": the writer's gloss on what was said.
  if (s.lex.lang() == "ar") {
    for (std::uint32_t i = b + 1; i + 2 < e; ++i) {
      if (s.lower(i) == u"\u0641\u064a" /* في */ && s.lower(i + 1).starts_with(u"\u0627\u0634\u0627\u0631\u0647") &&
          s.lower(i + 2) == u"\u0627\u0644\u064a" /* إلى */ && !s.in_quote(i)) {
        std::uint32_t cut = i;
        while (cut > b && s.is_comma(cut - 1)) {
          --cut;
        }
        e = cut;
        return;
      }
    }
  }
  if (s.lex.lang() == "ar") {
    for (std::uint32_t i = b + 1; i + 1 < e; ++i) {
      if (s.in_quote(i)) {
        continue;
      }
      const std::u16string_view w = s.lower(i);
      // "…، منددة بما وصفته بالاستفزاز", "…، معلقا على ذلك بأن": a participle (حال) after a
      // comma goes on with the speaker, not the content.
      // (Form I participles too: "، داعيا إلى …"، "، رافضة …".)
      // (Not the verbal noun of comparing, "، مقارنة بـ39.9 بالمئة": the figure set beside the
      // claim's is part of it.)
      const bool participle = s.is_comma(i - 1) && w.size() >= 5 && w != u"\u0645\u0642\u0627\u0631\u0646\u0647" /* مقارنة */ &&
                              ((w[0] == u'\u0645' &&
                                (w.back() == u'\u0627' || w.back() == u'\u0647' || w.ends_with(u"\u064a\u0646"))) ||
                               // (Form I, masculine accusative only: "عاصمة", "فإنها" share the
                               // feminine's letters.)
                               // (Not a noun of the same pattern with its indefinite adjective,
                               // "، قاربا مطاطيا على متنه …".)
                               (w.size() == 5 && w[1] == u'\u0627' && w.back() == u'\u0627' && w[0] != u'\u0641' &&
                                w[0] != u'\u0648' && w[0] != u'\u0628' && w[0] != u'\u0644' && w[0] != u'\u0643' &&
                                s.cue_at(i) == nullptr && s.noun_covering(i) == nullptr && s.entity_covering(i) == nullptr &&
                                !(i + 1 < e && s.lower(i + 1).size() >= 5 && s.lower(i + 1).ends_with(u"\u064a\u0627") &&
                                  !s.lower(i + 1).starts_with(u"\u0627\u0644"))) ||
                               // (Their feminine and plural, listed: "، داعية الباحثين إلى …".)
                               w == u"\u062f\u0627\u0639\u064a\u0647" /* داعية */ || w == u"\u062f\u0627\u0639\u064a\u0646" /* داعين */ ||
                               w == u"\u0631\u0627\u0641\u0636\u0647" /* رافضة */ || w == u"\u0631\u0627\u0641\u0636\u064a\u0646" /* رافضين */ ||
                               // ("، ناصحة السفن العابرة بتوخي الحذر"، "، آملة أن …": advising, hoping.)
                               w == u"\u0646\u0627\u0635\u062d\u0647" /* ناصحة */ || w == u"\u0646\u0627\u0635\u062d\u064a\u0646" /* ناصحين */ ||
                               w == u"\u0627\u0645\u0644\u0647" /* آملة */ || w == u"\u0627\u0645\u0644\u064a\u0646" /* آملين */);
      // "…، لكنه شدد على …": the same speaker's next statement.
      bool but_he_said = false;
      if (s.is_comma(i - 1) && (w == u"\u0644\u0643\u0646\u0647" || w == u"\u0644\u0643\u0646\u0647\u0627" ||
                                w == u"\u0648\u0644\u0643\u0646\u0647" || w == u"\u0648\u0644\u0643\u0646\u0647\u0627" ||
                                w == u"\u0644\u0643\u0646\u0647\u0645")) {
        for (std::uint32_t k = i + 1; k < e && k <= i + 2 && !but_he_said; ++k) {
          but_he_said = s.cue_at(k) != nullptr;
        }
        // ("…، لكنه رفض الإفصاح عما إذا …"، "…، لكنها لم تحدد موعدا": "but he would not say",
        // the speaker withholding, never the content's subject.)
        if (i + 1 < e) {
          const std::u16string_view v = s.lower(i + 1);
          const std::u16string_view o = i + 2 < e ? s.lower(i + 2) : std::u16string_view{};
          const bool refused = v == u"\u0631\u0641\u0636" /* رفض */ || v == u"\u0631\u0641\u0636\u062a" ||
                               v == u"\u0627\u0645\u062a\u0646\u0639" /* امتنع */ ||
                               v == u"\u0627\u0645\u062a\u0646\u0639\u062a" ||
                               v == u"\u0627\u062d\u062c\u0645" /* أحجم */ || v == u"\u0627\u062d\u062c\u0645\u062a";
          const bool did_not = v == u"\u0644\u0645" /* لم */ &&
                               (o == u"\u064a\u062d\u062f\u062f" /* يحدد */ || o == u"\u062a\u062d\u062f\u062f" ||
                                o == u"\u064a\u0643\u0634\u0641" /* يكشف */ || o == u"\u062a\u0643\u0634\u0641" ||
                                o == u"\u064a\u0648\u0636\u062d" /* يوضح */ || o == u"\u062a\u0648\u0636\u062d" ||
                                o == u"\u064a\u0641\u0635\u062d" /* يفصح */ || o == u"\u062a\u0641\u0635\u062d" ||
                                o == u"\u064a\u0630\u0643\u0631" /* يذكر */ || o == u"\u062a\u0630\u0643\u0631");
          but_he_said = but_he_said || refused || did_not;
        }
      }
      // "…، ما يزيد من تعقيد …"، "…، مما يعني": the writer's comment on the claim.
      // ("، ما يعني أن" often explains the speaker's own figures: it stays.)
      // (After a colon the words are the speaker's own, comment and all.)
      const bool which_comment = s.is_comma(i - 1) && !(b > 0 && s.is_punct(b - 1, u':')) &&
                                 (w == u"\u0645\u0627" || w == u"\u0645\u0645\u0627") && i + 1 < e &&
                                 s.lower(i + 1).starts_with(u"\u064a") && s.lower(i + 1).size() >= 4 &&
                                 s.lower(i + 1) != u"\u064a\u0639\u0646\u064a";
      // "… فيما كان قد قال مصدر آخر إنها …", "بينما ذكرت صحيفة أن …": a clause of another report.
      bool contrast_report = false;
      if (w == u"\u0641\u064a\u0645\u0627" /* فيما */ || w == u"\u0628\u064a\u0646\u0645\u0627" /* بينما */ ||
          w == u"\u0648\u0628\u064a\u0646\u0645\u0627") {
        for (std::uint32_t k = i + 1; k < e && k <= i + 3 && !contrast_report; ++k) {
          const Hit* h = s.cue_at(k);
          contrast_report = h != nullptr && (s.lex.cues()[h->payload].frame == lexicon::Frame::speech ||
                                             s.lex.cues()[h->payload].frame == lexicon::Frame::relay);
        }
      }
      // "… لكن دون تقديم أدلة": the writer's "but without …" on the claim.
      // (Only "without giving/citing": "لكن من دون التوصل إلى اتفاق" is often the source's own.)
      std::uint32_t after_but = i + 1;
      if (after_but < e && s.lower(after_but) == u"\u0645\u0646" /* من */) {
        ++after_but;
      }
      const bool but_without =
          (w == u"\u0644\u0643\u0646" /* لكن */ || w == u"\u0648\u0644\u0643\u0646") && after_but + 1 < e &&
          (s.lower(after_but) == u"\u062f\u0648\u0646" /* دون */ || s.lower(after_but) == u"\u0628\u062f\u0648\u0646") &&
          (s.lower(after_but + 1) == u"\u062a\u0642\u062f\u064a\u0645" /* تقديم */ ||
           s.lower(after_but + 1) == u"\u0630\u0643\u0631" /* ذكر */ ||
           s.lower(after_but + 1) == u"\u0627\u0639\u0637\u0627\u0621" /* إعطاء */ ||
           s.lower(after_but + 1) == u"\u0627\u0644\u0643\u0634\u0641" /* الكشف */);
      // "…، دون أن يكشف عن أسمائهم"، "…، من دون أن تحدد موعدا": the writer noting what the
      // speaker left out, no part of what was said.
      bool without_saying = false;
      if (s.is_comma(i - 1)) {
        std::uint32_t d = i;
        if (s.lower(d) == u"\u0645\u0646" /* من */ && d + 1 < e) {
          ++d;
        }
        if (d + 2 < e && (s.lower(d) == u"\u062f\u0648\u0646" /* دون */ || s.lower(d) == u"\u0628\u062f\u0648\u0646") &&
            s.lower(d + 1) == u"\u0627\u0646" /* أن */) {
          static constexpr std::u16string_view k_withheld[] = {
              u"\u064a\u0643\u0634\u0641" /* يكشف */, u"\u062a\u0643\u0634\u0641", u"\u064a\u062d\u062f\u062f" /* يحدد */,
              u"\u062a\u062d\u062f\u062f", u"\u064a\u0630\u0643\u0631" /* يذكر */, u"\u062a\u0630\u0643\u0631",
              u"\u064a\u0648\u0636\u062d" /* يوضح */, u"\u062a\u0648\u0636\u062d", u"\u064a\u0642\u062f\u0645" /* يقدم */,
              u"\u062a\u0642\u062f\u0645", u"\u064a\u0641\u0635\u062d" /* يفصح */, u"\u062a\u0641\u0635\u062d",
              u"\u064a\u0639\u0637\u064a" /* يعطي */, u"\u062a\u0639\u0637\u064a", u"\u064a\u0633\u0645\u064a" /* يسمي */,
              u"\u062a\u0633\u0645\u064a"};
          without_saying = std::find(std::begin(k_withheld), std::end(k_withheld), s.lower(d + 2)) != std::end(k_withheld);
        }
      }
      // "…، إلا أنه أقر بأن …": "but", a statement of its own.
      const bool except_that = s.is_comma(i - 1) && w == u"\u0627\u0644\u0627" /* إلا */ && i + 1 < e &&
                               s.is(lexicon::WordClass::complementizer, i + 1);
      // "اعتبرت روسيا أن النص يتضمن X، وتعتزم تقديم مشروع": an imperfect verb after "، و"
      // whose person differs from the cue's goes on with the cue's subject, not the content's.
      // (Only against a feminine past cue with a ت-initial verb: "قالت إن الجيش سيطر …،
      // ويستعد" keeps its "ويستعد".)
      bool main_clause_verb = false;
      if (s.is_comma(i - 1) && w.size() >= 5 && w[0] == u'\u0648' && w[1] == u'\u062a' && s.cue_at(i) == nullptr &&
          s.noun_covering(i) == nullptr && s.entity_covering(i) == nullptr) {
        for (const Hit& h : s.cues) {
          const std::u16string_view c = s.lower(h.begin);
          main_clause_verb = main_clause_verb || (h.end <= b && c.size() > 3 && c.back() == u'\u062a');
        }
        // (Not when the content's own subject is feminine too: "أن سامسونج تنوي …، وتعتزم".)
        for (std::uint32_t k = b; k < i && main_clause_verb; ++k) {
          const std::u16string_view t = s.lower(k);
          main_clause_verb = !(s.is_word(k) && t.size() >= 3 && t[0] == u'\u062a' && s.noun_covering(k) == nullptr);
        }
      }
      // "…، وأضاف قائلا …": a speech verb after a comma starts another statement.
      const Hit* cue_here = s.cue_at(i);
      const bool next_statement = s.is_comma(i - 1) && w.size() > 3 && w[0] == u'\u0648' && cue_here != nullptr &&
                                  s.lex.cues()[cue_here->payload].frame == lexicon::Frame::speech;
      if (participle || contrast_report || except_that || but_without || next_statement || main_clause_verb ||
          but_he_said || which_comment || without_saying) {
        std::uint32_t cut = i;
        while (cut > b && s.is_comma(cut - 1)) {
          --cut;
        }
        if (cut > b) {
          e = cut;  // (the general cuts below may still find an earlier one)
          break;
        }
      }
    }
  }
  // "it welcomed the ruling while Harlow Mining, a minority owner, declined to comment": "while" or
  // "whereas" before a new subject starts another statement, comma or not.
  if (s.lex.lang() == "en") {
    // "The rebels said their fighters had seized a depot and vowed to hold it": a
    // reporting verb joined by "and"/"but" with no subject of its own goes on with the
    // speaker, not the content.
    for (std::uint32_t i = b + 2; i + 1 < e; ++i) {
      const std::u16string_view w = s.lower(i);
      if ((w != u"and" && w != u"but") || s.in_quote(i)) {
        continue;
      }
      // ("Ueda's comments all but ruled out a move": "all but" is "almost", no second verb.)
      if (w == u"but" && s.lower(i - 1) == u"all") {
        continue;
      }
      std::uint32_t v = i + 1;
      while (v < e && (s.lower(v) == u"also" || s.lower(v) == u"then" || s.lower(v) == u"later" ||
                       s.lower(v) == u"has" || s.lower(v) == u"had")) {
        ++v;
      }
      // ("… and quoted a port official as saying …": a relay verb likewise.)
      if (const Hit* h = s.cue_at(v); h != nullptr && h->begin == v && !s.tokens[v].capitalized &&
                                      (s.lex.cues()[h->payload].frame == lexicon::Frame::speech ||
                                       s.lex.cues()[h->payload].frame == lexicon::Frame::relay) &&
                                      (s.lower(v).ends_with(u"ed") || s.lower(v) == u"said") &&
                                      // ("had written and posted the tweet": a verb that reports a
                                      // clause only, with a thing for its object, is the content's.)
                                      !(s.lex.cues()[h->payload].clause_only && h->end < e &&
                                        s.is_exact(WordClass::determiner, h->end))) {
        std::uint32_t cut = i;
        while (cut > b && s.is_comma(cut - 1)) {
          --cut;
        }
        e = cut;
        return;
      }
    }
    // ("no approach had been made, but they would not say whether …", "…, but he declined to
    // give details": the speaker keeping something back, the writer's report, no content.)
    for (std::uint32_t i = b + 2; i + 3 < e; ++i) {
      if (!s.is_comma(i - 1) || s.lower(i) != u"but" || s.in_quote(i)) {
        continue;
      }
      const std::u16string_view who = s.lower(i + 1);
      // (", but these could not be confirmed", ", but this could not be verified": the writer's
      // word on the report, which marks it unconfirmed.)
      const bool pointer = who == u"these" || who == u"this" || who == u"that" || who == u"those";
      if (who != u"he" && who != u"she" && who != u"they" && who != u"it" && !pointer) {
        continue;
      }
      const std::u16string_view v = s.lower(i + 2);
      const std::u16string_view n = s.lower(i + 3);
      if (pointer && (v == u"could" || v == u"can" || v == u"have" || v == u"has") && (n == u"not" || n == u"n't") &&
          i + 5 < s.size() && s.lower(i + 4) == u"be" &&
          (s.lower(i + 5) == u"confirmed" || s.lower(i + 5) == u"verified")) {
        e = i - 1;
        return;
      }
      if (pointer) {
        continue;
      }
      // (", but he stopped short of recognising him", ", but it gave no figures", ", but it has
      // not released any findings", ", but he did not answer directly": likewise.)
      if (withholds_at(s, i + 2, e)) {
        e = i - 1;
        return;
      }
    }
    for (std::uint32_t i = b + 2; i + 1 < e; ++i) {
      const std::u16string_view w = s.lower(i);
      if ((w == u"while" || w == u"whereas") && !s.in_quote(i) && s.is_word(i - 1) &&
          (s.tokens[i + 1].capitalized || s.is_exact(WordClass::determiner, i + 1))) {
        // (Without a comma "while" is as often of time: "suspended payments while the case was
        // under way", "would stay in force while the dialogue was under way". Only a clause
        // that reports or withholds a statement of its own is another statement, "whereas"
        // always.)
        bool statement = w == u"whereas";
        for (std::uint32_t k = i + 2; k < e && !statement; ++k) {
          const Hit* h = s.cue_at(k);
          statement = (h != nullptr && h->begin == k && s.lex.cues()[h->payload].frame == lexicon::Frame::speech &&
                       !s.is(WordClass::statement_noun, k)) ||
                      withholds_at(s, k, e);
        }
        if (statement) {
          e = i;
          return;
        }
      }
    }
  }
  for (std::uint32_t i = b + 1; i + 1 < e; ++i) {
    if (!s.is_comma(i) || s.in_quote(i)) {
      continue;
    }
    // ", although", "، على الرغم من", "، رغم أن"
    std::uint32_t n = i + 1;
    if (s.lower(n) == u"\u0639\u0644\u064a" /* على */ && n + 1 < e) {
      ++n;
    }
    const bool contrast = s.lower(n) == u"\u0641\u064a\u0645\u0627" /* فيما */ && n + 1 < e &&
                          s.lower(n + 1) != u"\u064a\u062a\u0639\u0644\u0642" /* يتعلق */ &&
                          s.lower(n + 1) != u"\u064a\u062e\u0635" /* يخص */;
    // "، ولم يتسن التحقق من ذلك" / ", which could not be verified": a comment on the claim.
    bool comment = false;
    for (const Hit& h : s.markers) {
      comment = comment || ((h.begin == i + 1 || h.begin == i + 2) &&
                            s.lex.markers()[h.payload].code == ReasonCode::not_confirmed);
    }
    if (s.is(WordClass::concessive, n) || contrast || comment) {
      e = i;
      return;
    }
  }
}

bool withholds_at(const Sentence& s, std::uint32_t v, std::uint32_t e) {
  if (v + 1 >= e || !s.is_word(v) || s.in_quote(v)) {
    return false;
  }
  std::u16string_view aux = s.lower(v);
  std::uint32_t n = v + 1;
  // ("didn't", "wouldn’t": one token, the auxiliary and its "not".)
  const bool contracted = aux.ends_with(u"n't") || aux.ends_with(u"n\u2019t");
  if (contracted) {
    aux.remove_suffix(3);
  }
  const std::u16string_view next = s.lower(n);
  if (aux == u"declined" || aux == u"refused") {
    return next == u"to";
  }
  if ((aux == u"stopped" && next == u"short") ||
      ((aux == u"gave" || aux == u"offered" || aux == u"provided") && next == u"no")) {
    return true;
  }
  if (!contracted) {
    if (next != u"not" && next != u"n't") {
      return false;
    }
    ++n;
  }
  if (n >= e) {
    return false;
  }
  static constexpr std::u16string_view k_withheld[] = {
      u"say", u"comment", u"confirm", u"disclose", u"elaborate", u"give", u"name", u"specify", u"answer",
      u"discuss", u"attribute", u"release", u"provide", u"explain", u"identify", u"reveal", u"detail"};
  static constexpr std::u16string_view k_withheld_done[] = {
      u"released", u"provided", u"given", u"disclosed", u"named", u"identified", u"explained", u"published",
      u"said", u"specified", u"detailed"};
  const std::u16string_view verb = s.lower(n);
  if (aux == u"would" || aux == u"did" || aux == u"could" || aux == u"wo") {
    return std::find(std::begin(k_withheld), std::end(k_withheld), verb) != std::end(k_withheld);
  }
  if (aux == u"has" || aux == u"have" || aux == u"had") {
    return std::find(std::begin(k_withheld_done), std::end(k_withheld_done), verb) != std::end(k_withheld_done);
  }
  return false;
}

bool writers_comment_at(const Sentence& s, std::uint32_t k) {
  static constexpr std::u16string_view k_said_nouns[] = {u"claim", u"report", u"allegation", u"charge",
                                                         u"assertion", u"figure", u"account", u"version",
                                                         u"estimate", u"accusation", u"statement", u"view",
                                                         u"suggestion"};
  if (k + 3 >= s.size() || !s.is_comma(k) || s.in_quote(k) || !(s.lower(k + 1) == u"a" || s.lower(k + 1) == u"an") ||
      (std::find(std::begin(k_said_nouns), std::end(k_said_nouns), s.lower(k + 2)) == std::end(k_said_nouns) &&
       !argued_noun(s.lower(k + 2)))) {
    return false;
  }
  // A relative clause follows, its pronoun written or left out (", a charge the firm has
  // rejected"); ", a report by X said P" is a source of its own.
  const std::u16string_view next = s.lower(k + 3);
  if (next == u"that" || next == u"which" || next == u"the" || next == u"its" || next == u"his" || next == u"her") {
    return true;
  }
  // (Or a bare noun, then its verb of denial: ", a charge police rejected", ", a claim officials
  // deny"; ", a figure it said was likely an undercount" is said of the figure.)
  if (s.is_word(k + 3) && !s.tokens[k + 3].capitalized && k + 4 < s.size()) {
    if (const Hit* h = s.cue_at(k + 4);
        h != nullptr && h->begin == k + 4 && s.lex.cues()[h->payload].commitment == Commitment::denial) {
      return true;
    }
  }
  // (Or a name, then its verb: ", a charge Colombia rejects", ", a claim Moscow denies".)
  if (s.is_word(k + 3) && s.tokens[k + 3].capitalized) {
    for (std::uint32_t t = k + 4; t < s.size() && t <= k + 6; ++t) {
      if (const Hit* h = s.cue_at(t); h != nullptr && h->begin == t) {
        return true;
      }
      if (!s.is_word(t) || !s.tokens[t].capitalized) {
        return false;
      }
    }
  }
  return false;
}

bool names_known_medium(const Sentence& s, std::uint32_t b, std::uint32_t e) {
  return std::any_of(s.entities.begin(), s.entities.end(), [&](const lexicon::EntityMatch& m) {
    const SourceKind k = s.gazetteer.entities()[m.entity].kind;
    if (m.begin < b || m.end > e || (k != SourceKind::agency && k != SourceKind::outlet)) {
      return false;
    }
    // A name that is also a word or a given name ("told Dawn", "للميادين") names the medium
    // only in quotation marks, in brackets or after a medium's noun ("صحيفة", "channel").
    if (!m.ambiguous) {
      return true;
    }
    if (m.begin > 0 && (s.is_open_quote(m.begin - 1) || s.is_punct(m.begin - 1, u'('))) {
      return true;
    }
    return std::any_of(s.nouns.begin(), s.nouns.end(), [&](const Hit& h) {
      const SourceKind nk = s.lex.source_nouns()[h.payload].kind;
      return h.end == m.begin && (nk == SourceKind::agency || nk == SourceKind::outlet);
    });
  });
}

bool written_ali(const Sentence& s, std::size_t i) {
  return i < s.size() && s.lower(i) == u"\u0639\u0644\u064a" /* علي */ && s.utf8(i, i + 1).ends_with("\u064A");
}

bool social_platform_name(std::u16string_view folded) {
  static constexpr std::u16string_view k_platforms[] = {
      u"فيسبوك", u"فايسبوك", u"فيس", u"تويتر", u"اكس", u"تلغرام", u"تليغرام", u"تيليغرام", u"تلجرام",
      u"واتساب", u"يوتيوب", u"انستغرام", u"تيك"};
  return std::find(std::begin(k_platforms), std::end(k_platforms), folded) != std::end(k_platforms);
}

bool is_publishing_verb(std::u16string_view folded) {
  static constexpr std::u16string_view k_published[] = {
      u"نشر", u"نشرت", u"نشرته", u"نشرتها", u"نشره", u"صدر", u"اصدر", u"اصدرت", u"اصدرته", u"اصدره",
      u"بث", u"بثت", u"بثته", u"بثه", u"وزع", u"وزعت", u"وزعته", u"وزعه", u"اورد", u"اوردت", u"اوردته", u"اورده", u"نقلته", u"نقله", u"نقلت",
      // (The feminine object: "تصريحات نقلتها"، "الأرقام التي نشرها".)
      u"نشرها", u"اصدرتها", u"اصدرها", u"بثتها", u"بثها", u"وزعتها", u"وزعها", u"اوردتها", u"اوردها", u"نقلتها",
      u"نقلها",
      // passed from medium to medium: "بلاغ تناقلته وكالة X"
      u"تناقلته", u"تناقلتها",
      // circulated: "في بلاغ عممته عبر وكالة X"
      u"عممته", u"عممه", u"عممتها", u"عممها",
      // given to one medium alone: "في تصريح خصّ به الوكالة الرسمية"
      u"خص", u"خصت", u"اختص", u"اختصت",
      // made public: "بحسب أرقام أولية أعلنتها الوزارة"
      u"اعلنتها", u"اعلنها", u"اعلنته", u"اعلنه",
      // carried: "في بيانها، الذي حملته الوكالة الرسمية،"، "ضمن بيان حملته وكالة X"
      u"حملته", u"حملتها", u"حمله", u"حملها"};
  return std::find(std::begin(k_published), std::end(k_published), folded) != std::end(k_published);
}

namespace {

// "وفي بيان منفصل نشرته الوكالة الرسمية، اتهمت …": a statement noun, an adjective or two,
// then the verb of the medium that carried it; returns the medium's range up to the comma.
std::optional<std::pair<std::uint32_t, std::uint32_t>> fronted_carrier(const Sentence& s, std::uint32_t lead) {
  if (s.lex.lang() != "ar" || lead + 3 >= s.size() ||
      !(s.lower(lead) == u"\u0641\u064a" || s.lower(lead) == u"\u0648\u0641\u064a") ||
      !s.is(lexicon::WordClass::statement_noun, lead + 1)) {
    return std::nullopt;
  }
  for (std::uint32_t v = lead + 2; v < s.size() && v <= lead + 4 && s.is_word(v); ++v) {
    if (!is_publishing_verb(s.lower(v))) {
      continue;
    }
    // ("وفي تقرير صدر الشهر الماضي،": issued, when, no one; "صدر عن X" names the issuer.)
    std::uint32_t first = v + 1;
    if (s.lower(v) == u"\u0635\u062f\u0631" /* صدر */) {
      if (first >= s.size() || s.lower(first) != u"\u0639\u0646" /* عن */) {
        return std::nullopt;
      }
      ++first;
    }
    if (first < s.size() && (s.is(lexicon::WordClass::time_word, first) || s.is(lexicon::WordClass::month, first) ||
                             s.tokens[first].kind == text::TokenKind::number)) {
      return std::nullopt;
    }
    // ("وفي بيان وزعه على الصحفيين،"، "نشرته على موقعها": handed to reporters or posted on its
    // own page; no medium carried it.)
    if (first < s.size() && s.lower(first) == u"\u0639\u0644\u064a" /* على */) {
      return std::nullopt;
    }
    std::uint32_t comma = first;
    while (comma < s.size() && comma - v <= 8 && !s.is_comma(comma) && !s.is_end_punct(comma)) {
      ++comma;
    }
    if (comma > first && comma < s.size() && s.is_comma(comma)) {
      return std::make_pair(first, comma);
    }
    return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

void apply_fronted_relay(const Sentence& s, std::vector<Attribution>& attrs) {
  // The phrase must open the sentence, after conjunctions and adverbs ("And", "وفي").
  std::uint32_t lead = 0;
  while (lead < s.size() && (!s.is_word(lead) || s.is(lexicon::WordClass::conjunction, lead) ||
                             s.is(lexicon::WordClass::adverb, lead))) {
    ++lead;
  }
  if (const auto carrier = fronted_carrier(s, lead)) {
    const auto [begin, comma] = *carrier;
    for (Attribution& a : attrs) {
      if (a.wrapper || a.cue_begin <= comma || a.sources.empty() || a.sources.front().recipient) {
        continue;
      }
      SourcePhrase medium;
      medium.begin = begin;
      medium.end = comma;
      medium.cue_begin = begin - 1;
      medium.cue_end = begin;
      medium.cue = s.utf8(lead, begin);
      a.sources.insert(a.sources.begin(), medium);
    }
    return;
  }
  for (const Hit& h : s.cues) {
    if (s.lex.cues()[h.payload].frame != lexicon::Frame::postmod_relay) {
      continue;
    }
    // Arabic attaches the conjunction to the preposition ("وفي"): the token is not a
    // conjunction, so the hit starts at the lead token all the same. ("In a separate
    // statement released through KCNA, X accused …": after "in" and a statement noun too.)
    bool statement_lead = false;
    if (s.lex.lang() == "en" && h.begin > lead + 1 && h.begin <= lead + 5 && s.lower(lead) == u"in" &&
        s.is(lexicon::WordClass::statement_noun, h.begin - 1)) {
      statement_lead = true;
      for (std::uint32_t k = lead + 1; k < h.begin && statement_lead; ++k) {
        statement_lead = s.is_word(k) && s.cue_at(k) == nullptr;
      }
    }
    if (h.begin != lead && !statement_lead) {
      continue;
    }
    // ("وفي بيان وزعه على الصحفيين،": handed to reporters, carried by no medium.)
    if (h.end < s.size() && s.lower(h.end) == u"\u0639\u0644\u064a" /* على */) {
      return;
    }
    // The medium runs to the comma that closes the phrase.
    std::uint32_t comma = h.end;
    while (comma < s.size() && comma - h.end <= 10 && !s.is_comma(comma) && !s.is_end_punct(comma)) {
      ++comma;
    }
    if (comma == h.end || comma >= s.size() || !s.is_comma(comma)) {
      return;
    }
    // ("In a statement released through its public relations firm, Tolland Communications,
    // Kelbrook said": the medium's name in apposition belongs to the medium.)
    std::uint32_t named_end = comma;
    if (s.lex.lang() == "en" && !s.tokens[h.end].capitalized) {
      std::uint32_t k = comma + 1;
      while (k < s.size() && k <= comma + 4 && s.is_word(k) && s.tokens[k].capitalized) {
        ++k;
      }
      if (k > comma + 1 && k < s.size() && s.is_comma(k)) {
        named_end = k;
      }
    }
    for (Attribution& a : attrs) {
      if (a.wrapper || a.cue_begin <= comma || a.sources.empty()) {
        continue;
      }
      if (std::any_of(a.sources.begin(), a.sources.end(),
                      [&](const SourcePhrase& p) { return p.cue_begin == h.begin && p.cue_end == h.end; })) {
        continue;  // a frame already read the phrase
      }
      SourcePhrase medium;
      medium.begin = h.end;
      medium.end = named_end < a.cue_begin && a.sources.front().begin > named_end ? named_end : comma;
      // ("released through KCNA later in the day,": the medium, not when. "the Evening
      // Standard", "the Sunday Times": a capitalised time word inside a name stays.)
      for (std::uint32_t k = h.end + 1; k < comma; ++k) {
        const std::u16string_view w = s.lower(k);
        const bool in_name = s.tokens[k].capitalized && (s.tokens[k - 1].capitalized || s.lower(k - 1) == u"the");
        if ((s.is(lexicon::WordClass::time_word, k) && !in_name) || s.is(lexicon::WordClass::adverb, k) || w == u"on" ||
            w == u"at" || w == u"late" || w == u"early") {
          medium.end = k;
          break;
        }
      }
      // ("Speaking to reporters, X said": those spoken to name no medium, nothing relays.)
      if (s.lex.lang() == "en") {
        bool named = false;
        for (std::uint32_t k = medium.begin; k < medium.end && !named; ++k) {
          named = s.tokens[k].capitalized || s.entity_covering(k) != nullptr || s.noun_covering(k) != nullptr;
        }
        // ("Speaking to reporters in Monrovia, X said": the place names no medium either.)
        std::uint32_t head = medium.begin;
        while (head < medium.end && s.is(lexicon::WordClass::determiner, head)) {
          ++head;
        }
        // ("Speaking to the Press Association,": a known medium whose name starts with such a word.)
        // ("Speaking to Radio France Internationale,": or a broadcaster named after its medium.)
        const bool broadcaster_name = head + 1 < medium.end && s.tokens[head].capitalized &&
                                      s.tokens[head + 1].capitalized && s.is_word(head + 1) &&
                                      (s.lower(head) == u"radio" || s.lower(head) == u"television");
        // ("Speaking to thousands of people at the ceremony, X said", "Speaking to supporters in
        // Accra": a crowd or people of a kind, no medium's name among them, relay nothing.)
        bool crowd = false;
        for (std::uint32_t k = head; k < medium.end && !crowd; ++k) {
          const std::u16string_view w = s.lower(k);
          crowd = w == u"people" || w == u"crowd" || w == u"crowds" || people_plural(w);
        }
        if (!named || (head < medium.end && s.is(lexicon::WordClass::recipient_noun, head) &&
                       s.entity_covering(head) == nullptr && !broadcaster_name) ||
            (crowd && !broadcaster_name && !names_known_medium(s, head, medium.end))) {
          continue;
        }
      }
      medium.cue_begin = h.begin;
      medium.cue_end = h.end;
      medium.cue = s.utf8(h.begin, h.end);
      medium.recipient = spoken_to(s, h.end);  // "In an interview with Reuters,"
      a.sources.insert(a.sources.begin(), medium);
    }
    return;
  }
}

void apply_trailing_relay(const Sentence& s, std::vector<Attribution>& attrs) {
  // "أعلنت الهيئة P، وذلك في بيان وزعته «واس»"، "أكد المتحدث أن P، وذلك في تصريح بثته
  // «واس»": the statement's carrier, named after the content, relays what came before.
  if (s.lex.lang() != "ar") {
    return;
  }
  for (std::uint32_t k = 1; k + 4 < s.size(); ++k) {
    if (!s.is_comma(k - 1) || s.lower(k) != u"\u0648\u0630\u0644\u0643" /* وذلك */ ||
        s.lower(k + 1) != u"\u0641\u064a" /* في */ || !s.is(lexicon::WordClass::statement_noun, k + 2)) {
      continue;
    }
    std::uint32_t verb = k + 3;
    while (verb < s.size() && verb < k + 5 && s.is_word(verb) && !is_publishing_verb(s.lower(verb)) &&
           s.lower(verb) != u"\u0646\u0642\u0644\u062a\u0647" /* نقلته */ &&
           s.lower(verb) != u"\u0646\u0642\u0644\u0647" /* نقله */) {
      ++verb;  // an adjective first: "في بيان مقتضب بثته"
    }
    if (verb >= s.size() || !s.is_word(verb)) {
      return;
    }
    // The medium: a known agency or outlet, or a medium's noun, up to the comma or the end.
    std::uint32_t b = verb + 1;
    std::uint32_t e = b;
    bool medium = false;
    while (e < s.size() && !s.is_comma(e) && !s.is_end_punct(e) && e - b <= 8) {
      if (const lexicon::EntityMatch* m = s.entity_covering(e); m != nullptr) {
        const SourceKind kind = s.gazetteer.entities()[m->entity].kind;
        medium = medium || kind == SourceKind::agency || kind == SourceKind::outlet;
      }
      if (const Hit* n = s.noun_covering(e); n != nullptr && is_medium_noun(s.lex.source_nouns()[n->payload])) {
        medium = true;
      }
      if (s.is(lexicon::WordClass::time_word, e) && e > b) {
        break;  // "«واس» مساء أمس": when, not who
      }
      ++e;
    }
    if (!medium || e == b) {
      return;
    }
    for (Attribution& a : attrs) {
      if (a.cue_begin >= k || a.sources.empty() || a.content_end <= a.cue_end) {
        continue;
      }
      // (The content ends before the phrase: "P، وذلك في بيان …" is not what was said.)
      if (a.content_end > k - 1 && a.content_begin < k - 1) {
        a.content_end = k - 1;
        trim_content(s, a.content_begin, a.content_end);
      }
      if (a.sources.front().begin == b) {
        continue;
      }
      SourcePhrase outer;
      outer.begin = b;
      outer.end = e;
      outer.cue_begin = verb;
      outer.cue_end = verb + 1;
      outer.cue = s.utf8(k + 1, verb + 1);
      a.sources.insert(a.sources.begin(), outer);
    }
    return;
  }
}

std::optional<Attribution> nominal_report(const Sentence& s, NominalReport r, std::uint32_t min_words) {
  Attribution a;
  a.frame = lexicon::Frame::nominal;
  a.commitment = r.commitment;
  a.rule = r.rule;
  a.cue_begin = r.cue_begin;
  a.cue_end = r.cue_end;
  SourcePhrase p;
  p.begin = r.source_begin;
  p.end = r.source_end;
  p.cue_begin = r.cue_begin;
  p.cue_end = r.cue_end;
  p.cue = std::move(r.label);
  a.sources = {std::move(p)};
  a.region_begin = r.region_begin;
  a.region_end = r.region_end;
  a.content_begin = r.content_begin;
  a.content_end = r.content_end;
  if (!trim_content(s, a.content_begin, a.content_end) || a.content_end - a.content_begin < min_words) {
    return std::nullopt;
  }
  return a;
}

}  // namespace claimtrace::extract::frames
