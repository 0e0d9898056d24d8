#!/usr/bin/env bash
# Lints the container files without a Docker engine:
#   compose:    docker-compose.yml through Debian's docker-compose (`config -q`);
#   dockerfile: Dockerfile through two npm linters — dockerfile-utils (what the engine would
#               reject) and dockerfilelint (best practice, configured by .dockerfilelintrc).
# Prints one summary line per check and exits non-zero if any check fails. Needs root (or an
# installed docker-compose) and npm; installs what is missing, so it can run on a fresh machine.
set -euo pipefail

DOCKERFILE_UTILS_VERSION=0.16.3
DOCKERFILELINT_VERSION=1.8.0
LINT_DIR="${TMPDIR:-/tmp}/chronology-lint"

cd "$(dirname "${BASH_SOURCE[0]}")/.."

failures=0
log="$(mktemp)"
no_env="$(mktemp)"
trap 'rm -f "$log" "$no_env"' EXIT

# Prints the captured output of a failed step, indented, to stderr.
show_log() { sed 's/^/    /' "$log" >&2; }

apt_install() {
    export DEBIAN_FRONTEND=noninteractive
    # Refresh the package lists only when apt knows no candidate (fresh machine, empty lists).
    if ! apt-cache policy "$@" 2>/dev/null | grep -q 'Candidate: [0-9]'; then
        apt-get update -qq >/dev/null
    fi
    apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

# --- compose ------------------------------------------------------------------------------------
compose_check() {
    if ! command -v docker-compose >/dev/null 2>&1; then
        apt_install docker-compose || return 1
    fi
    # An empty --env-file: a developer's untracked .env must not mask the checks below.
    POSTGRES_PASSWORD=ci-only docker-compose --env-file "$no_env" -f docker-compose.yml config -q || return 1
    # The password has no default in the repository: without it, compose must refuse.
    if env -u POSTGRES_PASSWORD docker-compose --env-file "$no_env" -f docker-compose.yml config -q; then
        echo "docker-compose.yml resolves without POSTGRES_PASSWORD: a secret default crept in"
        return 1
    fi
}

if compose_check >"$log" 2>&1; then
    echo "compose: ok"
else
    echo "compose: FAILED" && show_log
    failures=$((failures + 1))
fi

# --- dockerfile ---------------------------------------------------------------------------------
installed_version() {
    node -p "require('$LINT_DIR/node_modules/$1/package.json').version" 2>/dev/null || true
}

dockerfile_check() {
    if ! command -v npm >/dev/null 2>&1; then
        apt_install npm || return 1
    fi
    # Cached outside the repository; reinstalled only when a pinned version changes.
    if [ "$(installed_version dockerfile-utils)" != "$DOCKERFILE_UTILS_VERSION" ] ||
        [ "$(installed_version dockerfilelint)" != "$DOCKERFILELINT_VERSION" ]; then
        mkdir -p "$LINT_DIR"
        npm install --prefix "$LINT_DIR" --no-audit --no-fund --save-exact --loglevel=error \
            "dockerfile-utils@$DOCKERFILE_UTILS_VERSION" "dockerfilelint@$DOCKERFILELINT_VERSION" || return 1
    fi
    [ -f Dockerfile ] || { echo "Dockerfile not found"; return 1; }

    # Both linters run, so one report shows every finding.
    local out ok=0
    # dockerfile-utils exits 0 on warnings (e.g. a deprecated instruction): any diagnostic fails here.
    if ! out="$("$LINT_DIR/node_modules/.bin/dockerfile-utils" lint Dockerfile 2>&1)" || [ -n "$out" ]; then
        echo "dockerfile-utils:"; echo "$out"; ok=1
    fi
    # dockerfilelint reads .dockerfilelintrc from the Dockerfile's folder, the repository root.
    out="$("$LINT_DIR/node_modules/.bin/dockerfilelint" Dockerfile 2>&1)" ||
        { echo "dockerfilelint:"; echo "$out"; ok=1; }
    return "$ok"
}

if dockerfile_check >"$log" 2>&1; then
    echo "dockerfile: ok"
else
    echo "dockerfile: FAILED" && show_log
    failures=$((failures + 1))
fi

exit $((failures > 0))
