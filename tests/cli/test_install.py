#!/usr/bin/env python3
"""`cmake --install` puts the binary, the man page and the shell completions in place."""
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from clitest import main  # noqa: E402

BUILD = os.environ.get("SPEECHSCAN_BUILD_DIR")


class Install(unittest.TestCase):
    def test_install_tree(self):
        self.assertTrue(BUILD, "SPEECHSCAN_BUILD_DIR is set by CTest")
        with tempfile.TemporaryDirectory() as prefix:
            subprocess.run(["cmake", "--install", BUILD, "--prefix", prefix], check=True, capture_output=True)
            for rel in ("bin/speechscan", "share/man/man1/speechscan.1",
                        "share/bash-completion/completions/speechscan", "share/zsh/vendor-completions/_speechscan"):
                self.assertTrue(os.path.isfile(os.path.join(prefix, rel)), rel)
            man = open(os.path.join(prefix, "share/man/man1/speechscan.1")).read()
            self.assertIn(".TH SPEECHSCAN 1", man)
            self.assertIn("--max-warnings", man)  # the check subcommand's help is in it
            out = subprocess.run([os.path.join(prefix, "bin/speechscan"), "--version"], capture_output=True, text=True)
            self.assertEqual(out.returncode, 0)
            bash = subprocess.run(["bash", "-n", os.path.join(prefix, "share/bash-completion/completions/speechscan")])
            self.assertEqual(bash.returncode, 0)


if __name__ == "__main__":
    main()
