#include "extract/source_resolver.hpp"

#include "extract/frames.hpp"

#include <algorithm>

#include "lexicon/token_keys.hpp"

namespace claimtrace::extract {
namespace {

using lexicon::WordClass;

constexpr char16_t k_alef = u'\u0627';
constexpr char16_t k_lam = u'\u0644';

bool is_arabic_sentence(const Sentence& s) { return s.lex.lang() == "ar"; }

// Higher wins when a phrase names several entities ("Russia's TASS news agency").
int entity_priority(const EntityInfo& e) {
  switch (e.kind) {
    case SourceKind::agency:
    case SourceKind::outlet:
      return 6;
    case SourceKind::person:
      return 5;
    case SourceKind::organization:
      return 4;
    case SourceKind::government:
      return lexicon::Gazetteer::is_country(e) ? 2 : 3;
    default:
      return 1;
  }
}

// "وكالة ..." / "news agency" / a quoted name: an ambiguous agency name is meant as one.
// (Quotation marks or brackets count only right around the name, `m_b`..`m_e`: "«المدن»",
// "(Hina)"; in "منسق «تحالف المدن العربية»" the quoted name is another body's.)
// (Likewise the medium's noun only next to the name: "قناة العربية", "صحيفة «الغد»", "Hina news
// agency"; in "الشبكة العربية لشباب المناخ" the word is an adjective of another body.)
bool has_media_context(const Sentence& s, std::uint32_t b, std::uint32_t e, std::uint32_t m_b, std::uint32_t m_e) {
  for (const Hit& h : s.nouns) {
    if (h.begin >= b && h.end <= e) {
      const SourceKind k = s.lex.source_nouns()[h.payload].kind;
      const bool next_to = h.end == m_b || h.begin == m_e || (h.end + 1 == m_b && s.is_open_quote(m_b - 1));
      if ((k == SourceKind::agency || k == SourceKind::outlet) && next_to) {
        return true;
      }
    }
  }
  // (The quotation may go on after the name: "لـ"العربية Business"".)
  if (m_b > 0 && m_e < s.size() && s.is_open_quote(m_b - 1)) {
    for (std::uint32_t k = m_e; k < s.size() && k <= m_e + 2; ++k) {
      if (s.is_close_quote(k)) {
        return true;
      }
      if (!s.is_word(k)) {
        break;
      }
    }
  }
  if (m_b > 0 && m_e < s.size() && s.is_punct(m_b - 1, u'(') && s.is_punct(m_e, u')')) {
    return true;
  }
  // ("was quoted by Hina as saying": likewise the one that quotes.)
  if (b >= 2 && s.lower(b - 1) == u"by" && (s.lower(b - 2) == u"quoted" || s.lower(b - 2) == u"cited")) {
    return true;
  }
  // ("Mehr reported that P": a medium's verb.)
  if (e < s.size() && s.lex.lang() == "en" && (s.lower(e) == u"reported" || s.lower(e) == u"reports")) {
    return true;
  }
  // ("Saba quoted an official as saying": only a medium quotes another.)
  if (e < s.size()) {
    if (const Hit* h = s.cue_at(e); h != nullptr && h->begin == e && s.lex.cues()[h->payload].frame == lexicon::Frame::relay) {
      return true;
    }
  }
  return false;
}

// "…, who requested anonymity", "speaking on condition of anonymity", "declined to be
// named": the source just named asked not to be, up to its verb's complement.
bool anonymity_follows(const Sentence& s, std::uint32_t e) {
  int cues = 0;
  bool withheld = false;  // Arabic: "طلب عدم …", "رفض …", "شريطة عدم …", "لم يكشف …"
  for (std::uint32_t i = e; i < s.size() && i < e + 14; ++i) {
    const std::u16string_view w = s.lower(i);
    if (s.lex.lang() == "ar") {
      // (A medium named in quotation marks is passed: "لـ"سبق"، مفضلة عدم ذكر اسمها".)
      if (s.is_open_quote(i)) {
        std::uint32_t close = i + 1;
        while (close < s.size() && close <= i + 5 && !s.is_close_quote(close)) {
          ++close;
        }
        if (close < s.size() && close <= i + 5 && s.is_close_quote(close)) {
          i = close;
          continue;
        }
      }
      if (s.is_end_punct(i) || s.is_quote_mark(i) || s.is_exact(WordClass::complementizer, i)) {
        return false;
      }
      // ("نقلت صحيفة X عن مصدر حكومي، لم تسمه،": after the relay's "عن", right after the medium,
      // the anonymity is of the one it relays; in "لم تكشف عن هويته" the "عن" comes after the
      // withholding verb.)
      if (w == u"\u0639\u0646" /* عن */ && !withheld && i == e) {
        return false;
      }
      // ("صحيفة "لوموند"، نقلا عن موظف لم تكشف عن هويته": the anonymity is of the one cited.)
      if (const Hit* h = s.cue_at(i); h != nullptr && h->begin == i && s.lex.cues()[h->payload].frame == lexicon::Frame::citing) {
        return false;
      }
      withheld = withheld || w == u"\u0639\u062f\u0645" /* عدم */ || w.starts_with(u"\u0631\u0641\u0636") /* رفض */ ||
                 w == u"\u0644\u0645" /* لم */ ||
                 w == u"\u0627\u0644\u062a\u0643\u062a\u0645" /* التكتم: "آثر التكتم على هويته" */;
      // ("فضلت الاكتفاء بكنيتها"، "مكتفيا باسمه الأول": only a by-name or a first name given.)
      const bool by_name_only = (w == u"\u0627\u0644\u0627\u0643\u062a\u0641\u0627\u0621" /* الاكتفاء */ ||
                                 w.starts_with(u"\u0645\u0643\u062a\u0641\u064a") /* مكتفيا */) &&
                                i + 1 < s.size() &&
                                (s.lower(i + 1).starts_with(u"\u0628\u0643\u0646\u064a") /* بكنيته */ ||
                                 (s.lower(i + 1).starts_with(u"\u0628\u0627\u0633\u0645") /* باسمه الأول */ && i + 2 < s.size() &&
                                  s.lower(i + 2) == u"\u0627\u0644\u0627\u0648\u0644"));
      if (by_name_only) {
        return true;
      }
      const bool identity = w.starts_with(u"\u0627\u0633\u0645") /* اسمه */ || w.starts_with(u"\u0647\u0648\u064a\u062a") /* هويته */ ||
                            (i > e && s.lower(i - 1) == u"\u0644\u0645" /* لم */ &&
                             (w.starts_with(u"\u062a\u0633\u0645") /* تسمه */ || w.starts_with(u"\u064a\u0633\u0645") /* يسمه */));
      if (withheld && identity) {
        return true;
      }
      continue;
    }
    // ("on condition that his name be withheld", "who asked that her name be withheld": the
    // condition's or the request's clause, not a complement.)
    const bool condition = w == u"that" && i > e &&
                           (s.lower(i - 1) == u"condition" || s.lower(i - 1) == u"asked" || s.lower(i - 1) == u"requested");
    // ("the head of a Moscow company that imports machine tools, who declined to be named": a
    // relative "that" right after the phrase, its verb next, describes the phrase's noun.)
    if (w == u"that" && i == e && i + 1 < s.size() && s.is_word(i + 1) && !s.tokens[i + 1].capitalized &&
        (s.lower(i + 1).ends_with(u"s") || s.lower(i + 1).ends_with(u"ed")) && s.lower(i + 1).size() > 3 &&
        !s.is_exact(WordClass::determiner, i + 1) && !s.is(WordClass::pronoun_plural, i + 1)) {
      continue;
    }
    if (s.is_end_punct(i) || s.is_quote_mark(i) || (w == u"that" && !condition)) {
      return false;
    }
    if ((w == u"withheld" || w == u"used" || w == u"published" || w == u"disclosed") && i >= e + 3 &&
        s.lower(i - 1) == u"be" && (s.lower(i - 2) == u"name" || s.lower(i - 2) == u"not")) {
      return true;
    }
    if (const Hit* h = s.cue_at(i); h != nullptr) {
      // (", citing managers who asked not to be named,": the anonymity is of the ones cited.)
      if (s.lex.cues()[h->payload].frame == lexicon::Frame::citing || ++cues > 1) {
        return false;
      }
    }
    if (w == u"anonymity" || w == u"anonymously" || (w == u"anonymous" && i > e && s.lower(i - 1) == u"remain")) {
      return true;
    }
    // ("who did not want his name used", "who did not want to be named".)
    if ((w == u"used" || w == u"published" || w == u"disclosed" || w == u"given") && i >= e + 4 &&
        s.lower(i - 1) == u"name" &&
        (s.lower(i - 3) == u"want" || s.lower(i - 3) == u"wish" || s.lower(i - 3) == u"allow")) {
      return true;
    }
    if ((w == u"identified" || w == u"named") && i >= e + 2 && s.lower(i - 1) == u"be" &&
        (s.lower(i - 2) == u"to" || s.lower(i - 2) == u"not")) {
      return true;
    }
  }
  return false;
}

bool is_function_word(const Sentence& s, std::size_t i) {
  return s.is_exact(WordClass::determiner, i) || s.is_exact(WordClass::preposition, i) ||
         s.is_exact(WordClass::conjunction, i) || s.is_exact(WordClass::relative, i);
}

Gender gender_of(const EntityInfo* entity, const lexicon::SourceNounEntry* noun) {
  if (noun != nullptr) {
    if (noun->plural) {
      return noun->feminine ? Gender::female : Gender::plural;
    }
    return noun->feminine ? Gender::female : Gender::male;
  }
  if (entity != nullptr) {
    switch (entity->kind) {
      case SourceKind::person:
        return Gender::male;
      case SourceKind::agency:
      case SourceKind::outlet:
        return Gender::female;
      case SourceKind::government:
        return lexicon::Gazetteer::is_country(*entity) ? Gender::female : Gender::unknown;
      default:
        return Gender::unknown;
    }
  }
  return Gender::unknown;
}

}  // namespace

bool is_masthead_word(std::u16string_view lower) {
  static constexpr std::u16string_view k_masthead[] = {
      u"post", u"times", u"journal", u"herald", u"tribune", u"gazette", u"telegraph", u"chronicle",
      u"globe", u"mail", u"monitor", u"standard", u"daily", u"news", u"review", u"star", u"observer",
      u"shimbun", u"ilbo", u"nippo", u"inquirer", u"courier", u"examiner", u"dispatch", u"independent",
      u"guardian", u"economist", u"mirror", u"express", u"bulletin", u"sentinel"};
  return std::find(std::begin(k_masthead), std::end(k_masthead), lower) != std::end(k_masthead);
}

std::u16string head_key(const Sentence& s, std::size_t token) {
  std::u16string_view w = s.lower(token);
  if (is_arabic_sentence(s)) {
    // Conjunction, preposition, then article: "والوكالة" -> "وكاله". (The conjunction only
    // before the article or a preposition: the waw of "وزير" and "وكالة" is their own, and
    // "الوزير" after "وزير النفط" is the same head.)
    if (w.size() > 3 && (w[0] == u'\u0648' || w[0] == u'\u0641') &&
        ((w[1] == k_alef && w[2] == k_lam) || w[1] == k_lam || w[1] == u'\u0628')) {
      w.remove_prefix(1);
    }
    if (w.size() > 4 && w[0] == k_lam && w[1] == k_lam) {
      w.remove_prefix(2);
    } else if (w.size() > 4 && (w[0] == u'\u0628' || w[0] == k_lam) && w[1] == k_alef && w[2] == k_lam) {
      w.remove_prefix(3);
    } else if (w.size() > 3 && w[0] == k_alef && w[1] == k_lam) {
      w.remove_prefix(2);
    }
    // ("الدبلوماسيان" after "دبلوماسيين اثنين", "المسؤولون" after "مسؤولين": the dual and the
    // sound plural share the singular's head.)
    if (w.size() > 5 && (w.ends_with(u"\u0627\u0646") || w.ends_with(u"\u064a\u0646") || w.ends_with(u"\u0648\u0646"))) {
      w.remove_suffix(2);
    }
    return std::u16string(w);
  }
  std::u16string out(w);
  // "officials" and "official" share a head.
  if (out.size() > 3 && out.back() == u's' && out[out.size() - 2] != u's') {
    out.pop_back();
  }
  return out;
}

bool is_source_word(const Sentence& s, std::size_t i) {
  return i < s.size() && s.is_word(i) && !is_function_word(s, i);
}

Referent mention_referent(const Sentence& s, const lexicon::EntityMatch& m, const DocText& doc) {
  const EntityInfo& e = s.gazetteer.entities()[m.entity];
  Referent r;
  r.hop.span = doc.tokens_span(s, m.begin, m.end);
  r.hop.mention = doc.slice(r.hop.span);
  r.hop.entity = e.id;
  r.hop.kind = e.kind;
  r.hop.plugin = e.plugin;
  r.chain = {r.hop};
  r.medium = e.medium;
  r.country = lexicon::Gazetteer::is_country(e) ? e.id : s.gazetteer.country_id(e.country);
  r.gender = gender_of(&e, nullptr);
  r.sentence = s.index;
  if (const Hit* noun = s.noun_covering(m.begin); noun != nullptr) {
    r.head = head_key(s, noun->begin);
  }
  if (e.kind == SourceKind::person) {
    for (std::uint32_t i = m.begin; i < m.end; ++i) {
      r.name_tokens.emplace_back(s.lower(i));
    }
  }
  return r;
}

namespace {

// What stands at the edges of an English source phrase without being part of the source.
// The phrase a relative pronoun at `rel` stands for: from the first determiner of the
// noun phrase before it ("a junior clerk at the city council, who"), else the run of
// capitalised words, with prepositions between them ("Democrats on Capitol Hill, who"; "he
// called Lee Wallace, who").
std::pair<std::uint32_t, std::uint32_t> relative_antecedent(const Sentence& s, std::uint32_t rel) {
  if (rel == 0) {
    return {0, 0};
  }
  std::uint32_t e = s.is_comma(rel - 1) ? rel - 1 : rel;
  // ("said Lorenz Fiedler-Brandt, 71, who said P": the age set off after the name.)
  if (e >= 3 && e < rel && s.tokens[e - 1].kind == text::TokenKind::number && s.is_comma(e - 2)) {
    e -= 2;
  }
  auto prep = [&](std::uint32_t i) {
    const std::u16string_view w = s.lower(i);
    return w == u"of" || w == u"at" || w == u"on" || w == u"in" || w == u"for" || w == u"from";
  };
  // ("spoke through his lawyer, who told the panel that P": a possessive opens the phrase
  // too.)
  auto det = [&](std::uint32_t i) {
    return s.lower(i) == u"a" || s.lower(i) == u"an" || s.lower(i) == u"the" || s.is_exact(WordClass::determiner, i) ||
           s.lower(i) == u"his" || s.lower(i) == u"her" || s.lower(i) == u"their";
  };
  // The comma at `t` between a town and its state after "in" ("in Tulsa, Oklahoma, who").
  auto town_comma = [&](std::uint32_t t) {
    return s.is_comma(t) && t + 1 < e && t >= 2 && s.tokens[t + 1].capitalized && s.is_word(t - 1) &&
           s.tokens[t - 1].capitalized &&
           (s.lower(t - 2) == u"in" || (t >= 3 && s.tokens[t - 2].capitalized && s.lower(t - 3) == u"in"));
  };
  // Back to the determiner that opens the phrase; one after a preposition opens a phrase
  // inside it ("at the State Department"), so the search goes on.
  for (std::uint32_t k = e; k > 0 && k + 16 > e;) {
    const std::uint32_t t = --k;
    // ("a bus driver in Tulsa, Oklahoma, who": a town and its state, "in" before them, are
    // one place; the phrase goes on before them.)
    if (town_comma(t)) {
      continue;
    }
    // (Nor past another preposition or a verb of saying: "ordered charges against governor
    // Jose Fernandez, who".)
    // ("a 52-year-old school bus driver, who": an age joined by hyphens stays in the phrase.)
    const bool age_part = (s.tokens[t].kind == text::TokenKind::number || s.is_punct(t, u'-')) && t + 1 < e &&
                          s.tokens[t].end == s.tokens[t + 1].begin;
    if (age_part) {
      continue;
    }
    if (!s.is_word(t) || s.is(WordClass::verb_blocker, t) || s.is_exact(WordClass::conjunction, t) ||
        s.is(WordClass::relative, t) || (s.is_exact(WordClass::preposition, t) && !prep(t)) || s.cue_at(t) != nullptr) {
      break;
    }
    if (det(t) && !(t > 0 && prep(t - 1))) {
      // ("<Quayline Communications Ltd>, a private network operator, which said": an
      // indefinite description set off after a name describes it; the name is the antecedent.)
      if ((s.lower(t) == u"a" || s.lower(t) == u"an") && t >= 2 && s.is_comma(t - 1)) {
        std::uint32_t n = t - 1;
        // ("Dale Whitacre-Ince, a …": a hyphen joins a double family name.)
        while (n > 0 && t - n <= 7 &&
               ((s.is_word(n - 1) && s.tokens[n - 1].capitalized && !s.is_exact(WordClass::determiner, n - 1)) ||
                (n >= 2 && s.is_punct(n - 1, u'-') && s.tokens[n - 1].end == s.tokens[n].begin &&
                 s.tokens[n - 2].end == s.tokens[n - 1].begin && s.is_word(n - 2) && s.tokens[n - 2].capitalized))) {
          --n;
        }
        // (Or after the inverted verb: "…, said Dale Whitacre, a bus driver in Tulsa, who".)
        if (n < t - 1 && (n == 0 || !s.is_word(n - 1) || s.is_exact(WordClass::preposition, n - 1) ||
                          s.lower(n - 1) == u"by" || s.cue_at(n - 1) != nullptr)) {
          return {n, e};
        }
      }
      return {t, e};
    }
  }
  // No determiner: the capitalised words before it, with prepositions between them, and a
  // town's comma before its state ("in Austin, Texas, who").
  std::uint32_t k = e;
  while (k > 0 && k + 12 > e &&
         ((s.is_word(k - 1) && (s.tokens[k - 1].capitalized || prep(k - 1) || s.lower(k - 1) == u"'s")) ||
          s.is_punct(k - 1, u'.') || s.is_punct(k - 1, u'-') || town_comma(k - 1))) {
    --k;
  }
  // ("health officials in Austin, Texas, who": a bare plural before the place is the head; a
  // word or two of its own before it go with it.)
  if (k >= 1 && k < e && prep(k) && s.is_word(k - 1) && !s.tokens[k - 1].capitalized && s.lower(k - 1).size() > 3 &&
      s.lower(k - 1).ends_with(u"s") && !s.is_exact(WordClass::preposition, k - 1) &&
      !s.is(WordClass::verb_blocker, k - 1) && s.cue_at(k - 1) == nullptr) {
    std::uint32_t head = k - 1;
    while (head > 0 && k - head < 3 && s.is_word(head - 1) && !s.tokens[head - 1].capitalized &&
           !s.is_exact(WordClass::preposition, head - 1) && !s.is_exact(WordClass::determiner, head - 1) &&
           !s.is_exact(WordClass::conjunction, head - 1) && !s.is(WordClass::verb_blocker, head - 1) &&
           !det(head - 1) && s.lower(head - 1) != u"by" && s.cue_at(head - 1) == nullptr) {
      --head;
    }
    return {head, e};
  }
  while (k < e && (!s.is_word(k) || !s.tokens[k].capitalized)) {
    ++k;
  }
  // ("economists who argue": a bare plural noun.)
  if (k == e && e > 0 && s.is_word(e - 1) && !s.tokens[e - 1].capitalized && s.lower(e - 1).size() > 3 &&
      s.lower(e - 1).ends_with(u"s") && !s.is_exact(WordClass::preposition, e - 1) &&
      !s.is(WordClass::verb_blocker, e - 1)) {
    return {e - 1, e};
  }
  return {k, e};
}

// The id of a source no plugin knows, from its Latin name: "Tanjug" -> "tanjug", "Prensa
// Latina" -> "prensa-latina"; empty when a word is not in Latin letters and digits.
std::string latin_name_id(const std::vector<std::u16string_view>& lower_words) {
  std::string id;
  for (const std::u16string_view w : lower_words) {
    std::string word;
    for (const char16_t c : w) {
      if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
        word.push_back(static_cast<char>(c));
      } else if (c != u'.' && c != u'-') {
        return {};
      }
    }
    if (word.empty()) {
      return {};
    }
    id += (id.empty() ? "" : "-") + word;
  }
  return id;
}

// The period of an initialism at the end of a phrase stays: "the U.S." (its token is "U.S",
// the period apart).
bool initialism_period(const Sentence& s, std::uint32_t b, std::uint32_t i) {
  return i > b && s.is_punct(i, u'.') && s.tokens[i - 1].end == s.tokens[i].begin &&
         s.lower(i - 1).find(u'.') != std::u16string_view::npos;
}

void trim_english_edges(const Sentence& s, std::uint32_t& b, std::uint32_t& e) {
  auto trim_punct = [&] {
    while (e > b && !s.is_word(e - 1) && !s.is_close_quote(e - 1) && !s.is_punct(e - 1, u')') &&
           !initialism_period(s, b, e - 1)) {
      --e;
    }
  };
  // Leading sentence adverbs and time words: "Nevertheless, some analysts", "Earlier today
  // the Iranian news agency IRNA" (not "Today's editorial").
  while (b + 1 < e) {
    // ("This letter said P": "this", "last" and "next" are of time only before a word of time.)
    const bool time_determiner = s.lower(b) == u"this" || s.lower(b) == u"last" || s.lower(b) == u"next";
    if ((s.is_exact(WordClass::adverb, b) || s.is(WordClass::time_word, b)) && s.lower(b + 1) != u"'s" &&
        !(time_determiner && !s.is(WordClass::time_word, b + 1) && !s.is(WordClass::month, b + 1))) {
      ++b;
    } else if (b + 3 < e && (s.is(WordClass::determiner, b) || s.tokens[b].kind == text::TokenKind::number ||
                             s.lower(b) == u"last" || s.lower(b) == u"next") &&
               s.is(WordClass::time_word, b + 1) && !s.tokens[b + 1].capitalized &&
               (s.lower(b + 2) == u"ago" || s.lower(b + 2) == u"later" || s.lower(b + 2) == u"earlier")) {
      b += 3;  // "a year ago Washington", "two days later the ministry"
    } else {
      break;
    }
    while (b < e && s.is_comma(b)) {
      ++b;
    }
  }
  for (std::uint32_t k = b + 1; k + 1 < e; ++k) {
    // A participle set off after the name: "IRNA, monitored in Nicosia,", "the sources,
    // speaking separately,", "officials, speaking on condition of anonymity,".
    const std::u16string_view w = s.lower(k + 1);
    if (s.is_comma(k) && !s.tokens[k + 1].capitalized && w.size() > 4 &&
        (w.ends_with(u"ing") ||
         (w.ends_with(u"ed") && k + 2 < e &&
          (s.lower(k + 2) == u"in" || s.lower(k + 2) == u"at" || s.lower(k + 2) == u"from")))) {
      e = k;
      break;
    }
    // A verb's auxiliary inside the phrase ends it: "Poehl and other Bundesbank officials have
    // in the past", "officials who have seen the report".
    static constexpr std::u16string_view k_finite[] = {u"has", u"have", u"had", u"will", u"would", u"could",
                                                       u"can", u"should", u"must", u"did", u"does", u"is",
                                                       u"are", u"was", u"were"};
    if (!s.tokens[k].capitalized &&
        std::find(std::begin(k_finite), std::end(k_finite), s.lower(k)) != std::end(k_finite)) {
      // A whole clause before a comma ("The driver had stopped at the light, contradicting
      // the county sheriff's account"): the source is after the last comma, past its participle.
      std::uint32_t last_comma = e;
      for (std::uint32_t c = k + 1; c + 1 < e; ++c) {
        if (s.is_comma(c)) {
          last_comma = c;
        }
      }
      if (last_comma + 2 < e && !s.tokens[last_comma + 1].capitalized && s.lower(last_comma + 1).ends_with(u"ing")) {
        b = last_comma + 2;
        break;
      }
      e = k;
      if (e > b + 1 && s.is(WordClass::relative, e - 1)) {
        --e;
      }
      break;
    }
  }
  trim_punct();
  // A sentence adverb set off after the subject: "Administrators of the ranch, however, said".
  if (e > b + 2 && s.is_comma(e - 2) && s.is_exact(WordClass::adverb, e - 1)) {
    e -= 2;
    trim_punct();
  }
  // A pronoun after a comma is the subject itself: "part of the Community, he said".
  if (e > b + 2 && s.is_comma(e - 2) &&
      (s.is(WordClass::pronoun_male, e - 1) || s.is(WordClass::pronoun_female, e - 1) ||
       s.is(WordClass::pronoun_plural, e - 1) || s.is(WordClass::pronoun_thing, e - 1))) {
    b = e - 1;
  }
  // "quoted an opposition congressman it did not identify as saying": a subject pronoun right
  // after the noun opens a relative clause without "that"; it is no part of the source.
  if (e > b + 1 && s.is_word(e - 2) && !s.is_comma(e - 2) && s.lower(e - 2) != u"'s" &&
      (s.lower(e - 1) == u"it" || s.lower(e - 1) == u"he" || s.lower(e - 1) == u"she" || s.lower(e - 1) == u"they" ||
       s.lower(e - 1) == u"we")) {
    --e;
  }
}

// A word written in lowercase, or capitalised only because it opens the sentence
// ("Independent trackers said P").
bool lowercase_or_first(const Sentence& s, std::uint32_t i) {
  if (!s.tokens[i].capitalized) {
    return true;
  }
  for (std::uint32_t k = 0; k < i; ++k) {
    if (s.is_word(k)) {
      return false;
    }
  }
  return true;
}

}  // namespace

