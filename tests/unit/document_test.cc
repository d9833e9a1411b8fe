#include "speechscan/document.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace speechscan {
namespace {

Document load(std::string bytes, std::optional<Date> date = std::nullopt) {
  LoadOptions o;
  o.date = date;
  LoadResult r = load_from_bytes("t.txt", std::move(bytes), o);
  EXPECT_TRUE(r.ok()) << (r.error ? r.error->message : "");
  return r.ok() ? std::move(*r.document) : Document{};
}

std::string title_of(const Document& d) {
  return d.title ? std::string(slice(d.text, *d.title)) : std::string("<none>");
}

TEST(Document, IsoDates) {
  EXPECT_EQ(parse_iso_date("2026-01-08"), (Date{2026, 1, 8}));
  EXPECT_EQ(parse_iso_date("2024-02-29"), (Date{2024, 2, 29}));
  EXPECT_FALSE(parse_iso_date("2025-02-29"));
  EXPECT_FALSE(parse_iso_date("2026-13-01"));
  EXPECT_FALSE(parse_iso_date("2026-1-8"));
  EXPECT_FALSE(parse_iso_date("today"));
  EXPECT_EQ(format_iso_date({987, 3, 4}), "0987-03-04");
}

struct DatelineRow {
  const char* text;
  const char* date;   // "" when none
  const char* title;  // "<none>" when none
};

TEST(Document, Datelines) {
  const DatelineRow rows[] = {
      {" date 2026-01-08 Prime Minister's remarks after the meeting.\n\nIt is good.", "2026-01-08",
       "Prime Minister's remarks after the meeting."},
      {"Statement on Belarus\nMay 28, 2021\n \nText.", "2021-05-28", "Statement on Belarus"},
      {"Reform of stop and search\n\nDelivered on: 30 April 2014\n\nWith permission.", "2014-04-30",
       "Reform of stop and search"},
      {"Transcript of Address\n\nTranscript 17979 | Gillard, Julia | 10 July 2011\n\nPM: Hi.",
       "2011-07-10", "Transcript of Address"},
      {"Remarks by the President | January 8, 2026\n\nThank you.", "2026-01-08",
       "Remarks by the President"},
      {"Thursday 8 January 2026\n\nGood morning.", "2026-01-08", "<none>"},
      {"Published 8th January 2026\n\nGood morning.", "2026-01-08", "<none>"},
      // Figures, where the order of day and month is plain; not where it is not.
      {"Address to the Council\n\nRelease Date: 28/06/2014\n\nThank you.", "2014-06-28",
       "Address to the Council"},
      {"Remarks\n\nDate: 06/28/2014\n\nThank you.", "2014-06-28", "Remarks"},
      {"Remarks\n\nDate: 08/01/2026\n\nThank you.", "", "Remarks"},
      // With periods the day comes first: "12.03.2019" is 12 March.
      {"Remarks\n\nDate: 12.03.2019\n\nThank you.", "2019-03-12", "Remarks"},
      {"Remarks\n\nVersion 1.12.2014.5\n\nThank you.", "", "Remarks"},
      {"President: Barack Obama\n\nGood afternoon, everybody.", "", "President: Barack Obama"},
      // A date inside the body's prose is not a dateline.
      {"Good evening.\n\nOn 8 January 2026 we signed a treaty with our partners in Paris.", "",
       "<none>"},
      {"Speech\n\n31 February 2026\n\nText.", "", "Speech"},
      // A first line that is a sentence ending with the date.
      {"The speech made by Ann Porter, the Home Secretary, on 19 January 2025.\n\nText.",
       "2025-01-19", "The speech made by Ann Porter, the Home Secretary, on 19 January 2025"},
      {"Remarks on trade\n\nWe will leave on 31 October 2019.\n\nText.", "", "Remarks on trade"},
      // A summary line after the title, naming who made the text, that ends "... on
      // <date>.".
      {"Speech on Ukraine\n\nThe speech made by Ann Porter, the Home Secretary, on 16 February "
       "2022.\n\nText.",
       "2022-02-16", "Speech on Ukraine"},
      // A long title line (up to 300 bytes) is the title.
      {"Statement by His Excellency the Most Honourable Prime Minister of the Republic of "
       "Ruritania at the General Debate of the Seventy-Seventh Session of the United Nations "
       "General Assembly\n\nText.",
       "",
       "Statement by His Excellency the Most Honourable Prime Minister of the Republic of "
       "Ruritania at the General Debate of the Seventy-Seventh Session of the United Nations "
       "General Assembly"},
      // A stage note in brackets, also below a title block of many short lines.
      {"Statement\n\n[Delivered at the Palace, 2 September 2018]\n\nThank you.", "2018-09-02",
       "Statement"},
      {"Office\nDesk\n\nSTATEMENT\nOF\nTHE\nPRESIDENT\nON\nHIS\nVISIT\n\n[Delivered at "
       "the airport | 2 September 2018]\n\nThank you.",
       "2018-09-02", "Office"},
      {"Office\nDesk\n\nSTATEMENT\nOF\nTHE\nPRESIDENT\nON\nHIS\nVISIT\n\nDelivered at "
       "the airport | 2 September 2018\n\nThank you.",
       "", "Office"},
      // A heading block of short lines (a UN statement's) may put its date, alone on its
      // line, below the eighth line; an ordinal in capitals. Below a sentence it is none.
      {"REPUBLIC OF RURITANIA\n\nNATIONAL STATEMENT\n\nBY\nHIS EXCELLENCY\nDR SAM REYES\nPRESIDENT "
       "OF THE REPUBLIC\n\nDURING THE GENERAL DEBATE\nOF THE 79TH SESSION\n\nNEW YORK, USA\n\n26TH "
       "SEPTEMBER 2024\n\nThank you.",
       "2024-09-26", "REPUBLIC OF RURITANIA"},
      {"Remarks\n\n3RD MAY 2019\n\nText.", "2019-05-03", "Remarks"},
      {"Remarks\nOne\nTwo\nThree\nWe met.\nFive\nSix\nSeven\nEight\n\n26 September 2024\n\nText.",
       "", "Remarks"},
      // A header line in parentheses, as papers reprint a speech; not a body line.
      {"(Text of address to the Nation by President Sam Reyes on 30 November 2025)\n\nText.",
       "2025-11-30", "Text of address to the Nation by President Sam Reyes"},
      {"Remarks\n\nWe met.\n\n(We left on 30 November 2025, as planned.)\n", "", "Remarks"},
      // A place beside the date, as missions and agencies write it, maybe in parentheses
      // or with a stage note after it, also below a heading block of many short lines;
      // not a sentence in parentheses, nor below a sentence.
      {"Permanent Mission of Ruritania\n\n1 East Street\nNew York, N.Y. 10017\n\nGeneral "
       "Debate\nItem 8\n\nAddress by H.E. Sam Reyes\nPresident of Ruritania\n\nNew York, 26 "
       "September 2024 Check against delivery\n\nMr. President,\n",
       "2024-09-26", "Permanent Mission of Ruritania"},
      {"Statement by H.E. Sam Reyes, the President of the\nRepublic of Ruritania, at the "
       "General Debate\n\n(24 September, 2024, New York, USA)\n\nMr. President,\n",
       "2024-09-24", "Statement by H.E. Sam Reyes, the President of the"},
      {"Remarks\n\n(New York, 25 September 2024)\n\nText.", "2024-09-25", "Remarks"},
      // A title's last line that ends with the date and the place, set off by commas; not
      // a sentence of the body.
      {"Speech by Prime Minister Sam Reyes at the United Nations\nGeneral Assembly, 26 "
       "September 2024, New York\n\nMr President,\n",
       "2024-09-26", "Speech by Prime Minister Sam Reyes at the United Nations"},
      {"Remarks\n\nWe met in the city on 26 September 2024 New York\n\nText.", "", "Remarks"},
      // A PDF's cover block of many short lines may put the date and place below the
      // twelfth line, until a line ends a sentence; a superscript ordinal may come out as
      // a mark ("25\" September", "30° September", "28h September"); a date alone in
      // parentheses.
      {"Republic of Ruritania\nPermanent Mission\n1 East Street\nNew York\nStatement "
       "by\nH.E. Mr. Sam Reyes,\nPresident of the\nRepublic of Ruritania\nand Commander of "
       "the\nDefence Forces\nAt the General Debate of\nthe 79th session of the\nUnited "
       "Nations General Assembly\nThursday, 26 September 2024\nNew York\n\nMr. President,\n",
       "2024-09-26", "Republic of Ruritania"},
      {"Republic of Ruritania\nPermanent Mission\n1 East Street\nNew York\nStatement "
       "by\nH.E. Mr. Sam Reyes,\nPresident of the\nRepublic of Ruritania\nand Commander of "
       "the\nDefence Forces\nAt the General Debate.\nWe met in the hall\nof the "
       "Assembly\nThursday, 26 September 2024\n\nMr. President,\n",
       "", "Republic of Ruritania"},
      {"Statement\n\n25\" September 2024\n\nText.", "2024-09-25", "Statement"},
      {"Statement\n\n30\xC2\xB0 September 2024\n\nText.", "2024-09-30", "Statement"},
      {"Statement\n\n28h September, 2024\n\nText.", "2024-09-28", "Statement"},
      {"Statement\n\nFriday, September 27\", 2024\n\nText.", "2024-09-27", "Statement"},
      // The date first, then the place.
      {"Statement\n\n30 September 2024, New York\n\nText.", "2024-09-30", "Statement"},
      {"Permanent Mission\nof Ruritania\nto the\nUnited Nations\nStatement\nby the\nPrime "
       "Minister\nof Ruritania\nat the\nGeneral Debate\nof the\n79th Session\n30 September "
       "2024, we met in New York\n\nText.",
       "", "Permanent Mission"},
      // Initials and post-nominals in capitals end no sentence in a cover block.
      {"Permanent Mission\nof Ruritania to\nthe United Nations\nStatement delivered by\nThe "
       "Hon. Sam Reyes, S.C. M.P.\nPrime Minister of Ruritania\nat the\nGeneral "
       "Debate\n79th Session\nNew York\nOf the Assembly\nAt Headquarters\n27 September "
       "2024\n\nMr. President,\n",
       "2024-09-27", "Permanent Mission"},
      {"Statement\nBy the Minister\nof Trade\n\n(25 September 2024)\n\nText.", "2024-09-25",
       "Statement"},
      {"Statement\n\nthe 79\" Session, 2024\n\nText.", "", "Statement"},
      // More of a text layer's ordinals: "th" read as digits ("2614", "2474", "267™", not
      // without a year after the month) or as "%"; a Romance "de" before the month; "ON"
      // alone before the date in a cover block; a cover line that closes with a comma, the
      // date and a full stop; a full stop after a date in figures.
      {"Statement\n\n2614 SEPTEMBER, 2024\n\nText.", "2024-09-26", "Statement"},
      {"Statement\n\nTUESDAY 2474 SEPTEMBER 2024\n\nText.", "2024-09-24", "Statement"},
      {"Statement\n\n267\xE2\x84\xA2 SEPTEMBER 2024\n\nText.", "2024-09-26", "Statement"},
      {"Statement\n\n2614 SEPTEMBER\n\nText.", "", "Statement"},
      {"Statement\n\nSeptember 27%, 2024\n\nText.", "2024-09-27", "Statement"},
      {"Statement\n\nNEW YORK, 30 DE SEPTEMBER 2024\n\nText.", "2024-09-30", "Statement"},
      {"Statement\nBY THE PRESIDENT\nON 2774 SEPTEMBER 2024\n\nText.", "2024-09-27", "Statement"},
      {"Statement\nBy the Minister\n\n16th Plenary Meeting, 28 September 2024.\n\nText.",
       "2024-09-28", "Statement"},
      {"Statement\nWe met.\n\nWe met as a Meeting, 28 September 2024.\n\nText.", "", "Statement"},
      {"Statement by the President\n\nPublished: 24.09.2024.\n\nText.", "2024-09-24",
       "Statement by the President"},
      // A closing place and date on the last line dates a text whose header did not; not a
      // sentence that ends with a date, nor a line before others.
      // (Below the header's lines: "Text." is twelve lines of the body.)
      {"Statement\n\nText.\nText.\nText.\nText.\nText.\nText.\nText.\nText.\nText.\nText.\n"
       "Text.\nText.\n\nManagua, September 30th 2024\n",
       "2024-09-30", "Statement"},
      {"Statement\n\nText.\nText.\nText.\nText.\nText.\nText.\nText.\nText.\nText.\nText.\n"
       "Text.\nText.\n\nWe left on September 30th 2024\n",
       "", "Statement"},
      {"Statement\n\nText.\nText.\nText.\nText.\nText.\nText.\nText.\nText.\nText.\nText.\n"
       "Text.\nText.\n\nManagua, September 30th 2024\nOne.\n",
       "", "Statement"},
      // A signature's name right before the date (no comma between): the date dates.
      {"Statement\n\nAddress By Prime Minister\nSam Reyes 27 September 2024\n\nText.", "2024-09-27",
       "Statement"},
      {"Remarks\n\nWe met. Then we left, 26 September 2024, New York.\n\nText.", "", "Remarks"},
      {"Remarks\nOn trade\n\n(24 September 2024, we met in New York)\n\nText.", "", "Remarks"},
      {"Remarks\nOne\nTwo\nThree\nWe met.\nFive\nSix\nSeven\nEight\n\nNew York, 26 September "
       "2024\n\nText.",
       "", "Remarks"},
      // YAML front matter, as scraped Markdown transcripts carry it: the value quoted; no
      // line of the block but its title is a title.
      {"---\ntags: remarks\ndate: '2021-01-20'\n---\n\nGood evening.\n", "2021-01-20", "<none>"},
      // Its title by the key, inside the quotes, also over lines; plain; not after the
      // closing line, nor without an opening one.
      {"---\ntags: remarks\ndate: '2021-01-20'\ntitle: \"Remarks by President\\_Reyes at\\\n  "
       "\\ the Summit\"\n---\n\nGood evening.\n",
       "2021-01-20", "Remarks by President\\_Reyes at\\\n  \\ the Summit"},
      {"---\ntitle: Remarks on trade\n---\n\nGood evening.\n", "", "Remarks on trade"},
      {"---\ntitle: Remarks on trade\n  and jobs\ntags: x\n---\n\nGood evening.\n", "",
       "Remarks on trade\n  and jobs"},
      {"---\ntags: remarks\n---\ntitle: Remarks on trade\n\nGood evening.\n", "", "<none>"},
      {"Notes\ntitle: Remarks on trade\n\nGood evening.\n", "", "Notes"},
      {"Remarks\n\nDate: \"2021-01-20\"\n\nText.", "2021-01-20", "Remarks"},
      // A markup tag's attribute, as speech collections head each text; the title is the
      // tag's value.
      {"<title=\"Address on Trade\">\n<date=\"January 5, 1957\">\nFirst, the facts.\n",
       "1957-01-05", "Address on Trade"},
      {"<title>Address on Trade</title>\n<p>We met on \"January 5, 1957\"> and left.</p>\n", "",
       "<title>Address on Trade</title>"},
      {"Remarks\n\nWe said 'hello' on '2021-01-20' and left.\n\nText.", "", "Remarks"},
      // A marker and its date alone on a line, below a long header of a printed web page.
      {"9/30/24, 5:33 PM gov.example - Minister Ann Reyes delivers the national statement at "
       "the UN\nSpeech\nMinister Ann Reyes delivers\nthe national statement\nat the UN\nFrom "
       "Department of Foreign Affairs\nBy: Minister of State\n(/en/role/minister)\nAnn Reyes "
       "(/en/biography/ann-reyes/)\nPublished on 30 September 2024\n\nText.",
       "2024-09-30",
       "9/30/24, 5:33 PM gov.example - Minister Ann Reyes delivers the national statement at the "
       "UN"},
      {"Remarks\nOne\nTwo\nThree\nWe met.\nFive\nSix\nSeven\nEight\nWe said it was published "
       "on 30 September 2024\n\nText.",
       "", "Remarks"},
      // Figures with a space after each period, as Central European writing has them.
      {"Notes | General Debate | New York, 24. 9.2024\n\nText.", "2024-09-24",
       "Notes | General Debate | New York"},
      {"Remarks\n\n24. 9. 2024\n\nText.", "2024-09-24", "Remarks"},
      {"Remarks\n\n8. 1. 2026\n\nText.", "2026-01-08", "Remarks"},  // day first, as there
      // A clock time after the date ends the dateline too.
      {"Speech to the rally\nMonday, 12 October 2020, 5:58 am\n\nText.", "2020-10-12",
       "Speech to the rally"},
      {"Remarks\n\n12 October 2020, 10.30 p.m. NZT\n\nText.", "2020-10-12", "Remarks"},
      {"Remarks\n\nOn trade, 12 October 2020, we met at 10.30 p.m.\n\nText.", "", "Remarks"},
      // A title that ends in its date keeps it.
      {"Broadcast on democracy in Nigeria on 12th June, 2024\n\nText.", "2024-06-12",
       "Broadcast on democracy in Nigeria on 12th June, 2024"},
      // A no-break space (C2 A0) at either end is trimmed whole: no lone lead byte is left.
      {"\xC2\xA0Remarks by the Minister\xC2\xA0\n\nText.", "", "Remarks by the Minister"},
      // A lone A0 byte is invalid UTF-8, not white space: it stays (shown as U+FFFD).
      {"Remarks by the Minister \xA0\n\nText.", "", "Remarks by the Minister \xA0"},
  };
  for (const auto& r : rows) {
    Document d = load(r.text);
    EXPECT_EQ(d.date ? format_iso_date(*d.date) : "", r.date) << r.text;
    EXPECT_EQ(title_of(d), r.title) << r.text;
    EXPECT_EQ(d.date_source, *r.date ? DateSource::kDateline : DateSource::kNone) << r.text;
  }
}

// YAML front matter: found by its shape (the title: is read_dateline's, above).
TEST(Document, FrontMatter) {
  Document d = load(
      "---\ndate: '2024-11-11'\ntitle: Remarks by Vice President Ann Reyes at a Campaign Event "
      "in\n  Glendale, AZ\ntags: speeches\n---\n\nThank you.\n");
  ASSERT_TRUE(d.front_matter.has_value());
  EXPECT_EQ(std::string(slice(d.text, *d.front_matter)).substr(0, 4), "---\n");
  EXPECT_TRUE(std::string(slice(d.text, *d.front_matter)).ends_with("tags: speeches\n---\n"));
  EXPECT_EQ(title_of(d),
            "Remarks by Vice President Ann Reyes at a Campaign Event in\n  Glendale, AZ");
  EXPECT_EQ(format_iso_date(*d.date), "2024-11-11");
  // A Markdown rule above prose is none; nor is an unclosed block.
  EXPECT_FALSE(load("---\nWe met today.\n---\nText.\n").front_matter.has_value());
  EXPECT_FALSE(load("---\ntitle: A\nText goes on.\n").front_matter.has_value());
}

// The title as reported reads the front matter's quoting: YAML's escapes in double quotes
// (a no-break space, \u, an escaped line break and the escaped space after it), a doubled
// quote in single quotes; the same bytes outside the block, or unquoted, stay as written.
TEST(Document, FrontMatterTitleText) {
  struct Row {
    const char* text;
    const char* title;
  };
  const Row rows[] = {
      {"---\ntitle: \"Remarks by President\\_Reyes on Turkey\\u2019s Withdrawal from the\\\n"
       "  \\ Istanbul\\_Convention\"\n---\n\nThank you.\n",
       "Remarks by President Reyes on Turkey\u2019s Withdrawal from the Istanbul Convention"},
      {"---\ntitle: \"Say \\\"no\\\" to \\x41 \\q\"\n---\n\nThank you.\n", "Say \"no\" to A \\q"},
      {"---\ntitle: 'Reyes''s Remarks'\n---\n\nThank you.\n", "Reyes's Remarks"},
      {"---\ntitle: Remarks by President\\_Reyes\n---\n\nThank you.\n",
       "Remarks by President\\_Reyes"},
      {"Remarks by President\\_Reyes\n\nThank you.\n", "Remarks by President\\_Reyes"},
  };
  for (const Row& r : rows) EXPECT_EQ(title_text(load(r.text)), r.title) << r.text;
  EXPECT_EQ(title_text(load("Thank you.")), "");
}

// A header date in figures that reads either way dates nothing and says so, where the
// text has no other date.
TEST(Document, AmbiguousDateInFiguresIsReported) {
  Document d = load("Statement\n\nRelease date: 08/02/2009\n\nWe will act today.\n");
  EXPECT_FALSE(d.date.has_value());
  ASSERT_EQ(d.diagnostics.size(), 1u);
  EXPECT_EQ(d.diagnostics[0].code, "ambiguous-date");
  ASSERT_TRUE(d.diagnostics[0].span.has_value());
  EXPECT_EQ(slice(d.text, *d.diagnostics[0].span), "08/02/2009");
  d = load("Statement\n\nRelease date: 13/08/2018\n\nWe will act today.\n");
  ASSERT_TRUE(d.date.has_value());
  EXPECT_TRUE(d.diagnostics.empty());
  d = load("Statement, 8 February 2009\n\nRelease date: 08/02/2009\n\nWe will act.\n");
  EXPECT_TRUE(d.date.has_value());
  EXPECT_TRUE(d.diagnostics.empty());
}

TEST(Document, OptionDateOverridesTheDateline) {
  Document d = load("May 28, 2021\n\nText.", Date{2020, 1, 2});
  EXPECT_EQ(format_iso_date(*d.date), "2020-01-02");
  EXPECT_EQ(d.date_source, DateSource::kOption);
}

TEST(Document, InvalidUtf8IsReportedWithItsPlace) {
  Document d = load("ok\nab\xC3\x28 and \xED\xA0\x80 and \xC0\xAF and \xF0\x9F\x98 end");
  ASSERT_EQ(d.diagnostics.size(), 4u);
  for (const auto& diag : d.diagnostics) {
    EXPECT_EQ(diag.code, "invalid-utf8");
    EXPECT_EQ(diag.severity, Severity::kWarning);
  }
  ASSERT_TRUE(d.diagnostics[0].span);
  EXPECT_EQ(d.diagnostics[0].span->start, 5u);  // the lone \xC3
  auto p = d.lines.locate(d.text, d.diagnostics[0].span->start);
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 3u);
  EXPECT_TRUE(d.has_invalid_utf8);
  EXPECT_EQ(d.text.size(), d.source_bytes);  // offsets point into the original bytes
}

