#!/usr/bin/env python3
"""Fill unfinished messages of a Qt .ts file from a JSON object {source: translation}.

Usage: tools/fill_translation.py translations/mimecast-bridge_pt_BR.ts translations.json
With the language "en", every unfinished non-plural message gets its source text.
Exits 1 and lists the sources that stay unfinished. Run tools/update-translations.sh
afterwards: it rewrites the file in the layout lupdate keeps.
"""
import json
import sys
import xml.etree.ElementTree as ElementTree


def main():
    path = sys.argv[1]
    table = json.load(open(sys.argv[2], encoding="utf-8")) if len(sys.argv) > 2 else {}
    tree = ElementTree.parse(path)
    language = tree.getroot().get("language", "")
    missing = []
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation.get("type") != "unfinished":
            continue
        source = message.find("source").text or ""
        text = table.get(source)
        if text is None and language == "en" and message.get("numerus") != "yes":
            text = source
        if text is None:
            missing.append(source)
            continue
        translation.attrib.pop("type")
        translation.text = text
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, encoding="utf-8") as handle:
        content = handle.read()
    # ElementTree drops the DOCTYPE that Qt's tools write; put it back.
    if "<!DOCTYPE TS>" not in content:
        content = content.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(content)
    for source in missing:
        print("unfinished:", source)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
