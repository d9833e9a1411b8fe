#include "speechscan/sentences.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace speechscan {
namespace {

// Sentences joined by " | " with white space runs collapsed.
std::string dump(std::string_view text) {
  auto toks = tokenize(text);
  std::string out;
  for (const Sentence& s : split_sentences(text, toks)) {
    if (!out.empty()) out += " | ";
    bool space = false;
    for (char c : text.substr(s.span.start, s.span.end - s.span.start)) {
      if (c == ' ' || c == '\n' || c == '\r' || c == '\t') {
        space = true;
        continue;
      }
      if (space) out += ' ';
      space = false;
      out += c;
    }
  }
  return out;
}

struct Row {
  const char* text;
  const char* sentences;
};

TEST(Sentences, PunctuationAndAbbreviations) {
  const Row rows[] = {
      {"We met. They left.", "We met. | They left."},
      {"Did we? Yes!", "Did we? | Yes!"},
      {"Mr. Smith met Dr. Jones at No. 10 Downing Street.",
       "Mr. Smith met Dr. Jones at No. 10 Downing Street."},
      // A UN document symbol: "PV." before the meeting's number.
      {"I stood before the Assembly (see A/61/PV.11) as President. It rose.",
       "I stood before the Assembly (see A/61/PV.11) as President. | It rose."},
      // A currency abbreviation before its amount (South Asian texts).
      {"We exported grain worth Rs. 6,400 crore. It rose.",
       "We exported grain worth Rs. 6,400 crore. | It rose."},
      {"I will be paid an advance of rs. 1000 and it will be deducted.",
       "I will be paid an advance of rs. 1000 and it will be deducted."},
      // "e.g." and "i.e." never end a sentence, whatever follows.
      {"This is e.g. Mr. Smith, who talks slowly. And this is another.",
       "This is e.g. Mr. Smith, who talks slowly. | And this is another."},
      {"Costs rose by 3.5 per cent. Inflation fell.",
       "Costs rose by 3.5 per cent. | Inflation fell."},
      // An exclamation or question between dashes stays in its sentence.
      {"Mix it, put it in the oven, and -- voila! -- you have cake.",
       "Mix it, put it in the oven, and -- voila! -- you have cake."},
      {"We did it \u2014 yes! \u2014 we did it together. Then we left.",
       "We did it \u2014 yes! \u2014 we did it together. | Then we left."},
      {"We did it! \u2014 The crowd cheered.", "We did it! | \u2014 The crowd cheered."},
      // Reference marks after the end stay with their sentence.
      {"He was a martyr.[1] The emperor was angry.[2][3] The end.",
       "He was a martyr.[1] | The emperor was angry.[2][3] | The end."},
      {"We met. [Applause] Thank you.", "We met. | [Applause] Thank you."},
      // A lower-case item marker at a line's start after a full stop opens a sentence.
      {"i) Hello world.\nii) Hello world.\niii) Hello world.",
       "i) Hello world. | ii) Hello world. | iii) Hello world."},
      {"a) here it is.\nb) another one.", "a) here it is. | b) another one."},
      {"We met in the U.S.\nb) we left.", "We met in the U.S. | b) we left."},
      {"It was on p.\nxi of the report.", "It was on p. xi of the report."},
      // A title abbreviation in a heading in capitals.
      {"TRANSCRIPT OF THE PRIME MINISTER THE HON. TONY ABBOTT MP",
       "TRANSCRIPT OF THE PRIME MINISTER THE HON. TONY ABBOTT MP"},
      {"The U.S. Congress met. It voted.", "The U.S. Congress met. | It voted."},
      {"My right hon. Friend the Prime Minister will travel.",
       "My right hon. Friend the Prime Minister will travel."},
      {"I live in the U.S. How about you?", "I live in the U.S. | How about you?"},
      {"It costs 2.5 million. We pay.", "It costs 2.5 million. | We pay."},
      {"Yay $.50 and .50! That's 600.", "Yay $.50 and .50! | That's 600."},
      {"Growth was .5 per cent. We grew.", "Growth was .5 per cent. | We grew."},
      {"We meet at 5 p.m. today.", "We meet at 5 p.m. today."},
      {"He said “We will win.” Then he left.", "He said “We will win.” | Then he left."},
      {"(This is an aside.) And this follows.", "(This is an aside.) | And this follows."},
      {"Letters from J. R. Tolkien arrived.", "Letters from J. R. Tolkien arrived."},
      {"Acme Ltd. reported profits. It grew.", "Acme Ltd. reported profits. | It grew."},
      {"Visit www.gov.uk. It helps.", "Visit www.gov.uk. | It helps."},
      // No sentence starts with a comma or a semicolon: a party's abbreviation in a
      // bracketed role, an exclamation quoted before "he said".
      {"Hon. Sam Reyes (Minister of Health, Lib.), House of Commons, Ottawa",
       "Hon. Sam Reyes (Minister of Health, Lib.), House of Commons, Ottawa"},
      {"\"Go!\", he said. We went.", "\"Go!\", he said. | We went."},
      // Unchanged: a dotted abbreviation before a bracket and a semicolon.
      {"The bill (see p. 4 of the U.S.); and the rest. It rose.",
       "The bill (see p. 4 of the U.S.); and the rest. | It rose."},
  };
  for (const Row& r : rows) EXPECT_EQ(dump(r.text), r.sentences) << r.text;
}

TEST(Sentences, TranscriptLineRules) {
  const Row rows[] = {
      // A blank line after a continuation mark continues the sentence.
      {"It is important –\n\nthat we act.", "It is important – that we act."},
      {"And so I can say that, following a ceasefire,\n\nThe UK will act.",
       "And so I can say that, following a ceasefire, The UK will act."},
      // A blank line after a line with no mark ends the sentence (a heading).
      {"Remarks at the summit\n\nGood evening.", "Remarks at the summit | Good evening."},
      // A single line break never ends a sentence by itself.
      {"the people of Belarus\nfor democracy.", "the people of Belarus for democracy."},
      // Ellipsis then a continuation: preposition, infinitive, relative word, -ing, And + verb.
      {"We signed a treaty…\n\nOn the future of forces.",
       "We signed a treaty… On the future of forces."},
      {"We will build hubs…\n\nTo support defence.", "We will build hubs… To support defence."},
      {"A good meeting…\n\nWhich built on progress.", "A good meeting… Which built on progress."},
      {"Strikes on towns…\n\nKilling civilians.", "Strikes on towns… Killing civilians."},
      {"We will establish hubs…\n\nAnd build facilities.",
       "We will establish hubs… And build facilities."},
      {"The purpose of the plan…\n\nIs to help.", "The purpose of the plan… Is to help."},
      // A line that ends in an article or a preposition ends nothing (a page break).
      {"The Council votes in the\n\nSecurity Council every year.",
       "The Council votes in the Security Council every year."},
      {"Remarks on Trade\n\nWe act.", "Remarks on Trade | We act."},
      // The next paragraph picks the sentence up with an ellipsis and a lower-case word.
      {"We will confront this challenge…\n\n…but in strengthening our economy.",
       "We will confront this challenge… …but in strengthening our economy."},
      // Ellipsis then a new clause with a capital: a new sentence.
      {"We are closer than ever…\n\nBut the hardest yards remain.",
       "We are closer than ever… | But the hardest yards remain."},
      {"We are closer than ever…\n\nAnd we will get there.",
       "We are closer than ever… | And we will get there."},
      {"Wait... what?", "Wait... what?"},
      // A dash at a line end continues.
      {"We will stand firm –\nSecuring the skies.", "We will stand firm – Securing the skies."},
      // ... but not into a speaker's label: a new turn.
      {"His agenda —\n\nAUDIENCE: Booo —\n\nTHE VICE PRESIDENT: — will fail.",
       "His agenda — | AUDIENCE: Booo — | THE VICE PRESIDENT: — will fail."},
      // Labels with full stops ("MS. JEAN-PIERRE:") and a journalist's "Q".
      {"MS. JEAN-PIERRE: With that —\n\nMR. KIRBY: That is right.\n\nQ Can I ask —\n\n"
       "MS. JEAN-PIERRE: Go ahead.",
       "MS. JEAN-PIERRE: With that — | MR. KIRBY: That is right. | Q Can I ask — | "
       "MS. JEAN-PIERRE: Go ahead."},
      {"We will act,\nPM: Thank you.", "We will act, | PM: Thank you."},
      // A transcription service's labels with the recording's offset.
      {"We stand with our allies-\n\nKamala Harris (33:07):\nWith respect to Gaza, we act.",
       "We stand with our allies- | Kamala Harris (33:07): With respect to Gaza, we act."},
      {"Audience (00:00):\nUSA!\n\nSpeaker 1 (1:02:33):\nThank you.",
       "Audience (00:00): USA! | Speaker 1 (1:02:33): Thank you."},
      {"We will act,\nNATO allies agree.", "We will act, NATO allies agree."},
      // A list introduced with a colon keeps its first item.
      {"The decisions mean:\n\n* Polluters will pay.\n* Prices will rise.",
       "The decisions mean: * Polluters will pay. | * Prices will rise."},
      // An item after one that ends in "and" continues the sentence.
      {"We will provide:\n* training;\n* Narcan, and\n* treatment.\n* Also this.",
       "We will provide: * training; * Narcan, and * treatment. | * Also this."},
      // A period after a closing quote is part of the same end.
      {"He said \u201cgo home.\u201d. Then we left.",
       "He said \u201cgo home.\u201d. | Then we left."},
      // ... also a numbered one: its first number ends nothing.
      {"We won on many issues:\n\n1. We forced a U-turn.\n\n2. We stopped the cuts.",
       "We won on many issues: 1. We forced a U-turn. | 2. We stopped the cuts."},
      // Inline items numbered or lettered after a colon or semicolon end nothing; a
      // number that ends a sentence after a semicolon's clause still does without one.
      {"We will: a. Increase jobs; b. Use labour. It works.",
       "We will: a. Increase jobs; b. Use labour. | It works."},
      {"Three steps: 1. Cut taxes; 2. Build homes.", "Three steps: 1. Cut taxes; 2. Build homes."},
      {"The score was 2. Then it rained.", "The score was 2. | Then it rained."},
  };
  for (const Row& r : rows) EXPECT_EQ(dump(r.text), r.sentences) << r.text;
}

TEST(Sentences, HeadingsAndTheDatelineStandAlone) {
  const Row rows[] = {
      {"PRESS CONFERENCE BY THE MINISTER\nOttawa, Ontario", "PRESS CONFERENCE BY THE MINISTER | Ottawa, Ontario"},
      {"The UK and\nNATO AGREED", "The UK and NATO AGREED"},  // not a whole line of capitals
  };
  for (const Row& r : rows) EXPECT_EQ(dump(r.text), r.sentences) << r.text;
  std::string text = "Speech title\nOctober 3, 2023\nGood morning.";
  auto toks = tokenize(text);
  auto sents = split_sentences(text, toks, Span{13, 28});
  ASSERT_EQ(sents.size(), 3u);
  EXPECT_EQ(sents[1].span, (Span{13, 28}));
}

TEST(Sentences, ListsAndEllipses) {
  const Row rows[] = {
      {"1. The first item 2. The second item", "1. The first item | 2. The second item"},
      {"a. The first item b. The second item", "a. The first item | b. The second item"},
      {"• 9. One • 10. Two", "• 9. One | • 10. Two"},
      // Each kind of token that may open an item, mid-sentence (the splitter's byte filter
      // lets them all through): two digits, a letter before ")", bullets.
      {"9. Nine steps 10. Ten steps 11. Eleven", "9. Nine steps | 10. Ten steps | 11. Eleven"},
      {"a) The first b) The second", "a) The first | b) The second"},
      {"We need\n* food\n* water", "We need | * food | * water"},
      {"We need\n- food\n- water", "We need | - food | - water"},
      {"We need \xE2\x97\x8F food \xE2\x97\x8F water",
       "We need | \xE2\x97\x8F food | \xE2\x97\x8F water"},
      {"I never meant that.... She left.", "I never meant that.... | She left."},
      {"It was weakened . . . was that of it.", "It was weakened . . . was that of it."},
      {"\"Bohr [...] used stairways [...]\" (Smith 55).",
       "\"Bohr [...] used stairways [...]\" (Smith 55)."},
  };
  for (const Row& r : rows) EXPECT_EQ(dump(r.text), r.sentences) << r.text;
}

TEST(Sentences, EveryTokenInExactlyOneSentence) {
  std::string text = "A. B. C? D! E… F\n\nG – H. ";
  for (int i = 0; i < 200; ++i) text += "word ";  // no boundary at all
  auto toks = tokenize(text);
  auto sents = split_sentences(text, toks);
  uint32_t next = 0;
  for (const Sentence& s : sents) {
    EXPECT_EQ(s.first_token, next);
    EXPECT_LT(s.first_token, s.end_token);
    EXPECT_EQ(s.span.start, toks[s.first_token].start);
    EXPECT_EQ(s.span.end, toks[s.end_token - 1].end());
    next = s.end_token;
  }
  EXPECT_EQ(next, toks.size());
}

TEST(Sentences, OverlongTextIsCutSoLaterStagesStayLinear) {
  std::string text;
  for (int i = 0; i < 5000; ++i) text += "again ";
  auto toks = tokenize(text);
  auto sents = split_sentences(text, toks);
  ASSERT_EQ(sents.size(), 3u);
  EXPECT_EQ(sents[0].end_token - sents[0].first_token, 2000u);
}

}  // namespace
}  // namespace speechscan
