#!/usr/bin/env python3
"""make_corpus.py SIZE_MB OUT_PATH: a deterministic English corpus from texts in the repo.

The in-tree stand-in for the yardstick corpus (make_corpus.sh of the speed peers, built
from nlp-corpus 4.4.0), so that the benchmarks run without the network. One cycle is every
data/samples/*.txt, then every tests/data/bench/*.txt (each sorted by name, bytes as-is,
each ending with a newline), with one blank line between documents; cycles repeat until
SIZE_MB (1 MB = 1,000,000 bytes; decimals allowed) is reached, and the stream is cut there
and backed off to the last newline. Same SIZE_MB + same texts => byte-identical output.
Prints "sha256  bytes  OUT_PATH" like the yardstick script.
"""
import hashlib
import pathlib
import sys


def cycle(root: pathlib.Path) -> bytes:
    parts = []
    for folder in ("data/samples", "tests/data/bench"):
        for path in sorted((root / folder).glob("*.txt")):
            text = path.read_bytes()
            if not text.endswith(b"\n"):
                text += b"\n"
            parts.append(text + b"\n")  # blank line between documents
    if not parts:
        sys.exit("make_corpus.py: no texts under data/samples or tests/data/bench")
    return b"".join(parts)


def main() -> int:
    if len(sys.argv) != 3:
        print("usage: make_corpus.py SIZE_MB OUT_PATH", file=sys.stderr)
        return 2
    want = round(float(sys.argv[1]) * 1e6)
    if want <= 0:
        print("SIZE_MB must be a positive number", file=sys.stderr)
        return 2
    root = pathlib.Path(__file__).resolve().parents[2]
    one = cycle(root)
    data = one * (want // len(one) + 1)
    data = data[:want]
    data = data[: data.rfind(b"\n") + 1]
    pathlib.Path(sys.argv[2]).write_bytes(data)
    print(f"{hashlib.sha256(data).hexdigest()}  {len(data)}  {sys.argv[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
