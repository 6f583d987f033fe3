#!/usr/bin/env bash
# The Arabic reference article: TASS > Kremlin and Yonhap > KCNA chains, the train
# claim flagged unconfirmed, the byline with its three agencies, valid offsets.
source "$(dirname "$0")/lib.sh"
expect_exit 0 "$CT" extract --format json "$SRC/examples/kim-russia-visit.ar.txt"
"$PY" - "$SRC/examples/kim-russia-visit.ar.txt" <<'PY'
import json, sys
doc = json.load(open("out.txt", encoding="utf-8"))
text = open(sys.argv[1], encoding="utf-8").read()
chains = [[h.get("entity") for h in c["chain"]] for c in doc["claims"]]
assert ["tass", "kremlin"] in chains, chains
assert ["yonhap", "kcna"] in chains, chains
train = [c for c in doc["claims"] if "\u0642\u0637\u0627\u0631\u0627 \u062e\u0627\u0635\u0627" in c["text"]]
assert train and all(c["unconfirmed"] for c in train), train
assert any(r["code"] == "hedge" for c in train for r in c["reasons"]), train
b = doc["document"]["byline"]
assert b["author"] == "\u0645\u064a\u0646\u0647 \u062f\u0648\u0643", b
assert {c["entity"] for c in b["credited_sources"]} >= {"tass", "sputnik", "yonhap"}, b
assert doc["document"]["lang"] == "ar"
for c in doc["claims"]:
    assert text[c["start"]:c["end"]] == c["text"], c
    for h in c["chain"]:
        assert text[h["start"]:h["end"]] == h["mention"], h
    for r in c["reasons"]:
        assert text[r["start"]:r["end"]] == r["cue"], r
photo = doc["document"]["credits"]
assert photo and photo[0]["role"] == "photo" and photo[0]["entity"] == "sputnik", photo
# The photo credit is not a claim source.
assert not any(h["mention"] == "\u0633\u0628\u0648\u062a\u0646\u064a\u0643" and h["start"] == photo[0]["start"] for c in doc["claims"] for h in c["chain"])
PY
