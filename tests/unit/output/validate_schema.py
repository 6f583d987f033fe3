#!/usr/bin/python3
"""Validates the JSON that claimtrace writes against schemas/extract.schema.json.

usage: validate_schema.py SCHEMA SAMPLE_COMMAND...

Runs SAMPLE_COMMAND (pretty JSON) and SAMPLE_COMMAND --jsonl (one line), checks both against the
schema, then checks that the schema rejects broken variants of the sample: a schema that accepts
everything would pass the first part alone.

Run with Debian's /usr/bin/python3, which has python3-jsonschema. Exits 77 (ctest's skip code)
when the jsonschema module is missing.
"""

import copy
import json
import subprocess
import sys

try:
    import jsonschema
except ImportError:
    print("skipped: the python jsonschema module is missing (apt-get install python3-jsonschema)")
    sys.exit(77)


def run(command):
    result = subprocess.run(command, check=True, capture_output=True, text=True, encoding="utf-8")
    return result.stdout


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)

    failures = 0
    pretty = run(sys.argv[2:])
    jsonl = run(sys.argv[2:] + ["--jsonl"])
    lines = jsonl.splitlines()
    if len(lines) != 1:
        print(f"FAIL: --jsonl printed {len(lines)} lines, expected 1")
        failures += 1
    sample = json.loads(pretty)
    if json.loads(lines[0]) != sample:
        print("FAIL: the JSONL line and the pretty JSON differ")
        failures += 1
    for error in validator.iter_errors(sample):
        print(f"FAIL: sample: {error.json_path}: {error.message}")
        failures += 1

    # Each edit breaks one promise of CONTRACT.md; the schema must notice.
    def drop(path, key):
        def edit(doc):
            target = doc
            for step in path:
                target = target[step]
            del target[key]
        return edit

    def put(path, key, value):
        def edit(doc):
            target = doc
            for step in path:
                target = target[step]
            target[key] = value
        return edit

    broken = {
        "unknown status": put(["claims", 0], "status", "probable"),
        "unknown hop kind": put(["claims", 0, "chain", 0], "kind", "wire"),
        "unknown quote": put(["claims", 0], "quote", "paraphrase"),
        "unknown reason code": put(["claims", 1, "reasons", 0], "code", "rumour"),
        "unknown commitment": put(["claims", 0], "commitment", "sure"),
        "negative offset": put(["claims", 0], "start", -1),
        "fractional offset": put(["claims", 0, "chain", 0], "cue_end", 2.5),
        "offset as string": put(["claims", 0, "sentence"], "end", "126"),
        "missing chain": drop(["claims", 0], "chain"),
        "missing hop entity": drop(["claims", 0, "chain", 0], "entity"),
        "missing byline": drop(["document"], "byline"),
        "unconfirmed flag contradicts status": put(["claims", 1], "unconfirmed", False),
        "confirmed claim flagged unconfirmed": put(["claims", 0], "unconfirmed", True),
        "implicit false instead of absent": put(["claims", 0, "chain", 0], "implicit", False),
        "bad sha256": put(["document"], "sha256", "ABC"),
        "unknown format": put(["document"], "format", "pdf"),
        "unknown via": put(["document", "byline", "credited_sources", 0], "via", "header"),
        "empty entity instead of null": put(["claims", 1, "chain", 1], "entity", ""),
        "empty refers_to": put(["claims", 1, "chain", 0], "refers_to", ""),
    }
    for name, edit in broken.items():
        doc = copy.deepcopy(sample)
        edit(doc)
        if validator.is_valid(doc):
            print(f"FAIL: the schema accepts a sample with {name}")
            failures += 1

    checks = 2 + len(broken)
    print(f"{checks - min(failures, checks)} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
