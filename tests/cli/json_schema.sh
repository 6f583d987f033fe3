#!/usr/bin/env bash
# The JSON of extract, claims and plugins validates against the schemas in schemas/.
source "$(dirname "$0")/lib.sh"
if ! /usr/bin/python3 -c 'import jsonschema' 2>/dev/null; then
  echo "SKIP: python3-jsonschema is not installed (scripts/setup --test installs it)"
  exit 77
fi
"$CT" extract --format json "$SRC/examples/kim-russia-visit.ar.txt" > a.json
"$CT" extract --format json "$SRC/examples/port-strike.en.txt" > b.json
"$CT" extract --format json "$SRC/examples/page.html" > c.json
/usr/bin/python3 - "$SRC/schemas/extract.schema.json" a.json b.json c.json <<'PY'
import json, sys, jsonschema
schema = json.load(open(sys.argv[1]))
cls = jsonschema.validators.validator_for(schema)
cls.check_schema(schema)
for f in sys.argv[2:]:
    cls(schema).validate(json.load(open(f, encoding="utf-8")))
PY
