#include "speechscan/report.h"

#include <gtest/gtest.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "../../src/json_chars.h"  // internal to the JSON report
#include "speechscan/analysis.h"
#include "speechscan/unicode.h"

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

// The collapse reads eight bytes at a time; an obvious byte loop is the oracle.
std::string naive_collapse(std::string_view s) {
  std::string out;
  bool pending = false;
  for (size_t i = 0; i < s.size();) {
    bool nbsp = static_cast<unsigned char>(s[i]) == 0xC2 && i + 1 < s.size() &&
                static_cast<unsigned char>(s[i + 1]) == 0xA0;
    char c = s[i];
    if (nbsp || c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\v') {
      pending = !out.empty();
      i += nbsp ? 2 : 1;
      continue;
    }
    if (pending) out += ' ';
    pending = false;
    out += c;
    ++i;
  }
  return out;
}

TEST(Report, CollapseSpaceMatchesByteLoopAtEveryBlockOffset) {
  const char alphabet[] = {'a', 'b', ' ', ' ', ' ', '\n', '\t', '\xC2', '\xA0', '\x01', '"'};
  std::mt19937 rng(7);
  for (int round = 0; round < 20000; ++round) {
    std::string s(rng() % 40, 'x');
    for (char& c : s) c = alphabet[rng() % sizeof alphabet];
    ASSERT_EQ(collapse_space(s), naive_collapse(s)) << testing::PrintToString(s);
  }
}

TEST(JsonChars, PutUintMatchesToChars) {
  std::vector<uint32_t> values;
  for (uint32_t v = 0; v < 200000; ++v) values.push_back(v);
  // Every v around 10^6, where the digit-pair path gives way to the lane split.
  for (uint32_t v = 990'000; v < 1'010'000; ++v) values.push_back(v);
  for (uint64_t p = 10; p <= 1'000'000'000; p *= 10) {
    for (uint64_t d = p - 2; d <= p + 2; ++d) values.push_back(static_cast<uint32_t>(d));
  }
  for (uint32_t v : {99'999'999u, 100'000'000u, 999'999'999u, 1'000'000'000u, 4'294'967'295u}) {
    values.push_back(v);
  }
  std::mt19937 rng(3);
  for (int k = 0; k < 1'000'000; ++k) values.push_back(static_cast<uint32_t>(rng()) >> (rng() % 32));
  for (uint32_t v : values) {
    char want[16];
    char* want_end = std::to_chars(want, want + sizeof want, v).ptr;
    char got[json_chars::kUintRoom + 2];
    std::memset(got, '#', sizeof got);
    char* got_end = json_chars::put_uint(v, got);
    ASSERT_EQ(std::string_view(got, static_cast<size_t>(got_end - got)),
              std::string_view(want, static_cast<size_t>(want_end - want)));
    ASSERT_EQ(got[json_chars::kUintRoom], '#') << v;  // nothing written past the room
  }
}

// Every byte class JSON treats apart, at every offset of strings of every length up to
// three 16-byte blocks (so at every block edge and in every overlapping tail).
const std::vector<std::string>& byte_classes() {
  static const std::vector<std::string> classes = {
      std::string(1, '\0'), "\x01", "\x1F", "\t", "\n", "\r", "\"", "\\", "\x7F",
      "/",    "\xC3\xA9", "\xE2\x80\x99", "\xC2\xA0", "\xC2", "\xFF", "\x80", " ", "  "};
  return classes;
}

TEST(JsonChars, CopyPlainMatchesAByteLoop) {
  for (size_t n = 0; n <= 48; ++n) {
    for (size_t at = 0; at <= n; ++at) {
      for (const std::string& cls : byte_classes()) {
        std::string s(n, 'x');
        s.replace(std::min(at, n), cls.size(), cls);
        s.resize(n);
        bool want = std::none_of(s.begin(), s.end(), [](char c) {
          auto u = static_cast<unsigned char>(c);
          return u < 0x20 || u == '"' || u == '\\';
        });
        // The string alone in its own allocation, so that a read past it is caught by
        // the address sanitizer; guard bytes around the output catch a write past it.
        std::vector<char> in(s.begin(), s.end());
        std::string out(n + 32, '#');
        bool got = json_chars::copy_plain(in.data(), n, out.data() + 16);
        ASSERT_EQ(got, want) << testing::PrintToString(s);
        ASSERT_EQ(out.substr(0, 16), std::string(16, '#'));
        ASSERT_EQ(out.substr(n + 16), std::string(16, '#'));
        if (want) {
          ASSERT_EQ(out.substr(16, n), s);
        }
      }
    }
  }
}

// RapidJSON's own escaping of `s`, quotes included: what the report must write.
std::string rapidjson_string(std::string_view s) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  return std::string(buffer.GetString(), buffer.GetSize());
}

