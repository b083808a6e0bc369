#!/usr/bin/env bash
# Runs every AsterBot test on this machine: installs what the tests need (apt, npm), builds, runs all test
# projects, and ends with one summary line "Tests: N passed, N failed, N skipped".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh test
export ASTERBOT_ANVIL="$PWD/.tools/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

dotnet build AsterBot.slnx -c Release --nologo -v quiet -clp:ErrorsOnly
log=$(mktemp)
status=0
dotnet test AsterBot.slnx -c Release --no-build --nologo --blame-hang-timeout 5m "$@" 2>&1 | tee "$log" || status=$?

# Sum the per-assembly result lines ("Passed!  - Failed: 0, Passed: 12, Skipped: 0, Total: 12, ...").
read -r passed failed skipped < <(grep -E '(Passed|Failed)! +- +Failed:' "$log" | awk -F'[:,]' '
  { for (i = 1; i <= NF; i++) { gsub(/ /, "", $i) }
    for (i = 1; i < NF; i++) { if ($i ~ /Failed$/) f += $(i+1); if ($i == "Passed") p += $(i+1); if ($i == "Skipped") s += $(i+1) } }
  END { print p + 0, f + 0, s + 0 }')
rm -f "$log"
echo "Tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -ne 0 ] || [ "$failed" -ne 0 ]; then exit 1; fi
if [ "$passed" -eq 0 ]; then echo "no test ran" >&2; exit 1; fi
