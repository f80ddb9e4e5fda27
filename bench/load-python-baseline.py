#!/usr/bin/env python3
"""The data journalist's route, for bench/load: lxml + sqlite-utils with full-text search.

Usage: load-python-baseline.py CORPUS_DIR DB

Parses every ParlParse XML file under CORPUS_DIR with lxml (internal-DTD entities resolved),
takes each <speech>/<ques>/<reply> that has a speaker (no nospeaker="true"), inserts one row per
speech with sqlite-utils, then enables FTS5 over text, speaker, party and role with the same
tokenizer as mqt's store. Prints the number of speeches.
"""
import os
import sys

from lxml import etree
import sqlite_utils

KINDS = {"speech": "speech", "ques": "question", "reply": "answer"}


def rows(folder):
    parser = etree.XMLParser(resolve_entities=True, huge_tree=False)
    for directory, _, files in sorted(os.walk(folder)):
        for name in sorted(files):
            if not name.endswith(".xml"):
                continue
            path = os.path.join(directory, name)
            root = etree.parse(path, parser).getroot()
            for item in root:
                kind = KINDS.get(item.tag)
                if kind is None or item.get("nospeaker") == "true":
                    continue
                paragraphs = [" ".join("".join(p.itertext()).split()) for p in item.iter("p")]
                yield {
                    "speech_id": item.get("id"),
                    "speaker": item.get("speakername", ""),
                    "speaker_id": item.get("speakerid") or item.get("person_id"),
                    "party": None,
                    "role": item.get("speakeroffice"),
                    "kind": kind,
                    "time": item.get("time"),
                    "source_file": path,
                    "text": "\n\n".join(p for p in paragraphs if p),
                }


def main():
    folder, path = sys.argv[1], sys.argv[2]
    db = sqlite_utils.Database(path)
    table = db["speeches"]
    table.insert_all(rows(folder), batch_size=1000, pk="speech_id", alter=True)
    table.enable_fts(["text", "speaker", "party", "role"], tokenize="unicode61 remove_diacritics 2")
    print(table.count)


if __name__ == "__main__":
    main()