TEST(Document, BinaryInputIsRefused) {
  LoadResult r = load_from_bytes("b.bin", std::string("abc\0def", 7), {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error->code, "binary-input");
  std::string controls(100, '\x01');
  r = load_from_bytes("c.bin", controls + "text", {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error->code, "binary-input");
}

TEST(Document, Utf16WithBomIsTranscoded) {
  std::string le("\xFF\xFE" "H\0i\0 \0\x19\x20s\0", 12);  // "Hi ’s"
  Document d = load(le);
  EXPECT_EQ(d.text, "Hi \xE2\x80\x99s");
  std::string be("\xFE\xFF\0H\0i", 6);
  EXPECT_EQ(load(be).text, "Hi");
}

TEST(Document, Utf16WithoutBomIsTranscodedWithAWarning) {
  std::string le;
  for (char c : std::string("Hello there, world")) {
    le.push_back(c);
    le.push_back('\0');
  }
  Document d = load(le);
  EXPECT_EQ(d.text, "Hello there, world");
  ASSERT_FALSE(d.diagnostics.empty());
  EXPECT_EQ(d.diagnostics[0].code, "utf16-without-bom");
}

// A file written to a temporary path, removed with the object.
struct TempFile {
  std::string path;
  explicit TempFile(const std::string& bytes)
      : path((std::filesystem::temp_directory_path() /
              ("speechscan-doc-" + std::to_string(::getpid()) + "-" + std::to_string(bytes.size())))
                 .string()) {
    std::ofstream(path, std::ios::binary) << bytes;
  }
  ~TempFile() { std::remove(path.c_str()); }
};

// load_file() reads into a buffer it does not zero first (document.cc): the same text,
// followed by a NUL byte that scans may read, at sizes on and off a page boundary.
TEST(Document, FilesAreReadWholeWithATrailingNul) {
  const std::string unit = "We will act by 2030. ";  // 21 bytes
  for (size_t size : {size_t{1} << 20, (size_t{1} << 20) + 1, (size_t{1} << 20) + 4095}) {
    std::string bytes;
    while (bytes.size() + unit.size() <= size) bytes += unit;
    bytes.append(size - bytes.size(), '.');
    TempFile f(bytes);
    LoadResult r = load_file(f.path, {});
    ASSERT_TRUE(r.ok()) << size;
    const Document& d = *r.document;
    EXPECT_EQ(d.text.size(), size);
    EXPECT_TRUE(d.text == bytes) << size;
    EXPECT_EQ(d.text.data()[size], '\0') << size;
    EXPECT_EQ(d.source_bytes, size);
    // A copy views the same bytes, which live as long as either.
    Document copy = d;
    r.document.reset();
    EXPECT_EQ(copy.text.substr(0, unit.size()), unit);
  }
}

TEST(Document, LargeFilesAreTranscodedOrRefusedAsStrings) {
  std::string le;
  while (le.size() < (size_t{1} << 20)) {
    for (char c : std::string("Hello there, world. ")) {
      le.push_back(c);
      le.push_back('\0');
    }
  }
  TempFile utf16(le);
  LoadResult r = load_file(utf16.path, {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.document->text.size(), le.size() / 2);
  EXPECT_EQ(r.document->text.substr(0, 20), "Hello there, world. ");
  EXPECT_EQ(r.document->text.data()[le.size() / 2], '\0');
  ASSERT_FALSE(r.document->diagnostics.empty());
  EXPECT_EQ(r.document->diagnostics[0].code, "utf16-without-bom");

  std::string binary(size_t{1} << 20, 'a');
  binary[12345] = '\0';
  binary[12347] = '\0';
  TempFile bin(binary + std::string(1, '\x01'));
  r = load_file(bin.path, {});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error->code, "binary-input");
}

TEST(Document, Utf8BomIsKeptAsInputBytes) {
  Document d = load("\xEF\xBB\xBFHello.");
  EXPECT_EQ(d.text.size(), 9u);
  EXPECT_TRUE(d.diagnostics.empty());
}

TEST(Document, LineIndexCountsCodePointsAndAllLineEnds) {
  Document d = load("a\r\nbé c\rd\ne");
  EXPECT_EQ(d.lines.line_count(), 4u);
  auto p = d.lines.locate(d.text, 7);  // "c" after "bé "
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 4u);
  EXPECT_EQ(d.lines.locate(d.text, 9).line, 3u);
  EXPECT_TRUE(d.lines.mixed_line_endings());
  std::string long_line(1000, 'x');
  long_line += "\xC3\xA9y";
  Document l = load(long_line);
  EXPECT_EQ(l.lines.locate(l.text, 1002).column, 1002u);
}

// Columns at every offset of lines that cross 256-byte blocks, some blocks all ASCII and
// some not, equal a plain count of the line's code points before the offset.
TEST(Document, LineIndexColumnsMatchAPlainCountAtEveryOffset) {
  std::string text;
  for (int k = 0; k < 9; ++k) {
    text += std::string(static_cast<size_t>(97 * k + 13), 'a');
    if (k % 3 != 2) text += k % 2 ? "\xE2\x80\x99" : "\xC3\xA9";
    if (k % 4 == 3) text += "\n";
  }
  Document d = load(text);
  ASSERT_EQ(d.text, text);
  uint32_t line = 1, column = 1, hint = 0;
  for (uint32_t i = 0; i <= text.size(); ++i) {
    auto plain = d.lines.locate(d.text, i);
    auto hinted = d.lines.locate(d.text, i, hint);
    ASSERT_EQ(plain.line, line) << i;
    ASSERT_EQ(plain.column, column) << i;
    ASSERT_EQ(hinted.line, line) << i;
    ASSERT_EQ(hinted.column, column) << i;
    if (i == text.size()) break;
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++column;  // byte i starts a code point
    }
  }
}

