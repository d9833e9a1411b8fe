#!/usr/bin/env python3
"""End-to-end tests of the speechscan command: formats, stdin, several inputs, exit codes."""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clitest import BIN, DATA, EVAL, GOLD, ROOT, SAMPLE, main, run, run_json  # noqa: E402


class Formats(unittest.TestCase):
    def test_text_report_puts_commitments_first(self):
        code, out, err = run(SAMPLE)
        self.assertEqual(code, 0, err)
        self.assertIn("date 2026-01-08 (dateline)", out)
        self.assertLess(out.index("Commitments ("), out.index("Actors ("))
        self.assertNotIn("\x1b[", out)  # not a terminal: no colour
        self.assertEqual(err, "")

    def test_colour_only_when_asked_and_never_with_no_color(self):
        _, out, _ = run("--color", "always", SAMPLE)
        self.assertIn("\x1b[1m", out)
        _, out, _ = run(SAMPLE, env={"NO_COLOR": "1"})
        self.assertNotIn("\x1b[", out)

    def test_json_is_one_report_object(self):
        code, rep, err = run_json(SAMPLE)
        self.assertEqual(code, 0, err)
        self.assertEqual(rep["schema"], "speechscan.report/1")
        self.assertEqual(rep["source"], {"path": SAMPLE, "bytes": os.path.getsize(SAMPLE)})
        self.assertEqual(rep["document"]["date"], "2026-01-08")
        self.assertEqual(rep["document"]["date_source"], "dateline")
        self.assertEqual(rep["stats"]["sentences"], len(rep["sentences"]))
        text = open(SAMPLE, "rb").read()
        first = rep["sentences"][0]
        self.assertEqual(first["span"]["line"], 1)
        self.assertEqual(text[first["span"]["start"]:first["span"]["end"]].decode(), first["text"])

    def test_json_of_several_inputs_is_an_array_in_input_order(self):
        other = os.path.join(GOLD, "psaki-belarus-2021-05-28.txt")
        code, reps, err = run_json(SAMPLE, other)
        self.assertEqual(code, 0, err)
        self.assertEqual([r["source"]["path"] for r in reps], [SAMPLE, other])

    def test_ndjson_has_one_line_per_input(self):
        inputs = [SAMPLE] + sorted(os.path.join(GOLD, f) for f in os.listdir(GOLD) if f.endswith(".txt"))
        code, out, err = run("--format", "ndjson", *inputs)
        self.assertEqual(code, 0, err)
        lines = out.splitlines()
        self.assertEqual(len(lines), len(inputs))
        self.assertEqual([json.loads(l)["source"]["path"] for l in lines], inputs)

    def test_tsv_commitments_have_a_header_and_one_row_each(self):
        code, out, err = run("--format", "tsv", "--only", "commitments", SAMPLE)
        self.assertEqual(code, 0, err)
        lines = out.splitlines()
        self.assertTrue(lines[0].startswith("path\tindex\tline\tactors\t"))
        _, rep, _ = run_json(SAMPLE)
        self.assertEqual(len(lines) - 1, len(rep["commitments"]))
        for line in lines[1:]:
            self.assertEqual(len(line.split("\t")), len(lines[0].split("\t")))

    def test_tsv_header_is_written_once_for_many_inputs(self):
        code, out, _ = run("--format", "tsv", "--only", "sentences", SAMPLE, SAMPLE)
        self.assertEqual(code, 0)
        self.assertEqual(sum(1 for l in out.splitlines() if l.startswith("path\t")), 1)

    def test_markdown(self):
        code, out, err = run("--format", "markdown", SAMPLE)
        self.assertEqual(code, 0, err)
        self.assertTrue(out.startswith("## Prime Minister Keir Starmer"))
        self.assertIn("### Commitments (", out)
        self.assertIn("| # | Line | Who |", out)

    def test_only_limits_every_format(self):
        _, rep, _ = run_json("--only", "actors", SAMPLE)
        self.assertTrue(rep["actors"])
        self.assertEqual(rep["commitments"], [])
        self.assertEqual(rep["sentences"], [])
        _, out, _ = run("--only", "commitments", SAMPLE)
        self.assertIn("Commitments (", out)
        self.assertNotIn("Actors (", out)


