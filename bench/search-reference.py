#!/usr/bin/env python3
"""Independent phrase and speaker counts over ParlParse XML, to check `mqt count` (standard library only).

Usage: search-reference.py [--mqt BINARY --db STORE] FOLDER [QUERY ...]

Reads the current files of a publicwhip XML folder (root not latest="no"), takes every
speech/ques/reply record that has a speaker (nospeaker="true" left out, as mqt stores them),
splits its text into words the way SQLite's unicode61 tokenizer does (letters, digits, marks
and private-use characters; everything else separates; case and diacritics folded) and counts,
for each phrase, the records holding it and its occurrences, overall and per speaker name; for
`speaker:NAME`, the records whose speaker name holds NAME's words in sequence (mqt's definition;
the records whose name is exactly NAME are shown too). With --mqt it runs
`mqt --db STORE -c 'count QUERY [--by speaker]'` for each and prints both, exiting 1 on any
difference.
"""
import os, re, subprocess, sys, unicodedata
import xml.etree.ElementTree as ET

RECORDS = {"speech", "ques", "reply"}
BLOCKS = {"p", "td", "th", "tr", "table", "li", "br", "div"}
DEFAULT_QUERIES = [
    '"climate change"', '"swine flu"', '"Prime Minister"', '"Child Poverty Bill"', '"public sector"',
    '"local authorities"', '"national health service"', "government", "afghanistan",
    'speaker:"Gordon Brown"', 'speaker:"Joan Ruddock"', 'speaker:"David Cameron"', 'speaker:"Nick Clegg"',
    'speaker:"Alex Salmond"', 'speaker:"Harriet Harman"',
]


def word_char(c):
    cat = unicodedata.category(c)
    return cat[0] in "LNM" or cat == "Co"


def fold(word):
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def tokens(text):
    out, current = [], []
    for c in text:
        if word_char(c):
            current.append(c)
        elif current:
            out.append(fold("".join(current)))
            current = []
    if current:
        out.append(fold("".join(current)))
    return out


def text_of(element):
    parts = []

    def walk(node):
        if node.text:
            parts.append(node.text)
        for child in node:
            block = child.tag.rsplit("}", 1)[-1] in BLOCKS
            if block:
                parts.append(" ")
            walk(child)
            if block:
                parts.append(" ")
            if child.tail:
                parts.append(child.tail)

    walk(element)
    return "".join(parts)


def records(folder):
    for dirpath, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            if not name.endswith(".xml"):
                continue
            root = ET.parse(os.path.join(dirpath, name)).getroot()
            if root.get("latest") == "no":
                continue
            for item in root:
                if item.tag in RECORDS and item.get("nospeaker") != "true":
                    yield " ".join(item.get("speakername", "").split()), tokens(text_of(item))


def contains(words, run):
    n = len(run)
    return n > 0 and any(words[i:i + n] == run for i in range(len(words) - n + 1))


def reference(query, corpus):
    """(speeches, hits, per-speaker {name: [speeches, hits]}, exact-name speeches or None)."""
    groups = {}
    if query.startswith("speaker:"):
        name = query[len("speaker:"):].strip('"')
        wanted = tokens(name)
        matched = [speaker for speaker, _ in corpus if contains(tokens(speaker), wanted)]
        for speaker in matched:
            groups.setdefault(speaker, [0, 0])[0] += 1
        exact = sum(1 for speaker, _ in corpus if speaker == name)
        return len(matched), 0, groups, exact
    phrase = tokens(query.strip('"'))
    speeches = hits = 0
    n = len(phrase)
    for speaker, words in corpus:
        found = sum(1 for i in range(len(words) - n + 1) if words[i:i + n] == phrase)
        if found:
            speeches += 1
            hits += found
            group = groups.setdefault(speaker, [0, 0])
            group[0] += 1
            group[1] += found
    return speeches, hits, groups, None


def mqt_count(mqt, db, query, by):
    command = f"count {query}" + (" --by speaker" if by else "") + " --format json"
    out = subprocess.run([mqt, "--db", db, "-c", command], capture_output=True, text=True).stdout
    if not by:
        return [int(n) for n in re.findall(r"\d+", out)]
    import json
    return {row["speaker"]: [row["speeches"], row["hits"]] for row in json.loads(out or "[]")}


def main(argv):
    mqt = db = None
    if "--mqt" in argv:
        i = argv.index("--mqt"); mqt = argv[i + 1]; del argv[i:i + 2]
    if "--db" in argv:
        i = argv.index("--db"); db = argv[i + 1]; del argv[i:i + 2]
    if not argv:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    folder, queries = argv[0], argv[1:] or DEFAULT_QUERIES
    corpus = list(records(folder))
    print(f"{len(corpus)} records with a speaker in the current files of {folder}")
    failed = 0
    for query in queries:
        speeches, hits, groups, exact = reference(query, corpus)
        line = f"{query:34} reference: {speeches:5} speeches {hits:5} hits"
        if exact is not None and exact != speeches:
            line += f" ({exact} named exactly)"
        if mqt and db:
            numbers = mqt_count(mqt, db, query, by=False)
            by_speaker = mqt_count(mqt, db, query, by=True)
            ok = numbers == [speeches, hits]
            same_groups = by_speaker == groups
            failed += (not ok) + (not same_groups)
            line += f"   mqt: {numbers[0] if numbers else '?':5} speeches {numbers[1] if len(numbers) > 1 else '?':5} hits"
            line += f", --by speaker {len(by_speaker)} rows " + ("same" if same_groups else "DIFFERENT")
            if not ok:
                line += "   DIFFERENT"
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
