#!/usr/bin/env python3
"""score_conll_ner.py SPEECHSCAN CONLL [-v N]: speechscan's actors against a CoNLL NER set.

Written for speechscan (MIT). Reads a CoNLL 2002/2003 file (one "token<TAB>tag" per line,
IOB2 tags PER/LOC/ORG/MISC, a blank line between sentences), rebuilds the text (tokens
joined by one space, none before closing punctuation; one paragraph per sentence), runs
`SPEECHSCAN --format json --only actors` on it, and scores every actor mention against the
gold entities by exact byte span.

Types: person -> PER, country and place -> LOC, organization -> ORG, group -> MISC. CoNLL
tags nationality adjectives ("European", "Dutch") MISC, where speechscan's annotation guide
makes them mentions of their country or continent (LOC here); they count as wrong-type.
speechscan has no MISC class (laws, funds, policies, events): MISC is scored apart.

Prints precision, recall and F1 over PER/LOC/ORG (typed and span-only), over all four
types, and per type; -v N lists the N most frequent misses, spurious mentions and wrong
types. Used in docs/accuracy-actors.md with the Europarl NER set (Agerri et al. 2018).
"""
import collections
import json
import os
import subprocess
import sys
import tempfile

TYPE = {'person': 'PER', 'country': 'LOC', 'place': 'LOC', 'organization': 'ORG', 'group': 'MISC'}
NO_SPACE_BEFORE = {',', '.', ';', ':', '!', '?', ')', "'s", "n't", '%', "'"}


def read_conll(path):
    sentences, current = [], []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip():
                if current:
                    sentences.append(current)
                    current = []
                continue
            word, tag = line.split('\t')[:2]
            current.append((word, tag))
    if current:
        sentences.append(current)
    return sentences


def build_text(sentences):
    """The text, and the gold entities as (start, end, type) byte spans."""
    text, gold = bytearray(), set()
    for sentence in sentences:
        spans = []
        for i, (word, _) in enumerate(sentence):
            if i > 0 and word not in NO_SPACE_BEFORE and sentence[i - 1][0] != '(':
                text += b' '
            start = len(text)
            text += word.encode('utf-8')
            spans.append((start, len(text)))
        text += b'\n\n'
        i = 0
        while i < len(sentence):
            tag = sentence[i][1]
            if tag[:2] in ('B-', 'I-'):
                kind, j = tag[2:], i + 1
                while j < len(sentence) and sentence[j][1] == 'I-' + kind:
                    j += 1
                gold.add((spans[i][0], spans[j - 1][1], kind))
                i = j
            else:
                i += 1
    return bytes(text), gold


def prf(gold, pred):
    tp = len(gold & pred)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(gold) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return f'P {p:.3f} R {r:.3f} F1 {f:.3f} (tp {tp} gold {len(gold)} predicted {len(pred)})'


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    binary, conll = argv[1], argv[2]
    verbose = int(argv[argv.index('-v') + 1]) if '-v' in argv else 0
    text, gold = build_text(read_conll(conll))
    with tempfile.NamedTemporaryFile(suffix='.txt', delete=False) as f:
        f.write(text)
        path = f.name
    try:
        out = subprocess.run([binary, '--format', 'json', '--only', 'actors', path],
                             capture_output=True, check=True).stdout
    finally:
        os.unlink(path)
    pred = set()
    for actor in json.loads(out)['actors']:
        for m in actor['mentions']:
            pred.add((m['span']['start'], m['span']['end'], TYPE[actor['type']]))

    def only(items, kinds):
        return {x for x in items if x[2] in kinds}

    three, four = {'PER', 'LOC', 'ORG'}, {'PER', 'LOC', 'ORG', 'MISC'}
    g3, p3 = only(gold, three), only(pred, three)
    print('PER/LOC/ORG typed ', prf(g3, p3))
    print('PER/LOC/ORG spans ', prf({x[:2] for x in g3}, {x[:2] for x in p3}))
    print('all four typed    ', prf(only(gold, four), only(pred, four)))
    for kind in ('PER', 'LOC', 'ORG', 'MISC'):
        print(f'{kind:<18}', prf(only(gold, {kind}), only(pred, {kind})))
    if verbose:
        gold_at = {x[:2]: x[2] for x in gold}
        pred_at = {x[:2]: x[2] for x in pred}
        word = lambda k: text[k[0]:k[1]].decode('utf-8', 'replace')
        missed, spurious, wrong = collections.Counter(), collections.Counter(), collections.Counter()
        for k, kind in gold_at.items():
            if k not in pred_at:
                missed[(word(k), kind)] += 1
            elif pred_at[k] != kind:
                wrong[(word(k), kind, pred_at[k])] += 1
        for k, kind in pred_at.items():
            if k not in gold_at:
                spurious[(word(k), kind)] += 1
        for title, counter in (('missed', missed), ('spurious', spurious), ('wrong type', wrong)):
            print(f'--- {title}')
            for item, n in counter.most_common(verbose):
                print(f'  {n:4d}  {item}')


if __name__ == '__main__':
    main(sys.argv)