ResolvedSource resolve_source(const Sentence& s, std::uint32_t b, std::uint32_t e, const Discourse& discourse,
                              Gender gender, const DocText& doc) {
  ResolvedSource out;
  const bool arabic = is_arabic_sentence(s);
  // Trim punctuation and conjunctions at the edges.
  while (b < e && (!s.is_word(b) || s.is_exact(WordClass::conjunction, b))) {
    if (s.is_open_quote(b) || s.is_punct(b, u'(')) {
      break;  // a quoted or bracketed name starts here
    }
    ++b;
  }
  while (e > b && !s.is_word(e - 1) && !s.is_close_quote(e - 1) && !s.is_punct(e - 1, u')') &&
         !initialism_period(s, b, e - 1)) {
    --e;
  }
  // "It is understood (that P)", "it was alleged": hearsay in the passive with no one named.
  // The words are the source, a vague one; the pronoun stands for nothing said before.
  // (Only the passive the cue reads: "It is understood", "it has been alleged".)
  static constexpr std::u16string_view k_hearsay[] = {u"understood", u"thought", u"believed", u"alleged",
                                                       u"claimed",    u"reported", u"rumoured", u"rumored",
                                                       u"said"};
  if (!arabic && e >= b + 3 && s.lower(b) == u"it" &&
      (s.lower(b + 1) == u"is" || s.lower(b + 1) == u"was" || s.lower(b + 1) == u"has") &&
      std::find(std::begin(k_hearsay), std::end(k_hearsay), s.lower(e - 1)) != std::end(k_hearsay)) {
    out.hop.span = doc.tokens_span(s, b, e);
    out.hop.mention = doc.slice(out.hop.span);
    out.hop.kind = SourceKind::reports;
    out.valid = true;
    out.memorable = false;
    return out;
  }
  if (!arabic) {
    trim_english_edges(s, b, e);
  } else if (e > b + 2 && s.is_comma(e - 2) && s.is_exact(WordClass::adverb, e - 1)) {
    e -= 2;  // a sentence adverb set off after the subject
  }
  // "وراجت أنباء تفيد بأن P", "وانتشرت شائعات": a verb of spreading before the reports is
  // no part of their name.
  if (arabic && e > b + 1 && s.is_word(b) && s.noun_covering(b) == nullptr && s.entity_covering(b) == nullptr) {
    std::u16string_view v = s.lower(b);
    if (v.size() > 4 && (v[0] == u'\u0648' || v[0] == u'\u0641')) {
      v.remove_prefix(1);
    }
    static constexpr std::u16string_view k_spread[] = {
        u"\u0631\u0627\u062c\u062a" /* راجت */, u"\u0627\u0646\u062a\u0634\u0631\u062a" /* انتشرت */,
        u"\u062a\u0631\u062f\u062f\u062a" /* ترددت */, u"\u0633\u0631\u062a" /* سرت */,
        u"\u062a\u0648\u0627\u062a\u0631\u062a" /* تواترت */, u"\u062a\u0633\u0631\u0628\u062a" /* تسربت */,
        u"\u062a\u0631\u0648\u062c" /* تروج */, u"\u062a\u0646\u062a\u0634\u0631" /* تنتشر */,
        u"\u0638\u0647\u0631\u062a" /* ظهرت */};
    if (std::find(std::begin(k_spread), std::end(k_spread), v) != std::end(k_spread)) {
      ++b;
    }
  }
  // ("وفق آخر حصيلة لوزارة الصحة", "وفق أحدث إحصائية لـ"الدفاع المدني"": "latest" before
  // the count is no name of anyone's; read from the noun it qualifies.)
  if (arabic && e > b + 1 && s.is_word(b + 1) &&
      (s.lower(b) == u"\u0627\u062e\u0631" /* آخر */ || s.lower(b) == u"\u0627\u062d\u062f\u062b" /* أحدث */)) {
    ++b;
  }
  // ("وكان هناك تقرير لأمانو قد أشار إلى أن P": "there was" is no part of the report's name.)
  if (arabic && e > b + 1 && (s.lower(b) == u"\u0647\u0646\u0627\u0643" /* هناك */ ||
                              s.lower(b) == u"\u0648\u0647\u0646\u0627\u0643" /* وهناك */)) {
    ++b;
  }

  // A verb that goes on with the statement next to the phrase: "وأضاف X"، "X added", "added X".
  const bool goes_on = (b > 0 && s.is(WordClass::continuation, b - 1)) || s.is(WordClass::continuation, e) ||
                       (b > 1 && s.is_exact(WordClass::conjunction, b - 1) && s.is(WordClass::continuation, b - 2));
  // The relays a referent was reported under (all of its chain but itself) carry over as
  // implicit hops; the medium it told only in the same interview.
  auto carry = [&](const Referent& ref, bool same_interview) {
    for (std::size_t k = 0; k + 1 < ref.chain.size(); ++k) {
      if (ref.chain[k].recipient && !same_interview) {
        continue;
      }
      Hop h = ref.chain[k];
      h.implicit = true;
      out.carried.push_back(h);
    }
  };
  // (`anaphor`: a pronoun or a dropped subject, which goes on with the same statement.)
  auto adopt = [&](const Referent& ref, bool carry_relays, bool anaphor = false) {
    out.hop.refers_to = ref.hop.refers_to.empty() ? ref.hop.mention : ref.hop.refers_to;
    out.hop.entity = ref.hop.entity;
    out.hop.kind = ref.hop.kind;
    out.hop.plugin = ref.hop.plugin;
    out.referent = ref;
    out.from_antecedent = true;
    // Relays of a recent mention carry over: "the official added" after "Reuters quoted an official".
    if (carry_relays && ref.sentence + 3 >= s.index) {
      // (The one told only for a pronoun in the sentence right after: "Gusakova told RIA
      // Novosti P. "Q," she said." goes on with the interview; further on, or by name,
      // "he said Q" need not be to the same medium. A verb that goes on with the statement,
      // "وأضافت غوغوا" a sentence or two after "قالت غوغوا لوكالة فرانس برس", carries it too.)
      carry(ref, (anaphor && ref.sentence + 1 == s.index) || (goes_on && ref.sentence + 2 >= s.index));
    }
  };
  // Adopts what a referent stands for, keeping this phrase's own words as the mention ("the
  // agency", "Venpres", "Lavrov").
  auto adopt_keeping_mention = [&](const Referent& ref, bool anaphor = false) {
    const Hop mention_hop = out.hop;
    adopt(ref, true, anaphor);
    out.hop.mention = mention_hop.mention;
    out.hop.span = mention_hop.span;
  };

  if (b >= e) {
    // A dropped subject: the most recent source that agrees with the verb, unless the
    // previous sentence opened with another verb whose subject agrees ("ونشرت هيئة المرور
    // ... . وقالت إن"): that subject goes on.
    const Referent* ref = discourse.by_agreement(gender, false, false, true);
    if (gender != Gender::unknown) {
      // ("وقال المحامي إن القاضي اعتبر أن P. وأضاف أن Q": the one whose words held the judge's
      // goes on, not the judge; a medium that relayed someone, "ونقل الموقع عن المسؤول", does not.)
      // (A person two sentences back, when no one has spoken since and the sentence between goes
      // on with her: "تجلس أم مصطفى على كرسي. وهي تسأل الموظفين … . تقول للميادين نت: …".)
      if (const Referent* subject = discourse.recent_clause_subject(gender, s.index, 2);
          subject != nullptr && subject->sentence < s.index &&
          (subject->sentence + 1 == s.index ||
           ((subject->hop.kind == SourceKind::person || subject->hop.kind == SourceKind::unknown) &&
            (discourse.last_source() == nullptr || discourse.last_source()->sentence < subject->sentence))) &&
          (ref == nullptr || ref->sentence < subject->sentence ||
           (ref->sentence == subject->sentence && !ref->clause_subject && subject->hop.kind != SourceKind::agency &&
            subject->hop.kind != SourceKind::outlet &&
            // (Not the same words read again: the subject and the speaker it already is.)
            (subject->hop.span.end <= ref->hop.span.start || ref->hop.span.end <= subject->hop.span.start)))) {
        ref = subject;
      }
    }
    if (ref == nullptr && gender != Gender::unknown) {
      // No source agrees with the verb: a person named in this or the previous
      // sentence does ("أصدر غوتيريس بيانا ... وتابع أن"), before a source that does not.
      ref = discourse.recent_mention(gender, s.index, 1);
    }
    if (ref == nullptr) {
      ref = discourse.by_agreement(Gender::unknown, false, false, true);
    }
    // "لكن النجار شكك في هذا الرقم، وقال لـ"العربية.نت" إن P": a verb joined by "و" after a
    // comma goes on with the subject that opened its clause, a person the story named before.
    std::uint32_t t = 0;  // where the clause's subject would stand, after its opener
    if (arabic && s.size() > 3 && (s.lower(0) == u"\u0644\u0643\u0646" || s.lower(0) == u"\u0648\u0644\u0643\u0646")) {
      t = 1;  // لكن
    } else if (arabic && s.size() > 4 && (s.lower(0) == u"\u063a\u064a\u0631" || s.lower(0) == u"\u0627\u0644\u0627") &&
               s.is_exact(WordClass::complementizer, 1)) {
      t = 2;  // غير أن، إلا أن
    }
    if (t > 0) {
      bool joined = false;  // the verb of this phrase: "، وقال" up to `b`
      for (std::uint32_t k = t + 2; k <= b && k < s.size() && !joined; ++k) {
        const Hit* h = s.cue_at(k);
        joined = h != nullptr && h->begin == k && s.is_comma(k - 1) && s.lower(k).size() > 3 && s.lower(k)[0] == u'\u0648';
      }
      if (joined && s.is_word(t) && s.is_word(t + 1) && s.cue_at(t) == nullptr && s.cue_at(t + 1) == nullptr) {
        const std::vector<std::u16string> name{std::u16string(s.lower(t))};
        if (const Referent* named = discourse.by_name(name); named != nullptr && named->hop.kind == SourceKind::person) {
          ref = named;
        }
      }
    }
    if (ref == nullptr) {
      return out;
    }
    out.hop = ref->hop;
    out.hop.implicit = true;
    adopt(*ref, true, true);
    out.valid = true;
    return out;
  }

  out.hop.span = doc.tokens_span(s, b, e);
  // "لرويترز", "لوكالة فرانس برس", "لـCNN": the preposition "ل" joined to the one told is no
  // part of its name. (Not "للوكالة", where it has swallowed the article's alef.)
  if (arabic && e > b && s.is_word(b)) {
    const std::u16string_view w = s.lower(b);
    // (Unless the lam is the name's own first letter: "ليبيا"، "لبنان"، "لجنة"; likewise a waw.)
    auto lam_is_own = [&] {
      auto first_key_is_word = [&](const std::string& form) {
        const std::vector<std::u16string> keys = lexicon::phrase_keys(form);
        return !keys.empty() && keys.front() == w;
      };
      if (const lexicon::EntityMatch* m = s.entity_covering(b); m != nullptr) {
        const EntityInfo& info = s.gazetteer.entities()[m->entity];
        for (const EntityName& n : info.names) {
          if (first_key_is_word(n.text)) {
            return true;
          }
        }
      }
      if (const Hit* n = s.noun_covering(b); n != nullptr) {
        for (const std::string& form : s.lex.source_nouns()[n->payload].forms) {
          if (first_key_is_word(form)) {
            return true;
          }
        }
      }
      return false;
    };
    // ("اتصل بالملك، الذي نفى": likewise the clause's "ب" before the article.)
    if (w.size() > 4 && w[0] == u'\u0628' && w[1] == k_alef && w[2] == k_lam &&
        (s.entity_covering(b) != nullptr || s.noun_covering(b) != nullptr)) {
      out.hop.span.start += 1;
    }
    // ("لإذاعة الجيش": a noun of its own may start with an alef after the lam; an alef and a
    // lam after it are an article, no joined lam.)
    if (w.size() > 2 && w[0] == k_lam && w[1] != k_lam && !(w[1] == k_alef && w[2] == k_lam) &&
        (s.entity_covering(b) != nullptr || s.noun_covering(b) != nullptr) && !lam_is_own()) {
      const std::string original = doc.slice(doc.tokens_span(s, b, b + 1));
      // The stored text may carry a tatweel after the lam ("لـ"): skip it too.
      std::uint32_t skip = 1;
      if (original.size() > 4 && original.compare(2, 2, "\xD9\x80") == 0) {
        skip = 2;
      }
      out.hop.span.start += skip;
    }
    // ("… وتجار: لم نُمهل": a conjunction joined to a source noun the lexicon knows without it
    // is no part of its name; the waw of "وزير" and "وكالة" is their own.)
    if (w.size() > 3 && (w[0] == u'\u0648' || w[0] == u'\u0641') && out.hop.span.start == doc.tokens_span(s, b, b + 1).start &&
        (s.entity_covering(b) != nullptr || s.noun_covering(b) != nullptr) && !lam_is_own()) {
      out.hop.span.start += 1;
      // (and the short vowel written on it, "وَتجار")
      const std::string rest = doc.slice(out.hop.span);
      if (rest.size() > 2 && static_cast<unsigned char>(rest[0]) == 0xD9 && static_cast<unsigned char>(rest[1]) >= 0x8B &&
          static_cast<unsigned char>(rest[1]) <= 0x92) {
        out.hop.span.start += 1;
      }
    }
  }
  out.hop.mention = doc.slice(out.hop.span);

  // An English relative pronoun ("Trump, who says P"): it stands for the phrase before it.
  // The mention runs from that phrase to the pronoun ("Jose Fernandez, who"): it names the
  // speaker, and still holds the pronoun PolNeAR's gold marks; `refers_to` names the phrase.
  if (!arabic && e - b == 1 && (s.lower(b) == u"who" || s.lower(b) == u"which")) {
    const auto [ab, ae] = relative_antecedent(s, b);
    if (ab < ae) {
      ResolvedSource antecedent = resolve_source(s, ab, ae, discourse, gender, doc);
      if (antecedent.valid) {
        antecedent.hop.refers_to =
            antecedent.hop.refers_to.empty() ? antecedent.hop.mention : antecedent.hop.refers_to;
        antecedent.hop.span = Span{doc.tokens_span(s, ab, ae).start, out.hop.span.end};
        antecedent.hop.mention = doc.slice(antecedent.hop.span);
        return antecedent;
      }
    }
    return out;  // invalid: no antecedent
  }

  // ("One of the people said P. The other said Q": the second of the people just counted, as
  // "another" is; unnamed.)
  if (!arabic && e == b + 2 && s.lower(b) == u"the" && s.lower(b + 1) == u"other") {
    out.hop.kind = SourceKind::anonymous;
    out.valid = true;
    out.memorable = false;
    return out;
  }

  // Pronouns.
  if (e - b == 1) {
    // ("نقلت X عن مصدر مقرب من سلامة أن الأخير أبلغ المحققين بأن P": "the latter", standing
    // alone as the subject, is the last one named, read as a pronoun of its gender.)
    const bool after_complementizer = b > 0 && s.is_exact(WordClass::complementizer, b - 1);
    const bool latter_male = arabic && after_complementizer && s.lower(b) == u"\u0627\u0644\u0627\u062e\u064a\u0631" /* الاخير */;
    const bool latter_female = arabic && after_complementizer && s.lower(b) == u"\u0627\u0644\u0627\u062e\u064a\u0631\u0647" /* الاخيره */;
    // (The last one named is often inside the speaker's own phrase: "مصدر مقرب من سلامة".)
    if (latter_male || latter_female) {
      for (std::uint32_t k = b; k-- > 0 && b - k <= 12;) {
        if (s.is_end_punct(k)) {
          break;
        }
        const lexicon::EntityMatch* m = s.entity_covering(k);
        const Hit* n = m == nullptr ? s.noun_covering(k) : nullptr;
        const bool person = (m != nullptr && s.gazetteer.entities()[m->entity].kind == SourceKind::person) ||
                            (n != nullptr && !s.lex.source_nouns()[n->payload].plural &&
                             (s.lex.source_nouns()[n->payload].kind == SourceKind::person ||
                              s.lex.source_nouns()[n->payload].kind == SourceKind::officials));
        if (person) {
          const std::uint32_t pb = m != nullptr ? m->begin : n->begin;
          const std::uint32_t pe = m != nullptr ? m->end : n->end;
          if (ResolvedSource named = resolve_source(s, pb, pe, discourse, gender, doc); named.valid) {
            // (The hop is the word written, which `refers_to` explains: the one named sits in
            // another hop's phrase.)
            named.hop.refers_to = named.hop.mention;
            named.hop.span = doc.tokens_span(s, b, e);
            named.hop.mention = doc.slice(named.hop.span);
            return named;
          }
          break;
        }
        // ("عن مصدر مقرب من سلامة أن الأخير": a name the lexicons do not know, after "مقرب من"
        // in the speaker's phrase, is the one; the hop is the word written, a person.)
        if (k >= 2 && s.is_word(k) && s.lower(k - 1) == u"\u0645\u0646" /* من */ &&
            s.lower(k - 2).starts_with(u"\u0645\u0642\u0631\u0628") /* مقرب */ && k + 1 < b) {
          out.hop.span = doc.tokens_span(s, b, e);
          out.hop.mention = doc.slice(out.hop.span);
          out.hop.refers_to = doc.slice(doc.tokens_span(s, k, k + 1));
          out.hop.kind = SourceKind::person;
          out.valid = true;
          out.memorable = false;
          return out;
        }
      }
    }
    const bool male = s.is_exact(WordClass::pronoun_male, b) || latter_male;
    const bool female = s.is_exact(WordClass::pronoun_female, b) || latter_female;
    const bool thing = s.is_exact(WordClass::pronoun_thing, b);
    const bool plural = s.is_exact(WordClass::pronoun_plural, b);
    if (male || female || thing || plural) {
      const Gender said = male ? Gender::male : female ? Gender::female : Gender::unknown;
      const Referent* ref =
          discourse.by_agreement(Gender::unknown, male || female, thing, true, male || female, s.index, said);
      if (ref == nullptr && plural) {
        ref = discourse.by_agreement(Gender::unknown, false, false, true);
      }
      // "Maria Lerik, a member of parliament, urged the government to act. She said P": the
      // person who opened the sentence before, though she reported nothing there.
      if (!arabic && (male || female)) {
        if (const Referent* subject = discourse.recent_clause_subject(Gender::unknown, s.index, 1);
            subject != nullptr && subject->sentence + 1 == s.index &&
            (ref == nullptr || ref->sentence < subject->sentence) &&
            (!subject->by_surname || ref == nullptr || ref->hop.kind == SourceKind::anonymous ||
             ref->hop.kind == SourceKind::officials)) {
          ref = subject;
        }
      }
      if (ref == nullptr) {
        out.hop.kind = (male || female) ? SourceKind::person : SourceKind::unknown;
        out.valid = true;
        out.referent.hop = out.hop;
        return out;
      }
      adopt(*ref, true, true);
      out.pronoun = said;
      // "وأضاف معاليه"، "وأكد سموه": an Arabic honorific pronoun is read as the man named, as
      // a dropped subject is (the team's Arabic annotators all name him); English keeps "he",
      // with `refers_to`, as PolNeAR's gold does.
      // ("وأضاف هؤلاء": a demonstrative stays the word written, with `refers_to`.)
      const std::string written = doc.slice(doc.tokens_span(s, b, b + 1));
      const bool demonstrative = written.ends_with("\xD8\xA4\xD9\x84\xD8\xA7\xD8\xA1") /* ؤلاء */ ||
                                 written.ends_with("\xD9\x88\xD9\x84\xD8\xA6\xD9\x83") /* ولئك */;
      if (arabic && !ref->hop.mention.empty() && !demonstrative) {
        out.hop.mention = ref->hop.mention;
        out.hop.span = ref->hop.span;
        out.hop.refers_to.clear();
      }
      out.valid = true;
      return out;
    }
  }

  // Known entities named in the phrase.
  const EntityInfo* entity = nullptr;
  std::uint32_t entity_begin = 0;
  std::uint32_t entity_end = 0;
  for (const lexicon::EntityMatch& m : s.entities) {
    // ("شرطة كانتون أونا-سانا": half of a hyphenated name, which reads as two words, is no
    // name of its own: not "سانا", the Syrian agency.)
    if (arabic && m.end == m.begin + 1) {
      const Span word_span = doc.tokens_span(s, m.begin, m.end);
      const bool hyphen_before = word_span.start > 0 && doc.slice({word_span.start - 1, word_span.start}) == "-";
      const bool hyphen_after = doc.slice({word_span.end, word_span.end + 1}) == "-";
      if (hyphen_before || hyphen_after) {
        continue;
      }
    }
    // ("الشبكة العربية لشباب المناخ": a lam phrase going on after the word makes it an adjective
    // of another body's name.)
    const bool adjective_of_name = arabic && m.ambiguous && m.end < e && s.is_word(m.end) &&
                                   s.lower(m.end).size() > 2 && s.lower(m.end)[0] == u'\u0644' /* ل */;
    const bool media_context = m.ambiguous && !adjective_of_name && has_media_context(s, b, e, m.begin, m.end);
    // (An ambiguous name the story has already given as a medium is that medium: "According
    // to MAP" after "the Moroccan news agency MAP".)
    // (The whole phrase only: "مصدر في الشرطة الفرنسية" is no AFP.)
    const bool named_before = m.ambiguous && m.begin == b && m.end == e &&
                              discourse.by_entity(s.gazetteer.entities()[m.entity].id) != nullptr;
    if (m.begin < b || m.end > e || (m.ambiguous && !media_context && !named_before)) {
      continue;
    }
    // ("residents and a health worker who spoke to Addis Standard": a name inside the relative
    // clause says whom they spoke to, not who they are.)
    bool in_relative = false;
    for (std::uint32_t k = b + 1; !arabic && k < m.begin && !in_relative; ++k) {
      in_relative = s.lower(k) == u"who" && k + 2 <= m.begin &&
                    (s.lower(m.begin - 1) == u"to" || s.lower(m.begin - 1) == u"with");
    }
    if (in_relative) {
      continue;
    }
    // ("ريم الفارس": an ambiguous name with the article is a family name, not "فارس" the agency.)
    if (arabic && m.ambiguous && s.lower(m.begin).starts_with(u"\u0627\u0644") && m.end == m.begin + 1) {
      bool own_article = false;
      for (const EntityName& n : s.gazetteer.entities()[m.entity].ambiguous_names) {
        const std::vector<std::u16string> keys = lexicon::phrase_keys(n.text);
        own_article = own_article || (!keys.empty() && keys.front() == s.lower(m.begin));
      }
      if (!own_article) {
        continue;
      }
    }
    // ("أفاد مصدر صحي «عكاظ» بأنه": a quoted medium after a person is the one told, who is no
    // part of the source.)
    // (The quotation marks may be the name's own: "نائب سابق لـ«الشرق الأوسط»".)
    // ("مندوبة «الوطنية» في صور": a Lebanese agency's correspondent is that agency's, as "مراسل «الجزيرة»".)
    const bool correspondent = arabic && m.begin == b + 2 && (s.lower(b) == u"\u0645\u0646\u062f\u0648\u0628" /* مندوب */ ||
                                                               s.lower(b) == u"\u0645\u0646\u062f\u0648\u0628\u0647" /* مندوبة */);
    if (arabic && !correspondent && m.begin >= b + 2 && (s.is_open_quote(m.begin - 1) || s.is_open_quote(m.begin))) {
      if (const Hit* head = s.noun_covering(b); head != nullptr && head->begin == b) {
        const SourceKind k = s.lex.source_nouns()[head->payload].kind;
        if (k == SourceKind::anonymous || k == SourceKind::person || k == SourceKind::officials) {
          continue;
        }
      }
      if (s.is(lexicon::WordClass::title, b)) {
        continue;
      }
    }
    // After a quoted name the word is that name's adjective: "صحيفة «ليكيب» الفرنسية" is a
    // French paper, not "الفرنسية" (AFP).
    if (m.ambiguous && m.begin > b && s.is_close_quote(m.begin - 1)) {
      continue;
    }
    const EntityInfo& candidate = s.gazetteer.entities()[m.entity];
    // ("صحيفة "المغرب" اليومية": a paper's name in quotation marks after its noun is the
    // paper's, though it names a country too.)
    if (arabic && candidate.kind != SourceKind::agency && candidate.kind != SourceKind::outlet && m.begin >= b + 2 &&
        s.is_open_quote(m.begin - 1)) {
      if (const Hit* n = s.noun_covering(m.begin - 2);
          n != nullptr && n->end == m.begin - 1 && frames::is_medium_noun(s.lex.source_nouns()[n->payload])) {
        continue;
      }
    }
    // ("قائد في القوات المناهضة للحوثيين", "anti-Houthi forces": the body opposed is not the one
    // the source belongs to.)
    if (arabic && m.begin > b) {
      const std::u16string_view before = s.lower(m.begin - 1);
      if (before == u"\u0627\u0644\u0645\u0646\u0627\u0647\u0636\u0647" /* المناهضة */ ||
          before == u"\u0627\u0644\u0645\u0646\u0627\u0647\u0636" /* المناهض */ ||
          before == u"\u0627\u0644\u0645\u0646\u0627\u0648\u064a\u0647" /* المناوئة */ ||
          before == u"\u0627\u0644\u0645\u0639\u0627\u062f\u064a\u0647" /* المعادية */) {
        continue;
      }
    }
    // "the U.N.-backed Radio Okapi", "Iran-allied militias": the name modifies what follows.
    if (!arabic && m.end + 1 < e && s.is_dash(m.end)) {
      const std::u16string_view after = s.lower(m.end + 1);
      if (after == u"backed" || after == u"run" || after == u"led" || after == u"owned" || after == u"funded" ||
          after == u"based" || after == u"allied" || after == u"affiliated" || after == u"linked" ||
          after == u"controlled" || after == u"sponsored") {
        continue;
      }
    }
    // ("the Dutch Data Protection Authority (AP)", "(Autoriteit Persoonsgegevens, or AP)":
    // initials in brackets after a name the gazetteer does not know are that body's, not an
    // agency's that shares them.)
    if (!arabic && m.end == m.begin + 1 && s.tokens[m.begin].all_caps &&
        (candidate.kind == SourceKind::agency || candidate.kind == SourceKind::outlet)) {
      std::uint32_t open = m.begin;
      while (open > b && m.begin - open < 6 && !s.is_punct(open - 1, u'(') && !s.is_punct(open - 1, u')')) {
        --open;
      }
      // (Or after a source noun: "the Finnish regulator (AP)". Not after a medium's name, whose
      // initials they may be in another language: "the Senegalese Press Agency (APS)".)
      bool medium_before = false;
      for (std::uint32_t k = open >= b + 7 ? open - 6 : b; open > b + 1 && k + 1 < open && !medium_before; ++k) {
        const Hit* n = s.noun_covering(k);
        medium_before = n != nullptr && frames::is_medium_noun(s.lex.source_nouns()[n->payload]);
      }
      if (open > b + 1 && s.is_punct(open - 1, u'(') && s.is_word(open - 2) && !medium_before &&
          (s.tokens[open - 2].capitalized || s.noun_covering(open - 2) != nullptr) &&
          s.entity_covering(open - 2) == nullptr) {
        continue;
      }
    }
    // "Michael Bloomberg": a given name before a one-word outlet name makes it a person's.
    if (!arabic && m.end == m.begin + 1 && m.begin > b &&
        (candidate.kind == SourceKind::agency || candidate.kind == SourceKind::outlet) &&
        s.tokens[m.begin - 1].capitalized && s.is_word(m.begin - 1) && s.entity_covering(m.begin - 1) == nullptr &&
        s.noun_covering(m.begin - 1) == nullptr && s.nationality_covering(m.begin - 1) == nullptr &&
        !s.is(WordClass::title, m.begin - 1) && !s.is(WordClass::determiner, m.begin - 1) &&
        s.lower(m.begin - 1).size() > 2) {
      continue;
    }
    if (entity == nullptr || entity_priority(candidate) > entity_priority(*entity)) {
      entity = &candidate;
      entity_begin = m.begin;
      entity_end = m.end;
    }
  }

  // The head noun: Arabic heads come first; English heads end the first noun group.
  const lexicon::SourceNounEntry* noun = nullptr;
  std::uint32_t noun_token = 0;
  std::uint32_t first_boundary = e;
  if (!arabic) {
    for (std::uint32_t i = b + 1; i < e; ++i) {
      if (s.is_comma(i) || s.is_exact(WordClass::preposition, i) || s.is_punct(i, u'(')) {
        first_boundary = i;
        break;
      }
    }
  }
  // (An English noun's head is its last word but a preposition: "spokesman for" is headed by
  // "spokesman", which "the spokesman" points back to.)
  auto english_head = [&](const Hit& h) {
    std::uint32_t t = h.end - 1;
    while (t > h.begin && s.is_exact(WordClass::preposition, t)) {
      --t;
    }
    return t;
  };
  // (English: a noun inside a known name of three words or more is the name's word, no head:
  // "the Tigray People's Liberation Front", "the Democratic People's Republic of Korea".)
  auto inside_name = [&](const Hit& h) {
    return !arabic && entity != nullptr && entity_end >= entity_begin + 3 && h.begin > entity_begin &&
           h.end <= entity_end;
  };
  for (const Hit& h : s.nouns) {
    if (h.begin < b || h.end > e || inside_name(h)) {
      continue;
    }
    if (arabic) {
      if (noun == nullptr) {
        noun = &s.lex.source_nouns()[h.payload];
        noun_token = h.begin;
      }
    } else if (h.begin < first_boundary) {
      noun = &s.lex.source_nouns()[h.payload];
      noun_token = english_head(h);
    }
  }
  // ("بحسب تقديرات دبلوماسيين غربيين في طهران": data or estimates of unnamed people are
  // theirs; the people are the head.)
  if (arabic && noun != nullptr && (noun->id == "ar.bayanat" || noun->id == "ar.bayanat-m")) {
    for (const Hit& h : s.nouns) {
      if (h.begin == noun_token + 1 && h.end <= e && is_unnamed(s.lex.source_nouns()[h.payload].kind)) {
        noun = &s.lex.source_nouns()[h.payload];
        noun_token = h.begin;
        break;
      }
    }
  }
  // ("قال مستشار رئيس الوزراء للشؤون المالية": an adviser in construct with the one advised
  // holds a post, and the office after him is the head; "مستشار لقائد القوات", "مستشار في
  // الرئاسة" and "أحد مستشاري القائد", one adviser among several, stay unnamed.)
  // (In construct: a known noun or name right after it, with no preposition, "ل" or "ب", on it.)
  if (arabic && noun != nullptr && noun->id.starts_with("ar.mustashar") && noun_token + 1 < e &&
      s.is_word(noun_token + 1) && !(noun_token > b && s.lower(noun_token - 1) == u"\u0627\u062d\u062f" /* أحد */) &&
      !s.lower(noun_token + 1).starts_with(u"\u0644") && !s.lower(noun_token + 1).starts_with(u"\u0628") &&
      (s.noun_covering(noun_token + 1) != nullptr || s.entity_covering(noun_token + 1) != nullptr)) {
    const std::uint32_t adviser = noun_token;
    noun = nullptr;
    for (const Hit& h : s.nouns) {
      if (h.begin == adviser + 1 && h.end <= e) {
        noun = &s.lex.source_nouns()[h.payload];
        noun_token = h.begin;
        break;
      }
    }
  }
  // ("نقلت «سونا» عن إعلام مجلس السيادة أن P": a body's media office, "media" in construct
  // with the body, speaks for it; no media at large.)
  if (arabic && noun != nullptr && noun->kind == SourceKind::reports && s.lower(noun_token) == u"\u0627\u0639\u0644\u0627\u0645" /* إعلام */) {
    for (const Hit& h : s.nouns) {
      const SourceKind k = s.lex.source_nouns()[h.payload].kind;
      if (h.begin == noun_token + 1 && h.end <= e && (k == SourceKind::government || k == SourceKind::organization)) {
        noun = &s.lex.source_nouns()[h.payload];
        noun_token = h.begin;
        break;
      }
    }
  }
  // "Bank of Japan sources": an unnamed noun that ends the phrase is its head, whatever the
  // name before it holds.
  if (!arabic) {
    for (const Hit& h : s.nouns) {
      if (h.begin >= b && h.end == e && is_unnamed(s.lex.source_nouns()[h.payload].kind) && !inside_name(h)) {
        noun = &s.lex.source_nouns()[h.payload];
        noun_token = english_head(h);
      }
    }
  }
  if (!arabic && noun == nullptr) {
    // "a spokesman for X": the head is before the preposition; "officials in Seoul" likewise.
    for (const Hit& h : s.nouns) {
      if (h.begin >= b && h.end <= e && !inside_name(h)) {
        noun = &s.lex.source_nouns()[h.payload];
        noun_token = english_head(h);
        break;
      }
    }
  }
  std::string country;
  for (const Hit& h : s.nationalities) {
    if (h.begin >= b && h.end <= e) {
      country = s.lex.nationalities()[h.payload].entity;
      break;
    }
  }
  // "الوكالة السورية الرسمية للأنباء", "Iran's official news agency": a country's news agency
  // is its state agency, when a plugin knows exactly one. (Not one named in quotation marks,
  // "وكالة "معا" الفلسطينية": a name of its own, the country only where it is.)
  bool quoted_name = false;
  for (std::uint32_t i = b; i < e && !quoted_name; ++i) {
    quoted_name = s.is_word(i) && s.in_quote(i);
  }
  if (noun != nullptr && noun->kind == SourceKind::agency && !quoted_name &&
      (entity == nullptr || lexicon::Gazetteer::is_country(*entity))) {
    const std::string of = !country.empty() ? country : entity != nullptr ? entity->id : std::string();
    const EntityInfo* only = nullptr;
    int found = 0;
    for (const EntityInfo& candidate : s.gazetteer.entities()) {
      if (!of.empty() && candidate.kind == SourceKind::agency && candidate.affiliation == "state" &&
          (candidate.controlled_by == of || s.gazetteer.country_id(candidate.country) == of)) {
        only = &candidate;
        ++found;
      }
    }
    if (found == 1) {
      entity = only;
    }
  }

  // Name words: not covered by the lexicon's classes.
  std::vector<std::u16string> name_tokens;
  std::vector<std::uint32_t> name_positions;
  bool has_name = false;
  bool has_title = false;
  for (std::uint32_t i = b; i < e; ++i) {
    if (!s.is_word(i)) {
      continue;
    }
    const bool classified = s.noun_covering(i) != nullptr || s.nationality_covering(i) != nullptr ||
                            s.is(WordClass::title, i) || s.is(WordClass::honorific, i) ||
                            is_function_word(s, i) || s.is(WordClass::time_word, i) ||
                            s.is(WordClass::statement_noun, i) || s.tokens[i].kind == text::TokenKind::number ||
                            s.lower(i) == u"'s";
    if (s.is(WordClass::title, i) || s.is(WordClass::honorific, i)) {
      has_title = true;
    }
    const lexicon::EntityMatch* em = s.entity_covering(i);
    if (em != nullptr && s.gazetteer.entities()[em->entity].kind == SourceKind::person) {
      has_name = true;
      name_tokens.emplace_back(s.lower(i));
      continue;
    }
    // (An ambiguous name not taken as its medium is a name of its own: "Fars said P".)
    const bool other_name = em != nullptr && em->ambiguous &&
                            (entity == nullptr || s.gazetteer.entities()[em->entity].id != entity->id);
    if (classified || (em != nullptr && !other_name)) {
      continue;
    }
    if (arabic || s.tokens[i].capitalized) {
      has_name = true;
      name_tokens.emplace_back(s.lower(i));
      name_positions.push_back(i);
    }
  }
  // An English role noun with a person's name is that person, on the record: "analyst Adam
  // Landes" (the name right after the role), "Chen Huiqin, an analyst at Huatai" (the name
  // set off before it). "A Renaissance Capital analyst", "Western diplomats" stay unnamed.
  bool role_named = false;
  // A medium noun's name is the medium's: "the official news agency MTI", "the Tanjug news
  // agency", "the daily Al-Qabas".
  const bool medium_noun = noun != nullptr && (noun->kind == SourceKind::agency || noun->kind == SourceKind::outlet);
  // ("one Democratic adviser": "one" is no role, and the capitalised word after it no name.)
  const bool numeral_noun = s.lower(noun_token) == u"one" || s.lower(noun_token) == u"another";
  if (!arabic && noun != nullptr && !noun->plural && !medium_noun) {
    for (const std::uint32_t p : name_positions) {
      // "… first vice-president Janos Fekete": a title right before the name.
      if ((p == noun_token + 1 && !numeral_noun) || (p > b && s.is(WordClass::title, p - 1))) {
        role_named = true;
      }
      if (p < noun_token && p == b) {
        for (std::uint32_t k = p + 1; k < noun_token; ++k) {
          role_named = role_named || s.is_comma(k);
        }
      }
    }
  }

  // A medium named after its place is the medium, not the place's government: "the
  // Washington Post", "The Bisnis Indonesia newspaper".
  bool medium_name = false;
  if (!arabic && entity != nullptr &&
      (lexicon::Gazetteer::is_country(*entity) || entity->kind == SourceKind::government)) {
    medium_name = noun != nullptr && (noun->kind == SourceKind::outlet || noun->kind == SourceKind::agency);
    for (std::uint32_t i = entity_end; i < e && !medium_name && s.tokens[i].capitalized; ++i) {
      medium_name = is_masthead_word(s.lower(i));
    }
    // ("the Times of India": the masthead before the place.)
    for (std::uint32_t i = b; i < entity_begin && !medium_name; ++i) {
      medium_name = s.tokens[i].capitalized && is_masthead_word(s.lower(i)) && i + 2 == entity_begin &&
                    s.lower(i + 1) == u"of";
    }
    if (medium_name) {
      if (country.empty()) {
        country = lexicon::Gazetteer::is_country(*entity) ? entity->id : s.gazetteer.country_id(entity->country);
      }
      entity = nullptr;
    }
  }

  // "إذاعة الجيش الإسرائيلي"، "تلفزيون الحكومة السورية": a medium named for the body that runs
  // it is the medium (its head noun opens the phrase), not that body.
  if (arabic && entity != nullptr && noun != nullptr && noun_token == b &&
      (noun->kind == SourceKind::outlet || noun->kind == SourceKind::agency) &&
      (lexicon::Gazetteer::is_country(*entity) || entity->kind == SourceKind::government)) {
    if (country.empty()) {
      country = lexicon::Gazetteer::is_country(*entity) ? entity->id : s.gazetteer.country_id(entity->country);
    }
    entity = nullptr;
    medium_name = true;
  }

  // "the Wall Street Journal": a masthead the gazetteer does not know.
  if (!arabic && entity == nullptr && noun == nullptr && s.lower(b) == u"the") {
    for (std::uint32_t i = b + 2; i < e && !medium_name; ++i) {
      medium_name = s.tokens[i].capitalized && s.tokens[i - 1].capitalized && is_masthead_word(s.lower(i));
    }
    // "the Guardian", "the Independent": one word, the whole name.
    medium_name = medium_name || (e == b + 2 && s.tokens[b + 1].capitalized && is_masthead_word(s.lower(b + 1)));
    // "The Herald of Zimbabwe", "the Times of Zambia": the masthead, then "of" and its place.
    medium_name = medium_name || (e >= b + 4 && e <= b + 5 && s.tokens[b + 1].capitalized &&
                                  is_masthead_word(s.lower(b + 1)) && s.lower(b + 2) == u"of" &&
                                  s.tokens[b + 3].capitalized && s.tokens[e - 1].capitalized);
  }
  // "Sky News", "Fox News", "Arab News": without the article only the words no surname is.
  if (!arabic && entity == nullptr && noun == nullptr && !medium_name && e >= b + 2 && s.tokens[b].capitalized &&
      s.tokens[e - 1].capitalized && s.tokens[e - 2].capitalized && !s.is(WordClass::title, b)) {
    const std::u16string_view last = s.lower(e - 1);
    medium_name = last == u"news" || last == u"times" || last == u"journal" || last == u"tribune" ||
                  last == u"gazette" || last == u"telegraph" || last == u"chronicle" || last == u"inquirer";
  }

  SourceKind kind = SourceKind::unknown;
  const std::size_t length = e - b;
  const bool unnamed_noun = noun != nullptr && is_unnamed(noun->kind);
  const bool entity_is_place = entity != nullptr && (lexicon::Gazetteer::is_country(*entity) ||
                                                     entity->kind == SourceKind::government ||
                                                     entity->kind == SourceKind::organization);
  // Arabic adjectives ("مسؤول سعودي كبير") look like name words; only a known person blocks,
  // or a name after a definite title: "المسؤول الإعلامي في الحزب المعارض سامر حداد" ends in
  // two or more words that no lexicon class covers and that lack the article the title's
  // adjectives and complements carry.
  // (Also "بالملك" opening the phrase: a clause's preposition joined to a definite noun.)
  auto has_article = [&](std::uint32_t i) {
    return s.has_article(i) || (i == b && s.lower(i).starts_with(u"\u0628\u0627\u0644"));
  };
  auto trailing_name = [&] {
    // (A name set off by a comma names any role: "مسؤول الإسعاف في المحافظة، محمد رضا نوروزي".)
    bool set_off = false;
    for (std::uint32_t i = b + 1; i + 2 < e && !set_off; ++i) {
      set_off = s.is_comma(i);
    }
    // ("طبيب العيون كريستيان هوفمان", "خبير الطاقة X": a source noun made definite by its
    // genitive, then the name.)
    const bool definite_construct = e - b >= 4 && s.noun_covering(b) != nullptr && s.noun_covering(b)->begin == b &&
                                    has_article(b + 1);
    if (!arabic || e - b < 3 || !(has_article(b) || s.is(WordClass::title, b) || set_off || definite_construct)) {
      return false;  // ("رئيس بلدية موسكو سيرغي سويانين": a title in a construct chain)
    }
    // ("الأنباء التي ترددت مؤخرا": the words after a relative pronoun are its clause, no name.)
    for (std::uint32_t i = b; i < e; ++i) {
      if (s.is_exact(WordClass::relative, i)) {
        return false;
      }
    }
    // ("مسؤول محلي في بلدوين، عاصمة الإقليم": a place noun and its genitive describe the
    // place before the comma; they are no given and family name.)
    static constexpr std::u16string_view k_place_nouns[] = {
        u"عاصمه", u"مدينه", u"بلده", u"قريه", u"محافظه", u"مقاطعه", u"اقليم", u"ولايه", u"منطقه", u"ميناء",
        u"جزيره", u"ضاحيه", u"حي", u"بلديه"};
    auto place_noun = [&](std::u16string_view folded) {
      return std::find(std::begin(k_place_nouns), std::end(k_place_nouns), folded) != std::end(k_place_nouns);
    };
    std::uint32_t words = 0;
    for (std::uint32_t i = e; i > b + 1; --i) {
      const std::uint32_t t = i - 1;
      // ("موظفون في نزل بمدينة الحمامات": "in the city of", the ب joined to the place noun, says
      // where; the words are no name.)
      if (s.lower(t).size() > 2 && s.lower(t)[0] == u'\u0628' /* ب */ && place_noun(s.lower(t).substr(1))) {
        return false;
      }
      // ("العقيد سالم علي الجدحي": the given name "علي", written as the preposition "على" folds,
      // between two name words.)
      const bool ali = s.lower(t) == u"\u0639\u0644\u064a" && i < e && t > b + 1 && s.is_word(t - 1) &&
                       !has_article(t - 1) && s.noun_covering(t - 1) == nullptr && !s.is(WordClass::title, t - 1) &&
                       !is_function_word(s, t - 1) && s.utf8(t, t + 1) != "\xD8\xB9\xD9\x84\xD9\x89" /* على */;
      const bool classified = s.noun_covering(t) != nullptr || s.nationality_covering(t) != nullptr ||
                              s.is(WordClass::title, t) || (is_function_word(s, t) && !ali) ||
                              s.entity_covering(t) != nullptr || s.is(WordClass::time_word, t) ||
                              s.tokens[t].kind == text::TokenKind::number;
      // ("الدكتور خالد المهندي"، "الخبير الاقتصادي عبدالله البدر": a family name with the
      // article may close the name, after a given name without it.)
      const bool family_name = i == e && has_article(t) && t > b + 1 &&
                               s.is_word(t - 1) && !has_article(t - 1) && s.noun_covering(t - 1) == nullptr &&
                               !s.is(WordClass::title, t - 1) &&
                               (!is_function_word(s, t - 1) || s.utf8(t - 1, t) == "\xD8\xB9\xD9\x84\xD9\x8A" /* علي */);
      // ("الهيئة العامة للطيران المدني": a definite genitive with the lam is no name word.)
      const bool lam_article = s.lower(t).starts_with(u"\u0644\u0644");
      if (!s.is_word(t) || classified || (has_article(t) && !family_name) || lam_article || s.lower(t).size() < 2) {
        break;
      }
      ++words;
    }
    if (words == 2 && has_article(e - 1) && s.is_comma(e - 3) && place_noun(s.lower(e - words))) {
      return false;
    }
    return words >= 2 && words <= 4;
  };
  // A name opening the phrase before its description: "جابور كازاس، المسؤول بشركة …",
  // "غرايم سميث أحد كبار المحللين": two to four words no lexicon class covers and without
  // the article, then a comma, a title or a source noun.
  auto leading_name = [&] {
    if (!arabic) {
      return false;
    }
    // ("عبد الخالق عبد الله": the article after "عبد", "أبو", "بن" is the name's own.)
    auto name_article = [&](std::uint32_t i) {
      const std::u16string_view p = i > b ? s.lower(i - 1) : std::u16string_view{};
      return p == u"\u0639\u0628\u062f" || p == u"\u0627\u0628\u0648" || p == u"\u0628\u0646" ||
             p == u"\u0627\u0628\u0646";
    };
    // ("سعادة السيد عبدالله الكواري، وكيل الوزارة": honorifics before the name.)
    // (The style of address is no honorific of the lexicon: "سعادة" is also "happiness", and
    // "معالي وزير …" is a title's, which the subject reader keeps whole.)
    auto style_of_address = [&](std::uint32_t i) {
      const std::u16string_view t = s.lower(i);
      return s.is(WordClass::honorific, i) || t == u"\u0633\u0639\u0627\u062f\u0647" /* سعادة */ ||
             t == u"\u0645\u0639\u0627\u0644\u064a" /* معالي */ || t == u"\u0641\u062e\u0627\u0645\u0647" /* فخامة */ ||
             t == u"\u0633\u0645\u0627\u062d\u0647" /* سماحة */;
    };
    std::uint32_t first = b;
    while (first < e && style_of_address(first)) {
      ++first;
    }
    // ("عبدالله بن محمد الكواري، وكيل …": a family name in "ال…ي" may close the name before
    // the comma.)
    // ("سامر الحداد، خبير …"، "فارع المسلمي خبير الشؤون اليمنية": a given name, then a family
    // name with the article, then the comma or the role.)
    auto family_name = [&](std::uint32_t i) {
      const bool role_next = i + 1 < e && (s.is_comma(i + 1) || s.is(WordClass::title, i + 1) ||
                                           (s.noun_covering(i + 1) != nullptr && s.noun_covering(i + 1)->begin == i + 1));
      return (i > first && s.lower(i).back() == u'\u064a' && i + 1 < e && s.is_comma(i + 1)) ||
             (i == first + 1 && !has_article(first) && role_next && !s.lower(i + 1).starts_with(u"\u0648"));
    };
    // ("سعيد بن مشبب آل مفرق، صاحب محل": "بن", "بنت" and "آل" join a name's parts, whatever
    // other words they and the part after them are: "بن علي" folds as "على" does.)
    auto name_link = [&](std::uint32_t i) {
      const std::u16string_view t = s.lower(i);
      return i > first && i + 1 < e && s.is_word(i + 1) &&
             (t == u"\u0628\u0646" /* بن */ || t == u"\u0628\u0646\u062a" /* بنت */ || t == u"\u0627\u0644" /* آل */);
    };
    std::uint32_t i = first;
    while (i < e && i - first < 6 &&
           (name_link(i) || (i > first && name_link(i - 1) && s.is_word(i)) ||
            (s.is_word(i) && (!has_article(i) || name_article(i) || family_name(i)) && s.lower(i).size() >= 2 &&
             s.noun_covering(i) == nullptr && s.nationality_covering(i) == nullptr && !s.is(WordClass::title, i) &&
             // ("علي كاظم الفرطوسي، سائق شاحنة": "علي" written with its yeh is a name.)
             (!is_function_word(s, i) || frames::written_ali(s, i)) && s.entity_covering(i) == nullptr &&
             !s.is(WordClass::time_word, i) && s.tokens[i].kind != text::TokenKind::number && s.cue_at(i) == nullptr))) {
      ++i;
    }
    if (i >= e) {
      return false;
    }
    // ("محمود، صيدلي بحي شبرا"، "حيدر، شقيق أحد المعتقلين": a given name alone, then a comma
    // and who he is.)
    if (i - first == 1 && i == b + 1 && s.is_comma(i) && i + 1 < e && s.lower(b).size() >= 3 &&
        (s.is(WordClass::title, i + 1) || (s.noun_covering(i + 1) != nullptr && s.noun_covering(i + 1)->begin == i + 1))) {
      return true;
    }
    if (i - first < 2) {
      return false;
    }
    const std::u16string_view next = s.lower(i);
    // (Not a noun joined by "و": "شاهدا عيان ومصدر قضائي" lists two sources.)
    return s.is_comma(i) || next == u"\u0627\u062d\u062f" /* أحد */ || next == u"\u0627\u062d\u062f\u064a" ||
           ((s.is(WordClass::title, i) || s.noun_covering(i) != nullptr) && !next.starts_with(u"\u0648"));
  };
  // "أحد السكان، ويدعى محمد أوزتورك": an apposition gives the name.
  bool called_name = false;
  for (std::uint32_t i = b; arabic && i + 1 < e && !called_name; ++i) {
    const std::u16string_view t = s.lower(i);
    // (Feminine too: "وهي معلمة تدعى NAME".)
    called_name = (t == u"\u064a\u062f\u0639\u064a" || t == u"\u0648\u064a\u062f\u0639\u064a" || t == u"\u062a\u062f\u0639\u064a" ||
                   t == u"\u0648\u062a\u062f\u0639\u064a") && s.is_word(i + 1);
    // ("دبلوماسي سابق، هو عبد الإله الوزاني": "he is" and the name, set off by a comma.)
    called_name = called_name || (i > b && s.is_comma(i - 1) && s.is_word(i + 1) &&
                                  (t == u"\u0647\u0648" /* هو */ || t == u"\u0648\u0647\u0648" /* وهو */ ||
                                   t == u"\u0647\u064a" /* هي */ || t == u"\u0648\u0647\u064a" /* وهي */));
  }
  const bool arabic_name = trailing_name() || leading_name() || called_name;
  // An English name of a company or body ("Kuwait Petroleum Corporation official") names no person.
  static constexpr std::u16string_view k_body_words[] = {
      u"corporation", u"corp", u"company", u"co", u"bank", u"association", u"group", u"inc", u"ltd", u"council",
      u"ministry", u"party", u"committee", u"institute", u"university", u"agency", u"fund", u"organization",
      u"organisation", u"union", u"bureau", u"department", u"commission", u"authority", u"federation",
      u"petroleum", u"oil", u"airlines", u"industries", u"securities", u"exchange", u"office", u"house"};
  auto body_word = [](std::u16string_view t) {
    return std::find(std::begin(k_body_words), std::end(k_body_words), t) != std::end(k_body_words);
  };
  bool body_name = false;
  for (const std::u16string& t : name_tokens) {
    body_name = body_name || body_word(t);
  }
  // "U.S. Intelligence sources", "Kremlin officials": a plural unnamed head that ends the
  // phrase makes it a group, whatever capitalised words modify it.
  // ("U.S. officials in Taipei": where they are does not name them.)
  const bool plural_unnamed_head = !arabic && noun != nullptr && noun->plural && is_unnamed(noun->kind) &&
                                   (noun_token + 1 == e || (noun_token + 2 < e && (s.lower(noun_token + 1) == u"in" ||
                                                                                 s.lower(noun_token + 1) == u"at")));
  // "Tass commentator Mikhail Krutikhin", "Reuters correspondent Jane Doe": a medium's staff
  // member named after the medium is a person, speaking for himself.
  auto medium_staff_named = [&] {
    if (arabic || entity == nullptr || (entity->kind != SourceKind::agency && entity->kind != SourceKind::outlet) ||
        entity_end + 2 > e) {
      return false;
    }
    static constexpr std::u16string_view k_staff[] = {u"commentator", u"correspondent", u"reporter", u"editor",
                                                      u"columnist", u"writer", u"journalist", u"analyst"};
    const std::u16string_view role = s.lower(entity_end);
    return std::find(std::begin(k_staff), std::end(k_staff), role) != std::end(k_staff) &&
           s.tokens[entity_end + 1].capitalized && s.entity_covering(entity_end + 1) == nullptr;
  };
  const bool named_person = arabic ? ((entity != nullptr && entity->kind == SourceKind::person) || arabic_name)
                                   : (has_name && !(body_name && !role_named) && !plural_unnamed_head);
  // "China's top leader Deng Xiaoping": a person's full name beside a place is the person.
  // ("Richard Amersley-Ott, a researcher on Afghanistan at a rights group": a person's name
  // first, set off from the apposition that mentions the place.)
  const bool name_then_apposition = [&] {
    if (arabic || !entity_is_place || e < b + 4) {
      return false;
    }
    std::uint32_t k = b;
    while (k < e && k < b + 6 && (s.is_word(k) ? s.tokens[k].capitalized && s.entity_covering(k) == nullptr
                                               : s.is_punct(k, u'-') && k > b && s.tokens[k - 1].end == s.tokens[k].begin)) {
      ++k;
    }
    // (The name's own words say what it is; the apposition's "University" does not make
    // "John Smith, a scientist at the University of Paris," a body.)
    bool lead_body = false;
    for (std::uint32_t t = b; t < k && !lead_body; ++t) {
      lead_body = s.is_word(t) && body_word(s.lower(t));
    }
    return k >= b + 2 && k < e && s.is_comma(k) && entity_begin > k && !s.is_exact(WordClass::determiner, b) && !lead_body;
  }();
  const bool named_before_unnamed_apposition = [&] {
    if (arabic || noun == nullptr || !is_unnamed(noun->kind) || entity != nullptr) {
      return false;
    }
    const std::uint32_t start = s.lower(b) == u"the" ? b + 1 : b;
    std::uint32_t k = start;
    bool plain_word = false;  // (not "The Police Department": a name has a word no lexicon lists)
    while (k < e && k < start + 6 && s.is_word(k) && s.tokens[k].capitalized) {
      plain_word = plain_word || s.noun_covering(k) == nullptr;
      ++k;
    }
    return plain_word && k >= start + 2 && k < e && s.is_comma(k) && noun_token > k;
  }();
  const bool english_person = !arabic && entity_is_place &&
                              ((!body_name && name_tokens.size() >= 2 && (noun == nullptr || !is_unnamed(noun->kind)) &&
                                s.tokens[e - 1].capitalized && s.entity_covering(e - 1) == nullptr) ||
                               name_then_apposition);
  // "a FAO report" is the FAO's; "Russian media reports" stay vague; "Kremlin officials" stay unnamed.
  // ("The Tower Commission report": a named body's report, no vague one.)
  const bool report_of_named = noun != nullptr && noun->kind == SourceKind::reports &&
                               ((entity != nullptr && !lexicon::Gazetteer::is_country(*entity)) ||
                                (!arabic && entity == nullptr && s.lower(noun_token) == u"report" && has_name));
  if (medium_staff_named()) {
    kind = SourceKind::person;
    entity = nullptr;
  }
  // "An official of India's State Trading Corporation", "a spokesman at the Bank of Japan": one
  // member of a named body, himself unnamed. (Capitalised words after "of" name the body.)
  const bool member_of_body = !arabic && unnamed_noun && !noun->plural && noun_token + 2 < e && noun_token <= b + 3 &&
                              (s.lower(b) == u"an" || s.lower(b) == u"a" || s.lower(b) == u"one") &&
                              (s.lower(noun_token + 1) == u"of" || s.lower(noun_token + 1) == u"at" ||
                               s.lower(noun_token + 1) == u"from");
  bool named_after = false;  // "an official of the company, John Smith"
  for (std::uint32_t i = noun_token + 1; i < e && !named_after; ++i) {
    named_after = s.is_comma(i);
  }
  // ("أما حزب العمال بالعراق فتحدث": a party or group named by its noun, with the country it
  // is in after "بـ" or "في", is that group, not the country. A ministry "في العراق" is the
  // country's.)
  if (arabic && entity != nullptr && lexicon::Gazetteer::is_country(*entity) && noun != nullptr &&
      noun_token == b && entity_begin > b + 1 &&
      noun->kind == SourceKind::organization &&
      (s.lower(entity_begin).starts_with(u"\u0628") || s.lower(entity_begin - 1) == u"\u0641\u064a" /* في */)) {
    if (country.empty()) {
      country = entity->id;
    }
    entity = nullptr;
  }
  // "a father of two": a number the word classes list among determiners, counted by "of".
  auto counted_of = [&](std::uint32_t t) {
    static constexpr std::u16string_view k_counts[] = {u"two", u"three", u"four", u"five", u"six"};
    return t >= b + 2 && s.lower(t - 1) == u"of" &&
           std::find(std::begin(k_counts), std::end(k_counts), s.lower(t)) != std::end(k_counts);
  };
  // ("an opposition congressman", "a party official": a title after the body's noun heads the
  // phrase; the body only says whose.)
  auto title_after_body = [&] {
    if (arabic || noun == nullptr ||
        (noun->kind != SourceKind::organization && noun->kind != SourceKind::government)) {
      return false;
    }
    for (std::uint32_t i = noun_token + 1; i < first_boundary && i < e; ++i) {
      if (s.is(WordClass::title, i) && !s.tokens[i].capitalized) {
        return true;
      }
    }
    return false;
  };
  // Where the head's phrase ends before a relative clause or where they stand: "amateur
  // trackers | who followed the launch", "independent engineers | at the site" (English; the
  // phrase after the plural says which people, and names none of them).
  std::uint32_t head_end = e;
  for (std::uint32_t k = b + 1; !arabic && k + 1 < e && k <= b + 3; ++k) {
    const std::u16string_view w = s.lower(k);
    if (w == u"who" || ((w == u"at" || w == u"in" || w == u"near" || w == u"on") && frames::people_plural(s.lower(k - 1)) &&
                        !s.tokens[k + 1].capitalized)) {
      head_end = k;
      break;
    }
  }
  // A body the country's name is the genitive of, no office of its government: "طيران"،
  // "مطار"، "شركة"، "جامعة" (a bank, unless "المركزي" follows: "بنك الكويت المركزي" is the state's).
  auto country_owns_body = [&](std::uint32_t name_begin) {
    static constexpr std::u16string_view k_bodies[] = {
        u"\u0637\u064a\u0631\u0627\u0646" /* طيران */, u"\u0645\u0637\u0627\u0631" /* مطار */,
        u"\u0634\u0631\u0643\u0647" /* شركة */,       u"\u062c\u0627\u0645\u0639\u0647" /* جامعة */,
        u"\u0646\u0627\u062f\u064a" /* نادي */,       u"\u0645\u0646\u062a\u062e\u0628" /* منتخب */,
        u"\u0645\u062a\u062d\u0641" /* متحف */,       u"\u0645\u064a\u0646\u0627\u0621" /* ميناء */,
        u"\u0645\u0633\u062a\u0634\u0641\u064a" /* مستشفى */, u"\u0628\u0648\u0631\u0635\u0647" /* بورصة */,
        u"\u0641\u0646\u062f\u0642" /* فندق */,       u"\u0645\u0635\u0646\u0639" /* مصنع */,
        u"\u0628\u0646\u0643" /* بنك */,               u"\u0645\u0635\u0631\u0641" /* مصرف */};
    const std::u16string_view before = s.lower(name_begin - 1);
    if (std::find(std::begin(k_bodies), std::end(k_bodies), before) == std::end(k_bodies)) {
      return false;
    }
    const bool bank = before == u"\u0628\u0646\u0643" || before == u"\u0645\u0635\u0631\u0641";
    return !(bank && entity_end < e && s.lower(entity_end) == u"\u0627\u0644\u0645\u0631\u0643\u0632\u064a" /* المركزي */);
  };
  auto one_of_many = [&] {
    const std::u16string_view first = s.lower(b);
    return first == u"a" || first == u"an" || first == u"one" || first == u"another";
  };
  if (unnamed_noun && (((entity == nullptr || entity_is_place) && !named_person && !report_of_named) ||
                       (member_of_body && !named_after))) {
    kind = noun->kind;
    if (entity != nullptr && lexicon::Gazetteer::is_country(*entity) && country.empty()) {
      country = entity->id;
    }
    entity = nullptr;
  } else if (!arabic && unnamed_noun && entity != nullptr && entity_is_place && noun_token + 1 == first_boundary &&
             entity_begin > first_boundary && one_of_many()) {
    // "A Commerce Ministry official in New Delhi": the body's name before the noun and the place
    // after it do not name him.
    kind = noun->kind;
    if (lexicon::Gazetteer::is_country(*entity) && country.empty()) {
      country = entity->id;
    }
    entity = nullptr;
  } else if (arabic && entity != nullptr && lexicon::Gazetteer::is_country(*entity) && s.is(WordClass::title, b) &&
             entity_begin > b + 1 && s.lower(entity_begin - 1) == u"\u0641\u064a" /* في */) {
    // ("السفير الروسي في سوريا"، "نائب رئيس المركز … في سوريا": an office held in a country is
    // a person's; the country is where.)
    if (country.empty()) {
      country = entity->id;
    }
    entity = nullptr;
    kind = SourceKind::person;
  } else if (arabic && entity != nullptr && lexicon::Gazetteer::is_country(*entity) && entity_begin > b &&
             country_owns_body(entity_begin)) {
    // ("رئيس طيران الإمارات"، "مدير مطار القاهرة": the country's airline, airport or firm is a
    // body of its own; the country is only whose.)
    if (country.empty()) {
      country = entity->id;
    }
    entity = nullptr;
    kind = s.is(WordClass::title, b) ? SourceKind::person : SourceKind::organization;
  } else if (entity != nullptr && !((arabic_name || english_person) && entity_is_place)) {
    kind = entity->kind;
  } else if (arabic_name || role_named || english_person) {
    // ("رئيس بلدية موسكو سيرغي سويانين": the person, not Moscow.)
    if (entity != nullptr && country.empty() && lexicon::Gazetteer::is_country(*entity)) {
      country = entity->id;
    }
    entity = nullptr;
    kind = SourceKind::person;
  } else if (report_of_named && entity == nullptr) {
    kind = SourceKind::organization;  // the named body that issued the report
  } else if (entity == nullptr && title_after_body()) {
    kind = one_of_many() ? SourceKind::officials : SourceKind::person;
  } else if (!arabic && named_person && noun != nullptr && is_unnamed(noun->kind) && name_positions.size() >= 2 &&
             name_positions[0] == b && name_positions[1] == b + 1 && noun_token > b + 2 &&
             (s.lower(b + 2) == u"of" || s.lower(b + 2) == u"at" || s.lower(b + 2) == u"from" ||
              s.lower(b + 2) == u"with")) {
    // ("Peter Hanley of commodity brokers Lowther and Gray": a person named first, then where
    // he works; the unnamed noun only says what the firm is.)
    kind = SourceKind::person;
  } else if (named_before_unnamed_apposition) {
    // ("The Carter Center, one of the few observers allowed in,": a name of capitalised words
    // first, then what it is; the unnamed noun does not unname it. "The" before it, or a word
    // like "Foundation", makes it a body.)
    kind = (s.lower(b) == u"the" || body_name) ? SourceKind::organization : SourceKind::person;
  } else if (noun != nullptr && noun->kind != SourceKind::unknown) {
    kind = noun->kind;
    if (kind == SourceKind::person && !has_name) {
      kind = SourceKind::person;  // "the spokesman": a named role, on the record
    }
  } else if (has_name) {
    const std::size_t names = name_tokens.size();
    kind = (has_title || (names >= 2 && names <= 4)) ? SourceKind::person : SourceKind::unknown;
    // "الجهاز المركزي للإحصاء": words the lexicons do not know, each with the article, are a
    // definite description (a body, a document), not a person's name. ("السا غونزاليس",
    // "ألكسندر نوفاك" folded: a foreign given name may start like the article, but the family
    // name after it does not.)
    const bool all_definite = std::all_of(name_tokens.begin(), name_tokens.end(), [](const std::u16string& t) {
      return t.starts_with(u"\u0627\u0644") || t.starts_with(u"\u0644\u0644");
    });
    if (arabic && !has_title && all_definite) {
      kind = SourceKind::unknown;
    }
    // ("قوة الإسناد الأمني" in quotation marks: Arabic copy quotes the names of groups and
    // bodies, not of people.)
    if (arabic && !has_title && s.is_open_quote(b) && name_tokens.size() >= 2) {
      kind = SourceKind::organization;
    }
  } else if (!arabic &&
             ((length >= 2 && s.is_exact(WordClass::determiner, b)) ||
              // ("soccer's global governing body said P": a lowercase possessive stands for the
              // article.)
              (length >= 3 && !s.tokens[b].capitalized && s.is_word(b) &&
               (s.lower(b + 1) == u"'s" || s.lower(b + 1) == u"\u2019s")) ||
              // ("That post, however, said P": "that" opening the sentence is a determiner too.)
              (length >= 2 && s.lower(b) == u"that" && lowercase_or_first(s, b) && s.tokens[b].capitalized &&
               !s.tokens[b + 1].capitalized) ||
              (s.lower(b).size() >= 5 && s.lower(b).back() == u's' && !s.lower(b).ends_with(u"ss") &&
               (length == 1 || s.lower(b + 1) == u"for" || s.lower(b + 1) == u"of" || s.lower(b + 1) == u"at")) ||
              // ("independent trackers", "local traders": a bare plural of people after a modifier,
              // and its relative clause: "amateur trackers who followed the launch".)
              (head_end - b >= 2 && frames::words_in(s, b, head_end) <= 3 && !s.tokens[head_end - 1].capitalized &&
               (lowercase_or_first(s, b) || s.nationality_covering(b) != nullptr) &&
               frames::people_plural(s.lower(head_end - 1)))) &&
             s.is_word(e - 1) && (!is_function_word(s, e - 1) || counted_of(e - 1))) {
    // "the coach", "the coast guard", "attorneys for the family": a source the lexicon does not
    // classify. ("a mother of five": the count after "of" ends the phrase as "of eight" does.)
    kind = SourceKind::unknown;
    // ("A 16-year-old student", "a local shopkeeper": one of the people a story meets, with a
    // modifier between the article and a noun the lexicon knows as "a student".)
    if (one_of_many() && first_boundary > b + 2 && s.lower(b) != u"one" && s.lower(b) != u"another") {
      const std::u16string_view head = s.lower(first_boundary - 1);
      if (!s.tokens[first_boundary - 1].capitalized && s.is_word(first_boundary - 1)) {
        const std::string a_head = "a " + lexicon::to_utf8(head);
        const std::string an_head = "an " + lexicon::to_utf8(head);
        for (const lexicon::SourceNounEntry& n : s.lex.source_nouns()) {
          if (n.kind == SourceKind::anonymous && !n.plural &&
              std::any_of(n.forms.begin(), n.forms.end(), [&](const std::string& f) { return f == a_head || f == an_head; })) {
            kind = SourceKind::anonymous;
            break;
          }
        }
      }
    }
  } else if (!arabic && length == 1 && s.lower(b) == u"most") {
    // ("Economists polled had expected a cut, and most said P": "most" alone stands for the
    // people just named, none of them by name. Not a source noun, which would make "the
    // alliance that funds most of the rollout" unnamed.)
    kind = SourceKind::anonymous;
  } else if (arabic && length == 1 && (s.is(WordClass::title, b) || s.is(WordClass::honorific, b))) {
    // "وقال المهندس إن P"، "وقال الوكيل إن P": a title alone names its holder, whom the text
    // knows.
    kind = SourceKind::person;
  } else if (!arabic && noun == nullptr && entity == nullptr && !has_name && first_boundary >= b + 2 &&
             first_boundary <= b + 5 && (first_boundary == e || s.is_comma(first_boundary)) &&
             s.nationality_covering(b) != nullptr && s.tokens[b].capitalized &&
             [&] {
               for (std::uint32_t i = b + 1; i < first_boundary; ++i) {
                 if (!s.tokens[i].capitalized &&
                     !(i + 1 < first_boundary && (s.lower(i) == u"and" || s.lower(i) == u"&"))) {
                   return false;
                 }
               }
               return true;
             }()) {
    // ("UK Finance said P", "UK Finance, the banking trade body, said P": a body named by a
    // country's word and portfolio words, "Finance" read as a minister's title. Every word
    // capitalised, none a name of its own.)
    kind = SourceKind::organization;
  } else if (!arabic && noun == nullptr && entity == nullptr && !has_name && first_boundary <= e && first_boundary > b &&
             [&] {
               // ("Former chiefs said P", "Acting heads said P": titles, the last in the plural, and
               // no name: unnamed officials.)
               const std::u16string_view last = s.lower(first_boundary - 1);
               if (last.size() < 4 || !last.ends_with(u"s") ||
                   !s.lex.is_exact(WordClass::title, last.substr(0, last.size() - 1))) {
                 return false;
               }
               for (std::uint32_t i = b; i + 1 < first_boundary; ++i) {
                 if (!s.is(WordClass::title, i)) {
                   return false;
                 }
               }
               return true;
             }()) {
    kind = SourceKind::officials;
  } else if (noun == nullptr && !medium_name) {
    return out;  // nothing that names a source: "the move", "it all"
  }

  // ("Two of them said", "one of those who fled": some of a group, none of them named.)
  if (!arabic && e >= b + 3 && s.lower(b + 1) == u"of" &&
      (s.lower(b + 2) == u"them" || s.lower(b + 2) == u"those" || s.lower(b + 2) == u"us") &&
      (kind == SourceKind::unknown || kind == SourceKind::person)) {
    static constexpr std::u16string_view k_some[] = {u"one", u"two", u"three", u"four", u"five", u"some",
                                                     u"several", u"many", u"most", u"another"};
    if (std::find(std::begin(k_some), std::end(k_some), s.lower(b)) != std::end(k_some)) {
      kind = SourceKind::anonymous;
    }
  }
  // ("The groups said", "both groups": groups the story has named, not unnamed ones.)
  if (!arabic && noun != nullptr && noun->id == "en.groups" && kind == SourceKind::anonymous &&
      (s.lower(b) == u"the" || s.lower(b) == u"these" || s.lower(b) == u"those" || s.lower(b) == u"both" ||
       s.lower(b) == u"their" || s.lower(b) == u"its")) {
    kind = SourceKind::organization;
  }
  // "One patient, 67-year-old Graham Pike from Solihull": a full name in the apposition after
  // the comma names the unnamed noun.
  if (!arabic && entity == nullptr && kind == SourceKind::anonymous && noun != nullptr && !noun->plural) {
    for (std::size_t k = 0; k + 1 < name_positions.size(); ++k) {
      const std::uint32_t p = name_positions[k];
      bool after_comma = false;
      for (std::uint32_t c = b; c < p && !after_comma; ++c) {
        after_comma = s.is_comma(c);
      }
      // (Not a firm's name: "a source at her record label, Kestrel Music", "a spokesman for the
      // operator, Sepid Darya Shipping".)
      std::uint32_t name_end = p + 1;
      while (name_end < e && s.is_word(name_end) && s.tokens[name_end].capitalized) {
        ++name_end;
      }
      static constexpr std::u16string_view k_firm_words[] = {
          u"records", u"music", u"corp", u"inc", u"ltd", u"plc", u"group", u"holdings", u"bank", u"company",
          u"airlines", u"airways", u"shipping", u"media", u"communications", u"partners", u"associates",
          u"co", u"press", u"industries", u"motors", u"energy", u"systems", u"entertainment", u"studios"};
      const bool firm = std::find(std::begin(k_firm_words), std::end(k_firm_words), s.lower(name_end - 1)) !=
                        std::end(k_firm_words);
      if (after_comma && !firm && name_positions[k + 1] == p + 1 && !anonymity_follows(s, e)) {
        kind = SourceKind::person;
        break;
      }
    }
  }
  // ("a senior officer at the Cantonment police station": the body after the preposition says
  // where he works; the head before it is the source, one person of it, unnamed.)
  // (A name in apposition, "A member of parliament's committee, Mohsen Zarrabi", is his.)
  auto preposition_before_noun = [&]() -> std::uint32_t {
    std::uint32_t found = 0;
    for (std::uint32_t i = b + 2; noun != nullptr && i < e; ++i) {
      if (s.is_comma(i)) {
        return 0;
      }
      if (found == 0 && i < noun_token && s.is_exact(WordClass::preposition, i)) {
        found = i;
      }
    }
    return found;
  };
  const std::uint32_t body_preposition = preposition_before_noun();
  const bool body_after_head = body_preposition != 0;
  // (The body's own name, "the Harlow Road police station", names no person.)
  const bool names_only_in_body =
      body_after_head && name_positions.size() == name_tokens.size() &&
      std::all_of(name_positions.begin(), name_positions.end(), [&](std::uint32_t p) { return p > body_preposition; });
  if (!arabic && (entity == nullptr || (entity_is_place && body_after_head)) && !role_named &&
      (name_tokens.size() <= 1 || names_only_in_body) &&
      (kind == SourceKind::person || kind == SourceKind::unknown ||
       ((kind == SourceKind::government || kind == SourceKind::organization) && body_after_head))) {
    // "one Republican political strategist", "a bank employee": an indefinite person the
    // article does not name.
    const std::u16string_view first = s.lower(b);
    const bool indefinite = first == u"a" || first == u"an" || first == u"one" || first == u"another" ||
                            first == u"several" || first == u"two" || first == u"three";
    // The head names a person by its ending ("strategist", "negotiator", "spokesman" aside);
    // "a bank study" is a document, no person.
    std::uint32_t head = e - b >= 2 ? b + 1 : b;  // (a one-word phrase is its own head)
    // ("engineers at the plant": a bare head with where it stands.)
    if (e - b >= 3 && !s.tokens[b].capitalized && s.is_exact(WordClass::preposition, b + 1)) {
      head = b;
    }
    while (head + 1 < head_end && s.is_word(head + 1) && !s.is(WordClass::preposition, head + 1) && !s.is_comma(head + 1)) {
      ++head;
    }
    const std::u16string_view h = s.lower(head);
    const bool person_head = h.ends_with(u"ist") || h.ends_with(u"er") || h.ends_with(u"or") ||
                             h.ends_with(u"ant") || h.ends_with(u"ian") || h.ends_with(u"ee") ||
                             h.ends_with(u"ive") || h.ends_with(u"man") || h.ends_with(u"woman");
    // (A spokesman speaks for an office, on the record; "a minister", "a field commander" do not.)
    const bool spokesperson = h.starts_with(u"spokes");
    if (indefinite && person_head && !spokesperson && !s.is(WordClass::statement_noun, head)) {
      kind = SourceKind::anonymous;
      if (entity != nullptr && lexicon::Gazetteer::is_country(*entity) && country.empty()) {
        country = entity->id;
      }
      entity = nullptr;
    }
    // "Businessmen said", "Two suppliers told the BBC", "Many passengers": people of a kind,
    // none named. ("The suppliers", "its engineers" point back to someone; left alone.)
    const bool plural_person = frames::people_plural(h);
    const bool quantified = first == u"two" || first == u"three" || first == u"four" || first == u"several" ||
                            first == u"some" || first == u"many" || first == u"most" || first == u"other" ||
                            first == u"dozens" || first == u"numerous";
    // (A capitalised bare plural may be a firm's name, "Fosters said": only endings no firm has.)
    const bool bare = head == b && (!s.tokens[b].capitalized || h.ends_with(u"men") || h.ends_with(u"ists") ||
                                    h.ends_with(u"ians") || h.ends_with(u"ees"));
    // ("engineers at the plant": where they work names none of them.)
    const bool ends_at_head = head + 1 == head_end || (head + 2 < e && s.is_exact(WordClass::preposition, head + 1) &&
                                                s.lower(head + 1) != u"of" && !s.tokens[head + 2].capitalized);
    // ("independent trackers", "local traders": lowercase modifiers before the bare plural;
    // "its engineers", "their lawyers" point back.)
    static constexpr std::u16string_view k_pointing[] = {u"its", u"their", u"his", u"her", u"our", u"my",
                                                         u"your", u"whose", u"these", u"those", u"such"};
    // ("Russian bloggers": a nationality is no firm's name either.)
    const bool modified_bare = head + 1 == head_end && head > b && frames::words_in(s, b, head_end) <= 3 &&
                               (lowercase_or_first(s, b) || s.nationality_covering(b) != nullptr) &&
                               !s.is(WordClass::determiner, b) &&
                               std::find(std::begin(k_pointing), std::end(k_pointing), first) == std::end(k_pointing);
    // ("…, jurors heard": the jury as a body, the court's own hearing, no unnamed people.)
    if (plural_person && !spokesperson && ends_at_head && (bare || quantified || modified_bare) && noun == nullptr &&
        !s.is(WordClass::statement_noun, head) && h != u"jurors") {
      kind = SourceKind::anonymous;
    }

  }
  // ("One senior New York banker", "A Daehan Haeun manager", "A World Health Organization
  // official in Geneva": capitalised words before a lowercase head are its modifiers, a place,
  // a firm or a body, and name no one; the head is one unnamed person. A spokesman speaks on
  // the record.)
  // (A role before the capitalised words, "senior", is no role naming them: the head after
  // them is lowercase.)
  if (!arabic && one_of_many() && b + 1 < e &&
      (kind == SourceKind::person || kind == SourceKind::unknown || kind == SourceKind::organization ||
       kind == SourceKind::government)) {
    std::uint32_t head = b + 1;
    bool capitalised_before = false;
    while (head < e && s.is_word(head) && !s.is_comma(head) && (s.tokens[head].capitalized || s.lower(head) == u"senior" ||
                                                                 s.lower(head) == u"former" || s.lower(head) == u"top")) {
      capitalised_before = capitalised_before || s.tokens[head].capitalized;
      ++head;
    }
    // (After the head only where he is, "in Geneva": no name and no comma.)
    const bool place_after = head + 1 < e && (s.lower(head + 1) == u"in" || s.lower(head + 1) == u"at" ||
                                              s.lower(head + 1) == u"from");
    const bool ends_at_head = head + 1 == e || place_after;
    bool name_after_head = false;
    for (std::uint32_t i = head + 1; i < e && !name_after_head; ++i) {
      name_after_head = s.is_comma(i) || (s.tokens[i].capitalized && !place_after);
    }
    if (capitalised_before && head < e && s.is_word(head) && !s.tokens[head].capitalized && ends_at_head &&
        !name_after_head) {
      // The head is a source noun the lexicon knows as unnamed ("official", "source",
      // "diplomat"), or a person's by its ending ("banker", "manager", "analyst"); a spokesman
      // speaks on the record.
      const std::u16string_view h = s.lower(head);
      const Hit* head_noun = s.noun_covering(head);
      const bool lexicon_unnamed = head_noun != nullptr && head_noun->begin == head &&
                                   is_unnamed(s.lex.source_nouns()[head_noun->payload].kind);
      const bool person_ending = h.ends_with(u"er") || h.ends_with(u"or") || h.ends_with(u"ist") ||
                                 h.ends_with(u"ant") || h.ends_with(u"ive") || h.ends_with(u"ee") || h == u"aide";
      if ((lexicon_unnamed || person_ending) && !h.starts_with(u"spokes") && !s.is(WordClass::statement_noun, head)) {
        kind = lexicon_unnamed ? s.lex.source_nouns()[head_noun->payload].kind : SourceKind::anonymous;
        if (entity != nullptr && lexicon::Gazetteer::is_country(*entity) && country.empty()) {
          country = entity->id;
        }
        entity = nullptr;
      }
    }
  }
  // ("Companies echoed this sentiment, saying P", "Banks said": businesses of a kind, none
  // named, with no article; "the companies" points back to ones named.)
  if (!arabic && entity == nullptr && e == b + 1 && !(b > 0 && s.is(WordClass::determiner, b - 1))) {
    static constexpr std::u16string_view k_kinds_of_business[] = {
        u"companies", u"firms", u"banks", u"airlines", u"manufacturers", u"retailers", u"producers",
        u"exporters", u"importers", u"insurers", u"lenders", u"brokers", u"carmakers", u"refiners"};
    if (std::find(std::begin(k_kinds_of_business), std::end(k_kinds_of_business), s.lower(b)) !=
        std::end(k_kinds_of_business)) {
      kind = SourceKind::anonymous;
    }
  }
  // "قال عسكري"، "قائد كبير في الجيش"، "ضابط سوري": an indefinite role with no name is
  // unnamed; "قائد الجيش" (the army's commander) is a definite office, and a spokesman
  // ("متحدث باسم الوزارة") speaks on the record.
  // Is the word after the head a proper name in the genitive ("محافظ أصفهان"، "طبيب فياريال")?
  // An adjective ("قائد كبير"، "ضابط سوري"، "مصدر مطلع") or a common noun ("شاهد عيان"،
  // "عامل إغاثة", a folded ة) is not.
  auto proper_genitive = [&] {
    if (!arabic || b + 1 >= e || !s.is_word(b + 1) || has_article(b + 1) || is_function_word(s, b + 1) ||
        s.noun_covering(b + 1) != nullptr || s.nationality_covering(b + 1) != nullptr ||
        s.is(WordClass::title, b + 1) || s.tokens[b + 1].kind == text::TokenKind::number || s.cue_at(b + 1) != nullptr) {
      return false;
    }
    const std::u16string_view n = s.lower(b + 1);
    static constexpr std::u16string_view k_indefinite_adjectives[] = {
        u"\u0643\u0628\u064a\u0631" /* كبير */, u"\u0631\u0641\u064a\u0639" /* رفيع */,
        u"\u0628\u0627\u0631\u0632" /* بارز */, u"\u0633\u0627\u0628\u0642" /* سابق */,
        u"\u062c\u062f\u064a\u062f" /* جديد */, u"\u0639\u064a\u0627\u0646" /* عيان */,
        u"\u0631\u0641\u064a\u0639\u0627", u"\u0643\u0628\u064a\u0631\u0627", u"\u0628\u0627\u0631\u0632\u0627"};
    // (An accusative adjective ends in "يا" after an accusative head, "مسؤولا أمنيا"; after a
    // head in the nominative a long word in "يا" is a place's name, "حاكم أنتيوكيا".)
    const bool place_in_ya = n.size() >= 6 && !s.lower(b).ends_with(u"\u0627");
    return n.size() >= 4 && n.back() != u'\u064a' && (!n.ends_with(u"\u064a\u0627") || place_in_ya) &&
           n.back() != u'\u0647' &&
           n.front() != u'\u0645' &&
           std::find(std::begin(k_indefinite_adjectives), std::end(k_indefinite_adjectives), n) ==
               std::end(k_indefinite_adjectives);
  };
  // "صفحات ميسانية على فيسبوك"، "حسابات موالية على تلغرام": pages or accounts of a kind on a
  // platform, none named, are as vague as "صفحات على فيسبوك" the lexicon holds. ("على" or
  // "عبر" after the first word says where they are posted; the platform's name may be any.)
  if (arabic && entity == nullptr && e > b + 2 && (kind == SourceKind::person || kind == SourceKind::unknown)) {
    std::u16string_view first = s.lower(b);
    if (first.size() > 4 && first[0] == u'\u0648' /* و */) {
      first.remove_prefix(1);
    }
    const bool pages = first == u"\u0635\u0641\u062d\u0627\u062a" /* صفحات */ ||
                       first == u"\u062d\u0633\u0627\u0628\u0627\u062a" /* حسابات */ ||
                       first == u"\u0645\u0646\u0634\u0648\u0631\u0627\u062a" /* منشورات */;
    bool posted_on = false;
    std::uint32_t on = e;
    for (std::uint32_t i = b + 1; i + 1 < e && !posted_on; ++i) {
      posted_on = s.lower(i) == u"\u0639\u0644\u064a" /* على (folded) */ || s.lower(i) == u"\u0639\u0628\u0631" /* عبر */;
      on = i;
    }
    // ("صفحة "ثورة أولياء الأمور" على فيسبوك"، "حساب على منصة إكس": one page or account, named
    // or not, is as vague, when a platform follows "على"; without one a page is a paper's.)
    const bool one_page = first == u"صفحه" || first == u"حساب";
    // (A platform named, or the word for one: "على منصة إكس"، "عبر موقعها"، "على تطبيق".)
    auto platform_word = [&](std::uint32_t k) {
      const std::u16string_view t = s.lower(k);
      return frames::social_platform_name(t) || t == u"منصه" || t == u"موقع" || t == u"تطبيق";
    };
    const bool platform_after = posted_on && on + 1 < e && platform_word(on + 1);
    if ((pages && posted_on) || (one_page && platform_after)) {
      kind = SourceKind::reports;
    }
  }
  // ("حاج مصري من محافظة الفيوم"، "طالب سوري": an indefinite noun and an indefinite nationality
  // after it are someone of a kind, none named. Not a head written with "ة", as a rule a thing
  // that speaks through its authors: "دراسة يابانية نشرتها مجلة …".)
  if (arabic && !arabic_name && entity == nullptr && e > b + 1 && !has_article(b) && !has_article(b + 1) &&
      s.nationality_covering(b + 1) != nullptr && s.nationality_covering(b) == nullptr &&
      !doc.slice(doc.tokens_span(s, b, b + 1)).ends_with("\xD8\xA9") /* ة */ &&
      (kind == SourceKind::person || kind == SourceKind::unknown)) {
    kind = SourceKind::anonymous;
  }
  // "عددا من المرشحين"، "بعض السكان": some people of a kind, none named.
  if (arabic && !arabic_name && entity == nullptr && e > b + 2 && s.lower(b + 1) == u"\u0645\u0646" /* من */ &&
      (kind == SourceKind::person || kind == SourceKind::unknown)) {
    std::u16string_view first = s.lower(b);
    if (first.size() > 3 && first[0] == u'\u0648') {
      first.remove_prefix(1);
    }
    if (first == u"\u0639\u062f\u062f" || first == u"\u0639\u062f\u062f\u0627" /* عدد، عددا */ ||
        first == u"\u0628\u0639\u0636" /* بعض */) {
      kind = SourceKind::anonymous;
    }
  }
  // "مدير إحدى المدارس المغلقة"، "موظف في إحدى الشركات": one of many of a kind, which one
  // unsaid, names no one.
  // ("والد أحد السباحين" too: kin of one of many, which one unsaid. Not one named after a comma,
  // "شقيق أحد المعتقلين، ويدعى سامر عودة".)
  auto comma_inside = [&] {
    for (std::uint32_t k = b; k < e; ++k) {
      if (s.is_comma(k)) {
        return true;
      }
    }
    return false;
  };
  if (arabic && (entity == nullptr || entity_is_place) && e > b + 2 &&
      (kind == SourceKind::person || kind == SourceKind::unknown) && !comma_inside()) {
    for (std::uint32_t k = b + 1; k + 1 < e && k <= b + 2; ++k) {
      if ((s.lower(k) == u"احدي" || s.lower(k) == u"احد") && has_article(k + 1)) {
        kind = SourceKind::anonymous;
        break;
      }
      if (s.lower(k) != u"في") {
        break;
      }
    }
  }
  if (arabic && !arabic_name && (entity == nullptr || entity_is_place) &&
      (kind == SourceKind::person || kind == SourceKind::unknown)) {
    const std::u16string_view head = s.lower(b);
    // A construct chain ending in a definite noun is definite ("رئيس منظمة السلام"); an
    // adjective or a preposition ends an indefinite one ("قائد كبير في الجيش"). (Offices'
    // chains run long: "مدير مكتب هيئة شؤون الأسرى".)
    bool definite_next = false;
    for (std::uint32_t k = b + 1; k < e && k <= b + 5 && s.is_word(k) && !is_function_word(s, k); ++k) {
      if ((has_article(k) && s.nationality_covering(k) == nullptr) || s.entity_covering(k) != nullptr) {
        definite_next = true;
        break;
      }
      // "وكيل أعماله" (his business agent): a possessive pronoun makes the chain definite too.
      // (Written "ه", "ها", "هم": a folded "ة" is written otherwise.)
      const std::string surface = doc.slice(doc.tokens_span(s, k, k + 1));
      if (k == b + 1 && surface.size() > 6 &&
          (surface.ends_with("\xD9\x87") || surface.ends_with("\xD9\x87\xD8\xA7") ||
           surface.ends_with("\xD9\x87\xD9\x85"))) {
        definite_next = true;
        break;
      }
    }
    // "رئيس ما تسمى "لجنة شؤون الأسرى"": the office of a named body is definite too.
    if (b + 3 < e && s.lower(b + 1) == u"\u0645\u0627" && s.is_open_quote(b + 3)) {
      definite_next = true;
    }
    // ("رئيس «حزب النور»"، "منسق «تحالف المدن العربية»": so is a body's name in quotation marks
    // as the genitive.)
    if (b + 2 < e && s.is_open_quote(b + 1) && s.is_word(b + 2)) {
      definite_next = true;
    }
    // "محافظ أصفهان"، "طبيب فياريال": a proper name as the genitive makes the office definite.
    // ("قائد شرطة لرستان": so does one that ends a construct chain of two.)
    definite_next = definite_next || proper_genitive() ||
                    (e == b + 3 && s.noun_covering(b + 1) != nullptr && !has_article(b + 1) && [&] {
                      const std::u16string_view n = s.lower(b + 2);
                      return s.is_word(b + 2) && !has_article(b + 2) && !is_function_word(s, b + 2) &&
                             s.noun_covering(b + 2) == nullptr && s.nationality_covering(b + 2) == nullptr &&
                             !s.is(WordClass::title, b + 2) && s.cue_at(b + 2) == nullptr &&
                             s.tokens[b + 2].kind != text::TokenKind::number && n.size() >= 4 && n.back() != u'\u064a' &&
                             n.back() != u'\u0647' && n.front() != u'\u0645';
                    }());
    const bool spokesman = head.starts_with(u"\u0645\u062a\u062d\u062f\u062b") /* متحدث */ ||
                           head.starts_with(u"\u0646\u0627\u0637\u0642") /* ناطق */;
    const bool person_noun = noun != nullptr && noun_token == b &&
                             (noun->kind == SourceKind::person || is_unnamed(noun->kind));
    const bool role = s.is(WordClass::title, b) || person_noun ||
                      (e - b == 2 && s.nationality_covering(b + 1) != nullptr && !has_article(b + 1));
    // ("والدة أحد الأسرى"، "شقيق أحد البحارة": a relative of someone the story names or
    // describes speaks as a person, as the dev gold has a detained driver.)
    const bool kin = noun != nullptr && noun_token == b && (noun->id == "ar.qarib" || noun->id == "ar.qariba");
    if (!has_article(b) && role && !definite_next && !spokesman && !kin && s.tokens[b].kind != text::TokenKind::number &&
        !s.is(WordClass::honorific, b)) {
      kind = SourceKind::anonymous;
    }
  }
  // "طبيب فياريال": a singular unnamed noun with a proper name for its genitive is that body's
  // office (its doctor, its spokesman), on the record.
  if (arabic && kind == SourceKind::anonymous && noun != nullptr && !noun->plural && noun_token == b && e == b + 2 &&
      !has_article(b) && proper_genitive()) {
    kind = SourceKind::person;
  }
  // (English: a name after a preposition is where the source works, "a senior manager at
  // <Emirates Ship Repair Co>", not the source's own.)
  std::size_t own_names = name_tokens.size();
  if (!arabic) {
    std::uint32_t first_preposition = e;
    for (std::uint32_t i = b + 1; i < e && first_preposition == e; ++i) {
      if (s.is_exact(WordClass::preposition, i)) {
        first_preposition = i;
      }
    }
    own_names = static_cast<std::size_t>(
        std::count_if(name_positions.begin(), name_positions.end(), [&](std::uint32_t p) { return p < first_preposition; }));
  }
  if (!(kind == SourceKind::person && (arabic ? arabic_name : own_names >= 2)) &&
      (entity == nullptr || entity->kind == SourceKind::person ||
       // ("An IMD official, requesting anonymity,": a body's official, the noun after its name.)
       (noun != nullptr && noun_token >= entity_end)) &&
      (anonymity_follows(s, e) || (arabic && [&] {
         // ("مهندس في الميناء لم تكشف عن هويته": the anonymity inside the phrase, at its end.)
         for (std::uint32_t i = b + 1; i < e; ++i) {
           if (s.lower(i) == u"\u0644\u0645" /* لم */) {
             return anonymity_follows(s, i);
           }
         }
         return false;
       }()))) {
    kind = SourceKind::anonymous;  // "the strategist, who requested anonymity"
  }

  if (medium_name) {
    kind = SourceKind::outlet;
  }
  // "أحد جيرانهم"، "إحداهن"، "أحد عشر مهاجرا"، "مسافرون"، "عاملون على السفن": one of a group, a
  // number of people, or people of a kind, none named.
  if (arabic && !arabic_name && entity == nullptr && (kind == SourceKind::unknown || kind == SourceKind::person)) {
    const std::u16string_view first = s.lower(b);
    const bool one_of = first == u"\u0627\u062d\u062f" /* احد */ || first == u"\u0627\u062d\u062f\u064a" /* احدي */ ||
                        first.starts_with(u"\u0627\u062d\u062f\u0627\u0647") /* احداه… */ ||
                        first.starts_with(u"\u0627\u062d\u062f\u0647") /* احده… */;
    // (Broken plurals, "عمال"، "ركاب", are the lexicon's unnamed people.)
    const bool people = (first.size() >= 6 && !has_article(b) && e - b <= 4 &&
                         (first.ends_with(u"\u0648\u0646") /* ون */ || first.ends_with(u"\u064a\u0646") /* ين */) &&
                         // (Not a foreign name with its family name: "مارتون هاجدو".)
                         (e == b + 1 || s.is_exact(WordClass::preposition, b + 1) ||
                          // (Not a given name before a family nisba: "بنشقرون الزموري"; a
                          // plural's definite word after it is a time, "محتجون الأحد".)
                          (has_article(b + 1) && !(s.lower(b + 1).ends_with(u"\u064a") /* ي */ &&
                                                   !s.is(WordClass::time_word, b + 1)))));
    if (one_of || people) {
      kind = SourceKind::anonymous;
    }
  }
  // ("أكد عدد من السكان لوكالة فرانس برس أن P. وقالت إحداهن إن Q": one of the group that just
  // spoke, in the same interview; the group's relays and the medium it told carry over.)
  if (arabic) {
    const std::u16string_view first_word = s.lower(b);
    const bool one_of_them = first_word == u"\u0627\u062d\u062f\u0627\u0647\u0646" /* احداهن */ ||
                             first_word == u"\u0627\u062d\u062f\u0647\u0645" /* احدهم */ ||
                             first_word == u"\u0627\u062d\u062f\u0627\u0647\u0645" /* احداهم */;
    if (one_of_them) {
      if (const Referent* group = discourse.by_agreement(Gender::unknown, true, false, true, false, s.index);
          group != nullptr && group->sentence + 1 >= s.index) {
        carry(*group, true);
      }
    }
  }
  // "An internal audit report from 2022 states that P", "the police report": a document of
  // a named kind, not vague reports.
  if (!arabic && kind == SourceKind::reports && noun != nullptr && s.lower(noun_token) == u"report") {
    // ("The report says P": one report the story has named, a document like "the study".)
    if (noun_token > b && (s.lower(noun_token - 1) == u"the" || s.lower(noun_token - 1) == u"this" ||
                           s.lower(noun_token - 1) == u"its" || s.lower(noun_token - 1) == u"their")) {
      kind = SourceKind::unknown;
    }
    for (std::uint32_t i = b; i < noun_token; ++i) {
      const std::u16string_view w = s.lower(i);
      if (w == u"audit" || w == u"internal" || w == u"police" || w == u"autopsy" || w == u"court" ||
          w == u"inspection" || w == u"official" || w == u"annual" || w == u"final" || w == u"interim" ||
          w == u"preliminary" || w == u"draft" || w == u"inquiry" || w == u"investigation" || w == u"forensic") {
        kind = SourceKind::unknown;
        break;
      }
    }
  }
  // "Poehl and other Bundesbank officials": a named person with the group is on the record.
  if (!arabic && (kind == SourceKind::officials || kind == SourceKind::anonymous) && e > b + 3 &&
      s.tokens[b].capitalized && !s.is_exact(WordClass::determiner, b) && !s.is(WordClass::title, b) &&
      s.noun_covering(b) == nullptr) {
    for (std::uint32_t i = b + 1; i + 1 < e && i <= b + 3; ++i) {
      if (s.lower(i) == u"and" && s.lower(i + 1) == u"other") {
        kind = SourceKind::person;
        break;
      }
      if (!s.tokens[i].capitalized) {
        break;
      }
    }
  }
  // "the aid agency", "a UN refugee agency": an agency a common noun qualifies is a body,
  // not a news agency. ("the official agency", "the Tanjug agency" stay news agencies.)
  bool body_agency = false;
  if (!arabic && kind == SourceKind::agency && noun != nullptr && s.lower(noun_token) == u"agency" &&
      noun_token > b && s.is_word(noun_token - 1) && !s.tokens[noun_token - 1].capitalized &&
      !is_function_word(s, noun_token - 1) && s.nationality_covering(noun_token - 1) == nullptr) {
    static constexpr std::u16string_view k_news_modifiers[] = {
        u"news", u"press", u"wire", u"official", u"state", u"national", u"state-run", u"government-run",
        u"semi-official", u"semiofficial", u"own", u"information", u"telegraph", u"photo"};
    const std::u16string_view modifier = s.lower(noun_token - 1);
    body_agency = std::find(std::begin(k_news_modifiers), std::end(k_news_modifiers), modifier) ==
                  std::end(k_news_modifiers);
  }
  // "The Federal Natural Resources Agency": "Agency" closing a proper name other than a
  // news agency's ("Kuwait News Agency") names a government body.
  if (!arabic && kind == SourceKind::agency && noun != nullptr && s.lower(noun_token) == u"agency" &&
      s.tokens[noun_token].capitalized && noun_token > b && s.tokens[noun_token - 1].capitalized) {
    const std::u16string_view before = s.lower(noun_token - 1);
    body_agency = body_agency || !(before == u"news" || before == u"press" || before == u"telegraph" ||
                                   before == u"information" || before == u"wire");
  }
  // "الوكالة المكلفة الحالات الطارئة"، "وكالة الفضاء"، "الوكالة الدولية للطاقة": an agency
  // with a task or a field is a body; a news agency is "وكالة الأنباء" or carries a name.
  if (arabic && kind == SourceKind::agency && noun != nullptr && entity == nullptr && noun_token + 1 < e &&
      s.is_word(noun_token + 1)) {
    const std::u16string_view head = s.lower(noun_token);
    const std::u16string_view next = s.lower(noun_token + 1);
    static constexpr std::u16string_view k_tasks[] = {
        u"\u0627\u0644\u0645\u0643\u0644\u0641\u0647" /* المكلفة */, u"\u0627\u0644\u0645\u0633\u0648\u0648\u0644\u0647" /* المسؤولة */, u"\u0627\u0644\u0645\u0639\u0646\u064a\u0647" /* المعنية */,
        u"\u0627\u0644\u0641\u064a\u062f\u0631\u0627\u0644\u064a\u0647" /* الفيدرالية */,
        u"\u0627\u0644\u0627\u062a\u062d\u0627\u062f\u064a\u0647" /* الاتحادية */,
        u"\u0627\u0644\u0641\u0636\u0627\u0621" /* الفضاء */, u"\u0627\u0644\u0637\u0627\u0642\u0647" /* الطاقة */,
        u"\u0627\u0644\u0645\u062e\u0627\u0628\u0631\u0627\u062a" /* المخابرات */,
        u"\u0627\u0644\u0627\u0633\u062a\u062e\u0628\u0627\u0631\u0627\u062a" /* الاستخبارات */,
        u"\u0627\u0644\u063a\u0648\u062b" /* الغوث */, u"\u0627\u0644\u0627\u063a\u0627\u062b\u0647" /* الإغاثة */};
    const bool tasked = std::find(std::begin(k_tasks), std::end(k_tasks), next) != std::end(k_tasks);
    // ("الوكالة الدولية للطاقة الذرية": an adjective, then the field with "ل".)
    const bool field = noun_token + 2 < e && s.is_word(noun_token + 2) && s.lower(noun_token + 2).size() > 3 &&
                       s.lower(noun_token + 2).starts_with(u"\u0644\u0644") &&
                       s.lower(noun_token + 2) != u"\u0644\u0644\u0627\u0646\u0628\u0627\u0621" /* للانباء */;
    const bool news = next.find(u"\u0627\u0646\u0628\u0627\u0621") != std::u16string_view::npos /* انباء */;
    body_agency = (head == u"\u0648\u0643\u0627\u0644\u0647" || head == u"\u0627\u0644\u0648\u0643\u0627\u0644\u0647") &&
                  !news && (tasked || field);
  }
  if (body_agency) {
    kind = arabic ? SourceKind::government : SourceKind::organization;
  }
  // "the official news agency Tanjug", "the Venpres news agency": a news agency no plugin
  // knows is still one agency; its name, folded, is its id, so that "Tanjug said" later in
  // the story is the same source. ("the OPEC news agency Opecna": the name after the noun
  // is the agency's, the body before it owns it.)
  if (!arabic && !body_agency && noun != nullptr && noun->kind == SourceKind::agency &&
      (kind == SourceKind::agency || entity != nullptr) && (entity == nullptr || entity->kind != SourceKind::agency)) {
    std::vector<std::uint32_t> agency_name;
    for (const std::uint32_t p : name_positions) {
      if (p > noun_token && (agency_name.empty() || agency_name.back() + 1 == p)) {
        agency_name.push_back(p);
      }
    }
    // (Not before a capitalised "News Agency", whose whole name that is: "the Central News
    // Agency" is no agency called "Central".)
    if (agency_name.empty() && entity == nullptr && !s.tokens[noun_token].capitalized) {
      for (const std::uint32_t p : name_positions) {
        if (p < noun_token && (agency_name.empty() || agency_name.back() + 1 == p)) {
          agency_name.push_back(p);
        }
      }
    }
    std::vector<std::u16string_view> words;
    for (const std::uint32_t p : agency_name) {
      words.push_back(s.lower(p));
    }
    if (std::string id = latin_name_id(words); !id.empty() && agency_name.size() <= 3) {
      entity = nullptr;
      kind = SourceKind::agency;
      out.hop.entity = std::move(id);
    }
  }
  // ("unnamed shipyard managers", "an anonymous inspector", "two Republicans familiar with the
  // decision": whoever they are, the text withholds their names.)
  if (!arabic && (kind == SourceKind::unknown || kind == SourceKind::person) &&
      (entity == nullptr || entity->kind != SourceKind::person)) {
    for (std::uint32_t i = b; i < e; ++i) {
      if (s.lower(i) == u"unnamed" || s.lower(i) == u"anonymous" ||
          (s.lower(i) == u"familiar" && i + 1 < e && s.lower(i + 1) == u"with")) {
        kind = SourceKind::anonymous;
        entity = nullptr;
        break;
      }
    }
  }
  // ("the municipality's annual reports", "campaign finance reports filed with the state": a
  // body's documents, named by what they are or where they were filed, are no hearsay.)
  if (!arabic && kind == SourceKind::reports && noun != nullptr && noun_token < e &&
      (s.lower(noun_token) == u"reports" || s.lower(noun_token) == u"report")) {
    static constexpr std::u16string_view k_documents[] = {u"annual",  u"quarterly", u"financial", u"finance",
                                                          u"audit",   u"earnings",  u"inspection", u"disclosure",
                                                          u"expense", u"autopsy",   u"'s",         u"\u2019s"};
    static constexpr std::u16string_view k_filed[] = {u"filed", u"submitted", u"lodged"};
    const bool document =
        (noun_token > b && std::find(std::begin(k_documents), std::end(k_documents), s.lower(noun_token - 1)) !=
                               std::end(k_documents)) ||
        (noun_token + 1 < e &&
         std::find(std::begin(k_filed), std::end(k_filed), s.lower(noun_token + 1)) != std::end(k_filed));
    if (document) {
      kind = SourceKind::unknown;
    }
  }
  out.hop.kind = kind;
  if (entity != nullptr) {
    out.hop.entity = entity->id;
    out.hop.plugin = entity->plugin;
    if (country.empty()) {
      country = lexicon::Gazetteer::is_country(*entity) ? entity->id : s.gazetteer.country_id(entity->country);
    }
  }
  out.valid = true;

  Referent& ref = out.referent;
  ref.hop = out.hop;
  ref.country = country;
  // ("عبدالله الكواري، وكيل وزارة التجارة": a named person's gender is not the ministry's; the
  // verb gives it.)
  ref.gender = (arabic && arabic_name && kind == SourceKind::person && noun != nullptr && noun_token != b)
                   ? Gender::unknown
                   : gender_of(entity, noun);
  // ("نائبة المتحدث باسم البعثة …. وأضافت": a word before the noun the lexicon knows heads the
  // phrase; written with ta marbuta, it is feminine. Not a numeral: "ثلاثة مسؤولين".)
  if (arabic && !arabic_name && noun != nullptr && noun_token > b && entity == nullptr && s.is_word(b) &&
      s.tokens[b].kind != text::TokenKind::number && s.noun_covering(b) == nullptr && !s.is(WordClass::honorific, b) &&
      !s.is(WordClass::title, b)) {
    static constexpr std::u16string_view k_numerals[] = {u"ثلاثه", u"اربعه", u"خمسه", u"سته",
                                                         u"سبعه", u"ثمانيه", u"تسعه", u"عشره"};
    const std::string first = s.utf8(b, b + 1);
    if (first.ends_with("\xD8\xA9") /* ة */ &&
        std::find(std::begin(k_numerals), std::end(k_numerals), s.lower(b)) == std::end(k_numerals)) {
      ref.gender = Gender::female;
    }
  }
  // ("الوكيل المساعد للخدمات الطبية، الدكتورة منيرة العازمي": a woman's title in apposition
  // after a masculine office says who holds it.)
  if (arabic && ref.gender == Gender::male) {
    for (std::uint32_t i = b + 1; i + 1 < e; ++i) {
      if (s.is_comma(i) && (s.is(WordClass::honorific, i + 1) || s.is(WordClass::title, i + 1)) &&
          s.utf8(i + 1, i + 2).ends_with("\xD8\xA9") /* ة */) {
        ref.gender = Gender::female;
        break;
      }
    }
  }
  // ("أحد سكان المخيم … وأضاف": one of a plural noun is one man, "إحدى" one woman.)
  if (arabic && noun != nullptr && noun->plural && noun_token == b + 1) {
    if (s.lower(b) == u"\u0627\u062d\u062f" /* أحد */) {
      ref.gender = Gender::male;
    } else if (s.lower(b) == u"\u0627\u062d\u062f\u064a" /* إحدى */) {
      ref.gender = Gender::female;
    }
  }
  ref.sentence = s.index;
  ref.is_source = true;
  if (noun != nullptr) {
    ref.head = head_key(s, arabic ? noun_token : noun_token);
    ref.medium = body_agency ? std::string() : noun->medium;
  }
  if (entity != nullptr && ref.medium.empty()) {
    ref.medium = entity->medium;
  }
  if (kind == SourceKind::person || (entity != nullptr && entity->kind == SourceKind::person)) {
    ref.name_tokens = name_tokens;
  }

  // Anaphora: a definite description, a known entity or a short name may continue an earlier source.
  // (Arabic definite adjectives count as name words; "الوكالة الرسمية" is still a description.)
  const bool only_adjectives =
      arabic && has_name && std::all_of(name_tokens.begin(), name_tokens.end(), [](const std::u16string& t) {
        // ("المسؤول ذاته": "the same" is no name word either.)
        return (t.size() > 3 && t.starts_with(u"\u0627\u0644")) || t == u"\u0630\u0627\u062a\u0647" /* ذاته */ ||
               t == u"\u0646\u0641\u0633\u0647" /* نفسه */ || t == u"\u0630\u0627\u062a\u0647\u0627" ||
               t == u"\u0646\u0641\u0633\u0647\u0627";
      });
  if (entity == nullptr && noun != nullptr && (!has_name || only_adjectives)) {
    bool definite = false;
    if (arabic) {
      const std::u16string_view w = s.lower(noun_token);
      const bool article = (w.size() > 2 && w[0] == k_alef && w[1] == k_lam) ||
                           (w.size() > 3 && (w[1] == k_alef && w[2] == k_lam)) ||
                           (w.size() > 3 && w[0] == k_lam && w[1] == k_lam);
      bool same = false;
      for (std::uint32_t i = b; i < e; ++i) {
        same = same || s.lower(i) == u"نفس" || s.lower(i) == u"نفسه" || s.lower(i) == u"ذات";
      }
      definite = (article || same) && length <= 3 && noun_token <= b + 1;
    } else {
      const std::u16string_view first = s.lower(b);
      definite = (first == u"the" || first == u"this" || first == u"that" || first == u"these") && length <= 4;
    }
    // ("the aid agency" after "the Reuters news agency": a body, not the medium named before.)
    if (definite && !body_agency) {
      const std::optional<SourceKind> media =
          (noun->kind == SourceKind::agency || noun->kind == SourceKind::outlet) ? std::optional(noun->kind)
                                                                                 : std::nullopt;
      // (Not a hop of this very sentence: in "told the radio, monitored by the BBC", "the radio"
      // is not the BBC just named as its relay.)
      const Referent* r = discourse.by_head(ref.head, media, noun->medium, country, s.index);
      // ("نقلت الصحيفة عن مصدر حكومي أن P، غير أن المصدر أقر بأن Q": a person or an unnamed
      // source named earlier in this very sentence, and no medium, is the same one.)
      if (r == nullptr && !media && noun->medium.empty()) {
        if (const Referent* here = discourse.by_head(ref.head, std::nullopt, noun->medium, country);
            here != nullptr && here->sentence == s.index && here->hop.span.end <= doc.tokens_span(s, b, e).start) {
          r = here;
        }
      }
      // ("وأضاف المسؤول الياباني" after "كبير أمناء مجلس الوزراء الياباني": a definite official
      // of a country is the one of that country who just spoke.)
      if (r == nullptr && arabic && !noun->plural &&
          (noun->kind == SourceKind::officials || noun->kind == SourceKind::person)) {
        r = discourse.person_of_country(country, s.index, 2);
      }
      // ("وأضاف المسؤول أن P" after "نقلت سبأ عن مدير مكتب الصحة قوله": "the official" alone is
      // the one who spoke last, if a single person did.)
      // (Only the generic word, "المسؤول"؛ "وقال الحارس" brings in someone new.)
      // ("وأضاف المسؤول ذاته"، "وأضاف المسؤول الحكومي": with "the same" or a definite adjective
      // of its kind, too.)
      const std::u16string_view generic = s.lower(noun_token);
      const std::u16string_view second = length == 2 && noun_token == b ? s.lower(b + 1) : std::u16string_view{};
      const bool same_or_kind = second == u"\u0630\u0627\u062a\u0647" /* ذاته */ || second == u"\u0646\u0641\u0633\u0647" /* نفسه */ ||
                                second == u"\u0630\u0627\u062a\u0647\u0627" || second == u"\u0646\u0641\u0633\u0647\u0627" ||
                                (second.size() > 4 && second.starts_with(u"\u0627\u0644") && second.ends_with(u"\u064a"));
      if (r == nullptr && arabic && !noun->plural && (length == 1 || same_or_kind) && country.empty() &&
          (generic == u"\u0627\u0644\u0645\u0633\u0648\u0648\u0644" /* المسؤول */ ||
           generic == u"\u0627\u0644\u0645\u0633\u0648\u0648\u0644\u0647" /* المسؤولة */) &&
          (noun->kind == SourceKind::officials || noun->kind == SourceKind::person)) {
        r = discourse.last_single_speaker(s.index, 2);
      }
      // "للوكالة الرسمية" after "وكالة فرانس برس": an adjective the earlier mention lacks
      // describes another medium.
      // ("الوكالة الرسمية" after "وكالة الأنباء الجزائرية": "official" describes a state
      // agency, the same one.)
      bool earlier_state = false;
      if (r != nullptr && !r->hop.entity.empty()) {
        const std::uint32_t at = s.gazetteer.index_of(r->hop.entity);
        earlier_state = at != UINT32_MAX && s.gazetteer.entities()[at].affiliation == "state";
      }
      if (r != nullptr && arabic && media) {
        const std::vector<std::u16string> earlier = lexicon::phrase_keys(r->hop.mention);
        for (std::uint32_t i = noun_token + 1; i < e && r != nullptr; ++i) {
          const std::u16string_view w = s.lower(i);
          const bool official = w == u"\u0627\u0644\u0631\u0633\u0645\u064a\u0647" /* الرسمية */ ||
                                w == u"\u0627\u0644\u062d\u0643\u0648\u0645\u064a\u0647" /* الحكومية */;
          if (s.is_word(i) && w.size() > 3 && w.starts_with(u"\u0627\u0644") && s.nationality_covering(i) == nullptr &&
              std::find(earlier.begin(), earlier.end(), w) == earlier.end() && !(official && earlier_state)) {
            r = nullptr;
          }
        }
      }
      // ("وأوضح مصدر مسؤول في بيان … . وأضاف البيان": the statement is the last speaker's, and
      // speaks for it, named or not.)
      // (The Maghreb's "البلاغ" likewise.)
      if (r == nullptr && arabic && noun->id == "ar.bayan" && length == 1 &&
          (s.lower(noun_token) == u"\u0627\u0644\u0628\u064a\u0627\u0646" /* البيان */ ||
           s.lower(noun_token) == u"\u0627\u0644\u0628\u0644\u0627\u063a" /* البلاغ */)) {
        // ("وطالبت الأسرة، في أول بيان لها، بـX، بحسب البيان": a statement this very sentence
        // gave its owner before is that one, not the last speaker's.)
        bool stated_here = false;
        for (std::uint32_t i = 0; i < b && !stated_here; ++i) {
          stated_here = s.is(WordClass::statement_noun, i) && !s.lower(i).starts_with(u"\u0627\u0644");
        }
        const Referent* last = stated_here ? nullptr : discourse.by_agreement(Gender::unknown, false, false, true);
        // (Not media at large: "وإعلام الاحتلال يتحدث عن …" issues no statement.)
        if (last != nullptr && last->sentence + 2 >= s.index && last->sentence < s.index &&
            last->hop.kind != SourceKind::reports) {
          r = last;
        }
      }
      if (r != nullptr) {
        // (A definite description goes on with the interview in the next sentence as a pronoun
        // does: "وأضاف المتعاملون" after "قال متعاملون لوكالة رويترز".)
        adopt_keeping_mention(*r, true);
        return out;
      }
    }
  }
  if (entity != nullptr) {
    if (const Referent* r = discourse.by_entity(entity->id); r != nullptr && r->is_source) {
      const Hop mention_hop = out.hop;
      const Referent keep = ref;
      adopt(*r, true);
      out.hop = mention_hop;
      out.referent = keep;
      out.referent.chain = r->chain;
      return out;
    }
  }
  // ("مكتب مون", "the Moon office": an institution named after a person is not that person.)
  const bool institution_head = noun != nullptr && noun_token == b && noun->kind != SourceKind::person &&
                                !is_unnamed(noun->kind);
  // "Venpres said" after "the state news agency Venpres": the agency introduced by its name.
  if (!arabic && entity == nullptr && out.hop.entity.empty() && name_tokens.size() == 1 && length <= 2) {
    const std::string id = latin_name_id({name_tokens.front()});
    if (const Referent* r = id.empty() ? nullptr : discourse.by_entity(id);
        r != nullptr && r->hop.kind == SourceKind::agency) {
      adopt_keeping_mention(*r);
      return out;
    }
  }
  // ("A senior NHS source" after "NHS Improvement said": a name inside an indefinite phrase
  // says where the unnamed one works; it does not go on with the source named before.)
  const bool indefinite_phrase = !arabic && (s.lower(b) == u"a" || s.lower(b) == u"an" || s.lower(b) == u"another");
  if (entity == nullptr && has_name && name_tokens.size() <= 2 && length <= 4 && !institution_head &&
      !indefinite_phrase) {
    const Referent* r = discourse.by_name(name_tokens);
    // ("وقالت الجامعة" after "رئيس الجامعة الهاشمية": the body an office is of, named with no
    // title, is not its holder, whose "name" is only definite words; "وقال الدرويش" after "محمد
    // الدرويش" still is the man.)
    auto definite_word = [](const std::u16string& t) { return t.size() > 2 && t.starts_with(u"\u0627\u0644"); };
    if (r != nullptr && arabic && !has_title && r->hop.kind == SourceKind::person &&
        std::all_of(name_tokens.begin(), name_tokens.end(), definite_word) &&
        std::all_of(r->name_tokens.begin(), r->name_tokens.end(), definite_word)) {
      r = nullptr;
    }
    if (r != nullptr) {
      adopt_keeping_mention(*r);
      return out;
    }
  }
  (void)entity_begin;
  (void)entity_end;
  return out;
}

}  // namespace claimtrace::extract
