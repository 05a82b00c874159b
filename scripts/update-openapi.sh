#!/usr/bin/env bash
# Regenerates docs/openapi.json from the code (the test that checks it writes it when UPDATE_OPENAPI=1).
set -euo pipefail
cd "$(dirname "$0")/.."
UPDATE_OPENAPI=1 dotnet test tests/ClaimTracker.Api.Tests --filter "FullyQualifiedName~OpenApiDocumentTests" "$@"
