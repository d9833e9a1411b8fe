#!/usr/bin/env python3
"""End-to-end tests of `speechscan check` (rules, severities, exit codes, baseline) and
`speechscan timeline`."""
import json
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clitest import GOLD, SAMPLE, main, run, run_json  # noqa: E402


def write(d, name, data):
    path = os.path.join(d, name)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    return path


class Check(unittest.TestCase):
    def test_clean_transcripts_exit_0(self):
        code, out, err = run("check", SAMPLE)
        self.assertEqual(code, 0, out + err)
        self.assertEqual(out, "")
        self.assertIn("check: 1 file, 0 errors, 0 warnings", err)

    def test_diagnostics_name_path_line_and_column(self):
        with tempfile.TemporaryDirectory() as d:
            bad = write(d, "bad.txt", b"8 January 2026\n\nWe met.\nA bad \xff byte.\n")
            code, out, _ = run("check", bad)
            self.assertEqual(code, 0)  # warnings only
            self.assertEqual(out, f"{bad}:4:7: warning: invalid UTF-8 (1 byte), read as U+FFFD [invalid-utf8]\n")

    def test_every_rule_fires(self):
        with tempfile.TemporaryDirectory() as d:
            write(d, "a-good.txt", "8 January 2026\n\nWe met today.\n")
            write(d, "b-binary.txt", b"\x00\x01\x02" * 40)
            write(d, "c-empty.txt", "   \n\n")
            write(d, "d-nodate.txt", "We met yesterday.\n")
            write(d, "e-mixed.txt", "8 January 2026\r\n\nA line.\rAnother.\n")
            write(d, "f-control.txt", "8 January 2026\n\nA bell \x07 here.\n")
            write(d, "g-copy.txt", "8 January 2026\n\nWe met today.\n")
            code, out, err = run("check", "--format", "json", d)
            self.assertEqual(code, 1, err)  # binary-input is an error
            rep = json.loads(out)
            codes = {(os.path.basename(x["path"]), x["code"]) for x in rep["diagnostics"]}
            for want in [("b-binary.txt", "binary-input"), ("c-empty.txt", "empty-document"),
                         ("c-empty.txt", "missing-date"), ("d-nodate.txt", "missing-date"),
                         ("d-nodate.txt", "unanchored-time"), ("e-mixed.txt", "mixed-line-endings"),
                         ("f-control.txt", "control-characters"), ("g-copy.txt", "duplicate-document")]:
                self.assertIn(want, codes)
            self.assertFalse([c for c in codes if c[0] == "a-good.txt"])
            self.assertEqual(rep["files"], 7)
            self.assertEqual(rep["errors"], 1)

    def test_error_on_ignore_and_max_warnings(self):
        with tempfile.TemporaryDirectory() as d:
            p = write(d, "nodate.txt", "We met yesterday.\n")
            self.assertEqual(run("check", p)[0], 0)
            self.assertEqual(run("check", "--max-warnings", "0", p)[0], 1)
            self.assertEqual(run("check", "--max-warnings", "2", p)[0], 0)
            code, out, _ = run("check", "--error-on", "missing-date", p)
            self.assertEqual(code, 1)
            self.assertIn("error: no dateline", out)
            code, out, _ = run("check", "--ignore", "missing-date,unanchored-time", "--max-warnings", "0", p)
            self.assertEqual((code, out), (0, ""))
            self.assertEqual(run("check", "--ignore", "no-such-rule", p)[0], 2)

    def test_io_error_exits_2_and_other_files_are_checked(self):
        with tempfile.TemporaryDirectory() as d:
            bad = write(d, "bad.txt", b"\x00" * 10)
            code, out, _ = run("check", os.path.join(d, "missing.txt"), bad)
            self.assertEqual(code, 2)
            self.assertIn("missing.txt: error: No such file or directory [io-error]", out)
            self.assertIn("bad.txt: error: binary input", out)

    def test_commitment_without_actor(self):
        with tempfile.TemporaryDirectory() as d:
            p = write(d, "p.txt", "8 January 2026\n\nSanctions will be imposed.\n")
            _, out, _ = run("check", p)
            # A passive with no agent is the speaker's side only when a speaker is known.
            self.assertIn("[commitment-without-actor]", out)


class Baseline(unittest.TestCase):
    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.path = write(self.dir.name, "speech.txt", open(SAMPLE, encoding="utf-8").read())
        code, out, _ = run("--format", "json", self.path)
        self.assertEqual(code, 0)
        self.baseline = write(self.dir.name, "baseline.json", out)

    def tearDown(self):
        self.dir.cleanup()

    def test_unchanged_is_clean(self):
        code, out, _ = run("check", "--baseline", self.baseline, self.path)
        self.assertEqual((code, out), (0, ""))

    def test_ndjson_baseline_is_read_too(self):
        _, out, _ = run("--format", "ndjson", self.path)
        nd = write(self.dir.name, "b.ndjson", out)
        self.assertEqual(run("check", "--baseline", nd, self.path)[0], 0)

    def test_added_and_removed_commitments_are_caught(self):
        text = open(self.path, encoding="utf-8").read()
        text = text.replace("we will keep up the pressure on Russia", "we might keep up the pressure on Russia")
        text = text.replace("Thank you, Emmanuel.", "We will hold a summit in Rome.\n\nThank you, Emmanuel.")
        with open(self.path, "w", encoding="utf-8") as f:
            f.write(text)
        code, out, _ = run("check", "--baseline", self.baseline, self.path)
        self.assertEqual(code, 1)
        self.assertIn('error: commitment appeared: "We will hold a summit in Rome." [baseline-drift]', out)
        self.assertIn('error: commitment vanished: "we will keep up the pressure on Russia', out)

    def test_bad_baseline_is_a_usage_error(self):
        junk = write(self.dir.name, "junk.json", "{not json")
        code, _, err = run("check", "--baseline", junk, self.path)
        self.assertEqual(code, 2)
        self.assertIn("junk.json: not JSON", err)


class Timeline(unittest.TestCase):
    def test_events_of_all_inputs_in_date_order(self):
        may = os.path.join(GOLD, "may-stop-and-search-2014-04-30.txt")
        code, out, err = run("timeline", "--format", "json", SAMPLE, may)
        self.assertEqual(code, 0, err)
        events = json.loads(out)
        self.assertTrue(events)
        dates = [e["date"] for e in events]
        keys = [d if len(d) != 4 else d + "-01-01" for d in dates]
        self.assertEqual(keys, sorted(keys))
        self.assertEqual({e["path"] for e in events}, {SAMPLE, may})
        hit = [e for e in events if e["text"].startswith("His forces hit a hospital")]
        self.assertEqual(len(hit), 1)
        self.assertEqual(hit[0]["date"], "2026-01-07")

    def test_text_tsv_and_ndjson(self):
        code, out, _ = run("timeline", SAMPLE)
        self.assertEqual(code, 0)
        self.assertIn("2026-01-07  ", out)
        _, tsv, _ = run("timeline", "--format", "tsv", SAMPLE)
        self.assertTrue(tsv.startswith("date\tpath\tline\t"))
        _, nd, _ = run("timeline", "--format", "ndjson", SAMPLE)
        self.assertEqual(len(nd.splitlines()), len(tsv.splitlines()) - 1)


if __name__ == "__main__":
    main()