// One document whose whole text is one sentence, one actor's mention and one time, written
// through the report's fast paths (the text is taken as valid UTF-8 whatever its bytes,
// so that invalid bytes reach the copy loops too).
std::string report_of(const std::string& text) {
  Analysis a;
  a.doc.text = text;
  a.doc.lines = LineIndex(a.doc.text);
  const Span whole{0, static_cast<uint32_t>(text.size())};
  a.sentences.push_back(Sentence{whole, 0, 0});
  Actor actor;
  actor.id = "x";
  actor.mentions.push_back(Mention{whole, 0});
  a.actors.push_back(actor);
  TimeExpr time;
  time.span = whole;
  time.value = "2026";
  a.times.push_back(time);
  // Strings written by str(): checked as they are copied, written through RapidJSON's
  // escaping when the check fails (after a key's ':' and after an earlier item's ',').
  a.doc.path = text;
  for (int k = 0; k < 2; ++k) {
    Diagnostic d;
    d.code = "test";
    d.message = text;
    a.diagnostics.push_back(d);
  }
  std::string out;
  write_json(a, {}, out);
  // The same document as the pretty writer writes it (RapidJSON's own calls, none of the
  // fast paths): the same JSON value.
  ReportOptions pretty;
  pretty.pretty = true;
  std::string slow;
  write_json(a, pretty, slow);
  rapidjson::Document fast_doc;
  rapidjson::Document slow_doc;
  fast_doc.Parse(out.data(), out.size());
  slow_doc.Parse(slow.data(), slow.size());
  EXPECT_FALSE(fast_doc.HasParseError()) << out;
  EXPECT_TRUE(fast_doc == slow_doc) << out << "\n" << slow;
  return out;
}

TEST(Report, JsonFastPathsMatchRapidJsonForEveryByteClass) {
  std::mt19937 rng(5);
  std::vector<std::string> texts;
  for (size_t n = 0; n <= 48; ++n) {
    for (size_t at = 0; at <= n; ++at) {
      for (const std::string& cls : byte_classes()) {
        std::string s(n, 'w');
        for (size_t i = 5; i < n; i += 7) s[i] = ' ';  // single spaces copied as they are
        s.replace(std::min(at, n), cls.size(), cls);
        s.resize(n);
        texts.push_back(s);
      }
    }
  }
  // Random mixes: several classes in one string, runs across block edges.
  for (int k = 0; k < 20000; ++k) {
    std::string s;
    const size_t n = rng() % 70;
    while (s.size() < n) {
      s += rng() % 3 == 0 ? byte_classes()[rng() % byte_classes().size()] : std::string(rng() % 9, 'q');
    }
    texts.push_back(s);
  }
  for (const std::string& s : texts) {
    std::string out = report_of(s);
    std::string sentence = "{\"index\":0,\"text\":" + rapidjson_string(naive_collapse(s)) + ",\"span\":";
    std::string mention = "{\"text\":" + rapidjson_string(s) + ",\"span\":";
    ASSERT_NE(out.find(sentence), std::string::npos) << testing::PrintToString(s) << "\n" << out;
    // The mention's and the time's.
    const size_t first = out.find(mention);
    ASSERT_NE(first, std::string::npos) << testing::PrintToString(s) << "\n" << out;
    ASSERT_NE(out.find(mention, first + 1), std::string::npos) << testing::PrintToString(s) << "\n" << out;
    ASSERT_NE(out.find("{\"path\":" + rapidjson_string(s) + ","), std::string::npos)
        << testing::PrintToString(s) << "\n"
        << out;
    std::string diagnostic = ",\"message\":" + rapidjson_string(s) + "}";
    ASSERT_NE(out.find("[{\"severity\":\"warning\",\"code\":\"test\"" + diagnostic +
                       ",{\"severity\":\"warning\",\"code\":\"test\"" + diagnostic + "]"),
              std::string::npos)
        << testing::PrintToString(s) << "\n"
        << out;
  }
}

