#!/usr/bin/env python3
"""Independent reference counts for the XML readers' tests (standard library only).

Usage: load-reference-counts.py FILE_OR_FOLDER...

For every publicwhip / OpenAustralia / Akoma Ntoso / TEI file it prints: records by kind as
mqt should store them (ParlParse `nospeaker="true"` items left out, as the contract says),
the nospeaker items left out, distinct speaker names, and the count of non-whitespace
characters in the records' text (`|`, which mqt uses to join table cells, not counted), so a
test can check that no word was lost. Python's expat resolves the internal-DTD entities itself.
"""
import sys, os, re
import xml.etree.ElementTree as ET

KINDS = {"speech": "speech", "ques": "question", "question": "question", "reply": "answer"}
TYPE_KINDS = {"Start Question": "question", "Start SupplementaryQuestion": "question",
              "Start Answer": "answer", "Start Intervention": "interjection",
              "Continuation Intervention": "interjection", "Start Statement": "statement"}
SKIPPED_TEI = {"note", "gap", "kinesic", "vocal", "incident", "desc"}


def local(tag):
    return tag.rsplit("}", 1)[-1]


def chars(text):
    return sum(1 for c in text if not c.isspace() and c != "|")


def collapse(s):
    return " ".join(s.split())


def publicwhip(root):
    out = {"kinds": {}, "nospeaker": 0, "speakers": set(), "chars": 0}
    for item in root:
        name = local(item.tag)
        if name not in KINDS:
            continue
        if item.get("nospeaker") == "true":
            out["nospeaker"] += 1
            continue
        kind = KINDS[name]
        kind = TYPE_KINDS.get(item.get("type"), kind)
        if item.get("talktype") == "interjection":
            kind = "interjection"
        out["kinds"][kind] = out["kinds"].get(kind, 0) + 1
        out["speakers"].add(collapse(item.get("speakername", "")))
        out["chars"] += chars("".join(item.itertext()))
    return out


def akn(root):
    refs = {}
    for el in root.iter():
        if local(el.tag) == "TLCPerson":
            refs[el.get("eId") or el.get("id")] = collapse(el.get("showAs", ""))
    out = {"kinds": {}, "nospeaker": 0, "speakers": set(), "chars": 0}
    for el in root.iter():
        name = local(el.tag)
        if name not in ("speech", "question"):
            continue
        kind = "question" if name == "question" else "speech"
        out["kinds"][kind] = out["kinds"].get(kind, 0) + 1
        by = (el.get("by") or "").lstrip("#")
        frm = [c for c in el if local(c.tag) == "from"]
        out["speakers"].add(refs.get(by) or (collapse("".join(frm[0].itertext())) if frm else ""))
        text = "".join(t for c in el if local(c.tag) != "from" for t in c.itertext())
        out["chars"] += chars(text)
    return out


def tei(root, path):
    out = {"kinds": {}, "nospeaker": 0, "speakers": set(), "chars": 0}
    def text_of(el):
        parts = [el.text or ""]
        for c in el:
            if local(c.tag) not in SKIPPED_TEI:
                parts.append(text_of(c))
            parts.append(c.tail or "")
        return "".join(parts)
    for el in root.iter():
        if local(el.tag) != "u":
            continue
        out["kinds"]["speech"] = out["kinds"].get("speech", 0) + 1
        out["speakers"].add(el.get("who"))
        out["chars"] += chars(text_of(el))
    return out


def count(path):
    root = ET.parse(path).getroot()
    name = local(root.tag)
    if name == "publicwhip" or name == "debates":
        if not any(local(c.tag) in KINDS or local(c.tag).endswith("-heading") for c in root):
            return None
        return publicwhip(root)
    if name == "akomaNtoso":
        return akn(root)
    if name == "TEI":
        return tei(root, path)
    return None


def files(args):
    for a in args:
        if os.path.isdir(a):
            for d, _, fs in sorted(os.walk(a)):
                for f in sorted(fs):
                    if f.endswith(".xml"):
                        yield os.path.join(d, f)
        else:
            yield a


def main():
    total = {"kinds": {}, "nospeaker": 0, "speakers": set(), "chars": 0}
    for path in files(sys.argv[1:]):
        c = count(path)
        if c is None:
            continue
        latest = ET.parse(path).getroot().get("latest", "-")
        print(f"{path}\tlatest={latest}\tkinds={dict(sorted(c['kinds'].items()))}\tnospeaker={c['nospeaker']}"
              f"\tspeakers={len(c['speakers'])}\tchars={c['chars']}")
        for k, v in c["kinds"].items():
            total["kinds"][k] = total["kinds"].get(k, 0) + v
        total["nospeaker"] += c["nospeaker"]
        total["speakers"] |= c["speakers"]
        total["chars"] += c["chars"]
    print(f"TOTAL\tkinds={dict(sorted(total['kinds'].items()))}\trecords={sum(total['kinds'].values())}"
          f"\tnospeaker={total['nospeaker']}\tspeakers={len(total['speakers'])}\tchars={total['chars']}")


if __name__ == "__main__":
    main()
