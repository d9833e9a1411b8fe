#!/usr/bin/env python3
"""Turn TimeML files (.tml) into a temporal gold set in the shared kit's jsonl format.

usage: timeml_to_jsonl.py OUT.jsonl FILE_OR_DIR...

Each .tml file (directories are searched for *.tml, sorted by path) becomes one line
    {"id", "dct", "text", "timexes": [{"start", "end", "text", "type", "value"}]}
with "text" the content of <TEXT> with every tag removed and XML entities decoded,
"start"/"end" UTF-8 byte offsets of each TIMEX3 inside it, "type" lower case, and
"dct" the first ten characters of the value of the TIMEX3 inside <DCT> (null when
there is none). Score speechscan on it with the kit's run_speechscan.py and
score_timex.py, as for meantime.jsonl (docs/accuracy-times.md).

Written for speechscan (MIT). The TimeBank and AQUAINT files of TempEval-3
(TBAQ-cleaned) are not shipped; see docs/accuracy-times.md for where they are.
"""
import html
import json
import os
import re
import sys

TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*?)/?>")
ATTR = re.compile(r'([A-Za-z_]+)="([^"]*)"')


def convert(path):
    with open(path, encoding="utf-8") as f:
        xml = f.read()
    dct = None
    m = re.search(r"<DCT>(.*?)</DCT>", xml, re.S)
    if m:
        v = re.search(r'value="([^"]+)"', m.group(1))
        dct = v.group(1)[:10] if v else None
    m = re.search(r"<TEXT>(.*)</TEXT>", xml, re.S)
    if not m:
        return None
    body = m.group(1)
    out = bytearray()
    timexes = []
    open_timex = None
    pos = 0
    for t in TAG.finditer(body):
        out += html.unescape(body[pos:t.start()]).encode("utf-8")
        pos = t.end()
        if t.group(2) != "TIMEX3":
            continue
        if t.group(1) == "":
            open_timex = (len(out), dict(ATTR.findall(t.group(3))))
        elif open_timex is not None:
            start, attrs = open_timex
            timexes.append({"start": start, "end": len(out),
                            "text": out[start:].decode("utf-8"),
                            "type": attrs.get("type", "").lower(),
                            "value": attrs.get("value", "")})
            open_timex = None
    out += html.unescape(body[pos:]).encode("utf-8")
    name = os.path.basename(path)
    return {"id": name[:-4] if name.endswith(".tml") else name, "dct": dct,
            "text": out.decode("utf-8"), "timexes": timexes}


def main(argv):
    if len(argv) < 3 or argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0 if len(argv) > 1 and argv[1] in ("-h", "--help") else 2
    paths = []
    for a in argv[2:]:
        if os.path.isdir(a):
            for root, _, files in os.walk(a):
                paths += [os.path.join(root, f) for f in files
                          if f.endswith(".tml") and not f.startswith("._")]
        else:
            paths.append(a)
    docs = timexes = 0
    with open(argv[1], "w", encoding="utf-8") as w:
        for p in sorted(paths):
            d = convert(p)
            if d is None:
                print(f"{p}: no <TEXT>, skipped", file=sys.stderr)
                continue
            w.write(json.dumps(d, ensure_ascii=False) + "\n")
            docs += 1
            timexes += len(d["timexes"])
    print(f"{docs} documents, {timexes} timexes", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
