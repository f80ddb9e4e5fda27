#!/bin/sh
# Counts quotes from the real corpora (../shared/corpora) that end or start inside a citation
# (`… Vol. 497, c.` / `469.] …`) or hold a table cell (`|`); the target is 0. Loads every corpus
# into a temporary store with the built mqt (swift build first), then reads `quotes --top 0` as JSON.
# Usage: plugins/quotes/scripts/check-corpora.sh [MQT] [CORPORA]
set -e
root=$(cd "$(dirname "$0")/../../.." && pwd)
mqt=${1:-$root/.build/debug/mqt}
corpora=${2:-$root/../shared/corpora}
if [ ! -d "$corpora" ]; then echo "skipped: $corpora is absent"; exit 0; fi
db=$(mktemp -d)/corpora.db
trap 'rm -rf "$(dirname "$db")"' EXIT
for folder in "$corpora"/*/; do
    case "$folder" in *members*) continue ;; esac
    "$mqt" --db "$db" -c "load $folder" >/dev/null 2>&1 || echo "note: $folder did not load whole"
done
"$mqt" --db "$db" -c 'quotes --top 0 --max-words 10000 --min-words 1 --format json' | python3 -c '
import json, re, sys
quotes = json.load(sys.stdin)
ends = re.compile(r"\b(c|cc|col|cols|vol|vols|Vol|Vols)\.$")
starts = re.compile(r"^[\d–-]+[A-Z]{0,3}[.,;]?\]")
bad = [q["quote"] for q in quotes if ends.search(q["quote"]) or starts.search(q["quote"]) or "|" in q["quote"]]
for text in bad[:20]: print("  " + text[:150])
print(f"{len(quotes)} quotes; {len(bad)} end or start inside a citation or hold a table cell")
'
