#!/usr/bin/env python3
"""Every report validates against report-v1.schema.json, and the check can fail."""
import copy
import glob
import json
import os
import sys
import unittest

import jsonschema

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clitest import DATA, ROOT, main, run  # noqa: E402

SCHEMA = json.load(open(os.path.join(DATA, "report-v1.schema.json")))
# The contract's "$id" is not a URL; jsonschema 4.10 (Debian 12) then cannot resolve the
# local "#/$defs/..." references against it. Validate against the same schema without it.
SCHEMA.pop("$id", None)


def inputs():
    files = sorted(glob.glob(os.path.join(DATA, "**", "*.txt"), recursive=True))
    files += sorted(glob.glob(os.path.join(ROOT, "data", "samples", "*.txt")))
    return files


class Schema(unittest.TestCase):
    def test_every_test_file_validates(self):
        files = inputs()
        self.assertGreaterEqual(len(files), 5)
        for path in files:
            with self.subTest(path=os.path.relpath(path, ROOT)):
                code, out, err = run("--format", "json", "--date", "2020-01-01", path)
                if code != 0:
                    self.assertIn("[binary-input]", err)  # refused inputs give no report
                    continue
                jsonschema.validate(json.loads(out), SCHEMA)

    def test_spans_point_at_their_text(self):
        for path in inputs():
            code, out, _ = run("--format", "json", path)
            if code != 0:
                continue
            rep = json.loads(out)
            raw = open(path, "rb").read()
            for a in rep["actors"]:
                for m in a["mentions"]:
                    self.assertEqual(raw[m["span"]["start"]:m["span"]["end"]].decode("utf-8", "replace"), m["text"])
            for t in rep["times"]:
                self.assertEqual(raw[t["span"]["start"]:t["span"]["end"]].decode("utf-8", "replace"), t["text"])

    def test_the_validator_rejects_a_broken_report(self):
        _, out, _ = run("--format", "json", os.path.join(ROOT, "data", "samples", "starmer-paris-2026-01-08.txt"))
        good = json.loads(out)
        for breakage in (lambda r: r.pop("commitments"),
                         lambda r: r["document"].update(date="8 Jan 2026"),
                         lambda r: r["sentences"][0]["span"].update(line=0),
                         lambda r: r["actors"].append({"id": "Bad Id", "name": "x", "type": "person", "mentions": []})):
            bad = copy.deepcopy(good)
            breakage(bad)
            with self.assertRaises(jsonschema.ValidationError):
                jsonschema.validate(bad, SCHEMA)


if __name__ == "__main__":
    main()
