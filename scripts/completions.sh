#!/usr/bin/env bash
# Regenerates completions/ from the binary; CI fails when they differ from what is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet --locked
bin=target/debug/orgpolicy
"$bin" completions bash > completions/orgpolicy.bash
"$bin" completions zsh > completions/_orgpolicy
"$bin" completions fish > completions/orgpolicy.fish
"$bin" completions powershell > completions/_orgpolicy.ps1
"$bin" completions elvish > completions/orgpolicy.elv
