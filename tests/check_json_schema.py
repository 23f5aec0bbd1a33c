#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates every JSON storydiff-cli writes against docs/storydiff.schema.json.

Runs the CLI itself on the bundled sample (pairs, three versions, jsonl, batch lines), on the
seed pair in ../shared/seeds when it is there and on files it writes (links, formatting, an
astral character, CRLF line ends), then validates those outputs and every JSON the other CLI
tests captured (STORYDIFF_JSON_CAPTURE, see tests/testutil.h). The check is strict: an object
with a field the schema does not describe fails, so that the schema stays the full contract.
It also makes sure the schema can fail (a document without change ids is rejected) and that
the source positions point at the text they claim.

usage: check_json_schema.py CLI SCHEMA CAPTURE_DIR SHARED_DIR WORK_DIR [REQUIRED_PREFIX ...]
"""
import copy
import json
import os
import re
import subprocess
import sys

import jsonschema

SAMPLES = [":/samples/story-v1.txt", ":/samples/story-v2.md", ":/samples/story-v3.md"]

FILES = {
    # Links, formatting, typography, a moved paragraph, an emoji (two UTF-16 units) and CRLF.
    "a.md": "# Title\r\n\r\nThe *old* [link](http://a.example) says \"hi\" \U0001F600 here.\r\n\r\n"
            "A paragraph that moves.\r\n\r\nLast words stay.\r\n",
    "b.md": "# Title\r\n\r\nLast words stay.\r\n\r\nThe **old** [link](http://b.example) says "
            "\u201chi\u201d \U0001F600 there.\r\n\r\nA paragraph that moves.\r\n",
    "a.html": "<html><body><p>One <a href='x.html'>link</a> and <i>style</i>.</p>"
              "<p>Second paragraph, long enough to split. It has two sentences.</p></body></html>",
    "b.html": "<html><body><p>One link and <b>style</b> more.</p>"
              "<p>Second paragraph, long enough to split.</p><p>It has two sentences.</p></body></html>",
    "a.txt": "First line of text.\n\nSecond paragraph here.\n",
    "b.txt": "First line of text.\n\nSecond paragraph there, with more.\n",
}


HOSTILE = {
    "h-a.txt": "Bell \x07 and escape \x1b[31m red.\rOld Mac line.\u2028Next\u2029line.\n\n"
               "\u202eevil\u202c text \"quoted\" \\ back.\n".encode(),
    "h-b.txt": "Bell \x07 and escape \x1b[32m green.\rOld Mac line.\u2028Next\u2029lines.\n\n"
               "\u202eevil\u202c text \u201cquoted\u201d \\ back.\n".encode(),
    "h-latin1.txt": "Caf\xe9 cr\xe8me br\xfbl\xe9e, d\xe9j\xe0 vu.\n".encode("latin-1"),
}


def strict(schema):
    """The schema with additionalProperties false wherever an object lists its properties."""
    s = copy.deepcopy(schema)

    def walk(node):
        if isinstance(node, dict):
            if "properties" in node and node.get("type") == "object":
                node.setdefault("additionalProperties", False)
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(s)
    return s


def inline_refs(schema):
    """The schema with every $ref to $defs replaced by its target (none is recursive): python's
    validator is half again as fast without looking references up."""
    defs = schema["$defs"]

    def inline(node):
        if isinstance(node, dict):
            if set(node) == {"$ref"}:
                return inline(defs[node["$ref"].rsplit("/", 1)[1]])
            return {k: inline(v) for k, v in node.items() if k != "$defs"}
        if isinstance(node, list):
            return [inline(v) for v in node]
        return node

    return inline(schema)


MAX_CHANGES = 3000


def bounded(obj):
    """`obj` with each very long list of changes cut to its first and last 1000 and every 25th
    between: a 24,000-change stress output would take python a minute, and its changes come
    from the same writer as the ones that are validated."""
    lists = [c for c in obj.get("comparisons", [obj]) if len(c.get("changes", [])) > MAX_CHANGES]
    if not lists:
        return obj
    obj = copy.deepcopy(obj)
    for c in obj.get("comparisons", [obj]):
        ch = c.get("changes", [])
        if len(ch) > MAX_CHANGES:
            c["changes"] = ch[:1000] + ch[1000:-1000:25] + ch[-1000:]
    return obj


def instances(data):
    """One JSON document, or JSON lines: every object in `data`."""
    text = data.decode("utf-8")
    try:
        return [json.loads(text)]
    except json.JSONDecodeError:
        return [json.loads(line) for line in text.splitlines() if line.strip()]


def run(cli, args, stdin=None):
    p = subprocess.run([cli] + args, input=stdin, capture_output=True, timeout=300)
    if p.returncode not in (0, 1):
        raise SystemExit(f"storydiff-cli {' '.join(args)} failed ({p.returncode}): {p.stderr.decode()}")
    return p.stdout


def check_sources(obj, texts):
    """Each side's source span starts with the side's first character and ends with its last:
    the markup between its words (Markdown emphasis inside a CJK run, say) may differ."""
    checked = 0
    for comp in obj.get("comparisons", []):
        docs = obj["documents"]
        for ch in comp["changes"]:
            for side, doc in (("from", comp["from"]), ("to", comp["to"])):
                s = ch[side]
                src = texts.get(docs[doc]["path"])
                if not s or not s["source"] or src is None or docs[doc]["encoding"] != "UTF-8":
                    continue
                span = s["source"]
                got = src[span["start"]:span["end"]]
                text = s["text"].strip()
                if not got or got[0] != text[0] or got[-1] != text[-1]:
                    raise SystemExit(f"{docs[doc]['path']}: source {span} reads {got!r}, "
                                     f"the side says {s['text']!r}")
                lines = re.split("\r\n|[\r\n\u2028\u2029]", src)
                if lines[span["line"] - 1][span["column"] - 1:][:1] != text[0]:
                    raise SystemExit(f"{docs[doc]['path']}: line:column {span['line']}:{span['column']} "
                                     f"is not at {text[0]!r}")
                checked += 1
    return checked


def main():
    cli, schema_path, capture, shared, work = sys.argv[1:6]
    required = sys.argv[6:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(inline_refs(strict(schema)))

    os.makedirs(work, exist_ok=True)
    texts = {}
    for name, text in FILES.items():
        path = os.path.join(work, name)
        with open(path, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        texts[path] = text
    texts[os.path.join(work, "h-a.txt")] = HOSTILE["h-a.txt"].decode()
    texts[os.path.join(work, "h-b.txt")] = HOSTILE["h-b.txt"].decode()
    # Hostile bytes: control characters, a lone CR, line and paragraph separators, right-to-left
    # marks, and Latin-1 bytes that are not UTF-8 (decoded as windows-1252: no source text).
    for name, data in HOSTILE.items():
        with open(os.path.join(work, name), "wb") as f:
            f.write(data)
    p = lambda n: os.path.join(work, n)
    outputs = {
        "sample, three versions": run(cli, ["--format", "json", "--sample"]),
        "sample pair": run(cli, ["--format", "json"] + SAMPLES[:2]),
        "sample, base 2": run(cli, ["--format", "json", "--base", "2"] + SAMPLES),
        "sample jsonl": run(cli, ["--format", "jsonl"] + SAMPLES),
        "markdown pair": run(cli, ["--format", "json", p("a.md"), p("b.md")]),
        "html pair": run(cli, ["--format", "json", p("a.html"), p("b.html")]),
        "text pair, ignoring": run(cli, ["--format", "json", "--ignore-case", "--ignore-links",
                                         p("a.txt"), p("b.txt")]),
        "three files": run(cli, ["--format", "json", p("a.txt"), p("b.txt"), p("a.md")]),
        "hostile text": run(cli, ["--format", "json", p("h-a.txt"), p("h-b.txt")]),
        "hostile, not UTF-8": run(cli, ["--format", "json", p("h-latin1.txt"), p("a.txt")]),
        "hostile jsonl": run(cli, ["--format", "jsonl", p("h-a.txt"), p("h-b.txt"), p("h-latin1.txt")]),
        "batch folder": run(cli, ["--batch", work]),
        "batch stdin": run(cli, ["--batch", "-"], f"{p('a.md')},{p('b.md')}\n".encode()),
        "batch candidates": run(cli, ["--batch", work, "--candidates"]),
    }
    # A shard's lines (with "pair") go to a file; its summary is not a contract JSON.
    shard_out = os.path.join(os.path.dirname(work), "schema-shard.jsonl")
    run(cli, ["--batch", work, "--candidates", "--shard", "1/1", "--output", shard_out])
    with open(shard_out, "rb") as f:
        outputs["batch shard"] = f.read()
    if b'"pair":' not in outputs["batch shard"] or b'"passage":' not in outputs["batch candidates"]:
        raise SystemExit("the archive fields were not written")
    seeds = [os.path.join(shared, "seeds", n) for n in ("000_ac96cbe5d64d4c8f.txt", "001_c2777b46358987f3.txt")]
    if all(os.path.isfile(s) for s in seeds):
        outputs["seed pair"] = run(cli, ["--format", "json"] + seeds)
        outputs["seed jsonl"] = run(cli, ["--format", "jsonl"] + seeds)
        for s in seeds:
            with open(s, encoding="utf-8-sig", newline="") as f:
                texts[s] = f.read()
    else:
        print("../shared/seeds is not here: the seed pair is left out")

    # Real stories of ../shared/corpus: the first two versions of each small one.
    corpus = os.path.join(shared, "corpus", "versions")
    for story in sorted(os.listdir(corpus)) if os.path.isdir(corpus) else []:
        folder = os.path.join(corpus, story)
        versions = sorted(n for n in os.listdir(folder) if n.startswith("v") and n[1:2].isdigit())
        pair = [os.path.join(folder, n) for n in versions[:2]]
        if len(pair) == 2 and sum(os.path.getsize(v) for v in pair) < 400_000:
            outputs[f"corpus {story}"] = run(cli, ["--format", "json"] + pair)
            for v in pair:
                if v.endswith((".md", ".txt", ".html", ".htm")):
                    with open(v, encoding="utf-8-sig", errors="replace", newline="") as f:
                        texts[v] = f.read()

    captured = sorted(os.listdir(capture)) if os.path.isdir(capture) else []
    for prefix in required:
        if not any(n.startswith(prefix + "-") for n in captured):
            raise SystemExit(f"no JSON captured from {prefix} in {capture}")
    for name in captured:
        with open(os.path.join(capture, name), "rb") as f:
            outputs[f"captured {name}"] = f.read()

    objects = 0
    positions = 0
    for label, data in outputs.items():
        for obj in instances(data):
            errors = sorted(validator.iter_errors(bounded(obj)), key=lambda e: list(e.absolute_path))
            if errors:
                e = errors[0]
                raise SystemExit(f"{label}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
            objects += 1
            positions += check_sources(obj, texts)

    # The schema can fail: a change without its id, and the old version number, are rejected.
    broken = instances(outputs["markdown pair"])[0]
    del broken["comparisons"][0]["changes"][0]["id"]
    broken["version"] = 1
    if validator.is_valid(broken):
        raise SystemExit("the schema accepts a document without change ids")
    if positions == 0:
        raise SystemExit("no source position was checked")
    print(f"{objects} JSON objects from {len(outputs)} outputs valid; {positions} source positions "
          f"read the words they claim")


if __name__ == "__main__":
    main()
