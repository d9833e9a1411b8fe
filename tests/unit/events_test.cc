// Dated events: one per clause that carries a calendar date, with trigger, tense and the
// actors of the clause. The anchor date is always given explicitly.
#include "speechscan/events.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "speechscan/analysis.h"
#include "speechscan/data.h"
#include "../../src/times_tense.h"  // internal to times and events

namespace speechscan {
namespace {

constexpr std::string_view kPrefix = "Remarks by the speaker\n\n";
constexpr Date kThu{2026, 1, 8};

struct Row {
  const char* text;
  const char* clause;   // expected event span
  const char* trigger;
  const char* date;
  Tense tense;
};

std::string dump(const Analysis& a) {
  std::string out;
  for (const Event& e : a.events) {
    out += "[" + std::string(slice(a.doc.text, e.span)) + "|" + std::string(slice(a.doc.text, e.trigger)) + "|" +
           a.times[e.time].value + "|" + tense_name(e.tense) + "] ";
  }
  return out;
}

// Each row's text has one dated event: its clause, trigger, date and tense.
template <size_t N>
void expect_one_event_each(const Row (&rows)[N]) {
  for (const Row& r : rows) {
    Analysis a = analyze_text(std::string(kPrefix) + r.text, kThu);
    ASSERT_EQ(a.events.size(), 1u) << r.text << "\n  " << dump(a);
    const Event& e = a.events[0];
    EXPECT_EQ(slice(a.doc.text, e.span), r.clause) << r.text;
    EXPECT_EQ(slice(a.doc.text, e.trigger), r.trigger) << r.text;
    EXPECT_EQ(a.times[e.time].value, r.date) << r.text;
    EXPECT_EQ(e.tense, r.tense) << r.text;
  }
}

TEST(Events, OneEventPerDatedClause) {
  const Row rows[] = {
      {"His forces hit a hospital in Kyiv just yesterday.",
       "His forces hit a hospital in Kyiv just yesterday.", "hit", "2026-01-07", Tense::kPast},
      {"We will continue to step up our support to Ukraine’s defence in 2026.",
       "We will continue to step up our support to Ukraine’s defence in 2026.", "continue", "2026",
       Tense::kFuture},
      {"We discussed these issues in detail today.", "We discussed these issues in detail today.",
       "discussed", "2026-01-08", Tense::kPast},
      {"We went even further today.", "We went even further today.", "went", "2026-01-08",
       Tense::kPast},
      {"Today’s joint declaration set that out in clear terms.",
       "Today’s joint declaration set that out in clear terms.", "set", "2026-01-08", Tense::kPast},
      {"Today, NATO is working to bring this mission to a close.",
       "Today, NATO is working to bring this mission to a close.", "working", "2026-01-08",
       Tense::kPresent},
      {"Today I have written to all police forces.", "Today I have written to all police forces.",
       "written", "2026-01-08", Tense::kPast},
      {"The war will end by the end of this year; we are sure of it.",
       "The war will end by the end of this year", "end", "2026", Tense::kFuture},
      {"2011 is the year we decide.", "2011 is the year we decide.", "is", "2011", Tense::kPresent},
      // "used" after a subject pronoun is a past verb; a capitalised verb form after a
      // capitalised word is a title's word.
      {"This is a term that you used earlier this year.",
       "This is a term that you used earlier this year.", "used", "2026", Tense::kPast},
      {"In 2017, the \u201cWe Are Still In\u201d movement was born.",
       "In 2017, the \u201cWe Are Still In\u201d movement was born.", "born", "2017", Tense::kPast},
      // A frame (a verb of knowing, saying, hoping, a feeling) or a bare copula gives way
      // to the verb of the clause it frames nearest the time; a content verb does not.
      {"You know, earlier this morning, I returned from Israel.",
       "You know, earlier this morning, I returned from Israel.", "returned", "2026-01-08TMO",
       Tense::kPast},
      {"I believe 2027 will be the year we win.", "I believe 2027 will be the year we win.", "be",
       "2027", Tense::kFuture},
      // Remembering frames what is remembered: "who passed away last week".
      {"We remember Mr Harry Schwarz, who sadly passed away last week.",
       "We remember Mr Harry Schwarz, who sadly passed away last week.", "passed", "2026-W01",
       Tense::kPast},
      {"I hope you will join me in funding these investments today!",
       "I hope you will join me in funding these investments today!", "join", "2026-01-08",
       Tense::kFuture},
      {"That is why Ireland is seeking membership for the period 2027-2029.",
       "That is why Ireland is seeking membership for the period 2027-2029.", "seeking", "2027",
       Tense::kPresent},
      {"I can also tell the House that the budget for 2027 will be \xC2\xA3"
       "201 million.",
       "I can also tell the House that the budget for 2027 will be \xC2\xA3"
       "201 million.",
       "be", "2027", Tense::kFuture},
      // An adjective in -ing after a copula is no progressive: the copula is the verb.
      {"At dinner last night, it was interesting.", "At dinner last night, it was interesting.",
       "was", "2026-01-07TNI", Tense::kPast},
      // A participle qualifies a noun, names something, or opens a phrase before the
      // clause: none of them is the trigger.
      {"Prices in advanced economies rose in 2022.", "Prices in advanced economies rose in 2022.",
       "rose", "2022", Tense::kPast},
      {"In 2018, ten years on from the National Apology to the Stolen Generations, we act.",
       "In 2018, ten years on from the National Apology to the Stolen Generations, we act.", "act",
       "2018", Tense::kPresent},
      {"Given its significance, the Government will continue to invest in 2027.",
       "Given its significance, the Government will continue to invest in 2027.", "continue",
       "2027", Tense::kFuture},
      {"This resulted in January in record deliveries.",
       "This resulted in January in record deliveries.", "resulted", "2026-01", Tense::kPast},
      // A parenthetical opened by "as" frames nothing; "last" after the subject is no verb;
      // the clitic "’s" gives way as "is" does.
      {"Earlier today, as was referenced, I took part in the meeting.",
       "Earlier today, as was referenced, I took part in the meeting.", "took", "2026-01-08",
       Tense::kPast},
      // An opening "As" clause before the time says how the clause is told.
      {"As it will be recalled, the League of Nations was established in January 1920.",
       "As it will be recalled, the League of Nations was established in January 1920.",
       "established", "1920-01", Tense::kPast},
      {"As we met in Paris in 2019, we agreed.", "As we met in Paris in 2019, we agreed.", "met",
       "2019", Tense::kPast},
      // After a copula, the infinitive of a framing noun ("an honor to").
      {"Susan, it\xE2\x80\x99s an honor to celebrate your mom today.",
       "Susan, it\xE2\x80\x99s an honor to celebrate your mom today.", "celebrate", "2026-01-08",
       Tense::kPresent},
      {"It is my pleasure to address you today.", "It is my pleasure to address you today.",
       "address", "2026-01-08", Tense::kPresent},
      {"It is an honor today.", "It is an honor today.", "is", "2026-01-08", Tense::kPresent},
      {"I am grateful to all of you today.", "I am grateful to all of you today.", "am",
       "2026-01-08", Tense::kPresent},
      {"Two years ago, as you pointed out, when I last spoke here, I was a citizen.",
       "Two years ago, as you pointed out, when I last spoke here, I was a citizen.", "spoke",
       "2024", Tense::kPast},
      {"That\xE2\x80\x99s why today I\xE2\x80\x99m releasing the strategy.",
       "That\xE2\x80\x99s why today I\xE2\x80\x99m releasing the strategy.", "releasing",
       "2026-01-08", Tense::kPresent},
      // A present progressive about a day to come is the future.
      {"The President is speaking with her tomorrow.",
       "The President is speaking with her tomorrow.", "speaking", "2026-01-09", Tense::kFuture},
      // A deadline after "no later than" dates its clause; a comparison's baseline does not.
      {"We will reach net zero by no later than 2050.",
       "We will reach net zero by no later than 2050.", "reach", "2050", Tense::kFuture},
      {"When I ran for office in 2016, I promised to act.",
       "When I ran for office in 2016, I promised to act.", "ran", "2016", Tense::kPast},
      // Adverbs are no triggers: the verb after them is.
      {"By 2020 we had long eliminated the disease.", "By 2020 we had long eliminated the disease.",
       "eliminated", "2020", Tense::kPast},
      {"In 2027 we rightly look beyond our borders.", "In 2027 we rightly look beyond our borders.",
       "look", "2027", Tense::kPresent},
      // Irregular past forms short of the -ed rule, or without -ed.
      {"Last year, 345 people died from overdoses.", "Last year, 345 people died from overdoses.",
       "died", "2025", Tense::kPast},
      {"Last year, employees got a pay raise.", "Last year, employees got a pay raise.", "got",
       "2025", Tense::kPast},
      {"In 2020 we fled.", "In 2020 we fled.", "fled", "2020", Tense::kPast},
      // A relative clause or a participle holds the time: its verb is the event.
      {"I will not preside over the kind of military that cheated the opposition in 1978.",
       "I will not preside over the kind of military that cheated the opposition in 1978.",
       "cheated", "1978", Tense::kPast},
      {"We will engage parliamentarians through the process first used in 2006.",
       "We will engage parliamentarians through the process first used in 2006.", "used", "2006",
       Tense::kPast},
      {"It is projected to be worth $50 million by 2027.",
       "It is projected to be worth $50 million by 2027.", "projected", "2027", Tense::kFuture},
      // A present about a day to come is the future.
      {"We go to Washington next Friday.", "We go to Washington next Friday.", "go", "2026-01-09",
       Tense::kFuture},
      // An expectation: the infinitive is the event, ahead.
      {"Growth is expected to slow further in 2027.", "Growth is expected to slow further in 2027.",
       "slow", "2027", Tense::kFuture},
      {"Wages are forecast to rise again in 2027.", "Wages are forecast to rise again in 2027.",
       "rise", "2027", Tense::kFuture},
      // A past decision with a date still to come: the infinitive is the event, ahead; a
      // date gone by stays the decision's.
      {"The Council decided to restart purchases as from 1 November.",
       "The Council decided to restart purchases as from 1 November.", "restart", "2026-11-01",
       Tense::kFuture},
      {"We agreed to hold elections in March 2027.", "We agreed to hold elections in March 2027.",
       "hold", "2027-03", Tense::kFuture},
      {"We agreed to hold elections in March 2025.", "We agreed to hold elections in March 2025.",
       "agreed", "2025-03", Tense::kPast},
      // "been" is no trigger: the verb after it is.
      {"Since 2020, Japan has been supporting Africa.",
       "Since 2020, Japan has been supporting Africa.", "supporting", "2020", Tense::kPast},
      // A copula with no verb of its own gives way to a past verb later in the clause.
      {"That's the reason why Allies highlighted today the need for support.",
       "That's the reason why Allies highlighted today the need for support.", "highlighted",
       "2026-01-08", Tense::kPast},
      {"I'm proud to report that today the unemployment rate fell.",
       "I'm proud to report that today the unemployment rate fell.", "fell", "2026-01-08",
       Tense::kPast},
      // A quantifier between the subject and its verb is no verb.
      {"Yesterday he at least dropped them by 1%.", "Yesterday he at least dropped them by 1%.",
       "dropped", "2026-01-07", Tense::kPast},
      {"Yesterday they at most cut rates by 1%.", "Yesterday they at most cut rates by 1%.", "cut",
       "2026-01-07", Tense::kPast},
      {"Yesterday we almost finished the work.", "Yesterday we almost finished the work.",
       "finished", "2026-01-07", Tense::kPast},
      // A discourse marker ("Simply put,") and a modal without its verb ("As it should,")
      // are no triggers.
      {"Simply put, we met the deadline yesterday.", "Simply put, we met the deadline yesterday.",
       "met", "2026-01-07", Tense::kPast},
      {"As it should, it stands proudly as a symbol of Canada today.",
       "As it should, it stands proudly as a symbol of Canada today.", "stands", "2026-01-08",
       Tense::kPresent},
      // A dash between a word that opens a phrase and its phrase is a restart, no break.
      {"This year, we've destroyed at least — the last munitions in France.",
       "This year, we've destroyed at least — the last munitions in France.", "destroyed", "2026",
       Tense::kPast},
      {"Today the paper was written on — and the people are still owed money.",
       "Today the paper was written on", "written", "2026-01-08", Tense::kPast},
      // The verb of the time's own clause after a comma and a subject (times5, unseen
      // speeches): not the verb of an earlier clause.
      {"Before COVID-19 hit, 53 per cent trusted media, today it is only 33.",
       "Before COVID-19 hit, 53 per cent trusted media, today it is only 33.", "is", "2026-01-08",
       Tense::kPresent},
      {"The death was tragic, and I think of her family today.",
       "The death was tragic, and I think of her family today.", "think", "2026-01-08",
       Tense::kPresent},
      {"And because we remained strong, today we have the chance.",
       "And because we remained strong, today we have the chance.", "have", "2026-01-08",
       Tense::kPresent},
      // After "to", a form that is also a past (set, cut) is an infinitive; "very" and
      // "much" after a subject are no verbs.
      {"Now is the time to set the pathway for what Labour will provide in 2026.",
       "Now is the time to set the pathway for what Labour will provide in 2026.", "provide",
       "2026", Tense::kFuture},
      {"Thank you very much for being here today, we are only just getting started.",
       "Thank you very much for being here today, we are only just getting started.", "being",
       "2026-01-08", Tense::kPresent},
      {"We very much welcomed it yesterday.", "We very much welcomed it yesterday.", "welcomed",
       "2026-01-07", Tense::kPast},
      // The verb of a relative clause after the time ("every role I had") is not the
      // time's; one before it is ("the initiative we launched last year").
      {"Nor sadly is there time today to discuss every portfolio or role I had.",
       "Nor sadly is there time today to discuss every portfolio or role I had.", "is",
       "2026-01-08", Tense::kPresent},
      {"That is the initiative we launched last year.",
       "That is the initiative we launched last year.", "launched", "2025", Tense::kPast},
      // A time before the comma keeps its clause's verb.
      {"When I ran for office in 2016, I promised it.",
       "When I ran for office in 2016, I promised it.", "ran", "2016", Tense::kPast},
      // A name that says it is a year dates its clause, as "in 2024" does.
      {"Companies will receive a rebate in the Year of Assessment 2024.",
       "Companies will receive a rebate in the Year of Assessment 2024.", "receive", "2024",
       Tense::kFuture},
      {"Firms will pay less tax in Income Year 2027.",
       "Firms will pay less tax in Income Year 2027.", "pay", "2027", Tense::kFuture},
  };
  expect_one_event_each(rows);
}

TEST(Events, ParticiplesThatQualifyANounAndVerbsOfMentioning) {
  const Row rows[] = {
      // A past form in a list of adjectives is no verb: after a determiner before "and" or a
      // comma, after "a <adjective>," or after an adverb of degree.
      {"The unprovoked and brutal raid on Monday left ten dead.",
       "The unprovoked and brutal raid on Monday left ten dead.", "left", "2026-01-05",
       Tense::kPast},
      {"Today the army is larger, fitter, better equipped than before.",
       "Today the army is larger, fitter, better equipped than before.", "is", "2026-01-08",
       Tense::kPresent},
      {"In 2020 they built a proud, united, free country.",
       "In 2020 they built a proud, united, free country.", "built", "2020", Tense::kPast},
      {"Today it is a large, united, technically advanced but humane army.",
       "Today it is a large, united, technically advanced but humane army.", "is", "2026-01-08",
       Tense::kPresent},
      // A verb of mentioning frames the clause it reports: that clause's verb is dated.
      {"As the minister mentioned, the council is meeting the unions next week.",
       "As the minister mentioned, the council is meeting the unions next week.", "meeting",
       "2026-W03", Tense::kFuture},
      {"I mentioned the council will meet the unions next week.",
       "I mentioned the council will meet the unions next week.", "meet", "2026-W03",
       Tense::kFuture},
  };
  expect_one_event_each(rows);
}

TEST(Events, NoEventUnderAModalOfPossibilityInAPurposeClause) {
  // The time belongs to the clause after "so that", whose verb is under "could": nothing is
  // said to happen then, and the offer before it is not dated by it.
  Analysis a =
      analyze_text(std::string(kPrefix) +
                       "We offered a deal so that the board could review it in six months' time.",
                   kThu);
  EXPECT_TRUE(a.events.empty()) << dump(a);
}

TEST(Events, ActorsOfTheClause) {
  Analysis a =
      analyze_text(std::string(kPrefix) + "His forces hit a hospital in Kyiv just yesterday.", kThu);
  ASSERT_EQ(a.events.size(), 1u) << dump(a);
  std::vector<std::string> ids;
  for (uint32_t i : a.events[0].actors) ids.push_back(a.actors[i].id);
  EXPECT_NE(std::find(ids.begin(), ids.end(), "kyiv"), ids.end());
  // Past a speaker's restart: "at least — the last munitions in France".
  Analysis b = analyze_text(
      std::string(kPrefix) + "This year, we've destroyed at least — the last munitions in France.",
      kThu);
  ASSERT_EQ(b.events.size(), 1u) << dump(b);
  ASSERT_EQ(b.events[0].actors.size(), 1u) << dump(b);
  EXPECT_EQ(b.actors[b.events[0].actors[0]].id, "france");
}

TEST(Events, TwoDatesInOneSentenceAreTwoEvents) {
  Analysis a = analyze_text(std::string(kPrefix) +
                                "So today, I can report that, as promised, the troops will come "
                                "home by the end of the year.",
                            Date{2011, 10, 21});
  ASSERT_EQ(a.events.size(), 2u) << dump(a);
  EXPECT_EQ(a.times[a.events[0].time].value, "2011-10-21");
  EXPECT_EQ(a.times[a.events[1].time].value, "2011");
  EXPECT_EQ(slice(a.doc.text, a.events[1].span),
            "the troops will come home by the end of the year.");
  EXPECT_EQ(a.events[1].tense, Tense::kFuture);
  EXPECT_FALSE(a.events[0].span.overlaps(a.events[1].span));
}

// "also" adds the next sentence's deed to the day just told (the guide: "We signed a
// Declaration of Intent" in a passage about today); without it the next sentence may tell
// another time.
TEST(Events, AlsoCarriesTheDayToTheNextSentence) {
  Analysis a = analyze_text(std::string(kPrefix) +
                                "Today, I've approved several steps against Russia. I've also "
                                "signed an executive order. It is wise.",
                            kThu);
  ASSERT_EQ(a.events.size(), 2u) << dump(a);
  EXPECT_EQ(slice(a.doc.text, a.events[1].trigger), "signed");
  EXPECT_EQ(slice(a.doc.text, a.events[1].span), "I've also signed an executive order.");
  EXPECT_EQ(a.times[a.events[1].time].value, "2026-01-08");
  EXPECT_EQ(a.events[1].tense, Tense::kPast);
  for (const char* text :
       {"A few hours ago I spoke with him. I reaffirmed that we keep our word.",
        "We met today. We have always believed in it.", "We met today. They also signed it.",
        "We met in 2020. We also signed it.", "We will meet today. We also signed it."}) {
    Analysis b = analyze_text(std::string(kPrefix) + text, kThu);
    EXPECT_EQ(b.events.size(), 1u) << text << "\n  " << dump(b);
  }
}

// Two times of one verb ("fought in 1939 and in 1945") date one event, by the first.
TEST(Events, TwoDatesOfOneVerbAreOneEvent) {
  Analysis a = analyze_text(std::string(kPrefix) + "Our grandparents fought in 1939 and in 1945.",
                            kThu);
  ASSERT_EQ(a.times.size(), 2u) << dump(a);
  ASSERT_EQ(a.events.size(), 1u) << dump(a);
  EXPECT_EQ(a.times[a.events[0].time].value, "1939");
  EXPECT_EQ(slice(a.doc.text, a.events[0].trigger), "fought");
}

// A later time that narrows the first one's date down dates the event: "Fifty-three years
// ago, on the 21st of September, 1971" (1971-09-21); a later time outside the first one's
// does not ("in 1939 and in 1945" above, "in 2019 and in March 2020" here).
TEST(Events, ANarrowerDateOfOneEventDatesIt) {
  const std::pair<const char*, const char*> rows[] = {
      {"Fifty-five years ago, on the 21st of September, 1971, a small Himalayan kingdom was "
       "admitted to the United Nations.",
       "1971-09-21"},
      {"The League of Nations was established one century ago in January 1920.", "1920-01"},
      {"We met in 2019 and in March 2020.", "2019"},
      {"A million people have signed up during the 2025 enrollment period since it started in "
       "February.",
       "2025"},
  };
  for (const auto& [text, date] : rows) {
    Analysis a = analyze_text(std::string(kPrefix) + text, kThu);
    ASSERT_EQ(a.events.size(), 1u) << text << "\n  " << dump(a);
    EXPECT_EQ(a.times[a.events[0].time].value, date) << text << "\n  " << dump(a);
  }
}

// An imagined scene dates nothing: "I want you to imagine the year 2030."
TEST(Events, NoEventInAnExhortation) {
  Analysis a = analyze_text(std::string(kPrefix) + "Today, let us remember the victims.", kThu);
  EXPECT_EQ(a.events.size(), 0u) << dump(a);
}

TEST(Events, NoEventUnderCannot) {
  Analysis a = analyze_text(std::string(kPrefix) + "That cannot explain why we remain there in 2021.",
                            kThu);
  EXPECT_EQ(a.events.size(), 0u) << dump(a);
}

// "were" after a singular subject is a subjunctive; a participle after the time's
// possessive qualifies a noun: neither is an event.
TEST(Events, NoEventForASubjunctiveOrATimesParticiple) {
  for (const char* text : {"I am sure if she were with us today, she would offer a quip.",
                           "And a special thanks to tonight\xE2\x80\x99s gifted performers.",
                           "And thanks to today's invited guests."}) {
    Analysis a = analyze_text(std::string(kPrefix) + text, kThu);
    EXPECT_EQ(a.events.size(), 0u) << text << "\n  " << dump(a);
  }
  // Near misses: a plural subject's "were", a participle that is the verb.
  for (const char* text : {"They were with us today.", "My wife and I were coming home on Friday.",
                           "Today's vote has passed."}) {
    Analysis a = analyze_text(std::string(kPrefix) + text, kThu);
    EXPECT_EQ(a.events.size(), 1u) << text << "\n  " << dump(a);
  }
}

TEST(Events, NoEventForAWish) {
  Analysis a = analyze_text(std::string(kPrefix) + "Tonight I'd like to lay out our plan.", kThu);
  EXPECT_EQ(a.events.size(), 0u) << dump(a);
  Analysis curly = analyze_text(
      std::string(kPrefix) + "Tonight I\xE2\x80\x99" "d like to lay out our plan.", kThu);
  EXPECT_EQ(curly.events.size(), 0u) << dump(curly);
}

// The baseline of a comparison dates nothing: "45 fewer than yesterday".
TEST(Events, NoEventForTheBaselineOfAComparison) {
  Analysis a = analyze_text(std::string(kPrefix) +
                                "1,383 people are in hospital, 45 fewer than yesterday. Our exit "
                                "will be more cautious than it was last summer.",
                            kThu);
  EXPECT_EQ(a.times.size(), 2u) << dump(a);
  EXPECT_TRUE(a.events.empty()) << dump(a);
  // The date a change is measured from: "up from 2.4% in 2016", "down by 0.7 percentage
  // point from 2012", "compared with 2012". Not where the change began ("rose from 2012").
  Analysis b = analyze_text(std::string(kPrefix) +
                                "Our GDP grew by 3.6%, up from 2.4% in 2016. Inflation was down "
                                "by 0.7 percentage point from 2012. Output rose compared with "
                                "2012. Prices rose from 2013.",
                            kThu);
  EXPECT_EQ(b.times.size(), 4u) << dump(b);
  ASSERT_EQ(b.events.size(), 1u) << dump(b);
  EXPECT_EQ(b.times[b.events[0].time].value, "2013") << dump(b);
  // "from" as far back as the test reads (seven tokens before the time) and in capitals:
  // the quick look for such a word before the time must find it.
  Analysis c = analyze_text(
      std::string(kPrefix) + "Exports rose 2%, UP FROM a 2.5 per cent point in 2012.", kThu);
  EXPECT_EQ(c.times.size(), 1u) << dump(c);
  EXPECT_TRUE(c.events.empty()) << dump(c);
  Analysis d = analyze_text(
      std::string(kPrefix) + "Exports rose 2%, UP SINCE a 2.5 per cent point in 2012.", kThu);
  EXPECT_EQ(d.events.size(), 1u) << dump(d);
}

TEST(Events, NoEventDatedByTheTimeOfATurn) {
  Analysis a = analyze_text(
      std::string(kPrefix) + "Dr CHALMERS (Rankin) (12:26): Australians are optimistic.", kThu);
  EXPECT_EQ(a.times.size(), 1u) << dump(a);
  EXPECT_TRUE(a.events.empty()) << dump(a);
}

TEST(Events, NoEventDatedByAYearInAName) {
  Analysis a = analyze_text(std::string(kPrefix) +
                                "We adopted the 2030 Agenda. We joined the Post-2015 Agenda "
                                "talks. The 2013 Fijian Constitution guides us. Our plan, Vision "
                                "2040, was launched. In 2012 we voted.",
                            kThu);
  ASSERT_EQ(a.events.size(), 1u) << dump(a);
  EXPECT_EQ(a.times[a.events[0].time].value, "2012") << dump(a);
}

// The year of a law or treaty named before "of" dates the name; a month's year, or a
// year after a verb, dates the clause.
TEST(Events, NoEventDatedByTheYearOfAnAct) {
  Analysis a = analyze_text(std::string(kPrefix) +
                                "We read the pledge of the Warsaw Treaty of 1955. Funds under "
                                "the Mutual Security Act of 1954, as amended, remain. They met "
                                "in October of 1939. The Act was passed in 1954.",
                            kThu);
  ASSERT_EQ(a.events.size(), 2u) << dump(a);
  EXPECT_EQ(a.times[a.events[0].time].value, "1939-10") << dump(a);
  EXPECT_EQ(a.times[a.events[1].time].value, "1954") << dump(a);
}

TEST(Events, NoEventInAQuestion) {
  Analysis a = analyze_text(std::string(kPrefix) + "Can you comment on what happened this week? "
                                                   "What did you do in 2020?",
                            kThu);
  EXPECT_EQ(a.events.size(), 0u) << dump(a);
}

TEST(Events, NoEventInAnImaginedScene) {
  Analysis a = analyze_text(std::string(kPrefix) +
                                "I want you to imagine the year 2030. In 2030 we will lead.",
                            kThu);
  ASSERT_EQ(a.times.size(), 2u) << dump(a);
  ASSERT_EQ(a.events.size(), 1u) << dump(a);
  EXPECT_EQ(slice(a.doc.text, a.events[0].trigger), "lead");
  // The shortest verbs of imagining ("suppose", "pretend": the words shorter than them
  // are skipped unread) still count.
  Analysis b = analyze_text(
      std::string(kPrefix) + "Suppose that in 2030 we win. Let us pretend it is 2031 and we won.",
      kThu);
  ASSERT_EQ(b.times.size(), 2u) << dump(b);
  EXPECT_TRUE(b.events.empty()) << dump(b);
}

TEST(Events, NoEventWithoutACalendarDate) {
  const char* texts[] = {
      "We have worked on this for three years.",  // a duration
      "Now is the time to act.",                  // PRESENT_REF
      "We guarantee security for the long term.", // FUTURE_REF
      "Carbon is removed every year.",            // a set
  };
  for (const char* t : texts) {
    Analysis a = analyze_text(std::string(kPrefix) + t, kThu);
    EXPECT_TRUE(a.events.empty()) << t << "\n  " << dump(a);
  }
}

// A possibility says nothing happens: no event under could, might, may or would.
TEST(Events, NoEventUnderAModalOfPossibility) {
  const char* texts[] = {
      "We could see growth next year.",
      "Prices may fall next year.",
      "Next year, we might go further.",
      "We would meet again in March if asked.",
  };
  for (const char* t : texts) {
    Analysis a = analyze_text(std::string(kPrefix) + t, kThu);
    EXPECT_TRUE(a.events.empty()) << t << "\n  " << dump(a);
  }
  Analysis a = analyze_text(std::string(kPrefix) + "We will meet again in March.", kThu);
  EXPECT_EQ(a.events.size(), 1u) << dump(a);
}

TEST(Events, UnresolvedTimesDateNothing) {
  Analysis a = analyze_text(std::string(kPrefix) + "We met yesterday.");
  ASSERT_EQ(a.times.size(), 1u);
  EXPECT_EQ(a.times[0].value, "XXXX-XX-XX");
  EXPECT_TRUE(a.events.empty());
}

TEST(Events, DatelineIsNotAnEvent) {
  Analysis a = analyze_text("8 January 2026\n\nWe met in Paris today.", kThu);
  ASSERT_EQ(a.events.size(), 1u) << dump(a);
  EXPECT_EQ(slice(a.doc.text, a.events[0].trigger), "met");
}

// YAML front matter is the file's metadata: its times date no event. A rule of dashes
// lower in the text ends nothing.
TEST(Events, FrontMatterIsNotAnEvent) {
  Analysis a = analyze_text(
      "---\ndate: '2026-01-08'\nmodified_time: 2026-01-09 10:56:52-05:00\npublished_time: "
      "2026-01-08 22:46:00-05:00\n---\n\nWe met in Paris today.",
      kThu);
  ASSERT_EQ(a.events.size(), 1u) << dump(a);
  EXPECT_EQ(slice(a.doc.text, a.events[0].trigger), "met");
  Analysis b = analyze_text("Remarks\n\n---\n\nWe met in Paris on 7 January.\n---\n", kThu);
  ASSERT_EQ(b.events.size(), 1u) << dump(b);
}

TEST(Events, GlossesInBracketsAndWillAfterACopula) {
  const Row rows[] = {
      // A year in brackets restates the time before it: one clause, one event; its verb
      // is the will-group after the copula.
      {"The predictions are that in 24 years\xE2\x80\x99 time (2050) more than half of the "
       "land will be regularly flooded.",
       "The predictions are that in 24 years\xE2\x80\x99 time (2050) more than half of the "
       "land will be regularly flooded.",
       "flooded", "2050", Tense::kFuture},
      {"It is the Agenda for SIDS (ABAS) that was adopted in May this year.",
       "It is the Agenda for SIDS (ABAS) that was adopted in May this year.", "adopted", "2026-05",
       Tense::kPast},
      // A present verb of intending before "to": the infinitive, ahead; not the
      // participle that qualifies a noun after the time.
      {"We also plan to provide $100 million by this year\xE2\x80\x99s end, including $30 "
       "million for civilians affected by the conflict.",
       "We also plan to provide $100 million by this year\xE2\x80\x99s end, including $30 "
       "million for civilians affected by the conflict.",
       "provide", "2026", Tense::kFuture},
      {"Our priority is our role as an elected member of the Council in 2027.",
       "Our priority is our role as an elected member of the Council in 2027.", "is", "2027",
       Tense::kPresent},
      {"We intend to hold elections in 2027.", "We intend to hold elections in 2027.", "hold",
       "2027", Tense::kFuture},
      {"Today, they intend to export their hatred.", "Today, they intend to export their hatred.",
       "intend", "2026-01-08", Tense::kPresent},
      // A will-group of a clause with its own subject pronoun stays that clause's.
      {"We are at a point where the choices we make today will determine our future.",
       "We are at a point where the choices we make today will determine our future.", "make",
       "2026-01-08", Tense::kPresent},
      // "have" before a noun phrase or a number is the verb, not a participle of a
      // relative clause after it; "have" before the time keeps looking.
      {"Today we have treaties with 42 nations which recognize that our security is "
       "intertwined.",
       "Today we have treaties with 42 nations which recognize that our security is "
       "intertwined.",
       "have", "2026-01-08", Tense::kPresent},
      {"Today we have 42 treaties that were signed by the Senate.",
       "Today we have 42 treaties that were signed by the Senate.", "have", "2026-01-08",
       Tense::kPresent},
      {"We have today signed the treaty.", "We have today signed the treaty.", "signed",
       "2026-01-08", Tense::kPast},
      // So is "have" after "will": "we will have elections"; not "will have built".
      {"On Sunday, we will have parliamentary elections.",
       "On Sunday, we will have parliamentary elections.", "have", "2026-01-11", Tense::kFuture},
      {"In 2027 we will have a new government.", "In 2027 we will have a new government.", "have",
       "2027", Tense::kFuture},
      // After "going to", the verb, not the copula.
      {"Today, I'm going to ask you about it.", "Today, I'm going to ask you about it.", "ask",
       "2026-01-08", Tense::kFuture},
      {"The Vice President is going to be there today.",
       "The Vice President is going to be there today.", "be", "2026-01-08", Tense::kFuture},
      {"By 2030 we will have built the road.", "By 2030 we will have built the road.", "built",
       "2030", Tense::kFuture},
      {"Since 2017, the country has neither recorded nor sanctioned a case.",
       "Since 2017, the country has neither recorded nor sanctioned a case.", "recorded", "2017",
       Tense::kPast},
  };
  expect_one_event_each(rows);
}

TEST(Events, RunningHeadersDateNothing) {
  // A page printed from the web repeats its first line as a header; a sentence that runs
  // over the page break holds its time, which dates no event. The same time said in the
  // text does.
  const std::string text =
      "9/24/24, 3:48 PM\nRemarks by the President\n\nWe met in Paris today. It is a testament "
      "to the\n9/24/24, 3:48 PM\nresilience of the people. It was a long\n9/24/24, 3:48 PM "
      "Remarks by the President\nday. We signed it at 3:48 PM on 9/24/24.";
  Analysis a = analyze_text(text, Date{2024, 9, 24});
  ASSERT_EQ(a.events.size(), 2u) << dump(a);
  EXPECT_EQ(slice(a.doc.text, a.events[0].trigger), "met");
  EXPECT_EQ(slice(a.doc.text, a.events[1].trigger), "signed");
}

// The header's line is found through the line index: the same with \r\n and lone \r
// line ends, and a line that runs on past 200 bytes after the repeated header is text,
// no header (its time dates "was").
TEST(Events, RunningHeadersWithAnyLineEndAndLength) {
  const std::string text =
      "9/24/24, 3:48 PM\nRemarks by the President\n\nWe met in Paris today. It is a testament "
      "to the\n9/24/24, 3:48 PM\nresilience of the people. It was a long\n9/24/24, 3:48 PM "
      "Remarks by the President\nday. We signed it at 3:48 PM on 9/24/24.";
  std::string tail;
  for (int i = 0; i < 6; ++i) tail += "and the people of this great nation, ";
  const std::string long_line =
      "9/24/24, 3:48 PM\nRemarks by the President\n\nWe met in Paris today. It was a long\n"
      "9/24/24, 3:48 PM Remarks by the President " +
      tail + "day. We signed it.";
  for (const char* nl : {"\n", "\r\n", "\r"}) {
    auto with = [nl](std::string t) {
      std::string out;
      for (char c : t) out += c == '\n' ? std::string(nl) : std::string(1, c);
      return out;
    };
    Analysis a = analyze_text(with(text), Date{2024, 9, 24});
    ASSERT_EQ(a.events.size(), 2u) << dump(a);
    EXPECT_EQ(slice(a.doc.text, a.events[0].trigger), "met");
    EXPECT_EQ(slice(a.doc.text, a.events[1].trigger), "signed");
    Analysis b = analyze_text(with(long_line), Date{2024, 9, 24});
    ASSERT_EQ(b.events.size(), 2u) << dump(b);
    EXPECT_EQ(slice(b.doc.text, b.events[1].trigger), "was");
  }
}

TEST(Events, TenseNames) {
  EXPECT_STREQ(tense_name(Tense::kPast), "past");
  EXPECT_STREQ(tense_name(Tense::kPresent), "present");
  EXPECT_STREQ(tense_name(Tense::kFuture), "future");
}

// The verb table behind the tense of events (one flat table over time_verbs.tsv plus the
// -ed rule), checked word by word, including the words its fast rejection must let through.
TEST(Tense, ClassifiesVerbForms) {
  using tense::VerbClass;
  const struct {
    const char* word;
    VerbClass cls;
  } rows[] = {
      {"will", VerbClass::kFuture},     {"Will", VerbClass::kFuture},
      {"won\xE2\x80\x99t", VerbClass::kFuture},  // ’ folds to '
      {"We\xE2\x80\x99ll", VerbClass::kFuture},  // the clitic's own class
      {"\xE2\x80\x99ll", VerbClass::kFuture},    {"was", VerbClass::kPastAux},
      {"set", VerbClass::kPast},        // also an intent row: the class row counts here
      {"worked", VerbClass::kPast},     // regular -ed
      {"Worked", VerbClass::kNone},     // a capitalised -ed word is a name more often
      {"indeed", VerbClass::kNone},     {"table", VerbClass::kNone},
      {"", VerbClass::kNone},           {"it\xE2\x80\x99s", VerbClass::kNone},
      {"abcdefghijklmnopqrstuvwxyzabcdefghijklmned", VerbClass::kNone},  // too long
  };
  for (const auto& r : rows) EXPECT_EQ(tense::classify(r.word), r.cls) << r.word;
  EXPECT_EQ(tense::classify_after("it", "\xE2\x80\x99s"), VerbClass::kBe);
  EXPECT_EQ(tense::classify_after("Ukraine", "\xE2\x80\x99s"), VerbClass::kNone);
  // "used" and "owed" are past verbs after a subject pronoun only ("used cars").
  EXPECT_EQ(tense::classify_after("you", "used"), VerbClass::kPast);
  EXPECT_EQ(tense::classify_after("We", "owed"), VerbClass::kPast);
  EXPECT_EQ(tense::classify_after("the", "used"), VerbClass::kNone);
  EXPECT_EQ(tense::classify("used"), VerbClass::kNone);
  EXPECT_TRUE(tense::is_intent("set"));
  EXPECT_TRUE(tense::is_intent("Set"));
  EXPECT_FALSE(tense::is_intent("was"));
}

// classify() rejects most words on a hash of their shape before it folds them; no word of
// the table may be rejected there, in any case or with a typographic apostrophe.
TEST(Tense, EveryTableWordPassesTheFastRejection) {
  using tense::VerbClass;
  std::vector<std::pair<std::string, std::string>> rows;  // word, first class
  data::for_each_tsv_row(
      data::get("lexicon/time_verbs.tsv"), [&](std::span<const std::string_view> f, int) {
        // Intent, imagination, attribution, plan and change rows name
        // words, not classes: "imagined" is a regular past form all the
        // same.
        if (f.size() < 2 || f[1] == "intent" || f[1] == "imagination" || f[1] == "attribution" ||
            f[1] == "plan" || f[1] == "frame" || f[1] == "adjective" || f[1] == "change")
          return;
        for (const auto& r : rows)
          if (r.first == f[0]) return;
        rows.emplace_back(std::string(f[0]), std::string(f[1]));
      });
  ASSERT_GT(rows.size(), 50u);
  const std::pair<const char*, VerbClass> kClasses[] = {
      {"future", VerbClass::kFuture}, {"modal", VerbClass::kModal},
      {"past_aux", VerbClass::kPastAux}, {"have", VerbClass::kHave},
      {"be", VerbClass::kBe}, {"past", VerbClass::kPast},
      {"participle", VerbClass::kParticiple}};
  for (const auto& [word, cls_name] : rows) {
    VerbClass cls = VerbClass::kNone;
    for (const auto& [name, c] : kClasses)
      if (cls_name == name) cls = c;
    std::string upper = word, capital = word, curly;
    for (char& c : upper) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c);
    if (capital[0] >= 'a' && capital[0] <= 'z') capital[0] = static_cast<char>(capital[0] - 32);
    for (char c : word) curly += c == '\'' ? std::string("\xE2\x80\x99") : std::string(1, c);
    EXPECT_EQ(tense::classify(word), cls) << word;
    EXPECT_EQ(tense::classify(upper), cls) << upper;
    EXPECT_EQ(tense::classify(capital), cls) << capital;
    EXPECT_EQ(tense::classify(curly), cls) << curly;
  }
}

// surely_no_verb() trusts the tokenizer's flags instead of looking for apostrophes: over
// text full of apostrophes, clitics and verb forms, no word token it rejects may have a
// class after any word (classify_after() is the slow, obviously right path).
TEST(Tense, TokenRejectionAgreesWithClassify) {
  using tense::VerbClass;
  const std::string text =
      "We\xE2\x80\x99ll go; we'll see. It\xE2\x80\x99s done, it's said, that\xE2\x80\x99s "
      "gone. They won\xE2\x80\x99t and can't, don't, didn\xE2\x80\x99t. O\xE2\x80\x99" "Brien "
      "rock'n'roll students' \xE2\x80\x98quoted\xE2\x80\x99 \xE2\x80\x99tis y'all "
      "I\xE2\x80\x99" "d, you'd, he\xE2\x80\x99s, we've, they\xE2\x80\x99re, I'm. WILL Was "
      "Worked worked WORKED indeed Indeed hit Hit set HAD had going goING signed SIGNED "
      "caf\xC3\xA9 na\xC3\xAFve d\xC3\xA9" "cid\xC3\xA9 walk-ed U.S. e.g. 2026 "
      "abcdefghijklmnopqrstuvwxyzabcdefghijklmned";
  const std::vector<Token> tokens = tokenize(text);
  size_t rejected = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const Token& t = tokens[i];
    const std::string_view w(text.data() + t.start, t.length);
    if (!tense::surely_no_verb(tense::verb_shapes(), t, w)) continue;
    ++rejected;
    const std::string_view prev =
        i > 0 ? std::string_view(text.data() + tokens[i - 1].start, tokens[i - 1].length)
              : std::string_view();
    for (std::string_view p : {std::string_view(), std::string_view("it"), prev})
      EXPECT_EQ(tense::classify_after(p, w), VerbClass::kNone) << w;
    EXPECT_EQ(w.find('\''), std::string_view::npos) << w;
    EXPECT_EQ(w.find('\xE2'), std::string_view::npos) << w;
  }
  EXPECT_GT(rejected, 10u);
  // Verb forms pass, whatever their case or apostrophe.
  for (size_t i = 0; i < tokens.size(); ++i) {
    const std::string_view w(text.data() + tokens[i].start, tokens[i].length);
    if (w == "worked" || w == "had" || w == "WILL" || w == "signed" || w == "\xE2\x80\x99ll") {
      EXPECT_FALSE(tense::surely_no_verb(tense::verb_shapes(), tokens[i], w)) << w;
    }
  }
}

}  // namespace
}  // namespace speechscan
