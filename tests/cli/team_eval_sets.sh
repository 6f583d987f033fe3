#!/usr/bin/env bash
# The team's annotated evaluation sets (tests/eval/team): every article is extracted with
# valid offsets (claim, hop, cue and reason spans slice to their text), and nearly every
# claim the annotators required is found: a guard against a rule change that silently
# loses a construction. (The full scores come from scripts/eval with the workplace's scorer.)
source "$(dirname "$0")/lib.sh"
# One process for all of them (JSON lines in input order): starting the host, with its
# plugins, once per article is most of the time under the sanitizers.
files=("$SRC"/tests/eval/team/*/docs/*.txt)
n=${#files[@]}
[ "$n" -ge 30 ] || fail "expected at least 30 team articles, found $n"
printf '%s\n' "${files[@]}" > inputs.txt
"$CT" extract --format jsonl -q "${files[@]}" > all.jsonl || fail "extract failed on the team articles"
"$PY" - "$SRC/tests/eval/team" <<'PY'
import glob, json, os, sys
root = sys.argv[1]
# Split the JSON lines back into one file per article, in input order.
inputs = [l.rstrip("\n") for l in open("inputs.txt", encoding="utf-8")]
lines = [l for l in open("all.jsonl", encoding="utf-8") if l.strip()]
if len(lines) != len(inputs):
    print(f"expected {len(inputs)} JSON lines, got {len(lines)}")
    sys.exit(1)
for path, line in zip(inputs, lines):
    set_name = os.path.basename(os.path.dirname(os.path.dirname(path)))
    name = os.path.splitext(os.path.basename(path))[0]
    with open(f"{set_name}-{name}.json", "w", encoding="utf-8") as out_file:
        out_file.write(line)
required = found = 0
problems = []
for gold_path in sorted(glob.glob(os.path.join(root, "*", "gold", "*.json"))):
    gold = json.load(open(gold_path, encoding="utf-8"))
    set_name = os.path.basename(os.path.dirname(os.path.dirname(gold_path)))
    doc_path = os.path.join(root, set_name, "docs", gold["doc"])
    text = open(doc_path, encoding="utf-8").read()
    out = json.load(open(f"{set_name}-{os.path.splitext(gold['doc'])[0]}.json", encoding="utf-8"))
    def check(obj, key, what):
        s, e = obj.get("start"), obj.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)):
            problems.append(f"{gold['doc']}: {what} has no valid offsets")
        elif obj.get(key) is not None and text[s:e] != obj[key]:
            problems.append(f"{gold['doc']}: {what} offsets do not slice to its {key}")
    spans = []
    for c in out["claims"]:
        check(c, "text", "claim")
        spans.append((c["start"], c["end"]))
        for h in c["chain"]:
            if h.get("start") is not None:
                check(h, "mention", "hop")
        for r in c.get("reasons", []):
            if isinstance(r, dict) and r.get("start") is not None:
                check(r, "cue", "reason")
    for g in gold["claims"]:
        if not g.get("required", True):
            continue
        required += 1
        i = -1
        for _ in range(g.get("occurrence", 0) + 1):
            i = text.find(g["text"], i + 1)
        gs, ge = i, i + len(g["text"])
        if any(min(ge, e) - max(gs, s) > 0.5 * (ge - gs) for s, e in spans):
            found += 1
for p in problems[:10]:
    print(p)
print(f"required claims found: {found}/{required}")
sys.exit(1 if problems or found < 0.9 * required else 0)
PY