class Inputs(unittest.TestCase):
    def test_stdin_as_dash(self):
        code, rep, err = run_json("-", stdin=b"We will act.\n")
        self.assertEqual(code, 0, err)
        self.assertEqual(rep["source"]["path"], "-")
        self.assertEqual([s["text"] for s in rep["sentences"]], ["We will act."])

    def test_date_option_overrides_the_dateline(self):
        _, rep, _ = run_json("--date", "2026-02-01", SAMPLE)
        self.assertEqual(rep["document"]["date"], "2026-02-01")
        self.assertEqual(rep["document"]["date_source"], "option")

    def test_no_date(self):
        _, rep, _ = run_json("-", stdin=b"Hello there.\n")
        self.assertIsNone(rep["document"]["date"])
        self.assertEqual(rep["document"]["date_source"], "none")

    def test_directory_is_walked_in_order(self):
        with tempfile.TemporaryDirectory() as d:
            os.makedirs(os.path.join(d, "b"))
            for name in ("b/2.txt", "a.md", "c.txt", "skip.json"):
                with open(os.path.join(d, name), "w") as f:
                    f.write("We will act.\n")
            code, out, err = run("--format", "ndjson", d)
            self.assertEqual(code, 0, err)
            paths = [json.loads(l)["source"]["path"] for l in out.splitlines()]
            self.assertEqual(paths, [os.path.join(d, n) for n in ("a.md", "b/2.txt", "c.txt")])
            code, out, _ = run("--format", "ndjson", "--glob", "*.json", d)
            self.assertEqual(len(out.splitlines()), 1)

    def test_files_from_stdin(self):
        other = os.path.join(GOLD, "psaki-belarus-2021-05-28.txt")
        code, out, err = run("--format", "ndjson", "--files-from", "-", stdin=f"{SAMPLE}\n{other}\n".encode())
        self.assertEqual(code, 0, err)
        self.assertEqual(len(out.splitlines()), 2)

    def test_utf16_with_bom_and_crlf(self):
        text = "Remarks\r\n\r\nWe will act today.\r\n"
        with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
            f.write(b"\xff\xfe" + text.encode("utf-16-le"))
        try:
            code, rep, err = run_json(f.name)
            self.assertEqual(code, 0, err)
            self.assertEqual([s["text"] for s in rep["sentences"]], ["Remarks", "We will act today."])
            self.assertEqual(rep["sentences"][1]["span"]["line"], 3)
        finally:
            os.unlink(f.name)


