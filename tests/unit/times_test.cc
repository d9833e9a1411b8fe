// Temporal expressions: a table of expressions with their anchor date and the expected
// extent, TIMEX3 type and value, plus calendar arithmetic. The anchor is always passed
// explicitly (Document::date through analyze_text); nothing here reads the clock, and
// CTest runs the binary under a non-UTC TZ.
#include "speechscan/times.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "speechscan/analysis.h"
#include "speechscan/data.h"

namespace speechscan {
namespace {

// A neutral first line keeps the sentence under test out of the dateline/title reader.
constexpr std::string_view kPrefix = "Remarks by the speaker\n\n";

struct Row {
  Date anchor;
  const char* text;   // a sentence holding the expression
  const char* span;   // the expected extent, exactly as written
  const char* type;   // date, time, duration, set
  const char* value;  // TIMEX3 value
};

std::string dump(const Analysis& a) {
  std::string out;
  for (const TimeExpr& t : a.times) {
    out += "[" + std::string(slice(a.doc.text, t.span)) + "|" + time_type_name(t.type) + "|" +
           t.value + "] ";
  }
  return out;
}

// Looks the expected extent up among the times found and compares type and value.
void check(const Row& r) {
  std::string text(kPrefix);
  text += r.text;
  Analysis a = analyze_text(text, r.anchor);
  const TimeExpr* hit = nullptr;
  for (const TimeExpr& t : a.times)
    if (slice(a.doc.text, t.span) == r.span) hit = &t;
  ASSERT_NE(hit, nullptr) << "no time '" << r.span << "' in: " << r.text
                          << "\n  found: " << dump(a);
  EXPECT_STREQ(time_type_name(hit->type), r.type) << r.text;
  EXPECT_EQ(hit->value, r.value) << r.text << " (anchor " << format_iso_date(r.anchor) << ")";
}

constexpr Date kThu{2026, 1, 8};  // Thursday, ISO week 2026-W02

TEST(Times, ExplicitDates) {
  const Row rows[] = {
      {kThu, "We met on 8 January 2026 in Paris.", "8 January 2026", "date", "2026-01-08"},
      {kThu, "We met on January 8, 2026 in Paris.", "January 8, 2026", "date", "2026-01-08"},
      {kThu, "The summit on Thursday 8 January 2026 was long.", "Thursday 8 January 2026", "date",
       "2026-01-08"},
      {kThu, "The summit on Thursday, January 8, 2026 was long.", "Thursday, January 8, 2026",
       "date", "2026-01-08"},
      {kThu, "It was signed on 2026-01-08 in Paris.", "2026-01-08", "date", "2026-01-08"},
      {kThu, "It was signed on 25/12/2025 in Paris.", "25/12/2025", "date", "2025-12-25"},
      {kThu, "It was signed on 12/25/2025 in Paris.", "12/25/2025", "date", "2025-12-25"},
      {kThu, "It was signed on the 8th of January 2026.", "8th of January 2026", "date",
       "2026-01-08"},
      // The day as an ordinal word: before "of" and a month, or after the month.
      {kThu, "It was signed on the eighth of January 2026.", "eighth of January 2026", "date",
       "2026-01-08"},
      {kThu, "It was signed on the twenty-first of June 2025.", "twenty-first of June 2025", "date",
       "2025-06-21"},
      {kThu, "It will be signed on March tenth.", "March tenth", "date", "2026-03-10"},
      {kThu, "Since February 2012, crime has fallen.", "February 2012", "date", "2012-02"},
      {kThu, "It began in February of 1940.", "February of 1940", "date", "1940-02"},
      {kThu, "In 2026 we will act.", "2026", "date", "2026"},
      {kThu, "By 2020 this will cut pollution.", "2020", "date", "2020"},
      {kThu, "Nothing has changed since 2012.", "2012", "date", "2012"},
      {kThu, "We remember the 2020 election.", "2020", "date", "2020"},
      {kThu, "Much changed in the 1990s.", "the 1990s", "date", "199"},
      {kThu, "Much changed in the ’90s.", "’90s", "date", "199"},
      {kThu, "It began in summer 2007.", "summer 2007", "date", "2007-SU"},
      {kThu, "It began in the spring of 1794.", "spring of 1794", "date", "1794-SP"},
      {kThu, "Athens fell in 490 BC.", "490 BC", "date", "BC0490"},
      // The first year of a range before Christ.
      {kThu, "The revolt lasted from 499 to 493 BC.", "499", "date", "BC0499"},
      {kThu, "The Ionian Revolt (499-493 BC) failed.", "499", "date", "BC0499"},
      {kThu, "Profits rose in the first quarter of 2009.", "the first quarter of 2009", "date",
       "2009-Q1"},
      // A year's quarter or half named before it.
      {kThu, "Sales fell from the 1988 second quarter.", "the 1988 second quarter", "date",
       "1988-Q2"},
      {kThu, "Net sales for this year\xE2\x80\x99s third quarter were low.",
       "this year\xE2\x80\x99s third quarter", "date", "2026-Q3"},
      {kThu, "It may take effect in next year's first half.", "next year's first half", "date",
       "2027-H1"},
      {Date{1989, 11, 1}, "Sales fell in its fourth quarter.", "fourth quarter", "date", "1989-Q4"},
      {kThu, "It grew in mid-2007.", "mid-2007", "date", "2007"},
      {kThu, "It grew in early 1941.", "early 1941", "date", "1941"},
      {kThu, "They will leave by the end of 2011.", "the end of 2011", "date", "2011"},
      {kThu, "The 20th century was violent.", "The 20th century", "date", "19"},
  };
  for (const Row& r : rows) check(r);
}

// A front matter's times are the page's, not the speech's; its date is the dateline.
TEST(Times, NoneFromAFrontMattersMetadata) {
  Analysis a = analyze_text(
      "---\ndate: '2024-11-11'\npublished_time: 2024-11-11 10:10:46-05:00\n---\n\nWe "
      "signed it yesterday.\n");
  EXPECT_EQ(dump(a), "[2024-11-11|date|2024-11-11] [yesterday|date|2024-11-10] ");
  ASSERT_EQ(a.events.size(), 1u);
  EXPECT_EQ(slice(a.doc.text, a.events[0].span), "We signed it yesterday.");
}

TEST(Times, PartialDatesFollowTense) {
  const Row rows[] = {
      {kThu, "We will meet again in December.", "December", "date", "2026-12"},
      {kThu, "We met in December.", "December", "date", "2025-12"},
      {kThu, "We met on Monday.", "Monday", "date", "2026-01-05"},
      {kThu, "We will meet on Monday.", "Monday", "date", "2026-01-12"},
      {kThu, "We met last December.", "last December", "date", "2025-12"},
      {kThu, "We will meet next March.", "next March", "date", "2026-03"},
      {kThu, "This December will be a time to reflect.", "This December", "date", "2026-12"},
      // A past clause cannot mean a month still to come.
      {Date{2019, 1, 22}, "The people voted for a change this November.", "this November", "date",
       "2018-11"},
      {Date{2026, 1, 5}, "We met last Monday.", "last Monday", "date", "2025-12-29"},
      {Date{2026, 1, 5}, "We meet next Monday.", "next Monday", "date", "2026-01-12"},
      {kThu, "It happened in late November.", "late November", "date", "2025-11"},
      {Date{2011, 10, 21}, "As of January 1st, it will be a normal relationship.", "January 1st",
       "date", "2012-01-01"},
      {Date{2021, 5, 28}, "In response to the events of May 23, we act.", "May 23", "date",
       "2021-05-23"},
      {Date{2008, 9, 17}, "Markets are to remain closed until Friday.", "Friday", "date",
       "2008-09-19"},
      // After "until" a month lies ahead unless the clause is past.
      {Date{2025, 9, 10}, "The plan runs until the end of March.", "the end of March", "date",
       "2026-03"},
      {Date{2025, 9, 10}, "The plan ran until the end of March.", "the end of March", "date",
       "2025-03"},
      // "through" ends a period as "until" does; "by" a deadline. A deadline just past
      // is nearer than next year's.
      {Date{2025, 7, 10}, "The offer runs through February.", "February", "date", "2026-02"},
      {Date{2025, 2, 13}, "Qantas will double its flights by August.", "August", "date", "2025-08"},
      {Date{2019, 1, 16}, "By Christmas, there will be a plan.", "Christmas", "date", "2019-12-25"},
      {Date{2000, 1, 15}, "They would look for ways to repatriate the child by Jan. 14.", "Jan. 14",
       "date", "2000-01-14"},
      // After "payable", "effective", "of record" a date lies ahead even in a past clause,
      // unless it is just past.
      {Date{1989, 10, 27}, "The board declared a dividend payable Dec. 7.", "Dec. 7", "date",
       "1989-12-07"},
      {Date{1989, 10, 26}, "It created a new office, effective Feb. 1.", "Feb. 1", "date",
       "1990-02-01"},
      {Date{1989, 10, 26}, "They signed a pact effective June 1.", "June 1", "date", "1990-06-01"},
      {Date{1989, 10, 26}, "They signed a pact effective Oct. 1.", "Oct. 1", "date", "1989-10-01"},
      {Date{1989, 10, 26}, "It declared a split to holders of record Nov. 17.", "Nov. 17", "date",
       "1989-11-17"},
      // A date a verb moves to ("extended to", "postponed until"), and a deadline's date,
      // lie ahead too; a deadline's weekday in a past clause is the one just past.
      {Date{1989, 10, 30}, "The bid was extended to Nov. 16.", "Nov. 16", "date", "1989-11-16"},
      {Date{1989, 11, 2}, "They extended the offer to Nov. 20.", "Nov. 20", "date", "1989-11-20"},
      {kThu, "The vote was postponed until Tuesday.", "Tuesday", "date", "2026-01-13"},
      {Date{1989, 10, 27}, "It went past the Nov. 1 deadline.", "Nov. 1", "date", "1989-11-01"},
      {Date{1989, 11, 2}, "Holders tendered 99% by the Tuesday deadline.", "Tuesday", "date",
       "1989-10-31"},
      {kThu, "He moved to Paris in May.", "May", "date", "2025-05"},
      // An attribution after a comma is not the verb of the time's clause.
      {Date{1999, 2, 10},
       "NATO has decided to admit Poland, Hungary and the Czech Republic in early March, an "
       "official said.",
       "early March", "date", "1999-03"},
      // A plan's date is the nearest one, whatever the tense of the planning.
      {Date{1999, 2, 10}, "He said the accession was planned for early March.", "early March",
       "date", "1999-03"},
      {Date{2000, 1, 7}, "Protesters planned a large demonstration on Saturday.", "Saturday",
       "date", "2000-01-08"},
      {Date{2009, 5, 14}, "A June 3 hearing has been scheduled in the court.", "June 3", "date",
       "2009-06-03"},
      {Date{2000, 1, 7}, "They were planning to drive around the airport on Monday.", "Monday",
       "date", "2000-01-10"},
      // The verb of an infinitive after a verb of intent shares its future: "in two weeks'
      // time" is a date, not a duration.
      {Date{2021, 2, 16}, "I hope to do so in two weeks' time.", "two weeks", "date", "2021-W09"},
      // Dates after the speech's (maturities) make no narrative to anchor a weekday on.
      {Date{1989, 10, 30},
       "The notes mature in 2005, the bonds in 2010 and the debentures on Oct. 15, 1999. "
       "They closed at 84 on Thursday.",
       "Thursday", "date", "1989-10-26"},
      {Date{2011, 10, 21}, "I invited him to come to the White House in December.", "December",
       "date", "2011-12"},
      // A time right after the verb of intent is the verb's, not the infinitive's.
      {Date{2025, 10, 30}, "The bank agreed in June to buy the firm.", "June", "date", "2025-06"},
      {Date{2025, 10, 30}, "They scheduled a vote in November to settle it.", "November", "date",
       "2025-11"},
      // "would" after a report: the nearest date, not the report's past.
      {Date{2026, 2, 13}, "It said the flights would start on March 30.", "March 30", "date",
       "2026-03-30"},
      {Date{2026, 1, 7}, "He said he would meet them on Friday.", "Friday", "date", "2026-01-09"},
      {Date{2026, 1, 7}, "He would have met them on Friday.", "Friday", "date", "2026-01-02"},
      {kThu, "We will be home for Christmas.", "Christmas", "date", "2026-12-25"},
      {kThu, "It was cold in the dead of winter.", "winter", "date", "2025-WI"},
      // "autumn" is a season like the others; "fall" after this/last/next or as "in the
      // fall" with no "of" (not "the fall of the Wall").
      {Date{2022, 9, 23}, "We will set out reforms later in the autumn.", "autumn", "date",
       "2022-FA"},
      {Date{2022, 9, 23}, "In the fall we will act.", "fall", "date", "2022-FA"},
      {Date{2014, 4, 30}, "This summer, we will launch a scheme.", "This summer", "date",
       "2014-SU"},
      {kThu, "This autumn we will legislate.", "This autumn", "date", "2026-FA"},
      {kThu, "This autumn we legislated.", "This autumn", "date", "2025-FA"},
      {Date{1998, 3, 22}, "It said it would open this summer.", "this summer", "date", "1998-SU"},
      {kThu, "From 1 July next year, polluters will pay.", "1 July next year", "date",
       "2027-07-01"},
      // A past verb moves a date to last year only when its month lies after the
      // document's: it often reports a date to come later in this month.
      {Date{1989, 11, 2}, "The company extended its offer to Nov. 20.", "Nov. 20", "date",
       "1989-11-20"},
      {Date{1989, 11, 2}, "The company extended its offer in December.", "December", "date",
       "1988-12"},
      {kThu, "We met on 20 December.", "20 December", "date", "2025-12-20"},
      {Date{2026, 3, 20}, "We will meet on 2 March.", "2 March", "date", "2027-03-02"},
      {Date{2026, 3, 20}, "We will meet on 2 February.", "2 February", "date", "2027-02-02"},
      // After a determiner an -ed form is an adjective, not a past verb.
      {Date{2019, 7, 24}, "We are going to keep the repeated promises and leave on October 31.",
       "October 31", "date", "2019-10-31"},
      {Date{2019, 7, 24}, "We repeated the promises on October 31.", "October 31", "date",
       "2018-10-31"},
  };
  for (const Row& r : rows) check(r);
}

TEST(Times, RelativeToTheDocumentDate) {
  const Row rows[] = {
      {kThu, "We are here today.", "today", "date", "2026-01-08"},
      {kThu, "They struck a hospital just yesterday.", "yesterday", "date", "2026-01-07"},
      {kThu, "We meet again tomorrow.", "tomorrow", "date", "2026-01-09"},
      // "N units ago today": that very day, N units back (29 February falls back to 28).
      {kThu, "Three years ago today, the war began.", "Three years ago today", "date",
       "2023-01-08"},
      {Date{2024, 2, 29}, "A year ago today, we met.", "A year ago today", "date", "2023-02-28"},
      {kThu, "Two weeks ago today, we met.", "Two weeks ago today", "date", "2025-12-25"},
      {kThu, "I want to talk to you tonight.", "tonight", "time", "2026-01-08TNI"},
      {kThu, "The ban starts at midnight tonight.", "midnight tonight", "time", "2026-01-08T24:00"},
      {kThu, "We will decide by noon tomorrow.", "noon tomorrow", "time", "2026-01-09T12:00"},
      // "noon" and "midnight" before or after a weekday: that hour of its day.
      {kThu, "The vote is at noon Friday.", "noon Friday", "time", "2026-01-09T12:00"},
      {kThu, "The offer expired at midnight Tuesday.", "midnight Tuesday", "time",
       "2026-01-06T24:00"},
      {kThu, "We met Tuesday noon in Rome.", "Tuesday noon", "time", "2026-01-06T12:00"},
      {kThu, "I spoke to him this morning.", "this morning", "time", "2026-01-08TMO"},
      {kThu, "I spoke to him yesterday morning.", "yesterday morning", "time", "2026-01-07TMO"},
      {kThu, "The sirens sounded last night.", "last night", "time", "2026-01-07TNI"},
      {kThu, "We met last week.", "last week", "date", "2026-W01"},
      {kThu, "We meet next week.", "next week", "date", "2026-W03"},
      {kThu, "We meet this week.", "this week", "date", "2026-W02"},
      {kThu, "We meet next month.", "next month", "date", "2026-02"},
      {kThu, "We met last month.", "last month", "date", "2025-12"},
      {kThu, "We will do it this year.", "this year", "date", "2026"},
      {kThu, "Last year, I announced a plan.", "Last year", "date", "2025"},
      {kThu, "We will do it next year.", "next year", "date", "2027"},
      {kThu, "It started two days ago.", "two days ago", "date", "2026-01-06"},
      {kThu, "It started a year ago.", "a year ago", "date", "2025"},
      {kThu, "It started three years ago.", "three years ago", "date", "2023"},
      {kThu, "A few hours ago I spoke with him.", "A few hours ago", "time", "2026-01-08"},
      {kThu, "We will finish in three weeks.", "three weeks", "date", "2026-W05"},
      {kThu, "Prices rose earlier this month.", "earlier this month", "date", "2026-01"},
      {kThu, "We will decide later this year.", "later this year", "date", "2026"},
      {kThu, "Earlier today I commissioned a review.", "Earlier today", "date", "2026-01-08"},
      {kThu, "They will come home by the end of this year.", "the end of this year", "date",
       "2026"},
      {kThu, "Profits fell in the last quarter.", "the last quarter", "date", "2025-Q4"},
      // "latest" is "last": the quarter just ended; "at the latest" is no time.
      {kThu, "Profits fell in the latest quarter.", "the latest quarter", "date", "2025-Q4"},
      {kThu, "Profits will rise this quarter.", "this quarter", "date", "2026-Q1"},
      {kThu, "We rest this weekend.", "this weekend", "date", "2026-W02-WE"},
      // "the weekend" in a past clause said on a weekday is the one before it.
      {kThu, "Over the weekend, officials confirmed it.", "the weekend", "date", "2026-W01-WE"},
      {kThu, "I will meet them at the weekend.", "the weekend", "date", "2026-W02-WE"},
      // A present clause on a Monday or Tuesday: the weekend just past; on a Thursday, the
      // one to come.
      {Date{2026, 1, 12}, "The images from the weekend are manipulated.", "the weekend", "date",
       "2026-W02-WE"},
      {kThu, "The images from the weekend are manipulated.", "the weekend", "date", "2026-W02-WE"},
      {Date{2026, 1, 11}, "Over the weekend, officials confirmed it.", "the weekend", "date",
       "2026-W02-WE"},
      {kThu, "The meeting starts at 5 p.m. in Paris.", "5 p.m.", "time", "2026-01-08T17:00"},
      // British clock times with a period, only before am or pm; "on" a weekday joins.
      {kThu, "The meeting starts at 9.15am in Paris.", "9.15am", "time", "2026-01-08T09:15"},
      // Hours and minutes run together before am or pm (a printed page's header).
      {kThu, "Printed at 1025am in Paris.", "1025am", "time", "2026-01-08T10:25"},
      {kThu, "They met at 10.30 p.m. in Paris.", "10.30 p.m.", "time", "2026-01-08T22:30"},
      {kThu, "At 9.15am on Monday the prisoners climbed out.", "9.15am on Monday", "time",
       "2026-01-05T09:15"},
      {kThu, "The meeting starts at 10:30 in Paris.", "10:30", "time", "2026-01-08T10:30"},
      {kThu, "Trading closed at 16:08 UTC on the exchange.", "16:08 UTC", "time",
       "2026-01-08T16:08Z"},
      {kThu, "Trading opened at 0800 UTC on the exchange.", "0800 UTC", "time",
       "2026-01-08T08:00Z"},
      // Seconds and an offset from UTC, as a timestamp writes them: one time, not two.
      {kThu, "published_time: 2026-01-07 22:46:05-04:00\n\nText.", "22:46:05-04:00", "time",
       "2026-01-07T22:46:05"},
      {kThu, "The doors opened at 10:30:15 in Paris.", "10:30:15", "time", "2026-01-08T10:30:15"},
  };
  for (const Row& r : rows) check(r);
}

TEST(Times, RelativeToTheNarrative) {
  const Row rows[] = {
      {kThu, "In 2019 it began. The following year it spread.", "The following year", "date",
       "2020"},
      {kThu, "On 3 March 2020 it began. Two days later it spread.", "Two days later", "date",
       "2020-03-05"},
  };
  for (const Row& r : rows) check(r);
}

TEST(Times, DurationsSetsAndVagueReferences) {
  const Row rows[] = {
      {kThu, "We have worked for three years.", "three years", "duration", "P3Y"},
      {kThu, "Over the last few weeks, we have seen the opposite.", "the last few weeks",
       "duration", "PXW"},
      {kThu, "He served 33 years in prison.", "33 years", "duration", "P33Y"},
      // A year told by its end is a fiscal year's length; "for the year" is this one.
      {kThu, "Net rose in the year ended March 31.", "the year", "duration", "P1Y"},
      {kThu, "Net rose for the year.", "the year", "date", "2026"},
      {kThu, "Progress was made over recent days and weeks.", "recent days and weeks", "date",
       "PAST_REF"},
      {kThu, "Growth stalled over the past decade.", "the past decade", "duration", "P10Y"},
      {kThu, "After nearly nine years, the war will be over.", "nearly nine years", "duration",
       "P9Y"},
      {kThu, "Over the next two months, troops will leave.", "the next two months", "duration",
       "P2M"},
      {kThu, "It will pay off in the next forty years.", "the next forty years", "duration",
       "P40Y"},
      {kThu, "After a decade of war, peace came.", "a decade", "duration", "P10Y"},
      {kThu, "Detention is limited to fifteen hours.", "fifteen hours", "duration", "PT15H"},
      {kThu, "It took 15 minutes.", "15 minutes", "duration", "PT15M"},
      {kThu, "It took several years.", "several years", "duration", "PXY"},
      {kThu, "It took a few days.", "a few days", "duration", "PXD"},
      {kThu, "It took a couple of weeks.", "a couple of weeks", "duration", "P2W"},
      {kThu, "It took twenty-five years.", "twenty-five years", "duration", "P25Y"},
      {kThu, "It is a twelve-year plan.", "twelve-year", "duration", "P12Y"},
      {kThu, "Sales fell for two consecutive quarters.", "two consecutive quarters", "duration",
       "P2Q"},
      {kThu, "Carbon is removed every year.", "every year", "set", "P1Y"},
      {kThu, "We report each week.", "each week", "set", "P1W"},
      {kThu, "We report annually.", "annually", "set", "P1Y"},
      {kThu, "We report daily.", "daily", "set", "P1D"},
      {kThu, "We meet every Monday.", "every Monday", "set", "XXXX-WXX-1"},
      {kThu, "It cuts 160 million tonnes a year.", "a year", "set", "P1Y"},
      {kThu, "We meet twice a week.", "a week", "set", "P1W"},
      {kThu, "Now is the time.", "Now", "date", "PRESENT_REF"},
      {kThu, "Prices have risen recently.", "recently", "date", "PAST_REF"},
      {kThu, "We will work together in the future.", "the future", "date", "FUTURE_REF"},
      {kThu, "We guarantee security for the long term.", "the long term", "date", "FUTURE_REF"},
      {kThu, "We prepare a future armed force.", "a future", "date", "FUTURE_REF"},
      {kThu, "We are currently at war.", "currently", "date", "PRESENT_REF"},
      {kThu, "Mistakes were made in the past.", "the past", "date", "PAST_REF"},
      {kThu, "We will convene in the coming weeks.", "the coming weeks", "date", "FUTURE_REF"},
      {kThu, "Years from now, we will look back.", "Years from now", "date", "FUTURE_REF"},
      {kThu, "Prices rose over the last year.", "the last year", "duration", "P1Y"},
      {kThu, "It took a quarter century.", "a quarter century", "duration", "P25Y"},
      {kThu, "It lasted for a thousand years.", "a thousand years", "duration", "P1000Y"},
      {kThu, "We will act in the not so distant future.", "the not so distant future", "date",
       "FUTURE_REF"},
      {kThu, "A twenty-second delay followed.", "twenty-second", "duration", "PT20S"},
      {kThu, "At the present time we wait.", "the present time", "date", "PRESENT_REF"},
      {kThu, "It happened a week or so ago.", "a week or so ago", "date", "2026-W01"},
      {kThu, "The 1930's were hard.", "The 1930's", "date", "193"},
      {kThu, "It is going to happen soon.", "soon", "date", "FUTURE_REF"},
      // A part of the day after the day just told.
      {kThu, "On April 4 we met, and the following morning we left.", "the following morning",
       "time", "2025-04-05TMO"},
      // A passive infinitive after a noun looks ahead.
      {Date{2019, 3, 10}, "We seek a seat in the election to be held on 28 October.", "28 October",
       "date", "2019-10-28"},
      // A bare weekday joined to a day told is the first such weekday after it.
      {kThu, "We go to Washington next Friday and Saturday.", "Saturday", "date", "2026-01-10"},
      {kThu, "We pay every single year.", "every single year", "set", "P1Y"},
      {kThu, "We grew in the last year.", "the last year", "date", "2025"},
  };
  for (const Row& r : rows) check(r);
}

// Leap days, year ends and ISO week numbering.
TEST(Times, CalendarEdges) {
  const Row rows[] = {
      {Date{2024, 2, 28}, "We meet tomorrow.", "tomorrow", "date", "2024-02-29"},
      {Date{2024, 2, 29}, "We meet tomorrow.", "tomorrow", "date", "2024-03-01"},
      {Date{2024, 3, 1}, "We met yesterday.", "yesterday", "date", "2024-02-29"},
      {Date{2023, 3, 1}, "We met yesterday.", "yesterday", "date", "2023-02-28"},
      {Date{2024, 3, 1}, "It started two days ago.", "two days ago", "date", "2024-02-28"},
      {Date{2025, 12, 31}, "We meet tomorrow.", "tomorrow", "date", "2026-01-01"},
      {Date{2026, 1, 1}, "We met yesterday.", "yesterday", "date", "2025-12-31"},
      {Date{2025, 12, 31}, "We meet next week.", "next week", "date", "2026-W02"},
      {Date{2025, 12, 29}, "We meet this week.", "this week", "date", "2026-W01"},
      {Date{2020, 12, 31}, "We meet next week.", "next week", "date", "2021-W01"},
      {Date{2026, 1, 1}, "We meet this week.", "this week", "date", "2026-W01"},
      {Date{2027, 1, 1}, "We meet this week.", "this week", "date", "2026-W53"},
      {Date{2021, 1, 3}, "We meet this week.", "this week", "date", "2020-W53"},
      // A week before a week told, across a year of 53 ISO weeks.
      {Date{2021, 1, 13}, "Last week saw a rise. The previous week was quieter.",
       "The previous week", "date", "2020-W53"},
      {Date{2024, 12, 30}, "We meet this week.", "this week", "date", "2025-W01"},
      {Date{2026, 1, 15}, "We met last month.", "last month", "date", "2025-12"},
      {Date{2024, 1, 31}, "We meet next month.", "next month", "date", "2024-02"},
      {Date{2024, 2, 29}, "We meet next year.", "next year", "date", "2025"},
      {Date{2000, 2, 29}, "It started a year ago.", "a year ago", "date", "1999"},
  };
  for (const Row& r : rows) check(r);
}

TEST(Times, NotTimes) {
  const char* texts[] = {
      "He sent 2026 troops to the front.",
      "1794 people are in hospital.",
      "The seventy-second regular session opened.",
      "At the moment when they knew, we acted.",
      // A clause after "the moment" says when, and it is not now.
      "From the moment we took office, we acted.",
      "The moment the vote closes we count.",
      "At the moment we took office, it fell.",
      "The report is thoroughly up to date.",
      "The present Government acts.",
      "At the end of the day we are family.",
      "It won't be done overnight.",
      "The scheme will cover 1208 lakh tonnes of wheat and 2030 million litres of milk.",
      "It was signed on 8/1/2026 in Paris.",       // day and month cannot be told apart
      "Tel: (212) 555-0100 * Fax (212) 949-1840",  // a telephone number's last group
      "It falls under the Terrorism Act 2000 powers.",
      "The third bill is the Criminal Code Amendment (High Risk Offenders) Bill 2016, which acts.",
      "Let us call it a day.",
      "May I say a word.",
      "They will march on the capital.",
      "We will send the figures at the latest.",
      "These are the latest figures.",
      // A number after a noun that makes it a name or a reference.
      "We implement Security Council resolution 1325 fully.",
      "UNSCR 1325 is a tool, and Resolutions 1082 and 1493 were adopted.",
      // A telephone number's groups.
      "Tel: (212) 764-1300 Fax: (784) 457-2152",
      "Section 202(d) of the Act (50 U.S.C. 1622(d)) provides for it.",
      "It is the second of two reports.",
      "They were held on Christmas Island.",
      // A one-word set with a capital inside a name.
      "We met at the CEDA Annual Dinner.",
      "I read it in the Daily Mail.",
      "Call 0412 14 2128 for details.",
      "The figures are in Chart 1, Pg 1242, and on page 1243.",
      // Adjectives: "present" joined to another before its noun; "August" (venerable)
      // before a noun of kind `august`.
      "It is of great importance to the present and future generations.",
      "The past and present leaders met.",
      "You steer the work of this August body.",
      "I address this August Assembly and the August House.",
  };
  for (const char* t : texts) {
    std::string text(kPrefix);
    text += t;
    Analysis a = analyze_text(text, kThu);
    EXPECT_TRUE(a.times.empty()) << t << "\n  found: " << dump(a);
  }
}

// Candidates that the scan drops by the piece after them ("one of", "2 of", "New York")
// must still find every expression that goes on past the word.
TEST(Times, CandidatesFilteredByTheNextPiece) {
  const Row rows[] = {
      {kThu, "He served two straight years in office.", "two straight years", "duration", "P2Y"},
      {kThu, "One of them left twenty-five years ago.", "twenty-five years ago", "date", "2001"},
      {kThu, "It rained last night in Paris.", "last night", "time", "2026-01-07TNI"},
      {kThu, "We plan for the long term.", "the long term", "date", "FUTURE_REF"},
      {kThu, "We plan for the short and long term.", "the short and long term", "date",
       "FUTURE_REF"},
      {kThu, "We will meet on New Year's Day again.", "New Year's Day", "date", "2027-01-01"},
      {kThu, "We meet each Monday at noon.", "each Monday", "set", "XXXX-WXX-1"},
      {kThu, "The meeting starts at 5 pm sharp.", "5 pm", "time", "2026-01-08T17:00"},
      {kThu, "We met on the 8 of January in Paris.", "8 of January", "date", "2026-01-08"},
      {kThu, "We celebrate the 12th day of June 2024.", "12th day of June 2024", "date",
       "2024-06-12"},
      {kThu, "The score was 2 of 3 and then 12 days passed.", "12 days", "duration", "P12D"},
  };
  for (const Row& r : rows) check(r);
  const char* none[] = {"One of them left.", "It was a narrow 1\xE2\x80\x93" "0 win.",
                        "Growth was 2.35 per cent.", "The ratio was 3.15 overall.",
                        "Time to go to New York.", "Each other matters.", "In the morning."};
  for (const char* t : none) {
    std::string text(kPrefix);
    text += t;
    Analysis a = analyze_text(text, kThu);
    EXPECT_TRUE(a.times.empty()) << t << "\n  found: " << dump(a);
  }
}

// A candidate that is one ASCII word or number skips building its own piece before the
// candidate filter reads the next one; a token that a window would split or continue
// (a letter after it, a curly apostrophe, digits glued to letters) takes the long way.
// Both must find what a full window finds.
TEST(Times, CandidateTokenAsItsOwnPiece) {
  std::string text(kPrefix);
  text +=
      "We met two years\xC3\x97 ago. They left 12 days\xE2\x80\x99 walk away. The talks "
      "ran for days\xC3\x97" "3 then. We met last night. It ran for 3 weeks. It took 5pm to "
      "6pm. In 2 of 3 cases. Since 8 of January we waited. It rained last night in Paris. "
      "Three decades\xC3\xA9 later it changed. The wait was 10 years";
  Analysis a = analyze_text(text, kThu);
  EXPECT_EQ(dump(a),
            "[12 days|duration|P12D] [last night|time|2026-01-07TNI] [3 weeks|duration|P3W] "
            "[5pm|time|2026-01-07T17:00] [6pm|time|2026-01-07T18:00] "
            "[8 of January|date|2026-01-08] [last night|time|2026-01-07TNI] "
            "[10 years|duration|P10Y] ");
}

// A word that only phrase() begins (and, for a singular unit, "-long"), at the scan's
// start, is skipped unless the piece after it is a phrase's next word or a hyphen; each
// sentence below starts a scan at such a word, and must find what a full window finds.
TEST(Times, PhraseStartWordsAtTheScanStart) {
  std::string text(kPrefix);
  text +=
      "Day after tomorrow we meet. Day by day it grew. Day 1 was hard. D-Day came. Any day "
      "now it comes. Day one we act. Long ago we met. Long term we will grow. Long-term "
      "plans matter. Long may it last. Going forward we act. Good Friday is near. Month "
      "after month it rained. Week 3 began. Day-long talks ended. St Patrick's Day came. "
      "New Year's Day came. New York waits. Quarter by quarter it grew.";
  Analysis a = analyze_text(text, kThu);
  EXPECT_EQ(dump(a),
            "[tomorrow|date|2026-01-09] [Day by day|set|P1D] [now|date|PRESENT_REF] "
            "[Long ago|date|PAST_REF] [Going forward|date|FUTURE_REF] "
            "[Good Friday|date|2026-04-03] [Month after month|set|P1M] [Day-long|duration|P1D] "
            "[St Patrick's Day|date|2025-03-17] [New Year's Day|date|2026-01-01] ");
}

// A decimal or a number with a thousands separator at the scan's start is skipped unless
// the piece after it may go on with its last part ("1.5 or 6 June", "1.1 entire year",
// "1.5 of this month" find a time at that part) or with the whole ("3,412 days").
TEST(Times, DecimalsAtTheScanStart) {
  std::string text(kPrefix);
  text +=
      "1.5 years passed. 3,412 days passed. 1.5 billion went. 3,412 homes sit low. 1.5 or 6 "
      "June we met. 1.1 entire year passed. 1.5 of this month came. 2.5 per cent grew. 1.5-2 "
      "years passed. 1.5 to 2 years passed. 1,000 BC was long ago. 1.5 and a half years. 1.5 "
      "straight years. 100.5 GW came. 1.2 metres high. 1.5.30pm came.";
  Analysis a = analyze_text(text, kThu);
  EXPECT_EQ(dump(a),
            "[5 years|duration|P5Y] [3,412 days|duration|P3412D] [5|date|2025-06-05] "
            "[6 June|date|2025-06-06] [1 entire year|duration|P1Y] "
            "[5 of this month|date|2026-01-05] [2 years|duration|P2Y] [2 years|duration|P2Y] "
            "[000 BC|date|BC0000] [long ago|date|PAST_REF] "
            "[5 and a half years|duration|P5Y6M] [5 straight years|duration|P5Y] "
            "[5.30pm|time|2026-01-08T17:30] ");
}

// The scan rejects most words on a hash of their bytes before any look-up; every month
// and weekday of the lexicon must pass it in any case, at any length (words of 8 bytes and
// more hash differently) and as the text's last bytes (no 8-byte read there).
TEST(Times, CalendarWordsInAnyCasePassTheScan) {
  int checked = 0;
  data::for_each_tsv_row(data::get("lexicon/time_calendar.tsv"),
                         [&](std::span<const std::string_view> f, int) {
    if (f.size() < 3 || (f[1] != "month" && f[1] != "weekday")) return;
    std::string capital(f[0]), upper(f[0]);
    capital[0] = static_cast<char>(capital[0] - 32);
    for (char& c : upper) c = static_cast<char>(c - 32);
    for (const std::string& w : {capital, upper}) {
      const std::string tail = f[1] == "month" ? " 26" : "";  // "May" alone is no date
      for (const std::string& sentence : {"We met on " + w + " 2026 there.", "We met on " + w + tail}) {
        std::string text(kPrefix);
        text += sentence;
        Analysis a = analyze_text(text, kThu);
        bool found = false;
        for (const TimeExpr& t : a.times)
          if (slice(a.doc.text, t.span).substr(0, w.size()) == w) found = true;
        EXPECT_TRUE(found) << sentence << "\n  found: " << dump(a);
        ++checked;
      }
    }
  });
  EXPECT_EQ(checked, 19 * 4);
}

TEST(Times, UnanchoredValuesAndOneDiagnostic) {
  std::string text(kPrefix);
  text += "I will talk to you tonight. We meet in December and again at Christmas. ";
  text += "We met yesterday, in 2020.";
  Analysis a = analyze_text(text);
  std::vector<std::string> values;
  for (const TimeExpr& t : a.times) values.push_back(t.value);
  EXPECT_EQ(values, (std::vector<std::string>{"XXXX-XX-XXTNI", "XXXX-12", "XXXX-12-25",
                                              "XXXX-XX-XX", "2020"}));
  int diagnostics = 0;
  for (const Diagnostic& d : a.diagnostics) {
    if (d.code != "unanchored-time") continue;
    ++diagnostics;
    EXPECT_EQ(d.severity, Severity::kWarning);
    ASSERT_TRUE(d.span.has_value());
    EXPECT_EQ(slice(a.doc.text, *d.span), "tonight");
  }
  EXPECT_EQ(diagnostics, 1);
}

TEST(Times, AnchoredDocumentHasNoDiagnostic) {
  Analysis a = analyze_text(std::string(kPrefix) + "We met yesterday.", kThu);
  for (const Diagnostic& d : a.diagnostics) EXPECT_NE(d.code, "unanchored-time");
}

TEST(Times, PossessiveEndsTheExtent) {
  Analysis a = analyze_text(std::string(kPrefix) + "Today’s joint declaration set that out.", kThu);
  ASSERT_FALSE(a.times.empty());
  EXPECT_EQ(slice(a.doc.text, a.times[0].span), "Today");
  EXPECT_EQ(a.times[0].value, "2026-01-08");
}

TEST(Times, RangesInsideOneToken) {
  Analysis a = analyze_text(std::string(kPrefix) + "It took place on 31 May-1 June 1916 at sea.",
                            kThu);
  std::vector<std::string> got;
  for (const TimeExpr& t : a.times) got.push_back(std::string(slice(a.doc.text, t.span)));
  ASSERT_EQ(got.size(), 2u) << dump(a);
  EXPECT_EQ(got[1], "1 June 1916");
  EXPECT_EQ(a.times[1].value, "1916-06-01");
}

// Every time of a sentence as "extent|value", in text order.
std::vector<std::string> extents_and_values(const char* sentence, Date anchor) {
  Analysis a = analyze_text(std::string(kPrefix) + sentence, anchor);
  std::vector<std::string> got;
  for (const TimeExpr& t : a.times) got.push_back(std::string(slice(a.doc.text, t.span)) + "|" + t.value);
  return got;
}

using Times_ = std::vector<std::string>;

TEST(Times, RangesOfYearsAreTwoTimes) {
  EXPECT_EQ(extents_and_values("Eastern Theater 1861-1863 was hard.", kThu),
            (Times_{"1861|1861", "1863|1863"}));
  EXPECT_EQ(extents_and_values("Throughout 1915-17, the losses grew.", kThu),
            (Times_{"1915|1915", "17|1917"}));
  // Beside a word of a financial year, two consecutive years are one (see
  // FinancialYears).
  EXPECT_EQ(extents_and_values("The 2024\xE2\x80\x93"
                               "25 budget passed.",
                               kThu),
            (Times_{"2024\xE2\x80\x93"
                    "25|2025"}));
  // So after a preposition ("the Budget for 2024-25"), and in a range of two of them.
  EXPECT_EQ(extents_and_values("I present the Budget for 2024-25 today.", kThu),
            (Times_{"2024-25|2025", "today|2026-01-08"}));
  EXPECT_EQ(extents_and_values("Budget 2024-2025 is here.", kThu), (Times_{"2024-2025|2025"}));
  EXPECT_EQ(extents_and_values("Spending fell between 2015-16 and 2021-22.", kThu),
            (Times_{"2015-16|2016", "2021-22|2022"}));
  EXPECT_EQ(extents_and_values("Between 2006-07 the war went on.", kThu),
            (Times_{"2006|2006", "07|2007"}));
  EXPECT_EQ(extents_and_values("After the Siege of Kut (1915-16), they reorganised.", kThu),
            (Times_{"1915|1915", "16|1916"}));
  // Not ranges: a year and month, counts, money, a longer number.
  EXPECT_EQ(extents_and_values("The file 2026-01 was lost.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("They sent 1500-2000 troops.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("It cost $1500-1900 then.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("Call 1999-2005-17 for help.", kThu), Times_{});
}

// One pair of consecutive years named a financial year makes every such pair in the
// document one (Indian and South African budget speeches write "2017-18" bare after
// "the Budget for 2018-19"); a singular "year" beside the pair names one year.
TEST(Times, FinancialYearsOnePerDocument) {
  EXPECT_EQ(extents_and_values("I present the Budget for 2018-19. Exports grew 15% in 2017-18. "
                               "Spending rose from RE 2017-18 to BE 2018-19.",
                               kThu),
            (Times_{"2018-19|2019", "2017-18|2018", "2017-18|2018", "2018-19|2019"}));
  EXPECT_EQ(extents_and_values("Debt fell from 33% at the end of 2004-05. Let me turn to the tax "
                               "proposals for the 2006-07 year.",
                               kThu),
            (Times_{"the end of 2004-05|2005", "2006-07|2007"}));
  EXPECT_EQ(extents_and_values("It rises to 11 crore for the year 2018-19.", kThu),
            (Times_{"the year 2018-19|2019"}));
  // Before the cue too, with an en dash.
  EXPECT_EQ(extents_and_values("Costs fell in 2005\xE2\x80\x93"
                               "06. The 2006-07 year is better.",
                               kThu),
            (Times_{"2005\xE2\x80\x93"
                    "06|2006",
                    "2006-07|2007"}));
  // Without one, a history's pairs stay two years each; so do pairs not consecutive.
  EXPECT_EQ(extents_and_values("Life improved in 2007-08. The battle of 2006-07 was worse.", kThu),
            (Times_{"2007|2007", "08|2008", "2006|2006", "07|2007"}));
  EXPECT_EQ(
      extents_and_values("The Budget for 2018-19 is here. The war of 1915-17 was long.", kThu),
      (Times_{"2018-19|2019", "1915|1915", "17|1917"}));
}

// Vague references from unseen speeches: bare plurals before "ago", "from now on",
// "very soon", "the period ahead", "decades of"; and their near misses.
TEST(Times, VagueReferencesWithoutACount) {
  const Row rows[] = {
      {kThu, "I remind you, just as I did weeks ago, of it.", "weeks ago", "date", "PAST_REF"},
      {kThu, "Months ago we met.", "Months ago", "date", "PAST_REF"},
      {kThu, "Some years ago we met.", "Some years ago", "date", "PAST_REF"},
      {kThu, "Ten years ago we met.", "Ten years ago", "date", "2016"},
      {kThu, "It was piled on by decades of political accommodation.", "decades", "duration",
       "PXDE"},
      {kThu, "From now on, the Commission will publish them.", "From now on", "date", "FUTURE_REF"},
      {kThu, "It is going to be tough love from hereon.", "from hereon", "date", "FUTURE_REF"},
      {kThu, "The rate will hereafter be reduced.", "hereafter", "date", "FUTURE_REF"},
      {kThu, "India is expected to be the third largest economy very soon.", "very soon", "date",
       "FUTURE_REF"},
      {kThu, "Growth will improve over the period ahead.", "the period ahead", "date",
       "FUTURE_REF"},
      {kThu, "For the MTEF period ahead, plans are set out.", "period ahead", "date", "FUTURE_REF"},
      // A year after a financial-year word, in a name too.
      {kThu, "Budget 2012 marks a step up.", "2012", "date", "2012"},
      {kThu, "We raised the levies in Budget 2010.", "2010", "date", "2010"},
  };
  for (const Row& r : rows) check(r);
  // Not: a history's "henceforth", a text's own "Hereafter", "ahead of" as a preposition,
  // "years of" after a word other than a preposition of time, "so far" (the TimeML sets
  // tag none of their 17), a year in a name.
  EXPECT_EQ(extents_and_values("He would henceforth act as an advisor.", kThu), Times_{});
  // A half's count before "ago" is left alone, and its "years ago" is no vague past.
  EXPECT_EQ(extents_and_values("About five and a half years ago we met.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("Hereafter, they will be referred to as the Allies.", kThu),
            Times_{});
  EXPECT_EQ(extents_and_values("In the months ahead of the vote we talked.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("It was damaged by years of conflict.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("So far we have done well.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("The Terrorism Act 2000 stands.", kThu), Times_{});
}

// Grammar::phrase() skips a phrase whose second word differs in length or first byte
// from the next piece ("the" starts 34 phrases): phrases that share their first word are
// each still found, with a punctuation mark among their words, and a one-word phrase
// beside them.
TEST(Times, PhrasesThatShareTheirFirstWord) {
  const Row rows[] = {
      {kThu, "We met the day before yesterday.", "the day before yesterday", "date", "2026-01-06"},
      {kThu, "We will meet the day after tomorrow.", "the day after tomorrow", "date",
       "2026-01-10"},
      {kThu, "In the long term we will grow.", "the long term", "date", "FUTURE_REF"},
      {kThu, "We will grow in the long-term.", "the long-term", "date", "FUTURE_REF"},
      {kThu, "We will act in the short and long term.", "the short and long term", "date",
       "FUTURE_REF"},
      {kThu, "We will do it in the near future.", "the near future", "date", "FUTURE_REF"},
      {kThu, "For the time being we wait.", "the time being", "date", "PRESENT_REF"},
      {kThu, "We will meet tomorrow.", "tomorrow", "date", "2026-01-09"},
  };
  for (const Row& r : rows) check(r);
}

// A financial year is the calendar year that names it (TimeBank: "fiscal 1989" is 1989);
// one that straddles two calendar years is named by the year it ends in ("FY15" for
// 2014-15).
TEST(Times, FinancialYears) {
  const Date oct89{1989, 10, 30};
  const Row rows[] = {
      {oct89, "Sales rose above fiscal 1989 sales.", "fiscal 1989", "date", "1989"},
      {oct89, "It expects to post a profit in the current fiscal year.", "the current fiscal year",
       "date", "1989"},
      {oct89, "Profit rose in the fiscal first quarter.", "the fiscal first quarter", "date",
       "1989-Q1"},
      {oct89, "The current quarter will be weak.", "The current quarter", "date", "1989-Q4"},
      {oct89, "It lost money last financial year.", "last financial year", "date", "1988"},
      {oct89, "Revenue in the 1988 quarter fell.", "1988", "date", "1988"},
      {kThu, "The policy covers Financial Year 2020.", "Financial Year 2020", "date", "2020"},
      {kThu, "The policy covers FY 2021.", "FY 2021", "date", "2021"},
      {kThu, "I will grant a rebate for Year of Assessment 2020.", "2020", "date", "2020"},
      {kThu, "We will run a surplus in 2014/15.", "2014/15", "date", "2015"},
      // FY glued to its year: one word.
      {kThu, "Households will receive up to $950 in FY2024.", "FY2024", "date", "2024"},
      {kThu, "Households will receive rebates in FY24.", "FY24", "date", "2024"},
      {kThu, "The plan covers fy2023 and more.", "fy2023", "date", "2023"},
      {kThu, "We will run a surplus in FY2024-25.", "FY2024-25", "date", "2025"},
      {kThu, "We will run a surplus in FY2014/15.", "FY2014/15", "date", "2015"},
      {kThu, "We will run a surplus in fiscal 2014-15.", "fiscal 2014-15", "date", "2015"},
      {kThu, "Spending rose in the 2019/2020 year.", "2019/2020", "date", "2020"},
      // Spoken budgets write two digits after an apostrophe, or after FY alone.
      {kThu, "Revenues grew from FY '11 to FY '14.", "FY '11", "date", "2011"},
      {kThu, "Revenues grew from FY '11 to FY '14.", "FY '14", "date", "2014"},
      {kThu, "We reduced the FY '15 budget.", "the FY '15", "date", "2015"},
      {kThu, "It peaked at $59 million in fiscal '12.", "fiscal '12", "date", "2012"},
      {kThu, "It was set in the fiscal year '12.", "the fiscal year '12", "date", "2012"},
      {kThu, "The FY 15 budget is balanced.", "FY 15", "date", "2015"},
      {kThu, "The forecast for '16 was higher.", "'16", "date", "2016"},
      // A financial-year word after it makes it a year whatever precedes it.
      {kThu, "They were carried into our '16 budget.", "'16", "date", "2016"},
      {kThu, "My F '16 budget makes a start.", "'16", "date", "2016"},
      {kThu, "Revenue will grow in this budget year.", "this budget year", "date", "2026"},
      {kThu, "Revenue fell in the last budget year.", "the last budget year", "date", "2025"},
  };
  for (const Row& r : rows) check(r);
  // Other words glued to digits are no financial years.
  EXPECT_EQ(extents_and_values("The FY2 team met the FY123 and FYI2024 units.", kThu), Times_{});
  // "the budget year" alone may be any; a quote after a word is no year ("'n' roll").
  EXPECT_EQ(extents_and_values("The budget year is long. Our '16 plays were good.", kThu),
            Times_{});
  // The dates after "the Financial Year" say which.
  EXPECT_EQ(extents_and_values("It covers the Financial Year 1 April 2020 to 31 March 2021.", kThu),
            (Times_{"1 April 2020|2020-04-01", "31 March 2021|2021-03-31"}));
}

// A unit repeated after "after", "by", "on" or "over" is a set of such units; "a year"
// inside "a year-on-year growth" is no duration.
TEST(Times, RepeatedUnitsAreSets) {
  const Row rows[] = {
      {kThu, "We would have to raise revenue year after year after year.",
       "year after year after year", "set", "P1Y"},
      {kThu, "Costs rose year after year.", "year after year", "set", "P1Y"},
      {kThu, "We will make enhancements year by year, as we have.", "year by year", "set", "P1Y"},
      {kThu, "It is a year-on-year growth of eight per cent.", "year-on-year", "set", "P1Y"},
      {kThu, "We want year-over-year reductions.", "year-over-year", "set", "P1Y"},
      {kThu, "Prices rose 5% year on year.", "year on year", "set", "P1Y"},
      {kThu, "Sales rose 3% quarter-on-quarter.", "quarter-on-quarter", "set", "P3M"},
      {kThu, "Month-on-month sales rose.", "Month-on-month", "set", "P1M"},
      {kThu, "Day after day they came.", "Day after day", "set", "P1D"},
      {kThu, "It improves day by day.", "day by day", "set", "P1D"},
  };
  for (const Row& r : rows) check(r);
  EXPECT_EQ(extents_and_values("It is a year-on-year growth.", kThu), (Times_{"year-on-year|P1Y"}));
  // Not: a routine, a unit before other words.
  EXPECT_EQ(extents_and_values("The day-to-day work is the worst on record.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("He spent a year on the project.", kThu), (Times_{"a year|P1Y"}));
}

// "this" + "time" or "moment" with an adjective between, an of-phrase or a verb of the
// present after: the present occasion (TimeBank: "at this crucial moment" PRESENT_REF).
TEST(Times, ThePresentOccasion) {
  const Row rows[] = {
      {kThu, "We stand with you during this difficult time.", "this difficult time", "date",
       "PRESENT_REF"},
      {kThu, "At this crucial moment we act.", "this crucial moment", "date", "PRESENT_REF"},
      {kThu, "It happens at this very moment.", "this very moment", "date", "PRESENT_REF"},
      {kThu, "We meet in this time of escalated armed conflicts.", "this time", "date",
       "PRESENT_REF"},
      {kThu, "We need the effective global action that this moment demands.", "this moment", "date",
       "PRESENT_REF"},
      {kThu, "This time is different.", "This time", "date", "PRESENT_REF"},
      {kThu, "We stand at this moment in history.", "this moment", "date", "PRESENT_REF"},
  };
  for (const Row& r : rows) check(r);
  // Not: an occasion among others, a season's time, "at this time", a verb between, a
  // count or an ordinal between.
  EXPECT_EQ(extents_and_values("This time we will win. It is cold at this time of year.", kThu),
            Times_{});
  EXPECT_EQ(extents_and_values("At this time, we act. This is time to act.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("We tried this one time and this second time.", kThu), Times_{});
}

// The near misses of the adjectives in NotTimes ("the present and future generations",
// "this August body") stay times.
TEST(Times, AdjectivesNearMisses) {
  EXPECT_EQ(extents_and_values("The present and the future are linked.", kThu),
            (Times_{"The present|PRESENT_REF", "the future|FUTURE_REF"}));
  EXPECT_EQ(extents_and_values("The past and present are linked.", kThu),
            (Times_{"The past|PAST_REF"}));
  EXPECT_EQ(extents_and_values("This August we will act.", kThu), (Times_{"This August|2026-08"}));
  EXPECT_EQ(extents_and_values("In August the body met.", kThu), (Times_{"August|2025-08"}));
}

// A count word's number repeated in brackets, as legal and official texts write it.
TEST(Times, CountRepeatedInBrackets) {
  const Row rows[] = {
      {kThu, "We have six (6) years before the deadline.", "six (6) years", "duration", "P6Y"},
      {kThu, "Pay within ninety (90) days.", "ninety (90) days", "duration", "P90D"},
      {kThu, "It began two (2) weeks ago.", "two (2) weeks ago", "date", "2025-W52"},
  };
  for (const Row& r : rows) check(r);
  // A different number in brackets is no repetition.
  EXPECT_EQ(extents_and_values("We have six (7) years. Six (6) of them came.", kThu), Times_{});
}

TEST(Times, RangesOfDaysAndMonthsTakeTheSharedYear) {
  EXPECT_EQ(extents_and_values("In the Battle of Kapyong (22-25 April 1951) they held.", kThu),
            (Times_{"22|1951-04-22", "25 April 1951|1951-04-25"}));
  EXPECT_EQ(extents_and_values("The battle (August-September 1950) was won.", kThu),
            (Times_{"August|1950-08", "September 1950|1950-09"}));
  // Without a year the month range decides nothing: "May" alone needs a temporal word.
  EXPECT_EQ(extents_and_values("It was a May-December romance.", kThu),
            (Times_{"December|2025-12"}));
  EXPECT_EQ(extents_and_values("Losses between March and April 1918 were heavy.", kThu),
            (Times_{"March|1918-03", "April 1918|1918-04"}));
  EXPECT_EQ(extents_and_values("Output fell between April and June.", kThu),
            (Times_{"April|2025-04", "June|2025-06"}));
}

TEST(Times, PartOfAGivenDay) {
  const Row rows[] = {
      {kThu, "The ship sank on the night of 14 April 1912.", "the night of 14 April 1912", "time",
       "1912-04-14TNI"},
      {kThu, "On the morning of 7 October they attacked.", "the morning of 7 October", "time",
       "2025-10-07TMO"},
  };
  for (const Row& r : rows) check(r);
  EXPECT_EQ(extents_and_values("The night of the election was long.", kThu), Times_{});
}

// Forms read in unseen speeches (2026-12-02 reviews).
TEST(Times, FormsOfSpeeches) {
  const Date oct11{2011, 10, 31};
  const Row rows[] = {
      {oct11, "Economic activity is rising, and we expect growth going forward.", "going forward",
       "date", "FUTURE_REF"},
      {oct11, "Going forward, we will cut taxes.", "Going forward", "date", "FUTURE_REF"},
      {oct11, "What does the future hold?", "the future", "date", "FUTURE_REF"},
      {oct11, "NEA will provide a full month of rental waiver.", "a full month", "duration", "P1M"},
      {oct11, "It will take a whole year.", "a whole year", "duration", "P1Y"},
      {oct11, "In 2022 1.5 million Kiwis did not visit a dentist.", "2022", "date", "2022"},
      {oct11, "They teach for seven hours a day.", "a day", "set", "P1D"},
      {oct11, "After a year of talks we agreed.", "a year", "duration", "P1Y"},
      {oct11, "It has been a decade of success.", "a decade", "duration", "P10Y"},
  };
  for (const Row& r : rows) check(r);
  EXPECT_EQ(extents_and_values("They fear a second Labour term.", oct11), Times_{});
  EXPECT_EQ(extents_and_values("We know what a second Trump term would look like.", oct11),
            Times_{});
  EXPECT_EQ(extents_and_values("We are going forward with the plan.", oct11), Times_{});
  EXPECT_EQ(extents_and_values("This year, 2010, shall be a year of action.", oct11),
            (Times_{"This year|2011", "2010|2010"}));
}

// Words that point a date without a year ahead of a past or present clause.
TEST(Times, CuesThatLookAhead) {
  const Date mon{2000, 4, 3};  // a Monday
  const Row rows[] = {
      {mon, "The group might come to the U.S. as soon as Tuesday.", "Tuesday", "date",
       "2000-04-04"},
      {Date{2000, 3, 31}, "The exchange is to resume trading in Paris Tuesday.", "Tuesday", "date",
       "2000-04-04"},
  };
  for (const Row& r : rows) check(r);
}

// A clock time, its zone and the day after it are one time: "until 5 p.m. EST, Nov. 9".
TEST(Times, ClockTimeZoneAndDay) {
  const Date nov89{1989, 11, 2};  // a Thursday
  const Row rows[] = {
      {nov89, "The offer was extended until 5 p.m. EST Nov. 9.", "5 p.m. EST Nov. 9", "time",
       "1989-11-09T17:00"},
      {nov89, "The offer expires at 5 p.m. EST, Nov. 6, 1990.", "5 p.m. EST, Nov. 6, 1990", "time",
       "1990-11-06T17:00"},
      {nov89, "The market opened at 9 a.m. EST Tuesday.", "9 a.m. EST Tuesday", "time",
       "1989-10-31T09:00"},
      {Date{2009, 6, 4}, "It filed at 16:15 UTC, June 1st.", "16:15 UTC, June 1st", "time",
       "2009-06-01T16:15Z"},
  };
  for (const Row& r : rows) check(r);
}

TEST(Times, ThisDayInAHistoryIsTheDayJustTold) {
  // A narrative (its years far from the document date): "this day" and the clock time
  // after "the night of ..." stay on the story's day, and so do the dates after them.
  EXPECT_EQ(extents_and_values("The war of 1914 went on into 1917. The offensive began on 8 "
                               "August 1918; on this day the line broke. By 10 August it was over.",
                               kThu),
            (Times_{"1914|1914", "1917|1917", "8 August 1918|1918-08-08", "this day|1918-08-08",
                    "10 August|1918-08-10"}));
  EXPECT_EQ(extents_and_values("The war grew from 1963 into 1964. They attacked on the night of "
                               "30 January 1965 at 3:00 a.m. and again on 6 February.",
                               kThu),
            (Times_{"1963|1963", "1964|1964", "the night of 30 January 1965|1965-01-30TNI",
                    "3:00 a.m.|1965-01-30T03:00", "6 February|1965-02-06"}));
  // In a speech it is today.
  EXPECT_EQ(extents_and_values("On this day we remember them.", kThu),
            (Times_{"this day|2026-01-08"}));
  // "The next year" follows the year just told; "over the next year" is a duration.
  EXPECT_EQ(extents_and_values("The war began in 1776 after the riots of 1770 and 1773. The next "
                               "year the army marched.",
                               kThu),
            (Times_{"1776|1776", "1770|1770", "1773|1773", "The next year|1774"}));
  EXPECT_EQ(extents_and_values("The next year will be hard; over the next year we will build.", kThu),
            (Times_{"The next year|2027", "the next year|P1Y"}));
}

// Years ahead of the speech (targets, "by 2030") make no narrative: "the year" after "last
// year" and a closing clock time stay on the speech's own date (a UN address naming 2027,
// 2030 and 2035 beside 2015 resolved them against "last year" and "tomorrow").
TEST(Times, YearsAheadMakeNoNarrative) {
  const Date sep{2023, 9, 19};
  EXPECT_EQ(extents_and_values("We will reach it by 2027, by 2030 and by 2035, as we agreed in "
                               "2015. Last year we met. We will make progress in the year.",
                               sep),
            (Times_{"2027|2027", "2030|2030", "2035|2035", "2015|2015", "Last year|2022",
                    "the year|2023"}));
  EXPECT_EQ(extents_and_values("We will act by 2027 and by 2030, as in 2015. We will meet "
                               "tomorrow. We go on. We act. We end. 10:44 A.M. EDT",
                               sep),
            (Times_{"2027|2027", "2030|2030", "2015|2015", "tomorrow|2023-09-20",
                    "10:44 A.M. EDT|2023-09-19T10:44"}));
  // A history (years long before the document) still tells its own days.
  EXPECT_EQ(extents_and_values("The war of 1914 went on into 1916 and 1917. It ended on 11 "
                               "November 1918. The next day at 10:44 a.m. they left.",
                               sep),
            (Times_{"1914|1914", "1916|1916", "1917|1917", "11 November 1918|1918-11-11",
                    "The next day|1918-11-12", "10:44 a.m.|1918-11-12T10:44"}));
}

TEST(Times, MonthWithARelativeYear) {
  const Row rows[] = {
      {kThu, "We will decide in March next year.", "March next year", "date", "2027-03"},
      {kThu, "Letters go out after October of next year.", "October of next year", "date",
       "2027-10"},
      {kThu, "It fell in April last year.", "April last year", "date", "2025-04"},
      {kThu, "We met in December this year.", "December this year", "date", "2026-12"},
  };
  for (const Row& r : rows) check(r);
}

TEST(Times, TheDayJustTold) {
  // Market and working days: "ended the day", "later in the day" are the day just told.
  EXPECT_EQ(extents_and_values("On Monday the index fell 3% to end the day at 7,114; it had "
                               "risen before declining later in the day.",
                               kThu),
            (Times_{"Monday|2026-01-05", "the day|2026-01-05", "later in the day|2026-01-05"}));
  // "The day will come", "the day of the vote": no day told.
  EXPECT_EQ(extents_and_values("The day will come when we close the day of the vote.", kThu),
            Times_{});
}

// "N years later" counts from a date the text told, never from the speech's own day
// ("Today, 25 years later" after "in 1999"); "this day, N years ago" is one day; "the
// start of the year" after a year named in its sentence is that year's.
TEST(Times, AnchorsNamedInTheText) {
  EXPECT_EQ(extents_and_values("The nation exited military rule in 1999. This change stands. "
                               "Today, 25 years later, we celebrate.",
                               kThu),
            (Times_{"1999|1999", "Today|2026-01-08", "25 years later|2024"}));
  // With no date told, it stays unresolved.
  EXPECT_EQ(extents_and_values("Today, 25 years later, we celebrate.", kThu),
            (Times_{"Today|2026-01-08", "25 years later|XXXX"}));
  EXPECT_EQ(extents_and_values("On this day, 31 years ago, we entered our rites.", kThu),
            (Times_{"this day, 31 years ago|1995-01-08"}));
  EXPECT_EQ(extents_and_values("On this day three years ago we met.", kThu),
            (Times_{"this day three years ago|2023-01-08"}));
  EXPECT_EQ(extents_and_values("On this day, 31 years later, we met.", kThu),
            (Times_{"this day|2026-01-08", "31 years later|XXXX"}));
  EXPECT_EQ(extents_and_values("Our economy grew by 4.9% in 2011, within the range we had "
                               "expected at the start of the year.",
                               kThu),
            (Times_{"2011|2011", "the start of the year|2011"}));
  // Not in the next sentence, nor after a month ("last month", said in January, is last
  // year's).
  EXPECT_EQ(extents_and_values("Our economy grew in 2011. We had expected it at the start of "
                               "the year.",
                               kThu),
            (Times_{"2011|2011", "the start of the year|2026"}));
  EXPECT_EQ(extents_and_values("Sales rose last month and will rise by the end of the year.", kThu),
            (Times_{"last month|2025-12", "the end of the year|2026"}));
  // Nor after a season ("the winter months" is no year named).
  EXPECT_EQ(extents_and_values("Why do people die in the winter months compared to the rest of "
                               "the year?",
                               kThu),
            (Times_{"winter|2025-WI", "the rest of the year|2026"}));
  // "that day" may be the speech's own ("Today we agreed, and later that day we left").
  EXPECT_EQ(
      extents_and_values("On Monday we met. Today we agreed, and later that day we left.", kThu),
      (Times_{"Monday|2026-01-05", "Today|2026-01-08", "later that day|2026-01-08"}));
}

// Types from a budget speech: "later in the next year" is a date; an age ("Taxpayers
// 65 years and older") and a tax term ("years of assessment") are no times.
TEST(Times, AgesAndTermsAreNoTimes) {
  EXPECT_EQ(extents_and_values("It will extend to small businesses later in the next year.", kThu),
            (Times_{"later in the next year|2027"}));
  EXPECT_EQ(extents_and_values("Taxpayers 65 years and older will enjoy a deduction.", kThu),
            Times_{});
  EXPECT_EQ(extents_and_values("Persons aged 60 years or over are exempt.", kThu), Times_{});
  EXPECT_EQ(
      extents_and_values("Taxes will be waived for years of assessment ending in 2004.", kThu),
      (Times_{"2004|2004"}));
  // "the last year of the last mandate": a year the text does not say, a date.
  EXPECT_EQ(extents_and_values("In the last year of the last mandate we acted.", kThu),
            (Times_{"the last year|XXXX"}));
  EXPECT_EQ(extents_and_values("Over the last year of talks we grew.", kThu),
            (Times_{"the last year|P1Y"}));
  // Near misses: "over the next year" and "for years" stay durations; a span of years
  // before "and" is no age ("for 65 years and more").
  EXPECT_EQ(extents_and_values("We will grow over the next year.", kThu),
            (Times_{"the next year|P1Y"}));
  EXPECT_EQ(extents_and_values("We waited for years of war to end.", kThu), (Times_{"years|PXY"}));
  EXPECT_EQ(extents_and_values("It lasted 65 years and more.", kThu), (Times_{"65 years|P65Y"}));
}

// A half joins its count: "three and a half years", "a year and a half".
TEST(Times, HalvesAfterACountOrAUnit) {
  const Row rows[] = {
      {kThu, "Over the past three and a half years we grew.", "the past three and a half years",
       "duration", "P3Y6M"},
      {kThu, "It took three and a half years.", "three and a half years", "duration", "P3Y6M"},
      {kThu, "In the year and a half that followed, we acted.", "the year and a half", "duration",
       "P1Y6M"},
      {kThu, "It took two and a half weeks.", "two and a half weeks", "duration", "P2.5W"},
      {kThu, "The talks lasted an hour and a half.", "an hour and a half", "duration", "PT1H30M"},
      {kThu, "I want you to imagine the year 2030.", "the year 2030", "date", "2030"},
  };
  for (const Row& r : rows) check(r);
}

// A season with no determiner names a time before a clause or a verb, not before a noun.
TEST(Times, BareSeasons) {
  const Row rows[] = {
      {kThu, "In winter we act.", "winter", "date", "2025-WI"},
      {kThu, "We plant in winter and in spring.", "winter", "date", "2025-WI"},
  };
  for (const Row& r : rows) check(r);
  Analysis a = analyze_text(std::string(kPrefix) + "We pay for winter fuel.", kThu);
  EXPECT_TRUE(a.times.empty()) << dump(a);
  // A capital inside a vague time is a name's: "the Pact for the Future".
  a = analyze_text(std::string(kPrefix) + "We adopted the Pact for the Future.", kThu);
  EXPECT_TRUE(a.times.empty()) << dump(a);
}

TEST(Times, VagueSpansOfTime) {
  const Row rows[] = {
      {kThu, "Prospects in the near term appear good.", "the near term", "date", "FUTURE_REF"},
      {kThu, "Over the years we built a fleet.", "the years", "duration", "PXY"},
      {kThu, "In the months ahead we will work.", "the months ahead", "date", "FUTURE_REF"},
      {kThu, "In the weeks and months ahead we will act.", "the weeks and months ahead", "date",
       "FUTURE_REF"},
      {kThu, "In the coming weeks and months we will act.", "the coming weeks and months", "date",
       "FUTURE_REF"},
      {kThu, "It will shape the years to come.", "the years to come", "date", "FUTURE_REF"},
      // An adjective before the units: "the critical weeks ahead".
      {kThu, "We will unite in the critical weeks ahead.", "the critical weeks ahead", "date",
       "FUTURE_REF"},
      // A unit before "-long": a stretch of it.
      {kThu, "It ended Israel's decades-long impunity.", "decades-long", "duration", "PXY"},
      {kThu, "The city survived a months-long siege.", "months-long", "duration", "PXM"},
      {kThu, "We urge the lifting of the 60-years-long embargo.", "60-years-long", "duration",
       "P60Y"},
      {kThu, "It was a 30-year-long war.", "30-year-long", "duration", "P30Y"},
      {kThu, "It will shape the difficult months and years to come.",
       "the difficult months and years to come", "date", "FUTURE_REF"},
      {kThu, "In years to come, we will act.", "years to come", "date", "FUTURE_REF"},
      {kThu, "For decades to come we will lead.", "decades to come", "date", "FUTURE_REF"},
      {kThu, "We are in it for the long haul.", "the long haul", "date", "FUTURE_REF"},
      {kThu, "Floods now come every few years.", "every few years", "set", "PXY"},
      {kThu, "Not so long ago, we were poor.", "long ago", "date", "PAST_REF"},
      {kThu, "It was a long time ago.", "a long time ago", "date", "PAST_REF"},
      // "just now" in a past clause is a moment ago.
      {kThu, "As I mentioned just now, we will act.", "just now", "date", "PAST_REF"},
      {kThu, "I told you just now that we will act.", "just now", "date", "PAST_REF"},
      {kThu, "I am busy just now.", "now", "date", "PRESENT_REF"},
      // "another": one more.
      {kThu, "Employers will have another year to claim credit.", "another year", "duration",
       "P1Y"},
      {kThu, "The war went on for another seven months.", "seven months", "duration", "P7M"},
      {kThu, "We build for tomorrow's world.", "tomorrow", "date", "FUTURE_REF"},
      {kThu, "He spoke just this past weekend.", "this past weekend", "date", "2026-W01-WE"},
      {kThu, "We will meet this coming Friday.", "this coming Friday", "date", "2026-01-09"},
      {kThu, "We will reach net zero by no later than 2050.", "2050", "date", "2050"},
      {kThu, "We will cut emissions to half of 2005 levels.", "2005", "date", "2005"},
      {kThu, "On Earth Day, we met.", "Earth Day", "date", "2025-04-22"},
      // "two months back" is ago; a comparison's stretch is no date to come.
      {kThu, "About two months back, a tragedy struck.", "About two months back", "date",
       "2025-11"},
      {kThu, "We will cut it for only the second time in 20 years.", "20 years", "duration",
       "P20Y"},
      {kThu, "Prices will stay at the highest level in 40 years.", "40 years", "duration", "P40Y"},
      {kThu, "We will act in 20 years.", "20 years", "date", "2046"},
      {Date{2000, 4, 3}, "We face new threats in the twenty-first century.",
       "the twenty-first century", "date", "20"},
      {Date{2024, 9, 27}, "It has no place in the twenty first century.",
       "the twenty first century", "date", "20"},
      {Date{2000, 4, 3}, "Over the next quarter-century, it grows.", "quarter-century", "duration",
       "P25Y"},
      {Date{2000, 4, 3}, "Over a quarter of a century, it grew.", "a quarter of a century",
       "duration", "P25Y"},
      {Date{2022, 3, 23}, "This past July we met.", "This past July", "date", "2021-07"},
      // Holidays that move: the n-th (or last) weekday of their month.
      {Date{2000, 1, 7}, "He was found on Thanksgiving Day.", "Thanksgiving Day", "date",
       "1999-11-25"},
      {kThu, "We will finish it by Memorial Day.", "Memorial Day", "date", "2026-05-25"},
      {kThu, "On Martin Luther King Day we remember him.", "Martin Luther King Day", "date",
       "2026-01-19"},
      {kThu, "Labor Day was busy.", "Labor Day", "date", "2025-09-01"},
      {kThu, "It grew throughout the decades.", "the decades", "duration", "PXDE"},
      // The stretch since a time told (WikiWars: "the fifty years since the Second War").
      {kThu, "In the decades since, history moved on.", "the decades", "duration", "PXDE"},
      {kThu, "In the years since the war we grew.", "the years", "duration", "PXY"},
      // "the year ahead" is the stretch from now on, as "the months ahead" is.
      {kThu, "We will make progress in the year ahead.", "the year ahead", "date", "FUTURE_REF"},
      {kThu, "Decades have passed since then.", "Decades", "duration", "PXDE"},
      // "a brighter tomorrow": the future, not the next day.
      {kThu, "We will build a brighter tomorrow.", "tomorrow", "date", "FUTURE_REF"},
      {kThu, "We will meet tomorrow.", "tomorrow", "date", "2026-01-09"},
  };
  for (const Row& r : rows) check(r);
}

TEST(Times, QuartersAndHalves) {
  const Row rows[] = {
      // A quarter by the month that ends it.
      {Date{2022, 7, 28}, "Inflation rose in the March quarter.", "March quarter", "date",
       "2022-Q1"},
      {Date{2022, 7, 28}, "It will fall in the December quarter this year.",
       "December quarter this year", "date", "2022-Q4"},
      {Date{2024, 11, 28}, "Growth picked up in the September quarter of 2023.",
       "September quarter of 2023", "date", "2023-Q3"},
      {kThu, "Profits rose in the final quarter of 2009.", "the final quarter of 2009", "date",
       "2009-Q4"},
      {kThu, "Profits rose in the last quarter of 2009.", "the last quarter of 2009", "date",
       "2009-Q4"},
      {kThu, "Growth slowed in the first half of 2009.", "the first half of 2009", "date",
       "2009-H1"},
      {kThu, "It will recover in the second half of next year.", "the second half of next year",
       "date", "2027-H2"},
      // "first" is no time word of its own: the scan walks back five words from "year".
      {kThu, "We will publish it in the first half of next year.", "the first half of next year",
       "date", "2027-H1"},
      {kThu, "Sales will grow in the first half of the year.", "the first half of the year", "date",
       "2026-H1"},
      // The tense of a bare month is its clause's, not that of an aside between dashes or
      // in parentheses.
      {kThu,
       "From April, the package \xE2\x80\x93 which they opposed \xE2\x80\x93 will boost incomes.",
       "April", "date", "2026-04"},
      {kThu, "From April, the package (which they opposed) will boost incomes.", "April", "date",
       "2026-04"},
      // Spoken: "September the 23rd"; not "September the 5 men".
      {kThu, "We will vote on September the 23rd.", "September the 23rd", "date", "2026-09-23"},
      {kThu, "In September the 5 men left.", "September", "date", "2025-09"},
      {kThu, "In April \xE2\x80\x93 as I said \xE2\x80\x93 we cut taxes.", "April", "date",
       "2025-04"},
      // Without a year the tense picks it: in January, a past fourth quarter is last year's.
      {kThu, "In the fourth quarter, sales grew.", "the fourth quarter", "date", "2025-Q4"},
      {kThu, "In the fourth quarter, sales will grow.", "the fourth quarter", "date", "2026-Q4"},
      {kThu, "Third-quarter profits fell.", "Third-quarter", "date", "2025-Q3"},
      {kThu, "First-half sales will rise.", "First-half", "date", "2026-H1"},
      // The quarter just ended is still this year's when its results are to come; an
      // earlier one is next year's.
      {Date{1989, 10, 27}, "It expects to report a profit for the third quarter.",
       "the third quarter", "date", "1989-Q3"},
      {Date{1989, 10, 27}, "It expects to report a profit for the second quarter.",
       "the second quarter", "date", "1990-Q2"},
      // A year before the quarter just told is that quarter of the year before; with no
      // quarter told, a year.
      {Date{1989, 11, 2}, "Net rose in the third quarter from $85 million a year ago.",
       "a year ago", "date", "1988-Q3"},
      {Date{1989, 11, 2}, "Third-quarter net fell. A year earlier, it had risen.", "A year earlier",
       "date", "1988-Q3"},
      {Date{1989, 11, 2}, "First-half sales grew, up from a year ago.", "a year ago", "date",
       "1988-H1"},
      {Date{1989, 11, 2}, "Net rose to $5 million from $4 million a year ago.", "a year ago",
       "date", "1988"},
      // "year-earlier", "the year-ago quarter": compared with the period told.
      {Date{1989, 11, 2}, "Third-quarter net rose from a year-earlier profit of $5 million.",
       "year-earlier", "date", "1988-Q3"},
      {Date{1989, 11, 2}, "Third-quarter net rose from the year-ago quarter.",
       "the year-ago quarter", "date", "1988-Q3"},
      {Date{1989, 11, 2}, "Net rose from year-ago levels.", "year-ago", "date", "1988"},
      // "the same month (quarter) a year ago / last year": the one told, a year back.
      {Date{2009, 2, 3}, "In January, sales fell from the same month a year ago.",
       "the same month a year ago", "date", "2008-01"},
      {Date{2010, 3, 2}, "Sales in the fourth quarter rose from the same quarter last year.",
       "the same quarter last year", "date", "2008-Q4"},
      {Date{2010, 3, 2}, "Sales in the fourth quarter rose. In the same quarter, costs fell.",
       "the same quarter", "date", "2009-Q4"},
      // "the quarter" is the last quarter told, whatever was told since.
      {Date{1989, 11, 2},
       "It had a third-quarter loss. It sees profit next year. It lost $5 "
       "million in the quarter.",
       "the quarter", "date", "1989-Q3"},
  };
  for (const Row& r : rows) check(r);
  // With no quarter told, "the quarter" is no time.
  EXPECT_EQ(extents_and_values("It lost $5 million in the quarter.", kThu), Times_{});
  // "the second half" of anything but a year is no time.
  EXPECT_EQ(extents_and_values("They scored in the second half of the match.", kThu), Times_{});
}

TEST(Times, HalfOfAUnitAndTwoDigitDecades) {
  const Row rows[] = {
      {kThu, "Half an hour later it rose.", "Half an hour", "duration", "PT30M"},
      {kThu, "He waited for half-an-hour.", "half-an-hour", "duration", "PT30M"},
      {kThu, "It took half a century.", "half a century", "duration", "P50Y"},
      {kThu, "Half a day passed.", "Half a day", "duration", "PT12H"},
      {kThu, "Prices rose in the 70s.", "the 70s", "date", "197"},
      // A count and its unit as one adjective before a noun.
      {kThu, "Stocks hit a five year low.", "five year", "duration", "P5Y"},
      {kThu, "It was a three hour meeting.", "three hour", "duration", "PT3H"},
      {kThu, "We agreed a ten year plan.", "ten year", "duration", "P10Y"},
      // Numbers as transcripts spell them.
      {kThu, "Prices fell in the last twenty four hours.", "the last twenty four hours",
       "duration", "PT24H"},
      {kThu, "The wall fell in nineteen eighty-nine.", "nineteen eighty-nine", "date", "1989"},
      {kThu, "In nineteen ninety six, we met.", "nineteen ninety six", "date", "1996"},
      {kThu, "By twenty thirty, we will be there.", "twenty thirty", "date", "2030"},
  };
  for (const Row& r : rows) check(r);
  EXPECT_EQ(extents_and_values("Both are in their 70s now.", kThu), (Times_{"now|PRESENT_REF"}));
  // "twenty second" is an ordinal, and a count with a singular unit before no noun is none.
  EXPECT_EQ(extents_and_values("It was the twenty second amendment.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("They gave five year.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("He counted nineteen twenty times.", kThu), Times_{});
  // An age is no time (TimeBank and AQUAINT tag 2 ages of 41).
  EXPECT_EQ(extents_and_values("He taught sixteen eighteen-year-olds.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("A 6-year-old boy was found.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("She was 18 years old.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("The twins are two and a half years old.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("He served 18 years in office.", kThu), (Times_{"18 years|P18Y"}));
  // Ages told by "aged", or by "age" and then the preposition that gives its value. "N
  // years of age" is a duration in the sets that hold it (WikiWars); commitments leave it.
  EXPECT_EQ(extents_and_values("It goes to those at least 25 years of age.", kThu),
            (Times_{"at least 25 years|P25Y"}));
  EXPECT_EQ(extents_and_values("Men aged 60 years will qualify.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("He retired at the age of 60 years.", kThu), Times_{});
  EXPECT_EQ(
      extents_and_values("We will cut the age of eligibility for the pension to 60 years.", kThu),
      Times_{});
  EXPECT_EQ(extents_and_values("We fought for 60 years.", kThu), (Times_{"60 years|P60Y"}));
  EXPECT_EQ(extents_and_values("Over 18 years we built this.", kThu),
            (Times_{"Over 18 years|P18Y"}));
  EXPECT_EQ(extents_and_values("We will raise the pension age over 10 years.", kThu),
            (Times_{"over 10 years|P10Y"}));
  // A fraction of a half: "5 1/2 hours".
  EXPECT_EQ(extents_and_values("The talks lasted 5 1/2 hours.", kThu),
            (Times_{"5 1/2 hours|PT5H30M"}));
  EXPECT_EQ(extents_and_values("It took 2 1/2 years.", kThu), (Times_{"2 1/2 years|P2Y6M"}));
  EXPECT_EQ(extents_and_values("It took 3 and a half years.", kThu), (Times_{"3 and a half years|P3Y6M"}));
  EXPECT_EQ(extents_and_values("He is 5 1/2 years old.", kThu), Times_{});
  // A transcript's timestamp is an offset into the recording, no time of day.
  EXPECT_EQ(extents_and_values("Kamala Harris (22:07):\nWe will act.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("Speaker 1 (1:02:33):\nWe will act.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("We meet (at 22:07) in Paris.", kThu),
            (Times_{"22:07|2026-01-08T22:07"}));
  // "second" before "quarter" is an ordinal: no 1988 seconds, the year's quarter.
  EXPECT_EQ(extents_and_values("Sales fell in the 1988 second quarter.", kThu),
            (Times_{"the 1988 second quarter|1988-Q2"}));
  // A rate in percent a year is a set; a number in the plural is no year nor decade.
  EXPECT_EQ(extents_and_values("Prices rise 3 percent a year.", kThu), (Times_{"a year|P1Y"}));
  EXPECT_EQ(extents_and_values("There are 1000s of troops and 10s of 1000s of them.", kThu),
            Times_{});
  EXPECT_EQ(extents_and_values("In the 1990s we met.", kThu), (Times_{"the 1990s|199"}));
  // "that day" is never the document's own day: with no day told before, unresolved.
  EXPECT_EQ(extents_and_values("Since that day, we have changed.", kThu),
            (Times_{"that day|XXXX-XX-XX"}));
  // It is the last day told, in its sentence or the one before, past a year told after it;
  // not a day told two sentences before a year.
  EXPECT_EQ(extents_and_values("The attacks of 7 October on civilians last year were condemned, "
                               "but the terror unleashed since that day is not.",
                               Date{2024, 9, 24}),
            (Times_{"7 October|2023-10-07", "last year|2023", "that day|2023-10-07"}));
  EXPECT_EQ(extents_and_values("We met on 7 October. It rained in 2022. Since that day, we "
                               "changed.",
                               Date{2024, 9, 24}),
            (Times_{"7 October|2023-10-07", "2022|2022", "that day|XXXX-XX-XX"}));
  // "proceed", "exceed" are bases, not past forms: a present clause takes the nearest April.
  EXPECT_EQ(extents_and_values("We proceed on 26 April.", Date{1994, 2, 28}),
            (Times_{"26 April|1994-04-26"}));
  // The present in general; "same" with no determiner; suddenness.
  EXPECT_EQ(extents_and_values("In today's world, we act.", kThu), (Times_{"today|PRESENT_REF"}));
  EXPECT_EQ(extents_and_values("Today's meeting was good.", kThu), (Times_{"Today|2026-01-08"}));
  EXPECT_EQ(extents_and_values("Today's kids are struggling.", kThu),
            (Times_{"Today|PRESENT_REF"}));
  EXPECT_EQ(extents_and_values("These are the crises facing the world today.", kThu),
            (Times_{"today|PRESENT_REF"}));
  EXPECT_EQ(extents_and_values("I met the workers today.", kThu), (Times_{"today|2026-01-08"}));
  EXPECT_EQ(extents_and_values("We offer same day registration.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("This will not happen overnight.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("It is not an overnight proposition.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("There is no roadmap for becoming one overnight.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("We do not expect production to cease overnight.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("Three officers were shot overnight.", kThu),
            (Times_{"overnight|2026-01-08TNI"}));
  EXPECT_EQ(extents_and_values("Stocks fell overnight.", kThu), (Times_{"overnight|2026-01-08TNI"}));
  EXPECT_EQ(extents_and_values("We met the other day.", kThu), (Times_{"the other day|PAST_REF"}));
  // Seasons as sets; a calendar decade or century.
  EXPECT_EQ(extents_and_values("We swim every summer and each winter.", kThu),
            (Times_{"every summer|XXXX-SU", "each winter|XXXX-WI"}));
  EXPECT_EQ(extents_and_values("Throughout the last century, wars raged.", kThu),
            (Times_{"the last century|19"}));
  EXPECT_EQ(extents_and_values("Over the next decade we will grow.", kThu),
            (Times_{"the next decade|P10Y"}));
  // "future" before a noun is an adjective; "the future" of, if, looks ... the time.
  EXPECT_EQ(extents_and_values("We act for the future generations.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("The future of Europe is bright.", kThu),
            (Times_{"The future|FUTURE_REF"}));
  // So is "past": "the past" before a pronoun or "that" is the time, before a noun not.
  EXPECT_EQ(extents_and_values("He said that in the past it considered a bid.", kThu),
            (Times_{"the past|PAST_REF"}));
  EXPECT_EQ(extents_and_values("They have indicated in the past that they could.", kThu),
            (Times_{"the past|PAST_REF"}));
  EXPECT_EQ(extents_and_values("We mourn the past leaders.", kThu), Times_{});
  // "soon" and "shortly" in a will-clause; "in due course"; "as soon as possible" but not
  // the conjunction "as soon as"; the noun "the long-term", not the adjective.
  EXPECT_EQ(extents_and_values("We will soon publish the details.", kThu),
            (Times_{"soon|FUTURE_REF"}));
  // The will may follow: "Soon we will start".
  EXPECT_EQ(extents_and_values("Soon we will start two more.", kThu), (Times_{"Soon|FUTURE_REF"}));
  EXPECT_EQ(extents_and_values("Soon they found it; we will act.", kThu), (Times_{}));
  EXPECT_EQ(extents_and_values("Details will be provided shortly.", kThu),
            (Times_{"shortly|FUTURE_REF"}));
  EXPECT_EQ(extents_and_values("The army soon collapsed and would shortly surrender.", kThu),
            Times_{});
  EXPECT_EQ(extents_and_values("They met at the soon-to-open terminal.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("We will set this out in due course.", kThu),
            (Times_{"in due course|FUTURE_REF"}));
  EXPECT_EQ(extents_and_values("We will act as soon as possible.", kThu),
            (Times_{"as soon as possible|FUTURE_REF"}));
  EXPECT_EQ(extents_and_values("We will act as soon as we can.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("In the long-term, it may help.", kThu),
            (Times_{"the long-term|FUTURE_REF"}));
  EXPECT_EQ(extents_and_values("We support the long-term provision of arms.", kThu), Times_{});
  // An edge word joined to a month by a hyphen.
  EXPECT_EQ(extents_and_values("From mid-May we will assess it until mid-July.", kThu),
            (Times_{"mid-May|2026-05", "mid-July|2026-07"}));
  // "At the end of the day," is an idiom; "by the end of the day" a time.
  EXPECT_EQ(extents_and_values("At the end of the day, healthcare matters.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("We will finish by the end of the day.", kThu),
            (Times_{"the end of the day|2026-01-08"}));
  // A season that names something is no time.
  EXPECT_EQ(extents_and_values("After the fall of the Wall we grew.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("I announced it at the Autumn Statement.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("The Arab Spring changed the region.", kThu), Times_{});
  // A date that names an attack names one that has happened.
  EXPECT_EQ(extents_and_values("We condemn the October 7 attacks.", Date{2024, 9, 25}),
            (Times_{"October 7|2023-10-07"}));
  EXPECT_EQ(extents_and_values("We will meet on October 7.", Date{2024, 9, 25}),
            (Times_{"October 7|2024-10-07"}));
  // "this May" is the speech's, also after a run of years that makes a narrative.
  EXPECT_EQ(extents_and_values("In 1998 it rose. In 2010 it fell. In 2012 it rose. The vote this "
                               "May is close.",
                               Date{2016, 2, 20}),
            (Times_{"1998|1998", "2010|2010", "2012|2012", "this May|2016-05"}));
  // A day inside a name of capitalised words.
  EXPECT_EQ(extents_and_values("We will defend the Good Friday Agreement.", kThu), Times_{});
  // A year after a determiner before a plural noun; so many years from now.
  EXPECT_EQ(extents_and_values("The 2024 elections will be free.", kThu), (Times_{"2024|2024"}));
  EXPECT_EQ(extents_and_values("We sent 2026 troops.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("Ten years from now we will be proud.", kThu),
            (Times_{"Ten years from now|2036"}));
  // "N years later" with no time told before is not after the speech's date.
  EXPECT_EQ(extents_and_values("More than seven years later, he asked.", kThu),
            (Times_{"More than seven years later|XXXX"}));
  // Adjectives and adverbs that the TimeML sets do not tag.
  EXPECT_EQ(extents_and_values("We discussed the long-term provision of support.", kThu), Times_{});
  EXPECT_EQ(extents_and_values("He had previously served as a minister.", kThu), Times_{});
}

// Forms from the unseen speeches of branch times5 (New Zealand speeches of 2024).
TEST(Times, HolidaysNamesAndIndefiniteDays) {
  const Date anzac{2024, 4, 25}, conf{2024, 12, 1};
  const Row rows[] = {
      // A holiday with its year after it is one date of that year.
      {anzac, "This speech was delivered on ANZAC Day 2024 by David Seymour.", "ANZAC Day 2024",
       "date", "2024-04-25"},
      {anzac, "We met at Christmas 1914 in the trenches.", "Christmas 1914", "date", "1914-12-25"},
      // "one day" that opens a clause or sits after a modal is an indefinite day.
      {anzac, "Islam will one day be the second largest religion.", "one day", "date",
       "FUTURE_REF"},
      {anzac, "One day a mysterious stain appeared on the carpet.", "One day", "date", "PAST_REF"},
      {anzac, "One day, you will see it.", "One day", "date", "FUTURE_REF"},
      {anzac, "He had only been in the job one day.", "one day", "duration", "P1D"},
      {anzac, "For one day, the army attacked.", "one day", "duration", "P1D"},
      // A month and day right before a count of years back is of that year.
      {conf, "The massacre happened right here on March 15, five years ago.", "March 15", "date",
       "2019-03-15"},
      {conf, "It happened on March 15, five years ago. Now, just five years later, they sold it.",
       "just five years later", "date", "2024"},
      {conf, "It happened on March 15 in Christchurch.", "March 15", "date", "2024-03-15"},
  };
  for (const Row& r : rows) check(r);
  // Not times: a season or a bare "the moment" inside a phrase that names no time.
  EXPECT_EQ(extents_and_values("Craig and I dreamed up the Winter Energy Payment.", conf),
            Times_{});
  // (A season before one capitalised noun stays a time, as WikiWars tags "the Spring
  // Offensive".)
  EXPECT_EQ(extents_and_values("The Spring Offensive failed.", conf), (Times_{"Spring|2024-SP"}));
  EXPECT_EQ(extents_and_values("Christmas 2000 people came.", anzac),
            (Times_{"Christmas|2023-12-25"}));
  EXPECT_EQ(extents_and_values("I tried to lighten the moment by noting it.", conf), Times_{});
  EXPECT_EQ(extents_and_values("For the moment, we wait.", conf),
            (Times_{"the moment|PRESENT_REF"}));
  // "now" between a determiner and its noun, "the long run" before a noun and a verb.
  EXPECT_EQ(extents_and_values("My now husband and I decided to move.", conf), Times_{});
  EXPECT_EQ(extents_and_values("The now Prime Minister spoke.", conf), Times_{});
  EXPECT_EQ(extents_and_values("Until now the firm grew.", conf), (Times_{"now|PRESENT_REF"}));
  EXPECT_EQ(extents_and_values("The long run average is a bit over 30%.", conf), Times_{});
  EXPECT_EQ(extents_and_values("In the long run we win.", conf),
            (Times_{"the long run|FUTURE_REF"}));
  EXPECT_EQ(extents_and_values("The prospects in the near term appear good.", conf),
            (Times_{"the near term|FUTURE_REF"}));
  // "the future" before an office held later is no time.
  EXPECT_EQ(extents_and_values("As the future Minister of Finance, I will be careful.", conf),
            Times_{});
  EXPECT_EQ(extents_and_values("In the future Europe will act.", conf),
            (Times_{"the future|FUTURE_REF"}));
  // The year to a month is a year's length (statistics' twelve months to its end).
  const Date june{2024, 6, 9};
  EXPECT_EQ(extents_and_values("In the year up to this March, 78,000 citizens left.", june),
            (Times_{"the year|P1Y", "this March|2024-03"}));
  EXPECT_EQ(extents_and_values("Prices rose 4% in the year to December 2023.", june),
            (Times_{"the year|P1Y", "December 2023|2023-12"}));
  EXPECT_EQ(extents_and_values("In the year to 2020 it fell.", june),
            (Times_{"the year|2024", "2020|2020"}));
  // "the next day" in a past clause with no day told is no day after the speech's.
  EXPECT_EQ(extents_and_values("The money was in their account the next day.", conf),
            (Times_{"the next day|XXXX-XX-XX"}));
  EXPECT_EQ(extents_and_values("We will meet the next day.", conf),
            (Times_{"the next day|2024-12-02"}));
  EXPECT_EQ(extents_and_values("On 3 March we met, and the next day we signed.", conf),
            (Times_{"3 March|2024-03-03", "the next day|2024-03-04"}));
  // "the day" before a clause that says which day is not the speech's.
  EXPECT_EQ(extents_and_values("I wore the earrings I wore on the day I was appointed.", conf),
            Times_{});
  EXPECT_EQ(extents_and_values("Shares rose 2% on the day.", conf), (Times_{"the day|2024-12-01"}));
}

TEST(Times, DemonstrativesHalvesAndPossessiveTime) {
  const Date tue{2024, 3, 5};  // Tuesday, ISO week 2024-W10
  const Row rows[] = {
      // A demonstrative before "past"/"last" and a stretch of time is part of the stretch.
      {tue, "This past year has tested every family.", "This past year", "duration", "P1Y"},
      {tue, "Over these past couple of years we built roads.", "these past couple of years",
       "duration", "P2Y"},
      {tue, "Throughout those last four months prices fell.", "those last four months", "duration",
       "P4M"},
      // "the last N and a half units": one stretch, the half with it.
      {tue, "Over the last two and a half years we hired nurses.", "the last two and a half years",
       "duration", "P2Y6M"},
      {tue, "In the past one and a half days the river rose.", "the past one and a half days",
       "duration", "P1DT12H"},
      // "the past weekend", "the last weekend": the weekend just gone.
      {tue, "Storms hit the coast over the past weekend.", "the past weekend", "date",
       "2024-W09-WE"},
      {tue, "We spoke to him during the last weekend.", "the last weekend", "date", "2024-W09-WE"},
      // "in N units' time": a point ahead in a clause that is not past.
      {tue, "The board could review the rules in six months' time.", "six months", "date",
       "2024-09"},
      {tue, "In three weeks’ time the polls open.", "three weeks", "date", "2024-W13"},
      {tue, "We vote in a year's time.", "a year", "date", "2025"},
  };
  for (const Row& r : rows) check(r);
  // Still a duration in a past clause.
  EXPECT_EQ(extents_and_values("The talks ended in six months' time.", tue),
            (Times_{"six months|P6M"}));
}

TEST(Times, OneDayInsideASentence) {
  const Date d{2024, 4, 25};
  const Row rows[] = {
      // "one day" opening a clause after a conjunction, with a modal ahead: a day to come.
      {d, "We hope that one day our children can live in peace.", "one day", "date", "FUTURE_REF"},
      {d, "We work, and one day, we will win.", "one day", "date", "FUTURE_REF"},
      {d, "Save now so that one day you might retire.", "one day", "date", "FUTURE_REF"},
  };
  for (const Row& r : rows) check(r);
  // A day's length after a conjunction stays one.
  EXPECT_EQ(extents_and_values("It rained, and one day later it froze.", d),
            (Times_{"one day later|XXXX-XX-XX"}));
}

TEST(Times, EasterHolidaysAndDecadesOfACentury) {
  const Date march{2024, 3, 5};  // Easter Sunday 2024 is on 31 March, 2023's on 9 April
  const Row rows[] = {
      // Holidays that move with Easter take the computus of the year chosen.
      {march, "At Easter we will gather again.", "Easter", "date", "2024-03-31"},
      {march, "We gathered at Easter and sang.", "Easter", "date", "2023-04-09"},
      {march, "The shops close on Good Friday, as they always will.", "Good Friday", "date",
       "2024-03-29"},
      {march, "They marched on Easter Monday 1916.", "Easter Monday 1916", "date", "1916-04-24"},
      // A holiday on an n-th weekday with its year after it.
      {march, "Thanksgiving 2020 was quiet.", "Thanksgiving 2020", "date", "2020-11-26"},
      // "the last (first) decade of the Nth century": that decade of that century.
      {march, "The last decade of the nineteenth century was hard.",
       "The last decade of the nineteenth century", "date", "189"},
      {march, "In the first decade of the twenty-first century we grew.",
       "the first decade of the twenty-first century", "date", "200"},
  };
  for (const Row& r : rows) check(r);
  // A name that starts with the holiday's word holds no time, and the week around the
  // feast is no day of it.
  EXPECT_EQ(extents_and_values("The Easter Rising failed.", march), Times_{});
  EXPECT_EQ(extents_and_values("Crowds prayed as Easter week began.", march), Times_{});
  // "the last decade" alone is still the decade before this one.
  EXPECT_EQ(extents_and_values("By the last decade we had grown.", march),
            (Times_{"the last decade|201"}));
}

TEST(Times, ThatPartOfTheDayJustTold) {
  const Date mon{2024, 7, 8};  // a Monday
  const Row rows[] = {
      // "that evening", "that night": the part of the day last told, as "that day" is.
      {mon, "On Wednesday the leaders meet, and later that evening they dine.",
       "later that evening", "time", "2024-07-10TEV"},
      {mon, "On 3 March 1990 we landed. That night, the storm broke.", "That night", "time",
       "1990-03-03TNI"},
  };
  for (const Row& r : rows) check(r);
  // Before a noun it qualifies, no time.
  EXPECT_EQ(extents_and_values("She took that evening class in 1990.", mon), (Times_{"1990|1990"}));
}

TEST(Times, SlashedDaysAndNamedDays) {
  const Date sep{2024, 9, 24};
  const Row rows[] = {
      // A known day written "M/D" (time_context.tsv kind `date`).
      {sep, "We were attacked on 9/11 by Al-Qaeda.", "9/11", "date", "2001-09-11"},
      {sep, "The era of war that began on 9/11.", "9/11", "date", "2001-09-11"},
      {sep, "Since 26/11 we have changed our laws.", "26/11", "date", "2008-11-26"},
      // A two-digit year: the century nearest 2000.
      {sep, "Printed 9/24/24, 3:48 PM.", "9/24/24", "date", "2024-09-24"},
      {sep, "Filed on 10/27/89 in Boston.", "10/27/89", "date", "1989-10-27"},
      {sep, "Filed on 27/10/89 in London.", "27/10/89", "date", "1989-10-27"},
  };
  for (const Row& r : rows) check(r);
  // Any other "M/D" is a fraction or a score; a day and month that could be either stays
  // untagged, with two digits of year as with four.
  EXPECT_EQ(extents_and_values("They won 3/4 of the seats.", sep), Times_{});
  EXPECT_EQ(extents_and_values("Filed on 8/1/24 in Boston.", sep), Times_{});
  EXPECT_EQ(extents_and_values("Version 9/11/2 shipped.", sep), Times_{});
}

TEST(Times, ListsOfDaysAndAllTheTime) {
  const Date sep{2024, 9, 24};
  const Row rows[] = {
      // Each day of a list before a month takes that month and its year.
      {sep, "We met on the 1st and 3rd of July.", "1st", "date", "2024-07-01"},
      {sep, "We met on the 1st and 3rd of July.", "3rd of July", "date", "2024-07-03"},
      {sep, "We met on 4, 5 and 6 June 2023.", "4", "date", "2023-06-04"},
      {sep, "We met on 4, 5 and 6 June 2023.", "5", "date", "2023-06-05"},
      {sep, "We met on 1st, 2nd, and 3rd July.", "2nd", "date", "2024-07-02"},
      // A day of a month named relative to the speech's.
      {sep, "On the 5th of this month, we celebrated.", "5th of this month", "date", "2024-09-05"},
      {sep, "On the 12th of last month, we met.", "12th of last month", "date", "2024-08-12"},
      // "all ... long", "all year round".
      {sep, "We worked all day long.", "all day long", "duration", "P1D"},
      {sep, "The park is open all year round.", "all year round", "set", "P1Y"},
  };
  for (const Row& r : rows) check(r);
  // Not a list of days: numbers that count, a descending pair; "all week" bare is left
  // out (AQUAINT tags none).
  EXPECT_EQ(extents_and_values("He scored 3 and 4 goals.", sep), Times_{});
  EXPECT_EQ(extents_and_values("We met on 5 and 4 June.", sep), (Times_{"4 June|2024-06-04"}));
  EXPECT_EQ(extents_and_values("I was in meetings all week.", sep), Times_{});
}

TEST(Times, PastEventsNamedByTheirDayAndGenericToday) {
  const Date sep{2024, 9, 24};
  const Row rows[] = {
      // A noun of a violent event before "of" and a day: a day that has happened, though
      // the clause is present.
      {sep, "The world must not flinch from the horrors of October 7th.", "October 7th", "date",
       "2023-10-07"},
      {sep, "We remember the attacks of September 11 every year.", "September 11", "date",
       "2024-09-11"},
      {sep, "We honour the victims of the massacre of 15 October.", "15 October", "date",
       "2023-10-15"},
      {sep, "Israelis are traumatized by the slaughter and sexual violence of October 7th.",
       "October 7th", "date", "2023-10-07"},
      // "today's" before an adjective and a noun of the present in general.
      {sep, "Especially in today's uncertain times, it is a pillar.", "today", "date",
       "PRESENT_REF"},
      {sep, "Fires are today's urgent climate agenda.", "today", "date", "PRESENT_REF"},
      {sep, "Today's historic agreement was signed.", "Today", "date", "2024-09-24"},
      {sep, "Yesterday's technology will not do.", "Yesterday", "date", "PAST_REF"},
      {sep, "We must meet the challenges of today.", "today", "date", "PRESENT_REF"},
      {sep, "The news of today is sad.", "today", "date", "2024-09-24"},
  };
  for (const Row& r : rows) check(r);
}

TEST(Calendar, IsoWeeks) {
  EXPECT_EQ(iso_week({2026, 1, 1}), (IsoWeek{2026, 1}));
  EXPECT_EQ(iso_week({2027, 1, 1}), (IsoWeek{2026, 53}));
  EXPECT_EQ(iso_week({2021, 1, 3}), (IsoWeek{2020, 53}));
  EXPECT_EQ(iso_week({2021, 1, 4}), (IsoWeek{2021, 1}));
  EXPECT_EQ(iso_week({2024, 12, 30}), (IsoWeek{2025, 1}));
  EXPECT_EQ(iso_week({2026, 1, 8}), (IsoWeek{2026, 2}));
  EXPECT_EQ(format_iso_week({2026, 2}), "2026-W02");
  EXPECT_EQ(iso_week_monday({2026, 1}), (Date{2025, 12, 29}));
  EXPECT_EQ(iso_week_monday({2020, 53}), (Date{2020, 12, 28}));
}

TEST(Calendar, DayArithmetic) {
  EXPECT_EQ(days_from_civil({1970, 1, 1}), 0);
  EXPECT_EQ(civil_from_days(days_from_civil({2024, 2, 29})), (Date{2024, 2, 29}));
  EXPECT_EQ(add_days({2024, 2, 28}, 1), (Date{2024, 2, 29}));
  EXPECT_EQ(add_days({2023, 2, 28}, 1), (Date{2023, 3, 1}));
  EXPECT_EQ(add_days({1900, 2, 28}, 1), (Date{1900, 3, 1}));  // 1900 was not a leap year
  EXPECT_EQ(add_days({2000, 2, 28}, 1), (Date{2000, 2, 29}));  // 2000 was
  EXPECT_EQ(add_days({2025, 12, 31}, 1), (Date{2026, 1, 1}));
  EXPECT_EQ(add_months({2024, 1, 31}, 1), (Date{2024, 2, 29}));
  EXPECT_EQ(add_months({2026, 1, 8}, -1), (Date{2025, 12, 8}));
  EXPECT_EQ(add_months({2026, 1, 8}, -13), (Date{2024, 12, 8}));
  EXPECT_EQ(iso_weekday({2026, 1, 8}), 4);
  EXPECT_EQ(iso_weekday({2026, 1, 11}), 7);
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_in_month(2100, 2), 28);
}

TEST(Calendar, CalendarValues) {
  EXPECT_TRUE(is_calendar_value("2026"));
  EXPECT_TRUE(is_calendar_value("2026-01-07"));
  EXPECT_TRUE(is_calendar_value("2026-W02"));
  EXPECT_TRUE(is_calendar_value("2014-SU"));
  EXPECT_TRUE(is_calendar_value("199"));
  EXPECT_FALSE(is_calendar_value("P3Y"));
  EXPECT_FALSE(is_calendar_value("PAST_REF"));
  EXPECT_FALSE(is_calendar_value("XXXX-12-25"));
  EXPECT_FALSE(is_calendar_value("BC0490"));
}

}  // namespace
}  // namespace speechscan
