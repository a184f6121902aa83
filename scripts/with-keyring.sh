#!/usr/bin/env bash
# Runs a command with a real Secret Service: a private D-Bus session, an unlocked
# gnome-keyring-daemon and a scratch HOME, so tests never touch the user's own keyring.
#   scripts/with-keyring.sh ctest --preset dev
set -euo pipefail

if [ -z "${CERTDESK_KEYRING_INNER:-}" ]; then
    scratch=$(mktemp -d -t certdesk-home.XXXXXX)
    trap 'rm -rf "$scratch"' EXIT
    mkdir -p "$scratch/.local/share/keyrings" "$scratch/.config" "$scratch/run"
    chmod 700 "$scratch/run"
    status=0
    env HOME="$scratch" XDG_DATA_HOME="$scratch/.local/share" XDG_CONFIG_HOME="$scratch/.config" \
        XDG_RUNTIME_DIR="$scratch/run" CERTDESK_KEYRING_INNER=1 \
        dbus-run-session -- "$0" "$@" || status=$?
    exit "$status"
fi

# Inside the private session: start the daemon with a throwaway password and unlock the login
# keyring, then make sure the Secret Service answers before running the command.
eval "$(printf 'certdesk-test' | gnome-keyring-daemon --unlock --components=secrets 2>/dev/null)"
eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)"
export GNOME_KEYRING_CONTROL SSH_AUTH_SOCK 2>/dev/null || true
if ! printf 'probe' | secret-tool store --label=certdesk-probe certdesk probe 2>/dev/null; then
    echo "with-keyring: the Secret Service did not answer; keychain tests will fail" >&2
else
    secret-tool clear certdesk probe 2>/dev/null || true
fi
exec "$@"
