#!/usr/bin/env bash
# A private Crymap 2.0 IMAP server on loopback for imap-rs live tests: the test server that
# speaks IMAP4rev2 (RFC 9051, `ENABLE IMAP4rev2`), which neither Debian's Dovecot 2.3 nor
# Cyrus 3.6 does.
#
#   scripts/crymap.sh start    install (if needed), start; idempotent
#   scripts/crymap.sh stop     stop this instance and delete its scratch data
#   scripts/crymap.sh status   exit 0 if running and answering
#   scripts/crymap.sh restart  stop + start (the data starts empty again)
#   scripts/crymap.sh reset    stop + delete the state dir
#   scripts/crymap.sh env      IMAP_TEST_CRYMAP_* settings for the tests
#   scripts/crymap.sh install  only install what start needs
#   scripts/crymap.sh packages the Debian packages it needs (to build it)
#
# Crymap is not packaged in Debian: `install` builds it from crates.io
# (`cargo install crymap --version 2.0.1 --locked --features dev-tools`, about 4 minutes on
# two cores) into IMAP_RS_CRYMAP_ROOT (default ~/.cache/imap-rs/crymap-2.0.1) and reuses
# that binary afterwards. It runs in its `dev imap-test` mode: plain IMAP on 127.0.0.1:14143
# (fixed by Crymap), one user `user` / `hunter2`, data in /tmp/crymaptest.<pid> (deleted by
# stop). Crymap refuses to serve as root, so it runs as nobody.
#
# Environment (optional): IMAP_RS_CRYMAP_DIR (state dir, default
# $IMAP_RS_SERVERS_DIR/crymap), IMAP_RS_CRYMAP_ROOT, NO_INSTALL=1.
set -euo pipefail

NAME=crymap.sh
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

VERSION=2.0.1
STATE=${IMAP_RS_CRYMAP_DIR:-$IMAP_RS_SERVERS_DIR/crymap}
ROOT_DIR=${IMAP_RS_CRYMAP_ROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/imap-rs/crymap-$VERSION}
BIN=$ROOT_DIR/bin/crymap
HOST=127.0.0.1
PORT=14143
PIDFILE=$STATE/crymap.pid
PACKAGES=(libssl-dev pkg-config)

running_pid() {
  local pid
  [ -f "$PIDFILE" ] || return 1
  pid=$(cat "$PIDFILE")
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

# Whether the server greets on its port.
answers() {
  python3 - "$HOST" "$PORT" <<'EOF' 2>/dev/null
import socket, sys
with socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=2) as s:
    s.settimeout(5)
    greeting = s.recv(4096)
    sys.exit(0 if greeting.startswith(b"* OK") and b"IMAP4rev2" in greeting else 1)
EOF
}

cmd_install() {
  [ -x "$BIN" ] && return 0
  apt_ensure "${PACKAGES[@]}"
  [ "${NO_INSTALL:-0}" = 1 ] && die "crymap is not built ($BIN) and NO_INSTALL=1"
  command -v cargo >/dev/null 2>&1 || die "cargo is needed to build crymap"
  local t0
  t0=$(now_ms)
  log "building crymap $VERSION from crates.io into $ROOT_DIR (about 4 minutes, once)"
  mkdir -p "$ROOT_DIR"
  # Its own target dir: never shares a lock or a cache with the workspace's build.
  CARGO_TARGET_DIR=$ROOT_DIR/target cargo install crymap --version "$VERSION" --locked \
    --features dev-tools --root "$ROOT_DIR" --quiet ||
    die "cargo install crymap failed"
  rm -rf "$ROOT_DIR/target"
  log "built in $(elapsed "$t0"): $BIN"
}

cmd_start() {
  local pid t0 i
  if pid=$(running_pid) && answers; then return 0; fi
  t0=$(now_ms)
  [ -n "${pid:-}" ] && { log "pid $pid not answering; restarting"; cmd_stop; }
  cmd_install
  if answers; then die "something else answers on $HOST:$PORT"; fi
  mkdir -p "$STATE"
  chmod 755 "$STATE"
  is_root && chmod 755 "$ROOT_DIR" "$ROOT_DIR/bin" 2>/dev/null || true
  local run=("$BIN" dev imap-test)
  is_root && run=(setpriv --reuid=65534 --regid=65534 --clear-groups "${run[@]}")
  (cd /tmp && exec "${run[@]}" </dev/null >"$STATE/crymap.log" 2>&1) &
  echo $! >"$PIDFILE"
  # Key generation (4096-bit RSA) takes a few seconds before it listens.
  for i in $(seq 1 300); do
    answers && break
    running_pid >/dev/null || { cat "$STATE/crymap.log" >&2; die "crymap exited"; }
    sleep 0.1
  done
  answers || { cat "$STATE/crymap.log" >&2; die "crymap did not answer on $HOST:$PORT"; }
  log "up in $(elapsed "$t0") (pid $(cat "$PIDFILE")): imap://$HOST:$PORT, user/hunter2"
}

cmd_stop() {
  local pid
  if pid=$(running_pid); then
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
    rm -rf "/tmp/crymaptest.$pid"
  fi
  rm -f "$PIDFILE"
}

cmd_env() {
  emit IMAP_TEST_CRYMAP_HOST "$HOST"
  emit IMAP_TEST_CRYMAP_PORT "$PORT"
  emit IMAP_TEST_CRYMAP_USER user
  emit IMAP_TEST_CRYMAP_PASSWORD hunter2
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_stop; cmd_start ;;
  reset) cmd_stop; rm -rf "$STATE" ;;
  status)
    if running_pid >/dev/null && answers; then
      echo "crymap running (pid $(cat "$PIDFILE")): imap://$HOST:$PORT, state $STATE"
    else
      log "not running"
      exit 1
    fi
    ;;
  env) cmd_env ;;
  install) cmd_install ;;
  packages) printf '%s\n' "${PACKAGES[@]}" ;;
  *) echo "usage: $0 {start|stop|status|restart|reset|env|install|packages}" >&2; exit 2 ;;
esac