TEST(Document, EmptyAndControlCharacters) {
  Document e = load("  \n\n ");
  ASSERT_EQ(e.diagnostics.size(), 1u);
  EXPECT_EQ(e.diagnostics[0].code, "empty-document");
  Document c = load("Hello\x07 world.");
  ASSERT_EQ(c.diagnostics.size(), 1u);
  EXPECT_EQ(c.diagnostics[0].code, "control-characters");
  EXPECT_EQ(c.diagnostics[0].span->start, 5u);
}

// Every control character and DEL is counted wherever it stands: inside a run of plain
// ASCII that the scan skips 16 bytes at a time, at a block's edge, after non-ASCII text.
TEST(Document, ControlCharactersAreCountedInsideLongAsciiRuns) {
  std::string text =
      "Hello\x7F there, this is a long line of plain ASCII text.\x01 And caf\xC3\xA9\x7F.";
  for (size_t at = 0; at < 40; ++at) {
    std::string t = std::string(at, 'a') + text;
    Document d = load(t);
    ASSERT_EQ(d.diagnostics.size(), 1u) << at;
    EXPECT_EQ(d.diagnostics[0].code, "control-characters");
    EXPECT_EQ(d.diagnostics[0].message, "3 control characters in the text") << at;
    EXPECT_EQ(d.diagnostics[0].span->start, at + 5) << at;
  }
}

