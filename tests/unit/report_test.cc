#include "speechscan/report.h"

#include <gtest/gtest.h>

#include <rapidjson/document.h>

#include <string>

namespace speechscan {
namespace {

TEST(Report, CollapseSpace) {
  const std::pair<const char*, const char*> rows[] = {
      {"a  b", "a b"},
      {"  lead and trail \n", "lead and trail"},
      {"one\n\ntwo\r\nthree\tfour", "one two three four"},
      {"no\xC2\xA0" "break", "no break"},       // U+00A0 is white space
      {"caf\xC3\xA9 \xC2\xA9", "caf\xC3\xA9 \xC2\xA9"},  // é and © stay
      {"\xC2", "\xC2"},                         // a lone lead byte stays
      {"", ""},
      {" \n ", ""},
  };
  for (const auto& [in, want] : rows) EXPECT_EQ(collapse_space(in), want) << in;
  std::string out = "x";
  collapse_space_into("  y  z ", out);
  EXPECT_EQ(out, "xy z");
}

TEST(Report, JsonHasEveryContractFieldAndValidUtf8) {
  Analysis a = analyze_text("8 January 2026\n\nWe will act today. Bad \xFF byte.\n");
  std::string out;
  write_json(a, {}, out);
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag>(out.data(), out.size());
  ASSERT_FALSE(d.HasParseError()) << out;
  for (const char* key : {"schema", "source", "document", "stats", "sentences", "actors", "times", "events",
                          "commitments", "diagnostics"}) {
    EXPECT_TRUE(d.HasMember(key)) << key;
  }
  EXPECT_STREQ(d["document"]["date"].GetString(), "2026-01-08");
  EXPECT_EQ(d["sentences"].Size(), 3u);
  EXPECT_STREQ(d["sentences"][2]["text"].GetString(), "Bad \xEF\xBF\xBD byte.");
  EXPECT_EQ(d["sentences"][2]["span"]["line"].GetUint(), 3u);
  EXPECT_EQ(d["sentences"][2]["span"]["column"].GetUint(), 20u);
}

TEST(Report, OnlyEmptiesTheOtherArrays) {
  Analysis a = analyze_text("8 January 2026\n\nWe will act today.\n");
  ReportOptions o;
  o.only = Section::kTimes;
  std::string out;
  write_json(a, o, out);
  rapidjson::Document d;
  d.Parse(out.data(), out.size());
  EXPECT_EQ(d["sentences"].Size(), 0u);
  EXPECT_GE(d["times"].Size(), 1u);
  EXPECT_EQ(d["stats"]["sentences"].GetUint(), 2u);
}

TEST(Report, DiagnosticLine) {
  Analysis a = analyze_text("ok\nab\xFF");
  ASSERT_FALSE(a.diagnostics.empty());
  std::string line;
  write_diagnostic_line(a, a.diagnostics[0], line);
  EXPECT_EQ(line, "test.txt:2:3: warning: invalid UTF-8 (1 byte), read as U+FFFD [invalid-utf8]\n");
}

}  // namespace
}  // namespace speechscan