TEST(Report, JsonStringsRoundTripWhateverNeedsEscaping) {
  // Quotes, backslashes and control characters at every offset of an eight-byte block.
  const char* specials[] = {"\"", "\\", "\x01", "\x1B", "\x1F", "\x7F", "/", "\xC3\xA9"};
  for (const char* sp : specials) {
    for (int at = 0; at < 17; ++at) {
      std::string sentence = std::string(static_cast<size_t>(at), 'w') + sp + "tail of it.";
      Analysis a = analyze_text(sentence + "\n");
      std::string out;
      write_json(a, {}, out);
      rapidjson::Document d;
      d.Parse<rapidjson::kParseValidateEncodingFlag>(out.data(), out.size());
      ASSERT_FALSE(d.HasParseError()) << out;
      std::string text;
      for (const auto& s : d["sentences"].GetArray()) {
        if (!text.empty()) text += ' ';
        text += s["text"].GetString();
      }
      EXPECT_EQ(text, collapse_space(sentence)) << out;
    }
  }
}

TEST(Report, JsonInPiecesIsTheWholeReport) {
  std::string text = "8 January 2026\n\n";
  while (text.size() < 3'000'000) text += "We will build \"homes\" in Paris by March 2027, Macron said.\n";
  Analysis a = analyze_text(text);
  std::string whole;
  write_json(a, {}, whole);
  std::string joined;
  size_t pieces = 0;
  write_json(a, {}, ChunkSink([&](std::string_view piece) {
               EXPECT_LE(piece.size(), (size_t{1} << 20) + 4096);
               joined.append(piece);
               ++pieces;
             }));
  EXPECT_EQ(joined, whole);
  EXPECT_GT(pieces, 3u);
}

