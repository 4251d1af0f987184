#!/usr/bin/env bash
# Regenerates trapi-1.5.0.schema.json from the pinned sources:
#   TRAPI  v1.5.0  TranslatorReasonerAPI.yaml
#   OperationsAndWorkflows 1.3.5 schema/workflow.json + schema/operation.json (the workflow schema TRAPI references)
# TRAPI_GIT and OW_GIT are the git directories of clones of NCATSTranslator/ReasonerAPI and
# NCATSTranslator/OperationsAndWorkflows (with their tags).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
trapi_git="${TRAPI_GIT:?set TRAPI_GIT to the git directory of a NCATSTranslator/ReasonerAPI clone}"
ow_git="${OW_GIT:?set OW_GIT to the git directory of a NCATSTranslator/OperationsAndWorkflows clone}"
src="$(mktemp -d)"
trap 'rm -rf "$src"' EXIT
git --git-dir="$trapi_git" show v1.5.0:TranslatorReasonerAPI.yaml >"$src/TranslatorReasonerAPI.yaml"
git --git-dir="$ow_git" show 1.3.5:schema/workflow.json >"$src/workflow.json"
git --git-dir="$ow_git" show 1.3.5:schema/operation.json >"$src/operation.json"
[ -d "$here/node_modules/yaml" ] || npm ci --prefix "$here" --silent
node "$here/convert.mjs" \
  --trapi "$src/TranslatorReasonerAPI.yaml" \
  --bundle "Workflow=$src/workflow.json" \
  --bundle "Operation=$src/operation.json" \
  --out "$here/trapi-1.5.0.schema.json" \
  --report "$here/conversion-report.txt"
