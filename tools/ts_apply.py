#!/usr/bin/env python3
"""Fills translations into a Qt .ts file from a JSON object {source: translation}, or lists what is unfinished.

    tools/ts_apply.py translations/hotline0150_ru.ts --todo          # print unfinished sources as JSON
    tools/ts_apply.py translations/hotline0150_ru.ts mapping.json    # apply a mapping
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    ts = sys.argv[1]
    tree = ET.parse(ts)
    root = tree.getroot()
    if sys.argv[2] == "--todo":
        todo = {}
        for msg in root.iter("message"):
            tr = msg.find("translation")
            if tr is not None and tr.get("type") == "unfinished":
                todo[msg.findtext("source")] = ""
        print(json.dumps(todo, ensure_ascii=False, indent=1))
        return
    mapping = json.load(open(sys.argv[2], encoding="utf-8"))
    done = 0
    for msg in root.iter("message"):
        src = msg.findtext("source")
        tr = msg.find("translation")
        if src in mapping and mapping[src]:
            if msg.get("numerus") == "yes":
                for nf in list(tr):
                    tr.remove(nf)
                forms = mapping[src] if isinstance(mapping[src], list) else [mapping[src]] * 3
                for f in forms:
                    ET.SubElement(tr, "numerusform").text = f
            else:
                tr.text = mapping[src]
            tr.attrib.pop("type", None)
            done += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    with open(ts, "r+", encoding="utf-8") as f:
        text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(text)
        f.truncate()
    print(f"applied {done}")


if __name__ == "__main__":
    main()