// Every offset's line and column from LineIndex::locate(), with and without a hint,
// against a count by hand: a line per '\n', a column per code point's first byte.
void expect_positions_counted_by_hand(const Document& d) {
  uint32_t line = 1, column = 1, hint = 0;
  for (uint32_t o = 0; o <= d.text.size(); ++o) {
    auto p = d.lines.locate(d.text, o);
    ASSERT_EQ(p.line, line) << "offset " << o;
    ASSERT_EQ(p.column, column) << "offset " << o;
    auto h = d.lines.locate(d.text, o, hint);
    ASSERT_EQ(h.column, column) << "offset " << o;
    if (o == d.text.size()) break;
    const auto c = static_cast<unsigned char>(d.text[o]);
    if (c == '\n') {
      ++line;
      column = 1;
    } else if ((c & 0xC0) != 0x80) {
      ++column;  // a code point starts here (continuation bytes add nothing)
    }
  }
}

// Columns against a count by hand, for every offset of texts whose 256-byte blocks are
// plain ASCII, hold an accented letter, or end inside a multi-byte character, with long
// and short lines and a text that ends on a block's edge.
TEST(Document, LocateAgreesWithACountByHandAcrossBlocks) {
  const std::string e_acute = "\xC3\xA9";
  const std::vector<std::string> texts = {
      std::string(600, 'a') + e_acute + std::string(300, 'b') + "\n" + std::string(40, 'c'),
      std::string(255, 'a') + e_acute + "\n" + std::string(700, 'b'),
      std::string(512, 'a'),
      std::string(100, 'a') + "\n" + std::string(411, 'b') + e_acute,
      "\xE2\x80\x9C" + std::string(254, 'a') + "\n\n" + std::string(258, 'b') + "\xE2\x80\x9D",
      // An ASCII line over more than four blocks, then lines beside an accented block.
      std::string(1100, 'a') + "\n" + std::string(10, 'b') + e_acute + "\n" + std::string(300, 'c'),
  };
  for (const std::string& t : texts) {
    Document d = load(t);
    expect_positions_counted_by_hand(d);
    if (HasFatalFailure()) return;
  }
}