class ExitCodes(unittest.TestCase):
    def test_missing_file_is_named_and_others_still_reported(self):
        code, out, err = run("--format", "ndjson", "no-such-file.txt", SAMPLE)
        self.assertEqual(code, 1)
        self.assertEqual(len(out.splitlines()), 1)
        self.assertIn("speechscan: no-such-file.txt: No such file or directory [io-error]", err)

    def test_binary_file_is_refused_and_good_ones_reported(self):
        with tempfile.TemporaryDirectory() as d:
            with open(os.path.join(d, "a.txt"), "w") as f:
                f.write("We will act.\n")
            with open(os.path.join(d, "b.txt"), "wb") as f:
                f.write(b"\x7fELF\x00\x01\x02" * 50)
            with open(os.path.join(d, "c.txt"), "w") as f:
                f.write("They left.\n")
            code, out, err = run("--format", "ndjson", d)
            self.assertEqual(code, 1)
            self.assertEqual([json.loads(l)["source"]["path"] for l in out.splitlines()],
                             [os.path.join(d, "a.txt"), os.path.join(d, "c.txt")])
            self.assertIn(os.path.join(d, "b.txt") + ": binary input", err)
            self.assertIn("[binary-input]", err)

    def test_invalid_utf8_is_a_warning_with_line_and_column(self):
        code, rep, err = run_json("-", stdin=b"Fine line.\nBad \xff byte.\n")
        self.assertEqual(code, 0, err)
        diags = [d for d in rep["diagnostics"] if d["code"] == "invalid-utf8"]
        self.assertEqual(len(diags), 1)
        self.assertEqual(diags[0]["span"], {"start": 15, "end": 16, "line": 2, "column": 5})
        self.assertIn("\ufffd", rep["sentences"][1]["text"])

    def test_usage_errors_exit_2(self):
        for args in (["--bogus"], ["--format", "xml", SAMPLE], ["--date", "2026-13-01", SAMPLE], []):
            code, out, err = run(*args)
            self.assertEqual(code, 2, args)
            self.assertEqual(out, "", args)

    def test_help_and_version(self):
        code, out, _ = run("--help")
        self.assertEqual(code, 0)
        self.assertIn("Examples:", out)
        self.assertIn("Exit status:", out)
        code, out, _ = run("--version")
        self.assertEqual(code, 0)
        self.assertRegex(out.strip(), r"^speechscan \d+\.\d+\.\d+$")

    def test_closed_pipe_is_quiet(self):
        p = subprocess.run(f"'{BIN}' --format json '{SAMPLE}' '{SAMPLE}' '{SAMPLE}' | head -c 10",
                           shell=True, capture_output=True, executable="/bin/bash")
        self.assertEqual(p.stdout, b'[{"schema"')
        self.assertEqual(p.stderr, b"")

    def test_head_1_on_ndjson_closes_the_pipe_quietly(self):
        inputs = " ".join(f"'{SAMPLE}'" for _ in range(20))
        p = subprocess.run(f"set -o pipefail; '{BIN}' --format ndjson {inputs} | head -1",
                           shell=True, capture_output=True, executable="/bin/bash")
        self.assertEqual(p.returncode, 0)  # speechscan exits 0 on EPIPE, head exits 0
        self.assertEqual(len(p.stdout.splitlines()), 1)
        self.assertEqual(json.loads(p.stdout)["source"]["path"], SAMPLE)
        self.assertEqual(p.stderr, b"")

    def test_full_disk_is_an_error(self):
        if not os.path.exists("/dev/full"):
            self.skipTest("no /dev/full")
        with open("/dev/full", "w") as full:
            p = subprocess.run([BIN, SAMPLE], stdout=full, stderr=subprocess.PIPE)
        self.assertEqual(p.returncode, 1)
        self.assertIn(b"cannot write the report", p.stderr)


class Parallel(unittest.TestCase):
    def test_jobs_do_not_change_the_output(self):
        inputs = [SAMPLE] + sorted(os.path.join(GOLD, f) for f in os.listdir(GOLD) if f.endswith(".txt"))
        inputs = inputs * 3
        _, one, _ = run("--format", "ndjson", "--jobs", "1", *inputs)
        _, two, _ = run("--format", "ndjson", "--jobs", "2", *inputs)
        _, four, _ = run("--format", "ndjson", "--jobs", "4", *inputs)
        self.assertEqual(one, two)
        self.assertEqual(one, four)
        self.assertEqual(len(one.splitlines()), len(inputs))

    def test_one_large_document_on_two_cores_is_the_same_report(self):
        # One input and --jobs 2: its stages run side by side (over 256 KiB).
        speeches = sorted(os.path.join(GOLD, f) for f in os.listdir(GOLD) if f.endswith(".txt"))
        text = b""
        while len(text) < 400_000:
            for path in speeches:
                with open(path, "rb") as f:
                    text += f.read() + b"\n"
        with tempfile.TemporaryDirectory() as d:
            big = os.path.join(d, "big.txt")
            with open(big, "wb") as f:
                f.write(text)
            for fmt in ("json", "tsv"):
                code1, one, _ = run("--format", fmt, "--jobs", "1", big)
                code2, two, _ = run("--format", fmt, "--jobs", "2", big)
                self.assertEqual((code1, code2), (0, 0))
                self.assertEqual(one, two)
            self.assertGreater(len(run_json("--jobs", "2", big)[1]["commitments"]), 100)
            code1, one, _ = run("timeline", "--format", "tsv", "--jobs", "1", big)
            code2, two, _ = run("timeline", "--format", "tsv", "--jobs", "2", big)
            self.assertEqual((code1, code2), (0, 0))
            self.assertEqual(one, two)
            self.assertGreater(len(one.splitlines()), 50)


if __name__ == "__main__":
    main()