// A large document's stages run side by side with AnalyzeOptions::threads = 2 (actors
// beside times, commitments beside events): the report is byte for byte the one of a run
// in turn, for every section, with the development speeches repeated past the size at
// which the second thread starts.
TEST(Analysis, TwoThreadsGiveTheSameReport) {
  std::string text = "8 January 2026\n\n";
  std::vector<std::string> speeches;
  for (const auto& entry : std::filesystem::directory_iterator(SPEECHSCAN_TEST_DATA "/gold")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path(), std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    speeches.push_back(bytes.str());
  }
  ASSERT_GE(speeches.size(), 4u);
  std::sort(speeches.begin(), speeches.end());
  while (text.size() < 600'000)
    for (const std::string& s : speeches) text += s + "\n";
  auto analyse = [&](unsigned threads) {
    LoadResult r = load_from_bytes("big.txt", text, LoadOptions{});
    EXPECT_TRUE(r.ok());
    AnalyzeOptions options;
    options.threads = threads;
    return default_analyzer().analyze(std::move(*r.document), options);
  };
  Analysis one = analyse(1);
  Analysis two = analyse(2);
  EXPECT_GT(one.actors.size(), 20u);
  EXPECT_GT(one.times.size(), 100u);
  EXPECT_GT(one.events.size(), 50u);
  EXPECT_GT(one.commitments.size(), 100u);
  std::string a, b;
  write_json(one, {}, a);
  write_json(two, {}, b);
  EXPECT_EQ(a.size(), b.size());
  EXPECT_TRUE(a == b);
}

// A text with no sentence ends and few tokens (a sentence ends after 2,000) is one
// sentence: its string is streamed to the sink in pieces of about a megabyte, cut only
// between UTF-8 sequences, each escaped on its own.
TEST(Report, JsonLongStringInPiecesIsExact) {
  const std::string unit = std::string(30'000, 'x') + " \"no\" a\\b \x01 caf\xC3\xA9 \xFF \xE2\x82 ";
  std::string text;
  while (text.size() < 3'200'000) text += unit;
  const size_t mb = size_t{1} << 20;
  auto put = [&text](size_t at, std::string_view bytes) { text.replace(at, bytes.size(), bytes); };
  put(mb - 4, " \xF0\x9F\x98\x80 ");          // a 4-byte sequence across the first piece's end
  put(2 * mb - 6, " \xE2\x82\xAC ");           // a 3-byte one across the second's (it starts at mb - 3)
  put(3 * mb - 10, " \x80\x80\x80\x80\x80 ");  // stray continuation bytes across the third's
  text.back() = 'z';
  Analysis a = analyze_text(text);
  ASSERT_EQ(a.sentences.size(), 1u);
  ASSERT_TRUE(a.doc.has_invalid_utf8);

  std::string joined;
  size_t largest = 0, pieces = 0;
  write_json(a, {}, ChunkSink([&](std::string_view piece) {
               joined.append(piece);
               largest = std::max(largest, piece.size());
               ++pieces;
             }));
  EXPECT_GT(pieces, 3u);
  EXPECT_LE(largest, mb + mb / 16);  // never the whole 3.2 MB string at once

  std::string want;  // every invalid byte as U+FFFD
  for (size_t i = 0; i < text.size();) {
    unicode::Decoded d = unicode::decode(text, i);
    want += d.valid ? text.substr(i, d.length) : "\xEF\xBF\xBD";
    i += d.length;
  }
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag>(joined.data(), joined.size());
  ASSERT_FALSE(d.HasParseError());
  ASSERT_EQ(d["sentences"].Size(), 1u);
  const auto& got = d["sentences"][0]["text"];
  EXPECT_TRUE(std::string_view(got.GetString(), got.GetStringLength()) == want);
  EXPECT_EQ(d["sentences"][0]["span"]["end"].GetUint(), text.size());
}

// The same for valid UTF-8, whose sentence texts otherwise take the one-pass collapse into
// the writer's buffer: a sentence longer than a flush still goes out in pieces, with its
// white space collapsed and its quotes and backslashes escaped.
TEST(Report, JsonLongValidSentenceInPieces) {
  const std::string unit = std::string(30'000, 'y') + "  \"quoted\" a\\b\n\t caf\xC3\xA9 ";
  std::string text;
  while (text.size() < 3'200'000) text += unit;
  text.back() = 'z';
  Analysis a = analyze_text(text);
  ASSERT_EQ(a.sentences.size(), 1u);
  ASSERT_FALSE(a.doc.has_invalid_utf8);

  std::string joined;
  size_t largest = 0;
  write_json(a, {}, ChunkSink([&](std::string_view piece) {
               joined.append(piece);
               largest = std::max(largest, piece.size());
             }));
  const size_t mb = size_t{1} << 20;
  EXPECT_LE(largest, mb + mb / 16);  // never the whole 3.2 MB string at once
  rapidjson::Document d;
  d.Parse<rapidjson::kParseValidateEncodingFlag>(joined.data(), joined.size());
  ASSERT_FALSE(d.HasParseError());
  ASSERT_EQ(d["sentences"].Size(), 1u);
  const auto& got = d["sentences"][0]["text"];
  EXPECT_TRUE(std::string_view(got.GetString(), got.GetStringLength()) == collapse_space(text));
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

// stats.words counts the word and number tokens, four at a time and then one by one:
// texts of every length up to a dozen tokens, of every kind (punctuation, a symbol, a URL,
// an e-mail address), against a count of the tokens themselves.
TEST(Report, StatsWordsCountWordAndNumberTokens) {
  const std::string pieces[] = {
      "We",   " 12", ",",   " $", "5", " https://example.org", " and", " me@example.org",
      " 3.5", "%",   " go", "."};
  std::string text;
  for (const std::string& p : pieces) {
    text += p;
    Analysis a = analyze_text(text + "\n");
    uint32_t want = 0;
    for (const Token& t : a.tokens)
      want += t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
    std::string out;
    write_json(a, ReportOptions{}, out);
    rapidjson::Document d;
    d.Parse(out.data(), out.size());
    ASSERT_FALSE(d.HasParseError()) << text;
    EXPECT_EQ(d["stats"]["words"].GetUint(), want) << text;
    EXPECT_EQ(d["stats"]["tokens"].GetUint(), a.tokens.size()) << text;
  }
}

// A span that starts where its sentence does takes the sentence's position, and one
// that does not is located: both as LineIndex::locate() gives them, with every section
// written and with only the events (no sentence positions to reuse).
TEST(Report, SpanPositionsAtAndAfterTheirSentencesStart) {
  Analysis a = analyze_text(
      "8 January 2026\n\n\xE2\x80\x9CWe\xE2\x80\x9D met today. Yesterday, "
      "\xC3\xA9lan aside, we signed it.\nIn 2025 we won. The French will vote tomorrow.\n");
  ASSERT_GE(a.events.size(), 3u);
  for (Section only : {Section::kAll, Section::kEvents, Section::kTimes}) {
    ReportOptions o;
    o.only = only;
    std::string out;
    write_json(a, o, out);
    rapidjson::Document d;
    d.Parse(out.data(), out.size());
    ASSERT_FALSE(d.HasParseError());
    for (const char* section : {"events", "times"}) {
      for (const auto& item : d[section].GetArray()) {
        const auto& span = item["span"];
        const auto want = a.doc.lines.locate(a.doc.text, span["start"].GetUint());
        EXPECT_EQ(span["line"].GetUint(), want.line) << section;
        EXPECT_EQ(span["column"].GetUint(), want.column) << section;
      }
    }
  }
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