// Columns count only the continuation bytes between the line's start and the offset:
// lines that start at every place in an 8-byte word, next to multi-byte characters on
// either side of the line break ("\xC3\xA9\n\xE2\x80\x99"), and lines just under and
// over the 1,024 bytes that are counted word by word.
TEST(Document, ColumnsCountOnlyTheLinesOwnCodePoints) {
  std::string text;
  for (int k = 0; k < 24; ++k) {
    text += std::string(static_cast<size_t>(k % 9), 'a');
    text += k % 2 ? "\xE2\x80\x99" : "\xC3\xA9";
    text += std::string(static_cast<size_t>(k % 5), 'b');
    if (k % 3 == 0) text += "\xC3\xA9";
    text += "\n";
  }
  for (size_t n : {1015, 1016, 1023, 1024, 1025, 1040}) {
    text += "\xC3\xA9" + std::string(n, 'c') + "\xE2\x80\x9D" + std::string(9, 'd') + "\n";
  }
  Document d = load(text);
  ASSERT_EQ(d.text, text);
  expect_positions_counted_by_hand(d);
}

TEST(Document, HintedLocateAgreesWithTheSearchInAnyOrder) {
  Document d = load("One.\n\nTwo \xC3\xA9 three.\r\nFour\rfive\n" + std::string(300, 'x') + "\n\nend");
  std::vector<uint32_t> offsets;
  for (uint32_t o = 0; o <= d.text.size(); ++o) offsets.push_back(o);  // in order
  for (uint32_t o = static_cast<uint32_t>(d.text.size()) + 1; o-- > 0;) offsets.push_back(o);  // backwards
  for (uint32_t k = 0; k < 200; ++k) offsets.push_back((k * 7919u) % static_cast<uint32_t>(d.text.size() + 1));
  uint32_t hint = 0;
  for (uint32_t o : offsets) {
    auto want = d.lines.locate(d.text, o);
    auto got = d.lines.locate(d.text, o, hint);
    ASSERT_EQ(got.line, want.line) << "offset " << o;
    ASSERT_EQ(got.column, want.column) << "offset " << o;
    ASSERT_EQ(hint, want.line);
  }
  uint32_t stale = 999;  // a hint past the last line falls back to the search
  EXPECT_EQ(d.lines.locate(d.text, 3, stale).line, 1u);
}

}  // namespace
}  // namespace speechscan
