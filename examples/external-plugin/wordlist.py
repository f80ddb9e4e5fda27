#!/usr/bin/env python3
"""An mqt plugin as a separate program: word lists (what AntConc calls a Word List).

mqt starts this program with `plugins add examples/external-plugin/wordlist.py`, asks it to
describe itself, then sends one JSON request per line and reads one JSON answer per line
(protocol 1, see README). Only the Python standard library is used.
"""
import json
import re
import sqlite3
import sys
from collections import Counter

PROTOCOL = 1
STOPWORDS = set("""a an and are as at be been but by can do for from had has have he her his i if in
into is it its me my no not of on or our she so than that the their them there they this to up us was
we were what when which who will with would you your""".split())
WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

DESCRIPTION = {
    "protocol": PROTOCOL,
    "name": "wordlist",
    "summary": "word frequency lists (an external plugin written in Python)",
    "commands": [{
        "name": "wordlist",
        "summary": "the most frequent words, with counts per 10,000 words",
        "arguments": [],
        "options": [
            {"name": "limit", "value": "N", "summary": "how many words (default 10)"},
            {"name": "all-words", "value": None, "summary": "keep function words (the, and, of, ...)"},
        ],
        "accepts": ["nothing", "speeches"],
        "returns": "table",
        "examples": [],
    }],
}


def texts(request):
    if request.get("speeches") is not None:
        return [s["text"] for s in request["speeches"]]
    if request.get("database"):
        with sqlite3.connect(request["database"]) as db:
            return [row[0] for row in db.execute("SELECT text FROM speeches")]
    raise ValueError("pipe speeches in (search ... | wordlist), or open a database file with --db")


def wordlist(request):
    options = request.get("options", {})
    limit = int(options.get("limit", "10"))
    keep_all = "all-words" in options
    counts = Counter()
    total = 0
    for text in texts(request):
        for word in WORD.findall(text.lower()):
            total += 1
            if keep_all or word not in STOPWORDS:
                counts[word] += 1
    rows = [[word, n, round(n * 10000 / total, 1) if total else 0] for word, n in
            sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:limit]]
    return {"table": {"columns": ["word", "count", "per 10k words"], "rows": rows}}


def answer(request):
    if request.get("request") == "describe":
        return DESCRIPTION
    if request.get("request") == "run" and request.get("command") == "wordlist":
        try:
            return wordlist(request)
        except ValueError as error:
            return {"error": str(error)}
    return {"error": "unknown request"}


for line in sys.stdin:
    print(json.dumps(answer(json.loads(line))), flush=True)
