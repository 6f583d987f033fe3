// English frames. English puts the source before the verb ("X said P"),
// after the content ("P, X said"), or inverts ("P, said X"); relays add a
// second source ("X quoted Y as saying P", "Y was quoted by X as saying P").

#include <algorithm>
#include <optional>

#include <spdlog/spdlog.h>

#include "extract/frames.hpp"
#include "extract/source_resolver.hpp"

namespace claimtrace::extract {
namespace {

using lexicon::Frame;
using lexicon::WordClass;

// Figures and records, whose "show", "suggest" or "indicate" reports what they hold: "Customs
// figures show P", "the transcripts show P", "The emails show P".
constexpr std::u16string_view k_data_nouns[] = {
    u"figures", u"data", u"statistics", u"numbers", u"estimates", u"results", u"polls", u"surveys",
    u"records", u"documents", u"studies", u"tests", u"findings", u"indicators", u"projections", u"forecasts",
    u"filings", u"transcripts", u"transcript", u"emails", u"correspondence", u"logs", u"minutes"};

[[nodiscard]] bool is_data_noun(std::u16string_view lower) {
  return std::find(std::begin(k_data_nouns), std::end(k_data_nouns), lower) != std::end(k_data_nouns);
}

struct NounPhrase {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  [[nodiscard]] bool empty() const { return end <= begin; }
};

class EnglishFrames {
 public:
  EnglishFrames(const Sentence& s, const std::vector<QuoteRegion>& quotes) : m_s(s), m_quotes(quotes) {
    m_end = frames::sentence_content_end(s);
  }

  std::vector<Attribution> run() {
    for (const Hit& hit : m_s.cues) {
      if (frames::quoted(m_s, hit.begin)) {
        continue;  // the quoted speaker's own words
      }
      const lexicon::CueEntry& cue = m_s.lex.cues()[hit.payload];
      if (cue.frame != Frame::according && cue.frame != Frame::citing &&
          (frames::negated(m_s, hit.begin) || negative_subject(hit.begin))) {
        continue;  // "did not say", "declined to comment": nothing is reported
      }
      if (in_condition(hit.begin)) {
        continue;  // "If the test confirms the result, …": a supposition, no report
      }
      // ("the court heard", "a jury has heard": only a court, a jury or an inquest hears what is
      // put before it; "residents heard explosions" reports nothing.)
      if (cue.id == "en.court-heard" && !(hit.begin > 0 && court_noun(hit.begin - 1))) {
        continue;
      }
      if (hit.begin > 0 && word(hit.begin, u"added") && (word(hit.begin - 1, u"value") || word(hit.begin - 1, u"valued"))) {
        continue;  // "a value added tax": the adjective, no speech
      }
      // ("Footage posted on social media showed P": a participle after a picture, no verb of its
      // own; the verb after its phrase is the sentence's.)
      if (hit.begin > 0 && picture_noun(hit.begin - 1) && participle_with_adjunct(hit.begin)) {
        continue;
      }
      // ("a campaign group, Cotterbrook Says No, which …": a capitalised verb between capitalised
      // words, inside the sentence, is a word of a name.)
      // (Not in a headline in title case: "Chris Christie Calls Hillary Clinton 'A Disgrace'".)
      // ("The Flood Forecasting and Warning Centre said": or a capitalised word and "and" before it.)
      const bool name_before = hit.begin > 1 && m_s.is_word(hit.begin - 1) &&
                               (m_s.tokens[hit.begin - 1].capitalized ||
                                (word(hit.begin - 1, u"and") && hit.begin > 2 && m_s.is_word(hit.begin - 2) &&
                                 m_s.tokens[hit.begin - 2].capitalized && !m_s.tokens[hit.begin - 2].all_caps));
      if (hit.begin > 1 && hit.end == hit.begin + 1 && hit.end < m_end && m_s.tokens[hit.begin].capitalized &&
          !m_s.tokens[hit.begin].all_caps && name_before &&
          m_s.is_word(hit.end) && m_s.tokens[hit.end].capitalized && !m_s.is_end_punct(hit.begin - 2) &&
          !m_s.is_quote_mark(hit.begin - 2) && cue.frame != Frame::according && cue.frame != Frame::citing &&
          !title_case_sentence()) {
        continue;
      }
      // ("confirmed what developers had been saying for months", "listened to what Kenyans had
      // said about …": a verb whose object is "what" before its subject says nothing here.)
      // ("what X called "Q"" names the words, read as a description.)
      if (cue.frame != Frame::according && cue.frame != Frame::citing && cue.frame != Frame::describe && hit.begin >= 2) {
        bool what_object = false;
        // ("what they said was a flood of imports": the clause after it is what was said.)
        const bool said_was = hit.end < m_end && (is(WordClass::verb_blocker, hit.end) || is(WordClass::auxiliary, hit.end));
        for (std::uint32_t k = hit.begin; k-- > 0 && hit.begin - k <= 5 && !said_was;) {
          if (!m_s.is_word(k) || m_s.cue_at(k) != nullptr || word(k, u"that")) {
            break;
          }
          if (word(k, u"what")) {
            what_object = k + 1 < hit.begin;
            break;
          }
        }
        if (what_object) {
          continue;
        }
      }
      // ("She found out she had been underpaid": learning it, no finding reported.)
      if ((word(hit.begin, u"found") || word(hit.begin, u"find") || word(hit.begin, u"finds")) && hit.end < m_end &&
          word(hit.end, u"out")) {
        continue;
      }
      // ("a lower projected birth rate", "the higher estimated cost": a participle between an
      // article's adjective of size or kind and a noun is one more adjective. Only such
      // adjectives: in "The coach dismissed allegations" the word before is the subject.)
      static constexpr std::u16string_view k_measure_adjectives[] = {
          u"lower", u"higher", u"greater", u"larger", u"smaller", u"bigger", u"revised", u"updated",
          u"initial", u"final", u"total", u"average", u"annual", u"new", u"latest", u"earlier"};
      if (hit.begin >= 2 && hit.end == hit.begin + 1 && hit.end + 1 < m_end && m_s.lower(hit.begin).ends_with(u"ed") &&
          (word(hit.begin - 2, u"a") || word(hit.begin - 2, u"an") || word(hit.begin - 2, u"the")) &&
          std::find(std::begin(k_measure_adjectives), std::end(k_measure_adjectives), m_s.lower(hit.begin - 1)) !=
              std::end(k_measure_adjectives) &&
          m_s.is_word(hit.end) && !m_s.tokens[hit.end].capitalized &&
          !word(hit.end, u"that") && !is(WordClass::determiner, hit.end) && !is(WordClass::preposition, hit.end) &&
          !is(WordClass::auxiliary, hit.end) && !is(WordClass::pronoun_male, hit.end) &&
          !is(WordClass::pronoun_female, hit.end) && !is(WordClass::pronoun_plural, hit.end) &&
          !is(WordClass::pronoun_thing, hit.end) && m_s.cue_at(hit.end) == nullptr) {
        continue;
      }
      // ("a letter … found its way into the public domain": the idiom, no finding.)
      if (word(hit.begin, u"found") && hit.end + 1 < m_end && (possessive_at(hit.end) || word(hit.end, u"our")) &&
          word(hit.end + 1, u"way")) {
        continue;
      }
      // ("repeated the government's claim that P", "made the claim that P": the noun a verb of
      // repeating takes; its subject is the source, read with the nouns of speech below.)
      if ((word(hit.begin, u"claim") || word(hit.begin, u"claims")) && hit.end == hit.begin + 1 &&
          !repeating_subject(hit.begin).empty()) {
        continue;
      }
      // ("a claim that could not be confirmed", "the charges": an article before the word makes
      // it a noun; a verb never follows one.)
      // (Not a compound's end: "Mayor Chiang Wan-an said".)
      if (hit.begin > 0 && hit.end == hit.begin + 1 && cue.frame != Frame::according && cue.frame != Frame::citing &&
          (word(hit.begin - 1, u"a") || word(hit.begin - 1, u"an") || word(hit.begin - 1, u"the")) &&
          !compound_end(hit.begin - 1)) {
        continue;
      }
      // ("said in its monthly Global Port Tracker report that P": a report's name between "in
      // its" and the word makes it the noun of where it was said.)
      if ((word(hit.begin, u"report") || word(hit.begin, u"reports")) && hit.begin >= 3) {
        std::uint32_t d = hit.begin;
        while (d > 0 && hit.begin - d < 6 && m_s.is_word(d - 1) && !is(WordClass::determiner, d - 1) &&
               !possessive_at(d - 1) &&
               m_s.cue_at(d - 1) == nullptr && !is(WordClass::auxiliary, d - 1)) {
          --d;
        }
        bool named = false;
        for (std::uint32_t t = d; t < hit.begin; ++t) {
          named = named || m_s.tokens[t].capitalized;
        }
        if (d >= 2 && d < hit.begin && named &&
            (possessive_at(d - 1) || word(d - 1, u"a") || word(d - 1, u"the")) &&
            (word(d - 2, u"in") || word(d - 2, u"In"))) {
          continue;
        }
      }
      // ("lowered its Brent forecast range": a possessive, a name, then the word, a noun.)
      if (hit.begin > 1 && hit.end == hit.begin + 1 && cue.frame != Frame::according && cue.frame != Frame::citing &&
          m_s.is_word(hit.begin - 1) && m_s.tokens[hit.begin - 1].capitalized && !m_s.tokens[hit.begin].capitalized &&
          (possessive_at(hit.begin - 2) || word(hit.begin - 2, u"our"))) {
        continue;
      }
      // ("Beijing responded by banning exports", "the changes responded to "the demands"",
      // "Newsom had hinted at his doubts": a verb of replying or hinting with its preposition
      // reports nothing, unless "that" or a quotation follows.)
      if ((word(hit.begin, u"responded") || word(hit.begin, u"replied") || word(hit.begin, u"responds") ||
           word(hit.begin, u"replies") || word(hit.begin, u"hinted") || word(hit.begin, u"hints") ||
           word(hit.begin, u"signalled") || word(hit.begin, u"signaled")) &&
          hit.end < m_end) {
        std::uint32_t p = hit.end;
        while (p < m_end && p - hit.end < 4 && (is(WordClass::time_word, p) || is(WordClass::adverb, p))) {
          ++p;
        }
        if (p < m_end && (word(p, u"by") || word(p, u"to") || word(p, u"at") || word(p, u"with"))) {
          bool said = false;
          for (std::uint32_t k = p + 1; k < m_end && k - p <= 10 && !said; ++k) {
            said = word(k, u"that") || (m_s.is_open_quote(k) && k > p + 1) || m_s.is_punct(k, u':');
          }
          if (!said) {
            continue;
          }
        }
      }
      // ("Gálvez conceded defeat in a short address": conceding the race is an act, no report.)
      if ((word(hit.begin, u"conceded") || word(hit.begin, u"concedes") || word(hit.begin, u"concede") ||
           word(hit.begin, u"admitted") || word(hit.begin, u"admits")) &&
          hit.end < m_end && word(hit.end, u"defeat")) {
        continue;
      }
      // ("Hearthlock reports third-quarter earnings on Oct. 28": a company's schedule of results,
      // no figure reported yet.)
      if ((word(hit.begin, u"reports") || word(hit.begin, u"report")) && hit.end == hit.begin + 1) {
        std::uint32_t n = hit.end;
        while (n < m_end && n - hit.end < 5 && (m_s.is_word(n) || m_s.is_dash(n)) && !word(n, u"earnings") &&
               !word(n, u"results") &&
               m_s.tokens[n].kind != text::TokenKind::number && !m_s.lower(n).starts_with(u"$")) {
          ++n;
        }
        if (n < m_end && (word(n, u"earnings") || word(n, u"results"))) {
          bool figure = false;
          for (std::uint32_t k = hit.end; k < m_end && !figure; ++k) {
            figure = word(k, u"that") || m_s.is_punct(k, u'$') || m_s.is_punct(k, u'%') || m_s.lower(k).starts_with(u"$");
          }
          if (!figure) {
            continue;
          }
        }
      }
      // ("The program, announced in late September, offers $250": a past participle set off by
      // commas after a noun, with only when or where inside, describes the noun; the sentence's
      // verb comes after the closing comma.)
      if (hit.end == hit.begin + 1 && hit.begin >= 2 && m_s.is_comma(hit.begin - 1) && m_s.lower(hit.begin).ends_with(u"ed") &&
          hit.end + 2 < m_end && (is(WordClass::preposition, hit.end) || is(WordClass::time_word, hit.end))) {
        std::uint32_t close = hit.end;
        while (close < m_end && close - hit.end <= 9 && m_s.is_word(close) && m_s.cue_at(close) == nullptr &&
               !word(close, u"that")) {
          ++close;
        }
        if (close + 1 < m_end && m_s.is_comma(close) && m_s.is_word(close + 1) && !m_s.tokens[close + 1].capitalized &&
            !word(close + 1, u"that") && m_s.cue_at(close + 1) == nullptr && !is(WordClass::preposition, close + 1) &&
            !is(WordClass::determiner, close + 1) && !is(WordClass::conjunction, close + 1) &&
            !is(WordClass::relative, close + 1) && !m_s.lower(close + 1).ends_with(u"ing")) {
          continue;
        }
      }
      // ("This photo provided by the county sheriff shows P": a caption's picture, pointed at
      // on the page, is the page's own; nobody said what it shows.)
      if ((word(hit.begin, u"shows") || word(hit.begin, u"show")) && hit.begin >= 2 &&
          (word(0, u"this") || word(0, u"these")) && picture_noun(1)) {
        continue;
      }
      // "Customs figures show P": "show", "suggest", "indicate" report only after figures.
      if (cue.id == "en.data-show") {
        const std::u16string_view before = hit.begin > 0 ? m_s.lower(word_before_aside(hit.begin)) : std::u16string_view{};
        // ("She did not recuse herself, the minutes show": a body's minutes, with the article.)
        const bool minutes = before == u"minutes" && hit.begin >= 2 &&
                             (word(hit.begin - 2, u"the") || word(hit.begin - 2, u"meeting") || word(hit.begin - 2, u"its") ||
                              word(hit.begin - 2, u"their"));
        // ("minutes" only as a body's: "P, the minutes show"; "within minutes" is a time.)
        // ("Images show the lander upside down": what a picture shows; not a caption's "This
        // photo shows".)
        const std::uint32_t picture = hit.begin > 0 ? word_before_aside(hit.begin) : 0;
        bool data = (is_data_noun(before) && before != u"minutes") || minutes ||
                    (hit.begin > 0 && picture_noun(picture) && !word(hit.begin, u"note") &&
                     !(picture > 0 && word(picture - 1, u"this")));
        // ("Figures released by New Zealand Police show P", "Transcripts released on Tuesday
        // show P", "Records reviewed by The Post show P": the data, then who put it out or when.)
        for (std::uint32_t k = hit.begin; !data && k >= 2 && hit.begin - k < 7 && m_s.is_word(k - 1); --k) {
          const bool put_out = word(k - 1, u"released") || word(k - 1, u"published") || word(k - 1, u"compiled") ||
                               word(k - 1, u"issued") || word(k - 1, u"obtained") || word(k - 1, u"reviewed") ||
                               word(k - 1, u"seen");
          data = put_out && k - 1 < hit.begin - 1 &&
                 is_data_noun(m_s.lower(k - 2));
        }
        // ("some suggest P", "They note P", "analysts note P": people, plural, before the verb;
        // "show" and "indicate" stay the figures'.)
        const bool people = (word(hit.begin, u"suggest") || word(hit.begin, u"note")) && hit.begin > 0 &&
                            (before == u"they" || before == u"we" || before == u"some" || before == u"many" ||
                             before == u"most" || before == u"others" || before == u"both" ||
                             (m_s.noun_covering(hit.begin - 1) != nullptr && before.size() > 3 && before.ends_with(u"s")));
        if (!data && !people) {
          continue;
        }

        // ("far higher than official figures suggest": a comparison, no report.)
        bool compared = false;
        for (std::uint32_t k = hit.begin - 1; k > 0 && hit.begin - k <= 3 && !compared; --k) {
          compared = word(k - 1, u"than") || word(k - 1, u"as");
        }
        if (compared) {
          continue;
        }
      }
      // ("The findings suggest that P, according to the research team": findings are the
      // evidence of the one named after them; the according phrase attributes.)
      if (const std::uint32_t noun = hit.begin > 0 ? word_before_aside(hit.begin) : UINT32_MAX;
          word(noun, u"findings") || word(noun, u"results")) {
        bool according_after = false;
        for (std::uint32_t k = hit.end; k + 1 < m_s.size() && !according_after; ++k) {
          according_after = word(k, u"according") && word(k + 1, u"to");
        }
        if (according_after) {
          continue;
        }
      }
      // ("Later reports said P", "Subsequent reports suggested P": a noun right before a verb
      // of saying is its subject, not a verb itself.)
      if ((word(hit.begin, u"reports") || word(hit.begin, u"claims") || word(hit.begin, u"estimates")) &&
          hit.end == hit.begin + 1 && hit.end < m_s.size()) {
        if (const Hit* next = m_s.cue_at(hit.end); next != nullptr && next->begin == hit.end &&
                                                   m_s.lex.cues()[next->payload].frame == Frame::speech) {
          continue;
        }
      }
      // ("took names and medical claims records", "jobless claims rose": a claim of a kind is
      // an insurer's or a state's noun, no allegation.)
      if ((word(hit.begin, u"claims") || word(hit.begin, u"claim")) && hit.end == hit.begin + 1 && hit.begin > 0) {
        static constexpr std::u16string_view k_claim_kinds[] = {
            u"medical", u"insurance", u"health", u"compensation", u"warranty", u"damage", u"damages",
            u"disability", u"unemployment", u"jobless", u"injury", u"asylum", u"benefit", u"benefits",
            u"pension", u"refund", u"expense", u"expenses", u"tax", u"patent", u"copyright", u"territorial",
            u"maritime", u"sovereignty", u"land", u"property", u"liability", u"payout", u"accident"};
        const std::u16string_view before = m_s.lower(hit.begin - 1);
        if (std::find(std::begin(k_claim_kinds), std::end(k_claim_kinds), before) != std::end(k_claim_kinds)) {
          continue;
        }
      }
      // "ordered charges against X", "the charges were dropped": the noun, no allegation.
      if ((word(hit.begin, u"charges") || word(hit.begin, u"charge")) && hit.end < m_s.size() &&
          (word(hit.end, u"against") || word(hit.end, u"over") || word(hit.end, u"were") || word(hit.end, u"are") ||
           word(hit.end, u"was") || word(hit.end, u"is") || word(hit.end, u"in") || word(hit.end, u"related") ||
           word(hit.end, u"filed") || word(hit.end, u"brought") || m_s.is_end_punct(hit.end) || m_s.is_comma(hit.end))) {
        continue;
      }
      // ("Shipping agents in Port Said said": a capitalised cue word after a name is the name's.)
      if (hit.begin > 0 && m_s.tokens[hit.begin].capitalized && !m_s.tokens[hit.begin].all_caps &&
          m_s.is_word(hit.begin - 1) && m_s.tokens[hit.begin - 1].capitalized && !m_s.tokens[hit.begin - 1].all_caps &&
          m_s.entity_covering(hit.begin - 1) == nullptr && !is(WordClass::determiner, hit.begin - 1) &&
          // (Not a headline in title case: "Trump Says Iran Must …".)
          hit.end < m_s.size() && m_s.is_word(hit.end) && !m_s.tokens[hit.end].capitalized) {
        continue;
      }
      // ("until its owners posted a bond", "posted a loss"; "Malabo has promised exploration rights
      // to a firm": a thing posted or promised, no proposition.)
      if (hit.end < m_s.size() && m_s.is_word(hit.end) &&
          (((word(hit.begin, u"posted") || word(hit.begin, u"posts")) &&
            (word(hit.end, u"a") || word(hit.end, u"an") || m_s.tokens[hit.end].kind == text::TokenKind::number)) ||
           ((word(hit.begin, u"promised") || word(hit.begin, u"promises") || word(hit.begin, u"pledged") ||
             word(hit.begin, u"pledges")) &&
            !word(hit.end, u"that") && !word(hit.end, u"to") && !m_s.is_open_quote(hit.end) &&
            !finite_verb_within(hit.end, 5)))) {
        continue;
      }
      // ("In a letter to the prime minister posted on X, NAME wrote that P": inside an opening
      // phrase on a statement, "posted" is the statement's participle; the words before it are
      // the statement's addressee, not someone posting.)
      if ((word(hit.begin, u"posted") || word(hit.begin, u"tweeted")) && hit.begin >= 3 &&
          is(WordClass::preposition, 0)) {
        bool statement = false;
        bool comma_before = false;
        for (std::uint32_t k = 1; k < hit.begin; ++k) {
          statement = statement || (is(WordClass::statement_noun, k) && !m_s.tokens[k].capitalized);
          comma_before = comma_before || m_s.is_comma(k);
        }
        bool comma_after = false;
        for (std::uint32_t k = hit.end; k < m_s.size() && k < hit.end + 8 && !comma_after; ++k) {
          comma_after = m_s.is_comma(k) && !m_s.in_quote(k);
        }
        if (statement && !comma_before && comma_after) {
          continue;
        }
      }
      // ("A paper posted on arXiv on Monday by four researchers argues that P", "a video posted
      // online shows P": right after a noun for a document or a statement, with where, when or
      // by whom after it, "posted" is the noun's participle; the clause's verb comes later.)
      // (The verb alone: "published by" as one cue relays.)
      if (hit.end == hit.begin + 1 && document_participle(hit.begin)) {
        bool verb_later = false;
        for (std::uint32_t k = hit.end; k < m_s.size() && k < hit.end + 16 && !verb_later; ++k) {
          if (m_s.is_comma(k) || m_s.is_end_punct(k)) {
            break;
          }
          const Hit* h = m_s.cue_at(k);
          verb_later = h != nullptr && h->begin == k && m_s.lex.cues()[h->payload].frame == Frame::speech;
        }
        // ("documented in a paper posted on arXiv last week by researchers": the noun is a
        // preposition's object, and nothing it names posts.)
        const bool object_of_preposition =
            hit.begin >= 3 && (is(WordClass::preposition, hit.begin - 2) ||
                               (is(WordClass::determiner, hit.begin - 2) && is(WordClass::preposition, hit.begin - 3)));
        if (verb_later || object_of_preposition) {
          continue;
        }
      }
      // ("according to a paper posted on arXiv": the participle describes the according
      // phrase's source, which that frame reads.)
      if (hit.end == hit.begin + 1 && participle_with_adjunct(hit.begin)) {
        bool in_according = false;
        for (std::uint32_t k = hit.begin; k >= 2 && k + 6 >= hit.begin; --k) {
          if (word(k - 1, u"to") && word(k - 2, u"according")) {
            in_according = true;
            break;
          }
          if (!m_s.is_word(k - 1) || m_s.cue_at(k - 1) != nullptr) {
            break;
          }
        }
        if (in_according) {
          continue;
        }
      }
      // ("declared the governing party's candidate the winner", "declared a state of emergency":
      // an act of declaring, no proposition, when no "that", quotation or finite verb follows.)
      if ((word(hit.begin, u"declared") || word(hit.begin, u"declares") || word(hit.begin, u"declare")) &&
          hit.end == hit.begin + 1 && hit.end < m_s.size() && m_s.is_word(hit.end) && !word(hit.end, u"that") &&
          !finite_verb_within(hit.end, 6)) {
        continue;
      }
      // ("A senior manager, insisting on anonymity, said P": insisting on a thing, no claim;
      // "insisted on Tuesday that P" is a time, then the clause, and stays.)
      if (m_s.lower(hit.begin).starts_with(u"insist") && hit.end == hit.begin + 1 && hit.end + 1 < m_s.size() &&
          (word(hit.end, u"on") || word(hit.end, u"upon")) &&
          !((is(WordClass::time_word, hit.end + 1) || is(WordClass::month, hit.end + 1)) &&
            ((hit.end + 2 < m_s.size() && word(hit.end + 2, u"that")) ||
             (hit.end + 3 < m_s.size() && word(hit.end + 3, u"that"))))) {
        continue;
      }
      // ("Tokyo has informed the Emirati government in advance": informing of no clause.)
      if ((word(hit.begin, u"informed") || word(hit.begin, u"informs") || word(hit.begin, u"inform")) &&
          hit.end == hit.begin + 1) {
        bool clause = false;
        for (std::uint32_t k = hit.end; k < m_s.size() && k < hit.end + 8 && !clause && !m_s.is_end_punct(k) &&
                                        !m_s.is_comma(k);
             ++k) {
          clause = word(k, u"that") || word(k, u"of") || word(k, u"about") || m_s.is_open_quote(k) || m_s.is_punct(k, u':');
        }
        if (!clause) {
          continue;
        }
      }
      // ("for fear that P": lest, no one's fear reported; "have argued over which P": an open
      // question argued, no proposition.)
      if (hit.begin > 0 && word(hit.begin, u"fear") && word(hit.begin - 1, u"for")) {
        continue;
      }
      if (m_s.lower(hit.begin).starts_with(u"argu") && hit.end < m_s.size()) {
        std::uint32_t k = hit.end;
        while (k < m_s.size() && k < hit.end + 4 && m_s.is_word(k) && !word(k, u"over") && !word(k, u"about")) {
          ++k;  // "for decades"
        }
        if (k + 1 < m_s.size() && (word(k, u"over") || word(k, u"about")) &&
            (word(k + 1, u"which") || word(k + 1, u"whether") || word(k + 1, u"what") || word(k + 1, u"how") ||
             word(k + 1, u"who") || word(k + 1, u"why"))) {
          continue;
        }
      }
      // "can claim their money back", "may claim compensation": to claim a thing, not a proposition.
      // ("Some lawmakers claim their party promised P": a possessive's noun with a finite verb
      // after it is a clause's subject.)
      const bool possessive_subject = (word(hit.begin, u"claim") || word(hit.begin, u"claimed")) &&
                                      hit.end < m_end && possessive_at(hit.end) && (finite_verb_within(hit.end + 2, 2) ||
                                                                 (hit.end + 2 < m_end && irregular_past(hit.end + 2)) ||
                                                                 (hit.end + 3 < m_end && irregular_past(hit.end + 3)));
      if ((word(hit.begin, u"claim") || word(hit.begin, u"claimed")) && hit.end < m_s.size() && hit.begin > 0 &&
          ((possessive_at(hit.end) && !possessive_subject) || word(hit.end, u"compensation") || word(hit.end, u"refunds") || word(hit.end, u"damages") ||
           word(hit.end, u"benefits") || word(hit.end, u"asylum"))) {
        continue;
      }
      // ("clinics were charging double the usual price", "charged $40 a visit": to charge a price
      // is no charge laid.)
      if ((word(hit.begin, u"charging") || word(hit.begin, u"charged") || word(hit.begin, u"charges") ||
           word(hit.begin, u"charge")) &&
          hit.end < m_s.size() &&
          (m_s.tokens[hit.end].kind == text::TokenKind::number || m_s.is_punct(hit.end, u'$') ||
           m_s.is_punct(hit.end, u'\u20ac') || m_s.is_punct(hit.end, u'\u00a3') || word(hit.end, u"double") ||
           word(hit.end, u"triple") || word(hit.end, u"twice") || word(hit.end, u"fees") || word(hit.end, u"prices") ||
           word(hit.end, u"rent") || word(hit.end, u"interest"))) {
        continue;
      }
      // ("handled three times as many calls about semaglutide as in …", "the calls to the
      // hotline": after a quantifier, a number or a determiner "calls" is the plural noun.)
      if (word(hit.begin, u"calls") && hit.begin > 0 &&
          (m_s.tokens[hit.begin - 1].kind == text::TokenKind::number || is(WordClass::determiner, hit.begin - 1) ||
           word(hit.begin - 1, u"many") || word(hit.begin - 1, u"more") || word(hit.begin - 1, u"fewer") ||
           word(hit.begin - 1, u"few") || word(hit.begin - 1, u"several") || word(hit.begin - 1, u"of"))) {
        continue;
      }
      std::optional<Attribution> a;
      if (cue.frame == Frame::describe || (cue.commitment == Commitment::denial && cue.np_complement)) {
        a = dismissal(hit, cue);
      }
      // ("Analysts dismissed the move as "political theater"": with a label that rejects
      // nothing said, "dismissed X as Y" describes X, as "described X as Y" does.)
      if (!a && cue.commitment == Commitment::denial && dismissed_as_description(hit)) {
        if (a = describe(hit, cue); a) {
          a->commitment = Commitment::report;
          a->rule = "en.describe";
        }
      }
      if (a) {
        m_out.push_back(std::move(*a));
        continue;
      }
      switch (cue.frame) {
        case Frame::speech:
          a = speech(hit, cue);
          break;
        case Frame::participle:
          a = participle(hit, cue);
          break;
        case Frame::according:
          a = according(hit, cue);
          break;
        case Frame::relay:
          a = relay(hit, cue);
          break;
        case Frame::passive_relay:
          a = passive_relay(hit, cue);
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
        case Frame::postmod_relay:
          // "X was quoted in the statement as saying P": the passive, not a phrase of a source.
          if (word(hit.begin, u"quoted") || word(hit.begin, u"cited")) {
            const Hit verb{hit.begin, hit.begin + 1, hit.payload};
            if (const std::uint32_t as = find_as_saying(verb.end); as < m_end) {
              a = passive_quote(verb, cue, as);
            }
          }
          if (!a) {
            a = relay_aside(hit, cue);
          }
          break;
        case Frame::nominal:
          break;  // consumed inside source phrases
      }
      // ("P, a charge the firm has rejected in the past": a relative clause on the writer's
      // noun for what was said, its pronoun left out; the verb's object is that noun.)
      if (a && !a->sources.empty() && !a->sources.front().dropped() && a->sources.front().end >= a->sources.front().begin + 3 &&
          a->sources.front().begin > 0 && frames::writers_comment_at(m_s, a->sources.front().begin - 1)) {
        continue;
      }
      if (a) {
        carry_author(*a);
      }
      if (a) {
        cut_refusal_after_but(*a);
      }
      if (a && seen_by_medium(*a)) {
        continue;
      }
      if (a && (shows_a_picture(hit, *a) || announces_a_step(hit, *a) || rejects_that_thing(*a) || claims_a_territory(*a))) {
        continue;
      }
      if (a && claims_an_act(*a)) {
        // (Its subject still speaks in the participle after it: "…, saying P".)
        if (!a->sources.empty() && !a->sources.front().dropped()) {
          m_act_claimer = {a->sources.front().begin, a->sources.front().end};
          m_act_cue = a->cue_begin;
        }
        continue;
      }
      if (a && !no_comment(*a)) {
        if (a->commitment != Commitment::denial && (cue.frame == Frame::speech || cue.frame == Frame::participle) &&
            (denies_by_predicate(a->content_begin, a->content_end) || denies_such(a->content_begin, a->content_end))) {
          a->commitment = Commitment::denial;
        }
        m_out.push_back(std::move(*a));
      }
    }
    for (Attribution& a : m_out) {
      if (m_act_claimer.end > m_act_claimer.begin && a.participle && a.cue_begin > m_act_cue && !a.sources.empty() &&
          a.sources.front().dropped()) {
        a.fallback_begin = m_act_claimer.begin;
        a.fallback_end = m_act_claimer.end;
      }
    }
    nominal_that();
    end_relayed_quotations();
    relay_after_object();
    relay_through_who();
    split_and_that();
    cut_writers_and_clause();
    cut_denied_pointer_adjunct();
    trailing_carried_statement();
    return std::move(m_out);
  }

  // "The ministry called the accusation "groundless" in a statement carried by the state news
  // agency Azertac", "denied the report in a statement published by KCNA": the statement's
  // carrier, named after the content, relays it; the phrase is no part of what was said.
  // (The speech frame reads it for "said …" already: only where no source of an attribution
  // starts at the carrier.)
  void trailing_carried_statement() {
    for (std::uint32_t k = 1; k + 4 < m_end; ++k) {
      if (!word(k, u"in")) {
        continue;
      }
      std::uint32_t noun = k + 1;
      while (noun < m_end && noun <= k + 3 && m_s.is_word(noun) && !is(WordClass::statement_noun, noun) &&
             m_s.cue_at(noun) == nullptr && !m_s.tokens[noun].capitalized) {
        ++noun;
      }
      if (noun + 3 >= m_end || !is(WordClass::statement_noun, noun)) {
        continue;
      }
      const std::uint32_t verb = noun + 1;
      if (!(word(verb, u"carried") || word(verb, u"published") || word(verb, u"broadcast") || word(verb, u"released") ||
            word(verb, u"distributed") || word(verb, u"run") || word(verb, u"aired")) ||
          !word(verb + 1, u"by")) {
        continue;
      }
      const std::uint32_t b = verb + 2;
      std::uint32_t e = b;
      while (e < m_end && e - b < 10 && !m_s.is_comma(e) && !m_s.is_end_punct(e) && !word(e, u"that")) {
        ++e;
      }
      if (!frames::names_known_medium(m_s, b, e)) {
        continue;
      }
      for (Attribution& a : m_out) {
        if (a.content_before || a.quote_region >= 0 || a.sources.empty() || a.cue_end > k ||
            a.content_begin >= k || a.content_end < k) {
          continue;
        }
        std::uint32_t cb = a.content_begin;
        std::uint32_t ce = k;
        if (!frames::trim_content(m_s, cb, ce)) {
          continue;
        }
        a.content_begin = cb;
        a.content_end = ce;
        // (The carrier read already as a source: the content still ends before the phrase.)
        if (std::any_of(a.sources.begin(), a.sources.end(), [&](const SourcePhrase& p) { return p.begin == b; })) {
          continue;
        }
        SourcePhrase outer;
        outer.begin = b;
        outer.end = e;
        outer.cue_begin = verb;
        outer.cue_end = verb + 2;
        outer.cue = m_s.utf8(k, verb + 2);
        a.sources.insert(a.sources.begin(), outer);
        a.region_end = std::max(a.region_end, e);
      }
      return;
    }
  }

  // "Anadolu quoted Al-Watan as citing military sources who said P", "Al-Watan cited military
  // sources who said P": the ones cited speak in the relative clause; whoever cited them, and
  // whoever quoted that, relay it.
  void relay_through_who() {
    for (Attribution& a : m_out) {
      if (a.sources.size() != 1 || a.sources.front().end != a.sources.front().begin + 1 ||
          !word(a.sources.front().begin, u"who")) {
        continue;
      }
      const std::uint32_t who = a.sources.front().begin;
      // ("citing the company's manager, Zhuang Zhenglei, who said": the one cited set off.)
      NounPhrase cited = who >= 2 && m_s.is_comma(who - 1) ? np_left(who - 1, 0) : np_left(who, 0);
      if (who >= 2 && m_s.is_comma(who - 1) && !cited.empty() && cited.begin >= 3 && m_s.is_comma(cited.begin - 1)) {
        // (The name in apposition: back to the noun before its comma.)
        const NounPhrase head = np_left(cited.begin - 1, 0);
        if (!head.empty() && head.begin >= 1 && m_s.cue_at(head.begin - 1) != nullptr) {
          cited.begin = head.begin;
        }
      }
      if (cited.empty() || cited.begin == 0 || !has_head(cited.begin, cited.end)) {
        continue;
      }
      if (cited.begin >= 2 && word(cited.begin - 1, u"informed")) {
        --cited.begin;  // "informed sources": the adjective, not the verb
      }
      const std::uint32_t c = cited.begin - 1;
      const Hit* verb = m_s.cue_at(c);
      if (verb == nullptr || verb->begin != c ||
          !(word(c, u"citing") || word(c, u"quoting") || word(c, u"cited") || word(c, u"quoted"))) {
        continue;
      }
      const std::string label = m_s.utf8(c, c + 1) + " \u2026 " + m_s.utf8(who, a.cue_end);
      std::vector<SourcePhrase> chain;
      // ("X quoted Y as citing Z who said": the quoting verb before "as", its object Y.)
      if ((word(c, u"citing") || word(c, u"quoting")) && c >= 3 && word(c - 1, u"as")) {
        std::uint32_t q = c - 1;
        while (q > 0 && c - q <= 10 && !word(q - 1, u"quoted") && !word(q - 1, u"cited")) {
          --q;
        }
        if (q == 0 || c - q > 10 || q >= c - 1) {
          continue;
        }
        const std::uint32_t quoted = q - 1;
        const NounPhrase outer = subject_left(quoted);
        const Hit* qhit = m_s.cue_at(quoted);
        if (qhit == nullptr) {
          continue;
        }
        if (!outer.empty()) {
          chain = frames::split_relays(m_s, outer.begin, outer.end, phrase(*qhit, outer.begin, outer.end, label));
          a.region_begin = std::min(a.region_begin, outer.begin);
        } else if (quoted > 0 && word(quoted - 1, u"and")) {
          // ("Tasnim carried the statement and quoted Y as citing Z who said": the earlier
          // verb's subject, as relay() reads a coordinated "and quoted".)
          a.coordinated = true;
          chain = {phrase(*qhit, quoted - 1, quoted - 1, label)};
          const NounPhrase fb = clause_subject();
          a.fallback_begin = fb.begin;
          a.fallback_end = fb.end;
          a.region_begin = std::min(a.region_begin, quoted);
        } else {
          continue;
        }
        chain.push_back(phrase(*qhit, q, c - 1, label));
      } else if ((word(c, u"citing") || word(c, u"quoting")) && c >= 2 && m_s.is_comma(c - 1)) {
        // ("X reported that P, citing Y, who said Q": the participle goes on with the clause's
        // speaker, who relays Y.)
        a.participle = true;
        chain = {phrase(*verb, c, c, label)};
        const NounPhrase fb = clause_subject();
        a.fallback_begin = fb.begin;
        a.fallback_end = fb.end;
        a.region_begin = std::min(a.region_begin, c - 1);
      } else if (word(c, u"cited") || word(c, u"quoted")) {
        const NounPhrase outer = subject_left(c);
        if (outer.empty()) {
          continue;
        }
        chain = frames::split_relays(m_s, outer.begin, outer.end, phrase(*verb, outer.begin, outer.end, label));
        a.region_begin = std::min(a.region_begin, outer.begin);
      } else {
        continue;
      }
      chain.push_back(phrase(*verb, cited.begin, cited.end, label));
      a.sources = std::move(chain);
    }
  }

  // "quoted him as saying "We will win," adding that P": a relayed quotation ends at its
  // closing mark when a comma and more words follow; they are no part of what was quoted.
  void end_relayed_quotations() {
    for (Attribution& a : m_out) {
      if ((a.frame != Frame::relay && a.frame != Frame::passive_relay) || a.content_begin >= a.content_end ||
          !m_s.is_open_quote(a.content_begin)) {
        continue;
      }
      for (std::uint32_t k = a.content_begin + 1; k + 1 < a.content_end; ++k) {
        if (m_s.is_close_quote(k)) {
          // (The comma may stand inside the marks: '"We will win," adding'.)
          const bool comma_after = m_s.is_comma(k + 1) || (k > 0 && m_s.is_comma(k - 1));
          if (comma_after && m_s.is_word(m_s.is_comma(k + 1) ? k + 2 : k + 1)) {
            a.content_end = k + 1;
          }
          break;
        }
      }
    }
  }

  // "the minister's remark that P", "a warning from the unions that P", "rumours that P": a
  // speech noun with its that-clause reports P, by whoever owns the noun (a possessor, a
  // "from"/"by" phrase) or, for rumours and speculation, by the rumours themselves. Only
  // where no frame has read the words already.
  // "Lisle denied any wrongdoing in remarks to the Brattleboro Reformer, saying P": a denial of
  // a thing named by a noun ends where the phrase of the medium it was made to starts, and
  // that medium relays it.
  void relay_after_object() {
    for (Attribution& a : m_out) {
      if (a.commitment != Commitment::denial || a.content_begin >= a.content_end || a.quote_region >= 0 ||
          word(a.content_begin, u"that") || (a.content_begin > 0 && word(a.content_begin - 1, u"that"))) {
        continue;
      }
      for (const Hit& h : m_s.cues) {
        if (h.begin <= a.content_begin || h.begin >= a.content_end ||
            m_s.lex.cues()[h.payload].frame != Frame::postmod_relay) {
          continue;
        }
        std::uint32_t k = h.end;
        while (k < m_end && np_token(k) && !m_s.is_comma(k) && k - h.end < 8) {
          ++k;
        }
        if (k > h.end && has_head(h.end, k) && recipient_is_medium({h.end, k})) {
          SourcePhrase outer = phrase(h, h.end, k);
          outer.recipient = true;
          a.sources.insert(a.sources.begin(), outer);
          a.content_end = h.begin;
        }
        break;
      }
    }
  }

  // A verb of coming to light: "reports emerged that P", "claims surfaced that P".
  [[nodiscard]] bool came_to_light(std::uint32_t i) const {
    return word(i, u"emerged") || word(i, u"surfaced") || word(i, u"circulated") || word(i, u"swirled") ||
           word(i, u"spread");
  }

  // The "that" of "reports emerged that P" after the noun at n, or 0: the verb of coming to
  // light, perhaps with its auxiliary ("reports had emerged") and when ("claims surfaced last
  // week that P").
  [[nodiscard]] std::uint32_t surfaced_that(std::uint32_t n) const {
    std::uint32_t v = n + 1;
    if (v < m_end && (word(v, u"had") || word(v, u"have") || word(v, u"has"))) {
      ++v;
    }
    if (v >= m_end || !came_to_light(v)) {
      return 0;
    }
    std::uint32_t t = v + 1;
    while (t < m_end && t <= v + 3 && m_s.is_word(t) &&
           (word(t, u"last") || word(t, u"this") || word(t, u"earlier") || word(t, u"on") ||
            is(WordClass::time_word, t) || is(WordClass::month, t))) {
      ++t;
    }
    return t + 1 < m_end && word(t, u"that") ? t : 0;
  }

  // The subject of a verb of repeating or making before the noun phrase the speech noun at `n`
  // heads ("repeated the government's claim", "renewed his accusation", "made the claim"), or
  // empty.
  [[nodiscard]] NounPhrase repeating_subject(std::uint32_t n) const {
    std::uint32_t d = n;
    if (n >= 1 && (word(n - 1, u"the") || possessive_at(n - 1) || word(n - 1, u"a") || word(n - 1, u"an"))) {
      d = n - 1;
    } else if (n >= 2 && word(n - 1, u"'s")) {
      d = n - 2;
      while (d > 0 && n - d < 6 && m_s.is_word(d - 1) && m_s.tokens[d - 1].capitalized) {
        --d;
      }
      if (d > 0 && word(d - 1, u"the")) {
        --d;
      }
    }
    if (d == n || d == 0) {
      return {};
    }
    static constexpr std::u16string_view k_repeating[] = {u"repeated", u"reiterated", u"renewed", u"restated",
                                                          u"echoed",   u"made",       u"voiced",  u"levelled",
                                                          u"leveled",  u"repeats",    u"reiterates"};
    const std::uint32_t v = d - 1;
    if (std::find(std::begin(k_repeating), std::end(k_repeating), m_s.lower(v)) == std::end(k_repeating) ||
        m_s.in_quote(v)) {
      return {};
    }
    const NounPhrase subject = subject_left(v);
    return subject.empty() || subject.end > v ? NounPhrase{} : subject;
  }

  void nominal_that() {
    static constexpr std::u16string_view k_speech_nouns[] = {
        u"remark", u"remarks", u"statement", u"statements", u"claim", u"claims", u"assertion", u"assertions",
        u"warning", u"warnings", u"suggestion", u"suggestions", u"assurance", u"assurances", u"prediction",
        u"predictions", u"contention", u"insistence", u"allegation", u"allegations", u"announcement", u"admission",
        u"argument", u"comments", u"comment", u"pledge", u"promise", u"threat", u"accusation", u"accusations",
        u"denial", u"denials"};
    static constexpr std::u16string_view k_rumour_nouns[] = {u"rumours", u"rumors", u"rumour", u"rumor",
                                                            u"speculation", u"reports"};
    auto in_list = [](std::u16string_view t, auto& list) {
      return std::find(std::begin(list), std::end(list), t) != std::end(list);
    };
    for (std::uint32_t n = 0; n + 3 < m_end; ++n) {
      const std::u16string_view noun = m_s.lower(n);
      // ("after reports emerged that P", "claims surfaced that P": a verb of coming to light
      // between the noun and its clause; the claims are then no one's in particular.)
      const std::uint32_t surfaced_at = surfaced_that(n);
      const bool surfaced = surfaced_at != 0;
      const bool speech_noun = in_list(noun, k_speech_nouns) && !surfaced;
      const bool rumour = in_list(noun, k_rumour_nouns) ||
                          (surfaced && (noun == u"claims" || noun == u"allegations" || noun == u"suggestions"));
      // ("follows a report in the Sun last week that P", "a story by Reuters that P": a medium's
      // report, after an article, named by where it ran.)
      const bool report_noun = !surfaced && n > 0 && (noun == u"report" || noun == u"story" || noun == u"article") &&
                               (word(n - 1, u"a") || word(n - 1, u"an") || word(n - 1, u"the")) &&
                               (word(n + 1, u"in") || word(n + 1, u"by"));
      // (A noun that is also a verb, "reports", is the noun before "emerged that".)
      if ((!speech_noun && !rumour && !report_noun) || m_s.in_quote(n) ||
          (m_s.cue_at(n) != nullptr && !surfaced && !report_noun && (!speech_noun || repeating_subject(n).empty()))) {
        continue;
      }
      // The owner: "X's remark", or "a warning from X" / "claims by X" before "that".
      SourcePhrase owner;
      std::uint32_t that = n + 1;
      bool placed = false;  // "reports on social media that P": a clause checked already
      // ("Adorni also repeated the government's claim that P", "Yoon renewed his accusation
      // that P", "made the claim that P": the one who repeats or makes the claim, the subject of
      // the verb before the noun phrase, is its source now.)
      const NounPhrase repeater = speech_noun ? repeating_subject(n) : NounPhrase{};
      if (!repeater.empty()) {
        owner.begin = repeater.begin;
        owner.end = repeater.end;
      } else if (speech_noun && n > 0 && word(n - 1, u"'s")) {
        std::uint32_t b = n - 1;
        while (b > 0 && n - 1 - b < 6 && m_s.is_word(b - 1) &&
               (m_s.tokens[b - 1].capitalized || is(WordClass::title, b - 1) ||
                (word(b - 1, u"of") && b >= 2 && m_s.tokens[b - 2].capitalized))) {
          --b;
        }
        if (b > 0 && (word(b - 1, u"the") || word(b - 1, u"The"))) {
          --b;
        }
        if (b + 1 > n - 1) {
          continue;
        }
        owner.begin = b;
        owner.end = n - 1;
      } else if ((speech_noun && (word(n + 1, u"from") || word(n + 1, u"by"))) || report_noun) {
        std::uint32_t e = n + 2;
        while (e < m_end && e - n <= 8 && m_s.is_word(e) && !word(e, u"that")) {
          ++e;
        }
        if (e >= m_end || !word(e, u"that") || e == n + 2) {
          continue;
        }
        owner.begin = n + 2;
        owner.end = e;
        that = e;
        // ("in the Sun last week": when it ran is no part of the medium.)
        while (report_noun && owner.end > owner.begin + 1 && is(WordClass::time_word, owner.end - 1) &&
               !m_s.tokens[owner.end - 1].capitalized) {
          --owner.end;
          if (owner.end > owner.begin + 1 && (word(owner.end - 1, u"last") || word(owner.end - 1, u"this") ||
                                              word(owner.end - 1, u"on") || word(owner.end - 1, u"earlier"))) {
            --owner.end;
          }
        }
        // (A report "in" something is a medium's only when the medium is named: not "a report
        // in March that P".)
        if (report_noun && word(n + 1, u"in") &&
            !(frames::names_known_medium(m_s, owner.begin, owner.end) ||
              (owner.end > owner.begin && m_s.tokens[owner.end - 1].capitalized && !is(WordClass::month, owner.end - 1) &&
               !is(WordClass::time_word, owner.end - 1)))) {
          continue;
        }
      } else if (rumour) {
        // ("media reports that P": the whole noun the lexicon knows.)
        const Hit* whole = m_s.noun_covering(n);
        owner.begin = whole != nullptr && whole->end == n + 1 ? whole->begin : n;
        owner.end = n + 1;
        that = surfaced ? surfaced_at : n + 1;
        // ("Reports on Nigerien social media that P could not be confirmed": where the reports
        // ran, then what they say.)
        // ("rumours circulating on social media that P": or a participle of going round.)
        if (!surfaced && (word(n + 1, u"on") || word(n + 1, u"in") || word(n + 1, u"from") ||
                          word(n + 1, u"circulating") || word(n + 1, u"spreading") || word(n + 1, u"swirling"))) {
          std::uint32_t t = n + 2;
          while (t < m_end && t - n <= 7 && m_s.is_word(t) && !word(t, u"that") && m_s.cue_at(t) == nullptr) {
            ++t;
          }
          if (t < m_end && t > n + 2 && word(t, u"that") && t + 1 < m_end && m_s.is_word(t + 1) &&
              !is(WordClass::auxiliary, t + 1) && !is(WordClass::verb_blocker, t + 1) && m_s.cue_at(t + 1) == nullptr) {
            owner.end = t;
            that = t;
            placed = true;
          }
        }
      } else {
        continue;
      }
      // A clause follows "that" (its subject first): not a relative ("the statement that was
      // issued", "claims that have been made").
      const std::uint32_t subj = that + 1;
      if (!word(that, u"that") || subj >= m_end || !m_s.is_word(subj) ||
          !(surfaced || placed || is(WordClass::determiner, subj) || m_s.tokens[subj].capitalized || word(subj, u"he") || word(subj, u"she") ||
            word(subj, u"it") || word(subj, u"they") || word(subj, u"we") || word(subj, u"there") ||
            m_s.tokens[subj].kind == text::TokenKind::number)) {
        continue;
      }
      // (Rumours inside what someone said are theirs to report: "Traders said there were
      // unconfirmed reports that P" nests P under the traders.)
      const bool read = std::any_of(m_out.begin(), m_out.end(), [&](const Attribution& a) {
        return (n >= a.region_begin && n < a.region_end) ||
               (n >= a.content_begin && n < a.content_end &&
                !(rumour && a.quote_region < 0 && a.commitment != Commitment::denial)) ||
               (subj >= a.content_begin && subj < a.content_end && a.content_begin > n);
      });
      if (read) {
        continue;
      }
      std::uint32_t e = subj;
      while (e < m_end && !m_s.is_comma(e) && !m_s.is_end_punct(e) && !m_s.is_dash(e)) {
        ++e;
      }
      // ("Reagan's denial that he knew of it might be challenged": when the noun phrase is the
      // sentence's subject, its own verb follows the clause: after the clause's verb, an
      // auxiliary or modal starts the sentence's.)
      if (owner.begin <= 1 && repeater.empty()) {
        bool clause_verb = false;
        for (std::uint32_t t = subj + 1; t < e; ++t) {
          const std::u16string_view v = m_s.lower(t);
          const bool aux = is(WordClass::auxiliary, t) || is(WordClass::verb_blocker, t);
          if (clause_verb && aux) {
            e = t;
            break;
          }
          clause_verb = clause_verb || aux || (v.size() > 3 && v.ends_with(u"ed")) || v == u"knew" || v == u"was" ||
                        v == u"had" || v == u"would" || v == u"will";
        }
      }
      const Commitment commitment =
          (noun.starts_with(u"claim") || noun.starts_with(u"allegation") || noun.starts_with(u"accusation"))
              ? Commitment::allegation
          : noun.starts_with(u"denial") ? Commitment::denial
                                        : Commitment::report;
      frames::NominalReport r{.rule = rumour ? "en.rumours-that" : "en.remark-that",
                              .commitment = commitment,
                              .source_begin = owner.begin,
                              .source_end = owner.end,
                              .cue_begin = n,
                              .cue_end = that + 1,
                              .label = m_s.utf8(n, n + 1) + " \u2026 that",
                              .region_begin = std::min(owner.begin, n),
                              .region_end = that + 1,
                              .content_begin = subj,
                              .content_end = e};
      if (std::optional<Attribution> a = frames::nominal_report(m_s, std::move(r), 3)) {
        m_out.push_back(std::move(*a));
      }
    }
  }

  // "said no such request had been made", "said there was no record of any such request": a
  // negated "such" points back to what another reported and says it did not happen, a denial
  // (28 of the 30 such claims in the team's sets before wave 108 are marked one). ("any such"
  // only after a negation: "if any such payment is found" denies nothing.)
  [[nodiscard]] bool denies_such(std::uint32_t b, std::uint32_t e) const {
    bool negated = false;
    for (std::uint32_t t = b; t + 1 < e; ++t) {
      negated = negated || word(t, u"not") || word(t, u"n't") || word(t, u"never") || word(t, u"no") ||
                word(t, u"without") || word(t, u"nor");
      if (t > b && word(t, u"such") && m_s.is_word(t + 1) && !m_s.tokens[t + 1].capitalized && !word(t + 1, u"as") &&
          (word(t - 1, u"no") || (word(t - 1, u"any") && negated))) {
        return true;
      }
    }
    return false;
  }

  // "said the reports were a fabrication", "said the figures were speculative": a denial put
  // as what the reports are (the assembler links it to the claim it points back to).
  [[nodiscard]] bool denies_by_predicate(std::uint32_t b, std::uint32_t e) const {
    std::uint32_t k = b;
    while (k < e && m_s.is_open_quote(k)) {
      ++k;
    }
    // ("Both are false, the agency says", "said this was untrue": a pointer back to what was
    // reported, its falsity the whole of the content.)
    const bool pointer = k + 1 < e && (word(k, u"both") || word(k, u"this") || word(k, u"that") ||
                                       word(k, u"these") || word(k, u"those")) &&
                         (word(k + 1, u"was") || word(k + 1, u"were") || word(k + 1, u"is") || word(k + 1, u"are"));
    if (k < e && !pointer &&
        (word(k, u"the") || word(k, u"these") || word(k, u"those") || word(k, u"such") || word(k, u"this") ||
         word(k, u"that"))) {
      ++k;
    }
    static constexpr std::u16string_view k_reported[] = {
        u"report", u"reports", u"claim", u"claims", u"allegation", u"allegations", u"accusation", u"accusations",
        u"story", u"stories", u"suggestion", u"suggestions", u"speculation", u"figures", u"figure", u"account",
        u"accounts", u"rumours", u"rumors", u"rumour", u"rumor", u"charges", u"assertion", u"assertions",
        u"estimate", u"estimates", u"list", u"tally", u"count", u"numbers", u"version", u"reporting",
        u"post", u"posts", u"video", u"videos", u"image", u"images", u"photos", u"pictures", u"messages"};
    if (k >= e ||
        (!pointer && std::find(std::begin(k_reported), std::end(k_reported), m_s.lower(k)) == std::end(k_reported))) {
      return false;
    }
    ++k;
    // ("the accusations against Tseng were "groundless"": whom or what they are about, first.)
    if (k < e && (word(k, u"against") || word(k, u"about") || word(k, u"of") || word(k, u"on") || word(k, u"in"))) {
      std::uint32_t t = k + 1;
      // ("claims of a massacre at the market were "fabricated"": up to six words.)
      while (t < e && t <= k + 7 && m_s.is_word(t) && !word(t, u"was") && !word(t, u"were") && !word(t, u"is") &&
             !word(t, u"are")) {
        ++t;
      }
      if (t < e && t <= k + 7) {
        k = t;
      }
    }
    if (k >= e || !(word(k, u"was") || word(k, u"were") || word(k, u"is") || word(k, u"are"))) {
      return false;
    }
    static constexpr std::u16string_view k_false[] = {
        u"false", u"untrue", u"baseless", u"unfounded", u"groundless", u"wrong", u"inaccurate", u"incorrect",
        u"misleading", u"nonsense", u"speculative", u"fabricated", u"fabrication", u"lie", u"lies", u"absurd",
        u"ridiculous", u"fake", u"fiction", u"invented", u"exaggerated", u"foundation"};
    // ("said the report was "not accurate."": a negated truth word says the same.)
    static constexpr std::u16string_view k_true[] = {u"accurate", u"true", u"correct", u"factual", u"right"};
    // ("was "flat-out false"": the quotation marks and a hyphened adverb do not count.)
    std::uint32_t window = k + 4;
    for (std::uint32_t t = k + 1; t < e && t <= window; ++t) {
      if (m_s.is_quote_mark(t) || frames::joined_hyphen_at(m_s, t)) {
        ++window;
      }
    }
    for (std::uint32_t t = k + 1; t < e && t <= window; ++t) {
      if (std::find(std::begin(k_false), std::end(k_false), m_s.lower(t)) != std::end(k_false)) {
        // (After a bare pointer, only a falsity that ends the content: "this was wrong to …"
        // is a judgement of a deed.)
        std::uint32_t after = t + 1;
        while (after < e && (m_s.is_quote_mark(after) || !m_s.is_word(after))) {
          ++after;
        }
        return !pointer || after >= e;
      }
      if (word(t, u"not") && t + 1 < e && t + 1 <= k + 4 &&
          std::find(std::begin(k_true), std::end(k_true), m_s.lower(t + 1)) != std::end(k_true)) {
        return true;
      }
    }
    return false;
  }

  // A court, a jury or an inquest: the hearer of what is put before it ("Sheffield Crown Court
  // heard", "the inquest heard").
  [[nodiscard]] bool court_noun(std::uint32_t i) const {
    static constexpr std::u16string_view k_courts[] = {u"court", u"jury", u"jurors", u"inquest", u"hearing",
                                                       u"tribunal", u"magistrates", u"trial"};
    return m_s.is_word(i) && std::find(std::begin(k_courts), std::end(k_courts), m_s.lower(i)) != std::end(k_courts);
  }

  // How a refusal to speak reads. A refusal of the moment ("would not comment", "declined to
  // comment") states nothing; a stated habit or unwillingness ("does not comment on market
  // operations", "would not discuss individual cases") states nothing either, unless the
  // sentence goes on to say more.
  enum class Refusal { none, of_the_moment, stated_policy };
  struct RefusalSpan {
    Refusal kind = Refusal::none;
    std::uint32_t after = 0;  // the token after the refusal's verb (or its "be drawn")
  };

  // A negated auxiliary's refusal opening at `v`, before `end`: "would not comment", "won't
  // comment", "did not comment", "doesn't comment", "would not discuss", "would not be drawn".
  [[nodiscard]] RefusalSpan auxiliary_refusal_at(std::uint32_t v, std::uint32_t end) const {
    if (v >= end || !m_s.is_word(v)) {
      return {};
    }
    std::u16string_view aux = m_s.lower(v);
    // ("doesn't", "won’t": one token, the auxiliary and its "not".)
    const bool contracted = aux.ends_with(u"n't") || aux.ends_with(u"n\u2019t");
    if (contracted) {
      aux.remove_suffix(3);
    }
    const bool would = aux == u"would" || aux == u"will" || aux == u"wo";
    const bool unwilling = would || aux == u"could";
    const bool habit = aux == u"does" || aux == u"did" || aux == u"do";
    if (!unwilling && !habit) {
      return {};
    }
    ++v;
    if (!contracted) {
      if (!(word(v, u"not") || word(v, u"n't"))) {
        return {};
      }
      ++v;
    }
    if (v >= end) {
      return {};
    }
    if (word(v, u"comment")) {
      return {habit ? Refusal::stated_policy : Refusal::of_the_moment, v + 1};
    }
    // ("but would not be drawn on whether P", "would not elaborate": British copy's refusals.)
    if (would && word(v, u"elaborate")) {
      return {Refusal::of_the_moment, v + 1};
    }
    if (would && v + 1 < end && word(v, u"be") && word(v + 1, u"drawn")) {
      return {Refusal::of_the_moment, v + 2};
    }
    if (word(v, u"discuss") || word(v, u"speculate")) {
      return {Refusal::stated_policy, v + 1};
    }
    return {};
  }

  // A refusal opening at `v`, before `end`: a negated auxiliary's, or "declined to comment",
  // "refused to be drawn".
  [[nodiscard]] RefusalSpan refusal_at(std::uint32_t v, std::uint32_t end) const {
    if (const RefusalSpan r = auxiliary_refusal_at(v, end); r.kind != Refusal::none) {
      return r;
    }
    if ((word(v, u"declined") || word(v, u"refused")) && v + 2 < end && word(v + 1, u"to")) {
      if (word(v + 2, u"comment") || word(v + 2, u"elaborate")) {
        return {Refusal::of_the_moment, v + 3};
      }
      if (v + 3 < end && word(v + 2, u"be") && word(v + 3, u"drawn")) {
        return {Refusal::of_the_moment, v + 4};
      }
    }
    return {};
  }

  // "Police said it had assisted NSW detectives but would not comment further": what was said
  // ends where the refusal, joined by "but", begins; the refusal states nothing.
  void cut_refusal_after_but(Attribution& a) const {
    if (a.content_end <= a.content_begin + 4) {
      return;
    }
    // ("… but declined to give details", "… but gave no figures", "… but would not say which":
    // what the speaker kept back, the writer's report, ends it as well. So does "found that P but
    // ordered a review", "said the vote was peaceful but urged calm", "said the cure would be
    // hard, but asked the crowd to trust him": an act of the speaker's own, joined by "but",
    // that no clause after "that" would take.)
    static constexpr std::u16string_view k_speakers_acts[] = {
        u"ordered", u"urged", u"asked", u"called", u"appealed", u"welcomed", u"expressed", u"accused", u"criticised",
        u"criticized", u"praised", u"thanked", u"pledged", u"vowed", u"promised"};
    for (std::uint32_t k = a.content_begin + 2; k + 2 < a.content_end; ++k) {
      if (!word(k, u"but") || m_s.in_quote(k)) {
        continue;
      }
      // ("but called for calm", "but called on both sides": not "but called off the attempt".)
      const bool speakers_act =
          !m_s.tokens[k + 1].capitalized &&
          std::find(std::begin(k_speakers_acts), std::end(k_speakers_acts), m_s.lower(k + 1)) != std::end(k_speakers_acts) &&
          (!word(k + 1, u"called") || word(k + 2, u"for") || word(k + 2, u"on") || word(k + 2, u"upon"));
      if (refusal_at(k + 1, a.content_end).kind != Refusal::none || frames::withholds_at(m_s, k + 1, a.content_end) ||
          speakers_act) {
        std::uint32_t end = k;
        while (end > a.content_begin && m_s.is_comma(end - 1)) {
          --end;
        }
        a.content_end = end;
        return;
      }
    }
  }

  // "A spokesman said the bank would have no comment", "… had no immediate comment": a
  // refusal to comment states nothing.
  // "The group claimed the attack in a Telegram post, saying P": claiming an act is taking it
  // as one's own, no proposition; what follows the participle is the claim.
  [[nodiscard]] bool claims_an_act(const Attribution& a) const {
    if (a.cue_end != a.cue_begin + 1 || !m_s.lower(a.cue_begin).starts_with(u"claim") || a.content_begin != a.cue_end ||
        a.content_begin >= m_end) {
      return false;
    }
    // ("The union claimed the strike was legal", "claimed victory was assured": a verb after
    // the act makes it a clause's subject, and the clause is claimed.)
    auto verb_at = [&](std::uint32_t k) {
      return k < m_end && (is(WordClass::auxiliary, k) || word(k, u"was") || word(k, u"were") || word(k, u"is"));
    };
    // ("Trump claimed victory before the call", "claimed credit for the deal", "claimed
    // responsibility": taking a win or a deed as one's own, no proposition.)
    if (word(a.content_begin, u"victory") || word(a.content_begin, u"credit") || word(a.content_begin, u"responsibility")) {
      return !verb_at(a.content_begin + 1);
    }
    if (a.content_begin + 1 >= m_end || !word(a.content_begin, u"the")) {
      return false;
    }
    static constexpr std::u16string_view k_acts[] = {u"attack",  u"attacks",  u"strike",   u"strikes", u"bombing",
                                                     u"bombings", u"assault", u"raid",     u"raids",   u"killing",
                                                     u"killings", u"ambush",  u"shooting", u"kidnapping", u"abduction",
                                                     u"hijacking", u"blast",  u"explosion"};
    const std::u16string_view next = m_s.lower(a.content_begin + 1);
    return !verb_at(a.content_begin + 2) && std::find(std::begin(k_acts), std::end(k_acts), next) != std::end(k_acts);
  }

  // "China claims nearly all of the South China Sea", "Beijing claims the self-governing island
  // as part of its territory", "which claims control over much of southern Libya": a claim to
  // land, sea or rule is no proposition. (Not "claims the islands were seized", a clause.)
  [[nodiscard]] bool claims_a_territory(const Attribution& a) const {
    if (a.cue_end != a.cue_begin + 1 || !m_s.lower(a.cue_begin).starts_with(u"claim") || a.content_begin != a.cue_end ||
        a.content_begin >= m_end) {
      return false;
    }
    static constexpr std::u16string_view k_held[] = {
        u"sea",     u"seas",       u"island",      u"islands",   u"islets",  u"territory", u"territories",
        u"waters",  u"shoal",      u"reef",        u"reefs",     u"atoll",   u"sovereignty", u"control",
        u"region",  u"land",       u"lands",       u"province",  u"archipelago"};
    // (A verb anywhere in the phrase makes it a clause: "Land owners claim the National Land
    // Institute has made mistakes".)
    bool held = false;
    for (std::uint32_t k = a.content_begin; k < a.content_end && k < a.content_begin + 12 && !m_s.is_comma(k); ++k) {
      if (is(WordClass::auxiliary, k) || word(k, u"was") || word(k, u"were") || word(k, u"is") || word(k, u"are") ||
          word(k, u"that") || (m_s.cue_at(k) != nullptr && m_s.noun_covering(k) == nullptr)) {
        return false;
      }
      // (Capitalised, only as a name's last word: "the South China Sea", not "the National Land
      // Institute".)
      const bool name_inside = m_s.tokens[k].capitalized && k + 1 < m_end && m_s.is_word(k + 1) && m_s.tokens[k + 1].capitalized;
      held = held || (k < a.content_begin + 10 && !name_inside &&
                      std::find(std::begin(k_held), std::end(k_held), m_s.lower(k)) != std::end(k_held));
    }
    return held;
  }

  // ("The letter, which Reuters said it had reviewed, also said P": a medium's word that it saw
  // a document, in a relative clause on the document, says nothing of its own; the clause
  // ends at the comma.)
  [[nodiscard]] bool seen_by_medium(const Attribution& a) const {
    if (a.cue_begin < 2 || !(word(a.cue_begin - 2, u"which") || word(a.cue_begin - 2, u"that")) ||
        a.content_begin + 3 > m_end) {
      return false;
    }
    const std::uint32_t c = a.content_begin;
    if (!(word(c, u"it") || word(c, u"they")) || !(word(c + 1, u"had") || word(c + 1, u"has") || word(c + 1, u"have"))) {
      return false;
    }
    const std::uint32_t v = c + 2;
    return (word(v, u"seen") || word(v, u"reviewed") || word(v, u"obtained") || word(v, u"viewed")) &&
           (v + 1 >= m_end || m_s.is_comma(v + 1) || m_s.is_end_punct(v + 1));
  }

  [[nodiscard]] bool no_comment(const Attribution& a) const {
    if (a.content_end <= a.content_begin) {
      return false;
    }
    // ("said the council would not comment on the content of a draft report": the refusal is
    // the clause's own verb after its subject, however long what it refuses; "… but that P"
    // says a second thing.)
    // ("said the ministry doesn't comment on market operations", "said it does not discuss
    // individual cases": a policy of silence, stated, is no claim either.)
    for (std::uint32_t k = a.content_begin + 1; k + 1 < a.content_end && k <= a.content_begin + 4; ++k) {
      const RefusalSpan refusal = auxiliary_refusal_at(k, a.content_end);
      const bool policy = refusal.kind == Refusal::stated_policy;
      // (A habit quoted, "“we do not comment on rumours”", is the speaker's own words.)
      const std::uint32_t after = refusal.kind == Refusal::none || (policy && m_s.in_quote(a.content_begin)) ? 0 : refusal.after;
      if (after != 0) {
        bool and_more = false;
        for (std::uint32_t t = after; t < a.content_end && !and_more; ++t) {
          and_more = word(t, u"but") || word(t, u"that");
        }
        // (A policy stated, then something more in the sentence, "…, but added that P", is
        // kept: the speaker's statement goes on from it.)
        for (std::uint32_t t = after; policy && t < m_end && !and_more; ++t) {
          and_more = word(t, u"but") || word(t, u"that") || word(t, u"and") || word(t, u"because") || m_s.is_comma(t) ||
                     m_s.cue_at(t) != nullptr;
        }
        if (!and_more) {
          return true;
        }
      }
    }
    // ("he said no and moved on to the next question": an answer, no proposition of its own.)
    if ((word(a.content_begin, u"no") || word(a.content_begin, u"yes")) && !m_s.in_quote(a.content_begin) &&
        (a.content_begin + 1 == a.content_end || word(a.content_begin + 1, u"and") ||
         word(a.content_begin + 1, u"but") || m_s.is_comma(a.content_begin + 1))) {
      return true;
    }
    if (a.content_end - a.content_begin > 10) {
      return false;
    }
    for (std::uint32_t k = a.content_begin; k + 1 < a.content_end; ++k) {
      // "the agency could not comment on pending litigation"
      if ((word(k, u"not") || word(k, u"n't")) && word(k + 1, u"comment") && k > a.content_begin &&
          (word(k - 1, u"could") || word(k - 1, u"would") || word(k - 1, u"can"))) {
        // (Not "it did not comment on rumours": a policy stated, which annotators keep.)
        return true;
      }
      if (word(k, u"cannot") && word(k + 1, u"comment")) {
        return true;
      }
      // ("A spokesman declined to comment, NTB reported": a refusal relayed is still no claim.)
      if ((word(k, u"declined") || word(k, u"refused")) && k + 2 < a.content_end + 1 && word(k + 1, u"to") &&
          k + 2 < m_s.size() && word(k + 2, u"comment") && k + 3 >= a.content_end) {
        return true;
      }
      // ("said he had no information", "had no information on the case": nothing to say.)
      if ((word(k, u"had") || word(k, u"has") || word(k, u"have")) && k + 2 < a.content_end && word(k + 1, u"no") &&
          word(k + 2, u"information") &&
          (k + 3 == a.content_end ||
           ((word(k + 3, u"on") || word(k + 3, u"about")) && a.content_end - (k + 3) <= 4))) {
        return true;
      }
      if (word(k, u"no") && (word(k + 1, u"comment") ||
                             (k + 2 < a.content_end && word(k + 2, u"comment") &&
                              (word(k + 1, u"immediate") || word(k + 1, u"further") || word(k + 1, u"official"))))) {
        return true;
      }
    }
    return false;
  }

 private:
  const Sentence& m_s;
  const std::vector<QuoteRegion>& m_quotes;
  std::uint32_t m_end = 0;
  std::vector<Attribution> m_out;
  NounPhrase m_act_claimer;      // who claimed an act ("claimed the attack"), for the participle after
  std::uint32_t m_act_cue = 0;

  // Does token i end a compound joined by a hyphen ("Wan-an", "Ching-te")?
  [[nodiscard]] bool compound_end(std::size_t i) const { return i >= 2 && frames::joined_hyphen_at(m_s, i - 1); }

  [[nodiscard]] bool is(WordClass c, std::size_t i) const {
    // ("Mayor Chiang Wan-an said": an article's letters after a hyphen end a compound; no
    // article.)
    if (c == WordClass::determiner && compound_end(i)) {
      return false;
    }
    return m_s.is_exact(c, i);
  }
  // Two to four capitalised words, none a title, none an entity but a person: a person's
  // name ("Rodrigo Vela", "Matt Williams", "Mark Sutter").
  [[nodiscard]] bool person_name(std::uint32_t b, std::uint32_t e) const {
    if (e < b + 2 || e > b + 4) {
      return false;
    }
    for (std::uint32_t i = b; i < e; ++i) {
      const lexicon::EntityMatch* m = m_s.entity_covering(i);
      if (!m_s.is_word(i) || !m_s.tokens[i].capitalized || is(WordClass::title, i) ||
          (m != nullptr && m_s.gazetteer.entities()[m->entity].kind != SourceKind::person)) {
        return false;
      }
    }
    return true;
  }
  // Nothing before token e but a connective and its comma: "However,", "But", "Meanwhile,".
  [[nodiscard]] bool only_connectives_before(std::uint32_t e) const {
    for (std::uint32_t i = 0; i < e; ++i) {
      if (!(m_s.is_comma(i) || is(WordClass::adverb, i) || is(WordClass::conjunction, i))) {
        return false;
      }
    }
    return true;
  }
  [[nodiscard]] bool word(std::size_t i, std::u16string_view w) const { return i < m_s.size() && m_s.lower(i) == w; }
  // "his", "her", "its", "their" at `i`: a possessive pronoun, which makes the words after it a
  // noun phrase of someone's (a report, a claim, a step, a forecast).
  // A quotation mark around a statement's name of a few words: "in a "grave statement"",
  // "in a "special report"". The opening mark with its noun ahead, or the closing one after it.
  [[nodiscard]] bool quoted_statement_mark(std::uint32_t k) const {
    if (!m_s.is_quote_mark(k)) {
      return false;
    }
    if (m_s.is_close_quote(k)) {
      return k > 0 && is(WordClass::statement_noun, k - 1);
    }
    for (std::uint32_t t = k + 1; t < m_end && t <= k + 4 && m_s.is_word(t); ++t) {
      if (is(WordClass::statement_noun, t)) {
        return t + 1 < m_end && m_s.is_close_quote(t + 1);
      }
    }
    return false;
  }

  [[nodiscard]] bool possessive_at(std::size_t i) const {
    return word(i, u"his") || word(i, u"her") || word(i, u"its") || word(i, u"their");
  }

  // The token before `at` (> 0), past an aside set off by commas right before it: "The
  // findings, published in the journal X, indicate P" gives "findings".
  [[nodiscard]] std::uint32_t word_before_aside(std::uint32_t at) const {
    if (at > 2 && m_s.is_comma(at - 1)) {
      for (std::uint32_t k = at - 2; k > 0 && at - k <= 12; --k) {
        if (m_s.is_end_punct(k) || m_s.cue_at(k) != nullptr) {
          break;
        }
        if (m_s.is_comma(k)) {
          return k - 1;
        }
      }
    }
    return at - 1;
  }
  // A speaker's verdict on what is denied: "dismissed the charge as baseless".
  [[nodiscard]] bool judgement_word(std::size_t i) const {
    static constexpr std::u16string_view verdicts[] = {
        u"untrue", u"false", u"baseless", u"groundless", u"unfounded", u"nonsense", u"absurd", u"ridiculous",
        u"lies", u"fabricated", u"fabrication", u"fabrications", u"rubbish", u"slander", u"inaccurate", u"speculation"};
    if (i >= m_s.size()) {
      return false;
    }
    const std::u16string_view w = m_s.lower(i);
    return std::find(std::begin(verdicts), std::end(verdicts), w) != std::end(verdicts);
  }
  // The sentence opens with a participle phrase: "Asked by X about the case, …", "Speaking
  // to reporters, …".
  [[nodiscard]] bool participle_opening() const {
    if (m_end < 3 || !m_s.is_word(0)) {
      return false;
    }
    const std::u16string_view w = m_s.lower(0);
    // (Not a source noun's first word: "Developing countries criticised the text, saying P".)
    if (const Hit* n = m_s.noun_covering(0); n != nullptr && n->begin == 0 && n->end > 1) {
      return false;
    }
    return w.size() > 4 && (w.ends_with(u"ed") || w.ends_with(u"ing")) && !is(WordClass::determiner, 1) &&
           !is(WordClass::auxiliary, 1);
  }
  // A form of "be" before a participle: "is said", "was quoted", "have been reported".
  [[nodiscard]] bool passive_auxiliary(std::size_t i) const {
    return word(i, u"is") || word(i, u"are") || word(i, u"was") || word(i, u"were") || word(i, u"been") ||
           word(i, u"be") || word(i, u"being");
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

  // A phrase [b, e) whose own cue is the words [cue_b, cue_e), not the frame's: the medium
  // that carried a statement, the relay phrase after a verb.
  SourcePhrase phrase_cued(std::uint32_t b, std::uint32_t e, std::uint32_t cue_b, std::uint32_t cue_e) const {
    SourcePhrase p;
    p.begin = b;
    p.end = e;
    p.cue_begin = cue_b;
    p.cue_end = cue_e;
    p.cue = m_s.utf8(cue_b, cue_e);
    return p;
  }

  // "said about 40 people died", "said around 600 jobs would go": "about" a count, then a
  // verb, opens a clause, however short; "said about the plan" is a topic.
  [[nodiscard]] bool approximate_count_clause(std::uint32_t j) const {
    if (!(word(j, u"about") || word(j, u"around") || word(j, u"over") || word(j, u"under")) || j + 2 >= m_end ||
        m_s.tokens[j + 1].kind != text::TokenKind::number) {
      return false;
    }
    for (std::uint32_t k = j + 2; k < m_end && k < j + 6 && m_s.is_word(k); ++k) {
      if (finite_verb_within(k, 1) || (m_s.lower(k).size() > 3 && m_s.lower(k).ends_with(u"ed"))) {
        return true;
      }
    }
    return false;
  }

  // Is there a finite verb among the `span` words from `from` (an auxiliary or modal, a
  // past in "-ed", "n't")? The mark of a clause where no "that" says so.
  [[nodiscard]] bool finite_verb_within(std::uint32_t from, std::uint32_t span) const {
    for (std::uint32_t k = from; k < m_end && k < from + span && m_s.is_word(k); ++k) {
      const std::u16string_view t = m_s.lower(k);
      if ((is(WordClass::auxiliary, k) && t != u"'s" && t != u"not" && t != u"never" && t != u"be" && t != u"been" &&
           t != u"being") ||
          (t.size() > 4 && t.ends_with(u"ed")) || t == u"n't") {
        return true;
      }
    }
    return false;
  }

  // May token i be inside a source noun phrase?
  // "on state television late on Monday", "early in the day": when, after the medium's name.
  [[nodiscard]] bool time_after_name(std::uint32_t i) const {
    return (word(i, u"late") || word(i, u"early")) && i + 1 < m_end &&
           (word(i + 1, u"on") || word(i + 1, u"in") || is(WordClass::time_word, i + 1));
  }

  // A noun for a document or a statement, written small: "a paper", "the video", "a letter".
  [[nodiscard]] bool doc_noun(std::size_t i) const {
    return m_s.is_word(i) && !m_s.tokens[i].capitalized &&
           (is(WordClass::statement_noun, i) || word(i, u"paper") || word(i, u"preprint") || word(i, u"study") ||
            word(i, u"memo") || word(i, u"document") || picture_noun(i));
  }

  // A picture or a recording, one or many: "videos", "images", "photos", "footage".
  [[nodiscard]] bool picture_noun(std::size_t i) const {
    static constexpr std::u16string_view k_pictures[] = {
        u"photo",  u"photos", u"photograph", u"photographs", u"picture", u"pictures",   u"image",
        u"images", u"video",  u"videos",     u"footage",     u"clip",    u"clips",      u"imagery",
        u"recording", u"recordings", u"screenshot", u"screenshots"};
    return m_s.is_word(i) &&
           std::find(std::begin(k_pictures), std::end(k_pictures), m_s.lower(i)) != std::end(k_pictures);
  }

  // "posted on X", "published by Y", "posted online": the participle with where, when or by whom.
  [[nodiscard]] bool participle_with_adjunct(std::size_t i) const {
    // ("videos circulating on social media", "images taken by Planet Labs", "footage aired by
    // the channel": after a picture, the participles that say where it was seen or who took it.)
    const bool picture_participle =
        i > 0 && picture_noun(i - 1) &&
        (word(i, u"circulating") || word(i, u"circulated") || word(i, u"shared") || word(i, u"released") ||
         word(i, u"taken") || word(i, u"broadcast") || word(i, u"aired") || word(i, u"filmed") ||
         word(i, u"captured") || word(i, u"obtained") || word(i, u"shot"));
    return (word(i, u"posted") || word(i, u"published") || picture_participle) && i + 1 < m_s.size() &&
           (is(WordClass::preposition, i + 1) || word(i + 1, u"by") || word(i + 1, u"online"));
  }

  // "made in the charge", "levelled against him", "circulating on social media": a participle
  // with its adjunct that says which claims a noun of report names.
  [[nodiscard]] bool reported_participle(std::size_t i) const {
    static constexpr std::u16string_view k_forms[] = {
        u"made",     u"levelled",    u"leveled", u"raised",  u"contained", u"aired",  u"carried",
        u"voiced",   u"circulated",  u"circulating", u"brought", u"reported", u"set", u"spread"};
    if (i + 1 >= m_s.size() || std::find(std::begin(k_forms), std::end(k_forms), m_s.lower(i)) == std::end(k_forms)) {
      return participle_with_adjunct(i);
    }
    return is(WordClass::preposition, i + 1) || word(i + 1, u"by") || word(i + 1, u"out") || word(i + 1, u"online");
  }

  // "a paper posted on arXiv", "the video posted online": such a participle after a document.
  [[nodiscard]] bool document_participle(std::size_t i) const {
    return i > 0 && participle_with_adjunct(i) && doc_noun(i - 1);
  }

  // A small word inside a Romance, Dutch or German name: "do" of "Rio Grande do Sul", "von der".
  [[nodiscard]] bool name_particle(std::uint32_t i) const {
    static constexpr std::u16string_view k_particles[] = {u"de", u"do", u"da", u"dos", u"das", u"del", u"della",
                                                          u"di", u"du", u"des", u"von", u"van", u"der", u"den",
                                                          u"la", u"le", u"y"};
    return i < m_s.size() && m_s.is_word(i) && !m_s.tokens[i].capitalized &&
           std::find(std::begin(k_particles), std::end(k_particles), m_s.lower(i)) != std::end(k_particles);
  }

  [[nodiscard]] bool np_token(std::size_t i) const {
    // ("Chinese traders, quoted by Xinhua without being named, said": how the relay named them
    // is part of the phrase.)
    auto at = [&](std::size_t k, std::u16string_view t) { return k < m_s.size() && m_s.lower(k) == t; };
    if ((at(i, u"without") && at(i + 1, u"being") && (at(i + 2, u"named") || at(i + 2, u"identified"))) ||
        (i >= 1 && at(i - 1, u"without") && at(i, u"being") && (at(i + 1, u"named") || at(i + 1, u"identified"))) ||
        (i >= 2 && at(i - 2, u"without") && at(i - 1, u"being") && (at(i, u"named") || at(i, u"identified")))) {
      return true;
    }
    // ("the Treasury's under secretary for terrorism": a title, not the preposition.)
    if (at(i, u"under") && (at(i + 1, u"secretary") || at(i + 1, u"secretaries"))) {
      return true;
    }
    // ("Sodexo Live! said P": an exclamation mark written onto a name's capitalised word.)
    if (i > 0 && m_s.is_punct(i, u'!') && m_s.is_word(i - 1) && m_s.tokens[i - 1].capitalized &&
        m_s.tokens[i - 1].end == m_s.tokens[i].begin && i + 1 < m_s.size() && m_s.is_word(i + 1) &&
        !m_s.tokens[i + 1].capitalized) {
      return true;
    }
    if (m_s.is_word(i)) {
      // ("The World Health Organization (WHO) said": initials in brackets are the name's, though
      // "WHO" folds to the relative pronoun.)
      if (i > 0 && i + 1 < m_s.size() && m_s.tokens[i].all_caps && m_s.is_punct(i - 1, u'(') && m_s.is_punct(i + 1, u')')) {
        return true;
      }
      // "Havbris Fiskeri AS", "Siemens AG": a company's legal form in capitals ends its name.
      if (i > 0 && m_s.tokens[i].all_caps && m_s.tokens[i - 1].capitalized && m_s.is_word(i - 1) &&
          (word(i, u"as") || word(i, u"ag") || word(i, u"sa") || word(i, u"nv") || word(i, u"ab") ||
           word(i, u"plc") || word(i, u"spa") || word(i, u"oy"))) {
        return true;
      }
      // ("The IS-run Aamaq news agency": capitals joined by a hyphen to the next word are a
      // name's, not the verb "is".)
      if (m_s.tokens[i].all_caps && i + 2 < m_s.size() && m_s.is_dash(i + 1) && m_s.tokens[i].end == m_s.tokens[i + 1].begin &&
          m_s.tokens[i + 1].end == m_s.tokens[i + 2].begin && m_s.is_word(i + 2)) {
        return true;
      }
      // ("a coalition of more than 1,900 NGOs, said": "than" of a count is no clause's.)
      if (word(i, u"than") && i > 0 && i + 1 < m_s.size() &&
          (word(i - 1, u"more") || word(i - 1, u"fewer") || word(i - 1, u"less")) &&
          (m_s.tokens[i + 1].kind == text::TokenKind::number || word(i + 1, u"a") || word(i + 1, u"two") ||
           word(i + 1, u"three") || word(i + 1, u"half"))) {
        return true;
      }
      // ("one of about a dozen foreign leaders at the ceremony, told": "about" of a count after
      // "of" is no topic's.)
      if ((word(i, u"about") || word(i, u"around") || word(i, u"nearly") || word(i, u"almost") ||
           word(i, u"roughly")) &&
          i > 0 && i + 1 < m_s.size() && word(i - 1, u"of") &&
          (m_s.tokens[i + 1].kind == text::TokenKind::number ||
           (word(i + 1, u"a") && i + 2 < m_s.size() &&
            (word(i + 2, u"dozen") || word(i + 2, u"hundred") || word(i + 2, u"thousand"))))) {
        return true;
      }
      // ("People who worked on that review said": "that" after a preposition is its determiner.)
      // ("the civil defence agency of Rio Grande do Sul state", "Ursula von der Leyen", "the
      // Banco de México": a name's small particles between its capitalised words.)
      {
        std::uint32_t n = static_cast<std::uint32_t>(i);
        while (n < m_s.size() && n - i < 2 && name_particle(n)) {
          ++n;
        }
        if (n > i && i > 0 && n < m_s.size() && m_s.is_word(i - 1) && m_s.tokens[i - 1].capitalized && m_s.is_word(n) &&
            m_s.tokens[n].capitalized && !m_s.tokens[i].capitalized) {
          return true;
        }
      }
      // ("Officials there said", "A nurse there, who asked not to be named, said": "there" of
      // place after the noun, before the verb or an aside, is the phrase's; not "said there
      // were", "and there were".)
      if (word(i, u"there") && i > 0 && i + 1 < m_s.size() && m_s.is_word(i - 1) && m_s.cue_at(i - 1) == nullptr &&
          !is(WordClass::verb_blocker, i - 1) && !is(WordClass::preposition, i - 1) &&
          !is(WordClass::conjunction, i - 1) && !is(WordClass::auxiliary, i - 1) && !is(WordClass::relative, i - 1) &&
          !is(WordClass::determiner, i - 1) &&
          (m_s.is_comma(i + 1) || (m_s.cue_at(i + 1) != nullptr && m_s.cue_at(i + 1)->begin == i + 1) ||
           ((word(i + 1, u"have") || word(i + 1, u"has") || word(i + 1, u"had")) && i + 2 < m_s.size() &&
            m_s.cue_at(i + 2) != nullptr && m_s.cue_at(i + 2)->begin == i + 2))) {
        return true;
      }
      // ("That report said P": "That" opening the sentence before a noun is its determiner too;
      // not before a pronoun or a determiner, "That the firm failed is clear".)
      const bool that_determiner = word(i, u"that") && (i == 0 || is(WordClass::preposition, i - 1)) &&
                                   i + 1 < m_s.size() && m_s.is_word(i + 1) && !m_s.tokens[i + 1].capitalized &&
                                   m_s.cue_at(i + 1) == nullptr && !is(WordClass::determiner, i + 1) &&
                                   !(i == 0 && (is(WordClass::pronoun_male, i + 1) || is(WordClass::pronoun_female, i + 1) ||
                                                is(WordClass::pronoun_plural, i + 1) || is(WordClass::pronoun_thing, i + 1) ||
                                                is(WordClass::auxiliary, i + 1) || word(i + 1, u"is") || word(i + 1, u"was")));
      if (is(WordClass::verb_blocker, i) || is(WordClass::subordinator, i) || (is(WordClass::relative, i) && !that_determiner) ||
          (word(i, u"that") && !that_determiner) || word(i, u"but") || word(i, u"or") || word(i, u"not") ||
          word(i, u"n't")) {
        return false;
      }
      for (const Hit& h : m_s.cues) {
        if (h.begin < i && i < h.end && m_s.lex.cues()[h.payload].frame == Frame::postmod_relay) {
          return true;  // the "by" of "monitored by", the "in" of "quoted in"
        }
      }
      // "Reporters Without Borders": a capitalised word between two of a name's words.
      if (m_s.tokens[i].capitalized && i > 0 && i + 1 < m_s.size() && m_s.tokens[i - 1].capitalized &&
          m_s.tokens[i + 1].capitalized && m_s.is_word(i - 1) && m_s.is_word(i + 1)) {
        return true;
      }
      // ("a town of about 40,000 people": "about" before a count says how many.)
      if ((word(i, u"about") || word(i, u"around") || word(i, u"nearly") || word(i, u"almost") ||
           word(i, u"roughly")) &&
          i + 1 < m_s.size() && m_s.tokens[i + 1].kind == text::TokenKind::number && i > 0 && word(i - 1, u"of")) {
        return true;
      }
      if (is(WordClass::preposition, i)) {
        // Prepositions inside source phrases: "a spokesman for X", "an analyst at Y in Moscow".
        // "ambassador to the UN", "aides to Roberts": "to" after a title or a source noun.
        const bool to_after_title =
            word(i, u"to") && i > 0 &&
            (is(WordClass::title, i - 1) || m_s.noun_covering(i - 1) != nullptr || word(i - 1, u"aides") ||
             word(i - 1, u"aide") || word(i - 1, u"adviser") || word(i - 1, u"advisers") ||
             word(i - 1, u"ambassador") || word(i - 1, u"envoy") || word(i - 1, u"delegation") ||
             word(i - 1, u"lifeline") || word(i - 1, u"successor") || word(i - 1, u"ally") ||
             // ("Sources privy to the negotiations", "the fronts loyal to NAME", "militias
             // linked to the army": an adjective of access or allegiance with its "to".)
             word(i - 1, u"privy") || word(i - 1, u"loyal") || word(i - 1, u"linked") || word(i - 1, u"allied") ||
             word(i - 1, u"affiliated") || word(i - 1, u"tied") || word(i - 1, u"connected") ||
             // ("a town next to the plant", "a village close to the border": where, after a
             // noun; "passed close to the boat" is a verb's.)
             ((word(i - 1, u"next") || word(i - 1, u"close")) && i >= 2 && m_s.is_word(i - 2) &&
              !m_s.lower(i - 2).ends_with(u"ed") && m_s.cue_at(i - 2) == nullptr &&
              !is(WordClass::auxiliary, i - 2) && !is(WordClass::verb_blocker, i - 2) && !is(WordClass::adverb, i - 2)));
        // ("Residents on the island", "Fans on internet forums": "on" after a source noun.)
        // ("Residents of a camp on the Indus Highway": "on" before a place's name.)
        const bool on_after_noun =
            word(i, u"on") && i > 0 &&
            (m_s.noun_covering(i - 1) != nullptr ||
             (i + 2 < m_s.size() && word(i + 1, u"the") && m_s.tokens[i + 2].capitalized && m_s.is_word(i + 2) &&
              !is(WordClass::time_word, i + 2) && m_s.cue_at(i + 2) == nullptr));
        // ("the station financed by the U.S. Congress", "a paper run by the army": a participle's
        // agent describes the noun.)
        // ("one of the few observers allowed into the country": where the participle took them.)
        const bool by_after_participle =
            (word(i, u"by") || word(i, u"into")) && i > 0 && m_s.is_word(i - 1) && !m_s.tokens[i - 1].capitalized &&
            m_s.cue_at(i - 1) == nullptr &&
            ((m_s.lower(i - 1).size() > 4 && m_s.lower(i - 1).ends_with(u"ed")) || word(i - 1, u"run") ||
             word(i - 1, u"held") || word(i - 1, u"led") || word(i - 1, u"known"));
        // ("sources inside the country", "an outlet with offices near Seoul": where.)
        const bool where = word(i, u"inside") || word(i, u"near") || word(i, u"outside") || word(i, u"within") ||
                           word(i, u"across");
        // ("A paper posted on arXiv on Monday by four researchers argues": the adjuncts of a
        // document's participle.)
        bool after_document_participle = false;
        for (std::size_t k = i; k-- > 1 && k + 8 > i && !after_document_participle;) {
          if (!m_s.is_word(k)) {
            break;
          }
          after_document_participle = document_participle(k);
        }
        return word(i, u"of") || word(i, u"for") || word(i, u"at") || word(i, u"in") || word(i, u"from") ||
               word(i, u"with") || word(i, u"close") || where || to_after_title || on_after_noun || by_after_participle ||
               after_document_participle;
      }
      if (m_s.cue_at(i) != nullptr && !m_s.tokens[i].capitalized) {
        // ("The briefing note says": a document's noun after a determiner or another noun,
        // not the verb "note".)
        if (is(WordClass::statement_noun, i) && i > 0 && m_s.is_word(i - 1) &&
            (is(WordClass::determiner, i - 1) || is(WordClass::statement_noun, i - 1))) {
          return true;
        }
        // ("a research note", "a client note", "a Goldman Sachs note": a modifier, or a name
        // after a determiner, before it. Not "analysts at UBS note that".)
        if (is(WordClass::statement_noun, i) && i > 1 && m_s.is_word(i - 1)) {
          if ((word(i - 1, u"research") || word(i - 1, u"client") || word(i - 1, u"investor") ||
               word(i - 1, u"briefing") || word(i - 1, u"internal")) &&
              is(WordClass::determiner, i - 2)) {
            return true;
          }
          std::uint32_t k = i;
          while (k > 0 && i - k < 4 && m_s.is_word(k - 1) && m_s.tokens[k - 1].capitalized) {
            --k;
          }
          // (Not before a clause's subject or "that": "The ECR claims it could overtake Renew",
          // "the Greens claim the plan will cost billions".)
          const bool clause_next = i + 1 < m_s.size() &&
                                   (word(i + 1, u"that") || word(i + 1, u"it") || word(i + 1, u"he") || word(i + 1, u"she") ||
                                    word(i + 1, u"they") || word(i + 1, u"we") || m_s.verb_after_the_name(i));
          if (k < i && k > 0 && m_s.is_word(k - 1) && is(WordClass::determiner, k - 1) && !m_s.tokens[k - 1].capitalized &&
              !clause_next) {
            return true;
          }
        }
        // ("Unofficial estimates suggest that P", "Early reports said P": the noun right before a
        // verb of saying is the subject's head, as the frames read it.)
        if ((word(i, u"reports") || word(i, u"claims") || word(i, u"estimates")) && i + 1 < m_s.size()) {
          if (const Hit* next = m_s.cue_at(i + 1);
              next != nullptr && next->begin == i + 1 && m_s.lex.cues()[next->payload].frame == Frame::speech) {
            return true;
          }
        }
        // ("A video posted on social media appeared to show P": the document's participle, with
        // where or when after it, stays in the phrase.)
        if (document_participle(i)) {
          return true;
        }
        // ("The suspect's son told P", "the suspect told police P", "one of the suspects had
        // told investigators P": a verb's form after an article, then a possessive or a verb of
        // saying, an auxiliary or an adverb before it, is a noun.)
        if (i > 0 && (word(i - 1, u"the") || word(i - 1, u"a") || word(i - 1, u"an")) && i + 1 < m_s.size()) {
          const std::uint32_t verb = skip_preverbal_right(static_cast<std::uint32_t>(i + 1));
          if (word(i + 1, u"'s") || word(i + 1, u"\u2019s") ||
              (m_s.cue_at(verb) != nullptr && m_s.cue_at(verb)->begin == verb &&
               m_s.lex.cues()[m_s.cue_at(verb)->payload].frame == Frame::speech)) {
            return true;
          }
        }
        const lexicon::CueEntry& c = m_s.lex.cues()[m_s.cue_at(i)->payload];
        return c.frame == Frame::postmod_relay;  // "quoted in China Daily" stays in the phrase
      }
      return true;
    }
    const char16_t c = m_s.tokens[i].punct;
    // (A period ends an abbreviation, "B.C.", "Mr.", "Corp.", not a sentence: "… on Monday. The
    // B.C. Wildfire Service says" inside a caption the splitter kept whole.)
    if (c == u'.' && i > 0 && i + 1 < m_s.size() && m_s.is_word(i - 1) && m_s.lower(i - 1).size() > 4 &&
        m_s.tokens[i].end < m_s.tokens[i + 1].begin && m_s.tokens[i + 1].capitalized) {
      return false;
    }
    // ("RFE/RL", "Radio Free Europe/Radio Liberty": a slash joining two capitalised words with no
    // space is inside one name.)
    if (c == u'/' && i > 0 && i + 1 < m_s.size() && m_s.is_word(i - 1) && m_s.is_word(i + 1) &&
        m_s.tokens[i - 1].capitalized && m_s.tokens[i + 1].capitalized && m_s.tokens[i - 1].end == m_s.tokens[i].begin &&
        m_s.tokens[i].end == m_s.tokens[i + 1].begin) {
      return true;
    }
    // ("Disney+", "Canal+": a plus joined to the end of a name is the name's.)
    if (c == u'+' && i > 0 && m_s.is_word(i - 1) && m_s.tokens[i - 1].end == m_s.tokens[i].begin) {
      return true;
    }
    // ("<" ">": a ticker after a company's name, "Reuters Holdings Plc <RTRS.L> said".)
    return c == u'-' || c == u'.' || c == u'&' || c == u'\'' || c == u'(' || c == u')' || c == u'<' || c == u'>';
  }

  // Does [b, e) contain something that can head a source: a name, a known
  // entity, a source noun or a pronoun?
  // An auxiliary written as a word ("had", "is", "will"): the word classes also fold the lone
  // apostrophe of "farmers' union" onto "'s", which is no verb.
  [[nodiscard]] bool auxiliary_word(std::uint32_t t) const {
    return m_s.is_word(t) && !m_s.lower(t).starts_with(u"'") && m_s.is_exact(WordClass::auxiliary, t);
  }

  [[nodiscard]] bool has_head(std::uint32_t b, std::uint32_t e) const {
    // ("and most said P": "most" alone stands for people just named, as "many" does; "The other
    // said P", the second of two.)
    if ((e == b + 1 && word(b, u"most")) || (e == b + 2 && word(b, u"the") && word(b + 1, u"other"))) {
      return true;
    }
    for (std::uint32_t i = b; i < e; ++i) {
      if (!m_s.is_word(i)) {
        continue;
      }
      if (m_s.tokens[i].capitalized && !(i == 0 && is(WordClass::determiner, i)) &&
          !(i == 0 && is(WordClass::subordinator, i)) && !(i == 0 && is(WordClass::adverb, i))) {
        return true;
      }
      if (m_s.noun_covering(i) != nullptr || m_s.entity_covering(i) != nullptr ||
          is(WordClass::pronoun_male, i) || is(WordClass::pronoun_female, i) || is(WordClass::pronoun_thing, i) ||
          is(WordClass::pronoun_plural, i)) {
        return true;
      }
      // "organisers said", "doctors said": a plural noun standing alone, or with its
      // complement ("attorneys for the family said").
      // ("baseless", "harmless" end in "ss": adjectives, not plurals.)
      // ("citing players who had analysed the hands": or its relative clause.)
      const bool with_complement =
          i == b && b + 2 < e && (word(b + 1, u"for") || word(b + 1, u"of") || word(b + 1, u"at") ||
                                  word(b + 1, u"with") || word(b + 1, u"to") || word(b + 1, u"who"));
      if ((e - b == 1 || with_complement) && !m_s.tokens[i].capitalized && m_s.lower(i).size() >= 5 &&
          m_s.lower(i).back() == u's' &&
          !m_s.lower(i).ends_with(u"ss") &&
          !is(WordClass::verb_blocker, i) && !is(WordClass::auxiliary, i) && !is(WordClass::preposition, i) &&
          !is(WordClass::subordinator, i) && !is(WordClass::adverb, i) && m_s.cue_at(i) == nullptr) {
        return true;
      }
      // ("…, but independent trackers said P", "local traders said": a bare plural of people
      // after a modifier or two.)
      // ("according to amateur trackers who followed the launch": with its relative clause or
      // complement after it.)
      const bool plural_complement = i + 2 < e && i - b <= 2 &&
                                     (word(i + 1, u"who") || word(i + 1, u"for") || word(i + 1, u"at") ||
                                      word(i + 1, u"in") || word(i + 1, u"with"));
      // ("anti-doping scientists": a hyphenated modifier is one.)
      if ((i + 1 == e || plural_complement) && i > b && (frames::words_in(m_s, b, e) <= 3 || plural_complement) &&
          !m_s.tokens[i].capitalized && frames::people_plural(m_s.lower(i)) && !is(WordClass::verb_blocker, i) &&
          m_s.cue_at(i) == nullptr) {
        bool modifiers = true;
        for (std::uint32_t k = b; k < i && modifiers; ++k) {
          if (frames::joined_hyphen_at(m_s, k)) {
            continue;
          }
          modifiers = m_s.is_word(k) && !is(WordClass::determiner, k) && !is(WordClass::preposition, k) &&
                      !is(WordClass::auxiliary, k) && !is(WordClass::verb_blocker, k) && !is(WordClass::conjunction, k) &&
                      !is(WordClass::subordinator, k) && !is(WordClass::adverb, k) && m_s.cue_at(k) == nullptr;
        }
        if (modifiers) {
          return true;
        }
      }
      // "the coach", "the coast guard": a determiner and a content word. ("soccer's global
      // governing body": a possessive is one, the head last.)
      bool possessed = false;
      for (std::uint32_t t = b + 1; t < i && i + 1 == e && !possessed; ++t) {
        possessed = word(t, u"'s") || word(t, u"\u2019s");
      }
      if (i > b && (is(WordClass::determiner, b) || possessed) && !is(WordClass::determiner, i) && !is(WordClass::preposition, i) &&
          !is(WordClass::auxiliary, i) && !is(WordClass::verb_blocker, i) && !is(WordClass::conjunction, i)) {
        return true;
      }
    }
    return false;
  }

  // "according to congressional budget staff", "according to campaign finance reports filed
  // with the state": a noun with a modifier or two and no determiner, its head a plural or a
  // body of people, up to a participle or a preposition. ("according to plan", "according to
  // local custom": one word, or no head of that kind.)
  [[nodiscard]] bool bare_plural_source(std::uint32_t b, std::uint32_t e) const {
    std::uint32_t head = b;
    while (head < e && head < b + 4 && m_s.is_word(head) && !is(WordClass::preposition, head) &&
           !is(WordClass::determiner, head) && !is(WordClass::auxiliary, head) && !is(WordClass::conjunction, head) &&
           !(head > b && m_s.lower(head).size() > 4 && m_s.lower(head).ends_with(u"ed"))) {
      ++head;
    }
    if (head < b + 2 || (head < e && !is(WordClass::preposition, head) &&
                         !(m_s.lower(head).size() > 4 && m_s.lower(head).ends_with(u"ed")))) {
      return false;
    }
    const std::u16string_view last = m_s.lower(head - 1);
    return (last.size() >= 4 && last.ends_with(u"s") && !last.ends_with(u"ss") && !is(WordClass::adverb, head - 1)) ||
           frames::people_plural(last);
  }

  // A one-word hedge marker that is an "-ly" adverb: "reportedly", "allegedly", "apparently".
  [[nodiscard]] bool hedge_adverb_at(std::uint32_t t) const {
    return m_s.lower(t).ends_with(u"ly") &&
           std::any_of(m_s.markers.begin(), m_s.markers.end(), [&](const Hit& h) { return h.begin == t && h.end == t + 1; });
  }

  // Adverbs, auxiliaries and time phrases between a subject and its verb ("has also", "on Tuesday").
  [[nodiscard]] std::uint32_t skip_preverbal(std::uint32_t i, std::uint32_t floor) const {
    // ("Nippon Steel Corp <NSTC.T> denied": a stock ticker in angle brackets after the name.)
    if (i >= floor + 3 && m_s.is_punct(i - 1, u'>')) {
      for (std::uint32_t t = i - 1; t-- > floor && i - t <= 6;) {
        if (m_s.is_punct(t, u'<')) {
          i = t;
          break;
        }
      }
    }
    while (i > floor) {
      const std::uint32_t t = i - 1;
      if (!m_s.is_word(t)) {
        break;
      }
      // A hedge adverb between subject and verb ("X reportedly said", "X apparently thinks")
      // belongs to the claim's reasons, not to the source's name.
      const bool hedge_adverb = hedge_adverb_at(t);
      // ("Myanmar Now reported", "USA Today reported": a capitalised "Now", "Today" after a
      // capitalised word ends a masthead. Other adverbs are title case: "Putin Also Says".)
      const bool name_word = (word(t, u"now") || word(t, u"today")) && m_s.tokens[t].capitalized && t > floor &&
                             t > 0 && m_s.tokens[t - 1].capitalized && m_s.is_word(t - 1);
      if (name_word) {
        break;
      }
      // ("Sarah Ransford is understood to have told staff that P", "He is said to have warned":
      // the passive of hearsay before the verb; the subject stands before it, and the hedge
      // marks the claim.)
      if (word(t, u"to") && t >= floor + 2 &&
          (word(t - 1, u"understood") || word(t - 1, u"believed") || word(t - 1, u"thought") || word(t - 1, u"said") ||
           word(t - 1, u"reported") || word(t - 1, u"alleged") || word(t - 1, u"known") || word(t - 1, u"reputed")) &&
          (word(t - 2, u"is") || word(t - 2, u"was") || word(t - 2, u"are") || word(t - 2, u"were"))) {
        i = t - 2;
        continue;
      }
      // ("The company has since said P": "since" right after the auxiliary is the adverb.)
      const bool since_adverb =
          word(t, u"since") && t > floor && (word(t - 1, u"has") || word(t - 1, u"have") || word(t - 1, u"had"));
      if (hedge_adverb || since_adverb || is(WordClass::adverb, t) || word(t, u"has") || word(t, u"had") ||
          word(t, u"have") || word(t, u"will") ||
          word(t, u"would") || word(t, u"did") || word(t, u"does") || word(t, u"do") || word(t, u"not") ||
          word(t, u"n't") || word(t, u"never") || word(t, u"could") || word(t, u"may") || word(t, u"might") ||
          word(t, u"should") || word(t, u"must") || word(t, u"can") || word(t, u"shall") || word(t, u"cannot")) {
        i = t;
        continue;
      }
      if ((is(WordClass::time_word, t) || is(WordClass::month, t) || m_s.tokens[t].kind == text::TokenKind::number) &&
          t > floor) {
        // "on Tuesday", "last week", "on March 5"
        std::uint32_t k = t;
        while (k > floor && (is(WordClass::time_word, k - 1) || is(WordClass::month, k - 1) ||
                             m_s.tokens[k - 1].kind == text::TokenKind::number)) {
          --k;
        }
        if (k > floor && (word(k - 1, u"on") || word(k - 1, u"late") || word(k - 1, u"early") ||
                          word(k - 1, u"last") || word(k - 1, u"this") || word(k - 1, u"in"))) {
          i = k - 1;
          continue;
        }
        // ("A government statement last night said": the run itself opens with "last".)
        if (k < t && (word(k, u"last") || word(k, u"this") || word(k, u"late") || word(k, u"early"))) {
          i = k;
          continue;
        }
        if (is(WordClass::time_word, t) && (word(t, u"yesterday") || word(t, u"today") || word(t, u"tonight"))) {
          i = t;
          continue;
        }
        // ("Posts on TikTok over the weekend claimed", "The ministry during the night said".)
        // (Not the time of a relative clause's verb: "Reports that surfaced over the summer
        // suggested".)
        if (is(WordClass::time_word, t) && t >= floor + 3 && word(t - 1, u"the") &&
            (word(t - 2, u"over") || word(t - 2, u"during") || word(t - 2, u"at") || word(t - 2, u"in")) &&
            !(m_s.lower(t - 3).size() > 3 && m_s.lower(t - 3).ends_with(u"ed"))) {
          i = t - 2;
          continue;
        }
      }
      // "The chairman took to Twitter to say P", "took to social media overnight to deny P": the
      // platform named is where the subject spoke, not the subject.
      if (word(t, u"to") && t >= floor + 3) {
        std::uint32_t k = t - 1;
        while (k > floor + 1 && t - k < 5 && m_s.is_word(k) && !word(k, u"to") && m_s.cue_at(k) == nullptr) {
          --k;
        }
        if (word(k, u"to") && k + 1 < t &&
            (word(k - 1, u"took") || word(k - 1, u"takes") || word(k - 1, u"take") || word(k - 1, u"taking") ||
             word(k - 1, u"taken"))) {
          i = k - 1;
          continue;
        }
      }
      // "who one month ago claimed", "X two weeks earlier said": a time phrase before the verb.
      if ((word(t, u"ago") || word(t, u"earlier") || word(t, u"later")) && t >= floor + 2 &&
          is(WordClass::time_word, t - 1) &&
          (m_s.tokens[t - 2].kind == text::TokenKind::number || word(t - 2, u"one") || word(t - 2, u"a") ||
           word(t - 2, u"two") || word(t - 2, u"three") || word(t - 2, u"several") || word(t - 2, u"few"))) {
        i = t - 2;
        continue;
      }
      break;
    }
    return i;
  }

  // Where a time phrase that opens at k ends ("in late September", "this month", "on March 5",
  // "last week"); k itself when none opens there.
  [[nodiscard]] std::uint32_t time_phrase_end(std::uint32_t k) const {
    std::uint32_t e = k;
    if (e < m_end && (word(e, u"in") || word(e, u"on") || word(e, u"this") || word(e, u"last") || word(e, u"earlier"))) {
      ++e;
    }
    const std::uint32_t head = e;
    while (e < m_end && e - head < 4 &&
           (word(e, u"late") || word(e, u"early") || word(e, u"mid") || word(e, u"the") || word(e, u"of") ||
            is(WordClass::time_word, e) || is(WordClass::month, e) || m_s.tokens[e].kind == text::TokenKind::number)) {
      ++e;
    }
    // (It names a time: a month, a day or a time word, not "in the" alone.)
    for (std::uint32_t t = head; t < e; ++t) {
      if (is(WordClass::time_word, t) || is(WordClass::month, t)) {
        return e;
      }
    }
    return k;
  }

  // Where the verb starts after a subject's last word at k: past up to three auxiliaries and
  // adverbs, a hedge's "-ly" adverb among them ("had told", "reportedly later said").
  [[nodiscard]] std::uint32_t skip_preverbal_right(std::uint32_t k) const {
    for (std::uint32_t start = k; k < m_end && k - start < 3 && m_s.is_word(k) && m_s.cue_at(k) == nullptr;) {
      if (!is(WordClass::auxiliary, k) && !is(WordClass::adverb, k) && !hedge_adverb_at(k)) {
        break;
      }
      ++k;
    }
    return k;
  }

  // A noun phrase ending just before `e`, scanning left but not past `floor`.
  [[nodiscard]] NounPhrase np_left(std::uint32_t e, std::uint32_t floor) const {
    std::uint32_t j = e;
    while (j > floor && np_token(j - 1) && !m_s.is_quote_mark(j - 1) && e - j < 20) {
      --j;
    }
    // ("the Dutch Data Protection Authority (Autoriteit Persoonsgegevens, or AP) said": a
    // bracketed alias may hold a comma; the phrase goes on past it to the name before.)
    if (e > floor + 3 && m_s.is_punct(e - 1, u')')) {
      std::uint32_t open = e - 1;
      while (open > floor && e - open < 10 && !m_s.is_punct(open - 1, u'(') && !m_s.is_punct(open - 1, u')') &&
             m_s.cue_at(open - 1) == nullptr && !m_s.is_quote_mark(open - 1)) {
        --open;
      }
      if (open > floor + 1 && open - 1 < j && m_s.is_punct(open - 1, u'(') && m_s.is_word(open - 2) &&
          m_s.tokens[open - 2].capitalized) {
        j = open - 1;
        while (j > floor && np_token(j - 1) && !m_s.is_quote_mark(j - 1) && e - j < 24) {
          --j;
        }
      }
    }
    // ("the Ministry of Economy, Trade and Industry said", "the minister for communications,
    // knowledge and technology told": the portfolios a body's or an office's name lists, set
    // apart by a comma, are one name; the phrase goes on past the comma to "of" or "for".)
    if (j >= floor + 4 && j + 3 <= e && e - j <= 5 && m_s.is_comma(j - 1) && word(e - 2, u"and")) {
      bool list = true;
      for (std::uint32_t t = j; t < e && list; ++t) {
        list = m_s.is_word(t) && m_s.cue_at(t) == nullptr && !is(WordClass::determiner, t) &&
               (word(t, u"and") || !is(WordClass::preposition, t));
      }
      std::uint32_t t = j - 1;  // the comma
      while (list && t > floor && m_s.is_word(t - 1) && !word(t - 1, u"of") && !word(t - 1, u"for") && j - 1 - t < 3 &&
             !is(WordClass::preposition, t - 1) && m_s.cue_at(t - 1) == nullptr) {
        --t;
      }
      if (list && t < j - 1 && t >= floor + 2 && (word(t - 1, u"of") || word(t - 1, u"for")) &&
          (is(WordClass::title, t - 2) || m_s.noun_covering(t - 2) != nullptr ||
           word(t - 2, u"ministry") || word(t - 2, u"department") || word(t - 2, u"minister") ||
           word(t - 2, u"secretary"))) {
        j = t - 1;
        while (j > floor && np_token(j - 1) && !m_s.is_quote_mark(j - 1) && e - j < 24) {
          --j;
        }
      }
    }
    // A phrase does not start with a preposition or a dangling possessive.
    while (j < e && (is(WordClass::preposition, j) || !m_s.is_word(j) || word(j, u"'s") ||
                     is(WordClass::conjunction, j))) {
      if (m_s.is_punct(j, u'(')) {
        break;
      }
      ++j;
    }
    // ("Last December it announced", "Early this year the firm said": a fronted time phrase
    // without a comma is no part of the subject after it.)
    {
      std::uint32_t t = j;
      if (t < e && (word(t, u"last") || word(t, u"early") || word(t, u"late") || word(t, u"in"))) {
        ++t;
        if (t < e && word(t, u"this")) {
          ++t;
        }
        const std::uint32_t run = t;
        while (t < e && (is(WordClass::month, t) || (is(WordClass::time_word, t) && !word(t, u"time")) ||
                         m_s.tokens[t].kind == text::TokenKind::number)) {
          ++t;
        }
        if (t > run && t < e && m_s.is_word(t)) {
          j = t;
        }
      }
    }
    // ("It has been hit with more than $27bn in taxes and fines and many observers now say":
    // the words before the last "and", naming no one, end the clause before; the subject is
    // what follows.)
    // (Not inside an apposition that describes a name: "Vanessa Liu, a voice actor and
    // performer, said".)
    const bool describes_name = j >= 2 && m_s.is_comma(j - 1) && m_s.is_word(j - 2) && m_s.tokens[j - 2].capitalized &&
                                (word(j, u"a") || word(j, u"an"));
    for (std::uint32_t t = e; t-- > j + 1 && !describes_name;) {
      if (!word(t, u"and")) {
        continue;
      }
      bool names = false;
      for (std::uint32_t k = j; k < t && !names; ++k) {
        names = (m_s.is_word(k) && m_s.tokens[k].capitalized) ||
                m_s.noun_covering(k) != nullptr || m_s.entity_covering(k) != nullptr ||
                is(WordClass::pronoun_male, k) || is(WordClass::pronoun_female, k) || is(WordClass::pronoun_plural, k);
      }
      // ("…, pharmacists and doctors say": a bare plural of people the lexicon does not know,
      // alone before the "and", is the first of two sources.)
      names = names || (t == j + 1 && m_s.is_word(j) && !m_s.tokens[j].capitalized &&
                        frames::people_plural(m_s.lower(j)) && j > 0 && m_s.is_comma(j - 1));
      // ("…, security and local sources told AFP": two modifiers of one source noun; the
      // whole phrase is the subject.)
      names = names || (t == j + 1 && e == t + 3 && m_s.is_word(j) && !m_s.tokens[j].capitalized &&
                        m_s.is_word(t + 1) && !m_s.tokens[t + 1].capitalized && (j == 0 || m_s.is_comma(j - 1)) &&
                        m_s.noun_covering(e - 1) != nullptr && m_s.noun_covering(j) == nullptr &&
                        m_s.lex.source_nouns()[m_s.noun_covering(e - 1)->payload].plural);
      if (!names && t + 1 < e) {
        j = t + 1;
      }
      break;
    }
    // "In a statement the RSPCA said": the medium fronted without a comma is no part of the
    // subject that follows it.
    for (std::uint32_t t = j; t + 1 < e; ++t) {
      if (m_s.is_word(t) && is(WordClass::statement_noun, t) && !m_s.tokens[t].capitalized &&
          (word(t + 1, u"the") || (m_s.tokens[t + 1].capitalized && m_s.entity_covering(t) == nullptr))) {
        j = t + 1;
        break;
      }
    }
    return {j, e};
  }

  // Is [b, e) an appositive ("international division secretary of ...", "monitored by the BBC")?
  [[nodiscard]] bool appositive(std::uint32_t b, std::uint32_t e) const {
    if (b >= e) {
      return false;
    }
    if (is(WordClass::relative, b) && !word(b, u"that")) {
      return true;
    }
    // "China, Pyongyang's only ally, said": a possessive description.
    if (b + 2 < e && m_s.tokens[b].capitalized && word(b + 1, u"'s")) {
      return true;
    }
    // "Senator Diane Holcomb, Republican of Ohio, said": a party and a state.
    if ((word(b, u"republican") || word(b, u"democrat") || word(b, u"independent")) &&
        (e == b + 1 || word(b + 1, u"of") || word(b + 1, u"from"))) {
      return true;
    }
    // "Ruth Kellaway, Green Party transport spokeswoman, said": a title or a person's
    // noun ends the description.
    for (std::uint32_t i = b + 1; i < e; ++i) {
      if (!m_s.tokens[i].capitalized && (is(WordClass::title, i) || m_s.noun_covering(i) != nullptr)) {
        return true;
      }
    }
    if (m_s.tokens[b].capitalized && !is(WordClass::title, b)) {
      return false;
    }
    return is(WordClass::determiner, b) || is(WordClass::title, b) || !m_s.tokens[b].capitalized;
  }

  // Is [b, e) an introductory adverbial ("In a statement", "However", "On Tuesday")?
  [[nodiscard]] bool adverbial(std::uint32_t b, std::uint32_t e) const {
    if (b >= e) {
      return true;
    }
    // ("Minutes later,", "Two days earlier,", "A week ago,": a span of time and "later".)
    const bool time_span = e - b <= 3 && (word(e - 1, u"later") || word(e - 1, u"earlier") || word(e - 1, u"ago"));
    return is(WordClass::preposition, b) || is(WordClass::adverb, b) || is(WordClass::time_word, b) ||
           is(WordClass::subordinator, b) || is(WordClass::conjunction, b) || (e - b == 1 && !m_s.tokens[b].capitalized) ||
           time_span;
  }

  // For a capitalized word at `name` given as a name ("a resident who gave his name only as
  // Ibrahim", "a farmer identified only as Musa"): where the phrase describing its bearer
  // begins ("a resident"); none when `name` is not so given.
  [[nodiscard]] std::optional<std::uint32_t> named_as_phrase_begin(std::uint32_t name, std::uint32_t floor) const {
    if (name >= m_s.tokens.size() || name < floor + 2 || !m_s.tokens[name].capitalized || !m_s.is_word(name) || !word(name - 1, u"as")) {
      return std::nullopt;
    }
    for (std::uint32_t t = name - 1; t > floor && name - t < 8;) {
      --t;
      if (word(t, u"name") || word(t, u"identified") || word(t, u"named") || word(t, u"known")) {
        // The bearer: the phrase before "who" ("a resident who gave"), or before the
        // participle ("a farmer identified"); the name alone when neither is found.
        std::uint32_t k = t;
        while (k > floor && name - k < 10 && !word(k, u"who") && !m_s.is_comma(k)) {
          --k;
        }
        const std::uint32_t head_end = word(k, u"who") ? k : t;
        const NounPhrase head = np_left(head_end, floor);
        return !head.empty() && head.end == head_end ? head.begin : name;
      }
    }
    return std::nullopt;
  }

  // The subject of a verb at `cue`: the noun phrase before it, with an
  // appositive between commas ("Michael Mijatov, secretary of ..., told").
  // The head of a relative clause that ends at `e` with no comma inside it ("Two executives
  // who pleaded guilty … testified"), scanning at most `span` tokens; empty if none. With
  // `clause_words` the clause needs two words after "who" and stops at "that".
  [[nodiscard]] NounPhrase head_before_who(std::uint32_t e, std::uint32_t floor, std::uint32_t span,
                                           bool clause_words) const {
    for (std::uint32_t r = e; r > floor + 1 && e - r < span;) {
      --r;
      // ("People who worked on that review said": "that" after a preposition is a determiner.)
      if (word(r, u"that") && r > 0 && is(WordClass::preposition, r - 1)) {
        continue;
      }
      // ("Diplomats from countries that pay more into the budget say P": "that" before a verb,
      // after a source's phrase, opens a relative clause; its head is the subject. Not "that"
      // before a determiner or a pronoun, a complement's start.)
      // (A "that" clause reaches no further than 14 words: "a statement that appeared on an
      // Islamist website in the name of X said" is X's, read elsewhere.)
      if (clause_words && word(r, u"that") && e - r < 14 && r + 2 < e && m_s.is_word(r + 1) &&
          !m_s.tokens[r + 1].capitalized &&
          !is(WordClass::determiner, r + 1) && !is(WordClass::pronoun_male, r + 1) &&
          !is(WordClass::pronoun_female, r + 1) && !is(WordClass::pronoun_plural, r + 1) &&
          !is(WordClass::pronoun_thing, r + 1) && !is(WordClass::preposition, r + 1)) {
        const NounPhrase head = np_left(r, floor);
        // (Any source noun, "A company that makes the parts said"; or a phrase with the
        // indefinite article, "A British tour operator that charters seats on the airline said".)
        // (Not after a comma: "…, a gap that campaign finance experts said …" is the object of
        // the clause after "that".)
        bool source_like = !head.empty() && (word(head.begin, u"a") || word(head.begin, u"an")) &&
                           (head.begin == floor || word(head.begin - 1, u"and") || word(head.begin - 1, u"but"));
        for (std::uint32_t i = head.begin; i < head.end && !source_like; ++i) {
          source_like = m_s.noun_covering(i) != nullptr || m_s.entity_covering(i) != nullptr;
        }
        // ("Organizers of a proposed ballot measure that would enshrine P said Q": people of the
        // thing the clause describes.)
        source_like = source_like || (!head.empty() && head.begin + 2 < head.end && word(head.begin + 1, u"of") &&
                                      frames::people_plural(m_s.lower(head.begin)));
        // (The head opens the clause: in "told the BBC that employees had been told to …"
        // the phrase before "that" is the one told, and "that" a complement's.)
        const bool opens_clause = head.begin == floor || !m_s.is_word(head.begin - 1) ||
                                  word(head.begin - 1, u"and") || word(head.begin - 1, u"but");
        if (!head.empty() && head.end == r && opens_clause && source_like && has_head(head.begin, head.end)) {
          return head;
        }
        break;
      }
      // ("Some parents of candidates who wrote the test … alleged", "A person who said he was a
      // relative told": a cue right after "who" is the relative clause's own verb.)
      const bool relative_verb = r > 0 && word(r - 1, u"who") && m_s.cue_at(r) != nullptr;
      if (m_s.is_comma(r) || m_s.is_end_punct(r) || m_s.is_quote_mark(r) ||
          (m_s.cue_at(r) != nullptr && !relative_verb) || (clause_words && word(r, u"that"))) {
        break;
      }
      // ("Athletes who raced said P": one verb of the clause's own is enough.)
      const bool one_verb = r + 2 == e && m_s.is_word(r + 1) && m_s.cue_at(r + 1) == nullptr &&
                            !is(WordClass::auxiliary, r + 1) && !m_s.tokens[r + 1].capitalized;
      if (word(r, u"who") && (!clause_words || r + 2 < e || one_verb)) {
        const NounPhrase head = np_left(r, floor);
        if (!head.empty() && head.end == r && has_head(head.begin, head.end)) {
          return head;
        }
        break;
      }
      // ("The senator whose vote completed the majority told P", "A woman whose son was detained
      // told P": a possessive relative's clause, its noun and its verb, inside the subject.)
      if (word(r, u"whose") && r + 3 < e) {
        const NounPhrase head = np_left(r, floor);
        if (!head.empty() && head.end == r && has_head(head.begin, head.end)) {
          return head;
        }
        break;
      }
      // ("Detectives investigating a fire which forced hundreds from their homes believe P":
      // a thing's relative clause inside the subject; the phrase before it, opening the
      // clause with a source's noun, is the subject.)
      if (clause_words && word(r, u"which") && r + 2 < e) {
        NounPhrase head = np_left(r, floor);
        // ("Detectives investigating a fire which …": the thing is a participle's object; the
        // phrase the participle follows is the head.)
        if (head.begin >= floor + 2 && m_s.lower(head.begin - 1).ends_with(u"ing") && m_s.is_word(head.begin - 1)) {
          const NounPhrase before = np_left(head.begin - 1, floor);
          if (!before.empty() && before.end == head.begin - 1) {
            head = {before.begin, r};
          }
        }
        bool source_like = false;
        for (std::uint32_t i = head.begin; i < head.end && i < head.begin + 2 && !source_like; ++i) {
          source_like = m_s.noun_covering(i) != nullptr || m_s.entity_covering(i) != nullptr || is(WordClass::title, i);
        }
        const bool opens_clause = head.begin == floor || !m_s.is_word(head.begin - 1);
        if (!head.empty() && head.end == r && opens_clause && source_like && has_head(head.begin, head.end)) {
          return head;
        }
        break;
      }
    }
    return {};
  }

  // A source that is a relative pronoun after a carried statement (see carrier_of_relative).
  void carry_relative(Attribution& a) const {
    if (a.sources.empty()) {
      return;
    }
    const SourcePhrase& inner = a.sources.back();
    if (inner.end != inner.begin + 1 || !(word(inner.begin, u"which") || word(inner.begin, u"who"))) {
      return;
    }
    if (const CarriedStatement carried = carrier_of_relative(inner.begin); !carried.carrier.empty()) {
      SourcePhrase carrier = phrase_cued(carried.carrier.begin, carried.carrier.end, carried.verb, carried.verb + 1);
      if (carried.document_only) {
        a.sources = {carrier};
      } else {
        a.sources.insert(a.sources.begin(), carrier);
      }
    }
  }

  // "KCNA on Thursday carried a statement by a spokesperson for the army accusing the South
  // of …": the statement's author speaks through the medium that carried it, which relays.
  void carry_author(Attribution& a) const {
    if (a.sources.size() != 1 || a.sources.front().dropped()) {
      return;
    }
    const std::uint32_t author = a.sources.front().begin;
    if (author < 3 || !(word(author - 1, u"by") || word(author - 1, u"from")) ||
        !is(WordClass::statement_noun, author - 2)) {
      return;
    }
    static constexpr std::u16string_view k_carrying[] = {u"carried", u"published", u"ran", u"released",
                                                         u"aired", u"broadcast", u"relayed", u"printed"};
    for (std::uint32_t v = author - 2; v-- > 0 && author - 2 - v <= 3;) {
      if (std::find(std::begin(k_carrying), std::end(k_carrying), m_s.lower(v)) != std::end(k_carrying)) {
        const NounPhrase carrier = subject_left(v);
        if (!carrier.empty() && has_head(carrier.begin, carrier.end) && recipient_is_medium(carrier)) {
          a.sources.insert(a.sources.begin(), phrase_cued(carrier.begin, carrier.end, v, v + 1));
        }
        return;
      }
      // (Between the verb and the noun only the statement's determiner and adjectives.)
      if (!m_s.is_word(v) || m_s.tokens[v].capitalized) {
        return;
      }
    }
  }

  struct CarriedStatement {
    NounPhrase carrier;
    std::uint32_t verb = 0;
    bool document_only = false;  // "a commentary which said": the statement itself speaks
  };

  // For a relative pronoun at `rel`: "X carried a commentary which …" (the statement is the
  // antecedent) or "X carried a statement by Y, who …" (Y is, and X a medium). Empty when no
  // verb of carrying or issuing stands before the statement.
  [[nodiscard]] CarriedStatement carrier_of_relative(std::uint32_t rel) const {
    static constexpr std::u16string_view k_carrying[] = {u"carried", u"published", u"ran",     u"issued",
                                                         u"released", u"aired",    u"broadcast", u"relayed",
                                                         u"printed",  u"posted"};
    for (std::uint32_t v = rel; v-- > 0 && rel - v <= 20;) {
      if (m_s.is_end_punct(v) || m_s.is_quote_mark(v) || (m_s.cue_at(v) != nullptr && m_s.noun_covering(v) == nullptr &&
                                                          !is(WordClass::statement_noun, v))) {
        break;
      }
      if (std::find(std::begin(k_carrying), std::end(k_carrying), m_s.lower(v)) == std::end(k_carrying)) {
        continue;
      }
      // The statement: a determiner and an adjective or two, then its noun.
      std::uint32_t noun = v + 1;
      while (noun < rel && noun <= v + 4 && !is(WordClass::statement_noun, noun) && m_s.is_word(noun) &&
             !m_s.tokens[noun].capitalized) {
        ++noun;
      }
      if (noun >= rel || !is(WordClass::statement_noun, noun)) {
        return {};
      }
      const NounPhrase carrier = subject_left(v);
      if (carrier.empty() || !has_head(carrier.begin, carrier.end)) {
        return {};
      }
      if (word(rel, u"which") && noun + 1 == rel) {
        return {carrier, v, true};
      }
      // ("a statement by a vice-director of the agency, Kang Sol Hwan, who": the statement's
      // author, set off by its comma.)
      if (word(rel, u"who") && noun + 2 < rel && (word(noun + 1, u"by") || word(noun + 1, u"from")) &&
          m_s.is_comma(rel - 1) && recipient_is_medium(carrier)) {
        return {carrier, v, false};
      }
      return {};
    }
    return {};
  }

  // An adverb of how often or how openly, between a coordinating "and" and its verb: "and
  // regularly says P", "but publicly denied Q".
  [[nodiscard]] bool coordinated_adverb(std::uint32_t t) const {
    const std::u16string_view w = m_s.lower(t);
    return m_s.is_word(t) && !m_s.tokens[t].capitalized && m_s.cue_at(t) == nullptr &&
           ((w.size() > 5 && w.ends_with(u"ly") && m_s.noun_covering(t) == nullptr && m_s.entity_covering(t) == nullptr) ||
            w == u"often" || w == u"still" || w == u"again" || w == u"always" || w == u"now");
  }

  [[nodiscard]] NounPhrase subject_left(std::uint32_t cue, std::uint32_t floor = 0) const {
    NounPhrase subject = subject_left_with_date(cue, floor);
    if (subject.end == subject.begin + 1 && subject.end == cue && subject.begin > floor &&
        (word(subject.begin - 1, u"and") || word(subject.begin - 1, u"but")) && coordinated_adverb(subject.begin)) {
      return {};
    }
    // "In March Reuters reported that P", "On 5 March the Times reported": a day or a month
    // the opening preposition takes runs into the name after it; it is no part of the subject.
    if (!subject.empty() && subject.begin > floor && is(WordClass::preposition, subject.begin - 1)) {
      std::uint32_t b = subject.begin;
      bool dated = false;
      const auto digits = [&](std::uint32_t t) {
        return m_s.is_word(t) && !m_s.lower(t).empty() && m_s.lower(t).front() >= u'0' && m_s.lower(t).front() <= u'9';
      };
      for (int part = 0; part < 3 && b + 1 < subject.end; ++part) {
        const bool day_or_month = m_s.tokens[b].capitalized && (is(WordClass::time_word, b) || is(WordClass::month, b));
        if (!day_or_month && !digits(b)) {
          break;
        }
        dated = dated || day_or_month;
        ++b;
      }
      if (dated && b < subject.end && (m_s.tokens[b].capitalized || is(WordClass::determiner, b)) && !digits(b)) {
        subject.begin = b;
      }
    }
    return subject;
  }

  [[nodiscard]] NounPhrase subject_left_with_date(std::uint32_t cue, std::uint32_t floor) const {
    // ("P, where a stream swept shops away, said Ran Zhiheng, deputy head of …": "said" right
    // after a comma with a name after it is the inverted, postposed verb; the clause before
    // the comma is no subject, whatever set-off clause it ends with.)
    if (cue > floor + 1 && m_s.is_comma(cue - 1) && cue + 2 < m_end && m_s.is_word(cue + 1) &&
        m_s.tokens[cue + 1].capitalized && !is(WordClass::determiner, cue + 1) && !is(WordClass::pronoun_male, cue + 1) &&
        !is(WordClass::pronoun_female, cue + 1) && !is(WordClass::pronoun_plural, cue + 1) &&
        (word(cue, u"said") || word(cue, u"says") || word(cue, u"added") || word(cue, u"wrote"))) {
      // (The name closes the sentence or an apposition follows it: not "said Kabul wanted …".)
      // ("said Ada Whitcombe-Farrow, a lawyer": a double-barrelled name's hyphen too.)
      std::uint32_t n = cue + 1;
      while (n < m_end && n <= cue + 7 &&
             ((m_s.is_word(n) && m_s.tokens[n].capitalized) || (n > cue + 1 && frames::joined_hyphen_at(m_s, n)))) {
        ++n;
      }
      // (Nor "said New Zealand, which funds …, had asked": a relative clause after the name
      // makes it the content's subject.)
      const bool relative_after = n + 1 < m_end && m_s.is_comma(n) &&
                                  (is(WordClass::relative, n + 1) || word(n + 1, u"where"));
      if ((n >= m_end || m_s.is_comma(n) || m_s.is_end_punct(n)) && !relative_after) {
        return {cue, cue};
      }
    }
    const std::uint32_t e = skip_preverbal(cue, floor);
    // ("…, prompting opposition parties to allege that P", "leading residents to complain
    // that P": what a thing caused someone to say, that one said; the one between the verb of
    // causing and "to" is the subject.)
    {
      const std::uint32_t to = e > floor && word(e - 1, u"to") ? e - 1 : (cue > floor && word(cue - 1, u"to") ? cue - 1 : 0);
      static constexpr std::u16string_view k_causing[] = {u"prompting", u"prompted", u"leading", u"led",
                                                          u"causing", u"caused", u"spurring", u"spurred",
                                                          u"moving", u"driving", u"pushing"};
      for (std::uint32_t v = to; to > floor + 1 && v-- > floor && to - v <= 6;) {
        if (!m_s.is_word(v) || m_s.cue_at(v) != nullptr) {
          break;
        }
        if (std::find(std::begin(k_causing), std::end(k_causing), m_s.lower(v)) != std::end(k_causing)) {
          if (v + 1 < to) {
            return {v + 1, to};
          }
          break;
        }
      }
    }
    // ("Under cross-examination he said P", "At the hearing she told …": a subject pronoun
    // right before the verb is its subject, whatever phrase opens the sentence before it.)
    if (e > floor + 1 && m_s.is_word(e - 2) && !m_s.tokens[e - 1].capitalized &&
        (word(e - 1, u"he") || word(e - 1, u"she") || word(e - 1, u"they") || word(e - 1, u"we")) &&
        !is(WordClass::conjunction, e - 2) && !is(WordClass::relative, e - 2) && !word(e - 2, u"that") &&
        !is(WordClass::pronoun_male, e - 2) && !is(WordClass::pronoun_female, e - 2) &&
        !is(WordClass::pronoun_plural, e - 2)) {
      // (A preposition opens the phrase before it: "Under …", "At the hearing".)
      if (floor + 2 < e && m_s.is_exact(WordClass::preposition, floor)) {
        return {e - 1, e};
      }
    }
    // ("told MPs he warned the minister that P", "told MPs it had warned that P": inside what
    // was told, the audience before a subject pronoun is no part of the subject.)
    if (e > floor + 2 && m_s.is_word(e - 2) && !m_s.tokens[e - 1].capitalized &&
        (word(e - 1, u"he") || word(e - 1, u"she") || word(e - 1, u"they") || word(e - 1, u"it")) &&
        (is(WordClass::recipient_noun, e - 2) || is(WordClass::title, e - 2) ||
         // ("told Reuters he believes P", "told NHK they believe P": a medium told.)
         (m_s.entity_covering(e - 2) != nullptr && m_s.entity_covering(e - 2)->end == e - 1)) &&
        floor + 2 < e) {
      for (std::uint32_t t = e - 2; t > floor; --t) {
        const Hit* h = m_s.cue_at(t - 1);
        if (h != nullptr && m_s.lex.cues()[h->payload].recipient) {
          return {e - 1, e};
        }
        if (!m_s.is_word(t - 1) || e - t > 4) {
          break;
        }
      }
    }
    // "… between protesters and police and said P": a verb right after "and" is coordinated
    // with an earlier one; the words before "and" are not its subject.
    if (e > floor && (word(e - 1, u"and") || word(e - 1, u"but") || word(e - 1, u"or"))) {
      return {e, e};
    }
    // ("A nurse at the urgent care clinic where many of the exposures happened says P": a
    // clause of place inside the subject; the source noun before it speaks.)
    for (std::uint32_t r = e; r-- > floor + 2 && e - r <= 9;) {
      if (!m_s.is_word(r) || m_s.cue_at(r) != nullptr) {
        break;
      }
      if (word(r, u"where")) {
        const NounPhrase head = np_left(r, floor);
        bool source_noun = false;
        for (std::uint32_t k = head.begin; k < head.end && !source_noun; ++k) {
          source_noun = m_s.noun_covering(k) != nullptr || is(WordClass::title, k);
        }
        if (!head.empty() && source_noun && e > r + 2 && has_head(head.begin, head.end) &&
            (head.begin == floor || m_s.is_comma(head.begin - 1))) {
          return {head.begin, e};
        }
        break;
      }
    }
    // ("Republicans said they were convinced the department mishandled it and Democrats
    // accused …": a name after "and" that closes a clause, one with a verb of its own, begins
    // a clause of its own; the words before "and" are not its subject.)
    if (e >= floor + 4 && word(e - 2, u"and") && m_s.tokens[e - 1].capitalized && m_s.is_word(e - 1) &&
        m_s.is_word(e - 3) && !m_s.tokens[e - 3].capitalized && !is(WordClass::determiner, e - 3)) {
      bool clause_before = false;
      for (std::uint32_t t = floor; t + 2 < e && !clause_before; ++t) {
        clause_before = (m_s.cue_at(t) != nullptr && !m_s.in_quote(t)) || is(WordClass::auxiliary, t) ||
                        is(WordClass::verb_blocker, t);
      }
      if (clause_before) {
        return {e - 1, e};
      }
    }
    // ("One of them, retired bus driver Clive Haddrell, said": the one of a group, named in
    // apposition, is the source, the whole phrase read as one mention.)
    if (e >= floor + 6 && m_s.is_comma(e - 1)) {
      std::uint32_t k = e - 1;
      while (k > floor && !m_s.is_comma(k - 1) && e - k < 12) {
        --k;
      }
      if (k >= floor + 4 && m_s.is_comma(k - 1) && word(k - 3, u"of") &&
          (word(k - 2, u"them") || word(k - 2, u"those")) &&
          (word(k - 4, u"one") || word(k - 4, u"another") || word(k - 4, u"two")) && k + 1 < e - 1 &&
          m_s.tokens[e - 2].capitalized && m_s.is_word(e - 2)) {
        return {k - 4, e - 1};
      }
    }
    // "Trump, who says P": the relative pronoun is the subject; the resolver finds what it
    // stands for.
    if (e > floor + 1 && (word(e - 1, u"who") || word(e - 1, u"which"))) {
      return {e - 1, e};
    }
    // ("two men who Mundo Deportivo said were club officials", "a consultant who the ministry
    // said had no licence": the pronoun is the reported clause's subject, the phrase between
    // it and the verb the one who says; a verb opens the rest of the clause.)
    if (const Hit* verb = m_s.cue_at(e); verb != nullptr && verb->begin == e && verb->end < m_end &&
                                         (auxiliary_word(verb->end) || word(verb->end, u"were") ||
                                          word(verb->end, u"was") || word(verb->end, u"are") || word(verb->end, u"is"))) {
      for (std::uint32_t t = e; t-- > floor + 1 && e - t <= 5;) {
        if (!m_s.is_word(t)) {
          break;
        }
        if (word(t, u"who") || word(t, u"whom")) {
          if (t + 1 < e && m_s.is_word(t - 1) && !m_s.tokens[t - 1].capitalized && has_head(t + 1, e) &&
              !word(t + 1, u"he") && !word(t + 1, u"she") && !word(t + 1, u"they") && !word(t + 1, u"it")) {
            return {t + 1, e};
          }
          break;
        }
      }
    }
    // "A resident who gave his name only as Ibrahim told AFP", "a farmer identified only as
    // Musa said": the name given is the source, on the record as far as the text goes.
    if (e >= floor + 3 && named_as_phrase_begin(e - 1, floor).has_value()) {
      return {e - 1, e};
    }
    // "Two people briefed on the episode said": the participle and what they were told of
    // describe the source (a cue word, "briefed", the noun phrase reader stops at).
    for (std::uint32_t t = e; t-- > floor + 1 && e - t <= 8;) {
      if (m_s.is_comma(t) || m_s.is_end_punct(t)) {
        break;
      }
      if (word(t, u"briefed") && t + 1 < e && (word(t + 1, u"on") || word(t + 1, u"about"))) {
        const NounPhrase head = np_left(t, floor);
        if (!head.empty() && head.end == t && has_head(head.begin, head.end)) {
          return {head.begin, e};
        }
        break;
      }
    }
    // "Two executives who pleaded guilty and cooperated testified that P": a relative clause
    // with no commas between the subject and its verb. ("radio amateurs who have followed the
    // probe since its launch last month as a secondary payload on a Long March rocket said": it
    // may run long.)
    if (const NounPhrase head = head_before_who(e, floor, 20, true); !head.empty()) {
      return head;
    }
    // ", a federal lawsuit filed Tuesday by his mother alleges": a participle with its agent
    // after the head noun; the noun phrase before the participle is the subject.
    if (const NounPhrase agent = np_left(e, floor); !agent.empty() && agent.begin >= floor + 3 && agent.end == e &&
                                                     word(agent.begin - 1, u"by")) {
      std::uint32_t k = agent.begin - 1;
      while (k > floor + 1 && (is(WordClass::time_word, k - 1) || m_s.tokens[k - 1].capitalized) && agent.begin - k < 4 &&
             !m_s.is_comma(k - 1)) {
        --k;  // "filed Tuesday by": the day
      }
      if (k > floor + 1 && !m_s.tokens[k - 1].capitalized && m_s.lower(k - 1).size() > 4 &&
          m_s.lower(k - 1).ends_with(u"ed") && m_s.cue_at(k - 1) == nullptr) {
        const NounPhrase head = np_left(k - 1, floor);
        if (!head.empty() && head.end == k - 1 && has_head(head.begin, head.end) &&
            (head.begin == floor || m_s.is_comma(head.begin - 1))) {
          return {head.begin, e};
        }
      }
    }
    std::uint32_t end = e;
    // ("Tokayev, who had campaigned openly for a "yes," said": a quotation that ends a relative
    // clause set off by commas holds the closing comma, American style; the mark after it
    // closes the clause no less. Not a name's own aside, "Vera, alias "Mordisco," said".)
    if (end > floor + 4 && m_s.is_close_quote(end - 1) && m_s.is_comma(end - 2)) {
      std::uint32_t open = end - 2;
      while (open > floor && end - open < 8 && !m_s.is_open_quote(open)) {
        --open;
      }
      std::uint32_t comma = open;
      while (comma > floor && open - comma < 16 && !m_s.is_comma(comma) && !m_s.is_end_punct(comma)) {
        --comma;
      }
      if (open > floor + 1 && m_s.is_open_quote(open) && m_s.is_word(open - 1) && comma + 1 < open &&
          m_s.is_comma(comma) && (word(comma + 1, u"who") || word(comma + 1, u"which") || word(comma + 1, u"whose"))) {
        --end;
      }
    }
    // ", citing Voice of America, quoting a FAO report," between subject and verb: skip it
    // (the citing frames add those hops). So too a participle or relative clause set off by
    // commas: ", speaking on condition of anonymity,", ", who declined to be named,",
    // ", asked about the deal,".
    while (end > floor + 2 && m_s.is_comma(end - 1)) {
      std::uint32_t k = end - 1;
      while (k > floor && !m_s.is_comma(k - 1)) {
        --k;
      }
      if (k == floor) {
        break;
      }
      const Hit* h = m_s.cue_at(k);
      const bool citing = h != nullptr && m_s.lex.cues()[h->payload].frame == Frame::citing;
      const std::u16string_view first = m_s.lower(k);
      // ", speaking on condition of anonymity," / ", named to his post last year,".
      // (", seen by BBC Scotland,", ", obtained by Reuters,": irregular participles too.)
      const bool irregular = first == u"seen" || first == u"given" || first == u"written" || first == u"shown" ||
                             first == u"taken" || first == u"sent" || first == u"held" || first == u"made" ||
                             first == u"known" || first == u"born" || first == u"chosen" || first == u"led" ||  // ", known as Conred,"
                             // (", drawn up by the intelligence service,", ", run by the state,".)
                             first == u"drawn" || first == u"brought" || first == u"built" || first == u"found" ||
                             first == u"kept" || first == u"paid" || first == u"sold" || first == u"bought" ||
                             first == u"won" || first == u"caught" || first == u"thrown" || first == u"stolen" ||
                             first == u"broken" || first == u"spoken" || first == u"hidden" || first == u"run" ||
                             // (", read on state broadcaster ORTM on Tuesday,": read out; the relay
                             // aside keeps its medium.)
                             (first == u"read" && k + 1 < end && (word(k + 1, u"on") || word(k + 1, u"out")));
      // (", disclosed to the inquiry,", ", reported by Reuters,": a cue verb in the passive.)
      // (Not a relay phrase, ", carried by KUNA,", ", monitored by the BBC,": the relay is kept.)
      const bool passive_cue = m_s.cue_at(k) != nullptr && m_s.cue_at(k)->begin == k &&
                               m_s.lex.cues()[m_s.cue_at(k)->payload].frame != Frame::postmod_relay &&
                               m_s.lex.cues()[m_s.cue_at(k)->payload].frame != Frame::citing && k + 1 < end &&
                               (word(k + 1, u"to") || word(k + 1, u"in") || word(k + 1, u"on") ||
                                word(k + 1, u"from") || word(k + 1, u"late") || word(k + 1, u"early") ||
                                word(k + 1, u"last") || is(WordClass::time_word, k + 1));
      // ("Its chairman, retired farmer Dennis Loxhore, said": a participle describing a noun
      // before a person's name is an apposition naming the speaker.)
      std::uint32_t name_from = end - 1;
      while (name_from > k && m_s.is_word(name_from - 1) && m_s.tokens[name_from - 1].capitalized) {
        --name_from;
      }
      const bool named_after = end - 1 - name_from >= 2 && name_from > k + 1 && end - 1 - k <= 6 &&
                               !word(name_from - 1, u"by") && !is(WordClass::preposition, name_from - 1) &&
                               person_name(name_from, end - 1);
      // (", also speaking on condition of anonymity,": an adverb before the participle.)
      const std::uint32_t pk = (word(k, u"also") || word(k, u"again") || word(k, u"likewise")) && k + 2 < end &&
                                       m_s.is_word(k + 1) && m_s.lower(k + 1).size() > 4 && m_s.lower(k + 1).ends_with(u"ing")
                                   ? k + 1
                                   : k;
      const std::u16string_view first_p = m_s.lower(pk);
      const bool participle = m_s.is_word(pk) && !m_s.tokens[pk].capitalized && !named_after &&
                              ((first_p.size() > 4 && (first_p.ends_with(u"ing") ||
                                                       (first_p.ends_with(u"ed") && (m_s.cue_at(pk) == nullptr || passive_cue)))) ||
                               irregular);
      // ", like Obama,", ", at a later press gaggle,", ", however,": a prepositional or adverbial aside.
      // (", an asteroid specialist at the institute who was not involved in the study,": an
      // apposition holding a relative clause.)
      bool apposition_with_relative = false;
      if (is(WordClass::determiner, k) && !word(k, u"the")) {
        for (std::uint32_t t = k + 1; t + 1 < end && !apposition_with_relative; ++t) {
          // (", a consulting engineer hired by the company in 2019,": a participle too.)
          apposition_with_relative = word(t, u"who") || word(t, u"whose") ||
                                     (t + 1 < end && word(t + 1, u"by") && m_s.lower(t).size() > 4 &&
                                      m_s.lower(t).ends_with(u"ed")) ||
                                     // (", a pensioner travelling home to Chios,": a present
                                     // participle after the head noun.)
                                     (t >= k + 2 && m_s.is_word(t) && !m_s.tokens[t].capitalized &&
                                      m_s.lower(t).size() > 5 && m_s.lower(t).ends_with(u"ing") &&
                                      !is(WordClass::determiner, t - 1) && !is(WordClass::preposition, t - 1) &&
                                      m_s.is_word(t - 1) && m_s.cue_at(t) == nullptr) ||
                                     // (", a former mayor appointed to steer the talks,", ", an
                                     // engineer based in Lyon,": a past participle after the
                                     // head noun, a preposition or "to" after it.)
                                     (t >= k + 2 && t + 2 < end && m_s.is_word(t) && !m_s.tokens[t].capitalized &&
                                      m_s.lower(t).size() > 5 && m_s.lower(t).ends_with(u"ed") &&
                                      m_s.is_word(t - 1) && !m_s.tokens[t - 1].capitalized &&
                                      !is(WordClass::determiner, t - 1) && !is(WordClass::preposition, t - 1) &&
                                      !is(WordClass::auxiliary, t - 1) && m_s.cue_at(t) == nullptr &&
                                      (word(t + 1, u"to") || word(t + 1, u"as") || is(WordClass::preposition, t + 1)));
        }
      }
      // (", and who requested anonymity,": a second relative clause.)
      const bool second_relative = word(k, u"and") && k + 1 < end && (word(k + 1, u"who") || word(k + 1, u"which"));
      // (", neither of them authorized to speak,", ", both of whom asked not to be named,": a
      // quantifier over the ones who speak.)
      const bool quantified = k + 2 < end && word(k + 1, u"of") && (word(k + 2, u"them") || word(k + 2, u"whom")) &&
                              (word(k, u"neither") || word(k, u"both") || word(k, u"none") || word(k, u"each") ||
                               word(k, u"all") || word(k, u"one") || word(k, u"two") || word(k, u"three") ||
                               word(k, u"some") || word(k, u"most") || word(k, u"either"));
      // (", whose brother Elvin, 38, was shot on Saturday,": the relative clause goes on after
      // an aside of its own; its verb opens this segment.)
      // (Not when the relative clause had its verb: in "The contract, which would run for six
      // years, could be signed …, said the people" the verb after it is the sentence's.)
      bool relative_goes_on = false;
      if (is(WordClass::auxiliary, k) && !word(k, u"not") && !word(k, u"never")) {
        for (std::uint32_t t = k; t-- > floor + 1 && k - t < 14;) {
          if (m_s.is_comma(t - 1) && (word(t, u"whose") || word(t, u"who") || word(t, u"which"))) {
            relative_goes_on = !finite_verb_within(t + 1, k - t - 1);
            break;
          }
        }
      }
      // (", as the Gulf Clan calls itself,", ", as it is known locally,": the name it goes by.)
      bool goes_by = false;
      for (std::uint32_t t = k + 1; word(k, u"as") && t + 1 < end && t < k + 8 && !goes_by; ++t) {
        goes_by = word(t, u"calls") || word(t, u"call") || word(t, u"known") || word(t, u"called");
      }
      // (", as she still works in the sport,", ", because he feared reprisals,": why the one
      // speaking is unnamed, a clause of its own with a pronoun for its subject.)
      const bool reason_clause = (word(k, u"as") || word(k, u"because") || word(k, u"since") ||
                                  word(k, u"although") || word(k, u"though")) &&
                                 k + 2 < end &&
                                 (word(k + 1, u"he") || word(k + 1, u"she") || word(k + 1, u"they") || word(k + 1, u"we"));
      // (", or TPLF,", ", or the CCC,": the other name it goes by.)
      bool alias = word(k, u"or") && end - 1 > k + 1 && end - 1 - k <= 5;
      for (std::uint32_t t = k + 1; t < end - 1 && alias; ++t) {
        alias = m_s.is_word(t) && (m_s.tokens[t].capitalized || (t == k + 1 && word(t, u"the")));
      }
      // (", who watched from the floor with his wife, Usha,": a name set off after "his wife"
      // or "her son" names them, inside the clause before; it is not the one who speaks.)
      // (Not "who gave only his surname, Kuang,": that names the one who speaks.)
      static constexpr std::u16string_view k_kin[] = {
          u"wife", u"husband", u"son", u"daughter", u"brother", u"sister", u"father", u"mother", u"partner",
          u"spouse", u"fiancee", u"fiancé", u"fiancée", u"child", u"nephew", u"niece", u"cousin", u"uncle", u"aunt",
          u"grandson", u"granddaughter", u"boyfriend", u"girlfriend", u"friend", u"colleague", u"stepson",
          u"stepdaughter", u"sons", u"daughters", u"children", u"parents"};
      bool kin_name = k >= floor + 3 && m_s.is_comma(k - 1) && m_s.is_word(k - 2) && !m_s.tokens[k - 2].capitalized &&
                      std::find(std::begin(k_kin), std::end(k_kin), m_s.lower(k - 2)) != std::end(k_kin) &&
                      possessive_at(k - 3) && end - 1 > k && end - 1 - k <= 3;
      for (std::uint32_t t = k; t < end - 1 && kin_name; ++t) {
        kin_name = m_s.is_word(t) && m_s.tokens[t].capitalized && m_s.entity_covering(t) == nullptr;
      }
      // (Only inside a relative clause: "Her lawyer, Daniel Okafor, said" names the speaker.)
      bool in_relative = false;
      for (std::uint32_t t = k - 2; kin_name && t > floor && !in_relative && !m_s.is_comma(t); --t) {
        in_relative = word(t, u"who") || word(t, u"whose") || word(t, u"which");
      }
      kin_name = kin_name && in_relative;
      const bool set_off = apposition_with_relative || second_relative || quantified || relative_goes_on || goes_by || alias ||
                           reason_clause || kin_name ||
                           is(WordClass::relative, k) ||
                           word(k, u"asked") || word(k, u"contacted") ||
                           word(k, u"reached") || word(k, u"with") ||  // ", with the Brookings Institution,"
                           word(k, u"of") || word(k, u"such") ||  // ", of the British Lung Foundation,", ", such as X,"
                           word(k, u"like") || word(k, u"unlike") || is(WordClass::preposition, k) ||
                           (is(WordClass::adverb, k) && k + 1 < end && m_s.is_comma(k + 1));
      // "Karen Liddell, 61, of Columbus, Ohio, said": an age, and the state after a hometown.
      const bool age = end - 1 == k + 1 && m_s.tokens[k].kind == text::TokenKind::number;
      bool place_tail = false;
      if (end - 1 > k && end - 1 - k <= 3 && k >= floor + 2 && m_s.is_comma(k - 1)) {
        place_tail = true;
        for (std::uint32_t t = k; t < end - 1 && place_tail; ++t) {
          place_tail = (m_s.is_word(t) && m_s.tokens[t].capitalized) || m_s.is_punct(t, u'.');  // "W.Va."
        }
        std::uint32_t p = k - 1;
        while (p > floor && !m_s.is_comma(p - 1)) {
          --p;
        }
        // (Or the segment before ends with a place after "in": ", asked by reporters in
        // Huntington, W.Va., on Wednesday, said".)
        // ("a farmer in Marion County, Ohio,", "a local in Greene County, Pa.,": a place of up to
        // three words.)
        std::uint32_t place_from = k >= 3 ? k - 2 : 0;
        while (place_from > p && k - 2 - place_from < 3 && m_s.is_word(place_from) &&
               m_s.tokens[place_from].capitalized) {
          --place_from;
        }
        const bool place_before = k >= 3 && m_s.tokens[k - 2].capitalized && place_from < k - 2 &&
                                  (word(place_from, u"in") || word(place_from, u"of") || word(place_from, u"from"));
        // (At the clause's start only after "in": "The U.S. Geological Survey in Golden, Colorado,
        // said"; "A spokesman for the City of Mesa, Jordan Melendez, said" names him.)
        // ("In Lagos, Mary Okafor, a trader travelling …, said": a fronted "in" opens the clause;
        // the name after it is the subject, no place.)
        place_tail = place_tail && ((p > floor && (word(p, u"of") || word(p, u"from") || word(p, u"in") || place_before)) ||
                                    (place_before && word(place_from, u"in") && place_from > p));
        // (Not a name after a title and its place: "An ICRC spokesman in Geneva, Olivier
        // Vuilleumier, said" names the spokesman.)
        if (place_tail && person_name(k, end - 1)) {
          for (std::uint32_t t = p; t + 3 < k; ++t) {
            if (is(WordClass::title, t) && !m_s.tokens[t].capitalized) {
              place_tail = false;
              break;
            }
          }
        }
      }
      // (", lodged at the High Court by the defeated candidate, Anwar Siddique,": the agent's
      // name in apposition belongs to the participle phrase before it.)
      bool agent_name = false;
      if (!citing && !participle && !set_off && !age && !place_tail && end - 1 > k && end - 1 - k <= 4 &&
          k >= floor + 3 && m_s.is_comma(k - 1)) {
        agent_name = true;
        for (std::uint32_t t = k; t < end - 1 && agent_name; ++t) {
          agent_name = m_s.is_word(t) && m_s.tokens[t].capitalized;
        }
        std::uint32_t p = k - 1;
        while (p > floor && !m_s.is_comma(p - 1)) {
          --p;
        }
        bool by = false;
        for (std::uint32_t t = p; t + 1 < k && !by; ++t) {
          by = word(t, u"by");
        }
        agent_name = agent_name && p > floor && by && m_s.is_word(p) && !m_s.tokens[p].capitalized &&
                     m_s.lower(p).size() > 4 && m_s.lower(p).ends_with(u"ed");
      }
      // (", citing the builder, Seohae Naval Works of Mokpo,": the name of the one cited, in
      // apposition, belongs to the citing phrase before it.)
      bool cited_name = false;
      if (!citing && !participle && !set_off && !age && !place_tail && !agent_name && end - 1 > k &&
          end - 1 - k <= 6 && k >= floor + 3 && m_s.is_comma(k - 1) && m_s.is_word(k) && m_s.tokens[k].capitalized) {
        cited_name = true;
        for (std::uint32_t t = k; t < end - 1 && cited_name; ++t) {
          cited_name = m_s.is_word(t) && (m_s.tokens[t].capitalized || word(t, u"of") || word(t, u"and"));
        }
        std::uint32_t p = k - 1;
        while (p > floor && !m_s.is_comma(p - 1)) {
          --p;
        }
        const Hit* before = m_s.cue_at(p);
        // (Or the rest of a name a participle phrase began: ", published in the Journal of
        // Neurology, Neurosurgery and Psychiatry,".)
        const bool participle_before = m_s.is_word(p) && !m_s.tokens[p].capitalized && m_s.lower(p).size() > 4 &&
                                       m_s.lower(p).ends_with(u"ed") && m_s.tokens[k - 2].capitalized;
        cited_name = cited_name && p > floor &&
                     ((before != nullptr && before->begin == p && m_s.lex.cues()[before->payload].frame == Frame::citing) ||
                      participle_before);
      }
      if (!citing && !participle && !set_off && !age && !place_tail && !agent_name && !cited_name) {
        break;
      }
      end = k;  // the comma before the set-off phrase
    }
    NounPhrase np = end < e ? NounPhrase{} : np_left(end, floor);
    if (end < e) {
      // "a senior strategist who works on House races, and who requested anonymity, said":
      // the relative clause before the set-off one has its head before "who".
      if (const NounPhrase head = head_before_who(end - 1, floor, 12, false); !head.empty()) {
        return head;
      }
      np = np_left(end - 1, floor);
      // ("The report, published on Friday by the Paris oil newsletter Petrostrategies, quoted
      // …": a document's publisher, set off after it, is the one who speaks.)
      if (!np.empty() && np.end == end - 1 && is(WordClass::statement_noun, np.end - 1) && m_s.is_word(end) &&
          (word(end, u"published") || word(end, u"issued") || word(end, u"released") || word(end, u"compiled"))) {
        std::uint32_t by = end + 1;
        while (by < e && by < end + 6 && !m_s.is_comma(by) && !word(by, u"by")) {
          ++by;
        }
        std::uint32_t close = by + 1;
        while (close < e && !m_s.is_comma(close)) {
          ++close;
        }
        if (by < e && word(by, u"by") && close > by + 1 && close == e - 1 && has_head(by + 1, close)) {
          return {np.begin, close};
        }
      }
      // "One, a Yorkshire cheese maker who spoke on condition …, said": a bare "one" is
      // named by the apposition after it.
      if (np.end == np.begin + 1 && (word(np.begin, u"one") || word(np.begin, u"another")) && np.end + 1 < e &&
          (word(np.end + 1, u"a") || word(np.end + 1, u"an"))) {
        std::uint32_t k = np.end + 2;
        while (k < e && m_s.is_word(k) && !word(k, u"who") && !word(k, u"whose") && !word(k, u"which") &&
               !is(WordClass::preposition, k)) {
          ++k;
        }
        if (k > np.end + 2) {
          return {np.end + 1, k};
        }
      }
      // ""Q," Rodrigo Aju, a spokesman for the agency, known as Conred, told AFP": a name
      // before the apposition the set-off phrase follows is the head.
      if (!np.empty() && np.begin > floor + 1 && m_s.is_comma(np.begin - 1) && appositive(np.begin, np.end)) {
        NounPhrase head = np_left(np.begin - 1, floor);
        // ("Sgt. Ignatius Pelleran, president of …, which …, said": the title's abbreviation
        // before the name.)
        if (head.begin >= floor + 2 && m_s.is_punct(head.begin - 1, u'.') && is(WordClass::honorific, head.begin - 2) &&
            (head.begin - 2 == floor || m_s.is_comma(head.begin - 3))) {
          head.begin -= 2;
        }
        const std::uint32_t name_begin =
            head.begin + 2 < head.end && is(WordClass::honorific, head.begin) && m_s.is_punct(head.begin + 1, u'.')
                ? head.begin + 2
                : head.begin;
        if (person_name(name_begin, head.end) && (head.begin == floor || m_s.is_comma(head.begin - 1) || m_s.is_close_quote(head.begin - 1))) {
          return {head.begin, np.end};
        }
      }
      if (!np.empty() && has_head(np.begin, np.end)) {
        return np;
      }
    }
    bool closed_by_comma = false;
    if (np.empty() && end > floor + 1 && m_s.is_comma(end - 1)) {
      // "X, a spokesman for Y, said" / "The biggest consumer, China, has said": the phrase
      // before the verb is closed by a comma.
      end = e - 1;
      np = np_left(end, floor);
      closed_by_comma = true;
      // "X, the agency that oversees the program, said": a relative clause inside the
      // apposition stops np_left; the apposition runs from the comma that opens it.
      if (!np.empty() && np.begin > floor + 1 && !m_s.is_comma(np.begin - 1)) {
        std::uint32_t open = np.begin;
        while (open > floor && !m_s.is_comma(open - 1) && np.begin - open < 12) {
          --open;
        }
        if (open > floor + 1 && m_s.is_comma(open - 1) && is(WordClass::determiner, open) &&
            std::any_of(m_s.tokens.begin() + open, m_s.tokens.begin() + np.begin,
                        [&](const text::Token& t) {
                          const auto i = static_cast<std::uint32_t>(&t - m_s.tokens.data());
                          return is(WordClass::relative, i) || word(i, u"that");
                        })) {
          np.begin = open;
        }
      }
    }
    // Only a phrase closed by a comma is an apposition to a head before it: in "The deal
    // failed, the government said" the phrase after the comma is the whole subject.
    // ("…," the group's executive director, Nate Calloway, said: a name set off after its
    // title names the titled head.)
    bool name_after_title = false;
    if (closed_by_comma && !np.empty() && np.begin > floor + 1 && m_s.is_comma(np.begin - 1)) {
      name_after_title = person_name(np.begin, np.end);
      if (name_after_title) {
        const NounPhrase head = np_left(np.begin - 1, floor);
        // ("one of the tenants, Dora Whitlock": one of a group, then who.)
        bool titled = head.end > head.begin + 2 && (word(head.begin, u"one") || word(head.begin, u"another")) &&
                      word(head.begin + 1, u"of");
        for (std::uint32_t i = head.begin; i < head.end && !titled; ++i) {
          // (Also a plural title: "one of the owners, Marty Hirsch".)
          const std::u16string_view lower = m_s.lower(i);
          titled = is(WordClass::title, i) ||
                   (lower.size() > 3 && lower.back() == u's' &&
                    m_s.is_exact(WordClass::title, lower.substr(0, lower.size() - 1))) ||
                   (m_s.noun_covering(i) != nullptr && (m_s.lex.source_nouns()[m_s.noun_covering(i)->payload].kind == SourceKind::person ||
                                                        // ("a source at her record label, Halyard Records": the name is
                                                        // the label's; the phrase stays the unnamed source's.)
                                                        m_s.lex.source_nouns()[m_s.noun_covering(i)->payload].kind == SourceKind::anonymous));
        }
        name_after_title = titled;
      }
      // ("told ANSA that the regional bulk supplier, Siciliacque, had warned him that P": a
      // description opening a complement, then its name set off, is one subject.)
      bool capitalised_name = np.end > np.begin && np.end - np.begin <= 3;
      for (std::uint32_t t = np.begin; t < np.end && capitalised_name; ++t) {
        capitalised_name = m_s.is_word(t) && m_s.tokens[t].capitalized;
      }
      if (!name_after_title && capitalised_name) {
        const NounPhrase head = np_left(np.begin - 1, floor);
        name_after_title = head.end == np.begin - 1 && head.end > head.begin + 1 && head.begin > floor &&
                           word(head.begin - 1, u"that") &&
                           (word(head.begin, u"the") || word(head.begin, u"a") || word(head.begin, u"an")) &&
                           !m_s.tokens[head.begin + 1].capitalized;
      }
    }
    if (closed_by_comma && !np.empty() && np.begin > floor + 1 && m_s.is_comma(np.begin - 1) &&
        (appositive(np.begin, np.end) || name_after_title)) {
      // Look for the head before the comma ("Meanwhile Mark Oaten, …": past a sentence adverb).
      // ("Renée Castellano-Birch, 44, a teacher in Phoenix, said": past an age set off by commas.)
      std::uint32_t head_comma = np.begin - 1;
      if (head_comma >= floor + 3 && m_s.tokens[head_comma - 1].kind == text::TokenKind::number &&
          m_s.is_comma(head_comma - 2) && m_s.is_word(head_comma - 3) && m_s.tokens[head_comma - 3].capitalized) {
        head_comma -= 2;
      }
      NounPhrase head = np_left(head_comma, floor);
      bool after_adverb = false;
      while (head.end - head.begin > 1 && (is(WordClass::adverb, head.begin) || is(WordClass::conjunction, head.begin)) &&
             m_s.tokens[head.begin + 1].capitalized) {
        ++head.begin;
        after_adverb = true;
      }
      // "According to Reuters, the minister said": a phrase that a cue governs is its
      // source, not the head of an appositive.
      // ("Kyodo said the president of the firm, Ahn Sang-cheol, had described …": after a verb
      // of saying, the phrase opens the content's clause and is its subject's head.)
      const bool governed = std::any_of(m_s.cues.begin(), m_s.cues.end(), [&](const Hit& h) {
        const Frame f = m_s.lex.cues()[h.payload].frame;
        return h.end == head.begin && (f == Frame::according || f == Frame::citing);
      });
      // ("Carrow, a Stamford, Conn.-based maker of adhesives, said": the town and its state
      // split the apposition; its head is the name before "a".)
      if (!head.empty() && head.begin > floor + 1 && m_s.is_comma(head.begin - 1) &&
          (word(head.begin, u"a") || word(head.begin, u"an")) && head.end > head.begin + 1 &&
          m_s.tokens[head.begin + 1].capitalized && m_s.tokens[np.begin].capitalized) {
        const NounPhrase named = np_left(head.begin - 1, floor);
        if (!named.empty() && m_s.tokens[named.begin].capitalized && !adverbial(named.begin, named.end) &&
            (named.begin == floor || m_s.is_comma(named.begin - 1) || m_s.is_close_quote(named.begin - 1))) {
          return {named.begin, np.end};
        }
      }
      if (!head.empty() && !governed && has_head(head.begin, head.end) && !adverbial(head.begin, head.end) &&
          (head.begin == floor || after_adverb || m_s.is_comma(head.begin - 1) || m_s.is_close_quote(head.begin - 1) ||
           !np_token(head.begin - 1))) {
        // ("Ana Ruiz, the head of the CSD, the body that oversees sport, said": the second
        // apposition glosses the first; the name before both is the head.)
        if (!after_adverb && head.begin > floor + 1 && m_s.is_comma(head.begin - 1) && !m_s.tokens[head.begin].capitalized &&
            appositive(head.begin, head.end)) {
          const NounPhrase named = np_left(head.begin - 1, floor);
          if (!named.empty() && person_name(named.begin, named.end) &&
              (named.begin == floor || m_s.is_comma(named.begin - 1) || m_s.is_close_quote(named.begin - 1))) {
            return {named.begin, np.end};
          }
        }
        return {head.begin, np.end};
      }
    }
    // "Lisa Power, head of policy at the Trust said": the copy dropped the apposition's
    // closing comma; a person's name opening the clause is the head.
    if (!closed_by_comma && !np.empty() && np.begin > floor + 2 && m_s.is_comma(np.begin - 1) &&
        !m_s.tokens[np.begin].capitalized && appositive(np.begin, np.end)) {
      const NounPhrase head = np_left(np.begin - 1, floor);
      // ("However, Ines Marlow, a broker at X said": after one introductory word.)
      if (person_name(head.begin, head.end) && (head.begin == floor || is(WordClass::conjunction, head.begin - 1) ||
                   is(WordClass::adverb, head.begin - 1) || m_s.is_close_quote(head.begin - 1) ||
                   (head.begin == floor + 2 && m_s.is_comma(floor + 1)))) {
        return {head.begin, np.end};
      }
    }
    if (np.empty() || !has_head(np.begin, np.end)) {
      return {e, e};
    }
    if (end < e && !(np.begin == floor || m_s.is_comma(np.begin - 1) || m_s.is_close_quote(np.begin - 1))) {
      return {e, e};  // a comma-closed phrase must also start after a comma
    }
    // "A communique released after the summit said": a participle phrase after the head;
    // the phrase the participle modifies is the subject.
    // ("An internal memo seen by Reuters shows", "Court records reviewed by POLITICO show": a
    // thing obtained by a medium, whatever its noun.)
    auto participle = [&](std::uint32_t k) {
      const std::u16string_view v = m_s.lower(k);
      // ("Posts circulating on social media claimed": a present participle of going round.)
      return (v.size() > 4 && v.ends_with(u"ed")) || v == u"seen" || v == u"shown" || v == u"sent" ||
             v == u"given" || v == u"written" || v == u"drawn" || v == u"made" || v == u"taken" ||
             v == u"circulating" || v == u"spreading";
    };
    // (Not in a clause of comparison: "…, as posts circulating on social media have claimed"
    // is the writer's aside on the claim before it.)
    auto in_as_clause = [&](const NounPhrase& head) {
      return !head.empty() && head.begin > floor && word(head.begin - 1, u"as");
    };
    if (!closed_by_comma && np.begin >= floor + 3 && is(WordClass::preposition, np.begin - 1) &&
        !m_s.tokens[np.begin - 2].capitalized && participle(np.begin - 2) && m_s.cue_at(np.begin - 2) == nullptr) {
      const NounPhrase head = np_left(np.begin - 2, floor);
      if (!head.empty() && has_head(head.begin, head.end) && !in_as_clause(head) &&
          (is(WordClass::statement_noun, head.end - 1) || m_s.noun_covering(head.end - 1) != nullptr ||
           word(np.begin - 1, u"by"))) {
        return {head.begin, np.end};
      }
    }
    // ("A filing by the exchange's administrators estimated that P", "An analysis by the
    // consultancy found P": a filing or an analysis and its author after "by".)
    if (!closed_by_comma && np.begin >= floor + 2 && word(np.begin - 1, u"by") && m_s.cue_at(np.begin - 2) == nullptr) {
      const NounPhrase head = np_left(np.begin - 1, floor);
      if (!head.empty() && head.end == np.begin - 1 && !m_s.tokens[head.end - 1].capitalized &&
          // (Not "A report by the central bank found", "A statement by the ministry said": the
          // author of a report or statement speaks alone, as before.)
          (word(head.end - 1, u"filing") || word(head.end - 1, u"analysis") || word(head.end - 1, u"assessment") ||
           word(head.end - 1, u"estimate"))) {
        return {head.begin, np.end};
      }
    }
    // ("A lawsuit filed on Monday in federal court in Manhattan alleges": the participle
    // further back, past a time and other prepositional phrases.)
    if (!closed_by_comma && np.begin >= floor + 3 && is(WordClass::preposition, np.begin - 1)) {
      // ("Posts shared widely on social media claimed", "Posts widely shared on social media":
      // an adverb of manner on either side of the participle.)
      auto manner = [&](std::uint32_t t) {
        return m_s.is_word(t) && !m_s.tokens[t].capitalized && m_s.lower(t).size() > 4 && m_s.lower(t).ends_with(u"ly") &&
               m_s.cue_at(t) == nullptr;
      };
      for (std::uint32_t k = np.begin - 2; k > floor && np.begin - k <= 8 && m_s.is_word(k); --k) {
        if (!m_s.tokens[k].capitalized && participle(k) && m_s.cue_at(k) == nullptr &&
            (is(WordClass::preposition, k + 1) || is(WordClass::time_word, k + 1) ||
             (manner(k + 1) && k + 2 < np.begin && is(WordClass::preposition, k + 2)))) {
          const NounPhrase head = np_left(k > floor + 1 && manner(k - 1) ? k - 1 : k, floor);
          if (!head.empty() && has_head(head.begin, head.end) && !in_as_clause(head) &&
              (is(WordClass::statement_noun, head.end - 1) || m_s.noun_covering(head.end - 1) != nullptr)) {
            return {head.begin, np.end};
          }
          break;
        }
      }
    }
    return np;
  }

  // The noun phrase after an inverted verb ("said Xing Wangli, a spokesman ...").
  [[nodiscard]] NounPhrase np_right(std::uint32_t b, std::uint32_t limit) const {
    std::uint32_t k = b;
    while (k < limit && (np_token(k) || m_s.is_comma(k)) && !m_s.is_quote_mark(k) && k - b < 24) {
      // ("said Yuki Harada, an analyst at Tsukuba Research, and sales to China are likely to
      // fall": after the apposition's closing comma, "and" opens the writer's next clause.)
      if (k > b + 1 && m_s.is_comma(k) && k + 1 < limit && (word(k + 1, u"and") || word(k + 1, u"but"))) {
        bool apposition = false;
        for (std::uint32_t t = b + 1; t < k && !apposition; ++t) {
          apposition = m_s.is_comma(t);
        }
        if (apposition) {
          break;
        }
      }
      ++k;
    }
    while (k > b && (m_s.is_comma(k - 1) || !m_s.is_word(k - 1)) && !m_s.is_punct(k - 1, u')')) {
      --k;
    }
    // (", said a teacher who gave his name only as Abu Wassim": the name given is the source,
    // as it is before the verb.)
    if (const NounPhrase given = name_given_after(k, limit); !given.empty()) {
      return given;
    }
    return {b, k};
  }

  // The name in "who gave his name only as NAME", "identified only as NAME" at `k`, or empty.
  [[nodiscard]] NounPhrase name_given_after(std::uint32_t k, std::uint32_t limit) const {
    std::uint32_t t = k;
    if (t < limit && word(t, u"who")) {
      ++t;
    }
    const std::uint32_t clause = t;
    while (t < limit && t < clause + 7 && m_s.is_word(t) && !word(t, u"as")) {
      ++t;
    }
    bool naming = false;
    for (std::uint32_t i = clause; i < t; ++i) {
      naming = naming || word(i, u"name") || word(i, u"identified") || word(i, u"named") || word(i, u"known");
    }
    if (!naming || t + 1 >= limit || !word(t, u"as") || !m_s.tokens[t + 1].capitalized) {
      return {};
    }
    std::uint32_t e = t + 1;
    while (e < limit && e < t + 5 && m_s.is_word(e) && m_s.tokens[e].capitalized) {
      ++e;
    }
    return {t + 1, e};
  }

  struct AfterVerb {
    std::uint32_t content = 0;  // first token of the content, or m_end when none follows
    bool has_content = false;
    bool after_comma = false;   // the clause goes on after a comma: "X said, P" (parenthetical)
    std::uint32_t next = 0;     // first token after adverbials
    bool marked = false;        // the content is introduced: "that", a colon or a quotation
    NounPhrase recipient;
    NounPhrase relay_outer;     // "in an interview with X"
    std::uint32_t relay_cue_begin = 0;
    std::uint32_t relay_cue_end = 0;
    std::uint32_t content_limit = 0;  // when set, where the content ends ("denied the claim when …")
  };

  // The denial's content is the pointer [begin, end) ("it", "that suggestion"), unmarked: the
  // assembler links it to the claim it points back to.
  static void points_back_at(AfterVerb& av, std::uint32_t begin, std::uint32_t end) {
    av.has_content = true;
    av.marked = false;
    av.content = begin;
    av.content_limit = end;
  }

  // An adjunct from j to the comma at k, then a quotation: the quotation is the content.
  bool quotation_after(std::uint32_t j, std::uint32_t k, AfterVerb& out) const {
    if (k + 1 < m_end && k > j + 1 && m_s.is_comma(k) && m_s.is_open_quote(k + 1)) {
      out.content = k + 1;
      out.next = k + 1;
      out.has_content = true;
      out.marked = true;
      return true;
    }
    return false;
  }

  // Skips a recipient, adverbials and a complementizer after a verb.
  [[nodiscard]] AfterVerb after_verb(std::uint32_t j, bool takes_recipient) const {
    AfterVerb out;
    // ("…, a military official said on condition of anonymity, adding that Q": how the source
    // spoke, no content; the clause before is what was said.) ("said Monday on condition of
    // anonymity": when, first.)
    std::uint32_t on = j;
    while (on < m_end && on < j + 2 && is(WordClass::time_word, on) && !word(on, u"that")) {
      ++on;
    }
    if (on + 3 < m_end && word(on, u"on") &&
        (word(on + 1, u"condition") || (word(on + 1, u"the") && word(on + 2, u"condition")))) {
      j = on;
      std::uint32_t k = j + 2;
      while (k < m_end && k < j + 10 && m_s.is_word(k) && !word(k, u"that")) {
        ++k;
      }
      if (k < m_end && (m_s.is_comma(k) || m_s.is_end_punct(k))) {
        j = k;
      }
    }
    // "told one of his young protégés on a regular basis that P": whom, and adverbials, up to
    // a "that" with no verb or cue between.
    if (takes_recipient && j < m_end && m_s.is_word(j) && !word(j, u"that")) {
      std::uint32_t k = j;
      bool clean = true;
      // ("at that time that P": "that" before a time word is its determiner.)
      auto complementizer_that = [&](std::uint32_t t) {
        return word(t, u"that") && !(t + 1 < m_end && is(WordClass::time_word, t + 1));
      };
      while (k < m_end && k - j < 12 && !complementizer_that(k) && clean &&
             !(k > j + 3 && (word(k, u"how") || word(k, u"why")) && m_s.entity_covering(j) != nullptr)) {
        const std::u16string_view w = m_s.lower(k);
        // ("told the campus newspaper, The Valley Ledger, that P": the paper's name set off.)
        const bool name_comma = k > j && m_s.is_comma(k) && k + 1 < m_end &&
                                (m_s.tokens[k + 1].capitalized || word(k + 1, u"that"));
        // ("told the Hong Kong-based South China Morning Post that P": a hyphenated adjective;
        // its "-ed" word is no verb.)
        const bool hyphenated = k > j && k + 1 < m_end && m_s.is_punct(k, u'-') && m_s.is_word(k - 1) &&
                                (word(k + 1, u"based") || word(k + 1, u"run") || word(k + 1, u"owned") ||
                                 word(k + 1, u"backed") || word(k + 1, u"controlled") || word(k + 1, u"funded") ||
                                 word(k + 1, u"language") || word(k + 1, u"speaking"));
        const bool after_hyphen = k > j && m_s.is_punct(k - 1, u'-');
        // ("told Agence France-Presse that P": a hyphen inside a name.)
        // ("told RFE/RL that P": likewise a slash.)
        // ("told S&P Global Commodity Insights that P", "told Johnson & Johnson": an ampersand
        // between capitals, with or without spaces.)
        const bool name_hyphen = k > j && k + 1 < m_end &&
                                 (((m_s.is_punct(k, u'-') || m_s.is_punct(k, u'/')) && m_s.tokens[k - 1].end == m_s.tokens[k].begin &&
                                   m_s.tokens[k].end == m_s.tokens[k + 1].begin) ||
                                  m_s.is_punct(k, u'&')) &&
                                 m_s.is_word(k - 1) && m_s.tokens[k - 1].capitalized && m_s.is_word(k + 1) &&
                                 m_s.tokens[k + 1].capitalized;
        // ("told reporters in St. Paul that P": an abbreviation's period inside a name.)
        const bool abbreviation_dot = k > j && k + 1 < m_end && m_s.is_punct(k, u'.') && m_s.is_word(k - 1) &&
                                      m_s.tokens[k - 1].capitalized && m_s.lower(k - 1).size() <= 3 &&
                                      m_s.is_word(k + 1) && m_s.tokens[k + 1].capitalized;
        // ("told the Austria Presse Agentur (APA) that P": the name's initials in brackets.)
        const bool initials = k > j && k + 2 < m_end && m_s.is_punct(k, u'(') && m_s.is_word(k + 1) &&
                              m_s.tokens[k + 1].all_caps && m_s.is_punct(k + 2, u')');
        if (initials) {
          k += 3;
          continue;
        }
        // ("told BBC Radio 4's Today programme that P": a station's number, its possessive.)
        const bool station_number = k > j && m_s.tokens[k].kind == text::TokenKind::number && m_s.is_word(k - 1) &&
                                    m_s.tokens[k - 1].capitalized;
        const bool possessive_mark = k > j && k + 1 < m_end && (m_s.is_punct(k, u'\'') || m_s.is_punct(k, u'\u2019')) &&
                                     m_s.tokens[k - 1].end == m_s.tokens[k].begin && word(k + 1, u"s");
        const bool possessive_s = k > j + 1 && word(k, u"s") && (m_s.is_punct(k - 1, u'\'') || m_s.is_punct(k - 1, u'\u2019')) &&
                                  m_s.tokens[k - 1].end == m_s.tokens[k].begin;
        // ("told the Rossiya-24 television channel that P": inside a name the gazetteer knows.)
        const lexicon::EntityMatch* known = m_s.entity_covering(k);
        const bool in_known_name = k > j && known != nullptr && known->begin < k;
        clean = name_comma || hyphenated || abbreviation_dot || name_hyphen || station_number || possessive_mark ||
                possessive_s || in_known_name ||
                (m_s.is_word(k) && m_s.cue_at(k) == nullptr && !is(WordClass::verb_blocker, k) &&
                 !is(WordClass::auxiliary, k) &&
                 !(k > j && w.size() > 3 && w.ends_with(u"ed") && !m_s.tokens[k].capitalized && !after_hyphen));
        k += clean ? 1 : 0;
      }
      // ("told Breitbart News Daily host Alex Marlow on Thursday how surprised he is that P":
      // a medium's show and its host told, then the told question.)
      const bool told_how = clean && k < m_end && k > j + 3 && (word(k, u"how") || word(k, u"why")) &&
                            m_s.entity_covering(j) != nullptr && k + 1 < m_end && m_s.is_word(k + 1);
      // The one told ends where an adverbial starts ("Reuters on Tuesday", "reporters after
      // the meeting"); "one of his protégés" keeps its "of". Then the content, marked.
      // (A capitalised word is a name's: "the South China Morning Post", "the Sunday Times".)
      auto told_then = [&](std::uint32_t content) {
        std::uint32_t r = j + 1;
        while (r < k && !(is(WordClass::preposition, r) && !word(r, u"of")) &&
               ((!is(WordClass::time_word, r) && !is(WordClass::adverb, r)) ||
                (m_s.tokens[r].capitalized && r > j + 1 && r + 1 < k && m_s.tokens[r + 1].capitalized))) {
          if (m_s.is_punct(r, u'(')) {  // "(APA)": the initials stay with the name
            r = std::min(r + 3, k);
            continue;
          }
          ++r;
        }
        out.recipient = {j, r};
        out.content = content;
        out.next = k;
        out.has_content = true;
        out.marked = true;
        return out;
      };
      if (told_how) {
        return told_then(k);
      }
      // (Not "said plant staff had told its experts about the strike and that the team had seen
      // P": a "that" after "and" is the outer verb's second complement.)
      if (clean && k < m_end && complementizer_that(k) && k > j + 2 && k + 1 < m_end &&
          (m_s.is_word(k + 1) || m_s.is_open_quote(k + 1)) && !word(k - 1, u"and") && !word(k - 1, u"but")) {
        return told_then(k + 1);
      }
    }
    // Any verb may take an object before "that": "warned the United States that P",
    // "assured investors that P"; a recipient verb ("told") needs no "that" after it.
    if (j < m_end && m_s.is_word(j) && !word(j, u"that")) {
      std::uint32_t r = j;
      // ("told her the roof had failed", "told her that P": "her" before a determiner, a subject
      // pronoun or "that" is the one told, not a possessive.)
      const bool her_told = takes_recipient && word(j, u"her") && j + 2 < m_end &&
                            ((is(WordClass::determiner, j + 1) && !word(j + 1, u"her")) || word(j + 1, u"he") ||
                             word(j + 1, u"she") || word(j + 1, u"it") || word(j + 1, u"they") || word(j + 1, u"we") ||
                             word(j + 1, u"there") || word(j + 1, u"i") || word(j + 1, u"that"));
      if (her_told) {
        out.recipient = {j, j + 1};
        ++j;
        r = j;
      } else if (is(WordClass::determiner, r)) {
        ++r;
      }
      // A recipient verb's first word is the one told: "told voters this weekend P", "told him P".
      if (takes_recipient && r == j && j + 1 < m_end && !m_s.tokens[j].capitalized &&
          (word(j, u"him") || word(j, u"her") || word(j, u"them") || word(j, u"us") || word(j, u"me") ||
           (m_s.lower(j).size() > 3 && m_s.lower(j).ends_with(u"s") && !m_s.lower(j).ends_with(u"ss") &&
            m_s.cue_at(j) == nullptr && !is(WordClass::time_word, j) && !is(WordClass::preposition, j) &&
            !is(WordClass::pronoun_plural, j) && !is(WordClass::verb_blocker, j)))) {
        ++r;
      }
      auto ampersand = [&](std::uint32_t t) {
        return t > j && t + 1 < m_end && m_s.is_punct(t, u'&') && m_s.tokens[t - 1].capitalized && m_s.tokens[t + 1].capitalized;
      };
      // ("told CNBC's "Squawk Box" on Wednesday": a medium's show, quoted after its possessive.)
      auto quoted_show_end = [&](std::uint32_t t) -> std::uint32_t {
        const bool after_possessive =
            t >= j + 2 && (word(t - 1, u"'s") || word(t - 1, u"\u2019s") ||
                           (word(t - 1, u"s") && (m_s.is_punct(t - 2, u'\'') || m_s.is_punct(t - 2, u'\u2019'))));
        if (!m_s.is_open_quote(t) || !after_possessive) {
          return 0;
        }
        for (std::uint32_t c = t + 1; c < m_end && c <= t + 5; ++c) {
          if (m_s.is_close_quote(c)) {
            const bool after_ok = c + 1 >= m_end || m_s.is_end_punct(c + 1) || m_s.is_comma(c + 1) ||
                                  word(c + 1, u"on") || word(c + 1, u"that") || is(WordClass::time_word, c + 1);
            return c > t + 1 && m_s.tokens[t + 1].capitalized && after_ok ? c + 1 : 0;
          }
          // (told CNBC's "Squawk Box Asia.": the sentence's full stop inside the marks, American style.)
          if (m_s.is_end_punct(c) && c + 1 < m_s.size() && m_s.is_close_quote(c + 1)) {
            return c > t + 1 && m_s.tokens[t + 1].capitalized ? c : 0;
          }
          if (!m_s.is_word(c)) {
            return 0;
          }
        }
        return 0;
      };
      // ("told Radio 4's Today programme P", "told the BBC's Newsnight programme P": a show named
      // after a medium's possessive, its name a time word at times, then the word for a show.)
      auto show_word = [&](std::uint32_t t) {
        return word(t, u"programme") || word(t, u"program") || word(t, u"show") || word(t, u"podcast");
      };
      auto named_show = [&](std::uint32_t t) {
        return t > j + 1 && t + 1 < m_end && m_s.tokens[t].capitalized && (word(t - 1, u"'s") || word(t - 1, u"\u2019s")) &&
               (show_word(t + 1) || (t + 2 < m_end && m_s.tokens[t + 1].capitalized && show_word(t + 2)));
      };
      // ("told the pro-government channel Imedi": a compound joined by a hyphen, after the
      // article, modifies the medium's noun.)
      // (Right after the article, and a source noun after it: not "told the BBC her
      // two-year-old son had …".)
      std::uint32_t compound_end = j;
      if (is(WordClass::determiner, j) && j + 3 < m_end && m_s.is_word(j + 1) && frames::joined_hyphen_at(m_s, j + 2)) {
        compound_end = j + 1;
        while (compound_end + 2 < m_end && frames::joined_hyphen_at(m_s, compound_end + 1) &&
               m_s.is_word(compound_end + 2)) {
          compound_end += 2;
        }
        ++compound_end;
        if (compound_end >= m_end || m_s.noun_covering(compound_end) == nullptr) {
          compound_end = j;
        }
      }
      auto hyphen_compound = [&](std::uint32_t t) { return t > j && t < compound_end; };
      while (r < m_end && quoted_show_end(r) == 0 &&
             (m_s.is_word(r) || ampersand(r) || hyphen_compound(r) ||
              (m_s.is_dash(r) && r > j && r + 1 < m_end && m_s.tokens[r + 1].capitalized)) &&
             !word(r, u"that") && (!is(WordClass::time_word, r) || named_show(r)) &&
             // ("told the Associated Press news agency Halvern's exit was …": a name with
             // "'s" after a common noun starts the content.)
             !(r > j + 1 && m_s.tokens[r].capitalized && !m_s.tokens[r - 1].capitalized && r + 1 < m_end &&
               word(r + 1, u"'s")) &&
             (m_s.is_dash(r) || ampersand(r) || m_s.tokens[r].capitalized || m_s.noun_covering(r) != nullptr ||
              m_s.entity_covering(r) != nullptr ||
              is(WordClass::recipient_noun, r) || is(WordClass::title, r) || word(r, u"official") ||
              (takes_recipient && r > j && is(WordClass::statement_noun, r)) ||  // "told a news conference"
              // ("told a regular briefing", "told a hastily arranged news conference": the
              // event's modifiers before its noun.)
              // (Right after an article only: "told the BBC by email", "told CNN her daughter …"
              // are no event.)
              (takes_recipient && r > j && r <= j + 2 && (word(j, u"a") || word(j, u"an") || word(j, u"the")) &&
               !m_s.tokens[r - 1].capitalized && m_s.is_word(r) && !m_s.tokens[r].capitalized && m_s.cue_at(r) == nullptr &&
               !is(WordClass::preposition, r) && !is(WordClass::determiner, r) && !is(WordClass::auxiliary, r) &&
               r + 1 < m_end &&
               (is(WordClass::statement_noun, r + 1) ||
                // ("told a federal judge late on Wednesday": the one told, an office.)
                (is(WordClass::title, r + 1) && !m_s.tokens[r + 1].capitalized) ||
                // ("told the public broadcaster Suspilne": a medium's noun.)
                (m_s.noun_covering(r + 1) != nullptr && !m_s.tokens[r + 1].capitalized &&
                 !m_s.lex.source_nouns()[m_s.noun_covering(r + 1)->payload].medium.empty()) ||
                (r + 2 < m_end && (word(r + 1, u"news") || word(r + 1, u"press")) && is(WordClass::statement_noun, r + 2)))) ||
              (m_s.tokens[r].kind == text::TokenKind::number && r > j && m_s.tokens[r - 1].capitalized) ||  // "BBC Radio 4"
              word(r, u"news") || word(r, u"state") || word(r, u"local") || word(r, u"'s") ||
              (r > j && m_s.tokens[r - 1].capitalized && show_word(r)) || hyphen_compound(r)) &&
             r - j < 8) {
        ++r;
      }
      if (const std::uint32_t show_end = quoted_show_end(r); show_end != 0) {
        r = show_end;
      }
      // "told about 200 bankers", "told some 40 delegates": a counted audience.
      if (takes_recipient && r == j) {
        std::uint32_t k = j;
        if (word(k, u"about") || word(k, u"some") || word(k, u"nearly") || word(k, u"around") ||
            word(k, u"almost") || word(k, u"over")) {
          ++k;
        }
        if (k < m_end && m_s.tokens[k].kind == text::TokenKind::number) {
          ++k;
          std::uint32_t n = k;
          while (n < m_end && n - k < 3 && m_s.is_word(n) && !m_s.tokens[n].capitalized && m_s.cue_at(n) == nullptr &&
                 !is(WordClass::preposition, n) && !word(n, u"that")) {
            ++n;
          }
          if (n > k && m_s.lower(n - 1).ends_with(u"s")) {
            r = n;
          }
        }
      }
      // Without a recipient verb the object must be named ("said reports that P were baseless":
      // "reports" is the content's subject).
      bool named = false;
      for (std::uint32_t t = j; t < r; ++t) {
        named = named || m_s.tokens[t].capitalized || m_s.entity_covering(t) != nullptr;
      }
      // A recipient verb's object with common nouns: "told a closed investment symposium that P",
      // "told a press conference, "Q"": a determiner and words up to "that", a comma or a
      // quotation, with no verb among them.
      // ("warning voters that P": a bare noun before "that" too.)
      const bool bare_object = j + 1 < m_end && !m_s.tokens[j].capitalized &&
                               (word(j + 1, u"that") || (j + 2 < m_end && word(j + 2, u"that")));
      if (takes_recipient && (is(WordClass::determiner, j) || bare_object)) {
        std::uint32_t k = is(WordClass::determiner, j) ? j + 1 : j;
        bool plain = true;
        while (k < m_end && k - j <= 6 && m_s.is_word(k) && !word(k, u"that") && plain) {
          const std::u16string_view t = m_s.lower(k);
          plain = m_s.cue_at(k) == nullptr && !is(WordClass::verb_blocker, k) && !is(WordClass::preposition, k) &&
                  !is(WordClass::conjunction, k) && !(t.size() > 4 && t.ends_with(u"ed") && k > j + 1);
          ++k;
        }
        const bool closed = k < m_end && (word(k, u"that") || m_s.is_punct(k, u':') ||
                                          (m_s.is_comma(k) && k + 1 < m_end && m_s.is_open_quote(k + 1)));
        if (plain && closed && k > r) {
          r = k;
        }
      }
      // ("warned the minister that P", "warned the minister in writing that P", "assured
      // investors that P": an office or an audience, then "that" or an adverbial and "that".)
      bool audience_then_that = false;
      // ("assured depositors that P": a plural of those who do something.)
      auto doers = [](std::u16string_view n) {
        return n.size() > 5 && (n.ends_with(u"ers") || n.ends_with(u"ors") || n.ends_with(u"ants") ||
                                n.ends_with(u"ents") || n.ends_with(u"ians") || n.ends_with(u"ists"));
      };
      // (Such a bare plural alone before "that".)
      if (!takes_recipient && !named && r == j && j + 1 < m_end && word(j + 1, u"that") && m_s.is_word(j) &&
          !m_s.tokens[j].capitalized && m_s.cue_at(j) == nullptr && doers(m_s.lower(j))) {
        r = j + 1;
      }
      // ("informed its partners that P", "warned the residents that P": a determiner and a plural
      // of those who do something, then "that".)
      if (!takes_recipient && !named && r == j + 1 && is(WordClass::determiner, j) && j + 2 < m_end &&
          word(j + 2, u"that") && m_s.is_word(j + 1) && m_s.cue_at(j + 1) == nullptr &&
          (doers(m_s.lower(j + 1)) || frames::people_plural(m_s.lower(j + 1)))) {
        r = j + 2;
      }
      if (!takes_recipient && !named && r > j) {
        bool audience = false;
        for (std::uint32_t t = j; t < r; ++t) {
          const std::u16string_view n = m_s.lower(t);
          audience = audience || is(WordClass::title, t) || is(WordClass::recipient_noun, t) ||
                     frames::people_plural(n) || doers(n);
        }
        for (std::uint32_t t = r; audience && t < m_end && t < r + 6 && !audience_then_that; ++t) {
          // (A cue word inside the adverbial is a noun there: "in writing".)
          if (m_s.is_comma(t) || !m_s.is_word(t) || (t == r && m_s.cue_at(t) != nullptr) || is(WordClass::auxiliary, t)) {
            break;
          }
          audience_then_that = word(t, u"that") && (t == r || is(WordClass::preposition, r));
        }
      }
      if (r > j && !(r == j + 1 && is(WordClass::determiner, j)) &&
          (takes_recipient || (word(r, u"that") && named) || audience_then_that)) {
        // ("sources close to the government told this paper P": the page's own outlet, told,
        // relays nothing; the words are passed over.)
        static constexpr std::u16string_view k_own_media[] = {u"paper",   u"newspaper", u"website",  u"publication",
                                                              u"magazine", u"station",  u"newsroom", u"programme",
                                                              u"program",  u"site",     u"outlet"};
        const bool this_outlet = r == j + 2 && word(j, u"this") &&
                                 std::find(std::begin(k_own_media), std::end(k_own_media), m_s.lower(j + 1)) !=
                                     std::end(k_own_media);
        if (!this_outlet) {
          out.recipient = {j, r};
          // ("told Radio 4's Today programme": the medium is the one told; its show only says
          // where.)
          for (std::uint32_t t = j + 1; t + 1 < r; ++t) {
            if ((word(t, u"'s") || word(t, u"\u2019s")) && named_show(t + 1) && r <= t + 4) {
              out.recipient = {j, t};
              break;
            }
          }
        }
        j = r;
      }
    }
    for (int guard = 0; guard < 12 && j < m_end; ++guard) {
      // "this", "last", "next" are time words only before one ("this week"; below): in "said
      // this is a mistake" the content starts at "this".
      // Weekdays are capitalized: "lawmakers said Friday afternoon, as …".
      // ("put Saturday's turnout at 30,000": a weekday's possessive is the content's.)
      const bool weekday = (word(j, u"monday") || word(j, u"tuesday") || word(j, u"wednesday") ||
                            word(j, u"thursday") || word(j, u"friday") || word(j, u"saturday") || word(j, u"sunday")) &&
                           !(j + 1 < m_end && (word(j + 1, u"'s") || word(j + 1, u"\u2019s")));
      // ("said further talks were planned": "further" before a common noun is its adjective,
      // the content's first word; "said further that P" keeps it an adverb.)
      const bool further_adjective = word(j, u"further") && j + 1 < m_end && m_s.is_word(j + 1) &&
                                     !m_s.tokens[j + 1].capitalized && !word(j + 1, u"that") &&
                                     !is(WordClass::preposition, j + 1) && !is(WordClass::determiner, j + 1) &&
                                     !is_personal_pronoun(j + 1) && !is(WordClass::auxiliary, j + 1);
      // ("said only two people were hurt", "say even small doses can harm": a focus word before
      // the content's first word is the content's; "said only that P" keeps it the verb's.)
      const bool focus = (word(j, u"only") || word(j, u"even") || word(j, u"just")) && j + 1 < m_end &&
                         m_s.is_word(j + 1) && !word(j + 1, u"that") && !is(WordClass::adverb, j + 1) &&
                         !is(WordClass::time_word, j + 1) && !is(WordClass::preposition, j + 1) &&
                         !is(WordClass::subordinator, j + 1) && m_s.cue_at(j + 1) == nullptr;
      // ("ruled 5-4 that P": a court's vote tally before "that".)
      if (m_s.tokens[j].kind == text::TokenKind::number) {
        std::uint32_t t = j + 1;
        if (t + 1 < m_end && m_s.is_punct(t, u'-') && m_s.tokens[t + 1].kind == text::TokenKind::number) {
          t += 2;
        }
        if (t < m_end && word(t, u"that")) {
          j = t;
          continue;
        }
      }
      // ("the developer said March 12.", "said Sept. 17 that P": a month and its day, no "on".)
      if (is(WordClass::month, j) && m_s.tokens[j].capitalized) {
        std::uint32_t day = j + 1;
        if (day < m_end && m_s.is_punct(day, u'.')) {
          ++day;
        }
        if (day < m_end && m_s.tokens[day].kind == text::TokenKind::number && m_s.lower(day).size() <= 2) {
          j = day + 1;
          continue;
        }
      }
      // ("reported online that P", "wrote online, "Q"": where it was said.)
      const bool online_where = word(j, u"online") && j + 1 < m_end &&
                                (word(j + 1, u"that") || m_s.is_comma(j + 1) || m_s.is_open_quote(j + 1) ||
                                 m_s.is_punct(j + 1, u':'));
      if ((is(WordClass::adverb, j) && !further_adjective && !focus) || weekday || online_where ||
          (is(WordClass::time_word, j) && !m_s.tokens[j].capitalized && !word(j, u"this") && !word(j, u"last") &&
           !word(j, u"next")) ||
          word(j, u"yesterday") || word(j, u"today")) {
        ++j;
        continue;
      }
      // ("said in a statement on behalf of the bloc's 27 member states that P": whom the speaker
      // spoke for, up to "that".)
      if (word(j, u"on") && j + 3 < m_end && word(j + 1, u"behalf") && word(j + 2, u"of")) {
        std::uint32_t k = j + 3;
        while (k < m_end && k - j <= 12 && !word(k, u"that") &&
               (m_s.is_word(k) || m_s.is_punct(k, u'\'') || m_s.is_punct(k, u'\u2019'))) {
          ++k;
        }
        if (k + 1 < m_end && word(k, u"that") && (m_s.is_word(k + 1) || m_s.is_open_quote(k + 1))) {
          j = k;
          continue;
        }
      }
      // ("warned for more than a year that P", "has said since January that P": an adverbial
      // phrase of time or place before "that", up to seven words with no verb.)
      // (Not a relay phrase, "in remarks to Notimex", "in an interview with DZRH", read below.)
      // ("said through its foreign ministry that P": the one it spoke through, before "that".)
      if ((word(j, u"for") || word(j, u"since") || word(j, u"over") || word(j, u"during") || word(j, u"throughout") ||
           word(j, u"in") || word(j, u"on") || word(j, u"at") || word(j, u"after") || word(j, u"before") ||
           word(j, u"through") ||
           // ("reported around the same time, quoting X, that P": when, roughly; not "said around
           // 40 people died", a count.)
           (word(j, u"around") && j + 1 < m_end && (word(j + 1, u"the") || is(WordClass::time_word, j + 1)))) &&
          m_s.cue_at(j) == nullptr) {
        std::uint32_t k = j + 1;
        // ("said on CBS's Face the Nation that P", "said on Fox News Sunday that P": the medium
        // the words went out on, and its programme, where they were said.)
        const bool on_air = word(j, u"on");
        auto possessive = [&](std::uint32_t t) {
          return t > j + 1 && t + 1 < m_end && (m_s.is_punct(t, u'\'') || m_s.is_punct(t, u'\u2019')) &&
                 m_s.tokens[t - 1].end == m_s.tokens[t].begin && word(t + 1, u"s");
        };
        while (k < m_end && k - j <= 8 &&
               (possessive(k) ||
                (m_s.is_word(k) && !word(k, u"that") &&
                 // ("warned in writing that P": the gerund there names the means.)
                 (m_s.cue_at(k) == nullptr || (k == j + 1 && word(j, u"in") && word(k, u"writing"))) &&
                 !is(WordClass::statement_noun, k) &&
                 !word(k, u"remarks") && !word(k, u"comments") && !is(WordClass::recipient_noun, k) &&
                 (m_s.entity_covering(k) == nullptr || on_air) && !is(WordClass::auxiliary, k) &&
                 !is(WordClass::verb_blocker, k) && !is(WordClass::conjunction, k)))) {
          k += possessive(k) ? 2 : 1;
        }
        if (k > j + 1 && k + 1 < m_end && word(k, u"that") && m_s.is_word(k + 1) && !is(WordClass::auxiliary, k + 1) &&
            !past_verb_after_that(k)) {
          j = k;
          continue;
        }
        // ("told his cabinet before the vote he would read P", "told reporters after the meeting
        // they had agreed": after the one told, a short adverbial, then a bare clause that opens
        // with a subject pronoun and its auxiliary.)
        if (takes_recipient && !out.recipient.empty() && out.recipient.end == j && k >= j + 3 && k <= j + 5 &&
            k < m_end && (word(j, u"before") || word(j, u"after") || word(j, u"during") || word(j, u"at")) &&
            is_personal_pronoun(k - 1) && is(WordClass::auxiliary, k)) {
          j = k - 1;
          break;
        }
        // ("said in its latest issue, citing oil company sources, that P": the adjunct, then a
        // relay set off before "that", which the comma branch below reads.)
        if (k > j + 1 && k + 2 < m_end && m_s.is_comma(k)) {
          const Hit* h = m_s.cue_at(k + 1);
          if (h != nullptr && h->begin == k + 1 &&
              (m_s.lex.cues()[h->payload].frame == Frame::citing || m_s.lex.cues()[h->payload].frame == Frame::according)) {
            j = k;
            continue;
          }
        }
      }
      // "…, a ministry official said here on Thursday", "told reporters here that P": the
      // dateline's place, in wire copy. (Not "said here was the proof": a verb follows.)
      if (word(j, u"here") &&
          (j + 1 == m_end || !m_s.is_word(j + 1) || word(j + 1, u"that") || is(WordClass::time_word, j + 1) ||
           is(WordClass::preposition, j + 1) || word(j + 1, u"yesterday") || word(j + 1, u"today"))) {
        ++j;
        continue;
      }
      // "a week later", "two days ago", "that day"
      if ((is(WordClass::determiner, j) || m_s.tokens[j].kind == text::TokenKind::number || word(j, u"that") ||
           word(j, u"last") || word(j, u"next")) &&
          j + 1 < m_end && is(WordClass::time_word, j + 1) && !m_s.tokens[j + 1].capitalized &&
          !word(j + 1, u"this") && !word(j + 1, u"that") && !word(j + 1, u"last") && !word(j + 1, u"next") &&
          !(j + 2 < m_end && word(j + 2, u"'s")) &&  // "said this year's surplus will …": the content
          // "said the day also saw heavy selling": "the day" is the subject when a verb follows.
          !(word(j, u"the") && j + 2 < m_end && (is(WordClass::adverb, j + 2) || is(WordClass::verb_blocker, j + 2) ||
                                                 (m_s.lower(j + 2).ends_with(u"ed") && !word(j + 2, u"earlier"))))) {
        j += 2;
        while (j < m_end && (word(j, u"later") || word(j, u"earlier") || word(j, u"ago") || word(j, u"before"))) {
          ++j;
        }
        continue;
      }
      // "the mayor said the next morning", "complained the following day": a day counted from
      // the story's, when the words were said ("said the next day would be decisive": the
      // subject, when a verb follows).
      if (word(j, u"the") && j + 2 < m_end &&
          (word(j + 1, u"next") || word(j + 1, u"following") || word(j + 1, u"same") || word(j + 1, u"previous")) &&
          is(WordClass::time_word, j + 2) && !m_s.tokens[j + 2].capitalized && !word(j + 2, u"this") &&
          !word(j + 2, u"that") && !word(j + 2, u"last") && !word(j + 2, u"next") &&
          !(j + 3 < m_end && (is(WordClass::auxiliary, j + 3) || is(WordClass::verb_blocker, j + 3) ||
                              is(WordClass::adverb, j + 3) || word(j + 3, u"'s") ||
                              (m_s.lower(j + 3).ends_with(u"ed") && !word(j + 3, u"earlier"))))) {
        j += 3;
        continue;
      }
      // "said, without naming its sources, that P" (a manner adjunct), "reported, citing a
      // local volunteer, that P" (the cited source, an attribution of its own that the
      // assembler nests): a phrase set off by commas before "that".
      if (m_s.is_comma(j) && j + 2 < m_end) {
        const Hit* h = m_s.cue_at(j + 1);
        // ("said, according to Sapa, that P": the relay set off, read by its own frame.)
        const bool citing = h != nullptr && h->begin == j + 1 &&
                            (m_s.lex.cues()[h->payload].frame == Frame::citing ||
                             m_s.lex.cues()[h->payload].frame == Frame::according);
        if (citing || word(j + 1, u"without")) {
          std::uint32_t k = citing ? h->end : j + 2;
          // ("reported, citing the commission's spokesman in the state, Emmanuel Onoja-Akubo,
          // that P": the cited one's name set off inside the phrase.)
          auto name_aside = [&](std::uint32_t t) {
            return citing && m_s.is_comma(t) && t + 2 < m_end && m_s.is_word(t + 1) && m_s.tokens[t + 1].capitalized &&
                   !word(t + 1, u"that");
          };
          while (k < m_end && k - j <= 18 &&
                 ((m_s.is_word(k) && m_s.cue_at(k) == nullptr && !word(k, u"that")) || name_aside(k) ||
                  (m_s.is_punct(k, u'-') && k > 0 && m_s.is_word(k - 1) && k + 1 < m_end && m_s.is_word(k + 1) &&
                   m_s.tokens[k - 1].end == m_s.tokens[k].begin))) {
            ++k;
          }
          if (k + 1 < m_end && m_s.is_comma(k) && word(k + 1, u"that")) {
            j = k + 1;
            break;
          }
        }
        // ("as telling Die Presse, in an interview published on Saturday, that P": when and
        // where it was said, no one's name: the phrase names no medium after "by".)
        if (word(j + 1, u"in") && j + 3 < m_end &&
            (is(WordClass::statement_noun, j + 2) || is(WordClass::statement_noun, j + 3))) {
          std::uint32_t k = j + 2;
          bool by = false;
          while (k < m_end && k - j <= 12 && m_s.is_word(k) && !word(k, u"that")) {
            by = by || word(k, u"by") || word(k, u"with");
            ++k;
          }
          if (!by && k + 1 < m_end && m_s.is_comma(k) && word(k + 1, u"that")) {
            j = k + 1;
            break;
          }
        }
      }
      // ("said in a statement, issued on Monday, that P", "…, which was released late, that P":
      // when the statement was made, set off by commas before "that". With "by" it may name a
      // medium, read elsewhere.)
      if (m_s.is_comma(j) && j + 3 < m_end && !m_s.tokens[j + 1].capitalized &&
          ((m_s.lower(j + 1).size() > 4 && m_s.lower(j + 1).ends_with(u"ed")) || word(j + 1, u"which") ||
           word(j + 1, u"sent") || word(j + 1, u"made") || word(j + 1, u"given") || word(j + 1, u"written"))) {
        std::uint32_t k = j + 2;
        bool by = false;
        while (k < m_end && k - j <= 12 && m_s.is_word(k) && !word(k, u"that")) {
          by = by || word(k, u"by");
          ++k;
        }
        if (!by && k + 2 < m_end && m_s.is_comma(k) && word(k + 1, u"that") && m_s.is_word(k + 2)) {
          j = k + 1;
          break;
        }
      }
      // "said, in an interview with X, that": the commas set the relay phrase off.
      if (m_s.is_comma(j) && j + 1 < m_end) {
        if (const Hit* h = m_s.cue_at(j + 1); h != nullptr && m_s.lex.cues()[h->payload].frame == Frame::postmod_relay) {
          ++j;
          continue;
        }
      }
      if (const Hit* h = m_s.cue_at(j); h != nullptr && m_s.lex.cues()[h->payload].frame == Frame::postmod_relay) {
        // "in an interview with X": X relayed the statement.
        // ("in a filing to the US Securities and Exchange Commission": "and" inside a name.)
        auto name_and = [&](std::uint32_t t) {
          return word(t, u"and") && t > h->end && t + 1 < m_end && m_s.tokens[t - 1].capitalized &&
                 m_s.tokens[t + 1].capitalized && m_s.is_word(t + 1);
        };
        std::uint32_t k = h->end;
        while (k < m_end && (np_token(k) || name_and(k)) && !word(k, u"that") && k - h->end < 8 && !m_s.is_comma(k) &&
               !time_after_name(k)) {
          ++k;
        }
        // "in an interview on Monday": a time, not a medium.
        bool time_only = k > h->end;
        for (std::uint32_t t = h->end; t < k && time_only; ++t) {
          time_only = is(WordClass::time_word, t) || is(WordClass::month, t) || is(WordClass::determiner, t) ||
                      m_s.tokens[t].kind == text::TokenKind::number;
        }
        // ("in a statement to the Bombay Stock Exchange", "speaking to parliament": the one
        // addressed relays only if it is a medium.)
        const bool addressed = m_s.lower(h->end - 1) == u"to";
        if (time_only || (addressed && !recipient_is_medium({h->end, k}))) {
          j = k < m_end && m_s.is_comma(k) ? k + 1 : k;
          continue;
        }
        out.relay_outer = {h->end, k};
        out.relay_cue_begin = h->begin;
        out.relay_cue_end = h->end;
        j = k < m_end && m_s.is_comma(k) ? k + 1 : k;
        continue;
      }
      // ("said without naming its sources that P", "said, without citing sources, that P": how
      // it was said, no part of what.)
      const std::uint32_t wo = m_s.is_comma(j) ? j + 1 : j;
      if (word(wo, u"without") && wo + 2 < m_end &&
          (word(wo + 1, u"naming") || word(wo + 1, u"citing") || word(wo + 1, u"identifying") ||
           word(wo + 1, u"giving") || word(wo + 1, u"disclosing") || word(wo + 1, u"elaborating"))) {
        std::uint32_t k = wo + 2;
        while (k < m_end && k - wo <= 6 && m_s.is_word(k) && !word(k, u"that")) {
          ++k;
        }
        if (k < m_end && (word(k, u"that") || (m_s.is_comma(k) && k + 1 < m_end && word(k + 1, u"that")))) {
          j = m_s.is_comma(k) ? k + 1 : k;
          continue;
        }
      }
      // "said by phone from the ship that P", "told AFP by telephone": how it was said.
      if (word(j, u"by") && j + 1 < m_end &&
          (word(j + 1, u"phone") || word(j + 1, u"telephone") || word(j + 1, u"email") || word(j + 1, u"e-mail") ||
           word(j + 1, u"text") || word(j + 1, u"video") || word(j + 1, u"videolink") || word(j + 1, u"letter"))) {
        std::uint32_t k = j + 2;
        if (k < m_end && (word(k, u"message") || word(k, u"link") || word(k, u"call"))) {
          ++k;
        }
        if (k + 1 < m_end && word(k, u"from")) {
          std::uint32_t t = k + 1;
          while (t < m_end && t - k <= 5 && m_s.is_word(t) && !word(t, u"that") && m_s.cue_at(t) == nullptr) {
            ++t;
          }
          if (t < m_end && word(t, u"that")) {
            k = t;
          }
        }
        j = k < m_end && m_s.is_comma(k) ? k + 1 : k;
        continue;
      }
      // ("told reporters gathered outside the church": a participle describing the ones told,
      // then where they were, is an adjunct too.)
      if (j > 0 && is(WordClass::recipient_noun, j - 1) && j + 2 < m_end && m_s.is_word(j) &&
          !m_s.tokens[j].capitalized && m_s.cue_at(j) == nullptr &&
          (m_s.lower(j).ends_with(u"ed") || m_s.lower(j).ends_with(u"ing")) &&
          (word(j + 1, u"outside") || word(j + 1, u"inside") || word(j + 1, u"at") || word(j + 1, u"in") ||
           word(j + 1, u"near") || word(j + 1, u"on") || word(j + 1, u"for"))) {
        ++j;
        continue;
      }
      if ((word(j, u"on") || word(j, u"in") || word(j, u"at") || word(j, u"during") || word(j, u"late") ||
           word(j, u"early") || word(j, u"last") || word(j, u"to") || word(j, u"via") || word(j, u"through") ||
           word(j, u"of") ||
           // ("said on a conference call with reporters Tuesday that P": whom the call was with.)
           (word(j, u"with") && j + 1 < m_end && is(WordClass::recipient_noun, j + 1))) &&
          j + 1 < m_end &&
          // ("said in order to protect customers it had …": "in order to" opens the content.)
          !(word(j, u"in") && j + 2 < m_end && word(j + 1, u"order") && (word(j + 2, u"to") || word(j + 2, u"that")))) {
        // A prepositional adjunct: "on Tuesday", "in a statement", "to reporters", "on Twitter".
        std::uint32_t k = j + 1;
        // ("said on "Fox News Sunday" that P": a programme's name in quotation marks, each
        // word capitalised, is where it was said.)
        if ((word(j, u"on") || word(j, u"in")) && m_s.is_open_quote(k)) {
          std::uint32_t close = k + 1;
          bool title = true;
          while (close < m_end && close - k <= 6 && !m_s.is_close_quote(close) && title) {
            title = !m_s.is_word(close) || m_s.tokens[close].capitalized || word(close, u"the") ||
                    word(close, u"of") || word(close, u"and");
            ++close;
          }
          if (title && close > k + 1 && close + 1 < m_end && m_s.is_close_quote(close) &&
              (word(close + 1, u"that") || m_s.is_comma(close + 1))) {
            j = close + 1;
            continue;
          }
        }
        // "in an interview Hungary must …": a name after the statement noun starts the content.
        // ("said on Sunday Iran had seized …": likewise after a day, a month or a number.)
        auto content_name = [&](std::uint32_t t) {
          return t > j + 1 &&
                 (is(WordClass::statement_noun, t - 1) || is(WordClass::time_word, t - 1) || is(WordClass::month, t - 1) ||
                  m_s.tokens[t - 1].kind == text::TokenKind::number) &&
                 m_s.tokens[t].capitalized && !is(WordClass::time_word, t) && !is(WordClass::month, t) &&
                 m_s.tokens[t].kind != text::TokenKind::number;
        };
        // ("in a closed-door briefing", "at a hastily-called news conference": a modifier, even
        // hyphenated, right before the statement noun.)
        auto statement_at = [&](std::uint32_t t) { return is(WordClass::statement_noun, t) || word(t, u"ruling"); };
        auto modifies_statement = [&](std::uint32_t t) {
          return (t + 1 < m_end && statement_at(t + 1)) ||
                 (t + 1 < m_end && m_s.is_dash(t + 1) && t + 3 < m_end && m_s.is_word(t + 2) && statement_at(t + 3)) ||
                 (t > j + 1 && m_s.is_dash(t - 1) && t + 1 < m_end && statement_at(t + 1));
        };
        // ("in its monthly Global Port Tracker report": a modifier before the report's name.)
        auto before_named_statement = [&](std::uint32_t t) {
          std::uint32_t n = t + 1;
          while (n < m_end && n - t <= 4 && m_s.is_word(n) && m_s.tokens[n].capitalized) {
            ++n;
          }
          // (Not a hyphen: "its latest Short-Term Energy Outlook that P".)
          return n > t + 1 && n < m_end && m_s.is_word(n) && !m_s.is_dash(n) && m_s.lower(n).size() > 2 &&
                 statement_at(n);
        };
        while (k < m_end && k - j <= 8 &&
               (m_s.is_word(k) || quoted_statement_mark(k) ||
                (m_s.is_dash(k) && k > j + 1 && k + 1 < m_end && m_s.is_word(k + 1) &&
                                   modifies_statement(k + 1)) ||
                // ("on Radio 4's Today programme": the apostrophe after a number is a token of its own.)
                ((m_s.is_punct(k, u'\'') || m_s.is_punct(k, u'\u2019')) && k > j + 1 && k + 1 < m_end &&
                 m_s.tokens[k - 1].kind == text::TokenKind::number && word(k + 1, u"s")) ||
                // ("said on Sept. 17 that P": an abbreviated month's period.)
                (m_s.is_punct(k, u'.') && k > j + 1 && is(WordClass::month, k - 1) && k + 1 < m_end &&
                 m_s.tokens[k + 1].kind == text::TokenKind::number)) &&
               !content_name(k) &&
               // ("in a statement broadcast by state radio": the relay phrase is read on its own.)
               !(k > j + 1 && m_s.cue_at(k) != nullptr && m_s.cue_at(k)->begin == k &&
                 m_s.lex.cues()[m_s.cue_at(k)->payload].frame == Frame::postmod_relay) &&
               // ("said on August 3 the plant would close": a determiner after a date's number starts
               // the content.)
               !(k > j + 1 && is(WordClass::determiner, k) && !m_s.tokens[k].capitalized &&
                 m_s.tokens[k - 1].kind == text::TokenKind::number) &&
               // ("told planters in Ipoh the cabinet would …": a determiner after a name starts the content.)
               !(k > j + 1 && is(WordClass::determiner, k) && !m_s.tokens[k].capitalized && m_s.tokens[k - 1].capitalized &&
                 !is(WordClass::determiner, k - 1)) &&
               (!word(k, u"that") || (k + 1 < m_end && is(WordClass::time_word, k + 1))) &&
               (m_s.is_dash(k) || modifies_statement(k) || before_named_statement(k) || is(WordClass::determiner, k) ||
                is(WordClass::time_word, k) ||
                is(WordClass::month, k) || m_s.is_punct(k, u'.') ||
                is(WordClass::statement_noun, k) || is(WordClass::recipient_noun, k) || word(k, u"ruling") ||
                m_s.tokens[k].capitalized || m_s.tokens[k].kind == text::TokenKind::number ||
                word(k, u"news") || word(k, u"television") || word(k, u"televised") || word(k, u"joint") ||
                word(k, u"written") || word(k, u"telephone") || word(k, u"radio") || word(k, u"state") ||
                // ("on a conference call with reporters": the call the conference was held on.)
                ((word(k, u"call") || word(k, u"calls")) && k > j + 1 && is(WordClass::statement_noun, k - 1)) ||
                // ("said on its Telegram channel", "on his YouTube channel": a named service's channel
                // or account is where the words went out.)
                ((word(k, u"channel") || word(k, u"account") || word(k, u"feed")) && k > j + 1 &&
                 m_s.tokens[k - 1].capitalized) ||
                // ("in its own preliminary report": whose, before the modifier.)
                (word(k, u"own") && k > j + 1 && is(WordClass::determiner, k - 1)) ||
                // ("on BBC Radio 4's Today programme": the station's possessive.)
                m_s.is_punct(k, u'\'') || m_s.is_punct(k, u'\u2019') ||
                // ("claimed in a "grave statement" carried by KCNA": the statement's name quoted.)
                quoted_statement_mark(k) ||
                (word(k, u"s") && k > j + 2 && (m_s.is_punct(k - 1, u'\'') || m_s.is_punct(k - 1, u'\u2019'))) ||
               (word(k, u"that") && k + 1 < m_end && is(WordClass::time_word, k + 1)))) {
          ++k;
          // ("in an advisory to shipping on Tuesday", "in a letter to the Federal Maritime
          // Commission last week": whom the statement was addressed to, after its noun.)
          if (k + 1 < m_end && statement_at(k - 1) && word(k, u"to") && m_s.is_word(k + 1)) {
            std::uint32_t t = k + 1;
            while (t < m_end && t - k <= 8 && m_s.is_word(t) && !word(t, u"that") && !is(WordClass::time_word, t) &&
                   !(is(WordClass::preposition, t) && !word(t, u"of")) && m_s.cue_at(t) == nullptr) {
              ++t;
            }
            // (Its initials in brackets: "the Federal Maritime Commission (FMC)".)
            if (t + 2 < m_end && m_s.is_punct(t, u'(') && m_s.is_punct(t + 2, u')')) {
              t += 3;
            }
            if (t > k + 1 && t < m_end && (word(t, u"that") || is(WordClass::time_word, t) || is(WordClass::preposition, t) ||
                                           m_s.is_comma(t) || m_s.is_end_punct(t))) {
              k = t;
            }
          }
        }
        // ("reported on its website, citing …, that P", "said on its Facebook page": where a
        // medium put it out.)
        auto outlet_place = [&](std::uint32_t t) {
          return word(t, u"website") || word(t, u"site") || word(t, u"blog") || word(t, u"page") ||
                 word(t, u"account") || word(t, u"feed") || word(t, u"bulletin") || word(t, u"edition");
        };
        while (k < m_end && k - j <= 6 && outlet_place(k) && k > j + 1 && is(WordClass::determiner, j + 1)) {
          ++k;
        }
        bool adjunct = false;
        for (std::uint32_t t = j + 1; t < k; ++t) {
          adjunct = adjunct || outlet_place(t) || (is(WordClass::time_word, t) && !word(t, u"that")) || is(WordClass::month, t) ||
                    is(WordClass::statement_noun, t) || is(WordClass::recipient_noun, t) ||
                    // ("wrote in a 32-page ruling that P": a court's ruling, in this adjunct only.)
                    (word(t, u"ruling") && t > j + 1 && !m_s.tokens[t].capitalized) ||
                    (m_s.tokens[t].capitalized && word(j, u"in")) || (m_s.tokens[t].capitalized && word(j, u"on"));
        }
        if (adjunct && k > j + 1) {
          j = k;
          continue;
        }
      }
      // "said in a statement posted on Facebook that P": a participle phrase after the
      // adjunct's noun, closed by "that".
      if (j > 0 && is(WordClass::statement_noun, j - 1) && m_s.is_word(j) && !m_s.tokens[j].capitalized &&
          (m_s.lower(j).ends_with(u"ed") || word(j, u"sent") || word(j, u"made") || word(j, u"given") ||
           word(j, u"broadcast") || word(j, u"read"))) {
        std::uint32_t k = j + 1;
        while (k < m_end && k - j <= 8 && m_s.is_word(k) && (!word(k, u"that") || that_of_time(k)) &&
               m_s.cue_at(k) == nullptr) {
          ++k;
        }
        if (k + 1 < m_end && word(k, u"that") && (m_s.is_word(k + 1) || m_s.is_open_quote(k + 1))) {
          j = k;
          break;
        }
        // ("P, SpaceX said in a flight summary posted on its website that evening.": to the
        // sentence's end with no clause, the participle describes the statement; nothing after
        // the verb is said.)
        if (k >= m_end || m_s.is_end_punct(k)) {
          j = k;
          break;
        }
      }
      // ("P, CAS said in a statement summarising its award.": a participle on the statement
      // noun that runs to the sentence's end with no "that" describes the statement; nothing
      // after the verb is said.)
      // (Only in an adjunct, "in a statement"; "told a news conference voting will start" has
      // its content there.)
      auto in_adjunct = [&] {
        for (std::uint32_t t = j >= 5 ? j - 5 : 0; t + 1 < j; ++t) {
          if (word(t, u"in") || word(t, u"on") || word(t, u"at") || word(t, u"during")) {
            return true;
          }
        }
        return false;
      };
      if (j > 0 && is(WordClass::statement_noun, j - 1) && m_s.is_word(j) && !m_s.tokens[j].capitalized &&
          m_s.lower(j).size() > 5 && m_s.lower(j).ends_with(u"ing") && m_s.cue_at(j) == nullptr && in_adjunct()) {
        std::uint32_t k = j + 1;
        while (k < m_end && k - j <= 8 && m_s.is_word(k) && !word(k, u"that") && m_s.cue_at(k) == nullptr) {
          ++k;
        }
        if (k >= m_end || m_s.is_end_punct(k)) {
          j = k;
          break;
        }
      }
      // ("P, the government said in a communique that state television broadcast.", "… in a
      // statement that was read on state radio.": a relative clause on the statement noun that
      // runs to the sentence's end, its verb an auxiliary or a verb of carrying at the end,
      // describes the statement; nothing after the verb is said.)
      if (j + 1 < m_end && word(j, u"that") && j > 0 && is(WordClass::statement_noun, j - 1) && in_adjunct()) {
        std::uint32_t k = j + 1;
        while (k < m_end && k - j <= 8 && m_s.is_word(k) && !word(k, u"that") && !word(k, u"said")) {
          ++k;
        }
        auto carried = [&](std::uint32_t t) {
          return word(t, u"broadcast") || word(t, u"carried") || word(t, u"published") || word(t, u"aired") ||
                 word(t, u"issued") || word(t, u"released") || word(t, u"posted") || word(t, u"circulated") ||
                 word(t, u"distributed") || word(t, u"ran") || word(t, u"relayed") || word(t, u"obtained") ||
                 word(t, u"saw") || word(t, u"reviewed");
        };
        const bool subject_gap = word(j + 1, u"was") || word(j + 1, u"were") || word(j + 1, u"had") || word(j + 1, u"has");
        if ((k >= m_end || m_s.is_end_punct(k)) && k > j + 2 && (subject_gap || carried(k - 1))) {
          j = k;
          break;
        }
      }
      // "denied as baseless reports that P": the judgement before the object.
      if (word(j, u"as") && j + 1 < m_end &&
          (word(j + 1, u"baseless") || word(j + 1, u"false") || word(j + 1, u"untrue") || word(j + 1, u"groundless") ||
           word(j + 1, u"unfounded") || word(j + 1, u"fabricated") || word(j + 1, u"nonsense"))) {
        j += 2;
        continue;
      }
      // ("believes as many as 12 seats could change hands": "as many as" opens the content's
      // subject, no clause of time.)
      if (word(j, u"as") && j + 2 < m_end && word(j + 2, u"as") &&
          (word(j + 1, u"many") || word(j + 1, u"much") || word(j + 1, u"few") || word(j + 1, u"little"))) {
        break;
      }
      // A subordinate clause before the content's colon or "that": "told Reuters as he emerged
      // from the final session: Q".
      if (is(WordClass::subordinator, j) || word(j, u"as")) {
        std::uint32_t k = j + 1;
        while (k < m_end && k - j <= 12 && m_s.is_word(k) && !word(k, u"that") &&
               (m_s.cue_at(k) == nullptr || word(k, u"asked"))) {
          ++k;
        }
        // ("said after a hearing that lasted five hours that P": a "that" before a past verb
        // opens a relative clause; the next "that", or none.)
        if (k + 1 < m_end && k > j + 1 && word(k, u"that") && past_verb_after_that(k)) {
          if (const std::optional<std::uint32_t> next = past_relative_clause(k); next) {
            j = *next;
            break;
          }
        }
        if (k < m_end && k > j + 1 && (m_s.is_punct(k, u':') || word(k, u"that"))) {
          j = k;
          break;
        }
        // ("Q1," Santoro said when asked about him on Monday, "Q2": the quotation goes on.)
        if (quotation_after(j, k, out)) {
          return out;
        }
      }
      // Any other prepositional adjunct that a "that" closes: "as saying on his return to
      // Tehran from Moscow that P", "said after a meeting with the mayors that P". No comma,
      // quote or other cue in between, and the adjunct is short.
      if (word(j, u"on") || word(j, u"in") || word(j, u"at") || word(j, u"during") || word(j, u"after") ||
          word(j, u"before") || word(j, u"upon") || word(j, u"from") || word(j, u"to") || word(j, u"while") ||
          word(j, u"following") || word(j, u"outside") || word(j, u"inside") || word(j, u"near") ||
          word(j, u"behind") || word(j, u"throughout") || (word(j, u"ahead") && j + 1 < m_end && word(j + 1, u"of"))) {
        // ("at a rally in Tulsa, Oklahoma, that P": a comma between two names stays inside;
        // "during the three-week trial that P": so does a hyphen inside a word.)
        // ("at a meeting broadcast on state television on Wednesday that P": a participle of
        // broadcasting inside the adjunct says where it was seen, no relay.)
        auto broadcast_participle = [&](std::uint32_t t) {
          const Hit* h = m_s.cue_at(t);
          return t > j + 2 && h != nullptr && m_s.lex.cues()[h->payload].frame == Frame::postmod_relay &&
                 m_s.is_word(h->begin - 1) && !m_s.tokens[h->begin - 1].capitalized && h->begin > j + 1;
        };
        std::uint32_t k = j + 1;
        while (k < m_end && k - j <= 12 && !word(k, u"that") && (m_s.cue_at(k) == nullptr || broadcast_participle(k)) &&
               !m_s.in_quote(k) &&
               (m_s.is_word(k) || (m_s.is_comma(k) && k + 1 < m_end && m_s.tokens[k - 1].capitalized &&
                                   m_s.tokens[k + 1].capitalized) ||
                (m_s.is_dash(k) && k + 1 < m_end && m_s.is_word(k - 1) && m_s.is_word(k + 1)))) {
          ++k;
        }
        if (k + 1 < m_end && k > j + 1 && m_s.is_comma(k) && word(k + 1, u"that")) {
          ++k;  // "… in Toledo, Ohio, that P"
        }
        // ("after the meeting that was held on a boat": a "that" before a verb is relative.)
        // ("after a five-hour hearing that ended in the early hours": or a past verb.)
        const bool relative_that = word(k, u"that") && k + 1 < m_end &&
                                   (is(WordClass::auxiliary, k + 1) || is(WordClass::verb_blocker, k + 1) ||
                                    that_of_time(k) || past_verb_after_that(k));
        // ("said at least eight trucks had been burned and that P": "at least" counts the
        // content's subject; a finite verb before the "that" shows a clause, no adjunct.)
        bool clause_inside = word(j, u"at") && (word(j + 1, u"least") || word(j + 1, u"most"));
        for (std::uint32_t t = j + 1; t < k && !clause_inside; ++t) {
          clause_inside = auxiliary_word(t) && !word(t, u"being") && !word(t, u"not");
        }
        // (The relative clause runs on to a "that" of its verb's, "after a hearing that lasted
        // five hours that P", or is the rest of the sentence, when it was said.)
        if (relative_that && !clause_inside && k > j + 1 && past_verb_after_that(k)) {
          if (const std::optional<std::uint32_t> next = past_relative_clause(k); next) {
            j = *next;
            break;
          }
        }
        if (k < m_end && k > j + 1 && (word(k, u"that") || m_s.is_punct(k, u':')) && !relative_that && !clause_inside &&
            k + 1 < m_end &&
            (m_s.is_word(k + 1) || m_s.is_open_quote(k + 1))) {
          j = k;  // ("told Reuters before the vote: "Q"": a colon closes it too)
          break;
        }
        // "said during the debate last week, "Q"": the quotation after the adjunct.
        if (quotation_after(j, k, out)) {
          return out;
        }
      }
      break;
    }
    out.next = j;
    if (j >= m_end) {
      out.content = m_end;
      return out;
    }
    if (word(j, u"that")) {
      out.content = j + 1;
      out.has_content = j + 1 < m_end;
      out.marked = true;
      return out;
    }
    if (m_s.is_punct(j, u':')) {
      out.content = j + 1;
      out.has_content = j + 1 < m_end;
      out.marked = true;
      return out;
    }
    if (m_s.is_open_quote(j)) {
      out.content = j;
      out.has_content = true;
      out.marked = true;
      return out;
    }
    if (m_s.is_comma(j)) {
      if (j + 1 < m_end && m_s.is_open_quote(j + 1)) {
        // "Mook told CBS, "Q"" / "He says, "Q"": the quotation is the content.
        out.content = j + 1;
        out.has_content = true;
        out.marked = true;
        return out;
      }
      out.after_comma = true;
      out.content = j + 1;
      // ("P, the minister warned, citing rising costs": a citing phrase after the comma gives
      // a reason or a source, never what was said.)
      const Hit* next = j + 1 < m_end ? m_s.cue_at(j + 1) : nullptr;
      // (Unless "that" or a colon follows it: "reported, citing X, that P" says P.)
      bool citing_next = next != nullptr && next->begin == j + 1 &&
                         (m_s.lex.cues()[next->payload].frame == Frame::citing ||
                          m_s.lex.cues()[next->payload].frame == Frame::according);
      for (std::uint32_t k = j + 2; k < m_end && citing_next; ++k) {
        citing_next = !word(k, u"that") && !m_s.is_punct(k, u':') && !m_s.is_quote_mark(k);
      }
      out.has_content = j + 1 < m_end && m_s.is_word(j + 1) && !citing_next;
      return out;
    }
    if (m_s.is_end_punct(j) || m_s.is_dash(j)) {
      out.content = m_end;
      return out;
    }
    out.content = j;
    // "said of the latest development" is an adjunct; "said at least 40 ships were waiting" a claim.
    const bool short_phrase = m_end - j <= 6;
    // Nor is "told bankers and businessmen in Medan" (a coordinated object), nor two words
    // that are no clause ("warned the U.S.": an object; "said it agreed", "said talks
    // failed" are clauses).
    std::uint32_t words = 0;
    std::uint32_t second = m_end;
    for (std::uint32_t k = j; k < m_end && words < 3; ++k) {
      if (m_s.is_word(k)) {
        ++words;
        if (words == 2) {
          second = k;
        }
      }
    }
    if (words == 2 && second < m_end) {
      const bool pronoun_subject = is(WordClass::pronoun_male, j) || is(WordClass::pronoun_female, j) ||
                                   is(WordClass::pronoun_thing, j) || is(WordClass::pronoun_plural, j) ||
                                   word(j, u"we") || word(j, u"i");
      // Irregular pasts end no "-ed": "said prices fell", "said shares rose".
      static constexpr std::u16string_view k_irregular_past[] = {
          u"fell", u"rose", u"won", u"lost", u"left", u"quit", u"went", u"came", u"grew", u"began", u"broke",
          u"ran", u"fled", u"paid", u"sold", u"bought", u"held", u"met", u"took", u"knew", u"saw", u"spoke",
          u"stood", u"struck", u"sank", u"slid", u"shrank", u"froze", u"forgot", u"fought", u"fit", u"led",
          u"resigned", u"wrote", u"drove", u"flew", u"threw", u"hid", u"bled", u"dealt", u"meant", u"sent",
          u"spent", u"built", u"kept", u"slept", u"wept", u"swept", u"tore", u"wore", u"woke", u"stole"};
      const std::u16string_view second_word = m_s.lower(second);
      const bool verb_second =
          !m_s.tokens[second].capitalized &&
          (second_word.ends_with(u"ed") || is(WordClass::verb_blocker, second) ||
           std::find(std::begin(k_irregular_past), std::end(k_irregular_past), second_word) != std::end(k_irregular_past));
      if (pronoun_subject || verb_second) {
        words = 3;  // a short clause
      }
    }
    // "said if the law was applied strictly it would …": a conditional claim.
    // ("says as many as 400 jobs could go": a count's "as many as" opens the content.)
    const bool as_many_as = word(j, u"as") && j + 2 < m_end && word(j + 2, u"as") &&
                            (word(j + 1, u"many") || word(j + 1, u"much") || word(j + 1, u"few") || word(j + 1, u"little"));
    out.has_content = m_s.is_word(j) && (!is(WordClass::subordinator, j) || word(j, u"if") || as_many_as) &&
                      !(is(WordClass::preposition, j) && short_phrase && !as_many_as && !approximate_count_clause(j)) &&
                      !is(WordClass::conjunction, j) &&
                      !word(j, u"'s") && words >= 3;
    return out;
  }

  // The cue sits in the clause of an "if" or "unless" before it: nobody has said it yet.
  [[nodiscard]] bool in_condition(std::uint32_t cue) const {
    for (std::uint32_t k = cue; k > 0 && cue - k < 10;) {
      --k;
      if (m_s.is_comma(k) || m_s.is_end_punct(k) || m_s.is_quote_mark(k) || word(k, u"that") || m_s.is_punct(k, u':')) {
        return false;
      }
      if (word(k, u"if") || word(k, u"unless") || word(k, u"whether")) {
        return true;  // ("asked whether his report had described the dam as …": a question)
      }
    }
    return false;
  }

  // Where a postposed attribution's content begins: after a colon or an
  // introductory "According to X," if any, else the start of the sentence.
  [[nodiscard]] std::uint32_t clause_start(std::uint32_t before) const {
    std::uint32_t start = 0;
    for (std::uint32_t i = 0; i < before; ++i) {
      // (Not the colon of a time: "shortly after 2:00 am".)
      const bool time = i > 0 && i + 1 < before && m_s.tokens[i - 1].kind == text::TokenKind::number &&
                        m_s.tokens[i + 1].kind == text::TokenKind::number;
      if (m_s.is_punct(i, u':') && !frames::quoted(m_s, i) && !time) {
        start = i + 1;
      }
    }
    return start;
  }

  // The content before a postposed source at `subject_begin` ("P, X said"),
  // which must be separated from it by a comma or a closing quotation mark.
  bool content_before(Attribution& a, std::uint32_t subject_begin) const {
    // ("P, a demand the council rejected", "P, a move the ministry denied": a noun with a
    // clause of its own after it, set off after P, names what P did, not who says it; only a
    // label that points back, "a claim the club rejected", is read, by the label's own rule.)
    if (subject_begin > 0 && subject_begin + 2 < m_end && m_s.is_comma(subject_begin - 1) &&
        (word(subject_begin, u"a") || word(subject_begin, u"an")) && m_s.is_word(subject_begin + 1) &&
        !m_s.tokens[subject_begin + 1].capitalized && m_s.noun_covering(subject_begin + 1) == nullptr &&
        !frames::points_back(m_s.lower(subject_begin + 1)) &&
        (word(subject_begin + 2, u"the") || possessive_at(subject_begin + 2))) {
      return false;
    }
    std::uint32_t k = subject_begin;
    bool separated = false;
    // "P, as police have said": "as" introduces the source.
    // (After a quotation that opens the sentence too: ""Q," as one official said"; inside a
    // sentence, ""I can't breathe," as Garner said" is no source of what came before.)
    auto opening_quotation = [&](std::uint32_t close) {
      std::uint32_t open = close;
      while (open > 0 && !m_s.is_open_quote(open - 1)) {
        --open;
      }
      return open > 0 && open - 1 <= 1;
    };
    if (k > 1 && word(k - 1, u"as") &&
        (m_s.is_comma(k - 2) || word(k - 2, u"just") || (m_s.is_close_quote(k - 2) && opening_quotation(k - 2)))) {
      k -= word(k - 2, u"just") ? 2 : 1;
    }
    while (k > 0 && (m_s.is_comma(k - 1) || m_s.is_dash(k - 1))) {
      --k;
      separated = true;
    }
    if (k > 0 && m_s.is_close_quote(k - 1)) {
      std::uint32_t inner = k - 1;
      while (inner > 0 && m_s.is_close_quote(inner - 1)) {
        --inner;  // '' (two apostrophes) closes as one mark
      }
      const std::int32_t q = inner >= 1 ? m_s.quote[inner - 1] : -1;
      if (q >= 0) {
        a.quote_region = q;
      }
      separated = true;
    } else if (k > 0 && m_s.is_comma(k - 1)) {
      separated = true;
    }
    if (!separated || k == 0) {
      return false;
    }
    a.content_begin = clause_start(k);
    a.content_end = k;
    a.content_begin = frames::last_contrast_clause(m_s, a.content_begin, a.content_end);
    // ("P, the UN said in April, and Q, according to the IOM": a clause after ", and" that
    // follows another speaker's postposed attribution is this source's alone.)
    for (std::uint32_t i = k; i-- > a.content_begin + 4;) {
      if (!word(i, u"and") || !m_s.is_comma(i - 1) || m_s.in_quote(i)) {
        continue;
      }
      std::uint32_t p = i - 1;
      while (p > a.content_begin && !m_s.is_comma(p - 1) && i - p <= 10) {
        --p;
      }
      if (p <= a.content_begin + 1 || !m_s.is_comma(p - 1)) {
        continue;
      }
      bool postposed = false;
      for (std::uint32_t t = p + 1; t + 1 < i && !postposed; ++t) {
        const Hit* c = m_s.cue_at(t);
        // (The verb ends its segment, or an adjunct of time or place does, "in April": "Ukrainian
        // forces later said they remained in control, and …" is a clause of its own.)
        const bool ends_segment =
            c != nullptr && (c->end + 1 >= i || (i - 1 - c->end <= 4 && (is(WordClass::preposition, c->end) ||
                                                                          is(WordClass::time_word, c->end))));
        postposed = c != nullptr && c->begin == t && m_s.lex.cues()[c->payload].frame == Frame::speech &&
                    ends_segment && has_head(p, t);
      }
      if (postposed) {
        a.content_begin = i + 1;
      }
      break;
    }
    if (a.quote_region >= 0) {
      // The quotation may have opened in an earlier sentence: the claim is the quotation.
      std::uint32_t open = 0;
      for (std::uint32_t i = 0; i < k; ++i) {
        if (m_s.quote[i] == a.quote_region || (m_s.is_open_quote(i) && i + 1 < k && m_s.quote[i + 1] == a.quote_region)) {
          open = i;
          break;
        }
      }
      // Words of the same clause before the quotation ("using the tax ''is a misguided
      // approach,'' said X"): the claim is the clause, which quotes part of itself.
      // (Only words since the last comma: in "P, "Q," he said" the quotation is a fragment
      // of its own.)
      bool words_before = false;
      for (std::uint32_t i = a.content_begin; i < open; ++i) {
        words_before = m_s.is_comma(i) ? false : (words_before || m_s.is_word(i));
      }
      if (words_before && open > a.content_begin) {
        a.quote_region = -1;
      } else {
        a.content_begin = open;
      }
    }
    a.content_before = true;
    return frames::trim_content(m_s, a.content_begin, a.content_end) || a.quote_region >= 0;
  }

  // ("P, the company said, days after its leaders left": how long after or before, set off by
  // a comma, is the writer's setting.) Whether one starts at t, its comma optional.
  [[nodiscard]] bool time_setting_at(std::uint32_t t) const {
    const std::uint32_t start = t;
    if (t < m_end && m_s.is_comma(t)) {
      ++t;
    }
    if (t < m_end && (word(t, u"just") || word(t, u"only") || word(t, u"barely"))) {
      ++t;
    }
    if (t < m_end && (word(t, u"a") || word(t, u"two") || word(t, u"three") || word(t, u"several") ||
                      word(t, u"few") || m_s.tokens[t].kind == text::TokenKind::number)) {
      ++t;
    }
    if (t < m_end && word(t, u"few")) {
      ++t;
    }
    const bool span = t < m_end && (word(t, u"days") || word(t, u"day") || word(t, u"hours") || word(t, u"hour") ||
                                    word(t, u"weeks") || word(t, u"week") || word(t, u"months") || word(t, u"month") ||
                                    word(t, u"minutes") || word(t, u"moments") || word(t, u"shortly") ||
                                    word(t, u"soon"));
    return t > start && span && t + 2 < m_end && (word(t + 1, u"after") || word(t + 1, u"before"));
  }

  // Only adverbials (or nothing) follow the verb up to the end of the sentence.
  [[nodiscard]] bool ends_clause(const AfterVerb& av) const {
    if (av.next >= m_end) {
      return true;
    }
    if (time_setting_at(av.next)) {
      return true;
    }
    // "…, Lusa reported from Dili on May 6, citing a statement": a place and a day, then
    // the citing phrase.
    if (is(WordClass::preposition, av.next)) {
      std::uint32_t comma = av.next;
      bool clause = false;
      while (comma < m_end && !m_s.is_comma(comma) && !clause) {
        // ("on May 6": the month, not the modal.)
        const bool month = is(WordClass::month, comma) && m_s.tokens[comma].capitalized;
        clause = word(comma, u"that") || m_s.is_punct(comma, u':') || m_s.is_open_quote(comma) ||
                 m_s.cue_at(comma) != nullptr || (is(WordClass::verb_blocker, comma) && !month);
        ++comma;
      }
      // ("P, the company confirmed to The Verge, days after …": to whom, then the setting.)
      if (!clause && comma < m_end && comma - av.next <= 8 && time_setting_at(comma)) {
        return true;
      }
      if (!clause && comma < m_end && comma - av.next <= 8) {
        if (const Hit* h = m_s.cue_at(comma + 1); h != nullptr && h->begin == comma + 1) {
          const Frame f = m_s.lex.cues()[h->payload].frame;
          // ("…, the chief executive told reporters on a call, adding that Q": where it was
          // said, then the speaker's participle; the clause before is what was said.)
          if (f == Frame::citing || f == Frame::according || f == Frame::participle || ing_cue(comma + 1)) {
            return true;
          }
        }
      }
    }
    // "…, KUNA said after the ministers ended a two-day meeting here.": when it was said, to
    // the end of the sentence.
    if ((word(av.next, u"after") || word(av.next, u"before") || word(av.next, u"following") ||
         word(av.next, u"during")) && m_end - av.next <= 16) {
      bool clause = false;
      for (std::uint32_t i = av.next; i < m_end && !clause; ++i) {
        // ("…, the group said after a meeting in Riyadh, as it seeks to …": up to the writer's
        // subordinate clause.)
        if (m_s.is_comma(i) && i > av.next + 1 && i + 1 < m_end &&
            (word(i + 1, u"as") || word(i + 1, u"while") || word(i + 1, u"when") || word(i + 1, u"without"))) {
          return true;
        }
        clause = word(i, u"that") || m_s.is_punct(i, u':') || m_s.is_open_quote(i) || m_s.cue_at(i) != nullptr ||
                 m_s.is_comma(i);
      }
      if (!clause) {
        return true;
      }
    }
    // "…, the agency said in a summary posted Friday.": a participle after the adjunct's
    // statement noun says where the statement was put out, to the end of the sentence. (The
    // participle may be a cue of its own, "posted"; a later one, or "that", opens a clause.)
    // ("…, the city government said in a notice posted online, adding that Q": or up to the
    // speaker's participle after a comma.)
    if (av.next > 0 && is(WordClass::statement_noun, av.next - 1) && m_s.is_word(av.next) &&
        !m_s.tokens[av.next].capitalized && m_s.lower(av.next).size() > 3 && m_s.lower(av.next).ends_with(u"ed")) {
      bool clause = false;
      std::uint32_t i = av.next + 1;
      for (; i < m_end && i <= av.next + 6 && !clause; ++i) {
        if (m_s.is_comma(i) && ing_cue(i + 1)) {
          break;
        }
        if (that_of_time(i)) {
          ++i;
          continue;
        }
        clause = word(i, u"that") || m_s.is_punct(i, u':') || m_s.is_quote_mark(i) || m_s.cue_at(i) != nullptr ||
                 m_s.is_comma(i) || is(WordClass::auxiliary, i);
      }
      if (!clause && (i >= m_end || m_s.is_comma(i))) {
        return true;
      }
    }
    // "…, the newspaper said of the latest development."
    if (is(WordClass::preposition, av.next) && m_end - av.next <= 8) {
      bool clause = false;
      for (std::uint32_t i = av.next; i < m_end; ++i) {
        clause = clause || word(i, u"that") || m_s.is_punct(i, u':') || m_s.is_open_quote(i) ||
                 m_s.cue_at(i) != nullptr;
      }
      if (!clause) {
        return true;
      }
    }
    // "…, lawmakers said Friday, as they bristled at …": a subordinate clause after the
    // source belongs to the writer; the source closes the content.
    // ("The MPP took 68 of the 126 seats, the commission said, down from the majority it held":
    // the writer's comparison after the source.)
    if (m_s.is_comma(av.next) && av.next + 2 < m_end &&
        (((word(av.next + 1, u"down") || word(av.next + 1, u"up")) && word(av.next + 2, u"from")) ||
         (word(av.next + 1, u"compared") && (word(av.next + 2, u"with") || word(av.next + 2, u"to"))))) {
      return true;
    }
    if (m_s.is_comma(av.next) && av.next + 1 < m_end &&
        (word(av.next + 1, u"as") || word(av.next + 1, u"while") || word(av.next + 1, u"when") ||
         word(av.next + 1, u"without"))) {
      // ("The mill was thriving, Ms. Pryce said, until it lost its contract": "until", "because",
      // "before" go on with the content.)
      return true;
    }
    // ("The slick covers 12 square kilometers, the department said on Monday, and oil has come
    // ashore": a clause joined after the source is the writer's; the source closes the content.)
    if (m_s.is_comma(av.next) && av.next + 3 < m_end && (word(av.next + 1, u"and") || word(av.next + 1, u"but")) &&
        m_s.is_word(av.next + 2) && m_s.cue_at(av.next + 1) == nullptr) {
      return true;
    }
    // "..., Yonhap reported, citing ..." / ", according to ...": another frame takes over.
    if (m_s.is_comma(av.next)) {
      const std::uint32_t n = av.next + 1;
      if (const Hit* h = m_s.cue_at(n); h != nullptr) {
        const Frame f = m_s.lex.cues()[h->payload].frame;
        // (", blaming the drought for P", ", calling the plan a mistake": the participle of any
        // frame opens a clause of its own.)
        return f == Frame::citing || f == Frame::according || f == Frame::participle || (h->begin == n && ing_cue(n));
      }
      // (", prompting a rival campaign to accuse …", ", sending shares lower": any participle
      // in "-ing" opens the writer's clause of consequence.)
      if (n < m_end && m_s.is_word(n) && !m_s.tokens[n].capitalized && m_s.lower(n).size() > 5 &&
          m_s.lower(n).ends_with(u"ing") && !m_s.in_quote(n)) {
        return true;
      }
      // "P, the military said, in its latest show of force": the writer's adjunct, no clause.
      if (is(WordClass::preposition, n) && !word(n, u"of") && !word(n, u"to")) {
        bool clause = false;
        for (std::uint32_t k = n; k < m_end && !clause; ++k) {
          clause = word(k, u"that") || m_s.cue_at(k) != nullptr || is(WordClass::auxiliary, k) ||
                   is(WordClass::verb_blocker, k) || m_s.is_quote_mark(k) || m_s.is_comma(k);
        }
        if (!clause) {
          return true;
        }
      }
      return relayed_after(av);
    }
    return false;
  }

  // "P, Zorin said, TASS reported.": a second postposed source after the comma relays the first.
  [[nodiscard]] bool relayed_after(const AfterVerb& av) const {
    if (av.next >= m_end || !m_s.is_comma(av.next)) {
      return false;
    }
    const std::uint32_t n = av.next + 1;
    std::uint32_t k = n;
    while (k < m_end && k - n < 6 && np_token(k) && m_s.cue_at(k) == nullptr) {
      ++k;
    }
    const Hit* h = k > n ? m_s.cue_at(k) : nullptr;
    if (h == nullptr || h->begin != k) {
      return false;
    }
    std::uint32_t after = h->end;
    while (after < m_end && (is(WordClass::time_word, after) || is(WordClass::adverb, after) || word(after, u"on"))) {
      ++after;
    }
    return after >= m_end || m_s.is_end_punct(after) || m_s.is_comma(after);
  }

  // "rules that allow companies to tell investors P", "a bill requiring the police to tell
  // families when …", "urging the board to announce that P": an infinitive whose subject is
  // the object of a verb of permission or request is what someone may or should say, not
  // what anyone said. (Not "forced him to admit that P", "allowed the witness to tell the
  // court P": those report the saying.)
  [[nodiscard]] bool infinitive_of_directive(std::uint32_t verb) const {
    if (verb < 3 || !word(verb - 1, u"to")) {
      return false;
    }
    static constexpr std::u16string_view k_directive[] = {
        u"allow",      u"allows",   u"allowing",    u"permit",   u"permits",   u"permitting", u"enable",
        u"enables",    u"enabling", u"require",     u"requires", u"requiring", u"ask",        u"asks",
        u"asking",     u"urge",     u"urges",       u"urging",   u"urged",     u"encourage",  u"encourages",
        u"encouraging", u"invite",  u"invites",     u"inviting", u"instruct",  u"instructs",  u"instructing",
        u"order",      u"orders",   u"ordering",
        // (and their past: "had asked the company to explain the fall")
        u"asked",      u"allowed",  u"permitted",   u"enabled",  u"required",  u"encouraged", u"invited",
        u"instructed", u"ordered",  u"told",        u"called",   u"pressed",   u"pressured",  u"forced"};
    // The object between the directive and "to": a short noun phrase of words.
    for (std::uint32_t k = verb - 2; k + 6 > verb && k > 0; --k) {
      if (!m_s.is_word(k - 1) || m_s.cue_at(k) != nullptr || is(WordClass::verb_blocker, k)) {
        return false;
      }
      const std::u16string_view before = m_s.lower(k - 1);
      if (std::find(std::begin(k_directive), std::end(k_directive), before) != std::end(k_directive)) {
        return true;
      }
    }
    return false;
  }

  // "Neither the committee nor the airline has confirmed that P", "No one has confirmed":
  // a subject that denies there is a speaker.
  [[nodiscard]] bool negative_subject(std::uint32_t cue) const {
    bool nor = false;
    for (std::uint32_t k = cue; k-- > 0 && cue - k <= 14;) {
      if (m_s.is_end_punct(k) || (m_s.is_comma(k) && !nor) || m_s.cue_at(k) != nullptr) {
        return false;
      }
      nor = nor || word(k, u"nor");
      // ("a subject neither government mentioned": "neither" as a determiner right before.)
      if (word(k, u"neither")) {
        return nor || cue - k <= 3;
      }
      if ((word(k, u"nobody") || (word(k, u"no") && word(k + 1, u"one"))) &&
          std::all_of(m_s.tokens.begin() + k + (word(k, u"no") ? 2 : 1), m_s.tokens.begin() + cue,
                      [&](const text::Token& t) {
                        const auto i = static_cast<std::uint32_t>(&t - m_s.tokens.data());
                        return is(WordClass::auxiliary, i) || is(WordClass::adverb, i);
                      })) {
        return true;
      }
    }
    return false;
  }

  // An attribution whose sources and cue span [region_begin, content_begin) and whose content
  // runs to content_end, trimmed; none if nothing is left of the content.
  [[nodiscard]] std::optional<Attribution> spanned(Attribution a, std::uint32_t region_begin,
                                                   std::uint32_t content_begin, std::uint32_t content_end) const {
    a.region_begin = region_begin;
    a.region_end = content_begin;
    a.content_begin = content_begin;
    a.content_end = content_end;
    if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
      return std::nullopt;
    }
    return a;
  }

  // Is the cue at `hit` a past participle set off by commas before the verb of its subject
  // (", posted on Facebook late Monday, said")? Its comma, and the closing comma right
  // before another cue with no "that" between, tell.
  [[nodiscard]] bool set_off_participle(const Hit& hit) const {
    const std::u16string_view v = m_s.lower(hit.begin);
    if (hit.end != hit.begin + 1 || hit.begin == 0 || !m_s.is_comma(hit.begin - 1) || v.size() <= 4 ||
        !v.ends_with(u"ed") || hit.end >= m_end || !m_s.is_word(hit.end)) {
      return false;
    }
    for (std::uint32_t k = hit.end; k + 1 < m_end && k < hit.end + 12; ++k) {
      if ((!m_s.is_word(k) && !m_s.is_comma(k) && !m_s.is_punct(k, u'\'')) || word(k, u"that")) {
        return false;
      }
      if (m_s.is_comma(k)) {
        const Hit* next = m_s.cue_at(k + 1);
        return next != nullptr && next->begin == k + 1 && m_s.lex.cues()[next->payload].frame == Frame::speech;
      }
    }
    return false;
  }

  std::optional<Attribution> speech(const Hit& hit, const lexicon::CueEntry& cue) {
    if (infinitive_of_directive(hit.begin)) {
      return std::nullopt;
    }
    // "It is understood that P": no one named; the passive itself is the source the claim
    // rests on, a vague one (the resolver reads it so), and its clause is the content.
    if (cue.id == "en.agentless") {
      // (Only as a clause of its own: "so that it is thought that" is someone else's clause.)
      if (hit.begin > 0 && !m_s.is_comma(hit.begin - 1) && !word(hit.begin - 1, u"and") &&
          !word(hit.begin - 1, u"but") && !m_s.is_open_quote(hit.begin - 1)) {
        return std::nullopt;
      }
      Attribution a = base(hit, cue);
      a.sources = {phrase(hit, hit.begin, hit.end - 1)};
      AfterVerb av;
      av.content = hit.end;
      av.next = hit.end;
      av.has_content = true;
      av.marked = true;
      return finish_preposed(a, av);
    }
    // ("fewer workers had joined than the unions claimed, and put …": a comparison's speaker
    // with nothing said after the verb is part of the claim it sits in, no speaker of its own.)
    if (hit.end >= m_end || m_s.is_comma(hit.end) || m_s.is_end_punct(hit.end) || word(hit.end, u"and")) {
      for (std::uint32_t t = hit.begin; t-- > 0 && hit.begin - t <= 5 && m_s.is_word(t);) {
        if (word(t, u"than")) {
          if (t + 1 < hit.begin) {
            return std::nullopt;
          }
          break;
        }
      }
    }
    // ("two of its Shanghai residential projects, two people … told the Post": a plural noun
    // with a comma or the sentence's end after it projects nothing.)
    if ((word(hit.begin, u"projects") || word(hit.begin, u"forecasts")) && hit.end == hit.begin + 1 &&
        (hit.end >= m_end || m_s.is_comma(hit.end) || m_s.is_end_punct(hit.end))) {
      return std::nullopt;
    }
    // ("had already said goodbye to his team-mates", "said a prayer": a parting or a greeting
    // said reports nothing.)
    if (hit.end < m_end && (word(hit.begin, u"said") || word(hit.begin, u"says") || word(hit.begin, u"say") ||
                            word(hit.begin, u"saying"))) {
      static constexpr std::u16string_view k_formula[] = {u"goodbye", u"farewell", u"hello", u"goodnight", u"grace"};
      const std::u16string_view next = m_s.lower(word(hit.end, u"a") && hit.end + 1 < m_end ? hit.end + 1 : hit.end);
      if (std::find(std::begin(k_formula), std::end(k_formula), next) != std::end(k_formula) ||
          (word(hit.end, u"a") && next == u"prayer")) {
        return std::nullopt;
      }
    }
    // ("troops had responded "befittingly"": one quoted adverb after the verb says how, not what.)
    if (hit.end + 2 < m_end && !word(hit.begin, u"said") && !word(hit.begin, u"says") && !word(hit.begin, u"say") &&
        m_s.is_open_quote(hit.end) && m_s.is_close_quote(hit.end + 2) &&
        m_s.lower(hit.end + 1).size() > 4 && m_s.lower(hit.end + 1).ends_with(u"ly")) {
      return std::nullopt;
    }
    // ("the hospital said it had admitted 45 patients with heatstroke": taken in, a count of
    // people after "admitted", not an admission.)
    if ((word(hit.begin, u"admitted") || word(hit.begin, u"admits") || word(hit.begin, u"admit")) && hit.end < m_end) {
      // (Not "more" or "some": "he admitted more could have been done".)
      static constexpr std::u16string_view k_taken_in[] = {u"about",  u"nearly",   u"almost",    u"around",
                                                           u"dozens", u"hundreds", u"thousands", u"patients"};
      if (m_s.tokens[hit.end].kind == text::TokenKind::number ||
          std::find(std::begin(k_taken_in), std::end(k_taken_in), m_s.lower(hit.end)) != std::end(k_taken_in)) {
        return std::nullopt;
      }
    }
    // ("the bloc's 27 member states that the law …", "Gulf states that border Iraq": "states"
    // after a count or a word that makes it the noun, with "that" its relative or the
    // verb's.)
    if (word(hit.begin, u"states") && hit.begin > 0) {
      static constexpr std::u16string_view k_noun_makers[] = {
          u"member", u"neighbouring", u"neighboring", u"nuclear", u"arab", u"gulf", u"baltic", u"african", u"european",
          u"united", u"island", u"coastal", u"border", u"frontline", u"rogue", u"sovereign", u"small", u"several",
          u"other", u"many", u"all", u"some", u"both", u"these", u"those", u"two", u"three", u"four", u"five",
          u"six", u"seven", u"eight", u"nine", u"ten", u"swing", u"battleground", u"western", u"eastern",
          u"southern", u"northern", u"muslim", u"donor", u"signatory", u"partner", u"allied", u"individual"};
      const std::u16string_view before = m_s.lower(hit.begin - 1);
      // ("sit in states that voted for him": after a preposition too.)
      if (m_s.tokens[hit.begin - 1].kind == text::TokenKind::number || is(WordClass::preposition, hit.begin - 1) ||
          std::find(std::begin(k_noun_makers), std::end(k_noun_makers), before) != std::end(k_noun_makers)) {
        return std::nullopt;
      }
    }
    // ("land claimed by Mapuche communities", "the figures reported by the ministry": a
    // participle with its agent after a noun describes the noun; no one speaks here.)
    if (hit.end == hit.begin + 1 && hit.begin > 0 && hit.end + 1 < m_end && word(hit.end, u"by") &&
        (word(hit.begin, u"claimed") || word(hit.begin, u"alleged") || word(hit.begin, u"reported") ||
         word(hit.begin, u"announced") || word(hit.begin, u"stated") || word(hit.begin, u"estimated")) &&
        m_s.is_word(hit.begin - 1) && !is(WordClass::auxiliary, hit.begin - 1) && !is(WordClass::adverb, hit.begin - 1) &&
        (is(WordClass::determiner, hit.end + 1) || m_s.tokens[hit.end + 1].capitalized ||
         m_s.lower(hit.end + 1).ends_with(u"s"))) {
      return std::nullopt;
    }
    // ("ISW assessed in its latest update that P": a judgement only with its "that", at most past
    // an adjunct; "engineers assessed the damage" gives none.)
    if (word(hit.begin, u"assessed") || word(hit.begin, u"assesses")) {
      std::uint32_t that = hit.end;
      if (that < m_end && is(WordClass::preposition, that)) {
        while (that < m_end && that < hit.end + 8 && m_s.is_word(that) && !word(that, u"that")) {
          ++that;
        }
      }
      if (that >= m_end || !word(that, u"that")) {
        return std::nullopt;
      }
    }
    // "put the death toll at 14", "puts the number of displaced at 2,000": a count given, read
    // as "estimated" is. "Put" is nothing else ("put pressure on"), so the count's noun and
    // its "at" must follow.
    if (cue.id == "en.put-at") {
      // ("put the crop at 17.3 mln tonnes", "put it as low as 16 mln", "put Argentina's crop at
      // a record 7.5 mln": a count, a crop or a sum, or "it" for one just named.)
      static constexpr std::u16string_view k_counts[] = {
          u"toll", u"number", u"figure", u"count", u"tally", u"total", u"cost", u"losses", u"damage",
          u"crop", u"crops", u"harvest", u"output", u"production", u"estimate", u"deficit", u"surplus",
          u"reserves", u"debt", u"exports", u"imports", u"sales", u"stocks", u"value", u"loss", u"it", u"them",
          u"consumption", u"demand", u"supply", u"supplies", u"growth", u"inflation", u"shortfall", u"plantings",
          u"acreage", u"yield", u"turnover", u"requirements", u"arrivals", u"shipments",
          // (a sum owed or held: "puts the claim of X at $260mn", "put the amount frozen at …")
          u"amount", u"claim", u"claims", u"sum", u"bill", u"valuation", u"assets", u"liabilities",
          // (a turnout or a crowd: "put turnout at just over 51%", "police put the crowd at 5,000")
          u"turnout", u"crowd", u"crowds", u"attendance", u"participation",
          // (a poll's share: "an exit poll had put the party at 32%", "put support for him at 40%")
          u"party", u"support", u"approval", u"rating", u"ratings",
          // (a measure or a change: "put the burnt area at about 9,100 hectares", "put the goal at
          // $250 billion", "put the decline closer to $65 million", "put the volume spilled at …")
          u"area", u"goal", u"distance", u"volume", u"decline", u"fall", u"drop", u"rise", u"increase", u"gap",
          u"price", u"size", u"population",
          // (a part of a whole: "had put the share of facilities affected at under 30 per cent")
          u"share", u"proportion", u"percentage"};
      // A count's first word after "at": a number or how near it is ("at three", "at roughly …").
      static constexpr std::u16string_view k_count_words[] = {
          u"about", u"around", u"least", u"more", u"nearly", u"some", u"over", u"a", u"an", u"only", u"zero", u"just",
          u"up", u"between", u"roughly", u"almost", u"approximately", u"less", u"fewer", u"under", u"below", u"well",
          u"several", u"dozens", u"hundreds", u"thousands", u"one", u"two", u"three", u"four", u"five", u"six",
          u"seven", u"eight", u"nine", u"ten", u"eleven", u"twelve", u"twenty", u"half"};
      bool count = false;
      bool at = false;
      // (The count's noun may have a long complement: "the share of public health facilities
      // affected by the strike at under 30 per cent".)
      for (std::uint32_t k = hit.end; k < m_end && k < hit.end + 14 && !m_s.is_comma(k) && !m_s.is_end_punct(k); ++k) {
        count = count || std::find(std::begin(k_counts), std::end(k_counts), m_s.lower(k)) != std::end(k_counts);
        const bool as_far_as = word(k, u"as") && k + 2 < m_end &&
                               (word(k + 1, u"low") || word(k + 1, u"high") || word(k + 1, u"much")) && word(k + 2, u"as");
        // (The count may be quoted: 'put the toll at "more than 70 dead"'.)
        const std::uint32_t n = k + 2 < m_end && m_s.is_quote_mark(k + 1) ? k + 2 : k + 1;
        const bool count_next =
            n < m_end && (m_s.tokens[n].kind == text::TokenKind::number || m_s.is_punct(n, u'$') ||
                          m_s.is_punct(n, u'\u00a3') || m_s.is_punct(n, u'\u20ac') ||
                          std::find(std::begin(k_count_words), std::end(k_count_words), m_s.lower(n)) != std::end(k_count_words));
        // ("put the likely cost closer to $1 billion": nearer a figure. Not "puts the toll higher",
        // with no figure, which the team's gold takes as a claim in 2 of 8 sentences.)
        const bool closer_to = word(k, u"closer") && k + 2 < m_end && word(k + 1, u"to") &&
                               (m_s.tokens[k + 2].kind == text::TokenKind::number || m_s.is_punct(k + 2, u'$') ||
                                m_s.is_punct(k + 2, u'\u00a3') || m_s.is_punct(k + 2, u'\u20ac'));
        at = at || (count && as_far_as) || (count && word(k, u"at") && count_next) || (count && closer_to);
      }
      // ("A YouGov poll published on Tuesday put Labour on 44%": a poll puts a party "on" its
      // share.)
      if (!count || !at) {
        bool poll_subject = false;
        for (std::uint32_t k = hit.begin; k-- > 0 && hit.begin - k <= 14 && !m_s.is_end_punct(k) && !poll_subject;) {
          poll_subject = word(k, u"poll") || word(k, u"polls") || word(k, u"survey") || word(k, u"surveys");
        }
        bool on_share = false;
        for (std::uint32_t k = hit.end + 1; k + 1 < m_end && k <= hit.end + 4 && !on_share && m_s.is_word(k); ++k) {
          // ("A Forsa poll put the FDP at 4%": or "at" it.)
          on_share = (word(k, u"on") || word(k, u"at")) && m_s.tokens[k + 1].kind == text::TokenKind::number;
        }
        if (poll_subject && on_share) {
          count = true;
          at = true;
        }
      }
      // ("put domestic consumption this year at about 640,000 tonnes": an adjective before the
      // count.)
      const auto count_at = [&](std::uint32_t k) {
        return k < m_end && std::find(std::begin(k_counts), std::end(k_counts), m_s.lower(k)) != std::end(k_counts);
      };
      const bool object = word(hit.end, u"the") || word(hit.end, u"it") || word(hit.end, u"its") ||
                          word(hit.end, u"their") || word(hit.end, u"them") ||
                          (hit.end < m_end && m_s.tokens[hit.end].capitalized && m_s.is_word(hit.end)) ||
                          (hit.end + 1 < m_end && m_s.is_word(hit.end) && !is(WordClass::preposition, hit.end) &&
                           count_at(hit.end + 1)) ||
                          // ("put turnout at just over 51%": the bare count noun.)
                          (count_at(hit.end) && hit.end + 1 < m_end && word(hit.end + 1, u"at"));
      if (!count || !at || !object) {
        return std::nullopt;
      }
      // ("Dealers said the rumours put the losses at 400 mln": a count inside someone's words
      // is part of them.)
      // (Not across a semicolon or a contrast: "Police said 8,000 attended; organizers put the
      // crowd at 30,000", "…, while organizers put it at 30,000", "…, although the Red Cross put
      // the toll at 14": a second count, the organizers' own.)
      std::uint32_t from = 0;
      for (std::uint32_t k = hit.begin; k-- > 0;) {
        if (m_s.is_punct(k, u';') ||
            (m_s.is_comma(k) && k + 1 < hit.begin &&
             (word(k + 1, u"while") || word(k + 1, u"whereas") || word(k + 1, u"but") || word(k + 1, u"although") ||
              word(k + 1, u"though")))) {
          from = k + 1;
          break;
        }
      }
      // ("The spokesman said fewer had joined, and put attendance at 80%": a verb joined by
      // "and" with no subject of its own is the speaker's second predicate, a count of its own.)
      const bool second_predicate = hit.begin > 0 && word(hit.begin - 1, u"and");
      // ("AFP, citing doctors it had contacted, put the toll at 105": a citing phrase set off
      // before the verb names the count's sources, no speaker it belongs to.)
      for (std::uint32_t k = from; k < hit.begin && !second_predicate; ++k) {
        if (const Hit* h = m_s.cue_at(k); h != nullptr && h->begin == k && !m_s.in_quote(k) &&
                                          !(m_s.lex.cues()[h->payload].frame == Frame::citing && k > 0 &&
                                            m_s.is_comma(k - 1) && m_s.is_comma(hit.begin - 1))) {
          return std::nullopt;
        }
      }
    }
    // ("The tweet, posted from the campaign's account late Monday, said P": a participle set
    // off between a subject and its verb, no verb of its own.)
    if (set_off_participle(hit)) {
      return std::nullopt;
    }
    // ("citing lawmakers briefed by the spy agency, also reported": a participle after its
    // noun, no verb of its own; "were briefed by" is one.)
    if (hit.end == hit.begin + 1 && hit.begin > 0 && hit.end < m_end && word(hit.end, u"by") &&
        m_s.lower(hit.begin).ends_with(u"ed") && m_s.is_word(hit.begin - 1) && !m_s.tokens[hit.begin - 1].capitalized &&
        m_s.noun_covering(hit.begin - 1) != nullptr && !is(WordClass::auxiliary, hit.begin - 1) &&
        !is(WordClass::adverb, hit.begin - 1)) {
      return std::nullopt;
    }
    // ("other Southern states that did not expand Medicaid": the noun and a relative clause,
    // whose verb comes right after "that"; the verb "states that" is followed by a clause.)
    if (word(hit.begin, u"states") && hit.end < m_end && word(hit.end - 1, u"that") &&
        is(WordClass::auxiliary, hit.end) && !word(hit.end, u"'s")) {
      return std::nullopt;
    }
    // ("a run of big-budget shows that opened in the same season": the plural noun, then its
    // relative clause, whose verb comes right after "that".)
    if ((word(hit.begin, u"shows") || word(hit.begin, u"states") || word(hit.begin, u"notes") ||
         word(hit.begin, u"reports")) &&
        hit.begin > 0 && m_s.is_word(hit.begin - 1) && !m_s.tokens[hit.begin - 1].capitalized &&
        m_s.noun_covering(hit.begin - 1) == nullptr && m_s.entity_covering(hit.begin - 1) == nullptr &&
        !is(WordClass::pronoun_male, hit.begin - 1) && !is(WordClass::pronoun_female, hit.begin - 1) &&
        !is(WordClass::pronoun_thing, hit.begin - 1) && !is(WordClass::pronoun_plural, hit.begin - 1) &&
        !is(WordClass::statement_noun, hit.begin - 1)) {
      std::uint32_t t = hit.end;
      if (t < m_end && word(t, u"that")) {
        ++t;
      }
      if (t > hit.end && t < m_end && m_s.is_word(t) && !m_s.tokens[t].capitalized && m_s.lower(t).size() > 4 &&
          m_s.lower(t).ends_with(u"ed")) {
        return std::nullopt;
      }
    }
    // "the museum would tell an American story", "told a joke": a story told is a thing, not a
    // proposition (with "that" it is one: "told the story that P" is not this).
    if (word(hit.begin, u"tell") || word(hit.begin, u"tells") || word(hit.begin, u"told") ||
        word(hit.begin, u"telling")) {
      static constexpr std::u16string_view k_told_things[] = {u"story", u"stories", u"tale", u"tales", u"joke",
                                                              u"jokes", u"anecdote", u"anecdotes", u"lie", u"lies"};
      for (std::uint32_t k = hit.end; k < m_end && k < hit.end + 4 && m_s.is_word(k) && !word(k, u"that"); ++k) {
        if (std::find(std::begin(k_told_things), std::end(k_told_things), m_s.lower(k)) != std::end(k_told_things)) {
          return std::nullopt;
        }
      }
      // ("X tells it differently", "told it otherwise": a manner of telling, no content.)
      if (hit.end + 1 < m_end && word(hit.end, u"it") &&
          (word(hit.end + 1, u"differently") || word(hit.end + 1, u"otherwise") || word(hit.end + 1, u"straight"))) {
        return std::nullopt;
      }
    }
    // "Reuters was told by a senior official that P": the one told stands first, the speaker
    // after "by"; a medium told relays.
    if (word(hit.begin, u"told") && hit.begin > 0 && passive_auxiliary(hit.begin - 1) && hit.end + 2 < m_end &&
        word(hit.end, u"by")) {
      std::uint32_t k = hit.end + 1;
      while (k < m_end && k - hit.end < 14 && m_s.is_word(k) && !word(k, u"that")) {
        ++k;
      }
      // ("had never been told by anyone at the club that P": no one told him; the sentence's
      // speaker is elsewhere, "…, he added".)
      const bool no_one = word(hit.end + 1, u"anyone") || word(hit.end + 1, u"anybody") ||
                          word(hit.end + 1, u"nobody") || word(hit.end + 1, u"someone") ||
                          (word(hit.end + 1, u"no") && word(hit.end + 2, u"one"));
      if (k + 1 < m_end && k > hit.end + 1 && word(k, u"that") && !no_one) {
        std::uint32_t aux = hit.begin - 1;
        while (aux > 0 && passive_auxiliary(aux - 1)) {
          --aux;  // "has been told by"
        }
        const NounPhrase told = subject_left(aux);
        Attribution a = base(hit, cue);
        a.sources = {phrase(hit, hit.end + 1, k)};
        if (!told.empty() && recipient_is_medium(told)) {
          SourcePhrase outer = phrase(hit, told.begin, told.end);
          outer.recipient = true;
          a.sources.insert(a.sources.begin(), outer);
        }
        return spanned(std::move(a), told.empty() ? aux : told.begin, k + 1, m_end);
      }
    }
    // ("buyers can claim a credit of up to $7,500", "claimed compensation", "claim asylum":
    // what is claimed is a payment or a right, no statement.)
    if (m_s.lower(hit.begin).starts_with(u"claim") && hit.end == hit.begin + 1) {
      std::uint32_t k = hit.end;
      while (k < m_end && k < hit.end + 3 &&
             (is(WordClass::determiner, k) || possessive_at(k) || word(k, u"tax") || word(k, u"full") || word(k, u"federal"))) {
        ++k;
      }
      static constexpr std::u16string_view k_payments[] = {
          u"credit",   u"credits",       u"refund",     u"refunds",       u"compensation", u"damages",
          u"benefit",  u"benefits",      u"allowance",  u"allowances",    u"asylum",       u"expenses",
          u"rebate",   u"rebates",       u"deduction",  u"deductions",    u"reimbursement", u"subsidy",
          u"subsidies", u"unemployment", u"insurance",  u"payouts",       u"payout"};
      if (k < m_end && std::find(std::begin(k_payments), std::end(k_payments), m_s.lower(k)) != std::end(k_payments)) {
        return std::nullopt;
      }
    }
    // "had charged 60,000 customers £4.50 a week": billing, no allegation (PolNeAR keeps
    // "charged X with fraud" as one).
    if (word(hit.begin, u"charged") || word(hit.begin, u"charges") || word(hit.begin, u"charge")) {
      bool price = false;
      for (std::uint32_t k = hit.end; k < m_end && k < hit.end + 7 && !word(k, u"with") && !word(k, u"that"); ++k) {
        price = price || m_s.is_punct(k, u'\u00a3') || m_s.is_punct(k, u'$') || m_s.is_punct(k, u'\u20ac') ||
                word(k, u"pounds") || word(k, u"dollars") || word(k, u"euros") || word(k, u"pence") || word(k, u"cents");
      }
      if (price) {
        return std::nullopt;
      }
    }
    // A cue of how something was said reports only a quotation ('"Q," mumbled one onlooker',
    // 'he shouted: "Q"'); "shouted insults at the chairman" is no report.
    if (cue.quotation_only) {
      bool quotation = hit.end < m_end && (m_s.is_punct(hit.end, u':') || m_s.is_open_quote(hit.end));
      for (std::uint32_t k = hit.begin; k > 0 && hit.begin - k < 7 && !quotation; --k) {
        quotation = m_s.is_close_quote(k - 1);
      }
      if (!quotation) {
        return std::nullopt;
      }
    }
    // "put it" reports only in "as X put it" ("he put it on the table" is no speech).
    if (word(hit.begin, u"put") && hit.end - hit.begin == 2) {
      bool as = false;
      for (std::uint32_t k = hit.begin; k > 0 && hit.begin - k < 7 && !as; --k) {
        as = word(k - 1, u"as");
      }
      if (!as) {
        return std::nullopt;
      }
    }
    // ("Molecular Oncology Reports", "Consumer Reports": a capitalised "Reports" after a
    // capitalised word mid-sentence ends a title, no verb.)
    if (word(hit.begin, u"reports") && hit.end == hit.begin + 1 && hit.begin > 1 && m_s.tokens[hit.begin].capitalized &&
        m_s.is_word(hit.begin - 1) && m_s.tokens[hit.begin - 1].capitalized && !m_s.tokens[hit.begin - 1].all_caps) {
      bool title_case = true;  // (a headline in title case capitalises every word)
      for (std::uint32_t k = 0; k < hit.begin && title_case; ++k) {
        title_case = !m_s.is_word(k) || m_s.tokens[k].capitalized || is(WordClass::determiner, k) ||
                     is(WordClass::preposition, k);
      }
      if (!title_case) {
        return std::nullopt;
      }
    }
    // ("the first company charged with breaching the DMA": a charge brought against someone, no
    // claim of the one charged.)
    // ("officers had charged at protesters", "riot police charged into the crowd": a charge on
    // foot, no allegation.)
    if ((word(hit.begin, u"charged") || word(hit.begin, u"charges")) && hit.end == hit.begin + 1 && hit.end < m_end &&
        (word(hit.end, u"with") || word(hit.end, u"at") || word(hit.end, u"into") || word(hit.end, u"toward") ||
         word(hit.end, u"towards") || word(hit.end, u"through") || word(hit.end, u"across"))) {
      return std::nullopt;
    }
    // ("explanations for uranium traces found at two undeclared sites": a thing found somewhere,
    // the participle right after its noun, no finding reported, unless a "that" clause follows;
    // "investigators have found in a preliminary report" reports.)
    // ("Higenamine, found in some plant extracts, has been …": or set off after its noun.)
    if (word(hit.begin, u"found") && hit.end == hit.begin + 1 && hit.end < m_end && hit.begin > 0 &&
        (m_s.is_comma(hit.begin - 1) ||
         (m_s.is_word(hit.begin - 1) && !m_s.tokens[hit.begin - 1].capitalized && !is(WordClass::auxiliary, hit.begin - 1) &&
          !is(WordClass::adverb, hit.begin - 1) && m_s.noun_covering(hit.begin - 1) == nullptr &&
          m_s.entity_covering(hit.begin - 1) == nullptr)) &&
        (word(hit.end, u"at") || word(hit.end, u"near") || word(hit.end, u"inside") || word(hit.end, u"on") ||
         word(hit.end, u"in"))) {
      bool that = false;
      for (std::uint32_t k = hit.end + 1; k < m_end && k <= hit.end + 8 && !that && !m_s.is_comma(k); ++k) {
        that = word(k, u"that");
      }
      if (!that) {
        return std::nullopt;
      }
    }
    // "has received 63 reports of burns": reports counted are a noun, not the verb.
    if (word(hit.begin, u"reports") && hit.end == hit.begin + 1 && hit.begin > 0 &&
        m_s.tokens[hit.begin - 1].kind == text::TokenKind::number) {
      return std::nullopt;
    }
    // ("Ballal denied the looting claims, saying P", "rejected the abuse reports": the object of
    // a denial, a determiner and a modifier before it, is the noun, not the verb.)
    if ((word(hit.begin, u"claims") || word(hit.begin, u"reports") || word(hit.begin, u"allegations")) &&
        hit.end == hit.begin + 1 && hit.begin >= 3 && m_s.is_word(hit.begin - 1) && !m_s.tokens[hit.begin - 1].capitalized &&
        (word(hit.begin - 2, u"the") || word(hit.begin - 2, u"these") || word(hit.begin - 2, u"those"))) {
      if (const Hit* verb = m_s.cue_at(hit.begin - 3);
          verb != nullptr && verb->end == hit.begin - 2 && m_s.lex.cues()[verb->payload].commitment == Commitment::denial) {
        return std::nullopt;
      }
    }
    // "followed pledges on tax reform", "promises of more money": the plural noun, not the verb.
    if ((word(hit.begin, u"pledges") || word(hit.begin, u"promises") || word(hit.begin, u"vows")) &&
        hit.end < m_end && (is(WordClass::preposition, hit.end) || m_s.is_comma(hit.end) || m_s.is_end_punct(hit.end))) {
      return std::nullopt;
    }
    // "ruled on Tuesday that P" reports; "ruled the country", "ruled out talks" do not: the
    // bare verb only with "that" after a short adjunct.
    // ("A rally held that day", "talks held that month": "that" is the day's determiner.)
    if (cue.id == "en.ruled" && word(hit.end - 1, u"that") && hit.end < m_end && is(WordClass::time_word, hit.end)) {
      return std::nullopt;
    }
    if (cue.id == "en.ruled" && !word(hit.end - 1, u"that")) {
      bool that = false;
      for (std::uint32_t k = hit.end; k < m_end && k < hit.end + 6 && !m_s.is_comma(k) && !that; ++k) {
        that = word(k, u"that");
      }
      // ("P, the court's immigration section ruled on Friday.": postposed after a court's
      // noun, with nothing after it but when it ruled.)
      bool court_after_comma = false;
      for (std::uint32_t k = hit.begin; k-- > 0 && hit.begin - k <= 7;) {
        if (m_s.is_comma(k)) {
          for (std::uint32_t t = k + 1; t < hit.begin && !court_after_comma; ++t) {
            court_after_comma = word(t, u"court") || word(t, u"judge") || word(t, u"judges") || word(t, u"tribunal") ||
                                word(t, u"section") || word(t, u"justices") || word(t, u"panel");
          }
          break;
        }
        if (!m_s.is_word(k) && !m_s.is_punct(k, u'\'') && !m_s.is_punct(k, u'\u2019')) {
          break;
        }
      }
      const bool postposed_end = hit.end >= m_end || m_s.is_end_punct(hit.end) || m_s.is_comma(hit.end) ||
                                 word(hit.end, u"on") || is(WordClass::time_word, hit.end);
      if ((!that && !(court_after_comma && postposed_end)) || word(hit.end, u"out")) {
        return std::nullopt;
      }
    }
    // A cue that reports only a clause: "has maintained a news bureau there since 1990" keeps
    // a thing ("maintained that P", "maintains the loan was repaid" report).
    // (A preposition after it opens an adjunct, "wrote on Facebook", after which the clause or,
    // before the verb, the quotation comes: read as any cue.)
    // (Nor after a quotation, '"Q," she wrote Wednesday', whose content stands before it.)
    auto after_quotation = [&] {
      for (std::uint32_t k = hit.begin; k-- > 0 && hit.begin - k <= 6;) {
        if (m_s.is_close_quote(k)) {
          return true;
        }
      }
      return false;
    };
    if (cue.clause_only && hit.end < m_end && m_s.is_word(hit.end) && !word(hit.end, u"that") &&
        !m_s.is_exact(WordClass::preposition, hit.end) && !m_s.is_open_quote(hit.end) &&
        !m_s.is_punct(hit.end, u':') && !m_s.is_comma(hit.end) && !is(WordClass::time_word, hit.end) &&
        !after_quotation()) {
      // ("several coordinators had signalled their support even before the questioning ended": a
      // verb after a subordinator is the adjunct's; the object is a noun phrase.)
      bool clause = false;
      for (std::uint32_t k = hit.end + 1; k < m_end && k < hit.end + 9 && m_s.is_word(k) && !clause; ++k) {
        if (is(WordClass::subordinator, k)) {
          break;
        }
        clause = finite_verb_within(k, 1);
      }
      if (!clause) {
        return std::nullopt;
      }
    }
    // ("the relief, which shows a young woman holding a bird, came from …": what a thing shows
    // in a relative clause, a noun phrase with no clause, is what it depicts; "a poll shows the
    // race tied" still reports.)
    if (word(hit.begin, u"shows") && hit.begin > 0 && word(hit.begin - 1, u"which") && hit.end < m_end &&
        !word(hit.end, u"that") && !finite_verb_within(hit.end, 8)) {
      return std::nullopt;
    }
    // ("Photos shared by passengers appear to show the nose cone caved in": what a picture,
    // footage or a record seems to show; "the raid appeared to show that P" is an inference.)
    // (The picture may come with where it was posted and when: "Videos posted on the Weibo social
    // media platform this week appeared to show P".)
    if (hit.end - hit.begin >= 3 && (word(hit.end - 1, u"show") || word(hit.end - 1, u"capture"))) {
      bool picture = false;
      for (std::uint32_t k = hit.begin; k-- > 0 && hit.begin - k <= 12 && !picture;) {
        picture = picture_noun(k) || word(k, u"document") || word(k, u"documents") || word(k, u"records") ||
                  word(k, u"data");
      }
      if (!picture) {
        return std::nullopt;
      }
    }
    // ("A week later claims surfaced that P": the noun before a verb of coming to light, read
    // by nominal_that; no verb "claims".)
    if (hit.end == hit.begin + 1 && surfaced_that(hit.begin) != 0) {
      return std::nullopt;
    }
    // ("a vessel reported stolen from a county museum", "two climbers reported missing": a
    // reduced relative after a common noun describes the thing; it reports no one's words.)
    if (word(hit.begin, u"reported") && hit.end < m_end && hit.begin > 0 && m_s.is_word(hit.begin - 1) &&
        !m_s.tokens[hit.begin - 1].capitalized && m_s.noun_covering(hit.begin - 1) == nullptr &&
        !is(WordClass::auxiliary, hit.begin - 1) && !is(WordClass::pronoun_plural, hit.begin - 1) &&
        !is(WordClass::pronoun_male, hit.begin - 1) && !is(WordClass::pronoun_female, hit.begin - 1) &&
        !is(WordClass::adverb, hit.begin - 1)) {
      static constexpr std::u16string_view k_states[] = {u"stolen", u"missing", u"killed", u"dead", u"injured",
                                                         u"wounded", u"lost", u"seized", u"kidnapped", u"abducted",
                                                         u"damaged", u"destroyed", u"looted", u"sunk", u"found"};
      if (std::find(std::begin(k_states), std::end(k_states), m_s.lower(hit.end)) != std::end(k_states)) {
        return std::nullopt;
      }
      // ("the first deaths from the disease reported anywhere in the world": where or how far,
      // after the thing reported.)
      static constexpr std::u16string_view k_where[] = {u"anywhere", u"elsewhere", u"worldwide", u"nationwide",
                                                        u"globally", u"so", u"yet", u"locally"};
      if (std::find(std::begin(k_where), std::end(k_where), m_s.lower(hit.end)) != std::end(k_where)) {
        return std::nullopt;
      }
    }
    // "learned of it from a reporter", "heard about the plan": knowing of a thing is no report.
    if ((word(hit.begin, u"learned") || word(hit.begin, u"learnt") || word(hit.begin, u"heard")) && hit.end < m_end &&
        (word(hit.end, u"of") || word(hit.end, u"about"))) {
      return std::nullopt;
    }
    // ("inspectors had found the company pumping more water", "reported their camps to the
    // authorities": what was seen being done, or a thing reported to someone, no proposition.)
    if ((word(hit.begin, u"found") || word(hit.begin, u"reported")) && hit.end + 2 < m_end && !word(hit.end, u"that") &&
        !m_s.is_comma(hit.end) && !m_s.is_open_quote(hit.end)) {
      for (std::uint32_t k = hit.end + 1; k < m_end && k <= hit.end + 4 && m_s.is_word(k) && !word(k, u"that"); ++k) {
        const std::u16string_view t = m_s.lower(k);
        // ("found his rating had fallen", "found the building was unsafe": after a determiner
        // the word is a noun.)
        const bool noun_after_determiner =
            is(WordClass::determiner, k - 1) || possessive_at(k - 1) || word(k - 1, u"our") || word(k - 1, u"'s") ||
            // ("found Starmer's net satisfaction rating had fallen": the clause's own verb next.)
            (k + 1 < m_end && is(WordClass::auxiliary, k + 1));
        if ((word(hit.begin, u"found") && t.size() > 4 && t.ends_with(u"ing") && !m_s.tokens[k].capitalized &&
             !noun_after_determiner) ||
            (word(hit.begin, u"reported") && t == u"to" && k + 1 < m_end && !finite_verb_within(hit.end, k - hit.end))) {
          return std::nullopt;
        }
      }
    }
    // ("the level found in the sample was …": a participle after a noun that names no source,
    // the thing found, not a finding reported.)
    if (word(hit.begin, u"found") && hit.begin >= 2 && hit.end < m_end && is(WordClass::preposition, hit.end) &&
        is(WordClass::determiner, hit.begin - 2) && m_s.is_word(hit.begin - 1) && !m_s.tokens[hit.begin - 1].capitalized &&
        m_s.noun_covering(hit.begin - 1) == nullptr && m_s.entity_covering(hit.begin - 1) == nullptr) {
      return std::nullopt;
    }
    // "argued over whether to offer refunds", "insisted on anonymity": quarrelling over a thing
    // or demanding it, no proposition.
    // ("Boeing had argued for weeks that P", "argued on Monday that P": a time, then the
    // clause, is a saying.)
    auto time_then_that = [&] {
      if (hit.end + 2 >= m_end || !(is(WordClass::time_word, hit.end + 1) || is(WordClass::month, hit.end + 1))) {
        return false;
      }
      for (std::uint32_t k = hit.end + 2; k < m_end && k <= hit.end + 4; ++k) {
        if (word(k, u"that")) {
          return true;
        }
      }
      return false;
    };
    // ("argued on the debate stage that P", "insisted on the campaign trail that P": where it was
    // said, a determiner and a few words, then "that" and a clause with its own subject; "that
    // would …" after the noun is a relative clause on it.)
    auto place_then_that = [&] {
      if (!word(hit.end, u"on") || hit.end + 3 >= m_end || !word(hit.end + 1, u"the")) {
        return false;
      }
      for (std::uint32_t k = hit.end + 3; k < m_end && k <= hit.end + 5 && m_s.is_word(k); ++k) {
        if (word(k, u"that")) {
          return k + 1 < m_end && m_s.is_word(k + 1) && !is(WordClass::auxiliary, k + 1) &&
                 m_s.cue_at(k + 1) == nullptr && !m_s.lower(k + 1).ends_with(u"ed");
        }
        if (m_s.cue_at(k) != nullptr || is(WordClass::auxiliary, k)) {
          return false;
        }
      }
      return false;
    };
    if (hit.end < m_end && (m_s.lower(hit.begin).starts_with(u"argu") || m_s.lower(hit.begin).starts_with(u"insist")) &&
        (word(hit.end, u"over") || word(hit.end, u"about") || word(hit.end, u"with") || word(hit.end, u"against") ||
         word(hit.end, u"on") || word(hit.end, u"upon") || word(hit.end, u"for")) &&
        !((word(hit.end, u"on") || word(hit.end, u"for")) && time_then_that()) && !place_then_that()) {
      return std::nullopt;
    }
    // "Moscow responded with a blast on February 26", "replied with a counter-offer": an act
    // in answer, no proposition (a quotation after "with" is still one's words).
    if (hit.end + 1 < m_end && word(hit.end, u"with") && !m_s.is_open_quote(hit.end + 1) &&
        (word(hit.begin, u"responded") || word(hit.begin, u"replied") || word(hit.begin, u"answered") ||
         word(hit.begin, u"replies"))) {
      return std::nullopt;
    }
    // ("had told its experts about the strike": the one told, then what it was about, with no
    // clause after it, no proposition.)
    if ((word(hit.begin, u"told") || word(hit.begin, u"tells") || word(hit.begin, u"tell")) && hit.end < m_end) {
      // (Only the one told before it, a noun phrase: "told the chairman they were uneasy about
      // P" has a clause there.)
      for (std::uint32_t k = hit.end + 1; k < m_end && k < hit.end + 5 && m_s.is_word(k) && !word(k, u"that") &&
                                          !is(WordClass::auxiliary, k) && !is(WordClass::verb_blocker, k) &&
                                          !is_personal_pronoun(k) && !m_s.lower(k).ends_with(u"ed");
           ++k) {
        if (word(k, u"about")) {
          bool clause = false;
          for (std::uint32_t t = k + 1; t < m_end && !clause; ++t) {
            clause = (word(t, u"that") && !word(t - 1, u"and") && !word(t - 1, u"but")) || m_s.is_quote_mark(t) ||
                     m_s.is_punct(t, u':');
          }
          if (!clause) {
            return std::nullopt;
          }
          break;
        }
      }
    }
    // "informed the White House of her decision": the one told, then a thing, no proposition.
    if ((word(hit.begin, u"informed") || word(hit.begin, u"notified") || word(hit.begin, u"briefed")) && hit.end < m_end) {
      for (std::uint32_t k = hit.end; k < m_end && k < hit.end + 6 && m_s.is_word(k) && !word(k, u"that"); ++k) {
        if (k > hit.end && (word(k, u"of") || word(k, u"about") || word(k, u"on"))) {
          return std::nullopt;
        }
      }
      // ("the NIS had briefed the committee behind closed doors": the one told and where, no
      // proposition without its "that" or a quotation.)
      // ("two people briefed on the episode said": a participle describing the source.)
      if (word(hit.begin, u"briefed") && (word(hit.end, u"on") || word(hit.end, u"about"))) {
        return std::nullopt;
      }
      if (word(hit.begin, u"briefed") && !word(hit.end, u"by")) {
        bool said = false;
        for (std::uint32_t k = hit.end; k < m_end && k < hit.end + 9 && !said && !m_s.is_end_punct(k); ++k) {
          said = word(k, u"that") || m_s.is_open_quote(k) || m_s.is_punct(k, u':');
        }
        if (!said) {
          return std::nullopt;
        }
      }
    }
    // "The Hill first reported the cancellations": credit for a scoop, not the news itself.
    if (hit.begin > 0 && word(hit.begin - 1, u"first") && (word(hit.begin, u"reported") || word(hit.begin, u"reports"))) {
      bool that = false;
      for (std::uint32_t k = hit.end; k < m_end && k < hit.end + 3; ++k) {
        that = that || word(k, u"that") || m_s.is_open_quote(k) || m_s.is_punct(k, u':');
      }
      // ("first reported on Wednesday, citing …, that P": "on" a day is when, not what about.)
      const bool on_a_day = word(hit.end, u"on") && hit.end + 1 < m_end &&
                            (is(WordClass::time_word, hit.end + 1) || is(WordClass::month, hit.end + 1));
      if (!that && hit.end < m_end && (word(hit.end, u"the") || (word(hit.end, u"on") && !on_a_day))) {
        return std::nullopt;
      }
    }
    // "Having said that, …", "That said, …": a discourse connective, no report.
    if (hit.begin > 0 && word(hit.begin - 1, u"having") && hit.end < m_end && word(hit.end, u"that")) {
      return std::nullopt;
    }
    if (hit.begin > 0 && word(hit.begin - 1, u"that") && hit.end < m_end && m_s.is_comma(hit.end) &&
        (hit.begin == 1 || !m_s.is_word(hit.begin - 2))) {
      return std::nullopt;
    }
    // "the study added to growing evidence": "add to" a thing is no speech.
    if ((word(hit.begin, u"added") || word(hit.begin, u"adds") || word(hit.begin, u"add")) && hit.end + 1 < m_end &&
        word(hit.end, u"to") && m_s.is_word(hit.end + 1) && !m_s.tokens[hit.end + 1].capitalized &&
        !is(WordClass::recipient_noun, hit.end + 1) &&
        // ("firms added to the US list": "US" is no "us".)
        (!is(WordClass::recipient_noun, hit.end + 2) || word(hit.end + 2, u"us"))) {
      return std::nullopt;
    }
    // ("the swap could add about 0.3 percentage points to growth", "will add 2 million jobs": a
    // quantity added is arithmetic, no speech.)
    if ((word(hit.begin, u"added") || word(hit.begin, u"adds") || word(hit.begin, u"add")) && hit.end < m_end) {
      std::uint32_t k = hit.end;
      while (k + 1 < m_end && k - hit.end < 3 &&
             (word(k, u"about") || word(k, u"around") || word(k, u"nearly") || word(k, u"roughly") ||
              word(k, u"some") || word(k, u"another") || word(k, u"up") || word(k, u"to") || word(k, u"more") ||
              word(k, u"than") || word(k, u"almost") || word(k, u"over") || word(k, u"an") || word(k, u"extra"))) {
        ++k;
      }
      // (Not a clause that opens with a count: "He added 25 people had been arrested".)
      if (m_s.tokens[k].kind == text::TokenKind::number && !finite_verb_within(k + 1, 4)) {
        return std::nullopt;
      }
    }
    // "KCNA quoted Ri, who it said had inspected the area, as saying P": "who it said" is a
    // parenthesis inside the relay's object, which the relay frame reads.
    if (hit.begin >= 2 && (word(hit.begin - 2, u"who") || word(hit.begin - 2, u"whom") || word(hit.begin - 2, u"which")) &&
        (word(hit.begin - 1, u"it") || word(hit.begin - 1, u"he") || word(hit.begin - 1, u"she") ||
         word(hit.begin - 1, u"they")) &&
        find_as_saying(hit.end) < m_end) {
      return std::nullopt;
    }
    // ("A spokesman said the proposals were needed to hold down the farm budget, which he said
    // would overshoot its ceiling": the speaker, as a pronoun, saying it again inside a relative
    // clause of his own statement; the statement runs on through it.)
    if (hit.begin >= 3 && (word(hit.begin - 2, u"which") || word(hit.begin - 2, u"who")) &&
        (word(hit.begin - 1, u"he") || word(hit.begin - 1, u"she") || word(hit.begin - 1, u"they")) &&
        hit.end < m_end && m_s.is_word(hit.end) && (is(WordClass::auxiliary, hit.end) || word(hit.end, u"was") ||
                                                    word(hit.end, u"were") || word(hit.end, u"is") || word(hit.end, u"are"))) {
      for (std::uint32_t k = 0; k + 2 < hit.begin; ++k) {
        if (const Hit* before = m_s.cue_at(k); before != nullptr && before->begin == k &&
                                                m_s.lex.cues()[before->payload].frame == Frame::speech &&
                                                !frames::quoted(m_s, k) && !frames::negated(m_s, k)) {
          return std::nullopt;
        }
      }
    }
    Attribution a = base(hit, cue);
    // "is said to", "was reported", "were believed": passive, a hedge rather than a source.
    {
      std::uint32_t t = hit.begin;
      while (t > 0 && is(WordClass::adverb, t - 1) && !word(t - 1, u"has") && !word(t - 1, u"had")) {
        --t;
      }
      // (Not the noun: "There were reports that P".)
      const bool report_noun = (word(hit.begin, u"reports") || word(hit.begin, u"claims")) && hit.begin == t &&
                               t >= 2 && word(t - 2, u"there");
      if (t > 0 && passive_auxiliary(t - 1) && !report_noun) {
        return std::nullopt;
      }
      // "would not discuss a newspaper report that P", "amid reports that P": the report is
      // the source of what its "that" clause says.
      // ("report that" is a cue of its own: "report" alone is as often the noun of a subject.)
      const bool report_that = hit.end == hit.begin + 2 && word(hit.begin, u"report") && word(hit.begin + 1, u"that");
      // ("There were reports in Rosario that P": where the reports came from, then "that".)
      std::uint32_t that_at = hit.end;
      // (Opening the sentence, "Reports on Nigerien social media that P could not be confirmed":
      // the noun, and where the reports ran in any words.)
      // (Not a relative clause: "Reports that surfaced over the summer suggested that P".)
      auto relative_after = [&](std::uint32_t v) {
        return v < m_end && m_s.is_word(v) && !m_s.tokens[v].capitalized &&
               (m_s.lower(v).ends_with(u"ed") || is(WordClass::auxiliary, v) || is(WordClass::verb_blocker, v) ||
                m_s.cue_at(v) != nullptr || came_to_light(v));
      };
      bool opening_noun = hit.begin == 0 && hit.end == 1 && (word(0, u"reports") || word(0, u"claims"));
      if (!report_that && hit.end + 2 < m_end &&
          (word(hit.end, u"in") || word(hit.end, u"from") || (opening_noun && word(hit.end, u"on")))) {
        std::uint32_t k = hit.end + 1;
        while (k < m_end && k < hit.end + (opening_noun ? 7 : 5) && m_s.is_word(k) &&
               (m_s.tokens[k].capitalized || (opening_noun && !word(k, u"that") && m_s.cue_at(k) == nullptr))) {
          ++k;
        }
        if (k > hit.end + 1 && k < m_end && word(k, u"that")) {
          that_at = k;
        }
      }
      if (opening_noun && that_at < m_end && word(that_at, u"that") && relative_after(that_at + 1)) {
        opening_noun = false;
      }
      if ((word(hit.begin, u"reports") || word(hit.begin, u"report") || word(hit.begin, u"claims") ||
           word(hit.begin, u"claim")) &&
          (hit.begin > 0 || opening_noun) && that_at + (report_that ? 0 : 1) < m_end &&
          (report_that || word(that_at, u"that")) && m_s.is_word(report_that ? hit.end : that_at + 1) &&
          (opening_noun ||
           (!is(WordClass::pronoun_male, hit.begin - 1) && !is(WordClass::pronoun_female, hit.begin - 1) &&
            !is(WordClass::pronoun_thing, hit.begin - 1) && !is(WordClass::pronoun_plural, hit.begin - 1)))) {
        std::uint32_t nb = hit.begin;
        while (nb > 0 && nb + 4 > hit.begin && m_s.is_word(nb - 1) && !m_s.tokens[nb - 1].capitalized &&
               !is(WordClass::preposition, nb - 1) && !is(WordClass::verb_blocker, nb - 1) &&
               m_s.cue_at(nb - 1) == nullptr && !word(nb - 1, u"and") && !is(WordClass::relative, nb - 1) &&
               !(m_s.lower(nb - 1).size() > 4 && m_s.lower(nb - 1).ends_with(u"ing"))) {  // "investigating claims"
          --nb;  // "a press report", "unconfirmed newspaper reports"
        }
        // (Not past a relative pronoun: in "Daebong Motors, which claims that P" the verb claims.)
        while (nb < hit.begin && (word(nb, u"as") || word(nb, u"baseless") || word(nb, u"false"))) {
          ++nb;
        }
        // (A denial's object is what it denies: "denied as baseless reports that P".)
        bool denied = false;
        for (std::uint32_t k = hit.begin; k-- > 0 && hit.begin - k <= 4;) {
          if (const Hit* c = m_s.cue_at(k); c != nullptr && m_s.lex.cues()[c->payload].commitment == Commitment::denial) {
            denied = true;
          }
        }
        const bool noun_use = opening_noun || nb < hit.begin || is(WordClass::preposition, hit.begin - 1) ||
                              word(hit.begin - 1, u"amid") || report_noun ||
                              (m_s.lower(hit.begin - 1).size() > 4 && m_s.lower(hit.begin - 1).ends_with(u"ing"));
        // ("X is recalling heaters after reports that P, regulators said": the reports are
        // part of what the source after the comma says, not a claim of their own.)
        bool inside_postposed = false;
        for (std::uint32_t k = that_at + 1; k < m_end && !inside_postposed; ++k) {
          if (!m_s.is_comma(k)) {
            continue;
          }
          for (std::uint32_t j = k + 1; j < m_end && j <= k + 6 && m_s.is_word(j) && !word(j, u"that"); ++j) {
            // (", but these could not be confirmed": a negated verb says it is not confirmed.)
            if (const Hit* said = m_s.cue_at(j); said != nullptr && said->begin == j && j > k + 1 &&
                                                  m_s.lex.cues()[said->payload].frame == Frame::speech &&
                                                  !frames::negated(m_s, j)) {
              inside_postposed = said->end >= m_end || m_s.is_end_punct(said->end) ||
                                 (m_s.is_word(said->end) && !word(said->end, u"that") && said->end + 3 >= m_end);
              break;
            }
          }
        }
        if (noun_use && !denied && !inside_postposed) {
          Attribution nominal = base(hit, cue);
          const std::uint32_t noun_end = report_that ? hit.end - 1 : hit.end;
          nominal.sources = {phrase(hit, nb, opening_noun && that_at > hit.end ? that_at : noun_end)};
          nominal.region_begin = nb;
          nominal.region_end = noun_end + 1;
          AfterVerb av;
          av.content = report_that ? noun_end + 1 : that_at + 1;
          av.next = noun_end;
          av.has_content = true;
          av.marked = true;
          std::optional<Attribution> read = finish_preposed(nominal, av);
          // ("Reports that P could not be confirmed": the noun phrase is the sentence's subject,
          // so after the clause's verb an auxiliary starts the sentence's own.)
          if (read && opening_noun) {
            bool clause_verb = false;
            for (std::uint32_t w = read->content_begin + 1; w < read->content_end; ++w) {
              const std::u16string_view v = m_s.lower(w);
              const bool aux = is(WordClass::auxiliary, w) || is(WordClass::verb_blocker, w);
              if (clause_verb && aux && !word(w, u"been") && !word(w, u"being") && !word(w, u"be") && !word(w, u"not")) {
                read->content_end = w;
                frames::trim_content(m_s, read->content_begin, read->content_end);
                break;
              }
              clause_verb = clause_verb || aux || (v.size() > 3 && v.ends_with(u"ed"));
            }
          }
          return read;
        }
      }
      // "the latest reports heralded a deal", "unconfirmed reports said": the noun, not the verb.
      if ((word(hit.begin, u"reports") || word(hit.begin, u"report")) && hit.begin > 0) {
        static constexpr std::u16string_view k_report_modifiers[] = {
            u"latest", u"recent", u"new", u"earlier", u"previous", u"initial", u"early", u"unconfirmed",
            u"conflicting", u"media", u"press", u"news", u"newspaper", u"local", u"several", u"some", u"many",
            u"such", u"these", u"those", u"the", u"other", u"further", u"similar", u"separate", u"intelligence",
            u"police", u"official", u"preliminary", u"first", u"published", u"widespread"};
        const std::u16string_view before = m_s.lower(hit.begin - 1);
        if (std::find(std::begin(k_report_modifiers), std::end(k_report_modifiers), before) !=
            std::end(k_report_modifiers)) {
          return std::nullopt;
        }
        // ("dismissed recent South Korean reports of hunger": "reports of" is the noun.)
        if (hit.end < m_end && word(hit.end, u"of") && !m_s.tokens[hit.begin].capitalized) {
          return std::nullopt;
        }
      }
      // ("below the government's original forecast", "the latest estimates", "their fears": a
      // noun after a determiner, a possessive or an adjective of time, no verb of belief.)
      if (hit.end == hit.begin + 1 && hit.begin > 0 &&
          (word(hit.begin, u"forecast") || word(hit.begin, u"forecasts") || word(hit.begin, u"estimate") ||
           word(hit.begin, u"estimates") || word(hit.begin, u"fears") || word(hit.begin, u"hopes") ||
           word(hit.begin, u"doubts") || word(hit.begin, u"projects") || word(hit.begin, u"worries") ||
           word(hit.begin, u"claims"))) {
        const std::u16string_view before = m_s.lower(hit.begin - 1);
        // ("counts only projects that have secured financing", "all claims that were filed": a
        // quantifier before the noun.)
        static constexpr std::u16string_view k_noun_openers[] = {
            u"the", u"a", u"an", u"its", u"their", u"his", u"her", u"our", u"s", u"original", u"latest", u"earlier",
            u"official", u"initial", u"previous", u"new", u"revised", u"own", u"budget", u"growth", u"profit",
            u"this", u"that", u"these", u"those", u"any", u"such", u"only", u"all", u"some", u"many", u"most",
            u"several", u"both", u"no", u"fewer", u"more"};
        if (std::find(std::begin(k_noun_openers), std::end(k_noun_openers), before) != std::end(k_noun_openers)) {
          return std::nullopt;
        }
      }
      // ("has begun a civil claim for damages against the singer", "a claim over unpaid fees",
      // "its call for claims of interference to be investigated": the noun, its complement
      // after it.)
      if ((word(hit.begin, u"claim") || word(hit.begin, u"claims")) && hit.end < m_end &&
          (word(hit.end, u"for") || word(hit.end, u"against") || word(hit.end, u"over") || word(hit.end, u"of")) &&
          hit.begin > 0 &&
          !m_s.is_comma(hit.begin - 1)) {
        return std::nullopt;
      }
      // ("jammed GPS signals near the islands", "disrupted GPS signals in the border area": a
      // plural noun before a preposition is no verb of saying.)
      // ("The jamming signals, first picked up …, were coming": nor before a comma.)
      if ((word(hit.begin, u"signals") || word(hit.begin, u"hints")) && hit.end < m_end &&
          ((is(WordClass::preposition, hit.end) && !word(hit.end, u"to")) || m_s.is_comma(hit.end))) {
        return std::nullopt;
      }
      // A plural noun before a verb is the subject, not a reporting verb: "Health worries have
      // dogged her", "the claims were false"; "reported from Midway Atoll" is a dateline.
      // ("accounts which it says were being used": "says" is always the verb.)
      if (hit.end < m_end && hit.end == hit.begin + 1 && m_s.lower(hit.begin).ends_with(u"s") && !word(hit.begin, u"says") &&
          (word(hit.end, u"have") || word(hit.end, u"has") || word(hit.end, u"had") || word(hit.end, u"are") ||
           word(hit.end, u"were") || word(hit.end, u"will") || word(hit.end, u"would") || word(hit.end, u"could"))) {
        return std::nullopt;
      }
      if (word(hit.begin, u"reported") && hit.end + 1 < m_end && word(hit.end, u"from") &&
          m_s.tokens[hit.end + 1].capitalized) {
        bool that = false;  // ("reported from Mosul that P" reports P)
        for (std::uint32_t k = hit.end + 1; k < m_end && k < hit.end + 8; ++k) {
          that = that || word(k, u"that");
        }
        // ("P, Lusa news agency reported from Dili": after the content and its comma the
        // place is where the agency filed from.)
        bool after_content = false;
        for (std::uint32_t k = hit.begin; k-- > 0 && hit.begin - k <= 6 && !after_content;) {
          after_content = m_s.is_comma(k) && k >= 5;
          if (!m_s.is_word(k) && !m_s.is_comma(k) && !m_s.is_punct(k, u'\'')) {
            break;
          }
        }
        if (!that && !after_content) {
          return std::nullopt;
        }
      }
      // ("A person close to her said": "her" after a preposition is its object, no possessive,
      // and the verb after it no noun.)
      const bool object_her = hit.begin >= 2 && word(hit.begin - 1, u"her") && is(WordClass::preposition, hit.begin - 2) &&
                              (word(hit.begin, u"said") || word(hit.begin, u"says") || word(hit.begin, u"told") ||
                               word(hit.begin, u"tells") || word(hit.begin, u"added"));
      // After a possessive the cue is a noun: "the minister's claim she was not told", "their
      // fears", "its report".
      if (hit.begin > 0) {
        const std::u16string_view before = m_s.lower(hit.begin - 1);
        // ("Sainsbury's said", "McDonald's told the BBC": a firm named in the possessive; no
        // noun is spelt like these verbs.)
        const bool firm_name = before == u"'s" && hit.begin >= 2 && m_s.tokens[hit.begin - 2].capitalized &&
                               (word(hit.begin, u"said") || word(hit.begin, u"says") || word(hit.begin, u"told") ||
                                word(hit.begin, u"tells") || word(hit.begin, u"added") || word(hit.begin, u"insisted") ||
                                word(hit.begin, u"explained"));
        if (!firm_name && !object_her &&
            (before == u"'s" || before == u"his" || before == u"her" || before == u"its" || before == u"their" ||
             before == u"our" || before == u"my" || before == u"your")) {
          return std::nullopt;
        }
        // ("records, including doctors' notes on patients": a plural's possessive apostrophe,
        // joined to its word, no closing quotation mark.)
        if (hit.begin >= 2 && (m_s.is_punct(hit.begin - 1, u'\'') || m_s.is_punct(hit.begin - 1, u'\u2019')) &&
            !m_s.is_close_quote(hit.begin - 1) && m_s.is_word(hit.begin - 2) &&
            m_s.tokens[hit.begin - 1].begin == m_s.tokens[hit.begin - 2].end && m_s.lower(hit.begin - 2).ends_with(u"s")) {
          return std::nullopt;
        }
      }
      // Attributive use: "the reported disclosure", "the announced plan". (Not a count or a
      // quantifier standing for people before "said" or "told", which no noun follows: "the two
      // told Reuters", "both said Tuesday", "a mother of five told AFP".)
      const bool counted_speakers =
          (word(hit.begin, u"said") || word(hit.begin, u"told")) && hit.end == hit.begin + 1 && hit.begin > 0 &&
          (word(hit.begin - 1, u"two") || word(hit.begin - 1, u"three") || word(hit.begin - 1, u"four") ||
           word(hit.begin - 1, u"five") || word(hit.begin - 1, u"six") || word(hit.begin - 1, u"both") ||
           word(hit.begin - 1, u"all") || word(hit.begin - 1, u"several") || word(hit.begin - 1, u"many") ||
           word(hit.begin - 1, u"most") || word(hit.begin - 1, u"few") || word(hit.begin - 1, u"some") ||
           // ("Two people close to him said P. One said Q": one of those just named.)
           ((word(hit.begin - 1, u"one") || word(hit.begin - 1, u"another")) &&
            (hit.begin == 1 || !m_s.is_word(hit.begin - 2) || word(hit.begin - 2, u"and") || word(hit.begin - 2, u"but"))));
      if (hit.begin > 0 && is(WordClass::determiner, hit.begin - 1) && hit.end < m_end && m_s.is_word(hit.end) &&
          !is(WordClass::determiner, hit.end) && !word(hit.end, u"that") && !counted_speakers && !object_her) {
        return std::nullopt;
      }
      // Likewise after an ordinal, an adverb of degree or a preposition: "the last confirmed
      // attack", "on alleged terrorist targets", "a value added tax".
      if (hit.begin > 0 && hit.end < m_end && m_s.is_word(hit.end) &&
          (!m_s.tokens[hit.end].capitalized || word(hit.begin - 1, u"last") || word(hit.begin - 1, u"first") ||
           word(hit.begin - 1, u"latest")) &&
          m_s.lower(hit.begin).ends_with(u"ed") && !is(WordClass::determiner, hit.end) && !word(hit.end, u"that") &&
          !is(WordClass::pronoun_male, hit.end) && !is(WordClass::pronoun_female, hit.end) &&
          !is(WordClass::pronoun_thing, hit.end) && !is(WordClass::pronoun_plural, hit.end)) {
        const std::u16string_view before = m_s.lower(hit.begin - 1);
        // ("alleged" before a bare noun is the adjective: "struck alleged terrorist targets".)
        // (Not before a time, "alleged last month that P", "alleged on Monday that P".)
        const bool alleged_adjective = word(hit.begin, u"alleged") && !m_s.tokens[hit.end].capitalized &&
                                       !is(WordClass::preposition, hit.end) && !is(WordClass::conjunction, hit.end) &&
                                       !is(WordClass::time_word, hit.end) && !is(WordClass::adverb, hit.end);
        const bool modifier = alleged_adjective || before == u"last" || before == u"first" || before == u"latest" ||
                              before == u"most" ||
                              before == u"newly" || before == u"widely" || before == u"officially" ||
                              before == u"previously" || before == u"value" ||
                              (is(WordClass::preposition, hit.begin - 1) && !word(hit.begin - 1, u"to"));
        // ("Politico Europe first reported in April that P": after a subject, "first" is the
        // verb's adverb, and a preposition or a time follows the verb, no noun.)
        const bool adverb_first = (before == u"first" || before == u"last") && hit.begin >= 2 &&
                                  m_s.is_word(hit.begin - 2) && !is(WordClass::determiner, hit.begin - 2) &&
                                  !is(WordClass::preposition, hit.begin - 2) &&
                                  (is(WordClass::preposition, hit.end) || is(WordClass::time_word, hit.end));
        if (modifier && !adverb_first) {
          return std::nullopt;
        }
      }
    }
    // "It said P, a figure disputed by shipowners": the label set off after a claim, and the
    // ones who dispute it. The denial's content is the label, which points back; the assembler
    // makes it the dispute of the claim before.
    if (cue.commitment == Commitment::denial && hit.begin >= 3 && hit.end + 1 < m_end && word(hit.end, u"by") &&
        frames::points_back(m_s.lower(hit.begin - 1)) && m_s.is_comma(hit.begin - 3) &&
        (word(hit.begin - 2, u"a") || word(hit.begin - 2, u"an") || word(hit.begin - 2, u"the"))) {
      std::uint32_t e = hit.end + 1;
      while (e < m_end && !m_s.is_comma(e) && !m_s.is_end_punct(e) && e - hit.end < 10) {
        ++e;
      }
      if (has_head(hit.end + 1, e)) {
        return label_dispute(hit, cue, hit.end + 1, e, hit.begin - 2, hit.begin, e);
      }
    }
    // ("41 killings this year, several of them in areas disputed by the fronts": a denial's
    // participle with its agent right after a noun describes that noun; no one denied anything.
    // After a label that points back, "P, a version of events disputed by X", the readings below
    // decide.)
    if (cue.commitment == Commitment::denial && hit.begin > 0 && hit.end + 1 < m_end && hit.end == hit.begin + 1 &&
        word(hit.end, u"by") && m_s.lower(hit.begin).ends_with(u"ed") && m_s.is_word(hit.begin - 1) &&
        !m_s.tokens[hit.begin - 1].capitalized && m_s.noun_covering(hit.begin - 1) == nullptr &&
        !is(WordClass::auxiliary, hit.begin - 1) && !is(WordClass::verb_blocker, hit.begin - 1) &&
        !is(WordClass::adverb, hit.begin - 1) && !word(hit.begin - 1, u"as") && !word(hit.begin - 1, u"been") &&
        !word(hit.begin - 1, u"being") && !word(hit.begin - 1, u"be")) {
      bool label = false;
      for (std::uint32_t k = hit.begin; k-- > 0 && m_s.is_word(k) && !label;) {
        label = frames::points_back(m_s.lower(k));
      }
      if (!label) {
        return std::nullopt;
      }
    }
    // "The paper reported P, a claim the club flatly rejected", "…, which the ministry denied
    // on Friday.": the label (or "which") set off after a claim, then the ones who deny it and
    // the verb that ends the clause. As above, the label points back and the assembler makes
    // the denial the dispute of the claim before.
    if (const std::optional<Attribution> label = denial_after_label(hit, cue)) {
      return label;
    }
    // "Yonhap reported Mr. Lee as saying P": any reporting verb with "as saying" relays.
    if (const std::uint32_t as = find_as_saying(hit.end); as < m_end && as > hit.end) {
      bool clause_between = false;
      for (std::uint32_t i = hit.end; i < as; ++i) {
        clause_between = clause_between || word(i, u"that") || m_s.is_comma(i) || m_s.cue_at(i) != nullptr;
      }
      if (!clause_between) {
        return relay(hit, cue);
      }
    }
    // ("the cost estimate was "wishful thinking"", "the police report is": a cue word after a
    // determiner and a noun, right before the clause's verb, heads a noun phrase.)
    // (A verb's past form is no such noun: "which the officials cautioned was still subject to
    // change" is a relative clause, read below.)
    if (hit.begin >= 2 && hit.end < m_end && hit.end == hit.begin + 1 && is(WordClass::determiner, hit.begin - 2) &&
        !m_s.lower(hit.begin).ends_with(u"ed") && !word(hit.begin, u"said") && !word(hit.begin, u"told") &&
        !word(hit.begin, u"thought") && !word(hit.begin, u"felt") &&
        !(hit.begin >= 3 && (word(hit.begin - 3, u"which") || word(hit.begin - 3, u"that") || word(hit.begin - 3, u"who"))) &&
        m_s.is_word(hit.begin - 1) && !m_s.tokens[hit.begin - 1].capitalized && !is(WordClass::determiner, hit.begin - 1) &&
        !is(WordClass::adverb, hit.begin - 1) && m_s.cue_at(hit.begin - 1) == nullptr &&
        (word(hit.end, u"was") || word(hit.end, u"is") || word(hit.end, u"were") || word(hit.end, u"are"))) {
      return std::nullopt;
    }
    AfterVerb av = after_verb(hit.end, cue.recipient);
    // ("warned consumers not to buy …", "warned the economy could shrink": a warning takes the
    // one warned only before "that"; otherwise what follows is read as after any verb.)
    // ("had assured him the government would improve its offer": an object pronoun before a
    // clause is the one warned or assured all the same.)
    const bool pronoun_then_clause =
        hit.end + 2 < m_end &&
        (word(hit.end, u"him") || word(hit.end, u"them") || word(hit.end, u"us") || word(hit.end, u"me")) &&
        !word(hit.end + 1, u"to") && !word(hit.end + 1, u"not") && !word(hit.end + 1, u"against") &&
        !word(hit.end + 1, u"of") && !word(hit.end + 1, u"about") && !is(WordClass::preposition, hit.end + 1);
    if (cue.id == "en.warn" && !av.marked && !pronoun_then_clause) {
      av = after_verb(hit.end, false);
    }
    // ("had informed its partners "in due time"", "explained the questions "as the law allows"":
    // a quotation that opens with a preposition or "as", after the object, is the manner or
    // the time of the act; no clause is reported.)
    if (av.has_content && !av.marked && av.content < m_end) {
      std::uint32_t q = av.content;
      if (is(WordClass::determiner, q)) {
        ++q;
        // (Its noun, a word or two, no verb's form: "said the station remained "under our
        // control"" reports a clause.)
        while (q < m_end && q - av.content <= 2 && m_s.is_word(q) && m_s.cue_at(q) == nullptr &&
               !finite_verb_within(q, 1) && !is(WordClass::verb_blocker, q) && !is(WordClass::preposition, q)) {
          ++q;
        }
      }
      if (q + 2 < m_end && m_s.is_open_quote(q) && (is(WordClass::preposition, q + 1) || word(q + 1, u"as"))) {
        std::uint32_t close = q + 1;
        while (close < m_end && !m_s.is_close_quote(close)) {
          ++close;
        }
        if (close + 1 >= m_end || m_s.is_end_punct(close + 1) || m_s.is_end_punct(close - 1)) {
          return std::nullopt;
        }
      }
    }
    // ("the measures already announced would take time", "The rules announced were too weak":
    // a finite auxiliary right after the verb is the sentence's own; the verb is a participle
    // after its noun, and it reports nothing.)
    // (Not after a relative that left its place: "The draft, which the officials cautioned was
    // still subject to change, would P", "what he said was true".)
    // ("The measures announced in late September sent stocks soaring", "controls announced this
    // month will hit": a time phrase may stand between; after it, a common irregular past
    // counts too.)
    if (av.has_content && !av.marked && av.content >= hit.end && hit.begin > 0 && m_s.is_word(hit.begin - 1) &&
        m_s.lower(hit.begin).ends_with(u"ed")) {
      static constexpr std::u16string_view k_finite[] = {u"would", u"will", u"could", u"can", u"may", u"might",
                                                         u"should", u"must", u"is", u"are", u"was", u"were"};
      const auto finite = [&](std::uint32_t t) {
        return std::find(std::begin(k_finite), std::end(k_finite), m_s.lower(t)) != std::end(k_finite);
      };
      // ("the delays reported online involved isolated tables": where, one word, and after a
      // plural common noun any past form is the sentence's verb.)
      const bool online = word(hit.end, u"online") && hit.end + 1 < m_end;
      const std::uint32_t when_end = online ? hit.end + 1 : time_phrase_end(hit.end);
      const std::u16string_view noun = m_s.lower(hit.begin - 1);
      const bool plural_thing = !m_s.tokens[hit.begin - 1].capitalized && noun.size() > 3 && noun.ends_with(u"s") &&
                                !noun.ends_with(u"ss") && m_s.noun_covering(hit.begin - 1) == nullptr &&
                                !frames::people_plural(noun);
      bool relative_before = false;
      for (std::uint32_t t = hit.begin; t-- > 0 && hit.begin - t <= 6 && m_s.is_word(t) && !relative_before;) {
        relative_before = is(WordClass::relative, t) || word(t, u"that") || word(t, u"what") || word(t, u"whatever");
      }
      if (!relative_before &&
          ((av.content == hit.end && finite(av.content)) ||
           (when_end > hit.end && when_end < m_end &&
            (av.content == when_end || av.content == when_end + 1 || (online && av.content == hit.end)) &&
            (finite(when_end) || irregular_past(when_end) ||
             (online && plural_thing && m_s.lower(when_end).size() > 4 && m_s.lower(when_end).ends_with(u"ed")))))) {
        return std::nullopt;
      }
    }
    // ("Hou conceded about two hours after polls closed, telling supporters that P": a time
    // right after the verb, "(about) N hours after", says when; nothing is said there.)
    if (av.has_content && !av.marked && av.content == hit.end) {
      std::uint32_t k = av.content;
      if (word(k, u"about") || word(k, u"around") || word(k, u"nearly") || word(k, u"some") || word(k, u"just") ||
          word(k, u"almost")) {
        ++k;
      }
      const bool counted = k + 2 < m_end && (m_s.tokens[k].kind == text::TokenKind::number || word(k, u"two") ||
                                             word(k, u"three") || word(k, u"an") || word(k, u"a") || word(k, u"few"));
      const std::u16string_view unit = counted ? m_s.lower(k + 1) : std::u16string_view{};
      const bool time_unit = unit == u"minutes" || unit == u"hours" || unit == u"hour" || unit == u"days" ||
                             unit == u"weeks" || unit == u"minute";
      const bool shortly = word(av.content, u"shortly") && av.content + 1 < m_end &&
                           (word(av.content + 1, u"after") || word(av.content + 1, u"before"));
      if ((time_unit && (word(k + 2, u"after") || word(k + 2, u"before") || word(k + 2, u"later"))) || shortly) {
        return std::nullopt;
      }
    }
    // ("The government announced them a week ago", "reported it on Monday": a pronoun object
    // with only a time or a place after it points back to a thing, and nothing is said.)
    if (av.has_content && !av.marked && cue.id == "en.report" &&
        (word(av.content, u"it") || word(av.content, u"them") || word(av.content, u"this"))) {
      const std::uint32_t n = av.content + 1;
      if (n >= m_end || m_s.is_comma(n) || m_s.is_end_punct(n) || is(WordClass::preposition, n) ||
          is(WordClass::time_word, n) || word(n, u"a") || word(n, u"an") || word(n, u"last") || word(n, u"earlier") ||
          word(n, u"later")) {
        return std::nullopt;
      }
    }
    // ("put turnout at just over 51%, enough to make the vote valid": the figure ends at its
    // comma; what follows is the writer's comment on it.)
    if (cue.id == "en.put-at" && !av.marked && av.content_limit == 0) {
      // (A poll's shares go on past the comma: "put Labour on 44%, the Conservatives on 22% and
      // Reform UK on 13%", ", with Labour far ahead on 37 percent".)
      auto another_share = [&](std::uint32_t from) {
        for (std::uint32_t t = from; t + 1 < m_end && !m_s.is_comma(t) && !m_s.is_end_punct(t) && t < from + 8; ++t) {
          if (word(t, u"on") && m_s.tokens[t + 1].kind == text::TokenKind::number) {
            return true;
          }
        }
        return false;
      };
      const bool shares = another_share(hit.end);
      for (std::uint32_t k = hit.end + 2; k < m_end && k < hit.end + 30; ++k) {
        if (m_s.is_comma(k) && !(shares && another_share(k + 1))) {
          av.content_limit = k;
          break;
        }
      }
    }
    // ("a group which claims to have collected 6,000 signatures": what it claims to have done
    // or to be, from "to".)
    // (Not inside another's words: in "the parents alleged that the coach claimed to have …"
    // and "She said the callers, who claimed to be …, asked" the claim is the outer one's.)
    const bool claimed_to = cue.commitment == Commitment::allegation && hit.end + 2 < m_end && word(hit.end, u"to") &&
                            (word(hit.end + 1, u"have") || word(hit.end + 1, u"be")) &&
                            (word(hit.begin, u"claims") || word(hit.begin, u"claimed") || word(hit.begin, u"claim"));
    bool reported_before = false;
    for (std::uint32_t t = 0; claimed_to && t < hit.begin && !reported_before; ++t) {
      reported_before = word(t, u"that") || (m_s.cue_at(t) != nullptr && m_s.cue_at(t)->begin == t &&
                                             (t == 0 || !m_s.tokens[t].capitalized));
    }
    if (claimed_to && reported_before) {
      return std::nullopt;
    }
    if (claimed_to) {
      av = AfterVerb{};
      av.content = hit.end;
      av.next = hit.end;
      av.has_content = true;
      av.marked = true;
    }
    // ("who spoke anonymously because she feared reprisals, told the BBC that P": a belief's
    // object with no clause, closed by a comma before another verb of saying, is a thing
    // feared or hoped for, no proposition.)
    if (cue.commitment == Commitment::belief && !av.marked && av.has_content && !av.after_comma) {
      std::uint32_t c = av.content;
      while (c < m_end && m_s.is_word(c) && c - av.content < 6) {
        ++c;
      }
      // (Not a participle after the comma: "has forecast similar gains, predicting that P" goes on
      // with the same forecast.)
      if (c > av.content && c + 1 < m_end && m_s.is_comma(c) && !finite_verb_within(av.content, c - av.content) &&
          m_s.cue_at(c + 1) != nullptr && !m_s.lower(c + 1).ends_with(u"ing")) {
        return std::nullopt;
      }
    }
    // ("has denied wrongdoing", "denied involvement": a denial's object of a word or two at
    // the clause's end is what is denied.)
    if (!av.has_content && !av.marked && cue.commitment == Commitment::denial && m_s.lower(hit.begin).starts_with(u"den") &&
        av.content < m_end && m_s.is_word(av.content) && !is(WordClass::preposition, av.content) &&
        !is(WordClass::conjunction, av.content) && !is(WordClass::pronoun_thing, av.content) &&
        !word(av.content, u"this") && !word(av.content, u"that") && !word(av.content, u"them") &&
        !is(WordClass::contentless, av.content)) {
      std::uint32_t e = av.content;
      while (e < m_end && m_s.is_word(e) && e - av.content < 3) {
        ++e;
      }
      if (e > av.content && (e >= m_end || m_s.is_end_punct(e) || m_s.is_comma(e))) {
        av.has_content = true;
      }
    }
    // ("denied wrongdoing and resigned", "denied the charges but stepped down": a second verb of
    // the same subject after the object's noun ends what is denied.)
    if (av.has_content && !av.marked && av.content_limit == 0 && cue.commitment == Commitment::denial &&
        m_s.lower(hit.begin).starts_with(u"den")) {
      for (std::uint32_t e = av.content + 1; e + 1 < m_end && e <= av.content + 3 && m_s.is_word(e); ++e) {
        if (finite_verb_within(e, 1)) {
          break;
        }
        if ((word(e, u"and") || word(e, u"but")) && m_s.is_word(e + 1) && !m_s.tokens[e + 1].capitalized &&
            !is(WordClass::auxiliary, e + 1) && finite_verb_within(e + 1, 1)) {
          av.content_limit = e;
          break;
        }
      }
    }
    // ("local media reported at least three deaths", "reported 40 cases": a count is what a
    // verb of reporting reports, however short.)
    // (Not "it had recorded 700 kidnappings" inside a report: only "reported" is read so.)
    if (!av.has_content && !av.marked && av.content < m_end && word(hit.begin, u"reported")) {
      std::uint32_t n = av.content;
      if (n + 1 < m_end && ((word(n, u"at") && (word(n + 1, u"least") || word(n + 1, u"most"))) ||
                            (word(n, u"more") && word(n + 1, u"than")) || (word(n, u"up") && word(n + 1, u"to")))) {
        n += 2;
      } else if (word(n, u"nearly") || word(n, u"about") || word(n, u"some") || word(n, u"over") ||
                 word(n, u"around") || word(n, u"almost")) {
        ++n;
      }
      static constexpr std::u16string_view k_counts[] = {
          u"two", u"three", u"four", u"five", u"six", u"seven", u"eight", u"nine", u"ten", u"eleven",
          u"twelve", u"dozens", u"hundreds", u"thousands", u"several"};
      if (n + 1 < m_end && m_s.is_word(n + 1) &&
          (m_s.tokens[n].kind == text::TokenKind::number ||
           std::find(std::begin(k_counts), std::end(k_counts), m_s.lower(n)) != std::end(k_counts))) {
        av.has_content = true;
      }
    }
    // ("The army denied it.", "but the ministry denied that on Monday": a bare pointer that ends
    // the clause denies the claim before; the assembler links the two and keeps the denial as
    // that claim's dispute.)
    // ("accounts which it says were being used to harvest gold", "a crash which witnesses
    // said had killed three people": a speech verb inside a relative clause, its object the
    // relative pronoun, reports the rest of the clause, which opens with its verb.)
    if (hit.end < m_end && !av.marked &&
        (is(WordClass::auxiliary, hit.end) || word(hit.end, u"is") || word(hit.end, u"are") || word(hit.end, u"was") ||
         word(hit.end, u"were"))) {
      std::uint32_t r = hit.begin;
      while (r > 0 && hit.begin - r < 4 && m_s.is_word(r - 1) &&
             !(word(r - 1, u"which") || word(r - 1, u"that") || word(r - 1, u"who"))) {
        --r;
      }
      if (r >= 2 && r < hit.begin && (word(r - 1, u"which") || word(r - 1, u"that") || word(r - 1, u"who")) &&
          m_s.is_word(r - 2) && !m_s.is_comma(r - 2)) {
        std::uint32_t end = hit.end + 1;
        while (end < m_end && !m_s.is_comma(end) && !m_s.is_end_punct(end)) {
          ++end;
        }
        av.has_content = true;
        av.content = hit.end;
        av.content_limit = end;
      }
    }
    // ("denied that." reads "that" as the complementizer of nothing.)
    const std::uint32_t pointer_at =
        av.marked && av.content > hit.end && word(av.content - 1, u"that") ? av.content - 1 : av.content;
    // ("rejected that in a second statement, saying P", "disputed this on Monday": so too the
    // other verbs of denial with a demonstrative; "rejected it" may be a plan or a bill.)
    const std::u16string_view denial_verb = m_s.lower(hit.begin);
    const bool rejects_demonstrative =
        (denial_verb.starts_with(u"rej") || denial_verb.starts_with(u"dism") || denial_verb.starts_with(u"disp")) &&
        pointer_at < m_end && (word(pointer_at, u"that") || word(pointer_at, u"this"));
    if ((pointer_at != av.content || !av.marked) && cue.commitment == Commitment::denial &&
        (denial_verb.starts_with(u"den") || rejects_demonstrative) && pointer_at < m_end &&
        (word(pointer_at, u"it") || word(pointer_at, u"that") || word(pointer_at, u"this"))) {
      std::uint32_t e = pointer_at + 1;
      // ("denied that in a text message to The Post.", "denied it during a news conference,
      // saying P": a prepositional phrase with no verb ends the clause too.)
      bool adjunct_only = false;
      if (e < m_end && is(WordClass::preposition, e) && !word(e, u"of")) {
        std::uint32_t k = e + 1;
        while (k < m_end && k < e + 12 && m_s.is_word(k) && m_s.cue_at(k) == nullptr && !word(k, u"that") &&
               !is(WordClass::auxiliary, k) && !is(WordClass::verb_blocker, k) && !is(WordClass::relative, k)) {
          ++k;
        }
        if (k >= m_end || m_s.is_end_punct(k) || m_s.is_comma(k)) {
          e = k;
          adjunct_only = true;
        }
      }
      while (!adjunct_only && e < m_end && e < pointer_at + 4 && m_s.is_word(e) &&
             (is(WordClass::time_word, e) || word(e, u"on") || word(e, u"in") || is(WordClass::adverb, e))) {
        ++e;
      }
      if (e >= m_end || m_s.is_end_punct(e) || (e > pointer_at + 1 && m_s.is_comma(e))) {
        points_back_at(av, pointer_at, pointer_at + 1);
      }
    }
    // ("rejected that suggestion, saying P", "dismissed the charge as "scaremongering"": a
    // determiner and a noun that names what was said, then the clause's end, a comma or "as",
    // point back as "it" does; "that" is no complementizer there.)
    if (cue.commitment == Commitment::denial && pointer_at + 2 < m_end && m_s.is_word(pointer_at) &&
        (word(pointer_at, u"that") || word(pointer_at, u"this") || word(pointer_at, u"the") ||
         word(pointer_at, u"these") || word(pointer_at, u"those")) &&
        m_s.is_word(pointer_at + 1) && frames::points_back(m_s.lower(pointer_at + 1)) &&
        (m_s.is_end_punct(pointer_at + 2) || m_s.is_comma(pointer_at + 2) || word(pointer_at + 2, u"as"))) {
      points_back_at(av, pointer_at, pointer_at + 2);
    }
    // "The agency warned county clerks to tighten their checks": an object and an
    // infinitive after a verb of warning or telling is an instruction, not a proposition.
    // (Not a relay set off after the one told: "told reporters, according to dpa".)
    if (!av.marked && av.has_content && !(av.after_comma && m_s.cue_at(av.content) != nullptr) &&
        (word(hit.begin, u"warned") || word(hit.begin, u"warns") || word(hit.begin, u"warn") || word(hit.begin, u"told") ||
         word(hit.begin, u"tells") || word(hit.begin, u"urged") || word(hit.begin, u"urges") || word(hit.begin, u"advised"))) {
      for (std::uint32_t t = av.content + 1; t + 1 < m_end && t <= av.content + 5; ++t) {
        const std::u16string_view w = m_s.lower(t);
        if (!m_s.is_word(t) || w == u"that" || is(WordClass::verb_blocker, t) || is(WordClass::auxiliary, t) ||
            (w.size() > 3 && w.ends_with(u"ed")) || m_s.cue_at(t) != nullptr) {
          break;
        }
        if (w == u"to") {
          if (m_s.is_word(t + 1) && !m_s.tokens[t + 1].capitalized && !is(WordClass::determiner, t + 1)) {
            return std::nullopt;
          }
          break;
        }
      }
    }
    // "she had warned the party about irregularities": a warning about a thing, its object
    // the one warned, states no proposition (with "that" it does: "warned them that P").
    // (Not the clause around an interposed source: "The decision, he warned, may slow
    // investigations of crashes".)
    if ((word(hit.begin, u"warned") || word(hit.begin, u"warns") || word(hit.begin, u"warn")) && av.has_content &&
        av.content < m_end && !av.marked && !av.after_comma && !(av.content > 0 && word(av.content - 1, u"that"))) {
      for (std::uint32_t t = av.content; t < m_end && t <= av.content + 4 && m_s.is_word(t) && !word(t, u"that"); ++t) {
        if (t > av.content && (word(t, u"about") || word(t, u"against") || word(t, u"of"))) {
          return std::nullopt;
        }
      }
    }
    // "she had complained "at least four times" about the plaster", "complained about the
    // noise": a complaint about a thing, quoted adverb and all, states no proposition.
    if ((word(hit.begin, u"complained") || word(hit.begin, u"complains") || word(hit.begin, u"complain")) &&
        av.has_content && av.content < m_end && !(av.content > 0 && word(av.content - 1, u"that"))) {
      std::uint32_t after = av.content;
      if (m_s.is_open_quote(after)) {
        ++after;
        while (after < m_end && after < av.content + 8 && !m_s.is_close_quote(after)) {
          ++after;
        }
        ++after;
      }
      // ("complained for months about …", "complained repeatedly about …": how long or how often.)
      if (after + 2 < m_end && word(after, u"for") && (is(WordClass::time_word, after + 1) ||
                                                        word(after + 1, u"months") || word(after + 1, u"years") ||
                                                        word(after + 1, u"weeks") || word(after + 1, u"days"))) {
        after += 2;
      }
      while (after < m_end && is(WordClass::adverb, after)) {
        ++after;
      }
      if (after < m_end && (word(after, u"about") || word(after, u"of") || word(after, u"over"))) {
        return std::nullopt;
      }
    }
    // ("he feared being dropped from the squad", "fears losing her job": a fear of a deed, a
    // gerund, states no proposition.)
    if (!av.marked && av.has_content && hit.end < m_end && cue.commitment == Commitment::belief &&
        m_s.lower(hit.begin).starts_with(u"fear") && m_s.is_word(hit.end) && !m_s.tokens[hit.end].capitalized &&
        m_s.lower(hit.end).size() > 5 && m_s.lower(hit.end).ends_with(u"ing")) {
      return std::nullopt;
    }
    // "they feared for their safety", "hoped for a deal": a belief about something after a
    // preposition states no proposition.
    // ("believe at least a third of them are dead": "at least" counts, it is no preposition.)
    if (!av.marked && av.has_content && av.content < m_end && cue.commitment == Commitment::belief &&
        av.content == hit.end && is(WordClass::preposition, av.content) &&
        !(word(av.content, u"at") && (word(av.content + 1, u"least") || word(av.content + 1, u"most")))) {
      return std::nullopt;
    }
    // "declared a state of emergency", "declared a ceasefire": an act performed, not a statement
    // reported (with "that" or a quotation it is one).
    if (!av.marked && av.has_content && av.content < m_end &&
        (word(hit.begin, u"declared") || word(hit.begin, u"declares") || word(hit.begin, u"declare")) &&
        (word(av.content, u"a") || word(av.content, u"an") || m_s.tokens[av.content].kind == text::TokenKind::number)) {
      return std::nullopt;
    }
    // "The ministry denied the report", "… denied it": a denial of what was just reported
    // (its claim is linked to the one it denies).
    bool denied_back = false;
    // "Voss denied that claim when …": "that" is the report noun's determiner, not a complementizer.
    if (cue.commitment == Commitment::denial && av.marked && av.content > 0 && av.content < m_end &&
        word(av.content - 1, u"that") &&
        (word(av.content, u"claim") || word(av.content, u"report") || word(av.content, u"allegation") ||
         word(av.content, u"account") || word(av.content, u"accusation") || word(av.content, u"story") ||
         word(av.content, u"charge") || word(av.content, u"version")) &&
        (av.content + 1 == m_end || !m_s.is_word(av.content + 1) || is(WordClass::subordinator, av.content + 1) ||
         is(WordClass::preposition, av.content + 1) || word(av.content + 1, u"when") || word(av.content + 1, u"as"))) {
      av.marked = false;
      av.content -= 1;
    }
    // ("denied local newspaper reports that P", "rejected persistent rumours that P": what the
    // reports say is what is denied; a few modifiers may stand before the noun.)
    if (cue.commitment == Commitment::denial && !av.marked && av.content < m_end) {
      // ("dismissed as “baseless” rumours that P": the judgement, a word or a quoted one, may
      // come before the noun.)
      std::uint32_t from = av.content;
      if (word(from, u"as") && from + 2 < m_end) {
        if (m_s.is_open_quote(from + 1) && from + 3 < m_end && m_s.is_close_quote(from + 3)) {
          from += 4;
        } else if (m_s.is_word(from + 1) && !claim_noun(m_s.lower(from + 1))) {
          from += 2;
        }
      }
      for (std::uint32_t t = from; t + 2 < m_end && t <= from + 4 && m_s.is_word(t); ++t) {
        if (claim_noun(m_s.lower(t)) && word(t + 1, u"that") && m_s.is_word(t + 2) && t > av.content) {
          av.content = t + 2;
          av.marked = true;
          break;
        }
        // ("denied rumours circulating on social media that P": where the rumours go round, a
        // participle and its place, before what they say.)
        if (claim_noun(m_s.lower(t)) &&
            (word(t + 1, u"circulating") || word(t + 1, u"spreading") || word(t + 1, u"swirling") ||
             word(t + 1, u"shared") || word(t + 1, u"posted") || word(t + 1, u"published") ||
             word(t + 1, u"carried") || word(t + 1, u"appearing"))) {
          std::uint32_t that = t + 2;
          while (that < m_end && that - t <= 8 && m_s.is_word(that) && !word(that, u"that") &&
                 m_s.cue_at(that) == nullptr) {
            ++that;
          }
          if (that + 1 < m_end && word(that, u"that") && m_s.is_word(that + 1)) {
            av.content = that + 1;
            av.marked = true;
            break;
          }
        }
        // ("denied a report by Human Rights Watch that P", "rejected claims by residents that P":
        // whose report it is, then what it says.)
        if (claim_noun(m_s.lower(t)) && t > av.content && t + 2 < m_end && (word(t + 1, u"by") || word(t + 1, u"from"))) {
          std::uint32_t that = t + 2;
          while (that < m_end && that - t <= 9 && np_token(that) && !word(that, u"that") && m_s.cue_at(that) == nullptr) {
            ++that;
          }
          if (that > t + 2 && that + 1 < m_end && word(that, u"that") && m_s.is_word(that + 1) && has_head(t + 2, that)) {
            av.content = that + 1;
            av.marked = true;
            break;
          }
        }
        if (m_s.cue_at(t) != nullptr || word(t, u"that") || is(WordClass::verb_blocker, t)) {
          break;
        }
      }
    }
    if (cue.commitment == Commitment::denial && !av.marked && av.content < m_end) {
      std::uint32_t k = av.content;
      if (word(k, u"the") || word(k, u"these") || word(k, u"those") || word(k, u"such") || word(k, u"that") ||
          word(k, u"this")) {
        ++k;
      }
      // ("dismissed the Opposition's charge as …", "denied the paper's report that P": whose
      // charge it is, in the possessive, before its label or its clause. A bare "rejected the
      // union's claims" only points back, as the team's annotators leave it.)
      if (k + 3 < m_end && m_s.is_word(k) && (m_s.lower(k + 1) == u"'s" || m_s.lower(k + 1) == u"\u2019s") &&
          (word(k + 3, u"as") || word(k + 3, u"that"))) {
        k += 2;
      }
      // (A bare "it" or "this" makes no claim of its own.)
      const bool back = (word(k, u"report") ||
                        word(k, u"reports") || word(k, u"claim") || word(k, u"claims") || word(k, u"allegation") ||
                        word(k, u"allegations") || word(k, u"accusation") || word(k, u"accusations") ||
                        word(k, u"charge") || word(k, u"charges") || word(k, u"story"));
      // ("denied that account in a statement to the agency MINA, saying P": the medium spoken
      // to relays the denial; the noun alone is what is denied.)
      const Hit* relay_after = k + 1 < m_end ? m_s.cue_at(k + 1) : nullptr;
      const bool account = word(k, u"account") || word(k, u"accounts") || word(k, u"version");
      if ((back || account) && relay_after != nullptr && relay_after->begin == k + 1 &&
          m_s.lex.cues()[relay_after->payload].frame == Frame::postmod_relay) {
        std::uint32_t r = relay_after->end;
        while (r < m_end && np_token(r) && !word(r, u"that") && r - relay_after->end < 8 && !m_s.is_comma(r)) {
          ++r;
        }
        if (r > relay_after->end && (r == m_end || m_s.is_comma(r) || m_s.is_end_punct(r)) &&
            recipient_is_medium({relay_after->end, r})) {
          av.relay_outer = {relay_after->end, r};
          av.relay_cue_begin = relay_after->begin;
          av.relay_cue_end = relay_after->end;
          av.has_content = true;
          av.content_limit = k + 1;
          denied_back = true;
        }
      }
      // ("dismissed the report as baseless": the judgement after it.)
      if (back && (k + 1 == m_end || m_s.is_end_punct(k + 1) || m_s.is_comma(k + 1) || word(k + 1, u"as") ||
                   word(k + 1, u"when") || is(WordClass::subordinator, k + 1))) {
        av.has_content = true;
        // (Not "as": "dismissed the report as baseless" keeps its judgement.)
        if (k + 1 < m_end && !word(k + 1, u"as") && (word(k + 1, u"when") || is(WordClass::subordinator, k + 1))) {
          av.content_limit = k + 1;  // "denied that claim when he took the stand": the writer's clause
        }
        denied_back = true;
      }
      // ("refutes the claims made in the charge", "rejected the allegations levelled against
      // him": a participle phrase on the noun says which claims; the phrase is what is denied.)
      if (back && !denied_back && k + 1 < m_end && reported_participle(k + 1)) {
        std::uint32_t e = k + 2;
        while (e < m_end && e - k <= 9 && m_s.is_word(e) && m_s.cue_at(e) == nullptr && !word(e, u"that") &&
               !is(WordClass::conjunction, e) && !is(WordClass::verb_blocker, e)) {
          ++e;
        }
        if (e > k + 2 && (e == m_end || m_s.is_end_punct(e) || m_s.is_comma(e))) {
          av.has_content = true;
          av.content_limit = e;
          denied_back = true;
        }
      }
      // "rejected the quota", "disputed Fernandez' interpretation": only "deny" denies a thing
      // named by a noun ("denied involvement"); rejecting or disputing one states nothing.
      // ("rejected charges that P" denies P.)
      // ("dismissed allegations he ordered …": a clause with no "that".)
      const bool reported_clause =
          back && k + 1 < m_end &&
          (word(k + 1, u"that") || is(WordClass::pronoun_male, k + 1) || is(WordClass::pronoun_female, k + 1) ||
           is(WordClass::pronoun_thing, k + 1) || is(WordClass::pronoun_plural, k + 1) ||
           (is(WordClass::determiner, k + 1) && !word(k + 1, u"the")) || m_s.tokens[k + 1].capitalized);
      // "dismissed allegations he ordered P as "completely untrue"": the judgement after the
      // reported clause is the speaker's verdict on it, not part of what was alleged.
      if (reported_clause && av.content_limit == 0) {
        for (std::uint32_t t = k + 3; t + 1 < m_end; ++t) {
          if (word(t, u"as") && (m_s.is_open_quote(t + 1) || m_s.is_quote_mark(t + 1) ||
                                 judgement_word(t + 1) ||
                                 ((word(t + 1, u"completely") || word(t + 1, u"totally") ||
                                   word(t + 1, u"utterly") || word(t + 1, u"entirely")) &&
                                  t + 2 < m_end && judgement_word(t + 2)))) {
            av.content_limit = t;
            break;
          }
        }
      }
      // ("dismissed the idea that P", "rejected the notion that P": a noun with its clause.)
      // (A noun for a proposition: "rejected a law that would have allowed …" is a relative
      // clause on a thing rejected, no denial.)
      bool noun_that = false;
      for (std::uint32_t t = av.content + 1; t < m_end && t < av.content + 5 && !noun_that; ++t) {
        if (!word(t, u"that")) {
          continue;
        }
        noun_that = proposition_noun(m_s.lower(t - 1));
        break;
      }
      // ("rejected that account, saying …": "that" the determiner of a noun for what was said.)
      if (!noun_that && word(av.content, u"that") && av.content + 1 < m_end) {
        noun_that = proposition_noun(m_s.lower(av.content + 1));
      }
      // ("rejected that in a second statement": the bare pointer found above.)
      const bool bare_pointer = av.content_limit == av.content + 1 &&
                                (word(av.content, u"it") || word(av.content, u"that") || word(av.content, u"this"));
      if (!denied_back && !reported_clause && !noun_that && !bare_pointer && av.has_content &&
          !m_s.lower(hit.begin).starts_with(u"den")) {
        return std::nullopt;
      }
    }
    NounPhrase subject = subject_left(hit.begin);
    // ("Videos shared on social media on Tuesday showed P", "Satellite images taken by Planet
    // Labs showed P": the picture and its participle phrase are the subject, not the noun
    // after the participle's preposition.)
    // ("Footage posted online showed P": or the participle's adverb read as the subject.)
    // (With "online" after the participle, no subject is read at all.)
    const std::uint32_t read_from = subject.empty() ? hit.begin : subject.begin;
    if (read_from > 1 && (subject.empty() || is(WordClass::preposition, subject.begin - 1))) {
      for (std::uint32_t t = read_from - 1; t > 0 && read_from - t <= 8 && m_s.is_word(t); --t) {
        if (participle_with_adjunct(t) && picture_noun(t - 1)) {
          if (const NounPhrase picture = subject_left(t); !picture.empty() && picture.end == t) {
            if (subject.empty()) {
              subject.end = hit.begin;
            }
            subject.begin = picture.begin;
          }
          break;
        }
      }
    }
    // ("has frozen assets … after growers claimed P": a clause "after", "because" or "although"
    // opens has its own subject, after the conjunction.)
    auto opens_clause = [&](std::uint32_t t) {
      return word(t, u"after") || word(t, u"because") || word(t, u"although") || word(t, u"though") ||
             word(t, u"whereas") || word(t, u"unless");
    };
    for (std::uint32_t t = subject.end; subject.end > subject.begin + 2 && t-- > subject.begin + 1;) {
      if (opens_clause(t) && t + 1 < subject.end && m_s.is_word(t + 1) && !m_s.lower(t + 1).ends_with(u"ing") &&
          !m_s.lower(t + 1).ends_with(u"ed") && !m_s.is_comma(t - 1) &&
          // (Not after a participle: "A joint statement issued after the talks said".)
          !(m_s.lower(t - 1).size() > 3 && m_s.lower(t - 1).ends_with(u"ed"))) {
        subject.begin = t + 1;
        break;
      }
    }
    // ("P, a question no appeals court has answered", "no official said P": a subject that
    // says no one is no source: "no" opens it, or the relative clause after "a NOUN". "No.
    // 10 said", "No 10 said" (Downing Street) are one; "a surveyor with no role in the case",
    // "one of the two no votes" keep theirs.)
    {
      const std::uint32_t b = subject.begin;
      auto no_at = [&](std::uint32_t t) {
        return t < subject.end && word(t, u"no") &&
               !(t + 1 < subject.end && (m_s.is_punct(t + 1, u'.') || (m_s.lower(t + 1).front() >= u'0' &&
                                                                       m_s.lower(t + 1).front() <= u'9')));
      };
      if (!subject.empty() && (no_at(b) || word(b, u"nobody") ||
                               ((word(b, u"a") || word(b, u"an")) && b + 2 < subject.end && m_s.is_word(b + 1) &&
                                !m_s.tokens[b + 1].capitalized && no_at(b + 2)))) {
        return std::nullopt;
      }
    }
    // ""Q," a resident who gave his name only as Ibrahim told AFP": the content ends before
    // the phrase describing the name's bearer, the name itself the source.
    const std::uint32_t phrase_begin = subject.end == subject.begin + 1
                                           ? named_as_phrase_begin(subject.begin, 0).value_or(subject.begin)
                                           : subject.begin;
    const bool opened_by_conjunction = !subject.empty() && subject.begin > 0 && opens_clause(subject.begin - 1);
    // "Some residents say they reported cracks to the owner": a report made, told inside
    // another's words, with an object and no "that", is part of that statement.
    // So is "the CDC said 287 passengers had reported vomiting", "told Sputnik that the crew
    // had reported smoke in the cabin": symptoms and sightings reported, inside a statement.
    bool inside_statement = false;
    for (const Hit& h : m_s.cues) {
      inside_statement = inside_statement || (h.end <= subject.begin && h.begin + 12 > subject.begin &&
                                              m_s.lex.cues()[h.payload].frame == Frame::speech);
    }
    if ((word(hit.begin, u"reported") || word(hit.begin, u"report")) && !av.marked && av.has_content &&
        subject.begin > 0 && !subject.empty() &&
        (((subject.end == subject.begin + 1) &&
          (word(subject.begin, u"they") || word(subject.begin, u"he") || word(subject.begin, u"she") ||
           word(subject.begin, u"we") || word(subject.begin, u"i")) &&
          m_s.cue_at(subject.begin - 1) != nullptr) ||
         (inside_statement && !m_s.tokens[subject.begin].capitalized &&
          (word(hit.begin - 1, u"had") || word(hit.begin - 1, u"have") || word(hit.begin - 1, u"has"))))) {
      return std::nullopt;
    }
    // "Accounts on social media claimed": a source noun that holds a preposition is one phrase.
    if (!subject.empty() && subject.begin > 0 && is(WordClass::preposition, subject.begin - 1)) {
      if (const Hit* n = m_s.noun_covering(subject.begin - 1); n != nullptr && n->begin < subject.begin) {
        subject.begin = n->begin;
      }
    }
    // "The findings, published in Nature, suggest that P": a thing that suggests or indicates
    // is the speaker's evidence, no source of its own.
    if ((word(hit.begin, u"suggest") || word(hit.begin, u"suggests") || word(hit.begin, u"suggested") ||
         word(hit.begin, u"indicate") || word(hit.begin, u"indicates") || word(hit.begin, u"indicated")) &&
        !subject.empty() &&
        (word(subject.begin, u"the") || word(subject.begin, u"this") || word(subject.begin, u"these") ||
         word(subject.begin, u"those"))) {
      // (People and written accounts do speak: "his advisers have suggested", "the truck story
      // suggests".)
      bool source = false;
      for (std::uint32_t t = subject.begin; t < subject.end && !source; ++t) {
        const std::u16string_view w = m_s.lower(t);
        source = m_s.entity_covering(t) != nullptr || m_s.noun_covering(t) != nullptr ||
                 is(WordClass::statement_noun, t) || (m_s.tokens[t].capitalized && t > subject.begin) ||
                 w.ends_with(u"ers") || w.ends_with(u"ors") || w.ends_with(u"ists") || w.ends_with(u"ians") ||
                 w == u"story" || w == u"article" || w == u"analysis" || w == u"paper";
      }
      if (!source && subject.end - subject.begin <= 3) {
        return std::nullopt;
      }
    }
    // "showed little emotion": "show" reports only a clause ("data showed exports rose",
    // "showed that P"), and only a source shows one: "the verdict showed that P" is the
    // speaker's reasoning, not a new hop.
    if (word(hit.begin, u"showed") || word(hit.begin, u"shows") || word(hit.begin, u"show")) {
      // ("shows Clinton ahead by 3.7 points": a name opens a clause of its own.)
      bool clause = av.marked || (av.content < m_end && m_s.tokens[av.content].capitalized);
      for (std::uint32_t t = av.content; !clause && t < m_end && t < av.content + 8; ++t) {
        const std::u16string_view w = m_s.lower(t);
        if (w == u"how" || w == u"why" || w == u"what" || w == u"whether" || w == u"where") {
          clause = true;  // "shows in detail how companies shelter profits"
          break;
        }
        if (is(WordClass::subordinator, t) || w == u"as" || w == u"when" || w == u"while" || m_s.is_comma(t)) {
          break;  // ("showed little emotion as the verdict was read": the verb is the clause after)
        }
        clause = is(WordClass::auxiliary, t) || is(WordClass::verb_blocker, t) ||
                 (t > av.content && w.size() > 3 && w.ends_with(u"ed") && !m_s.tokens[t].capitalized);
      }
      bool source = false;
      bool data = false;  // "the poll shows support for the plan": data show what they measure
      // ("This photo provided by the highway patrol shows P": a caption's picture, the page's
      // own; "imagery reviewed by Mongabay": what the outlet itself looked at.)
      bool own_picture = false;
      for (std::uint32_t t = subject.begin; t < subject.end && !own_picture; ++t) {
        own_picture = (picture_noun(t) && t > 0 && word(t - 1, u"this")) || word(t, u"reviewed") ||
                      word(t, u"analyzed") || word(t, u"analysed") || word(t, u"obtained") || word(t, u"seen");
      }
      for (std::uint32_t t = subject.begin; t < subject.end; ++t) {
        source = source || m_s.entity_covering(t) != nullptr || m_s.noun_covering(t) != nullptr ||
                 (m_s.tokens[t].capitalized && t > subject.begin) ||
                 (m_s.tokens[t].capitalized && t == subject.begin && !is(WordClass::determiner, t));
        if (const Hit* n = m_s.noun_covering(t); n != nullptr) {
          const SourceKind k = m_s.lex.source_nouns()[n->payload].kind;
          data = data || k == SourceKind::unknown || k == SourceKind::reports;
        }
        data = data || m_s.lower(t) == u"poll" || m_s.lower(t) == u"polls" || (picture_noun(t) && !own_picture);
        // ("The emails show P", "the transcripts show P": records of what was said or done.)
        data = data || is_data_noun(m_s.lower(t));
      }
      // ("showed Clinton leading": a clause of its own, with an -ing verb.)
      for (std::uint32_t t = av.content; !clause && t < m_end && t < av.content + 4; ++t) {
        clause = t > av.content && m_s.lower(t).size() > 4 && m_s.lower(t).ends_with(u"ing") && !m_s.tokens[t].capitalized;
      }
      // (Postposed, "P, official statistics showed.", nothing follows the verb.)
      // (Only a short common phrase is no source: "the verdict", "the move".)
      const bool plain_thing = !subject.empty() && !source && !data && subject.end - subject.begin <= 3 &&
                               is(WordClass::determiner, subject.begin);
      if ((av.has_content && !av.after_comma && !clause && !data) || plain_thing) {
        return std::nullopt;
      }
    }
    // "In a video message recorded Monday, Okafor said P": a participle after the object of a
    // preposition modifies it; it is no finite verb with a subject.
    // ("days after a former swimmer alleged in a lawsuit that P": a finite verb with its
    // "that", after the conjunction "after".)
    bool that_follows = false;
    for (std::uint32_t t = hit.end; t < m_end && t < hit.end + 6 && !m_s.is_comma(t) && !that_follows; ++t) {
      that_follows = word(t, u"that");
    }
    // (Not the author of a document after "by", its verb with its "that": "A study by John
    // Smith had warned that P", "A report by Human Rights Watch noted that P".)
    const bool authored = that_follows && subject.begin >= 2 && word(subject.begin - 1, u"by") &&
                          (doc_noun(subject.begin - 2) || is(WordClass::statement_noun, subject.begin - 2));
    // (Not a day or month the preposition takes, the subject after it: "On Monday the Times
    // reported that P", "In March Reuters reported that P".)
    const bool dated_opener = !subject.empty() && subject.end - subject.begin >= 2 && m_s.tokens[subject.begin].capitalized &&
                              (is(WordClass::time_word, subject.begin) || is(WordClass::month, subject.begin)) &&
                              (m_s.tokens[subject.begin + 1].capitalized || is(WordClass::determiner, subject.begin + 1));
    if (!subject.empty() && subject.begin > 0 && is(WordClass::preposition, subject.begin - 1) &&
        m_s.lower(hit.begin).ends_with(u"ed") && !word(subject.begin - 1, u"to") && !opened_by_conjunction && !authored &&
        !dated_opener &&
        !(that_follows && (word(subject.begin - 1, u"after") || word(subject.begin - 1, u"before") ||
                           word(subject.begin - 1, u"since") || word(subject.begin - 1, u"until")))) {
      return std::nullopt;
    }

    // Inverted: "P, said X" / "“P,” said X" (never with an auxiliary: "X, has said" is not inverted).
    const std::uint32_t pre = hit.begin;
    // A phrase closed by the comma right before the verb may be the content instead: in "Prices
    // fell sharply, said Chen Huiqin, an analyst" the speaker closes the clause after the verb.
    // ("IRNA, monitored by the BBC, said the offensive had begun": an apposition, not content.)
    bool comma_subject = !subject.empty() && pre > 0 && m_s.is_comma(pre - 1) && subject.end + 1 >= pre;
    for (std::uint32_t i = subject.begin; comma_subject && i + 1 < pre; ++i) {
      comma_subject = !m_s.is_comma(i) && !m_s.is_dash(i) && !m_s.is_quote_mark(i);
    }
    // ("P to Tallow Ridge, a market maker controlled by its founders, said people with knowledge
    // of the arrangements": an unnamed source after the verb, closing the sentence, is the
    // speaker, though an apposition with commas stands before the verb.)
    if (!comma_subject && !subject.empty() && pre > 0 && m_s.is_comma(pre - 1) && word(hit.begin, u"said")) {
      const NounPhrase np = np_right(hit.end, m_end);
      bool unnamed = false;
      for (std::uint32_t t = np.begin; t < np.end && t < np.begin + 3 && !unnamed; ++t) {
        const Hit* n = m_s.noun_covering(t);
        unnamed = n != nullptr && (m_s.lex.source_nouns()[n->payload].kind == SourceKind::anonymous ||
                                   m_s.lex.source_nouns()[n->payload].kind == SourceKind::officials);
      }
      comma_subject = unnamed && (np.end >= m_end || m_s.is_end_punct(np.end) ||
                                  (m_s.is_comma(np.end) && np.end + 1 < m_end && word(np.end + 1, u"who")));
    }
    if (comma_subject) {
      const NounPhrase np = np_right(hit.end, m_end);
      comma_subject = !np.empty() && (np.end >= m_end || m_s.is_end_punct(np.end) ||
                                      (m_s.is_comma(np.end) && np.end + 1 < m_end &&
                                       (is(WordClass::determiner, np.end + 1) || is(WordClass::title, np.end + 1) ||
                                        is(WordClass::relative, np.end + 1))));
    }
    // ("…, Kuang, said he had never studied at a military-affiliated university": a personal
    // pronoun right after the verb opens the content; no one is "said he".)
    const bool pronoun_after = hit.end < m_end && (word(hit.end, u"he") || word(hit.end, u"she") ||
                                                   word(hit.end, u"they") || word(hit.end, u"we") ||
                                                   word(hit.end, u"it") || word(hit.end, u"i"));
    // ('the app had "systematically" added votes': a word or two quoted after an auxiliary is
    // how the verb was done, no quotation closed before a postposed speaker.)
    bool quoted_modifier = false;
    if (pre >= 3 && m_s.is_close_quote(pre - 1)) {
      std::uint32_t open = pre - 2;
      while (open > 0 && pre - 1 - open <= 3 && !m_s.is_open_quote(open)) {
        --open;
      }
      quoted_modifier = m_s.is_open_quote(open) && open > 0 && auxiliary_word(open - 1) && !m_s.is_comma(pre - 2) &&
                        !m_s.is_end_punct(pre - 2);
    }
    if ((subject.empty() || comma_subject) && !pronoun_after && pre > 0 && !quoted_modifier &&
        (m_s.is_comma(pre - 1) || m_s.is_close_quote(pre - 1))) {
      const NounPhrase np = np_right(hit.end, m_end);
      // The speaker closes the clause: "…, said Mr. X." / "…, said X, a spokesman". In "China,
      // its only ally, said it was opposed" the phrase after the verb is the content's subject.
      const bool closes = !np.empty() && (np.end >= m_end || m_s.is_comma(np.end) || m_s.is_end_punct(np.end) ||
                                          m_s.is_dash(np.end) || m_s.is_punct(np.end, u'(') ||
                                          is(WordClass::preposition, np.end) || m_s.is_quote_mark(np.end) ||
                                          is(WordClass::relative, np.end) || word(np.end, u"that"));
      // (A verb inside is a clause, no speaker: in '…, alias "Ramiro," said the group had
      // stopped P' the quotation is a name and the words after "said" its content.)
      bool clause_after = false;
      for (std::uint32_t t = np.begin; t < np.end && !clause_after; ++t) {
        clause_after = auxiliary_word(t) && !m_s.tokens[t].capitalized;
      }
      // ("… "Rubén Sarare" said in a video circulated on social media that P", "… told
      // reporters from Logan that P": a phrase after the verb that opens with a preposition is
      // where, how or to whom it was said, no speaker.)
      if (closes && !clause_after && has_head(np.begin, np.end) && !is(WordClass::preposition, np.begin)) {
        if (!content_before(a, pre)) {
          return std::nullopt;
        }
        a.sources = frames::split_relays(m_s, np.begin, np.end, phrase(hit, np.begin, np.end));
        a.region_begin = hit.begin;
        a.region_end = np.end;
        a.wrapper = true;
        return a;
      }
    }
    if (subject.empty()) {
      // Coordinated with an earlier verb: "Qantas confirmed P but said Q", "… but has denied Q".
      std::uint32_t t = pre;
      while (t > 1 && (word(t - 1, u"has") || word(t - 1, u"have") || word(t - 1, u"had") ||
                       word(t - 1, u"later") || word(t - 1, u"then") || word(t - 1, u"repeatedly") ||
                       coordinated_adverb(t - 1)) &&
             (word(t - 2, u"and") || word(t - 2, u"but") || word(t - 2, u"has") || word(t - 2, u"later") ||
              word(t - 2, u"then") || word(t - 2, u"also"))) {
        --t;
      }
      // "also" coordinates only after "and", "but" or a comma: in "Poehl's remarks also
      // underlined P" it is the verb's adverb, and its subject stands before it.
      const bool also_coordinates =
          t > 0 && word(t - 1, u"also") &&
          (t == 1 || word(t - 2, u"and") || word(t - 2, u"but") || m_s.is_comma(t - 2));
      if (t > 0 && (word(t - 1, u"and") || word(t - 1, u"but") || also_coordinates)) {
        a.coordinated = true;
        a.sources = {phrase(hit, t - 1, t - 1)};
        // Without an earlier attribution to share, the subject is the sentence's own: "The
        // official news agency Tass denounced the attack … and said P". (After an opening
        // subordinate clause, "While traders said P, Mann attributed … and said Q", the main
        // clause's.)
        std::uint32_t main_start = 0;
        // (Or after an opening prepositional phrase: "In a statement posted on its account,
        // Tianheng Space apologised … and said P".)
        if (t > 0 && (is(WordClass::subordinator, 0) || participle_opening() || is(WordClass::preposition, 0))) {
          for (std::uint32_t k = 1; k + 1 < t; ++k) {
            if (m_s.is_comma(k) && !m_s.in_quote(k)) {
              main_start = k + 1;
              break;
            }
          }
        }
        // ("It did not name the suitor and said P": a pronoun opening the clause is its subject;
        // the resolver finds whom it stands for.)
        if (main_start + 2 < t && (word(main_start, u"it") || word(main_start, u"he") || word(main_start, u"she") ||
                                   word(main_start, u"they"))) {
          a.fallback_begin = main_start;
          a.fallback_end = main_start + 1;
        }
        for (std::uint32_t i = main_start; i < t && i < main_start + 12; ++i) {
          const std::u16string_view w = m_s.lower(i);
          const bool past_verb = m_s.is_word(i) && !m_s.tokens[i].capitalized && w.size() > 3 && w.ends_with(u"ed");
          if (m_s.is_comma(i) || !np_token(i) || m_s.cue_at(i) != nullptr || past_verb) {
            // ("Church leaders in Mendi appealed for calm, and said P": a phrase of two words or
            // more before the sentence's first verb, with a plural of people in it, is its
            // subject when nothing above named one.)
            if (past_verb && a.fallback_end == 0 && i >= main_start + 2 && !is(WordClass::preposition, main_start) &&
                !is(WordClass::pronoun_thing, main_start)) {
              bool people = false;
              for (std::uint32_t k = main_start; k < i && !people; ++k) {
                people = frames::people_plural(m_s.lower(k));
              }
              if (people) {
                a.fallback_begin = main_start;
                a.fallback_end = i;
              }
            }
            // ("ECOWAS leaders, at a summit, ordered … and said P": common nouns after the name,
            // up to the comma that opens an aside, are the rest of the subject.)
            if (m_s.is_comma(i) && a.fallback_end > main_start && a.fallback_end < i && i - a.fallback_end <= 2) {
              bool nouns = true;
              for (std::uint32_t k = a.fallback_end; k < i && nouns; ++k) {
                nouns = m_s.is_word(k) && !m_s.tokens[k].capitalized && np_token(k) && !is(WordClass::preposition, k) &&
                        !is(WordClass::conjunction, k);
              }
              if (nouns) {
                a.fallback_end = i;
              }
            }
            break;  // the sentence's first verb
          }
          const lexicon::EntityMatch* m = m_s.entity_covering(i);
          const Hit* n = m_s.noun_covering(i);
          if (m != nullptr || n != nullptr) {
            a.fallback_begin = main_start;
            a.fallback_end = std::max(a.fallback_end, m != nullptr ? m->end : n->end);
          } else if (a.fallback_end == i && i > main_start && m_s.tokens[i].capitalized) {
            a.fallback_end = i + 1;  // the name after a title: "Defense Secretary Caspar Weinberger"
          } else if (m_s.tokens[i].capitalized && i > main_start && is(WordClass::determiner, main_start) &&
                     (a.fallback_end == 0 || a.fallback_end == i)) {
            // "The emirate of Dubai has rejected …": a name the lexicons do not know.
            a.fallback_begin = main_start;
            a.fallback_end = i + 1;
          } else if (i == main_start + 1 && a.fallback_end == 0 && is(WordClass::determiner, main_start) &&
                     word(main_start, u"the") && m_s.is_word(i) && !m_s.tokens[i].capitalized && i + 1 < t &&
                     (word(i + 1, u"has") || word(i + 1, u"had") || word(i + 1, u"have") || word(i + 1, u"is") ||
                      word(i + 1, u"was") || word(i + 1, u"will") || word(i + 1, u"would") ||
                      // ("The campaign did not dispute the figures but said P".)
                      word(i + 1, u"did") || word(i + 1, u"does"))) {
            // (Not with any verb after it: "The unease stayed but found new
            // targets" is no report.)
            // "The trust has not brought the jars up and says P": a common noun and its verb.
            a.fallback_begin = main_start;
            a.fallback_end = i + 1;
          } else if (i == main_start && m_s.tokens[i].capitalized && !is(WordClass::determiner, i) &&
                     (main_start > 0 || (i + 1 < t && m_s.tokens[i + 1].capitalized))) {
            // "…, Mann attributed …": a bare name opening the main clause; "Rodong Sinmun, the
            // main newspaper …, carried photos … and reported": a name opening the sentence.
            a.fallback_begin = main_start;
            a.fallback_end = i + 1;
          }
        }
        // ("Italian carmaker Vettorio has slumped to a loss and warned that P": common nouns
        // before the name that opens the sentence, read as the clause's subject is.)
        if (a.fallback_end == 0 && main_start == 0) {
          // The verb after the subject `fb`, past an aside set off by commas, a prepositional
          // phrase or a participle's ("West African leaders, at a summit in Abuja on Sunday,
          // ordered … and said P").
          auto verb_after = [&](NounPhrase fb) {
            std::uint32_t verb = fb.end;
            // (Or a relative clause or a past participle's phrase: "Acme, which was founded in
            // 2019, disputed … and said P", "The startup, based in Berlin, …".)
            if (verb + 2 < t && m_s.is_comma(verb) &&
                (is(WordClass::preposition, verb + 1) ||
                 (m_s.lower(verb + 1).size() > 4 && m_s.lower(verb + 1).ends_with(u"ing")) ||
                 opens_description(verb + 1))) {
              std::uint32_t k = verb + 2;
              while (k < t && !m_s.is_comma(k) && !m_s.is_end_punct(k) && k - verb < 16) {
                ++k;
              }
              if (k + 1 < t && m_s.is_comma(k)) {
                verb = k + 1;
              }
            }
            return verb;
          };
          auto subject_of_verb = [&](NounPhrase fb) {
            const std::uint32_t verb = verb_after(fb);
            return fb.end > fb.begin && verb + 1 < t && has_head(fb.begin, fb.end) &&
                   (is(WordClass::auxiliary, verb) || (m_s.lower(verb).size() > 3 && m_s.lower(verb).ends_with(u"ed")));
          };
          // (A noun phrase closed by the sentence's first comma, an aside after it, is the
          // whole subject: "ECOWAS leaders, at a summit, ordered"; otherwise the clause's.)
          std::uint32_t comma = 0;
          while (comma < t && comma < 8 && np_token(comma) && !m_s.is_comma(comma)) {
            ++comma;
          }
          if (comma > 0 && comma < t && m_s.is_comma(comma) && subject_of_verb(NounPhrase{0, comma})) {
            a.fallback_begin = 0;
            a.fallback_end = comma;
          } else if (const NounPhrase fb = clause_subject(); subject_of_verb(fb)) {
            a.fallback_begin = fb.begin;
            a.fallback_end = fb.end;
          }
        }
        a.region_begin = t - 1;
        if (!av.has_content) {
          return std::nullopt;
        }
        return finish_preposed(a, av);
      }
      return std::nullopt;
    }
    a.sources = frames::split_relays(m_s, subject.begin, subject.end, phrase(hit, subject.begin, subject.end));
    // "KCNA carried a commentary which said P": the one who carried or issued the statement
    // speaks through it; "KCNA carried a statement by an official, who said P": the medium
    // relays the one whose statement it was.
    carry_relative(a);
    // "A ministry official, speaking anonymously to the AFP news agency, said P": the medium
    // spoken to, in an aside before the verb, relays.
    if (av.recipient.empty() && av.relay_outer.empty()) {
      for (std::uint32_t k = subject.end; k + 2 < hit.begin; ++k) {
        if (!m_s.is_comma(k) || !(word(k + 1, u"speaking") || word(k + 1, u"talking"))) {
          continue;
        }
        std::uint32_t to = k + 2;
        while (to < hit.begin && to < k + 8 && !word(to, u"to") && !m_s.is_comma(to)) {
          ++to;
        }
        std::uint32_t e = to + 1;
        while (e < hit.begin && !m_s.is_comma(e)) {
          ++e;
        }
        if (to + 1 < e && word(to, u"to") && recipient_is_medium(NounPhrase{to + 1, e})) {
          SourcePhrase outer = phrase(hit, to + 1, e);
          outer.recipient = true;
          a.sources.insert(a.sources.begin(), outer);
        }
        break;
      }
    }
    if (!av.recipient.empty() && recipient_is_medium(av.recipient)) {
      // "the consul told Reuters that P": Reuters relayed it.
      SourcePhrase outer = phrase(hit, av.recipient.begin, av.recipient.end);
      outer.recipient = true;
      a.sources.insert(a.sources.begin(), outer);
    }
    if (!av.relay_outer.empty()) {
      // Outermost: the phrase follows the recipient and relays it in turn ("told Tehran
      // Radio, monitored by the BBC": the BBC > Tehran Radio > the speaker).
      SourcePhrase outer = phrase_cued(av.relay_outer.begin, av.relay_outer.end, av.relay_cue_begin, av.relay_cue_end);
      // ("in an interview with X", "speaking to X": X was spoken to, as one told is.)
      outer.recipient = frames::spoken_to(m_s, av.relay_cue_end);
      a.sources.insert(a.sources.begin(), outer);
    }
    a.region_begin = subject.begin;
    a.region_end = std::max(hit.end, av.next);

    // ""Q," he told bankers and businessmen in Medan": after a quotation, a phrase after the
    // verb that is no clause (an object, an adjunct) leaves the quotation as the claim. (A
    // clause does not: "On the broadcast of "Fox News Sunday," Pence said P".)
    const bool quote_before = phrase_begin > 0 && (m_s.is_close_quote(phrase_begin - 1) ||
                                                   (phrase_begin > 1 && m_s.is_comma(phrase_begin - 1) &&
                                                    m_s.is_close_quote(phrase_begin - 2)));
    const bool adjunct_after = av.has_content && is(WordClass::preposition, av.content);  // "told Reuters in commenting on"
    // ""Q," Trump told the crowd, reciting the lyrics", ""Q," Mr. Obama said, not even
    // needing to …": the writer's words after the comma; the quotation is the claim.
    const bool participle_after = av.after_comma && !av.marked && av.content < m_end && m_s.is_word(av.content) &&
                                  !m_s.tokens[av.content].capitalized;
    // ""Q1," she said, "Q2"": the quotation before the speaker is the claim.
    const bool quote_after_comma = av.marked && av.content > 0 && m_s.is_open_quote(av.content) &&
                                   m_s.is_comma(av.content - 1);
    if (quote_before && (participle_after || quote_after_comma) && content_before(a, phrase_begin)) {
      // ""My hope," he said, "is that …"": one sentence the attribution interrupts; the claim
      // runs from the first part to the end of the second.
      // (Not when the second part starts a clause of its own: "“The road is closed,” she said,
      // “and it will stay closed.”")
      if (quote_after_comma && av.content + 1 < m_end && m_s.is_word(av.content + 1) &&
          !m_s.tokens[av.content + 1].capitalized && !is(WordClass::conjunction, av.content + 1) &&
          a.quote_region >= 0) {
        std::uint32_t close = av.content + 1;
        while (close < m_end && !m_s.is_close_quote(close)) {
          ++close;
        }
        a.quote_region = -1;
        a.content_end = close;
        a.wrapper = false;
        a.content_before = false;
        while (a.content_begin < a.content_end && m_s.is_open_quote(a.content_begin)) {
          ++a.content_begin;
        }
        return a;
      }
      a.wrapper = true;
      return a;
    }
    // ""You did well," Ms. Pryce told several of the nurses": after a quotation, what follows
    // "told" unmarked is whom he told.
    const bool told_after_quote = cue.recipient && av.has_content && !av.marked;
    if (quote_before && (!av.has_content || adjunct_after || told_after_quote) && !av.marked && !av.after_comma &&
        content_before(a, phrase_begin)) {
      a.wrapper = true;
      return a;
    }
    // "continued", "went on" report speech only with their words: "Iran continued its
    // offensive" is not a claim.
    if (!av.marked && (word(hit.begin, u"continued") || word(hit.begin, u"went"))) {
      return std::nullopt;
    }
    // "P, the JCS said in a text message sent to reporters": after the adjunct a participle
    // modifies the medium; the content is the clause before the source.
    if (av.has_content && !av.after_comma && !av.marked && av.content > hit.end && subject.begin > 0 &&
        (m_s.is_comma(subject.begin - 1) || m_s.is_close_quote(subject.begin - 1)) && !m_s.tokens[av.content].capitalized &&
        is(WordClass::statement_noun, av.content - 1)) {
      const std::u16string_view first = m_s.lower(av.content);
      static constexpr std::u16string_view k_participles[] = {u"sent", u"made", u"given", u"written", u"shown",
                                                              u"read", u"seen", u"put", u"held", u"broadcast"};
      const bool participle = (first.size() > 3 && first.ends_with(u"ed")) ||
                              std::find(std::begin(k_participles), std::end(k_participles), first) !=
                                  std::end(k_participles);
      // ("said in a statement posted on Facebook that P": the content still follows.)
      bool content_follows = false;
      // (From after the participle: "posted" is a cue of its own.)
      // (Up to the speaker's participle after a comma: "…, adding that Q" goes on with the speaker.)
      for (std::uint32_t t = av.content + 1; t < m_end && !content_follows; ++t) {
        if (m_s.is_comma(t) && ing_cue(t + 1)) {
          break;
        }
        // (Not a clock's colon: "released at 7:45 am".)
        const bool clock = t > 0 && t + 1 < m_end && m_s.tokens[t - 1].kind == text::TokenKind::number &&
                           m_s.tokens[t + 1].kind == text::TokenKind::number;
        content_follows = word(t, u"that") || (m_s.is_punct(t, u':') && !clock) || m_s.is_open_quote(t) ||
                          m_s.cue_at(t) != nullptr;
      }
      if (participle && !content_follows && content_before(a, phrase_begin)) {
        a.wrapper = true;
        return a;
      }
    }
    // "P, the chief executive told reporters on a call, adding that Q": where it was said,
    // with no statement noun, then the speaker's participle; P before the source is the claim.
    // (Not "wrote to the Army secretary": the one written to, whose letter goes on. Unless a
    // comma and the writer's setting close it: "P, the company confirmed to The Verge, days
    // after …".)
    // (Nor a count, "which said about 80 people had registered", nor a relative pronoun's verb.)
    auto to_then_setting = [&] {
      std::uint32_t k = av.content + 1;
      while (k < m_end && k <= av.content + 6 && m_s.is_word(k) && m_s.cue_at(k) == nullptr && !word(k, u"that")) {
        ++k;
      }
      return k > av.content + 1 && k < m_end && m_s.is_comma(k) && time_setting_at(k);
    };
    if (av.has_content && !av.after_comma && !av.marked && subject.begin > 1 && m_s.is_comma(subject.begin - 1) &&
        is(WordClass::preposition, av.content) && (!word(av.content, u"to") || to_then_setting()) &&
        !word(av.content, u"about") &&
        !word(av.content, u"around") && !word(av.content, u"over") && !word(av.content, u"under") &&
        !word(subject.begin, u"which") && !word(subject.begin, u"who")) {
      AfterVerb adjunct = av;
      adjunct.next = av.content;
      // ("P, the returning officer announced at the collation centre in Lokoja, the state
      // capital.": the place and its apposition, no clause, to the end of the sentence.)
      // ("P, Maersk said in an advisory to customers, though others said Q": a concessive
      // clause after the adjunct is a clause of its own.)
      std::uint32_t adjunct_end = av.content;
      while (adjunct_end < m_end &&
             !(m_s.is_comma(adjunct_end) && adjunct_end + 1 < m_end &&
               (word(adjunct_end + 1, u"though") || word(adjunct_end + 1, u"although") ||
                word(adjunct_end + 1, u"while") || word(adjunct_end + 1, u"whereas") || word(adjunct_end + 1, u"but")))) {
        ++adjunct_end;
      }
      bool place_only = adjunct_end - av.content <= 16;
      for (std::uint32_t k = av.content; k < adjunct_end && place_only; ++k) {
        place_only = !word(k, u"that") && !m_s.is_punct(k, u':') && !m_s.is_quote_mark(k) && m_s.cue_at(k) == nullptr &&
                     !(m_s.lower(k).size() > 4 && m_s.lower(k).ends_with(u"ing")) &&
                     !is(WordClass::auxiliary, k) && !is(WordClass::verb_blocker, k) &&
                     !(m_s.is_comma(k) && k + 1 < m_end && !word(k + 1, u"the") && !m_s.tokens[k + 1].capitalized);
      }
      if ((ends_clause(adjunct) || place_only) && content_before(a, phrase_begin)) {
        a.wrapper = true;
        return a;
      }
    }
    if (av.has_content && !av.after_comma) {
      return finish_preposed(a, av);
    }
    if (av.after_comma && av.has_content) {
      const std::uint32_t before = subject.begin;
      const bool comma_before = before > 1 && m_s.is_comma(before - 1);
      // "P, researchers said Wednesday, although specialists warned that Q": a subordinate
      // clause after the source is a clause of its own; the source closes P.
      if (comma_before && av.content < m_end &&
          (word(av.content, u"although") || word(av.content, u"though") || word(av.content, u"while") ||
           word(av.content, u"whereas") || word(av.content, u"but") || word(av.content, u"because") ||
           word(av.content, u"even") ||
           // ("P, the trustees said Friday, after which retirees could see cuts".)
           word(av.content, u"after") || word(av.content, u"before") || word(av.content, u"which") ||
           word(av.content, u"when") || word(av.content, u"until") || word(av.content, u"unless") ||
           appositive_after_source(av.content))) {
        if (content_before(a, before)) {
          a.wrapper = true;
          return a;
        }
      }
      // "The lot, which, Tompkins said, is usually full, was empty": the relative clause the
      // source interrupts, to its closing comma.
      if (comma_before && before >= 3 && (word(before - 2, u"which") || word(before - 2, u"who")) &&
          m_s.is_comma(before - 3)) {
        std::uint32_t end = av.content;
        while (end < m_end && !(m_s.is_comma(end) && !m_s.in_quote(end))) {
          ++end;
        }
        a.content_begin = before - 2;
        a.content_end = end;
        if (frames::trim_content(m_s, a.content_begin, a.content_end)) {
          return a;
        }
      }
      // ("They gather at Camp David, where, a person familiar with the plans said, they will
      // urge him to stay": an adverbial relative's clause after the source is what was said;
      // the place or time it hangs on is narration.)
      if (comma_before && before >= 3 && (word(before - 2, u"where") || word(before - 2, u"whereupon")) &&
          m_s.is_comma(before - 3) && av.content < m_end && m_s.is_word(av.content)) {
        std::uint32_t end = av.content;
        while (end < m_end && !(m_s.is_comma(end) && !m_s.in_quote(end))) {
          ++end;
        }
        a.content_begin = av.content;
        a.content_end = end;
        if (frames::trim_content(m_s, a.content_begin, a.content_end)) {
          return a;
        }
      }
      // The clause the source sits in: where it starts, and whether a comma stands inside it
      // before the source.
      std::uint32_t cs = clause_start(before);
      while (cs + 1 < before && (is(WordClass::conjunction, cs) || !m_s.is_word(cs))) {
        ++cs;
      }
      bool comma_inside = false;
      for (std::uint32_t k = cs; k + 1 < before; ++k) {
        comma_inside = comma_inside || m_s.is_comma(k);
      }
      // ("Though the handover was smooth, he said, replacing her would be harder", "If the
      // talks fail, the minister said, the strike resumes": a subordinate clause is no claim
      // alone; the claim is the sentence around the source, whose main clause follows it,
      // even one that opens with a gerund.)
      if (comma_before && av.content < m_end && m_s.is_word(av.content) && m_s.cue_at(av.content) == nullptr &&
          !comma_inside && cs + 2 < before && is(WordClass::subordinator, cs) && !word(cs, u"as") &&
          m_s.cue_at(cs) == nullptr) {
        a.content_begin = cs;
        a.content_end = m_end;
        if (frames::trim_content(m_s, a.content_begin, a.content_end)) {
          return a;
        }
      }
      if (comma_before && !ends_clause(av)) {
        // "The new dam, the ministry said, was its largest yet": the source sits inside
        // its clause, whose subject comes before it; the claim is the whole clause around it.
        // (After an introduction, "In the south, IRNA said, P", the claim is P.)
        const bool introduction = is(WordClass::preposition, cs) || is(WordClass::adverb, cs) ||
                                  is(WordClass::time_word, cs) || is(WordClass::subordinator, cs) ||
                                  m_s.cue_at(cs) != nullptr || m_s.is_open_quote(cs);
        if (!introduction && !comma_inside && cs + 1 < before) {
          a.content_begin = cs;
          a.content_end = m_end;
          if (frames::trim_content(m_s, a.content_begin, a.content_end)) {
            return a;
          }
        }
        if (introduction && !comma_inside) {
          return finish_preposed(a, av);  // "In the south, IRNA said, rebel units took …"
        }
      }
      // "In the north, the agency said, rebel units took ...": the clause after the comma,
      // unless a long clause precedes the source (then it is postposed).
      if ((before <= 4 || !comma_before) && !(before > 0 && relayed_after(av))) {
        return finish_preposed(a, av);
      }
    }
    if (ends_clause(av) || (av.after_comma && !av.has_content) || av.next >= m_end) {
      if (!content_before(a, phrase_begin)) {
        return std::nullopt;
      }
      a.wrapper = true;
      return a;
    }
    if (av.after_comma) {
      if (content_before(a, phrase_begin)) {
        a.wrapper = true;
        return a;
      }
    }
    return std::nullopt;
  }

  [[nodiscard]] bool recipient_is_medium(const NounPhrase& r) const {
    if (frames::names_known_medium(m_s, r.begin, r.end)) {
      return true;
    }
    for (const Hit& h : m_s.nouns) {
      if (h.begin >= r.begin && h.end <= r.end) {
        // ("told a daily briefing", "told a weekly news conference": "daily" and "weekly"
        // describe the briefing there, with at most one plain word between.)
        bool modifier = false;
        for (std::uint32_t k = h.end; k < r.end && k <= h.end + 1 && !modifier; ++k) {
          // ("a weekly press conference": "press" and "news" make the compound.)
          modifier = is(WordClass::statement_noun, k) &&
                     (k == h.end || (!m_s.tokens[h.end].capitalized &&
                                     (m_s.noun_covering(h.end) == nullptr || word(h.end, u"press") || word(h.end, u"news"))));
        }
        if (frames::is_medium_noun(m_s.lex.source_nouns()[h.payload]) && !modifier) {
          return true;
        }
        // ("Residents told local media that P": the media relay what they were told.)
        if (word(h.end - 1, u"media") && h.end == r.end) {
          return true;
        }
      }
    }
    // "told the Financial Times", "told The Toronto Star": a masthead the gazetteer does not
    // know, a capitalized name whose head is a newspaper's word ("the Independent Commission"
    // is not: the masthead word must end the name or come before "of").
    for (std::uint32_t i = r.begin; i < r.end; ++i) {
      const bool named_before = i > r.begin && (m_s.tokens[i - 1].capitalized || word(i - 1, u"the"));
      const bool head = i + 1 == r.end || word(i + 1, u"of") || !m_s.tokens[i + 1].capitalized;
      if (named_before && head && m_s.tokens[i].capitalized && is_masthead_word(m_s.lower(i))) {
        return true;
      }
    }
    // ("Speaking to Radio France Internationale", "told Radio Okapi", "told Television Zambia": a
    // broadcaster the gazetteer does not know, named after its medium. The name must go on
    // capitalized: "Radio 4" is known, "radio listeners" is no name.)
    for (std::uint32_t i = r.begin; i + 1 < r.end; ++i) {
      if (i > r.begin && !word(i - 1, u"the")) {
        break;
      }
      if (m_s.tokens[i].capitalized && (word(i, u"radio") || word(i, u"television")) && m_s.tokens[i + 1].capitalized &&
          m_s.is_word(i + 1)) {
        return true;
      }
    }
    // ("told NME.com", "told BBCNews.co.uk": a website's address names the site.)
    for (std::uint32_t i = r.begin; i < r.end; ++i) {
      const std::u16string_view t = m_s.lower(i);
      if (t.size() > 4 && (t.ends_with(u".com") || t.ends_with(u".net") || t.ends_with(u".org") || t.ends_with(u".co.uk"))) {
        return true;
      }
    }
    return false;
  }

  std::optional<Attribution> finish_preposed(Attribution& a, const AfterVerb& av) {
    a.content_begin = av.content;
    a.content_end = av.content_limit > av.content ? std::min(av.content_limit, m_end) : m_end;
    // ("Some parents of candidates who wrote the test at the centre alleged that P", "A person
    // who said he was a relative told the paper that P": an unmarked relative clause runs into
    // the main clause's own verb of saying and its "that"; the relative says nothing of its own.)
    if (!av.marked && a.sources.size() == 1 && a.sources.front().end == a.sources.front().begin + 1 &&
        word(a.sources.front().begin, u"who")) {
      for (std::uint32_t t = a.content_begin + 1; t + 1 < a.content_end && t < a.content_begin + 14; ++t) {
        if (m_s.is_comma(t) || m_s.in_quote(t) || word(t, u"that")) {
          break;
        }
        const Hit* h = m_s.cue_at(t);
        if (h == nullptr || h->begin != t || m_s.lex.cues()[h->payload].frame != Frame::speech) {
          continue;
        }
        for (std::uint32_t u = h->end; u < a.content_end && u < h->end + 6; ++u) {
          if (word(u, u"that")) {
            return std::nullopt;
          }
          if (m_s.is_comma(u) || m_s.is_end_punct(u)) {
            break;
          }
        }
      }
    }
    // "Everything Trump says is a lie": content that opens with a finite verb has lost its
    // subject to the clause around the cue; the cue sits in a relative clause.
    // ("the gifts, which she said came with conditions" keeps its claim: there the
    // relative pronoun is the content's subject.)
    if (av.content < m_end && !av.marked && !a.sources.empty() && !a.sources.back().dropped() &&
        (word(av.content, u"is") || word(av.content, u"was") || word(av.content, u"are") ||
         word(av.content, u"were") || word(av.content, u"has") || word(av.content, u"have"))) {
      const std::uint32_t first = a.sources.front().begin;
      if (word(first, u"everything") || word(first, u"anything") || word(first, u"nothing") ||
          word(first, u"something") || word(first, u"all") || word(first, u"what") || word(first, u"whatever")) {
        return std::nullopt;
      }
    }
    // "denied reports (that) it was planning P", "rejected claims that P": what is denied is
    // the clause the noun introduces.
    if (a.commitment == Commitment::denial && av.content + 2 < m_end) {
      std::uint32_t k = av.content;
      if (word(k, u"the") || word(k, u"media") || word(k, u"press") || word(k, u"these")) {
        ++k;
      }
      if (k + 2 < m_end && claim_noun(m_s.lower(k))) {
        const std::uint32_t n = k + 1;
        if (word(n, u"that") && n + 1 < m_end && m_s.is_word(n + 1)) {
          a.content_begin = n + 1;
        } else if (is(WordClass::pronoun_male, n) || is(WordClass::pronoun_female, n) ||
                   is(WordClass::pronoun_thing, n) || is(WordClass::pronoun_plural, n) || word(n, u"we") ||
                   word(n, u"i")) {
          a.content_begin = n;
        }
      }
    }
    // ("said reports that Iran intends to threaten shipping were baseless", "said claims that
    // troops had crossed were completely false": a verdict that rejects the reports denies
    // what they say.)
    if (a.commitment != Commitment::denial && !m_s.in_quote(av.content) && av.content + 4 < a.content_end) {
      std::uint32_t k = av.content;
      if (word(k, u"the") || word(k, u"these") || word(k, u"such") || word(k, u"media") || word(k, u"press") ||
          word(k, u"recent")) {
        ++k;
      }
      if (claim_noun(m_s.lower(k)) && word(k + 1, u"that")) {
        // The verdict: "were/was/are/is" (an adverb) and a rejecting word, ending the clause.
        for (std::uint32_t v = k + 3; v + 1 < a.content_end; ++v) {
          if (m_s.is_comma(v) || m_s.is_end_punct(v)) {
            break;
          }
          if (!(word(v, u"were") || word(v, u"was") || word(v, u"are") || word(v, u"is"))) {
            continue;
          }
          std::uint32_t j = v + 1;
          while (j < a.content_end && is(WordClass::adverb, j)) {
            ++j;
          }
          if (j < a.content_end && (word(j, u"completely") || word(j, u"totally") || word(j, u"utterly") ||
                                    word(j, u"entirely") || word(j, u"absolutely"))) {
            ++j;
          }
          if (j < a.content_end && is(WordClass::dismissive, j) &&
              (j + 1 >= a.content_end || !m_s.is_word(j + 1))) {
            a.commitment = Commitment::denial;
            a.rule = "en.verdict";
            a.content_begin = k + 2;
            a.content_end = v;
            if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
              return std::nullopt;
            }
            return a;
          }
        }
      }
    }
    if (const std::int32_t q = frames::quote_starting_at(m_s, av.content); q >= 0) {
      const QuoteRegion& region = m_quotes[static_cast<std::size_t>(q)];
      // The whole quotation, unless text follows it in this sentence (a mixed quote).
      std::uint32_t close_token = m_end;
      for (std::uint32_t i = av.content + 1; i < m_s.size(); ++i) {
        if (m_s.is_close_quote(i)) {
          close_token = i;
          break;
        }
      }
      const bool runs_on = region.close >= m_s.span.end || close_token + 1 >= m_end;
      if (runs_on) {
        a.quote_region = q;
      }
    }
    if (a.quote_region < 0) {
      frames::cut_concessive(m_s, a.content_begin, a.content_end);
      // A relative clause set off by commas ("The report, which says P, ends his hopes")
      // ends at its closing comma: the main clause goes on after it.
      // So does a subordinate clause that opens the sentence: "While traders said P, Mann
      // attributed …".
      const bool subordinate_opening = !a.sources.empty() && !a.sources.front().dropped() &&
                                       a.sources.front().begin > 0 &&
                                       is(WordClass::subordinator, a.sources.front().begin - 1) &&
                                       !word(a.sources.front().begin - 1, u"that") &&
                                       a.sources.front().begin - 1 <= 1;
      if ((!a.sources.empty() && a.sources.front().end == a.sources.front().begin + 1 &&
           a.sources.front().begin > 0 && m_s.is_comma(a.sources.front().begin - 1) &&
           (word(a.sources.front().begin, u"who") || word(a.sources.front().begin, u"which"))) ||
          subordinate_opening) {
        for (std::uint32_t k = a.content_begin + 1; k + 1 < a.content_end; ++k) {
          if (m_s.is_comma(k) && !m_s.in_quote(k)) {
            a.content_end = k;
            break;
          }
        }
      }
      if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
        return std::nullopt;
      }
    }
    // ("told Breitbart News the seat "may be slipping away" and blamed what …": after a closing
    // quotation mark, "and" with a verb of saying in the past goes on with the speaker.)
    for (std::uint32_t k = a.content_begin + 2; k + 1 < a.content_end; ++k) {
      if (!word(k, u"and") || !m_s.is_close_quote(k - 1) || m_s.in_quote(k)) {
        continue;
      }
      const Hit* next = m_s.cue_at(k + 1);
      if (next != nullptr && next->begin == k + 1 && m_s.lower(k + 1).ends_with(u"ed")) {
        a.content_end = k;
        if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
          return std::nullopt;
        }
        break;
      }
    }
    return a;
  }

  // "Clinton is warning voters that P", "He's claiming that P": a progressive is a finite verb.
  std::optional<Attribution> progressive(const Hit& hit, const lexicon::CueEntry& cue) {
    std::uint32_t t = hit.begin;
    while (t > 0 && is(WordClass::adverb, t - 1)) {
      --t;
    }
    if (t == 0) {
      return std::nullopt;
    }
    const std::uint32_t aux = t - 1;
    const bool be = word(aux, u"is") || word(aux, u"are") || word(aux, u"was") || word(aux, u"were") ||
                    word(aux, u"been") || word(aux, u"'re") ||
                    (word(aux, u"'s") && aux > 0 &&
                     (is(WordClass::pronoun_male, aux - 1) || is(WordClass::pronoun_female, aux - 1) ||
                      is(WordClass::pronoun_thing, aux - 1) || word(aux - 1, u"who") || word(aux - 1, u"that")));
    if (!be) {
      return std::nullopt;
    }
    std::uint32_t s_end = aux;
    while (s_end > 0 && (word(s_end - 1, u"has") || word(s_end - 1, u"have") || word(s_end - 1, u"had") ||
                         word(s_end - 1, u"also") || is(WordClass::adverb, s_end - 1))) {
      --s_end;  // "has been warning", "is also claiming"
    }
    const NounPhrase subject = subject_left(s_end);
    if (subject.empty() || !has_head(subject.begin, subject.end)) {
      return std::nullopt;
    }
    Attribution a = base(hit, cue);
    const AfterVerb av = after_verb(hit.end, word(hit.begin, u"telling") || word(hit.begin, u"warning"));
    if (!av.has_content) {
      return std::nullopt;
    }
    a.sources = frames::split_relays(m_s, subject.begin, subject.end, phrase(hit, subject.begin, subject.end));
    a.region_begin = subject.begin;
    a.region_end = std::max(hit.end, av.next);
    return finish_preposed(a, av);
  }

  // "with investors saying that P", "… and Democrats saying P": the noun phrase between
  // `opener` ("with", "and") and the participle is its subject.
  // The end of the one quoted between a relay verb's end `from` and its "as": "quoted Ri, who
  // it said had inspected the area, as saying" names Ri, not the clause.
  [[nodiscard]] std::uint32_t quoted_end(std::uint32_t from, std::uint32_t as) const {
    for (std::uint32_t i = from + 1; i + 1 < as; ++i) {
      if (m_s.is_comma(i) && (word(i + 1, u"who") || word(i + 1, u"whom") || word(i + 1, u"which"))) {
        return i;
      }
    }
    return as;
  }

  // "RIA quoted a source as dismissing the reports as "fantasy" and saying that P": a second
  // participle joined by "and" to the "as -ing" of a relay goes on with the same relay.
  std::optional<Attribution> second_as_participle(const Hit& hit, const lexicon::CueEntry& cue) {
    if (hit.begin < 4 || !word(hit.begin - 1, u"and")) {
      return std::nullopt;
    }
    for (std::uint32_t as = hit.begin - 2; as > 1 && hit.begin - as <= 16; --as) {
      if (m_s.is_end_punct(as) || m_s.is_comma(as)) {
        return std::nullopt;
      }
      const std::u16string_view ing = m_s.lower(as + 1);
      if (!word(as, u"as") || as + 2 >= hit.begin || ing.size() <= 5 || !ing.ends_with(u"ing")) {
        continue;
      }
      for (std::uint32_t v = as; v-- > 0 && as - v <= 10;) {
        const Hit* h = m_s.cue_at(v);
        if (h == nullptr || h->begin != v) {
          continue;
        }
        if (m_s.lex.cues()[h->payload].frame != Frame::relay || h->end >= as) {
          return std::nullopt;
        }
        const NounPhrase outer = subject_left(v);
        if (outer.empty()) {
          return std::nullopt;
        }
        const AfterVerb av = after_verb(hit.end, false);
        if (!av.has_content || av.after_comma) {
          return std::nullopt;
        }
        Attribution a = base(hit, cue);
        a.participle = true;
        const std::string label = m_s.utf8(v, h->end) + " \u2026 " + m_s.utf8(hit.begin, hit.end);
        a.sources = frames::split_relays(m_s, outer.begin, outer.end, phrase(hit, outer.begin, outer.end, label));
        a.sources.push_back(phrase(hit, h->end, quoted_end(h->end, as), label));
        a.region_begin = hit.begin - 1;
        return finish_preposed(a, av);
      }
      return std::nullopt;
    }
    return std::nullopt;
  }

  std::optional<Attribution> absolute_participle(const Hit& hit, const lexicon::CueEntry& cue, std::uint32_t opener) {
    Attribution a = base(hit, cue);
    a.participle = true;
    const AfterVerb av = after_verb(hit.end, false);
    if (!av.has_content) {
      return std::nullopt;
    }
    a.sources = {phrase(hit, opener + 1, hit.begin)};
    a.region_begin = opener;
    std::optional<Attribution> r = finish_preposed(a, av);
    // ("with Allen insisting P and businesswoman Carol Fenn calling that …": a second
    // absolute phrase under the same "with", its own subject and participle, ends P.)
    if (r) {
      for (std::uint32_t k = r->content_begin; k + 2 < r->content_end; ++k) {
        if (!word(k, u"and") || m_s.in_quote(k)) {
          continue;
        }
        bool names = false;
        for (std::uint32_t j = k + 1; j < r->content_end && j <= k + 7 && m_s.is_word(j); ++j) {
          const std::u16string_view t = m_s.lower(j);
          if (names && j > k + 1 && !m_s.tokens[j].capitalized && t.size() > 5 && t.ends_with(u"ing")) {
            r->content_end = k;
            break;
          }
          names = names || m_s.tokens[j].capitalized || m_s.noun_covering(j) != nullptr;
        }
        if (r->content_end == k) {
          if (!frames::trim_content(m_s, r->content_begin, r->content_end)) {
            return std::nullopt;
          }
          break;
        }
      }
    }
    return r;
  }

  std::optional<Attribution> participle(const Hit& hit, const lexicon::CueEntry& cue) {
    // "denying the Senate a quorum": depriving someone of a thing, two objects, no denial.
    if ((word(hit.begin, u"denying") || word(hit.begin, u"denied")) && hit.end + 2 < m_end &&
        (word(hit.end, u"the") || m_s.tokens[hit.end].capitalized || word(hit.end, u"them") || word(hit.end, u"him") ||
         word(hit.end, u"her"))) {
      for (std::uint32_t k = hit.end + 1; k < m_end && k <= hit.end + 4 && m_s.is_word(k); ++k) {
        if (word(k, u"a") || word(k, u"an") || word(k, u"access")) {
          return std::nullopt;
        }
      }
    }
    // "reporting Poehl's remarks", "announcing a plan": these report only a clause.
    // ("while admitting Iran had taken ground": a clause without "that" has its verb near.)
    auto clause_follows = [&] { return finite_verb_within(hit.end + 1, 4); };
    if ((word(hit.begin, u"reporting") || word(hit.begin, u"announcing") || word(hit.begin, u"revealing") ||
         word(hit.begin, u"admitting") || word(hit.begin, u"acknowledging") ||
         // ("is recalling about 180,000 heaters": a product recall, not a memory.)
         word(hit.begin, u"recalling")) &&
        !(hit.end < m_end && (word(hit.end, u"that") || m_s.is_open_quote(hit.end) || m_s.is_punct(hit.end, u':'))) &&
        !(hit.begin > 0 && word(hit.begin - 1, u"while") && clause_follows())) {
      return std::nullopt;
    }
    // ("announced it would exit its investment, writing down about $530 million": an
    // accounting write-down, no words.)
    if (word(hit.begin, u"writing") && hit.end < m_end && (word(hit.end, u"down") || word(hit.end, u"off"))) {
      return std::nullopt;
    }
    // ("He requested anonymity, saying agency rules bar staff from briefing reporters",
    // "spoke on condition of anonymity, saying P": why the source is unnamed, no claim.)
    if (hit.begin >= 2 && m_s.is_comma(hit.begin - 1) && word(hit.begin - 2, u"anonymity") &&
        (word(hit.begin, u"saying") || word(hit.begin, u"explaining") || word(hit.begin, u"noting"))) {
      return std::nullopt;
    }
    if (auto p = progressive(hit, cue)) {
      return p;
    }
    if (auto p = second_as_participle(hit, cue)) {
      return p;
    }
    // "…, with investors saying that P", "with reports suggesting that P": the noun phrase
    // after "with" is the source.
    // ("with state Sen. Boyd Allen insisting P": the period of a title's abbreviation.)
    auto abbreviation_dot = [&](std::uint32_t d) {
      return d > 0 && m_s.is_punct(d, u'.') && m_s.tokens[d].begin == m_s.tokens[d - 1].end && m_s.is_word(d - 1) &&
             m_s.tokens[d - 1].capitalized && m_s.lower(d - 1).size() <= 4;
    };
    for (std::uint32_t w = hit.begin; w-- > 0 && hit.begin - w <= 8;) {
      if (abbreviation_dot(w)) {
        continue;
      }
      if (!m_s.is_word(w) || (m_s.cue_at(w) != nullptr && m_s.noun_covering(w) == nullptr)) {
        break;  // ("reports" is a source noun there, not the verb)
      }
      if (word(w, u"with")) {
        // ("with a caption saying P": the caption is the subject's, read below.)
        if (w + 1 < hit.begin && has_head(w + 1, hit.begin) && !issued_statement_before(hit.begin)) {
          return absolute_participle(hit, cue, w);
        }
        break;
      }
    }
    // "with Republican leaders blaming Democrats for X and Democrats saying P": a second
    // absolute phrase under the same "with" has its own subject before the participle.
    for (std::uint32_t w = hit.begin; w-- > 0 && hit.begin - w <= 5;) {
      if (!m_s.is_word(w) || m_s.cue_at(w) != nullptr) {
        break;
      }
      if (word(w, u"and")) {
        bool under_with = false;
        for (std::uint32_t k = w; k-- > 0 && w - k <= 16 && !m_s.is_end_punct(k);) {
          under_with = under_with || word(k, u"with");
        }
        if (under_with && w + 1 < hit.begin && has_head(w + 1, hit.begin)) {
          return absolute_participle(hit, cue, w);
        }
        break;
      }
    }
    // ("Trump began by saying P", "responded by saying P": the clause's subject too.)
    // ("criticised for saying that P", "despite admitting that P", "after announcing that P": a
    // gerund under a preposition, the clause's subject its speaker, when "that" or a quotation
    // follows.)
    // (", while stressing that P", "while admitting Iran had taken ground": the comma before
    // "while" too.)
    const bool gerund_object =
        hit.begin >= 2 && (m_s.is_word(hit.begin - 2) || (word(hit.begin - 1, u"while") && m_s.is_comma(hit.begin - 2))) &&
        hit.end < m_end &&
        (word(hit.begin - 1, u"for") || word(hit.begin - 1, u"despite") || word(hit.begin - 1, u"after") ||
         word(hit.begin - 1, u"before") || word(hit.begin - 1, u"while") || word(hit.begin - 1, u"since")) &&
        (word(hit.end, u"that") || m_s.is_open_quote(hit.end) || m_s.is_punct(hit.end, u':') ||
         (word(hit.begin - 1, u"while") && clause_follows()));
    // ", saying P": the subject is the clause's. ("suggesting" only with its own subject, or as
    // the gerund a preposition governs, "was criticised after suggesting that P": "prices rose,
    // suggesting that P" is an inference, not a report.)
    if (word(hit.begin, u"suggesting") && !(gerund_object && word(hit.end, u"that"))) {
      return std::nullopt;
    }
    // (The comma may stand inside a closing quotation mark: "… as "a smear campaign," insisting
    // that P".)
    const bool comma_in_quote = hit.begin >= 2 && m_s.is_close_quote(hit.begin - 1) && m_s.is_comma(hit.begin - 2);
    // ("The ministry issued a statement saying P", "posted a photo with a caption saying P":
    // what the subject put out says it; the subject speaks. Not "a report saying P", whose
    // source is the report's.)
    const bool issued_statement = issued_statement_before(hit.begin);
    if (hit.begin == 0 || !(m_s.is_comma(hit.begin - 1) || comma_in_quote || m_s.is_dash(hit.begin - 1) || word(hit.begin - 1, u"and") ||
                            (word(hit.begin - 1, u"by") && hit.begin >= 2 && m_s.is_word(hit.begin - 2)) ||
                            gerund_object || issued_statement)) {
      return std::nullopt;
    }
    if (hit.begin >= 2 && word(hit.begin - 1, u"as")) {
      return std::nullopt;  // "as saying" belongs to a relay
    }
    Attribution a = base(hit, cue);
    a.participle = true;
    const AfterVerb av = after_verb(hit.end, cue.recipient);
    if (!av.has_content) {
      return std::nullopt;
    }
    a.sources = {phrase(hit, hit.begin, hit.begin)};
    if (!av.recipient.empty() && recipient_is_medium(av.recipient)) {
      // ", telling local broadcaster RPP that P": the broadcaster relayed it.
      SourcePhrase outer = phrase(hit, av.recipient.begin, av.recipient.end);
      outer.recipient = true;
      a.sources.insert(a.sources.begin(), outer);
    } else if (!av.relay_outer.empty()) {
      // (", saying in a statement carried by the Saba news agency that P": the agency relayed
      // it.)
      a.sources.insert(a.sources.begin(),
                       phrase_cued(av.relay_outer.begin, av.relay_outer.end, av.relay_cue_begin, av.relay_cue_end));
    }
    NounPhrase fb = clause_subject();
    if (m_s.is_comma(hit.begin - 1)) {
      const NounPhrase sub = subordinate_subject(hit.begin - 1, fb);
      // ("It was the third blast since Moscow halted the moratorium, saying P": an expletive
      // "it" says nothing.)
      if (sub.end > sub.begin && fb.end == fb.begin + 1 && fb.end < m_end &&
          (word(fb.begin, u"it") || word(fb.begin, u"there")) &&
          (word(fb.end, u"was") || word(fb.end, u"is") || word(fb.end, u"'s"))) {
        fb = sub;
      } else {
        a.alternate_begin = sub.begin;
        a.alternate_end = sub.end;
      }
    }
    // ("Within two hours, the campaign put out a statement saying P": the one who put it out.)
    if (issued_statement) {
      std::uint32_t verb = *issuing_verb_before(hit.begin);
      // ("posted a photograph, with a caption saying P": the clause's verb before "with".)
      for (std::uint32_t k = verb; word(verb, u"with") && k-- > 0 && verb - k <= 10;) {
        if (m_s.cue_at(k) != nullptr && m_s.cue_at(k)->begin == k) {
          verb = k;
          break;
        }
      }
      const NounPhrase subject = subject_left(verb);
      if (subject.end > subject.begin && has_head(subject.begin, subject.end)) {
        fb = subject;
      }
      // ("KCNA carried a statement by a Foreign Ministry spokesman saying P": the one whose
      // statement it is speaks; a medium that carried it relays.)
      if (const NounPhrase owner = statement_owner_before(hit.begin); owner.end > owner.begin && a.sources.size() == 1) {
        a.sources = {phrase(hit, owner.begin, owner.end)};
        if (carrying_verb(verb) && subject.end > subject.begin && has_head(subject.begin, subject.end)) {
          a.sources.insert(a.sources.begin(), phrase(hit, subject.begin, subject.end));
        }
        fb = {0, 0};
      }
    }
    a.fallback_begin = fb.begin;
    a.fallback_end = fb.end;
    a.region_begin = hit.begin - 1;
    return finish_preposed(a, av);
  }

  // ("P, the military said, the first such launch this year": a noun phrase after a postposed
  // source that sums up P, an ordinal or a superlative after "the", or "a move", "a sign",
  // "a rise" after "a"; it says nothing of its own.)
  [[nodiscard]] bool appositive_after_source(std::uint32_t k) const {
    if (k + 1 >= m_end) {
      return false;
    }
    static constexpr std::u16string_view k_ranked[] = {u"first",   u"second",  u"third",  u"fourth", u"fifth",
                                                       u"latest",  u"last",    u"biggest", u"largest", u"highest",
                                                       u"lowest",  u"worst",   u"best",    u"sharpest", u"steepest",
                                                       u"fastest", u"slowest", u"smallest", u"strongest", u"weakest"};
    static constexpr std::u16string_view k_summing[] = {u"move", u"sign",     u"step",   u"rise",   u"fall",
                                                        u"drop", u"increase", u"decline", u"jump",  u"record",
                                                        u"setback", u"blow",  u"boost",   u"reversal"};
    const std::u16string_view next = m_s.lower(k + 1);
    // ("At least 108 people have died, the department said, more than half of them in Buncombe
    // County", "…, most of them children", "…, including 12 children": a share of P's count.)
    if (word(k, u"including") || word(k, u"mostly") || word(k, u"mainly")) {
      return true;
    }
    for (std::uint32_t t = k; t + 1 < m_end && t < k + 5; ++t) {
      if (word(t, u"of") && (word(t + 1, u"them") || word(t + 1, u"whom") || word(t + 1, u"those"))) {
        if (t > k) {
          return true;
        }
        break;
      }
      const bool share = m_s.tokens[t].kind == text::TokenKind::number || word(t, u"more") || word(t, u"than") ||
                         word(t, u"half") || word(t, u"most") || word(t, u"many") || word(t, u"all") ||
                         word(t, u"some") || word(t, u"nearly") || word(t, u"almost") || word(t, u"about") ||
                         word(t, u"at") || word(t, u"least") || word(t, u"a") || word(t, u"third") ||
                         word(t, u"quarter") || word(t, u"two-thirds") || word(t, u"few") || word(t, u"several");
      if (!share) {
        break;
      }
    }
    if (word(k, u"the")) {
      return std::find(std::begin(k_ranked), std::end(k_ranked), next) != std::end(k_ranked);
    }
    // ("Turnout was about 77%, local media reported, one of the highest in decades": P's rank.
    // Not when a verb follows: "The bridge, officials said, one of the oldest, will close".)
    if (word(k, u"one") && word(k + 1, u"of") && k + 3 < m_end && word(k + 2, u"the")) {
      const std::u16string_view rank = m_s.lower(k + 3);
      const bool ranked = std::find(std::begin(k_ranked), std::end(k_ranked), rank) != std::end(k_ranked) ||
                          word(k + 3, u"most") || word(k + 3, u"least") || (rank.size() > 5 && rank.ends_with(u"est"));
      bool verb_after = false;
      for (std::uint32_t t = k + 4; t < m_end && !verb_after; ++t) {
        verb_after = m_s.cue_at(t) != nullptr || (m_s.is_word(t) && finite_verb_within(t, 1));
      }
      return ranked && !verb_after;
    }
    // ("P, the data showed, well short of the 272 needed", "…, enough to form a government",
    // "…, leaving Modi dependent on allies": the writer's measure of P, or what it leads to.)
    static constexpr std::u16string_view k_measured[] = {u"short", u"above", u"below", u"ahead", u"behind",
                                                         u"over", u"under", u"beyond", u"up", u"down"};
    if (word(k, u"well")) {
      return std::find(std::begin(k_measured), std::end(k_measured), next) != std::end(k_measured);
    }
    if (word(k, u"enough") && word(k + 1, u"to")) {
      return true;
    }
    static constexpr std::u16string_view k_leading_to[] = {u"leaving", u"bringing", u"making", u"pushing",
                                                           u"putting", u"lifting", u"taking"};
    // (Not "leaving aside postal votes": a parenthesis, the clause going on after it.)
    if (std::find(std::begin(k_leading_to), std::end(k_leading_to), m_s.lower(k)) != std::end(k_leading_to) &&
        !word(k + 1, u"aside")) {
      return true;
    }
    if (word(k, u"a") || word(k, u"an")) {
      return std::find(std::begin(k_summing), std::end(k_summing), next) != std::end(k_summing);
    }
    return false;
  }

  // A medium's verb of carrying another's statement: "KCNA carried a statement by X saying P".
  [[nodiscard]] bool carrying_verb(std::uint32_t k) const {
    return word(k, u"carried") || word(k, u"carries") || word(k, u"ran") || word(k, u"aired") || word(k, u"broadcast");
  }

  // Whose statement the participle at `at` is part of, named after "by" or "from" ("a statement
  // by a Foreign Ministry spokesman saying"), or empty.
  [[nodiscard]] NounPhrase statement_owner_before(std::uint32_t at) const {
    for (std::uint32_t k = at; k-- > 1 && at - k <= 8 && m_s.is_word(k);) {
      if ((word(k, u"by") || word(k, u"from")) && k + 1 < at) {
        std::uint32_t e = at;
        while (e > k + 1 && (is(WordClass::time_word, e - 1) || word(e - 1, u"on"))) {
          --e;
        }
        if (e > k + 1 && has_head(k + 1, e)) {
          return {k + 1, e};
        }
        break;
      }
    }
    return {0, 0};
  }

  // "issued a statement saying", "put out a statement on Monday saying", "with a caption
  // saying": a statement the clause's subject put out, right before the participle at `at`.
  [[nodiscard]] bool issued_statement_before(std::uint32_t at) const { return issuing_verb_before(at).has_value(); }

  // The verb that put the statement out ("issued", "put out", "with"), if any.
  [[nodiscard]] std::optional<std::uint32_t> issuing_verb_before(std::uint32_t at) const {
    // ("published a report alleging that P", "issued a statement warning that P": other
    // participles of saying, as "saying".)
    if (at < 3 || !(word(at, u"saying") || word(at, u"stating") || word(at, u"alleging") || word(at, u"claiming") ||
                    word(at, u"warning") || word(at, u"arguing") || word(at, u"insisting"))) {
      return std::nullopt;
    }
    // (A time between: "issued a statement on Monday saying".)
    std::uint32_t noun = at - 1;
    // (Or where it went out, a named service: "published a statement on Telegram saying".)
    for (std::uint32_t k = noun; k >= 2 && at - k <= 3 && m_s.is_word(k) && m_s.tokens[k].capitalized; --k) {
      if (word(k - 1, u"on") || word(k - 1, u"via")) {
        noun = k - 2;
        break;
      }
    }
    while (noun > 1 && at - noun <= 3 && (is(WordClass::time_word, noun) || word(noun, u"on") ||
                                          word(noun, u"late") || word(noun, u"early") || word(noun, u"later"))) {
      --noun;
    }
    auto statement_at = [&](std::uint32_t n) {
      return (is(WordClass::statement_noun, n) && !word(n, u"report") && !word(n, u"reports")) ||
             word(n, u"caption") || word(n, u"message") || word(n, u"letter") || word(n, u"notice") ||
             word(n, u"tweet") || word(n, u"post");
    };
    // ("carried a statement by a Foreign Ministry spokesman saying P": whose statement, after
    // "by" or "from".)
    if (const NounPhrase owner = statement_owner_before(at);
        !statement_at(noun) && owner.end > owner.begin && owner.begin >= 2 && statement_at(owner.begin - 2)) {
      noun = owner.begin - 2;
    }
    // (A report its own author put out: "Graywick Research published a report alleging that P",
    // "the paper published an investigation alleging that P"; not one a medium carried or someone
    // cited, whose source is the report's.)
    const bool own_report = (word(noun, u"report") || word(noun, u"reports") || word(noun, u"investigation") ||
                             word(noun, u"investigations") || word(noun, u"study") || word(noun, u"analysis") ||
                             word(noun, u"dossier") || word(noun, u"audit")) &&
                            noun >= 2;
    if (!statement_at(noun) && !own_report) {
      return std::nullopt;
    }
    for (std::uint32_t k = noun; k-- > 0 && noun - k <= 4;) {
      if (!m_s.is_word(k)) {
        return std::nullopt;
      }
      if (own_report && !statement_at(noun)) {
        if (word(k, u"published") || word(k, u"released") || word(k, u"issued")) {
          return k;
        }
        continue;
      }
      if (word(k, u"issued") || word(k, u"released") || word(k, u"posted") || word(k, u"published") ||
          word(k, u"sent") || word(k, u"shared") || word(k, u"distributed") || word(k, u"with") ||
          word(k, u"tweeted") || carrying_verb(k)) {
        return k;
      }
      if (word(k, u"out") && k > 0 && (word(k - 1, u"put") || word(k - 1, u"sent") || word(k - 1, u"sends") ||
                                       word(k - 1, u"puts"))) {
        return k - 1;
      }
    }
    return std::nullopt;
  }

  // May token e be a word of a clause's subject noun phrase: a name, a determiner, a source
  // noun, a nationality, a title, a possessive "'s" or a known entity?
  [[nodiscard]] bool subject_word(std::uint32_t e) const {
    return m_s.tokens[e].capitalized || is(WordClass::determiner, e) || m_s.noun_covering(e) != nullptr ||
           m_s.nationality_covering(e) != nullptr || is(WordClass::title, e) || word(e, u"'s") ||
           m_s.entity_covering(e) != nullptr;
  }

  // ", saying P" after a subordinate clause: the subject of the clause that ends at `comma`
  // ("after Saudi Arabia cut its output target, saying P"), when it can speak (a name, a
  // known entity, a source noun or a title) and a verb follows it.
  [[nodiscard]] NounPhrase subordinate_subject(std::uint32_t comma, NounPhrase main) const {
    const std::uint32_t floor = std::max(main.end, comma > 30 ? comma - 30 : 0U);
    for (std::uint32_t k = comma; k-- > floor;) {
      if (!m_s.is_word(k) && (m_s.tokens[k].punct == u'-' || m_s.tokens[k].punct == u'.')) {
        continue;  // "an 18-month moratorium", "U.S."
      }
      if (!m_s.is_word(k) || m_s.cue_at(k) != nullptr) {
        return {0, 0};
      }
      if (!is(WordClass::subordinator, k)) {
        continue;
      }
      std::uint32_t e = k + 1;
      bool speaker = false;
      while (e < comma && m_s.is_word(e) && e - k <= 8 && subject_word(e)) {
        speaker = speaker || m_s.tokens[e].capitalized || m_s.noun_covering(e) != nullptr ||
                  m_s.entity_covering(e) != nullptr || is(WordClass::title, e);
        ++e;
      }
      // (A verb follows the subject: not "after the war", "since last February".)
      if (!speaker || e >= comma || !m_s.is_word(e) || m_s.tokens[e].capitalized || is(WordClass::preposition, e) ||
          is(WordClass::determiner, e) || is(WordClass::time_word, e) || word(e, u"and") || word(e, u"or") ||
          word(e, u"'s")) {
        return {0, 0};
      }
      return {k + 1, e};
    }
    return {0, 0};
  }

  // A subject pronoun: "he", "she", "it", "they", "we", "I" (not "him").
  [[nodiscard]] bool is_personal_pronoun(std::uint32_t k) const {
    return k < m_end && m_s.is_word(k) && !word(k, u"him") &&
           (is(WordClass::pronoun_male, k) || is(WordClass::pronoun_female, k) || is(WordClass::pronoun_thing, k) ||
            is(WordClass::pronoun_plural, k) || word(k, u"i"));
  }

  // The end of a date or time phrase that opens the sentence without a comma ("On September
  // 27 they …", "In March the ministry …", "Last week officials …"), when a subject follows
  // it; 0 if the sentence has no such opener.
  [[nodiscard]] std::uint32_t time_opener_end() const {
    std::uint32_t j = 0;
    if (word(0, u"on") || word(0, u"in") || word(0, u"at") || word(0, u"during") || word(0, u"since") ||
        word(0, u"until")) {
      j = 1;
    }
    while (j < m_end && j < 3 && is(WordClass::determiner, j)) {
      ++j;
    }
    bool dated = false;
    for (; j < m_end && j < 8; ++j) {
      if (is(WordClass::month, j) || is(WordClass::time_word, j)) {
        // ("This company …", "Last …": a determiner or modifier alone dates nothing.)
        dated = dated || is(WordClass::month, j) ||
                !(is(WordClass::determiner, j) || word(j, u"last") || word(j, u"next") || word(j, u"late") ||
                  word(j, u"early"));
      } else if (m_s.tokens[j].kind == text::TokenKind::number ||
                 (j > 0 && m_s.is_punct(j, u'.') && is(WordClass::month, j - 1))) {
        // "27", "Sept." (a number alone is no date: "In 2015 …" has a month or a time word too)
      } else {
        break;
      }
    }
    if (!dated || j >= m_end || !m_s.is_word(j) || m_s.cue_at(j) != nullptr) {
      return 0;
    }
    return is_personal_pronoun(j) || m_s.tokens[j].capitalized || is(WordClass::determiner, j) ||
                   m_s.noun_covering(j) != nullptr
               ? j
               : 0;
  }

  // The subject at the start of the sentence (after an introductory adverbial): "Unions
  // criticised the move, saying ...".
  // Does a description of the word before the comma open at `t`: a relative clause ("which",
  // "who", "whose") or a past participle's phrase ("based in Berlin")?
  [[nodiscard]] bool opens_description(std::uint32_t t) const {
    return word(t, u"which") || word(t, u"who") || word(t, u"whose") ||
           (m_s.lower(t).size() > 4 && m_s.lower(t).ends_with(u"ed") && m_s.cue_at(t) == nullptr);
  }

  // Where a dateline that opens the sentence ends ("LONDON (Reuters) - ", "New York (CNN) — ",
  // "SEOUL, Sept. 11 (Yonhap) -- "): capitalised words, a date, the credited name in brackets,
  // then a dash. 0 if there is none.
  [[nodiscard]] std::uint32_t dateline_end() const {
    // The first word after the dashes from k, or 0.
    auto word_after_dashes = [&](std::uint32_t k) -> std::uint32_t {
      while (k < m_end && m_s.is_dash(k)) {
        ++k;
      }
      return k < m_end && m_s.is_word(k) ? k : 0;
    };
    // ("- Thune has not ruled out recess appointments but has said P": a list's dash opens the
    // sentence before its subject.)
    if (m_end > 1 && m_s.is_dash(0)) {
      return word_after_dashes(1);
    }
    for (std::uint32_t open = 1; open < m_end && open <= 8; ++open) {
      if (m_s.is_punct(open, u'(')) {
        std::uint32_t close = open + 1;
        while (close < m_end && close <= open + 5 && !m_s.is_punct(close, u')')) {
          ++close;
        }
        if (close + 2 >= m_end || !m_s.is_punct(close, u')') || !m_s.is_dash(close + 1)) {
          return 0;
        }
        return word_after_dashes(close + 1);
      }
      const bool place_or_date = (m_s.is_word(open - 1) && (m_s.tokens[open - 1].capitalized ||
                                                             m_s.tokens[open - 1].kind == text::TokenKind::number)) ||
                                 m_s.is_comma(open - 1) || m_s.is_punct(open - 1, u'.');
      if (!place_or_date) {
        return 0;
      }
    }
    return 0;
  }

  [[nodiscard]] NounPhrase clause_subject() const {
    std::uint32_t b = 0;
    // ("Asked by the agency about the case, the ministry declined …, but said": an opening
    // participle phrase, like an adverbial, comes before the subject.)
    const bool participle_opener = participle_opening();
    // ("On September 27 they published …, announcing that P", "In June the regulator opened an
    // inquiry, saying P": a date opener without a comma is no part of the subject, and the
    // comma further on closes no opener; a pronoun after the date is the subject.)
    if (const std::uint32_t after = dateline_end(); after > 0) {
      // ("New York (CNN) — Delta Air Lines has sued CrowdStrike, accusing …": the dateline
      // opening the story is no part of the subject.)
      b = after;
    } else if (const std::uint32_t after_time = time_opener_end(); after_time > 0) {
      b = after_time;
      if (is_personal_pronoun(b)) {
        return {b, b + 1};
      }
    } else {
      // ("According to the Reuters news agency, the ministry has threatened …, saying P": the
      // relay that opens the sentence is no part of its subject.)
      const Hit* opener = m_s.cue_at(0);
      const bool according_opener = opener != nullptr && opener->begin == 0 &&
                                    m_s.lex.cues()[opener->payload].frame == Frame::according;
      // ("In his address to world leaders on Tuesday, Aliyev defended …, saying P": a phrase
      // that opens with a preposition may run longer.)
      const bool prepositional_opener = is(WordClass::preposition, 0) && !word(0, u"of");
      for (std::uint32_t i = 0; i < m_end && i < 12; ++i) {
        if (m_s.is_comma(i) && (i < 8 || participle_opener || (prepositional_opener && !m_s.in_quote(i))) &&
            (adverbial(0, i) || participle_opener || according_opener)) {
          b = i + 1;
          break;
        }
      }
    }
    std::uint32_t e = b;
    // ("The port workers union": common nouns before a source noun are its modifiers; "The
    // parliamentary candidate": an adjective before a title.)
    auto modifiers_of_source_noun = [&](std::uint32_t k) {
      for (std::uint32_t j = k; j < m_end && j < k + 3 && m_s.is_word(j) && !m_s.tokens[j].capitalized; ++j) {
        if (m_s.noun_covering(j) != nullptr || (j > k && is(WordClass::title, j))) {
          return j > k;
        }
        if (m_s.cue_at(j) != nullptr || is(WordClass::auxiliary, j) || is(WordClass::preposition, j) ||
            is(WordClass::verb_blocker, j) || is(WordClass::time_word, j) || is(WordClass::adverb, j) ||
            m_s.lower(j).ends_with(u"ed")) {
          return false;
        }
      }
      return false;
    };
    // ("Bengaluru-based Weatherline Analytics": a place joined to a participle by a hyphen
    // describes the name after it.)
    auto place_compound = [&](std::uint32_t d) {
      return d > b && d + 1 < m_end && m_s.is_dash(d) &&
             (word(d + 1, u"based") || word(d + 1, u"owned") || word(d + 1, u"run") || word(d + 1, u"listed") ||
              word(d + 1, u"registered") || word(d + 1, u"headquartered"));
    };
    // ("The Houthis' military spokesman": a plural's possessive is the apostrophe alone.)
    auto plural_possessive = [&](std::uint32_t k) {
      return k > b && k < m_end && (m_s.is_punct(k, u'\'') || m_s.is_punct(k, u'\u2019')) && m_s.is_word(k - 1) &&
             m_s.lower(k - 1).ends_with(u"s") && m_s.tokens[k - 1].end == m_s.tokens[k].begin;
    };
    auto possessive = [&](std::uint32_t k) { return word(k, u"'s") || plural_possessive(k); };
    while (e < m_end && e - b < 8) {
      if (plural_possessive(e)) {
        ++e;
        continue;
      }
      // ("S&P lowered its outlook, saying P": a known name is whole, ampersand and all.)
      if (const lexicon::EntityMatch* m = m_s.entity_covering(e); m != nullptr && m->begin == e && m->end > e + 1) {
        e = m->end;
        continue;
      }
      // ("The pro-business Free Democrats forced …": a compound adjective before the words of
      // the subject.)
      if (e + 3 < m_end && m_s.is_word(e) && !m_s.tokens[e].capitalized && frames::joined_hyphen_at(m_s, e + 1) &&
          m_s.is_word(e + 3) && (subject_word(e + 3) || modifiers_of_source_noun(e + 3))) {
        e += 3;
        continue;
      }
      // ("Ilse Varga-Lindqvist declined …, saying P": a double-barrelled name.)
      if (place_compound(e) || (e > b && e + 1 < m_end && frames::double_barrel_at(m_s, e))) {
        e += 2;
        continue;
      }
      // ("Former Rep. Matt Gaetz withdrew …, saying P": an abbreviated title's period, between
      // capitalised words.)
      if (e > b && e + 1 < m_end && m_s.is_punct(e, u'.') && m_s.tokens[e - 1].capitalized &&
          m_s.lower(e - 1).size() <= 5 && m_s.tokens[e - 1].end == m_s.tokens[e].begin && m_s.is_word(e + 1) &&
          m_s.tokens[e + 1].capitalized) {
        ++e;
        continue;
      }
      if (!(m_s.is_word(e) &&
            (subject_word(e) ||
             // "The Bank of Korea": "of" between capitalised words of a name
             (word(e, u"of") && e > b && m_s.tokens[e - 1].capitalized && e + 1 < m_end && m_s.tokens[e + 1].capitalized) ||
             (e > b && !possessive(e - 1) && modifiers_of_source_noun(e))))) {
        break;
      }
      ++e;
    }
    // ("Czech beer maker Pivovar Hradek has rejected": common nouns describing the name after them.)
    if (e > b && e < m_end && !possessive(e - 1)) {
      std::uint32_t j = e;
      while (j < m_end && j - e < 3 && m_s.is_word(j) && !m_s.tokens[j].capitalized && m_s.cue_at(j) == nullptr &&
             !is(WordClass::auxiliary, j) && !is(WordClass::preposition, j) && !is(WordClass::verb_blocker, j) &&
             !is(WordClass::adverb, j) && !is(WordClass::time_word, j) && !is(WordClass::determiner, j) &&
             !is(WordClass::relative, j) && !is(WordClass::conjunction, j) && !m_s.lower(j).ends_with(u"ed")) {
        ++j;
      }
      if (j > e && j < m_end && m_s.is_word(j) && m_s.tokens[j].capitalized) {
        std::uint32_t n = j;
        while (n < m_end && m_s.is_word(n) && m_s.tokens[n].capitalized && n - j < 4) {
          ++n;
        }
        if (n < m_end && m_s.is_word(n) && !m_s.tokens[n].capitalized &&
            (is(WordClass::auxiliary, n) || m_s.lower(n).ends_with(u"ed") || m_s.cue_at(n) != nullptr)) {
          e = n;
        }
      }
    }
    // ("Madagascar's main opposition alliance on Tuesday rejected": the possessed noun phrase.)
    if (e > b && possessive(e - 1)) {
      std::uint32_t j = e;
      while (j < m_end && j < e + 4 && m_s.is_word(j) && !m_s.tokens[j].capitalized && m_s.cue_at(j) == nullptr &&
             !is(WordClass::time_word, j) && !is(WordClass::auxiliary, j) && !is(WordClass::verb_blocker, j) &&
             !is(WordClass::preposition, j) && !is(WordClass::adverb, j) && !m_s.lower(j).ends_with(u"ed")) {
        ++j;
      }
      e = j;
    }
    // ("The doctor was criticised for saying": a determiner and a common noun before the verb.)
    if (e == b + 1 && is(WordClass::determiner, b) && e < m_end && m_s.is_word(e) && !m_s.tokens[e].capitalized &&
        m_s.cue_at(e) == nullptr && e + 1 < m_end &&
        (is(WordClass::verb_blocker, e + 1) || is(WordClass::auxiliary, e + 1) ||
         (m_s.lower(e + 1).size() > 3 && m_s.lower(e + 1).ends_with(u"ed")))) {
      return {b, e + 1};
    }
    // ("The startup, which was founded in 2019, disputed the figures, saying P", "The startup,
    // based in Berlin, …": the common noun set off by a relative or a participle phrase.)
    if (e == b + 1 && is(WordClass::determiner, b) && e + 2 < m_end && m_s.is_word(e) && !m_s.tokens[e].capitalized &&
        m_s.cue_at(e) == nullptr && !is(WordClass::preposition, e) && !is(WordClass::auxiliary, e) &&
        m_s.is_comma(e + 1) && opens_description(e + 2)) {
      return {b, e + 1};
    }
    if (e == b || !has_head(b, e)) {
      return {0, 0};
    }
    // ("His lawyer, Celeste Morrow, argued …, saying P": the name in apposition, set off by
    // commas, belongs to the subject.)
    if (e + 3 < m_end && m_s.is_comma(e) && m_s.is_word(e + 1) && m_s.tokens[e + 1].capitalized) {
      std::uint32_t n = e + 1;
      while (n < m_end && n - e <= 6) {
        if (n + 1 < m_end && frames::double_barrel_at(m_s, n)) {
          n += 2;
        } else if (m_s.is_word(n) && m_s.tokens[n].capitalized) {
          ++n;
        } else {
          break;
        }
      }
      // (A name of two to four words, a double-barrelled one too: no title, no other body.)
      const std::size_t name_words = frames::words_in(m_s, e + 1, n);
      bool name = n < m_end && m_s.is_comma(n) && name_words >= 2 && name_words <= 4;
      for (std::uint32_t i = e + 1; i < n && name; ++i) {
        const lexicon::EntityMatch* m = m_s.entity_covering(i);
        name = !is(WordClass::title, i) && (m == nullptr || m_s.gazetteer.entities()[m->entity].kind == SourceKind::person);
      }
      if (name) {
        return {b, n};
      }
    }
    return {b, e};
  }

  // Where a reported clause's subject begins when an aside set off by a comma at comma_after - 1
  // interrupts it: a few words, no verb of saying among them, right after "that" or a verb of
  // saying. comma_after when there is none.
  [[nodiscard]] std::uint32_t reported_subject_before(std::uint32_t comma_after) const {
    if (comma_after < 3 || !m_s.is_comma(comma_after - 1)) {
      return comma_after;
    }
    const std::uint32_t subject_end = comma_after - 1;
    std::uint32_t k = subject_end;
    while (k > 0 && subject_end - k < 6 && m_s.is_word(k - 1) && !word(k - 1, u"that") && m_s.cue_at(k - 1) == nullptr) {
      --k;
    }
    // ("said on Monday, according to X, that P": a time or place after the verb is no subject.)
    if (k == subject_end || k == 0 || is(WordClass::preposition, k) || is(WordClass::time_word, k) ||
        is(WordClass::adverb, k) || !has_head(k, subject_end)) {
      return comma_after;
    }
    // (A subject alone: "said the talks had failed, according to X" has its verb already.)
    for (std::uint32_t t = k; t < subject_end; ++t) {
      if (is(WordClass::auxiliary, t) || is(WordClass::verb_blocker, t) ||
          (m_s.lower(t).ends_with(u"ed") && m_s.noun_covering(t) == nullptr && !m_s.tokens[t].capitalized)) {
        return comma_after;
      }
    }
    // (After "that" only where a verb of saying opens it: "That witness, according to court
    // papers, is …" opens the sentence with a determiner.)
    if (word(k - 1, u"that") && k >= 2) {
      const Hit* verb = m_s.cue_at(k - 2);
      return verb != nullptr && verb->end == k - 1 && m_s.lex.cues()[verb->payload].frame == Frame::speech ? k
                                                                                                       : comma_after;
    }
    const Hit* verb = m_s.cue_at(k - 1);
    if (verb != nullptr && verb->end == k && !m_s.lex.cues()[verb->payload].recipient &&
        m_s.lex.cues()[verb->payload].frame == Frame::speech) {
      return k;
    }
    return comma_after;
  }

  std::optional<Attribution> according(const Hit& hit, const lexicon::CueEntry& cue) {
    Attribution a = base(hit, cue);
    // The source runs to the next comma or the end of the sentence (a hyphen inside a word,
    // "Sung-woo", is no dash).
    std::uint32_t e = hit.end;
    auto joined = [&](std::uint32_t d) {
      return d > 0 && d + 1 < m_s.size() && m_s.tokens[d - 1].end == m_s.tokens[d].begin &&
             m_s.tokens[d].end == m_s.tokens[d + 1].begin && m_s.is_word(d - 1) && m_s.is_word(d + 1);
    };
    while (e < m_end && !m_s.is_comma(e) && !m_s.is_end_punct(e) && !(m_s.is_dash(e) && !joined(e)) &&
           !m_s.is_quote_mark(e) && e - hit.end < 20) {
      // ("according to preliminary estimates from the department": the noun "estimates", not the
      // verb, before "from" or "by".)
      // ("according to industry estimates.", "according to campaign finance reports filed with
      // the state": after a modifier, a plural that ends the phrase or takes a participle or a
      // preposition is the noun too.)
      const bool modified_plural = e > hit.end && m_s.is_word(e - 1) && !is(WordClass::determiner, e - 1) &&
                                   !is(WordClass::relative, e - 1) && m_s.lower(e).ends_with(u"s") &&
                                   !m_s.tokens[e].capitalized &&
                                   (e + 1 >= m_end || m_s.is_end_punct(e + 1) || m_s.is_comma(e + 1) ||
                                    is(WordClass::preposition, e + 1) ||
                                    (m_s.lower(e + 1).size() > 4 && m_s.lower(e + 1).ends_with(u"ed")));
      const bool data_noun = ((word(e, u"estimates") || word(e, u"reports") || word(e, u"claims")) && e + 1 < m_end &&
                              (word(e + 1, u"from") || word(e + 1, u"by"))) ||
                             modified_plural ||
                             // ("according to a research note seen by X", "according to a Goldman
                             // Sachs note": the document's noun, not the verb "note".)
                             (word(e, u"note") && np_token(e));
      // ("according to a paper posted on arXiv last week": a past participle right after the
      // source's noun, with where or when after it, describes the source.)
      const bool participle = e > hit.end + 1 && m_s.lower(e).ends_with(u"ed") && m_s.is_word(e - 1) &&
                              !m_s.tokens[e - 1].capitalized && !word(e - 1, u"that") &&
                              !is(WordClass::relative, e - 1) && e + 1 < m_end &&
                              (is(WordClass::preposition, e + 1) || is(WordClass::time_word, e + 1) ||
                               word(e + 1, u"online") || word(e + 1, u"last") || word(e + 1, u"earlier"));
      if (const Hit* h = m_s.cue_at(e); h != nullptr && e > hit.end && !data_noun && !participle) {
        const Frame f = m_s.lex.cues()[h->payload].frame;
        if (f != Frame::postmod_relay && f != Frame::citing) {
          break;
        }
      }
      ++e;
    }
    if (e == hit.end || !(has_head(hit.end, e) || bare_plural_source(hit.end, e))) {
      return std::nullopt;
    }
    // ("…, per the document.": "per" is "according to" only after a comma, before a determiner
    // or a name, closing the sentence; "per cent", "per share", "per the contract's terms, …"
    // are none.)
    if (cue.id == "en.per" &&
        (hit.begin == 0 || !m_s.is_comma(hit.begin - 1) || !(e >= m_end || m_s.is_end_punct(e)) ||
         !(is(WordClass::determiner, hit.end) || word(hit.end, u"its") || word(hit.end, u"their") ||
           (m_s.tokens[hit.end].capitalized && m_s.is_word(hit.end))))) {
      return std::nullopt;
    }
    std::uint32_t lead = 0;
    while (lead < hit.begin && (is(WordClass::conjunction, lead) || is(WordClass::adverb, lead) || !m_s.is_word(lead))) {
      ++lead;
    }
    // ("…, according to the town's mayor, Mohammed Abu-Shnaf.": at the sentence's end, the
    // name set off after a role is the same source.)
    if (lead < hit.begin && e + 2 < m_end && m_s.is_comma(e) && !m_s.tokens[e - 1].capitalized &&
        m_s.tokens[e + 1].capitalized && m_s.is_word(e + 1)) {
      std::uint32_t n = e + 1;
      // ("Dokgo Ha-eun": a hyphenated given name's second part is written small.)
      while (n < m_end && n <= e + 6 &&
             (m_s.tokens[n].capitalized || (m_s.is_dash(n) && joined(n)) ||
              (n > e + 1 && m_s.is_dash(n - 1) && joined(n - 1) && m_s.is_word(n)))) {
        ++n;
      }
      // ("…, according to their lawyer, Dokgo Ha-eun of the law firm Hanbit.": where the named
      // one works, up to the sentence's end, is part of the name's phrase.)
      if (n > e + 2 && n + 2 < m_end && (word(n, u"of") || word(n, u"at") || word(n, u"from"))) {
        std::uint32_t k = n + 1;
        while (k < m_end && k - n <= 8 && m_s.is_word(k) && m_s.cue_at(k) == nullptr && !word(k, u"that") &&
               !is(WordClass::relative, k)) {
          ++k;
        }
        if (k >= m_end || m_s.is_end_punct(k)) {
          n = k;
        }
      }
      if (n > e + 2 && (n >= m_end || m_s.is_end_punct(n))) {
        e = n;
      }
    }
    // "According to the state news agency most of the shops were shut": no comma sets
    // the source off; it ends with its head noun, where a determiner, a quantifier or a
    // pronoun opens the clause.
    if (lead == hit.begin && (e >= m_end || !m_s.is_comma(e))) {
      bool head_seen = false;
      for (std::uint32_t k = hit.end; k + 2 < e; ++k) {
        // (A quantifier opens the clause even where the lexicon lists it as people standing
        // alone, "several said", "some say".)
        const bool quantifier = word(k, u"most") || word(k, u"some") || word(k, u"many") || word(k, u"all") ||
                                word(k, u"several") || word(k, u"no");
        const bool covered = m_s.noun_covering(k) != nullptr || m_s.entity_covering(k) != nullptr;
        if (covered && !(quantifier && head_seen)) {
          head_seen = true;
          continue;
        }
        const bool after_head = m_s.noun_covering(k - 1) != nullptr || m_s.entity_covering(k - 1) != nullptr ||
                                m_s.tokens[k - 1].capitalized;
        if (head_seen && after_head && (is(WordClass::determiner, k) || is(WordClass::pronoun_male, k) ||
                          is(WordClass::pronoun_female, k) || is(WordClass::pronoun_thing, k) ||
                          is(WordClass::pronoun_plural, k) || quantifier)) {
          e = k;
          break;
        }
        if (!m_s.tokens[k].capitalized && !is(WordClass::preposition, k)) {
          head_seen = false;  // ("according to officials in the ministry of …": still the source)
        }
      }
    }
    a.sources = frames::split_relays(m_s, hit.end, e, phrase(hit, hit.end, e));
    a.region_begin = hit.begin;
    a.region_end = e;
    a.wrapper = true;
    // (The source's loop runs on to the quotation mark, past a colon before it.)
    if (lead == hit.begin && e > hit.end + 1 && m_s.is_punct(e - 1, u':') && e < m_end && m_s.is_open_quote(e)) {
      --e;
      a.sources = frames::split_relays(m_s, hit.end, e, phrase(hit, hit.end, e));
      a.region_end = e;
    }
    if (lead == hit.begin && e < m_end && m_s.is_punct(e, u':')) {
      // ("Quote from the General Staff: "Q1. Q2."": the quotation after the colon is read as a
      // speaker's, and goes on past its first sentence.)
      a.wrapper = false;
      const AfterVerb av = after_verb(e, false);
      if (av.has_content) {
        return finish_preposed(a, av);
      }
      a.wrapper = true;
    }
    if (lead == hit.begin) {
      // "According to X, P"
      // ("According to his lawyer, Jan Novak, the study found P": the name set off after the
      // role is the same source; "According to the indictment, which was returned in March,
      // P": a relative clause on the source is no part of P.)
      if (e + 3 < m_end && m_s.is_comma(e) && !m_s.tokens[e - 1].capitalized) {
        std::uint32_t n = e + 1;
        const bool relative = word(n, u"which") || word(n, u"who") || word(n, u"whose");
        // (A relative clause with a verb of its own that reports, "who requested anonymity because
        // they feared retaliation", is left to that verb's frame.)
        while (n < m_end && n <= e + (relative ? 12 : 5) && !m_s.is_comma(n) && !m_s.is_end_punct(n) &&
               (relative ? (m_s.is_word(n) || m_s.tokens[n].kind == text::TokenKind::number) && m_s.cue_at(n) == nullptr
                         : (m_s.is_word(n) && m_s.tokens[n].capitalized) || (m_s.is_dash(n) && joined(n)))) {
          ++n;
        }
        // (A name of two words at least: in "According to the ministry, Bucha, Irpin and
        // Hostomel were hit" the places open the clause.)
        if (n > e + 2 && n + 2 < m_end && m_s.is_comma(n) &&
            (relative || m_s.entity_covering(e + 1) == nullptr)) {
          if (!relative) {
            a.sources = frames::split_relays(m_s, hit.end, n, phrase(hit, hit.end, n));
            a.region_end = n;
          }
          e = n;
        }
      }
      a.content_begin = e;
      a.content_end = m_end;
      // ("According to X, P, although officials say Q": the concession is the writer's.)
      frames::cut_concessive(m_s, a.content_begin, a.content_end);
      if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
        return std::nullopt;
      }
      return a;
    }
    // "a factory which, according to X, was pressing 40,000 CDs a day": set off inside a
    // relative clause, the source says the rest of that clause.
    if (hit.begin >= 2 && m_s.is_comma(hit.begin - 1) &&
        (word(hit.begin - 2, u"which") || word(hit.begin - 2, u"who") || word(hit.begin - 2, u"that")) && e + 1 < m_end &&
        m_s.is_comma(e) && m_s.is_word(e + 1)) {
      a.content_begin = e + 1;
      a.content_end = m_end;
      for (std::uint32_t k = e + 1; k < m_end; ++k) {
        if (m_s.is_comma(k)) {
          a.content_end = k;
          break;
        }
      }
      if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
        return std::nullopt;
      }
      return a;
    }
    // "The ministry said the project, according to its engineers, would cost $3 billion": set
    // off between a reported clause's subject and its verb, the source is the reporter's source
    // of that clause, not the reporter's relay; the clause, subject and all, is its content.
    if (const std::uint32_t subject = reported_subject_before(hit.begin);
        subject < hit.begin && e + 1 < m_end && m_s.is_comma(e) && m_s.is_word(e + 1) && !word(e + 1, u"that") &&
        m_s.cue_at(e + 1) == nullptr && !m_s.tokens[e + 1].capitalized &&
        !is(WordClass::determiner, e + 1) && !is(WordClass::pronoun_thing, e + 1) && !is(WordClass::pronoun_male, e + 1) &&
        !is(WordClass::pronoun_female, e + 1) && !is(WordClass::pronoun_plural, e + 1) &&
        (is(WordClass::auxiliary, e + 1) || is(WordClass::verb_blocker, e + 1) || m_s.lower(e + 1).ends_with(u"ed") ||
         (m_s.lower(e + 1).ends_with(u"s") && !m_s.lower(e + 1).ends_with(u"ss") && m_s.lower(e + 1).size() > 3 &&
          m_s.noun_covering(e + 1) == nullptr))) {
      a.content_begin = subject;
      a.content_end = m_end;
      if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
        return std::nullopt;
      }
      a.frame = Frame::citing;
      a.clause_aside = true;
      a.wrapper = false;
      return a;
    }
    // "P, according to X"
    if (!content_before(a, hit.begin)) {
      return std::nullopt;
    }
    return a;
  }

  // "that ended", "that lasted": the word after "that" is a past verb, so "that" is relative
  // (a complementizer's clause opens with its subject).
  [[nodiscard]] bool past_verb_after_that(std::uint32_t that) const {
    const std::uint32_t v = that + 1;
    return word(that, u"that") && v < m_end && m_s.is_word(v) && !m_s.tokens[v].capitalized && m_s.lower(v).size() > 4 &&
           m_s.lower(v).ends_with(u"ed") && m_s.noun_covering(v) == nullptr && m_s.cue_at(v) == nullptr;
  }

  // After the relative clause a "that" at `that` opens ("after a hearing that lasted five hours
  // that P"): the next "that", which opens what was said, or m_end when the clause runs to the
  // sentence's end; nullopt when neither.
  [[nodiscard]] std::optional<std::uint32_t> past_relative_clause(std::uint32_t that) const {
    std::uint32_t t = that + 2;
    while (t < m_end && t - that <= 10 && m_s.is_word(t) && !word(t, u"that") && m_s.cue_at(t) == nullptr) {
      ++t;
    }
    if (t + 1 < m_end && word(t, u"that") && m_s.is_word(t + 1)) {
      return t;
    }
    if (t >= m_end || m_s.is_end_punct(t)) {
      return m_end;
    }
    return std::nullopt;
  }

  // Finds "as saying" after a relay verb; returns the position of "as" or m_end.
  [[nodiscard]] std::uint32_t find_as_saying(std::uint32_t from) const {
    for (std::uint32_t i = from; i + 1 < m_s.size() && i < from + 24; ++i) {
      if (m_s.is_end_punct(i)) {
        break;
      }
      if (word(i, u"as") && is(WordClass::as_saying, i + 1)) {
        return i;
      }
    }
    return m_end;
  }

  // "P, a claim (that) the club flatly rejected", "P, which the ministry denied on Friday": a
  // denial verb ending its clause (a time or place adjunct may follow), its subject before it,
  // and before that the label or "which" set off by a comma. The label is the denial's
  // content; the assembler links it to the claim before.
  std::optional<Attribution> denial_after_label(const Hit& hit, const lexicon::CueEntry& cue) const {
    if (cue.commitment != Commitment::denial || hit.begin < 3) {
      return std::nullopt;
    }
    std::uint32_t end = hit.end;
    if (end < m_end && is(WordClass::preposition, end) && !word(end, u"as") && !word(end, u"that")) {
      while (end < m_end && m_s.is_word(end) && end - hit.end < 6) {
        ++end;
      }
    }
    // ("P, a claim the party chairman rejected as "desperate spin"": the denial's own label for
    // it, quoted or a few words, ends the clause.)
    if (end < m_end && word(end, u"as") && end + 1 < m_end) {
      std::uint32_t k = end + 1;
      if (m_s.is_open_quote(k)) {
        ++k;
        while (k < m_end && !m_s.is_close_quote(k) && k - end < 12) {
          ++k;
        }
        k = k < m_end && m_s.is_close_quote(k) ? k + 1 : end;
      } else {
        while (k < m_end && m_s.is_word(k) && k - end <= 5) {
          ++k;
        }
      }
      if (k > end + 1 && (k >= m_end || m_s.is_comma(k) || m_s.is_end_punct(k))) {
        end = k;
      }
    }
    if (end < m_end && !m_s.is_comma(end) && !m_s.is_end_punct(end)) {
      return std::nullopt;
    }
    std::uint32_t subject_end = hit.begin;
    while (subject_end > 0 && (is(WordClass::adverb, subject_end - 1) || is(WordClass::auxiliary, subject_end - 1) ||
                               m_s.lower(subject_end - 1).ends_with(u"ly"))) {
      --subject_end;
    }
    std::uint32_t subject_begin = subject_end;
    // The label's noun: one that points back, or "charge", which points back only as such a label
    // ("denied the charges" is no dispute of the claim before).
    auto label_noun = [&](std::uint32_t t) {
      return frames::points_back(m_s.lower(t)) || word(t, u"charge") || word(t, u"charges") ||
             frames::argued_noun(m_s.lower(t));
    };
    // ("P, a claim it has denied": a pronoun alone is the deniers, though "it" may also point back.)
    const bool pronoun_subject = subject_end >= 4 && (word(subject_end - 1, u"it") || word(subject_end - 1, u"they")) &&
                                 label_noun(subject_end - 2);
    if (pronoun_subject) {
      subject_begin = subject_end - 1;
    }
    while (!pronoun_subject && subject_begin > 0 && subject_end - subject_begin < 6 && m_s.is_word(subject_begin - 1) &&
           !is(WordClass::relative, subject_begin - 1) && !word(subject_begin - 1, u"that") &&
           !label_noun(subject_begin - 1)) {
      --subject_begin;
    }
    if (subject_begin == subject_end || subject_begin == 0 || !has_head(subject_begin, subject_end)) {
      return std::nullopt;
    }
    std::uint32_t label_end = subject_begin;
    std::uint32_t label_begin = subject_begin;
    if (word(label_begin - 1, u"which") && label_begin >= 2 && m_s.is_comma(label_begin - 2)) {
      label_begin = label_begin - 1;
    } else {
      if (word(label_end - 1, u"that") || word(label_end - 1, u"which")) {
        --label_end;
      }
      if (label_end < 3 || !label_noun(label_end - 1) || !m_s.is_comma(label_end - 3) ||
          !(word(label_end - 2, u"a") || word(label_end - 2, u"an") || word(label_end - 2, u"the"))) {
        return std::nullopt;
      }
      label_begin = label_end - 2;
    }
    Attribution disputed = label_dispute(hit, cue, subject_begin, subject_end, label_begin, label_end, end);
    disputed.rule = "en.label-denial";
    return disputed;
  }

  // The denial of a label set off after a claim: its deniers [source_b, source_e), the label
  // [label_b, label_e) as the content, which points back, and the region up to region_e.
  Attribution label_dispute(const Hit& hit, const lexicon::CueEntry& cue, std::uint32_t source_b, std::uint32_t source_e,
                            std::uint32_t label_b, std::uint32_t label_e, std::uint32_t region_e) const {
    Attribution disputed = base(hit, cue);
    disputed.sources = {phrase(hit, source_b, source_e)};
    disputed.content_begin = label_b;
    disputed.content_end = label_e;
    disputed.region_begin = label_b;
    disputed.region_end = region_e;
    return disputed;
  }

  // "X was (also) quoted as saying P", "P, X was quoted as saying by Y", "X was quoted in
  // the statement as saying P", "X was quoted in the Financial Times as saying P".
  std::optional<Attribution> passive_quote(const Hit& hit, const lexicon::CueEntry& cue, std::uint32_t as) {
    std::uint32_t t = hit.begin;
    while (t > 0 && is(WordClass::adverb, t - 1)) {
      --t;  // "was also quoted", "was further quoted"
    }
    if (t == 0 || !passive_auxiliary(t - 1)) {
      return std::nullopt;
    }
    const NounPhrase inner = subject_left(t - 1);
    if (inner.empty()) {
      return std::nullopt;
    }
    Attribution a = base(hit, cue);
    const std::string label = m_s.utf8(hit.begin, hit.end) + " \u2026 " + m_s.utf8(as, as + 2);
    a.sources = {phrase(hit, inner.begin, inner.end, label)};
    // A medium between the verb and "as saying" ("in the Financial Times") relays it; a
    // statement ("in the statement") does not.
    if (as > hit.end && (word(hit.end, u"in") || word(hit.end, u"on")) && recipient_is_medium({hit.end + 1, as})) {
      a.sources.insert(a.sources.begin(), phrase(hit, hit.end + 1, as, label));
    }
    std::uint32_t after = as + 2;
    if (after + 1 < m_end && word(after, u"by")) {
      // "… as saying by the Xinhua news agency": the agency relays it.
      std::uint32_t k = after + 1;
      while (k < m_end && np_token(k) && !m_s.is_comma(k) && k - after < 10) {
        ++k;
      }
      if (k > after + 1 && has_head(after + 1, k)) {
        a.sources.insert(a.sources.begin(), phrase(hit, after + 1, k, label));
        after = k;
      }
    }
    a.region_begin = inner.begin;
    a.region_end = after;
    // "… as telling a news conference": whom he told, then the content only after "that" or
    // a colon.
    const bool telling = word(as + 1, u"telling");
    const AfterVerb av = after_verb(after, telling);
    if (av.has_content && !av.after_comma && (!telling || av.marked)) {
      return finish_preposed(a, av);
    }
    if (!content_before(a, inner.begin)) {
      return std::nullopt;
    }
    a.wrapper = true;
    return a;
  }

  std::optional<Attribution> relay(const Hit& hit, const lexicon::CueEntry& cue) {
    // "X quoted Y as saying P" / "“P,” X quoted Y as saying."
    const std::uint32_t as = find_as_saying(hit.end);
    if (as >= m_end) {
      // "P, she was quoted telling a briefing": the passive without "as".
      if (hit.end < m_end && (word(hit.end, u"telling") || word(hit.end, u"saying"))) {
        return passive_quote(hit, cue, hit.end - 1);
      }
      return std::nullopt;
    }
    if (std::optional<Attribution> passive = passive_quote(hit, cue, as)) {
      return passive;
    }
    if (as == hit.end) {
      return std::nullopt;
    }
    Attribution a = base(hit, cue);
    const NounPhrase outer = subject_left(hit.begin);
    const std::string label = m_s.utf8(hit.begin, hit.end) + " \u2026 " + m_s.utf8(as, as + 2);
    SourcePhrase inner = phrase(hit, hit.end, quoted_end(hit.end, as), label);
    if (outer.empty() && hit.begin > 0 && (word(hit.begin - 1, u"and") || word(hit.begin - 1, u"also"))) {
      // "It said P and quoted a port official as saying Q": the earlier verb's subject relays.
      a.coordinated = true;
      a.sources = {phrase(hit, hit.begin - 1, hit.begin - 1, label), inner};
      a.region_begin = hit.begin;
      a.region_end = as + 2;
      const AfterVerb av = after_verb(as + 2, false);
      if (!av.has_content || av.after_comma) {
        return std::nullopt;
      }
      return finish_preposed(a, av);
    }
    if (outer.empty()) {
      return std::nullopt;
    }
    a.sources = frames::split_relays(m_s, outer.begin, outer.end, phrase(hit, outer.begin, outer.end, label));
    a.sources.push_back(inner);
    a.region_begin = outer.begin;
    a.region_end = as + 2;
    // "quoted Tanabe as telling reporters after seeing the delegates, "Q"": the one told.
    const bool telling = as + 1 < m_end && (word(as + 1, u"telling") || word(as + 1, u"informing") ||
                                            word(as + 1, u"assuring") || word(as + 1, u"warning"));
    // ("quoted the director as calling the accusations "groundless"", "as dismissing the reports
    // as "fantasy"": a rejecting label on what was reported, a denial linked to it.)
    if (as + 2 < m_end && (word(as + 1, u"calling") || word(as + 1, u"describing") || word(as + 1, u"dismissing") ||
                           word(as + 1, u"branding") || word(as + 1, u"labelling") || word(as + 1, u"labeling"))) {
      if (const auto found = rejecting_label(as + 2, !word(as + 1, u"dismissing"))) {
        a.rule = "en.dismissal";
        a.commitment = Commitment::denial;
        a.region_end = as + 2;
        a.content_begin = as + 2;  // the object and its label, as for "called" (see dismissal)
        a.content_end = found->second;
        if (frames::trim_content(m_s, a.content_begin, a.content_end)) {
          return a;
        }
        return std::nullopt;
      }
    }
    // ("quoted the ministry as denying that P", "as rejecting claims by some agents that P": a
    // denial, relayed.)
    if (as + 1 < m_end && (word(as + 1, u"denying") || word(as + 1, u"rejecting"))) {
      a.commitment = Commitment::denial;
    }
    const AfterVerb av = after_verb(as + 2, telling);
    if (av.has_content && !av.after_comma) {
      // ("quoted X as telling Brisbane radio station 4BC that P": the station relayed him.)
      if (telling && !av.recipient.empty() && recipient_is_medium(av.recipient)) {
        SourcePhrase told = phrase(hit, av.recipient.begin, av.recipient.end);
        told.recipient = true;
        a.sources.insert(a.sources.end() - 1, told);
      } else if (!av.relay_outer.empty()) {
        // ("quoted the minister as saying in an interview with Kuwait TV that P": the medium
        // he spoke to stands between the relay and him.)
        SourcePhrase told = phrase_cued(av.relay_outer.begin, av.relay_outer.end, av.relay_cue_begin, av.relay_cue_end);
        told.recipient = frames::spoken_to(m_s, av.relay_cue_end);
        a.sources.insert(a.sources.end() - 1, told);
      }
      return finish_preposed(a, av);
    }
    // ("Isna quoted the daily Shargh as saying, citing an informed source, that P": the citing
    // phrase set off after "saying" adds its hop; the clause after it is the content.)
    if (av.after_comma && m_s.is_comma(as + 2) && as + 3 < m_end) {
      if (const Hit* c = m_s.cue_at(as + 3); c != nullptr && c->begin == as + 3 &&
                                              m_s.lex.cues()[c->payload].frame == Frame::citing) {
        std::uint32_t close = c->end;
        while (close < m_end && !m_s.is_comma(close) && close - c->end < 12) {
          ++close;
        }
        if (close + 1 < m_end && m_s.is_comma(close) && word(close + 1, u"that")) {
          const AfterVerb after_aside = after_verb(close + 1, false);
          if (after_aside.has_content && !after_aside.after_comma) {
            return finish_preposed(a, after_aside);
          }
        }
      }
    }
    // "However, Kyodo quoted the officials as saying, the ministry would …": a comma after
    // "saying" and nothing before the relay but a connective; the clause after it is the content.
    if (av.after_comma && m_s.is_comma(as + 2) && only_connectives_before(outer.begin)) {
      const AfterVerb after_comma = after_verb(as + 3, false);
      if (after_comma.has_content && !after_comma.after_comma) {
        return finish_preposed(a, after_comma);
      }
    }
    if (!content_before(a, outer.begin)) {
      return std::nullopt;
    }
    a.wrapper = true;
    return a;
  }

  // ", in a report carried by Bernama,", "In remarks carried by state television,", "…, in
  // remarks published by the IRNA news agency": a set-off phrase naming the medium that carried
  // a statement. The assembler makes the medium the outer hop of the nearest attribution (a
  // verb's own "said in a commentary carried by X that P" is read by the verb).
  std::optional<Attribution> relay_aside(const Hit& hit, const lexicon::CueEntry& cue) {
    const std::u16string_view verb = m_s.lower(hit.begin);
    // ("in a broadcast heard in London by the BBC monitoring service": monitored, then relayed.)
    if (!(verb == u"carried" || verb == u"published" || verb == u"broadcast" || verb == u"released" ||
          verb == u"distributed" || verb == u"heard" || verb == u"monitored" || verb == u"picked" ||
          // ("in a statement read on the state broadcaster RTS", "… aired by", "… relayed by")
          verb == u"read" || verb == u"aired" || verb == u"relayed" ||
          // (", in a statement quoted by Reuters,": the agency that quoted it.)
          verb == u"quoted" || verb == u"cited" ||
          // (", in an interview published by the daily Al-Qabas,": the form holds the statement
          // noun itself. Not one spoken to, "In an interview with Radio 4's Today programme,":
          // the clause reads that aside itself, for a medium it knows as one.)
          (verb == u"in" && hit.end - hit.begin >= 3 && !frames::spoken_to(m_s, hit.end))) ||
        (hit.begin < 3 && verb != u"in" && !(hit.begin == 2 && word(0, u"in")))) {
      return std::nullopt;
    }
    // ("The radio, whose broadcast was monitored in London by the BBC, said P": the relative
    // clause's agent relays what its antecedent said.)
    if (hit.begin >= 4 && (word(hit.begin - 1, u"was") || word(hit.begin - 1, u"were")) &&
        is(WordClass::statement_noun, hit.begin - 2) && word(hit.begin - 3, u"whose") && m_s.is_comma(hit.begin - 4)) {
      std::uint32_t by = hit.end;
      while (by < m_end && by - hit.end <= 4 && !word(by, u"by") && !m_s.is_comma(by)) {
        ++by;
      }
      // (The form may hold "by" itself: "monitored in London by".)
      const std::uint32_t from = word(hit.end - 1, u"by") ? hit.end : (by + 1 < m_end && word(by, u"by") ? by + 1 : m_end);
      std::uint32_t e = from;
      while (e < m_end && np_token(e) && !m_s.is_comma(e) && e - from < 8) {
        ++e;
      }
      if (from < m_end && e > from && e < m_end && m_s.is_comma(e) && has_head(from, e) && recipient_is_medium({from, e})) {
        return carrier_aside(hit, cue, {from, e}, hit.begin - 4, e + 1);
      }
    }
    // ("The statement, read on state broadcaster ORTM on Tuesday, said P": the statement the
    // subject names, set off, and the medium that carried it.)
    if (verb != u"in" && hit.begin >= 2 && m_s.is_comma(hit.begin - 1) && is(WordClass::statement_noun, hit.begin - 2)) {
      // (The preposition may stay outside the cue: "read out on", "aired by".)
      std::uint32_t from = hit.end;
      if (from < m_end && word(from, u"out")) {
        ++from;
      }
      if (from < m_end && (word(from, u"on") || word(from, u"by") || word(from, u"over"))) {
        ++from;
      }
      std::uint32_t e = from;
      while (e < m_end && np_token(e) && !m_s.is_comma(e) && e - from < 8 && !time_after_name(e) &&
             !is(WordClass::time_word, e) && !word(e, u"on")) {
        ++e;
      }
      if (e > from && has_head(from, e) && recipient_is_medium({from, e})) {
        std::uint32_t close = e;
        while (close < m_end && !m_s.is_comma(close) && close - e < 6) {
          ++close;
        }
        if (close < m_end && m_s.is_comma(close)) {
          return carrier_aside(hit, cue, {from, e}, hit.begin - 1, close + 1);
        }
      }
    }
    // "in a report", "in remarks", "in an interview": the statement noun before the participle.
    std::uint32_t in = verb == u"in" ? hit.begin : hit.begin - 1;
    if (verb != u"in" && !is(WordClass::statement_noun, in) && !word(in, u"remarks") && !word(in, u"comments")) {
      return std::nullopt;
    }
    while (in > 0 && hit.begin - in <= 4 && !word(in, u"in")) {
      --in;
    }
    if (!word(in, u"in") || !(in == 0 || m_s.is_comma(in - 1) || adverbial(0, in))) {
      return std::nullopt;
    }
    std::uint32_t e = hit.end;
    // (Not the day after the medium: "published by Interfax on Friday,".)
    while (e < m_end && np_token(e) && !m_s.is_comma(e) && e - hit.end < 8 && !time_after_name(e) &&
           !(word(e, u"on") && e + 1 < m_end && is(WordClass::time_word, e + 1))) {
      ++e;
    }
    if (e == hit.end || !has_head(hit.end, e) || !recipient_is_medium({hit.end, e})) {
      return std::nullopt;
    }
    return carrier_aside(hit, cue, {hit.end, e}, in > 0 && m_s.is_comma(in - 1) ? in - 1 : in,
                         e < m_end && m_s.is_comma(e) ? e + 1 : e);
  }

  // The aside naming the medium that carried a statement, over [region_begin, region_end): a
  // citing phrase whose one source is the medium, to be the nearest attribution's outer hop.
  [[nodiscard]] Attribution carrier_aside(const Hit& hit, const lexicon::CueEntry& cue, NounPhrase medium,
                                          std::uint32_t region_begin, std::uint32_t region_end) const {
    Attribution a = base(hit, cue);
    a.frame = Frame::citing;
    a.relay_aside = true;
    a.sources = {phrase(hit, medium.begin, medium.end)};
    a.region_begin = region_begin;
    a.region_end = region_end;
    a.content_begin = a.content_end = a.region_end;
    return a;
  }

  std::optional<Attribution> passive_relay(const Hit& hit, const lexicon::CueEntry& cue) {
    // "Y was quoted by X as saying P"
    const std::uint32_t as = find_as_saying(hit.end);
    if (as >= m_end) {
      return std::nullopt;
    }
    Attribution a = base(hit, cue);
    const NounPhrase inner = subject_left(hit.begin);
    if (inner.empty()) {
      return std::nullopt;
    }
    const std::string label = m_s.utf8(hit.begin, hit.end) + " \u2026 " + m_s.utf8(as, as + 2);
    a.sources = {phrase(hit, hit.end, as, label), phrase(hit, inner.begin, inner.end, label)};
    a.region_begin = inner.begin;
    a.region_end = as + 2;
    // "quoted Tanabe as telling reporters after seeing the delegates, "Q"": the one told.
    const bool telling = as + 1 < m_end && (word(as + 1, u"telling") || word(as + 1, u"informing") ||
                                            word(as + 1, u"assuring") || word(as + 1, u"warning"));
    const AfterVerb av = after_verb(as + 2, telling);
    // ("was quoted by Hina as telling the daily Die Presse that P": the paper told relays
    // between the agency and the speaker.)
    if (telling && !av.recipient.empty() && recipient_is_medium(av.recipient)) {
      SourcePhrase told = phrase(hit, av.recipient.begin, av.recipient.end, label);
      told.recipient = true;
      a.sources.insert(a.sources.begin() + 1, told);
    }
    if (av.has_content && !av.after_comma) {
      return finish_preposed(a, av);
    }
    if (!content_before(a, inner.begin)) {
      return std::nullopt;
    }
    a.wrapper = true;
    return a;
  }

  std::optional<Attribution> citing(const Hit& hit, const lexicon::CueEntry& cue) {
    // "X, citing Y, said P" / "P, X reported, citing Y": an inner hop for a nearby attribution.
    // "without citing sources", "did not cite any source": no one is cited.
    if (hit.begin > 0 && (word(hit.begin - 1, u"without") || word(hit.begin - 1, u"not") ||
                          word(hit.begin - 1, u"never"))) {
      return std::nullopt;
    }
    // ("who requested anonymity, citing fear of reprisals", "citing security concerns",
    // "citing the sensitivity of the matter": a reason given, no one cited.)
    {
      std::uint32_t r = hit.end;
      if (r < m_end && (word(r, u"the") || word(r, u"a"))) {
        ++r;
      }
      const bool reason_word = word(r, u"fear") || word(r, u"fears") || word(r, u"concern") || word(r, u"concerns") ||
                               word(r, u"reasons") || word(r, u"privacy") || word(r, u"sensitivity") ||
                               word(r, u"lack") || word(r, u"risk") || word(r, u"risks");
      const bool reason_pair = r + 1 < m_end &&
                               (word(r, u"security") || word(r, u"safety") || word(r, u"health") ||
                                word(r, u"legal") || word(r, u"personal") || word(r, u"privacy")) &&
                               (word(r + 1, u"reasons") || word(r + 1, u"concerns") || word(r + 1, u"fears") ||
                                word(r + 1, u"risks") || word(r + 1, u"grounds"));
      // ("citing police bans on opposition rallies", "citing government restrictions on
      // access": a body's measure, named by the noun after the body's word, is a reason too.)
      static constexpr std::u16string_view k_measures[] = {
          u"ban", u"bans", u"restrictions", u"restriction", u"curbs", u"delays", u"delay", u"shortages",
          u"irregularities", u"intimidation", u"harassment", u"interference", u"violence", u"threats",
          u"pressure", u"failures", u"failure", u"cuts", u"rules", u"measures", u"policies", u"policy",
          u"crackdown", u"obstruction", u"blockade", u"closures"};
      const bool measure = r + 1 < m_end && m_s.noun_covering(r) != nullptr &&
                           std::find(std::begin(k_measures), std::end(k_measures), m_s.lower(r + 1)) != std::end(k_measures);
      // ("citing a sharp increase in Russian shelling", "citing rising costs": a change, an
      // adjective before it perhaps, is a reason too.)
      static constexpr std::u16string_view k_changes[] = {
          u"increase", u"increases", u"rise", u"surge", u"spike", u"escalation", u"drop", u"decline",
          u"deterioration", u"worsening", u"uptick", u"upsurge", u"jump", u"fall", u"slump", u"rising",
          u"falling", u"mounting", u"growing", u"declining", u"soaring",
          // ("citing the size of the bank's office-loan book": a measure of a thing.)
          u"size", u"scale", u"extent"};
      auto change_at = [&](std::uint32_t k) {
        return k < m_end && std::find(std::begin(k_changes), std::end(k_changes), m_s.lower(k)) != std::end(k_changes);
      };
      const bool change = change_at(r) || (r + 1 < m_end && m_s.noun_covering(r) == nullptr &&
                                           m_s.entity_covering(r) == nullptr && !m_s.tokens[r].capitalized &&
                                           change_at(r + 1));
      if (r < m_end && (reason_word || reason_pair || measure || change)) {
        return std::nullopt;
      }
    }
    std::uint32_t e = hit.end;
    while (e < m_end && !m_s.is_comma(e) && !m_s.is_end_punct(e) && !word(e, u"that") && !word(e, u"as") &&
           e - hit.end < 14) {
      ++e;
    }
    // ("quoting what it called security sources": the words the medium chose; the sources are
    // the ones cited.)
    std::uint32_t from = hit.end;
    if (from + 3 < e && word(from, u"what") &&
        (word(from + 1, u"it") || word(from + 1, u"he") || word(from + 1, u"she") || word(from + 1, u"they")) &&
        (word(from + 2, u"called") || word(from + 2, u"described"))) {
      from += word(from + 2, u"described") && word(from + 3, u"as") ? 4 : 3;
    }
    if (e == hit.end || from >= e || !has_head(from, e)) {
      return std::nullopt;
    }
    // ("the daily Vjesnik, which quoted unnamed managers as saying that P": a relative relay
    // with a content of its own, read as "Vjesnik quoted …".)
    // ("a report from the Cook Islands News quoting the auditor, Mii Tangiiau, as saying P":
    // a medium's participle relays as its relative clause does; a name set off after the one
    // quoted belongs to it.)
    const bool quoting_participle = word(hit.begin, u"quoting") && hit.begin > 0 && m_s.is_word(hit.begin - 1);
    if (quoting_participle && e + 3 < m_end && m_s.is_comma(e) && m_s.tokens[e + 1].capitalized) {
      std::uint32_t n = e + 1;
      while (n < m_end && n - e <= 5 && m_s.is_word(n) && m_s.tokens[n].capitalized) {
        ++n;
      }
      if (n + 2 < m_end && m_s.is_comma(n) && word(n + 1, u"as") && is(WordClass::as_saying, n + 2)) {
        e = n + 1;
      }
    }
    // ("BNA said P, quoting the undersecretary as saying Q": after a comma, a participle that
    // goes on with the clause's speaker; Q is a claim of its own, relayed by that speaker.)
    if (word(hit.begin, u"quoting") && hit.begin > 2 && m_s.is_comma(hit.begin - 1) && e + 2 < m_end &&
        word(e, u"as") && is(WordClass::as_saying, e + 1) && from < e && has_head(from, e)) {
      const AfterVerb av = after_verb(e + 2, false);
      if (av.has_content && !av.after_comma) {
        Attribution a = base(hit, cue);
        a.frame = Frame::relay;
        a.participle = true;
        const std::string label = m_s.utf8(hit.begin, hit.end) + " \u2026 as " + m_s.utf8(e + 1, e + 2);
        a.sources = {phrase(hit, hit.begin, hit.begin, label), phrase(hit, from, quoted_end(from, e), label)};
        const NounPhrase fb = clause_subject();
        a.fallback_begin = fb.begin;
        a.fallback_end = fb.end;
        a.region_begin = hit.begin - 1;
        a.region_end = e + 2;
        return finish_preposed(a, av);
      }
    }
    const bool relative_relay = (word(hit.begin, u"which") || word(hit.begin, u"who")) && hit.begin > 0 &&
                                m_s.is_comma(hit.begin - 1);
    if ((relative_relay || quoting_participle) && e + 1 < m_end && word(e, u"as") && is(WordClass::as_saying, e + 1)) {
      // The antecedent: the name or medium right before the comma (or right before "quoting").
      const std::uint32_t ante_end = relative_relay ? hit.begin - 1 : hit.begin;
      std::uint32_t ante = ante_end;
      while (ante > 0 && ante_end - ante < 6 && m_s.is_word(ante - 1) && !is(WordClass::preposition, ante - 1) &&
             (m_s.tokens[ante - 1].capitalized || is(WordClass::determiner, ante - 1) ||
              m_s.noun_covering(ante - 1) != nullptr || m_s.entity_covering(ante - 1) != nullptr)) {
        --ante;
      }
      // (Not when a verb of its own reports the antecedent: "CNA cited the daily, which quoted
      // …" is read by "cited".)
      bool reported = false;
      for (std::uint32_t k = ante; k-- > 0 && !reported;) {
        const Hit* h = m_s.cue_at(k);
        reported = h != nullptr && m_s.lex.cues()[h->payload].frame != Frame::postmod_relay;
      }
      const AfterVerb av = after_verb(e + 2, false);
      const bool medium_quotes = relative_relay || recipient_is_medium({ante, ante_end});
      if (!reported && medium_quotes && ante < ante_end && has_head(ante, ante_end) && av.has_content && !av.after_comma) {
        Attribution a = base(hit, cue);
        a.frame = Frame::relay;  // no hop for another attribution: a claim of its own
        // ("Tanjug carried a report from the daily Vjesnik, which quoted …": the medium that
        // carried the report relays it.)
        if (ante >= 4 && (word(ante - 1, u"from") || word(ante - 1, u"in") || word(ante - 1, u"by"))) {
          for (std::uint32_t v = ante - 1; v-- > 1 && ante - v <= 5;) {
            if (word(v, u"carried") || word(v, u"published") || word(v, u"ran") || word(v, u"relayed")) {
              const NounPhrase carrier = subject_left(v);
              if (!carrier.empty() && has_head(carrier.begin, carrier.end) && recipient_is_medium(carrier)) {
                a.sources.push_back(phrase(hit, carrier.begin, carrier.end));
              }
              break;
            }
          }
        }
        a.sources.push_back(phrase(hit, ante, ante_end));
        a.sources.push_back(phrase(hit, from, quoting_participle && m_s.is_comma(e - 1) ? e - 1 : e));
        a.region_begin = ante;
        a.region_end = e + 2;
        return finish_preposed(a, av);
      }
    }
    // ("citing military sources who said P": the ones cited speak in the relative clause,
    // which carries the relay; see relay_through_who.)
    // ("P, citing military sources who said Q": the ones cited are P's inner hop too, without
    // their relative clause.)
    const bool relay_participle = hit.begin >= 2 && m_s.is_comma(hit.begin - 1) &&
                                  (word(hit.begin, u"citing") || word(hit.begin, u"quoting"));
    for (std::uint32_t k = hit.end + 1; k + 1 < e; ++k) {
      if (word(k, u"who")) {
        if (const Hit* said = m_s.cue_at(k + 1); said != nullptr && said->begin == k + 1) {
          if (!relay_participle) {
            return std::nullopt;
          }
          e = k;
        }
        break;
      }
    }
    // What is cited must be able to speak or be read: a name, a source or a document
    // ("citing Interior Ministry officials", "citing a report"), not a reason ("citing the
    // strategic importance of a nation").
    // Only the words before a conjunction, or before a preposition of time, cause or topic,
    // count ("citing her record after the floods and the union's members": a record); other
    // prepositions keep to the cited source ("citing the head of the transport ministry",
    // "citing information passed on by officials", "citing emails obtained through a request").
    auto leaves_the_cited = [&](std::uint32_t k) {
      static constexpr std::u16string_view k_leaving[] = {
          u"after", u"before", u"during", u"since", u"following", u"amid", u"despite", u"over",
          u"for", u"about", u"against", u"with", u"under", u"to"};
      return is(WordClass::conjunction, k) ||
             std::find(std::begin(k_leaving), std::end(k_leaving), m_s.lower(k)) != std::end(k_leaving);
    };
    std::uint32_t head_end = from;
    while (head_end < e && (head_end == from || !leaves_the_cited(head_end))) {
      ++head_end;
    }
    bool source_like = false;
    for (std::uint32_t i = from; i < head_end && !source_like; ++i) {
      // ("citing a local administrator": a noun that names a person by its ending.)
      const std::u16string_view t = m_s.lower(i);
      static constexpr std::u16string_view k_people[] = {
          u"officers", u"managers", u"executives", u"bankers", u"traders", u"dealers", u"diplomats",
          u"lawyers", u"farmers", u"miners", u"brokers", u"aides", u"advisers", u"investors", u"resident",
          u"residents", u"witness", u"witnesses", u"doctor", u"doctors", u"survivor", u"survivors",
          u"relative", u"relatives", u"worker", u"workers", u"officer", u"passenger", u"passengers",
          u"employee", u"employees", u"patient", u"patients", u"driver", u"drivers", u"pilot", u"pilots",
          u"insider", u"insiders", u"member", u"members", u"people", u"figure", u"figures",
          // makers and firms by their trade: "citing the builder", "citing the carrier"
          u"builder", u"builders", u"shipbuilder", u"maker", u"makers", u"carmaker", u"manufacturer",
          u"manufacturers", u"carrier", u"airline", u"owner", u"owners", u"supplier", u"suppliers", u"lender",
          u"lenders", u"insurer", u"retailer", u"developer", u"contractor", u"producer", u"producers",
          u"exporter", u"exporters", u"importer", u"importers", u"buyer", u"buyers", u"seller", u"sellers",
          // people at an event or a place: "citing the rally's organisers", "citing villagers"
          u"activists", u"campaigners", u"protesters", u"protestors", u"villagers", u"neighbours", u"neighbors",
          u"parents", u"teachers", u"students", u"guards", u"soldiers", u"rescuers", u"firefighters", u"medics",
          u"nurses", u"crew", u"fishermen", u"shopkeepers", u"merchants", u"eyewitnesses", u"eyewitness",
          // officers of a court, a county or a port: "citing a county clerk", "citing the coast guard"
          u"clerk", u"clerks", u"registrar", u"coroner", u"prosecutor", u"prosecutors", u"inspector",
          u"inspectors", u"director", u"guard", u"coastguard", u"police", u"command", u"commander", u"commanders",
          // users and customers: "citing players who had analysed the hands", "citing staff"
          u"players", u"gamblers", u"punters", u"users", u"customers", u"clients", u"consumers", u"voters",
          u"tenants", u"shareholders", u"staff", u"fans", u"viewers", u"listeners", u"readers", u"callers"};
      // (The list whatever the length: "guard" is five letters, the endings need six.)
      const bool person_noun =
          std::find(std::begin(k_people), std::end(k_people), t) != std::end(k_people) ||
          (t.size() > 5 && (t.ends_with(u"ator") || t.ends_with(u"ators") || t.ends_with(u"ist") || t.ends_with(u"ists") ||
                           t.ends_with(u"ian") || t.ends_with(u"ians") || t.ends_with(u"spokesman") ||
                           t.ends_with(u"spokeswoman") || t.ends_with(u"eer") /* volunteer, engineer */ ||
                           t.ends_with(u"eers") ||
                           // organiser, organizer, adviser, supervisor
                           t.ends_with(u"iser") || t.ends_with(u"isers") || t.ends_with(u"izer") ||
                           t.ends_with(u"izers") || t.ends_with(u"visor") || t.ends_with(u"visors")));
      source_like = m_s.entity_covering(i) != nullptr || m_s.noun_covering(i) != nullptr ||
                    is(WordClass::statement_noun, i) || (m_s.tokens[i].capitalized && i > hit.end) ||
                    (m_s.tokens[i].capitalized && !is(WordClass::determiner, i)) || person_noun;
    }
    // ("X reported, citing a county clerk it did not name, that P": set off between the verb of
    // reporting and its "that", what is cited is a source whatever its noun.)
    const bool before_that = e + 1 < m_end && m_s.is_comma(e) && word(e + 1, u"that") && hit.begin > 0 &&
                             m_s.is_comma(hit.begin - 1);
    if (!source_like && !before_that) {
      return std::nullopt;
    }
    // ("citing the builder, Seohae Naval Works of Mokpo, said": the name in apposition is the
    // one cited.)
    if (e + 2 < m_end && m_s.is_comma(e) && is(WordClass::determiner, hit.end) && m_s.is_word(e + 1) &&
        m_s.tokens[e + 1].capitalized) {
      std::uint32_t n = e + 1;
      while (n < m_end && n - e <= 6 && m_s.is_word(n) && (m_s.tokens[n].capitalized || word(n, u"of"))) {
        ++n;
      }
      if (n < m_end && n > e + 1 && m_s.is_comma(n)) {
        e = n;
      }
    }
    Attribution a = base(hit, cue);
    a.sources = {phrase(hit, from, e)};
    // ("citing government officials quoted by the newspaper Folha": the paper that quoted them
    // comes first.)
    for (std::uint32_t k = hit.end + 1; k + 1 < e; ++k) {
      if (const Hit* by = m_s.cue_at(k); by != nullptr && by->begin == k && by->end < e &&
                                         m_s.lex.cues()[by->payload].frame == Frame::postmod_relay &&
                                         recipient_is_medium({by->end, e})) {
        a.sources = {phrase(*by, by->end, e), phrase(hit, hit.end, k)};
        break;
      }
    }
    a.region_begin = hit.begin;
    a.region_end = e;
    a.content_begin = a.content_end = e;
    return a;
  }

  // "Cruz called Trump a "pathological liar"", "X branded the plan "a disaster"": the one
  // described and the quoted description, as one claim. Without a quotation "called" is too
  // often something else ("called for", "called a meeting").
  // ", accusing officials of P", ", calling the figures "a fairy tale"": a participle after a
  // comma shares the clause's subject (an attribution before it in the sentence, else the
  // clause's own subject), not the object before its comma.
  void share_clause_subject(Attribution& a, const Hit& hit) const {
    a.participle = true;
    a.sources = {phrase(hit, hit.begin, hit.begin)};
    const NounPhrase fb = clause_subject();
    a.fallback_begin = fb.begin;
    a.fallback_end = fb.end;
    a.region_begin = hit.begin - 1;
  }

  // "dismissed the move as "political theater"": "dismissed", its object, then "as" and a label
  // that rejects nothing said. (Not "dismissed the minister as part of a reshuffle", removed from
  // office; nor what the denial frames read: a thing said dismissed, "dismissed allegations she P
  // as …", a label that rejects, "as "baseless"", or no object between, "an allegation Mr NAME
  // dismissed as …".)
  [[nodiscard]] bool dismissed_as_description(const Hit& hit) const {
    if (hit.end != hit.begin + 1 || !m_s.lower(hit.begin).starts_with(u"dismiss")) {
      return false;
    }
    for (std::uint32_t k = hit.end; k + 1 < m_s.size() && k < hit.end + 10 && !m_s.is_comma(k); ++k) {
      if (claim_noun(m_s.lower(k)) || word(k, u"charge") || word(k, u"charges") || word(k, u"account")) {
        return false;
      }
      if (!word(k, u"as")) {
        continue;
      }
      if (k == hit.end || word(k + 1, u"part") || word(k + 1, u"well") || word(k + 1, u"soon") ||
          word(k + 1, u"such") || word(k + 1, u"usual") || (word(k + 1, u"a") && word(k + 2, u"result"))) {
        return false;
      }
      for (std::uint32_t l = k + 1; l < m_s.size() && l < k + 8 && !m_s.is_comma(l); ++l) {
        if (is(WordClass::dismissive, l)) {
          return false;
        }
      }
      return true;
    }
    return false;
  }

  std::optional<Attribution> called_quoted(const Hit& hit, const lexicon::CueEntry& cue) {
    if (hit.end >= m_end || word(hit.end, u"for") || word(hit.end, u"on") || word(hit.end, u"off") ||
        word(hit.end, u"upon") || m_s.is_comma(hit.end) || m_s.is_open_quote(hit.end)) {
      return std::nullopt;
    }
    // ("called it "one poll among dozens"": the pronoun for what was just named is the object,
    // and the annotators take it with the words, as they do a noun.)
    // ("called the leaked note "damning"": the object's words, whatever cue they resemble.)
    std::uint32_t open = hit.end + 1;
    while (open < m_end && open - hit.end < 10 && !m_s.is_open_quote(open) && !m_s.is_comma(open) &&
           (np_token(open) || (m_s.is_word(open) && open - hit.end < 6 && !is(WordClass::verb_blocker, open) &&
                               !word(open, u"that") && !is(WordClass::subordinator, open)))) {
      ++open;
    }
    if (open >= m_end || !m_s.is_open_quote(open)) {
      return std::nullopt;
    }
    std::uint32_t close = open + 1;
    while (close < m_s.size() && !m_s.is_close_quote(close)) {
      ++close;
    }
    if (close >= m_s.size()) {
      return std::nullopt;
    }
    Attribution a = base(hit, cue);
    if (hit.begin > 1 && m_s.is_comma(hit.begin - 1) && m_s.lower(hit.begin).ends_with(u"ing")) {
      // ("denied that P, calling the police figures "a fairy tale"": the participle shares the
      // clause's subject, and ends what was denied. Not with a pronoun for its object, "calling
      // them "without foundation"", which names nothing the annotators take.)
      if (word(hit.end, u"them") || word(hit.end, u"him") || word(hit.end, u"her") || word(hit.end, u"this") ||
          word(hit.end, u"that") || word(hit.end, u"it")) {
        return std::nullopt;
      }
      share_clause_subject(a, hit);
    } else if (!subject_or_shared(a, hit, m_s.utf8(hit.begin, hit.end), false)) {
      // ("The company said P and called the posts "false and harmful."": or coordinated with the
      // verb before, sharing its speaker.)
      return std::nullopt;
    }
    // (The annotators take the quoted words as the claim; a long object before them, "called
    // the leaked note "damning"", would outweigh them.)
    const bool long_object = open >= hit.end + 3;
    a.region_end = long_object ? open : hit.end;
    a.content_begin = long_object ? open : hit.end;
    a.content_end = std::min<std::uint32_t>(close + 1, static_cast<std::uint32_t>(m_s.size()));
    // ("called the strike "a clear signal" that the West wanted to escalate", "called the
    // lawsuit "a shameless attempt" to protect profits", "called the move "a makeover" meant to
    // persuade workers": the label's own complement after the quotation goes with it, to the
    // clause's next comma.)
    a.content_end = std::max(a.content_end, label_complement_end(close + 1, false));
    if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
      return std::nullopt;
    }
    return a;
  }

  // "engineers found what the city council called "significant structural defects"", "what
  // Baghdad hailed as Iran's failure": the words named are the claim, the one between "what"
  // and the verb names them.
  std::optional<Attribution> what_x_called(const Hit& hit, const lexicon::CueEntry& cue) {
    std::uint32_t what = hit.begin;
    for (std::uint32_t k = hit.begin; k > 0 && hit.begin - k < 6; --k) {
      if (!m_s.is_word(k - 1)) {
        break;
      }
      if (word(k - 1, u"what")) {
        what = k - 1;
        break;
      }
    }
    // ("what he has described as": the auxiliary is no part of who.)
    std::uint32_t who_end = hit.begin;
    while (who_end > what + 1 && (is(WordClass::auxiliary, who_end - 1) || is(WordClass::adverb, who_end - 1))) {
      --who_end;
    }
    if (what == hit.begin || what + 1 >= who_end) {
      return std::nullopt;
    }
    // ("said members would discuss what he called "the import problem"": a pronoun names the
    // speaker's own wording inside a claim, no claim of its own; the annotators never take it.)
    if (who_end == what + 2 && (word(what + 1, u"he") || word(what + 1, u"she") || word(what + 1, u"they") ||
                                word(what + 1, u"it") || word(what + 1, u"we") || word(what + 1, u"i"))) {
      return std::nullopt;
    }
    std::uint32_t b = hit.end;
    if (b < m_end && word(b, u"as")) {
      ++b;
    }
    if (b >= m_end) {
      return std::nullopt;
    }
    // ("declined to comment on what it called "market speculation"": no claim of its own.)
    for (std::uint32_t k = what; k > 0 && what - k < 5; --k) {
      if (is(WordClass::negation, k - 1)) {
        return std::nullopt;
      }
    }
    // The words named: a quotation's words (without its marks, so that the quotations after
    // it are not read as going on with it), or up to a comma, a verb or a relative.
    std::uint32_t e = b;
    if (m_s.is_open_quote(b)) {
      ++b;
      e = b;
      while (e < m_end && !m_s.is_close_quote(e) && e - b < 16) {
        ++e;
      }
    } else {
      // (A hyphenated word is one: "a build-up of troops".)
      while (e < m_end && e - b < 14 &&
             (m_s.is_word(e) || m_s.is_quote_mark(e) ||
              (m_s.is_punct(e, u'-') && e > b && m_s.is_word(e - 1) && e + 1 < m_end && m_s.is_word(e + 1))) &&
             !is(WordClass::verb_blocker, e) && !word(e, u"that") && !is(WordClass::relative, e)) {
        ++e;
      }
    }
    Attribution a = base(hit, cue);
    a.sources = {phrase(hit, what + 1, who_end, "what \u2026 " + m_s.utf8(hit.begin, hit.end))};
    a.region_begin = what;
    a.region_end = b;
    a.content_begin = b;
    a.content_end = e;
    if (!frames::trim_content(m_s, a.content_begin, a.content_end) || a.content_end - a.content_begin < 2) {
      return std::nullopt;
    }
    return a;
  }

  // A noun for something said or believed, whose content a denial denies: "rejected the idea
  // that P", "rejected that account".
  // A noun for what others report or allege, whose "that" clause says what ("reports that P",
  // "allegations that P").
  [[nodiscard]] static bool claim_noun(std::u16string_view noun) {
    static constexpr std::u16string_view k_claim_nouns[] = {
        u"reports", u"report", u"claims", u"claim", u"allegations", u"allegation", u"accusations",
        u"accusation", u"rumours", u"rumors", u"rumour", u"rumor", u"suggestions", u"speculation", u"charges"};
    return std::find(std::begin(k_claim_nouns), std::end(k_claim_nouns), noun) != std::end(k_claim_nouns);
  }

  [[nodiscard]] static bool proposition_noun(std::u16string_view noun) {
    static constexpr std::u16string_view k_nouns[] = {
        u"idea", u"notion", u"suggestion", u"suggestions", u"claim", u"claims", u"report", u"reports",
        u"allegation", u"allegations", u"accusation", u"accusations", u"charge", u"charges", u"assertion",
        u"assertions", u"view", u"theory", u"speculation", u"rumour", u"rumours", u"rumor", u"rumors",
        u"contention", u"argument", u"arguments", u"premise", u"impression", u"perception", u"belief",
        u"assumption", u"insinuation", u"proposition", u"account", u"accounts", u"story", u"stories",
        u"version", u"characterization", u"characterisation", u"description", u"figure", u"estimate",
        u"interpretation", u"assessment"};
    return std::find(std::begin(k_nouns), std::end(k_nouns), noun) != std::end(k_nouns);
  }

  // The subject of the verb at `hit`, or, with "and"/"but" right before the verb, the one it
  // shares with the verb before (and, with `clause_fallback`, the sentence's subject when
  // there is none before): sets the sources and where the region begins. False if neither.
  bool subject_or_shared(Attribution& a, const Hit& hit, std::string label, bool clause_fallback,
                         bool participle_shares = false) const {
    const NounPhrase subject = subject_left(hit.begin);
    // (", calling the report untrue": a participle set off by a comma shares the clause's
    // subject as a coordinated verb does, when it rejects something.)
    const bool coordinated = subject.empty() && hit.begin > 0 &&
                             (word(hit.begin - 1, u"and") || word(hit.begin - 1, u"but") ||
                              (participle_shares && m_s.is_comma(hit.begin - 1) && !m_s.in_quote(hit.begin) &&
                               m_s.lower(hit.begin).ends_with(u"ing")));
    if (subject.empty() && !coordinated) {
      return false;
    }
    if (coordinated) {
      a.coordinated = true;
      a.sources = {phrase(hit, hit.begin - 1, hit.begin - 1, std::move(label))};
      if (clause_fallback) {
        const NounPhrase fb = clause_subject();
        a.fallback_begin = fb.begin;
        a.fallback_end = fb.end;
      }
      a.region_begin = hit.begin - 1;
    } else {
      a.sources = {phrase(hit, subject.begin, subject.end, std::move(label))};
      a.region_begin = subject.begin;
    }
    return true;
  }

  // A noun a verdict may reject: one that points back, or what one side brought against another
  // ("The lawyers called the charges fabricated", "called the lawsuit baseless"); these count only
  // as such an object ("denied the charges" disputes no claim before).
  [[nodiscard]] bool rejected_noun(std::uint32_t t) const {
    static constexpr std::u16string_view k_brought[] = {u"charge",     u"charges",   u"lawsuit",   u"suit",
                                                        u"indictment", u"complaint", u"complaints"};
    return frames::points_back(m_s.lower(t)) ||
           std::find(std::begin(k_brought), std::end(k_brought), m_s.lower(t)) != std::end(k_brought);
  }

  // Where "as" stands after an object of words before a noun of reports ("recent South Korean
  // reports of hunger in its farming regions as"), or 0.
  [[nodiscard]] std::uint32_t described_reports_end(std::uint32_t from) const {
    std::uint32_t n = from;
    while (n < m_end && n - from < 4 && m_s.is_word(n) && m_s.cue_at(n) == nullptr &&
           !frames::points_back(m_s.lower(n))) {
      ++n;
    }
    static constexpr std::u16string_view k_reports[] = {u"reports", u"report", u"claims", u"allegations",
                                                        u"accusations", u"rumours", u"rumors", u"accounts"};
    if (n >= m_end || n == from ||
        std::find(std::begin(k_reports), std::end(k_reports), m_s.lower(n)) == std::end(k_reports)) {
      return 0;
    }
    std::uint32_t k = n + 1;
    while (k < m_end && k - n <= 10 && m_s.is_word(k) && !word(k, u"as") && m_s.cue_at(k) == nullptr) {
      ++k;
    }
    return k < m_end && word(k, u"as") ? k : 0;
  }

  // "called the accusations "absurd"", "dismissed the account as "baseless propaganda"",
  // "described the claims as false": a short object that points back to what was reported
  // and a label that rejects it. The label is the claim, a denial; the assembler links it to
  // the claim the object points back to, which it disputes.
  // After a verb of naming or dismissing, from `from`: a short object that points back and a
  // label that rejects it ("the accusations "groundless"", "the report as speculation"); the
  // label's token range, or nothing. `naming`: a quotation may follow the object without "as".
  // (`described`, if given, says the object named what the reports were of: no pointer back.)
  [[nodiscard]] std::optional<std::pair<std::uint32_t, std::uint32_t>> rejecting_label(std::uint32_t from, bool naming,
                                                                                      bool* described_out = nullptr) const {
    // The object: at most three words, the last pointing back ("it", "the reports", "such claims").
    std::uint32_t object_end = from;
    bool described = false;
    while (object_end < m_end && object_end - from < 3 && m_s.is_word(object_end) &&
           !rejected_noun(object_end)) {
      if (!is(WordClass::determiner, object_end)) {
        // ("dismissed recent South Korean reports of hunger in its farming regions as "a smear
        // campaign"": adjectives before a noun of reports, and what they were of, up to "as".)
        // (Not for a verb of naming, "described the South Korean reports as …", read as a
        // description.)
        object_end = naming ? 0 : described_reports_end(from);
        if (object_end == 0) {
          return std::nullopt;
        }
        described = true;
        break;
      }
      ++object_end;
    }
    if (described_out != nullptr) {
      *described_out = described;
    }
    if (!described) {
      // ("has called that account "fiction"": a demonstrative before the noun that points back.)
      if (object_end + 1 < m_end && (word(object_end, u"that") || word(object_end, u"this") ||
                                     word(object_end, u"those") || word(object_end, u"these")) &&
          m_s.is_word(object_end + 1) && rejected_noun(object_end + 1)) {
        ++object_end;
      }
      // ("calling that "a flat lie"": the pointer alone, with the label quoted right after it.)
      const bool that_alone = word(object_end, u"that") && object_end + 1 < m_end && m_s.is_open_quote(object_end + 1);
      if (object_end >= m_end || !m_s.is_word(object_end) || !rejected_noun(object_end) ||
          (word(object_end, u"that") && !that_alone)) {
        return std::nullopt;
      }
      ++object_end;
      // ("dismissed the figures published in the press as "speculation"": a participle phrase
      // on the object, then "as".)
      if (object_end + 1 < m_end && m_s.is_word(object_end) && m_s.lower(object_end).size() > 4 &&
          m_s.lower(object_end).ends_with(u"ed") && m_s.cue_at(object_end) == nullptr) {
        for (std::uint32_t k = object_end + 1; k < m_end && k <= object_end + 5 && m_s.is_word(k); ++k) {
          if (word(k, u"as")) {
            object_end = k;
            break;
          }
        }
      }
    }
    // The label: after "as", or (for a verb of naming) a quotation straight after the object.
    std::uint32_t label = object_end;
    // ("calling the report untrue", "called the claims completely baseless": for a verb of
    // naming, a rejecting word straight after the object, unquoted, with an adverb before it.)
    const bool bare_label = naming && label < m_end && m_s.is_word(label) &&
                            (is(WordClass::dismissive, label) ||
                             (is(WordClass::adverb, label) && label + 1 < m_end && is(WordClass::dismissive, label + 1)));
    if (label < m_end && word(label, u"as")) {
      ++label;
    } else if (!(naming && label < m_end && (m_s.is_open_quote(label) || bare_label))) {
      return std::nullopt;
    }
    std::uint32_t label_end = label;
    if (label < m_end && m_s.is_open_quote(label)) {
      while (label_end < m_end && label_end - label < 12 && !m_s.is_close_quote(label_end)) {
        ++label_end;
      }
      if (label_end >= m_end || !m_s.is_close_quote(label_end)) {
        return std::nullopt;
      }
      ++label_end;
    } else {
      while (label_end < m_end && label_end - label < 8 && m_s.is_word(label_end) &&
             !is(WordClass::conjunction, label_end) && !is(WordClass::verb_blocker, label_end) &&
             !word(label_end, u"that")) {
        ++label_end;
      }
    }
    bool rejects = false;
    for (std::uint32_t k = label; k < label_end && !rejects; ++k) {
      rejects = is(WordClass::dismissive, k);
    }
    // ("dismissed the report as "recycled"": after a verb of rejecting, a quoted label is the
    // speaker's own verdict on what it rejects, whatever its word.)
    rejects = rejects || (!naming && m_s.is_open_quote(label) && label_end > label + 2);
    if (!rejects) {
      return std::nullopt;
    }
    return std::pair{label, label_end};
  }

  std::optional<Attribution> dismissal(const Hit& hit, const lexicon::CueEntry& cue) {
    bool described = false;
    const auto found = rejecting_label(hit.end, cue.frame == Frame::describe, &described);
    if (!found) {
      return std::nullopt;
    }
    const auto [label, label_end] = *found;
    Attribution a = base(hit, cue);
    // ("… said P and dismissed the reports as speculation": coordinated with the verb before.)
    if (!subject_or_shared(a, hit, {}, true, true)) {
      return std::nullopt;
    }
    // ("… owed money to a county and businesswoman Carol Fenn calling that "a flat lie"": of
    // two phrases joined by "and", the first naming no one belongs to the clause before.)
    if (!a.sources.empty() && !a.sources.back().dropped()) {
      SourcePhrase& who = a.sources.back();
      for (std::uint32_t k = who.begin + 1; k + 1 < who.end; ++k) {
        if (!word(k, u"and")) {
          continue;
        }
        bool names = false;
        for (std::uint32_t t = who.begin; t < k && !names; ++t) {
          names = m_s.tokens[t].capitalized || m_s.noun_covering(t) != nullptr || m_s.entity_covering(t) != nullptr;
        }
        if (!names) {
          who.begin = k + 1;
          a.region_begin = std::max(a.region_begin, k);
        }
        break;
      }
    }
    // ("…, with Fenn calling that …": the "with" of the absolute phrase is no part of the
    // claim before it.)
    if (a.region_begin > 0 && (word(a.region_begin - 1, u"with") || word(a.region_begin - 1, u"and"))) {
      --a.region_begin;
    }
    // ("dismissed South Korean reports of hunger as …": the reports it names are no claim
    // before it; see Assembler::link_anaphoric_denials.)
    a.rule = described ? "en.described.dismissal" : "en.dismissal";
    a.commitment = Commitment::denial;
    const std::uint32_t region_begin = a.region_begin;
    // (The claim is the object pointing back with its label, "the posts "fake"", "the report
    // as speculation": the object says what is denied. Reports the object describes at length
    // leave the label alone.)
    return spanned(std::move(a), region_begin, described ? label : hit.end, label_end);
  }

  // Where a label's own complement after its closing quotation mark at `after - 1` ends, to the
  // clause's next comma: "called the strike "a clear signal" that the West wanted to escalate",
  // "a shameless attempt" to protect profits, "a makeover" meant to persuade workers, "described
  // the raid as "a clear violation" of the Vienna Convention" (a preposition's complement only after
  // an "as" label: "called her a "champion" of rural clinics" keeps the word). `after` when none
  // follows: not whom it was said to ("to reporters", "to them"), nor when or where ("in a speech").
  [[nodiscard]] std::uint32_t label_complement_end(std::uint32_t after, bool as_label) const {
    if (after + 1 >= m_end || !m_s.is_word(after) || !m_s.is_word(after + 1)) {
      return after;
    }
    const bool infinitive = word(after, u"to") && !m_s.tokens[after + 1].capitalized &&
                            !is(WordClass::determiner, after + 1) && !is(WordClass::recipient_noun, after + 1) &&
                            m_s.noun_covering(after + 1) == nullptr && !word(after + 1, u"them") &&
                            !word(after + 1, u"him") && !word(after + 1, u"her") && !word(after + 1, u"us") &&
                            !word(after + 1, u"me");
    const bool complement = word(after, u"that") || infinitive || word(after, u"meant") || word(after, u"designed") ||
                            word(after, u"aimed") || word(after, u"intended") ||
                            (as_label && (word(after, u"of") || word(after, u"against") || word(after, u"for")));
    if (!complement) {
      return after;
    }
    std::uint32_t e = after + 1;
    while (e < m_end && !m_s.is_comma(e) && !m_s.is_end_punct(e) && !m_s.is_quote_mark(e) && !m_s.is_dash(e)) {
      ++e;
    }
    return e;
  }

  std::optional<Attribution> describe(const Hit& hit, const lexicon::CueEntry& cue) {
    // ("quoting what it called security sources": the medium's words for the ones it cites.)
    if (hit.begin >= 3 && word(hit.begin - 2, u"what") && m_s.cue_at(hit.begin - 3) != nullptr &&
        m_s.lex.cues()[m_s.cue_at(hit.begin - 3)->payload].frame == Frame::citing) {
      return std::nullopt;
    }
    if (auto a = what_x_called(hit, cue)) {
      return a;
    }
    // ("eight Russians were returned, among them people it described as "illegally detained"",
    // "a deal she called "historic"": a relative clause without "that" on the noun before, its
    // subject a pronoun, is the speaker's own wording inside a claim, as "what he called" is.)
    {
      std::uint32_t pron = hit.begin;
      while (pron > 0 && hit.begin - pron < 3 && (is(WordClass::auxiliary, pron - 1) || is(WordClass::adverb, pron - 1))) {
        --pron;
      }
      if (pron >= 2 &&
          (word(pron - 1, u"it") || word(pron - 1, u"he") || word(pron - 1, u"she") || word(pron - 1, u"they") ||
           word(pron - 1, u"we")) &&
          m_s.is_word(pron - 2) && !m_s.tokens[pron - 2].capitalized && m_s.cue_at(pron - 2) == nullptr &&
          !is(WordClass::conjunction, pron - 2) && !is(WordClass::subordinator, pron - 2) &&
          !is(WordClass::complementizer, pron - 2) && !is(WordClass::relative, pron - 2) &&
          !is(WordClass::preposition, pron - 2) && !is(WordClass::auxiliary, pron - 2) &&
          !is(WordClass::verb_blocker, pron - 2) && !is(WordClass::adverb, pron - 2) &&
          !is(WordClass::time_word, pron - 2) && !is(WordClass::negation, pron - 2) &&
          !m_s.lower(pron - 2).ends_with(u"ed") && !m_s.lower(pron - 2).ends_with(u"ly")) {
        return std::nullopt;
      }
    }
    // "X described Y as P" (not past a comma: "condemned the test, as Pyongyang fired …" is
    // "while").
    std::uint32_t as = hit.end;
    while (as < m_end && !word(as, u"as") && as - hit.end < 10 && !m_s.is_comma(as)) {
      ++as;
    }
    // ("described Project 2025, a 900-page blueprint assembled by the Heritage Foundation, as
    // Trump's plan": a name, then its apposition between commas, then "as".)
    if (as < m_end && m_s.is_comma(as) && as > hit.end && m_s.tokens[hit.end].capitalized && as + 2 < m_end &&
        (word(as + 1, u"a") || word(as + 1, u"an") || word(as + 1, u"the"))) {
      std::uint32_t close = as + 2;
      while (close < m_end && close <= as + 16 && !m_s.is_comma(close) && !m_s.is_quote_mark(close) &&
             m_s.cue_at(close) == nullptr && !word(close, u"that")) {
        ++close;
      }
      if (close + 1 < m_end && m_s.is_comma(close) && word(close + 1, u"as")) {
        as = close + 1;
      }
    }
    if (as >= m_end || !word(as, u"as")) {
      // ("condemned the "attack"": only a verb of naming takes a quoted name without "as".)
      const std::u16string_view verb = m_s.lower(hit.begin);
      if (verb.starts_with(u"call") || verb.starts_with(u"dub") || verb.starts_with(u"brand") ||
          verb.starts_with(u"describ") || verb.starts_with(u"characteri")) {
        return called_quoted(hit, cue);
      }
      return std::nullopt;
    }
    Attribution a = base(hit, cue);
    // "The statement said P and described the flight as Q": coordinated with the verb before.
    if (!subject_or_shared(a, hit, m_s.utf8(hit.begin, hit.end) + " \u2026 as", false)) {
      return std::nullopt;
    }
    carry_relative(a);
    a.region_end = as + 1;
    // ("described the decision as "hasty"", "describes the risk to the public as low": what is
    // described and how, together, as the annotators read the claim; a pronoun alone, "described
    // it as a provocation", is no part of it.)
    // ("described himself as a spokesman": the one described is the speaker.)
    const bool pronoun_object = as == hit.end + 1 &&
                                (is(WordClass::pronoun_male, hit.end) || is(WordClass::pronoun_female, hit.end) ||
                                 is(WordClass::pronoun_thing, hit.end) || is(WordClass::pronoun_plural, hit.end) ||
                                 word(hit.end, u"them") || word(hit.end, u"himself") || word(hit.end, u"herself") ||
                                 word(hit.end, u"itself") || word(hit.end, u"themselves"));
    const bool object_named = as > hit.end && !pronoun_object;
    // The description ends at the next comma outside quotes.
    std::uint32_t end = as + 1;
    if (const std::int32_t q = frames::quote_starting_at(m_s, as + 1); q >= 0) {
      while (end < m_end && !(m_s.is_close_quote(end))) {
        ++end;
      }
      a.content_begin = object_named ? hit.end : as + 1;
      a.content_end = std::max(std::min<std::uint32_t>(end + 1, m_end), label_complement_end(end + 1, true));
    } else {
      // (Or at a clause of time or reason: "had described the mission as a failure after JAXA
      // said P"; not "a failure after years of delay", a phrase with no verb.)
      auto clause_opens = [&](std::uint32_t k) {
        if (!(word(k, u"after") || word(k, u"before") || word(k, u"when") || word(k, u"because") ||
              word(k, u"since") || word(k, u"until") || word(k, u"while"))) {
          return false;
        }
        for (std::uint32_t j = k + 1; j < m_end && j <= k + 5 && m_s.is_word(j); ++j) {
          if (const Hit* h = m_s.cue_at(j); h != nullptr && h->begin == j && m_s.noun_covering(j) == nullptr) {
            return true;
          }
        }
        return finite_verb_within(k + 1, 5);
      };
      while (end < m_end && !m_s.is_comma(end) && !(end > as + 2 && clause_opens(end))) {
        ++end;
      }
      a.content_begin = object_named ? hit.end : as + 1;
      a.content_end = end;
    }
    if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
      return std::nullopt;
    }
    return a;
  }

  std::optional<Attribution> accuse(const Hit& hit, const lexicon::CueEntry& cue) {
    Attribution a = base(hit, cue);
    // ("blamed X for P"; not the passive "is often blamed on passengers".)
    const bool blame = cue.id == "en.blame";
    if (blame) {
      std::uint32_t t = hit.begin;
      while (t > 0 && is(WordClass::adverb, t - 1)) {
        --t;
      }
      if (t > 0 && passive_auxiliary(t - 1)) {
        return std::nullopt;
      }
    }
    // "who has been accused by opponents of awarding contracts to relatives": the passive with
    // its agent; the accusers are the source, what of the claim.
    if (!blame && hit.end + 3 < m_end && word(hit.end, u"by")) {
      std::uint32_t of = hit.end + 1;
      while (of < m_end && of - hit.end <= 8 && !word(of, u"of") && !m_s.is_comma(of) && !m_s.is_end_punct(of)) {
        ++of;
      }
      if (of + 1 < m_end && word(of, u"of") && of > hit.end + 1 && has_head(hit.end + 1, of) && m_s.is_word(of + 1)) {
        std::uint32_t end = of + 1;
        while (end < m_end && !m_s.is_comma(end) && !m_s.is_end_punct(end)) {
          ++end;
        }
        // ("critics have argued that the country's police, accused by rights groups of abuses at
        // home, are poorly prepared": a participle set off by commas inside another's "that"
        // clause describes that clause's subject; it is part of what the critics argued.)
        if (hit.begin >= 2 && m_s.is_comma(hit.begin - 1) && end < m_end && m_s.is_comma(end)) {
          const bool inside_that_clause = std::any_of(m_s.cues.begin(), m_s.cues.end(), [&](const Hit& c) {
            if (c.end + 1 >= hit.begin) {
              return false;
            }
            for (std::uint32_t k = c.end; k < hit.begin; ++k) {
              if (word(k, u"that")) {
                return true;
              }
            }
            return false;
          });
          if (inside_that_clause) {
            return std::nullopt;
          }
        }
        a.sources = {phrase(hit, hit.end + 1, of)};
        return spanned(std::move(a), hit.begin, of + 1, end);
      }
    }
    // "acquitted a mayor accused of leaking P", "a ship blamed for the spill": with no object
    // the verb is a passive participle, whose accuser the sentence does not name. (The active
    // verb always takes an object: "accused him of P".)
    if (hit.end < m_end && (word(hit.end, blame ? u"for" : u"of") || (blame && word(hit.end, u"on")))) {
      return std::nullopt;
    }
    // ("blamed the fire on a faulty heater": "on" names the cause as "for" does.)
    bool has_of = false;
    // (The one accused may be long: "the alliance's largest members, including Maersk and MSC, of".)
    for (std::uint32_t i = hit.end; i < m_end && i < hit.end + 16; ++i) {
      has_of = has_of || word(i, blame ? u"for" : u"of") || (blame && i > hit.end && word(i, u"on"));
    }
    if (!has_of) {
      return std::nullopt;
    }
    if (hit.begin > 0 && m_s.is_comma(hit.begin - 1) && m_s.lower(hit.begin).ends_with(u"ing")) {
      // "X rejected the results, which …, accusing officials of P": the participle shares the
      // clause's subject, not the object before its comma.
      share_clause_subject(a, hit);
    } else {
      const NounPhrase subject = subject_left(hit.begin);
      // "… told reporters that P and accused them of Q": coordinated with the verb before
      // (also through its auxiliary: "has yet to publish …, and has blamed the delay on P").
      std::uint32_t verb_group = hit.begin;
      while (verb_group > 0 && hit.begin - verb_group < 3 &&
             (word(verb_group - 1, u"has") || word(verb_group - 1, u"have") || word(verb_group - 1, u"had") ||
              is(WordClass::adverb, verb_group - 1))) {
        --verb_group;
      }
      const bool coordinated =
          subject.empty() && verb_group > 0 && (word(verb_group - 1, u"and") || word(verb_group - 1, u"but"));
      if (subject.empty() && !coordinated) {
        return std::nullopt;
      }
      if (coordinated) {
        a.coordinated = true;
        a.sources = {phrase(hit, verb_group - 1, verb_group - 1)};
        a.region_begin = verb_group - 1;
        // ("A spokesman, NAME, dismissed the account … and accused the opposition of P": with
        // no attribution before to share, the sentence's subject.)
        const NounPhrase fb = clause_subject();
        a.fallback_begin = fb.begin;
        a.fallback_end = fb.end;
      } else {
        a.sources = frames::split_relays(m_s, subject.begin, subject.end, phrase(hit, subject.begin, subject.end));
        a.region_begin = subject.begin;
      }
    }
    // ("blamed the drop on the drought", "blamed low prices and the strong dollar for the
    // slump": causes blamed, not people; an explanation, no allegation.)
    if (blame && blames_things(hit.end)) {
      a.commitment = Commitment::report;
    }
    a.region_end = hit.end;
    a.content_begin = hit.end;
    a.content_end = m_end;
    if (!frames::trim_content(m_s, a.content_begin, a.content_end)) {
      return std::nullopt;
    }
    return a;
  }

  // Is what "blamed" puts the fault on a cause, not someone: "blamed the drop on the drought",
  // "blamed low prices in Europe and the strong dollar for the slump"? The blamed phrase (after
  // "on", or before "for") must hold a word of economic or natural cause and nothing that names
  // a person or a body (a name, a known source, a person's pronoun, a plural of people); a
  // place after "in" is where.
  [[nodiscard]] bool blames_things(std::uint32_t b) const {
    std::uint32_t e = b;
    while (e < m_end && e - b < 12 && !word(e, u"for") && !(e > b && word(e, u"on")) && !m_s.is_end_punct(e)) {
      ++e;
    }
    if (e == b || e >= m_end || !(word(e, u"for") || word(e, u"on"))) {
      return false;
    }
    std::uint32_t from = b;
    std::uint32_t to = e;
    if (word(e, u"on")) {
      from = e + 1;
      to = from;
      while (to < m_end && to - from < 14 && !m_s.is_end_punct(to) && !m_s.is_comma(to)) {
        ++to;
      }
    }
    static constexpr std::u16string_view k_causes[] = {
        u"drought", u"weather", u"rain", u"rains", u"floods", u"flooding", u"frost", u"heat", u"storms",
        u"price", u"prices", u"cost", u"costs", u"dollar", u"currency", u"rate", u"rates", u"demand",
        u"supply", u"supplies", u"competition", u"inflation", u"economy", u"recession", u"slowdown",
        u"market", u"markets", u"exports", u"imports", u"sales", u"shortage", u"shortages", u"oil", u"fuel",
        u"yen", u"euro", u"pound", u"crop", u"harvest", u"glut", u"oversupply"};
    bool cause = false;
    for (std::uint32_t i = from; i < to; ++i) {
      if (!m_s.is_word(i)) {
        continue;
      }
      const std::u16string_view t = m_s.lower(i);
      // (Where, or whose currency: "prices in Europe", "the New Zealand dollar".)
      const lexicon::EntityMatch* m = m_s.entity_covering(i);
      const bool place = (i > from && word(i - 1, u"in") && m_s.tokens[i].capitalized) ||
                         m_s.nationality_covering(i) != nullptr ||
                         (m != nullptr && lexicon::Gazetteer::is_country(m_s.gazetteer.entities()[m->entity]));
      if (place) {
        continue;
      }
      if ((m_s.tokens[i].capitalized && !(i == from && is(WordClass::determiner, i))) ||
          m_s.noun_covering(i) != nullptr || m_s.entity_covering(i) != nullptr || is(WordClass::pronoun_male, i) ||
          is(WordClass::pronoun_female, i) || is(WordClass::pronoun_plural, i) || t == u"them" || t == u"him" ||
          t == u"her" || t.ends_with(u"ers") || t.ends_with(u"ists") || t.ends_with(u"ians") || t.ends_with(u"men")) {
        return false;
      }
      cause = cause || std::find(std::begin(k_causes), std::end(k_causes), t) != std::end(k_causes);
    }
    return cause;
  }

  // ("The presidency denied the reports in a statement": the denied words are the pointer; where
  // and when the denial came is the writer's, and would hide the pointer from the claim before.)
  void cut_denied_pointer_adjunct() {
    for (Attribution& a : m_out) {
      if (a.commitment != Commitment::denial || a.content_before || a.quote_region >= 0 ||
          a.content_end < a.content_begin + 4 || !is(WordClass::determiner, a.content_begin) ||
          !frames::points_back(m_s.lower(a.content_begin + 1))) {
        continue;
      }
      const std::uint32_t p = a.content_begin + 2;
      if (!(word(p, u"in") || word(p, u"on") || word(p, u"during") || word(p, u"at") || word(p, u"through"))) {
        continue;
      }
      bool adjunct = false;
      for (std::uint32_t t = p + 1; t < a.content_end && t <= p + 4 && !adjunct; ++t) {
        adjunct = is(WordClass::statement_noun, t) || is(WordClass::time_word, t) || word(t, u"conference");
      }
      if (adjunct) {
        a.content_end = p;
      }
    }
  }

  // "The White House said P, and repeated his proposal …", "Macron has said P, and the
  // government has not ruled out Q": after a comma, "and" with a past verb of the speaker's
  // own, or with a new subject and its auxiliary, is the writer's next clause, not said.
  void cut_writers_and_clause() {
    for (Attribution& a : m_out) {
      if (a.content_before || a.quote_region >= 0 || a.np_content || a.frame == Frame::according) {
        continue;
      }
      // ("denied that P, calling messages circulating on WhatsApp "completely false"": the
      // speaker's participle of naming, with its quoted label, ends what was denied.)
      for (std::uint32_t i = a.content_begin + 3; i + 3 < a.content_end; ++i) {
        const bool naming = word(i + 1, u"calling") || word(i + 1, u"describing") || word(i + 1, u"branding") ||
                            word(i + 1, u"labelling") || word(i + 1, u"labeling") || word(i + 1, u"dubbing");
        if (!m_s.is_comma(i) || m_s.in_quote(i) || !naming) {
          continue;
        }
        bool quoted_label = false;
        for (std::uint32_t k = i + 2; k < a.content_end && k <= i + 12 && !quoted_label; ++k) {
          quoted_label = m_s.is_open_quote(k);
        }
        std::uint32_t begin = a.content_begin;
        std::uint32_t end = i;
        if (quoted_label && frames::trim_content(m_s, begin, end) && end > begin + 2) {
          a.content_begin = begin;
          a.content_end = end;
        }
        break;
      }
      // ("said his group would not back any majority that "relies on the far right" — a
      // warning aimed at …": a dash and an indefinite noun phrase to the sentence's end are the
      // writer's gloss on what was said. A second dash would make it a parenthesis inside.)
      for (std::uint32_t i = a.content_begin + 3; i + 2 < a.content_end; ++i) {
        if (!m_s.is_dash(i) || m_s.in_quote(i) || m_s.tokens[i - 1].end == m_s.tokens[i].begin ||
            !(word(i + 1, u"a") || word(i + 1, u"an")) || !m_s.is_word(i + 2) || m_s.tokens[i + 2].capitalized) {
          continue;
        }
        bool second_dash = false;
        for (std::uint32_t k = i + 1; k < a.content_end && !second_dash; ++k) {
          second_dash = m_s.is_dash(k);
        }
        std::uint32_t begin = a.content_begin;
        std::uint32_t end = i;
        if (!second_dash && frames::trim_content(m_s, begin, end) && end > begin + 2) {
          a.content_begin = begin;
          a.content_end = end;
        }
        break;
      }
      for (std::uint32_t i = a.content_begin + 3; i + 3 < a.content_end; ++i) {
        // (The comma may close a quotation first: "… paid for," and repeated ….)
        const bool after_comma = (m_s.is_comma(i) && !m_s.in_quote(i)) ||
                                 (m_s.is_close_quote(i) && m_s.is_comma(i - 1));
        if (!after_comma || !word(i + 1, u"and") || !m_s.is_word(i + 2)) {
          continue;
        }
        const std::uint32_t v = i + 2;
        // (Its object the speaker's own, "repeated his proposal"; "arrested …, and charged the
        // next day" goes on with the claim.)
        const bool own_verb = !m_s.tokens[v].capitalized && m_s.lower(v).ends_with(u"ed") && m_s.cue_at(v) == nullptr &&
                              !is(WordClass::auxiliary, v) &&
                              possessive_at(v + 1);
        bool new_subject = false;
        if (word(v, u"the") || m_s.tokens[v].capitalized) {
          for (std::uint32_t k = v + 1; k < a.content_end && k <= v + 5 && m_s.is_word(k); ++k) {
            if (m_s.cue_at(k) != nullptr || word(k, u"that")) {
              break;
            }
            if (word(k, u"has") || word(k, u"have") || word(k, u"had")) {
              new_subject = k > v + (word(v, u"the") ? 1u : 0u);
              break;
            }
          }
        }
        if (!own_verb && !new_subject) {
          continue;
        }
        std::uint32_t begin = a.content_begin;
        std::uint32_t end = i;
        if (frames::trim_content(m_s, begin, end) && end > begin + 2) {
          a.content_begin = begin;
          a.content_end = end;
        }
        break;
      }
      // ("told reporters that he was "not going anywhere," as he made a second round of visits":
      // after a comma, "as" with a personal pronoun and its past verb is the writer's clause of
      // time on the speaker's doings; "as it did in 2015" compares, inside what was said.)
      for (std::uint32_t i = a.content_begin + 3; i + 3 < a.content_end; ++i) {
        const bool after_comma = (m_s.is_comma(i) && !m_s.in_quote(i)) ||
                                 (m_s.is_close_quote(i) && m_s.is_comma(i - 1));
        if (!after_comma || !word(i + 1, u"as") ||
            !(word(i + 2, u"he") || word(i + 2, u"she") || word(i + 2, u"they")) || !past_verb_of_doing(i + 3)) {
          continue;
        }
        // (The quotation keeps its closing mark.)
        std::uint32_t begin = a.content_begin;
        std::uint32_t end = m_s.is_close_quote(i) ? i + 1 : i;
        if (frames::trim_content(m_s, begin, end) && end > begin + 2) {
          a.content_begin = begin;
          a.content_end = end;
        }
        break;
      }
    }
  }

  // A past verb of the speaker's doings after "as he" ("as he made", "as they arrived"): a
  // regular past or one of the common irregular ones. (No auxiliary: "as they have in past
  // years" compares.)
  [[nodiscard]] bool past_verb_of_doing(std::uint32_t t) const {
    if (t >= m_end || !m_s.is_word(t) || m_s.tokens[t].capitalized || is(WordClass::auxiliary, t)) {
      return false;
    }
    const std::u16string_view w = m_s.lower(t);
    return (w.size() > 4 && w.ends_with(u"ed")) || irregular_past(t);
  }

  // One of the common irregular past forms: "made", "took", "sent", "fell".
  [[nodiscard]] bool irregular_past(std::uint32_t t) const {
    static constexpr std::u16string_view k_irregular[] = {
        u"made", u"held", u"met",  u"took",  u"left", u"spoke", u"went", u"gave",    u"came",    u"began", u"sat",
        u"stood", u"led", u"drove", u"flew", u"rode", u"sent",  u"fell", u"rose",    u"won",     u"lost",  u"kept",
        u"brought", u"became"};
    return std::find(std::begin(k_irregular), std::end(k_irregular), m_s.lower(t)) != std::end(k_irregular);
  }

  // "The union rejected that offer outright", "rejected that proposal": "that" before a lone
  // noun (and an adverb) is a demonstrative, no complementizer; what was turned down is a
  // thing, not something said. (A clause needs a subject and a verb: "denied that Smith lied".)
  [[nodiscard]] bool rejects_that_thing(const Attribution& a) const {
    if (a.commitment != Commitment::denial || a.content_before || a.quote_region >= 0 || a.content_begin == 0 ||
        !word(a.content_begin - 1, u"that") || a.content_end <= a.content_begin) {
      return false;
    }
    // (To a comma: "…, one of the people said" may still close the sentence here.)
    std::uint32_t end = a.content_begin;
    while (end < a.content_end && !m_s.is_comma(end) && !m_s.is_end_punct(end)) {
      ++end;
    }
    const std::uint32_t words = end - a.content_begin;
    // (A word for something said stays a denial of it: "rejected that characterisation",
    // "denied that claim", "rejected that argument".)
    const std::u16string_view noun = m_s.lower(a.content_begin);
    if (frames::points_back(noun) || frames::argued_noun(noun)) {
      return false;
    }
    if (words == 1) {
      return m_s.is_word(a.content_begin) && !m_s.tokens[a.content_begin].capitalized;
    }
    if (words < 2 || !m_s.is_word(a.content_begin + 1) || m_s.tokens[a.content_begin].capitalized) {
      return false;
    }
    // ("dismissed that petition on April 9": the noun, then when or where, and no verb.)
    if (words <= 4 && (is(WordClass::preposition, a.content_begin + 1) || is(WordClass::time_word, a.content_begin + 1))) {
      for (std::uint32_t t = a.content_begin + 1; t < end; ++t) {
        if (is(WordClass::auxiliary, t) || m_s.lower(t).ends_with(u"ed")) {
          return false;
        }
      }
      return true;
    }
    if (words != 2) {
      return false;
    }
    const std::u16string_view adverb = m_s.lower(a.content_begin + 1);
    return adverb.ends_with(u"ly") || adverb == u"outright" || adverb == u"again" || adverb == u"too";
  }

  // "announced the decision at a press conference", "announced his departure on Instagram",
  // "announced Kestrell's ban in March": a definite noun for a step taken, with no clause of
  // its own after it, names what was announced and states nothing; the team's sets take none
  // of them. ("announced the closure of schools" keeps its "of"; "announced the final text
  // would be adopted" is a clause.)
  [[nodiscard]] bool announces_a_step(const Hit& hit, const Attribution& a) const {
    if (!m_s.lower(hit.end - 1).starts_with(u"announc") || a.quote_region >= 0 || a.content_before ||
        a.content_end <= a.content_begin + 1) {
      return false;
    }
    std::uint32_t k = a.content_begin;
    if (word(k, u"the") || possessive_at(k)) {
      ++k;
    } else if (k + 2 < a.content_end && m_s.tokens[k].capitalized && word(k + 1, u"'s")) {
      k += 2;
    } else {
      return false;
    }
    std::uint32_t head_end = k;
    while (head_end < a.content_end && head_end < k + 3 && m_s.is_word(head_end) && !m_s.in_quote(head_end) &&
           !is(WordClass::preposition, head_end) && !is(WordClass::auxiliary, head_end) &&
           !word(head_end, u"that") && m_s.cue_at(head_end) == nullptr) {
      ++head_end;
    }
    if (head_end == k) {
      return false;
    }
    if (head_end < a.content_end &&
        !((is(WordClass::preposition, head_end) && !word(head_end, u"of")) || is(WordClass::time_word, head_end))) {
      return false;
    }
    // (To the comma: ", saying P" after it is a claim of its own.)
    for (std::uint32_t t = head_end; t < a.content_end && !m_s.is_comma(t); ++t) {
      if ((is(WordClass::auxiliary, t) && !word(t, u"'s")) || word(t, u"that") || m_s.is_quote_mark(t)) {
        return false;
      }
    }
    return true;
  }

  // "the presidency posted on its Facebook page a photograph of …", "The channel showed
  // footage of …": a verb of publishing or showing whose object, after where it appeared, is a
  // picture states nothing; a claim needs "that" or a quotation.
  [[nodiscard]] bool shows_a_picture(const Hit& hit, const Attribution& a) const {
    if (!(word(hit.begin, u"posted") || word(hit.begin, u"showed") || word(hit.begin, u"shared") ||
          word(hit.begin, u"published") || word(hit.begin, u"tweeted") || word(hit.begin, u"released")) ||
        a.quote_region >= 0 || a.content_before) {
      return false;
    }
    for (std::uint32_t k = a.content_begin; k < a.content_end && k < a.content_begin + 10; ++k) {
      if (word(k, u"that") || m_s.is_open_quote(k) || m_s.cue_at(k) != nullptr) {
        return false;
      }
      if (picture_noun(k)) {
        // ("posted video that appeared to show P": what the picture shows is a claim.)
        if (k + 1 < a.content_end && (word(k + 1, u"that") || word(k + 1, u"which") || word(k + 1, u"showing"))) {
          return false;
        }
        // (Not after a name: "CNN Video" names a programme.)
        return k == a.content_begin || !m_s.tokens[k - 1].capitalized;
      }
    }
    return false;
  }

  // "… in a flight summary posted on its website that evening.": "that" before a time word
  // with nothing after it but the sentence's end or a comma is the time's determiner, no
  // complementizer.
  [[nodiscard]] bool that_of_time(std::uint32_t t) const {
    return word(t, u"that") && t + 1 < m_end && is(WordClass::time_word, t + 1) &&
           (t + 2 >= m_end || m_s.is_end_punct(t + 2) || m_s.is_comma(t + 2));
  }

  // A cue word in "-ing" at `t` ("adding", "saying", "blaming"): after a comma, the speaker's
  // participle going on with the clause, no part of what was said before it.
  [[nodiscard]] bool ing_cue(std::uint32_t t) const {
    return t < m_end && m_s.lower(t).size() > 4 && m_s.lower(t).ends_with(u"ing") && m_s.cue_at(t) != nullptr;
  }

  // Most words capitalised: a headline in title case, where every verb is capitalised too.
  [[nodiscard]] bool title_case_sentence() const {
    std::uint32_t words = 0;
    std::uint32_t capitalised = 0;
    for (std::uint32_t k = 0; k < m_end; ++k) {
      if (m_s.is_word(k) && m_s.lower(k).size() > 3) {
        ++words;
        capitalised += m_s.tokens[k].capitalized ? 1 : 0;
      }
    }
    return words >= 3 && capitalised * 10 >= words * 7;
  }

  // "said P and that Q", "told Reuters that P, and that Q": a second "that" joined by "and"
  // (or "but")
  // opens a second claim by the same speaker, with the same chain (as most of the team's
  // annotators mark them). ("and that is why …": a demonstrative before its
  // verb opens no complement.)
  void split_and_that() {
    for (std::size_t ai = 0; ai < m_out.size(); ++ai) {
      Attribution& a = m_out[ai];
      if (a.content_before || a.quote_region >= 0 || a.np_content || a.frame == Frame::nominal ||
          a.frame == Frame::according || a.content_end < a.content_begin + 5) {
        continue;
      }
      for (std::uint32_t i = a.content_begin + 2; i + 3 < a.content_end; ++i) {
        // (The second may open with a quotation: "and that "the vast majority" of operators …".)
        // ("said the fine was "a good start" but that Q": so does "but that".)
        // ("and that there was "no evidence" of P": an existential "there" opens a clause; "and
        // that made it worse" has the pronoun for its subject.)
        const bool existential = word(i + 2, u"there") && i + 3 < a.content_end &&
                                 (word(i + 3, u"was") || word(i + 3, u"were") || word(i + 3, u"is") ||
                                  word(i + 3, u"are") || is(WordClass::auxiliary, i + 3));
        // ("reported that P, but that account could not be confirmed": "that" points back at
        // what was just reported, a demonstrative before its noun and verb, no complement.)
        const bool pointer = i + 3 < a.content_end && (word(i, u"and") || word(i, u"but")) && word(i + 1, u"that") &&
                             !m_s.in_quote(i) &&
                             (word(i + 2, u"account") || word(i + 2, u"claim") || word(i + 2, u"report") ||
                              word(i + 2, u"assertion") || word(i + 2, u"version") || word(i + 2, u"allegation") ||
                              word(i + 2, u"information") || word(i + 2, u"statement") || word(i + 2, u"story") ||
                              word(i + 2, u"figure") || word(i + 2, u"estimate") || word(i + 2, u"tally")) &&
                             (is(WordClass::auxiliary, i + 3) || is(WordClass::verb_blocker, i + 3) ||
                              word(i + 3, u"was") || word(i + 3, u"is") || word(i + 3, u"could"));
        // The first complement alone, up to "and"/"but" at i and any comma before it.
        auto first_ends_before = [&](std::uint32_t at) {
          std::uint32_t end = at;
          while (end > a.content_begin && m_s.is_comma(end - 1)) {
            --end;
          }
          return end;
        };
        auto keep_first_only = [&](std::uint32_t end) {
          std::uint32_t first_begin = a.content_begin;
          std::uint32_t first_end = end;
          if (frames::trim_content(m_s, first_begin, first_end)) {
            a.content_begin = first_begin;
            a.content_end = first_end;
          }
        };
        if (pointer) {
          keep_first_only(first_ends_before(i));
          break;
        }
        // ("and that not a single rupee has been recovered": a negated subject, no auxiliary.)
        const bool negated_subject = word(i + 2, u"not") && i + 3 < a.content_end &&
                                     (word(i + 3, u"a") || word(i + 3, u"one") || word(i + 3, u"all") ||
                                      word(i + 3, u"every") || word(i + 3, u"even"));
        // ("and that, if he did, he would P": a clause set off before the second complement's
        // subject.)
        const bool set_off_clause = m_s.is_comma(i + 2) && i + 4 < a.content_end && is(WordClass::subordinator, i + 3);
        if (!(word(i, u"and") || word(i, u"but")) || !word(i + 1, u"that") || m_s.in_quote(i) ||
            !(m_s.is_word(i + 2) || m_s.is_open_quote(i + 2) || set_off_clause) ||
            (is(WordClass::auxiliary, i + 2) && !negated_subject) || (is(WordClass::verb_blocker, i + 2) && !existential) || word(i + 2, u"is") ||
            word(i + 2, u"was") || word(i + 2, u"were") || word(i + 2, u"are") || word(i + 2, u"s")) {
          continue;
        }
        const std::uint32_t end = first_ends_before(i);
        // ("NAN reported that the review had found X and that collation had resumed": an outer
        // verb whose content holds this one's cue and the "and that" too takes the second
        // complement; the inner content ends before it.)
        const bool outer_takes = std::any_of(m_out.begin(), m_out.end(), [&](const Attribution& o) {
          // (The outer one may have been split already: its second part starts where this one's does.)
          // (Only an inner verb of a clause, not a participle going on with the outer one, "denied this,
          // telling the agency that P and that Q", nor a verb whose own subject holds the outer one,
          // "X, a mediator who said he had taken part, told Reuters that P and that Q".)
          return &o != &a && !a.participle && !o.content_before && o.quote_region < 0 && !o.np_content &&
                 o.cue_end <= a.region_begin && o.frame != Frame::according &&
                 ((o.content_begin <= a.region_begin && o.content_end > i + 2) || o.content_begin == i + 2);
        });
        if (outer_takes) {
          keep_first_only(end);
          break;
        }
        Attribution b = a;
        b.content_begin = set_off_clause ? i + 3 : i + 2;
        std::uint32_t first_begin = a.content_begin;
        std::uint32_t first_end = end;
        if (!frames::trim_content(m_s, first_begin, first_end) || !frames::trim_content(m_s, b.content_begin, b.content_end)) {
          break;
        }
        a.content_begin = first_begin;
        a.content_end = first_end;
        m_out.push_back(std::move(b));  // examined in turn: it may hold a third "and that"
        break;
      }
    }
  }
};

}  // namespace

std::vector<Attribution> find_attributions_en(const Sentence& s, const std::vector<QuoteRegion>& quotes) {
  return EnglishFrames(s, quotes).run();
}

}  // namespace claimtrace::extract
