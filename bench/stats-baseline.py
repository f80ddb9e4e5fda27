#!/usr/bin/env python3
"""The Python baselines for bench/stats: corpus-wide word frequencies over one text file.

Usage: stats-baseline.py counter|nltk TEXTS [TOP]

Streams TEXTS (one speech per line, as exported from the store) line by line, lower-cases each
line and tokenizes it with re.findall(r"[^\\W_]+", ...) (runs of Unicode letters and digits),
then counts the tokens with collections.Counter, or with nltk's FreqDist (a Counter subclass) for
`nltk`. Prints the TOP (default 200) most common words as "word<TAB>count", most common first.
"""
import re
import sys

TOKEN = re.compile(r"[^\W_]+")


def main():
    kind, path = sys.argv[1], sys.argv[2]
    top = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    if kind == "counter":
        from collections import Counter
        counts = Counter()
    elif kind == "nltk":
        from nltk import FreqDist
        counts = FreqDist()
    else:
        sys.exit(f"stats-baseline.py: unknown baseline {kind!r} (counter or nltk)")
    findall = TOKEN.findall
    with open(path, encoding="utf-8") as texts:
        for line in texts:
            counts.update(findall(line.lower()))
    out = sys.stdout
    for word, count in counts.most_common(top):
        out.write(f"{word}\t{count}\n")


if __name__ == "__main__":
    main()
