#!/usr/bin/env python3
"""score_pledges.py SPEECHSCAN XLSX [-v N]: sentence-level pledge detection.

Written for speechscan (MIT). Scores speechscan's commitments against the English
sentences of the manifesto pledge set of Fornaciari et al. (2021), "'We will reduce
taxes' - Identifying Election Pledges with Language Models" (Findings of ACL 2021;
data: github.com/fornaciari/MiMac_taxes, jupyter_xsl_preproc_210130170501/all210126.xlsx;
not shipped: its license is not stated). Each manifesto (one party, one year; the set's
English part is Indian manifestos, 1999-2019) becomes one document: a title line naming
the party and the year, then one paragraph per sentence, in the set's order. A sentence is
predicted a pledge when a commitment starts inside it; the gold is the set's
`binary_pledge`. The set's pledges are specific, testable promises (Thomson et al. 2017):
"We will ensure sustainability of water supply" is labelled no pledge there, where the
annotation guide makes any future undertaking of the side a commitment, so precision is
bounded by the definitions. Reads the .xlsx with the standard library only.

Prints true/false positives, precision, recall and F1; -v N lists N misses and N false
positives.
"""
import collections
import json
import re
import subprocess
import sys
import tempfile
import zipfile
import xml.etree.ElementTree as ET

NS = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'


def read_xlsx(path):
    z = zipfile.ZipFile(path)
    strings = [''.join(t.text or '' for t in si.iter(NS + 't'))
               for si in ET.fromstring(z.read('xl/sharedStrings.xml')).findall(NS + 'si')]
    rows = []
    for row in ET.fromstring(z.read('xl/worksheets/sheet1.xml')).iter(NS + 'row'):
        cells = {}
        for c in row.findall(NS + 'c'):
            col = re.match(r'[A-Z]+', c.get('r')).group()
            v = c.find(NS + 'v')
            value = v.text if v is not None else ''
            if c.get('t') == 's':
                value = strings[int(value)]
            cells[col] = value
        rows.append(cells)
    header = rows[0]
    return [{header[k]: v for k, v in r.items() if k in header} for r in rows[1:]]


def main():
    args = sys.argv[1:]
    verbose = 0
    if '-v' in args:
        i = args.index('-v')
        verbose = int(args[i + 1])
        del args[i:i + 2]
    binary, xlsx = args
    rows = [r for r in read_xlsx(xlsx) if r.get('country') == 'India']
    manifestos = collections.defaultdict(list)
    for r in rows:
        manifestos[r['file']].append(r)
    tp = fp = fn = tn = 0
    misses, spurious = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for name, sentences in manifestos.items():
            text = f"{sentences[0]['party']} manifesto {sentences[0]['year']}\n\n"
            spans = []
            for r in sentences:
                s = ' '.join(r['text'].split())
                start = len(text.encode())
                text += s + '\n\n'
                spans.append((start, start + len(s.encode())))
            path = f'{tmp}/{name}.txt'
            with open(path, 'w', encoding='utf-8') as f:
                f.write(text)
            out = subprocess.run([binary, '--format', 'json', '--only', 'commitments', path],
                                 capture_output=True, text=True, check=True).stdout
            starts = sorted(c['span']['start'] for c in json.loads(out)['commitments'])
            k = 0
            for (b, e), r in zip(spans, sentences):
                while k < len(starts) and starts[k] < b:
                    k += 1
                predicted = k < len(starts) and starts[k] <= e
                gold = r['binary_pledge'] == '1'
                if gold and predicted:
                    tp += 1
                elif predicted:
                    fp += 1
                    spurious.append(r['text'])
                elif gold:
                    fn += 1
                    misses.append(r['text'])
                else:
                    tn += 1
    p = tp / max(1, tp + fp)
    r = tp / max(1, tp + fn)
    f1 = 2 * p * r / max(1e-9, p + r)
    print(f'sentences {tp + fp + fn + tn} pledges {tp + fn}: tp {tp} fp {fp} fn {fn} '
          f'P {p:.3f} R {r:.3f} F1 {f1:.3f}')
    if verbose:
        print('--- missed'); print('\n'.join(misses[:verbose]))
        print('--- spurious'); print('\n'.join(spurious[:verbose]))


if __name__ == '__main__':
    main()
