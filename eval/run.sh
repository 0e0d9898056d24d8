#!/usr/bin/env sh
# Scores the extractor on the seed article and eval/documents against their gold; last line is the summary.
set -eu
cd "$(dirname "$0")/.."
exec dotnet run --project tools/Chronology.ExtractionEval -c Release -- "$@"
