#!/usr/bin/env bash
# Installs every tool the build and the tests need, and skips what is already
# there. Sourced by scripts/serve and scripts/test; safe to run on its own.
# Versions are pinned here and checked against ../shared/TOOLCHAIN.md facts:
#   trunk 0.22 needs a newer rustc than 1.95, Debian's wasm-opt (108) is too old,
#   and `cargo install --locked wasm-bindgen-cli` fails on this registry.
set -euo pipefail

TRUNK_VERSION=0.21.14
# Must equal the wasm-bindgen version pinned (with `=`) in Cargo.toml.
WASM_BINDGEN_VERSION=0.2.130

project_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
log() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

ensure_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

ensure_rust_components() {
  local missing=()
  cargo fmt --version >/dev/null 2>&1 || missing+=(rustfmt)
  cargo clippy --version >/dev/null 2>&1 || missing+=(clippy)
  if [ ${#missing[@]} -gt 0 ]; then
    log "adding rustup components: ${missing[*]}"
    rustup component add "${missing[@]}"
  fi
}

# The tools are built for this machine's tests, not for speed: at
# opt-level 0, without LTO, trunk compiles in 3.6 CPU-minutes (125 s on 2
# quiet cores) instead of 7.8 at opt-level 1 (251 s), and wasm-bindgen-cli
# in 1.5 instead of 4.3 with its own release profile (65 s against 134),
# and what they build is byte-identical (benches/HISTORY.md). They call
# cargo and wasm-opt and rewrite a few small files: a trunk build takes
# the same time, and wasm-bindgen 0.3 s instead of 0.1 for the engine's
# wasm (5.7 s instead of 1.5 for the component tests' 20 MB one).
quick_release() {
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    CARGO_PROFILE_RELEASE_OPT_LEVEL=0 "$@"
}

ensure_trunk() {
  if trunk --version 2>/dev/null | grep -q " ${TRUNK_VERSION}\$"; then return; fi
  log "installing trunk ${TRUNK_VERSION} (about 2 minutes on 2 cores)"
  # Without its default features (TLS for downloading tools, the update
  # check): Trunk.toml builds offline with the tools installed here, so
  # trunk never downloads (at opt-level 1: 8.7 CPU-minutes against 9.8).
  quick_release cargo install --locked --no-default-features trunk --version "${TRUNK_VERSION}"
}

ensure_wasm_bindgen() {
  if wasm-bindgen --version 2>/dev/null | grep -q " ${WASM_BINDGEN_VERSION}\$" \
    && command -v wasm-bindgen-test-runner >/dev/null; then return; fi
  log "installing wasm-bindgen-cli ${WASM_BINDGEN_VERSION} (about a minute)"
  # No --locked: its lock file names a webpki-roots release this registry lacks.
  quick_release cargo install wasm-bindgen-cli --version "${WASM_BINDGEN_VERSION}"
}

ensure_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  log "installing Debian's chromium and chromium-driver"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends chromium chromium-driver
}

ensure_npm_packages() {
  local stamp="${project_root}/node_modules/.package-lock.json"
  if [ -f "$stamp" ] && [ "$stamp" -nt "${project_root}/package-lock.json" ] \
    && [ -x "${project_root}/node_modules/.bin/wasm-opt" ]; then return; fi
  log "installing npm packages (binaryen, terser, playwright-core, axe-core)"
  (cd "$project_root" && npm ci --no-audit --no-fund)
}

# Waits for the background install of `what` (downloads, wasm-bindgen or
# trunk) that FAQ_SETUP_IN_BACKGROUND started; a no-op when there is none.
# Stops the caller with the install's log if it failed.
setup_wait() {
  local what="$1" pid_var="setup_pid_${1//-/_}"
  local pid="${!pid_var:-}"
  [ -n "$pid" ] || return 0
  log "waiting for the install of $what"
  if ! wait "$pid"; then
    log "installing $what failed:"
    cat "${setup_logs}/$what.log" >&2
    exit 1
  fi
  printf -v "$pid_var" '%s' ''
}

ensure_wasm_target
ensure_rust_components
# Chromium and the npm packages download while cargo compiles trunk and
# wasm-bindgen (the downloads wait on the network, the compiles on the CPU),
# unless apt needs a sudo password, which only the foreground can ask for.
# With FAQ_SETUP_IN_BACKGROUND=1 (scripts/test) all of it goes on in the
# background, so the caller's first steps run meanwhile; the caller calls
# `setup_wait downloads|wasm-bindgen|trunk` before the step that needs it.
if [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; then
  if [ "${FAQ_SETUP_IN_BACKGROUND:-}" = 1 ]; then
    setup_logs="$(mktemp -d)"
    (ensure_chromium && ensure_npm_packages) > "$setup_logs/downloads.log" 2>&1 &
    setup_pid_downloads=$!
    ensure_wasm_bindgen > "$setup_logs/wasm-bindgen.log" 2>&1 &
    setup_pid_wasm_bindgen=$!
    ensure_trunk > "$setup_logs/trunk.log" 2>&1 &
    setup_pid_trunk=$!
  else
    (ensure_chromium && ensure_npm_packages) &
    downloads=$!
    ensure_wasm_bindgen
    ensure_trunk
    if ! wait "$downloads"; then
      log "installing chromium or the npm packages failed (see above)"
      exit 1
    fi
  fi
else
  ensure_chromium
  ensure_npm_packages
  ensure_wasm_bindgen
  ensure_trunk
fi

# wasm-opt from npm's binaryen must win over any older one on the system PATH.
export PATH="${project_root}/node_modules/.bin:${HOME}/.cargo/bin:${PATH}"
export CHROMEDRIVER=/usr/bin/chromedriver
