"""Helpers shared by the CLI tests: run the real binary and look at what it did."""
import json
import os
import subprocess
import sys
import unittest

ROOT = os.environ.get("SPEECHSCAN_SOURCE_DIR") or os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BIN = os.environ.get("SPEECHSCAN") or os.path.join(ROOT, "build", "release", "speechscan")
SAMPLE = os.path.join(ROOT, "data", "samples", "starmer-paris-2026-01-08.txt")
DATA = os.path.join(ROOT, "tests", "data")
GOLD = os.path.join(DATA, "gold")
EVAL = os.path.join(ROOT, "tests", "eval")


def run(*args, stdin=None, env=None, check_stdout_only_report=False):
    """Runs speechscan; returns (exit code, stdout, stderr) as text."""
    full_env = dict(os.environ)
    full_env.pop("NO_COLOR", None)
    if env:
        full_env.update(env)
    p = subprocess.run([BIN, *args], input=stdin, capture_output=True, env=full_env, timeout=600)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def run_json(*args, **kw):
    code, out, err = run("--format", "json", *args, **kw)
    return code, (json.loads(out) if out.strip() else None), err


def main():
    unittest.main(module="__main__", verbosity=2)
