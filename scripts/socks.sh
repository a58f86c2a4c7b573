#!/usr/bin/env bash
# A SOCKS5 proxy for the proxy tests: Debian's microsocks on loopback, twice — one open
# (127.0.0.1:21080) and one that wants a user name and password (127.0.0.1:21081,
# proxyuser / proxy-pw, RFC 1929). Both forward to anything, so the tests reach Dovecot and
# Cyrus through them, by address or by a name the proxy resolves.
#
# Usage: scripts/socks.sh {start|stop|status|restart|reset|env|install|packages}
set -euo pipefail

NAME=socks.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

STATE=${IMAP_RS_SOCKS_DIR:-$IMAP_RS_SERVERS_DIR/socks}
HOST=127.0.0.1
OPEN_PORT=${IMAP_RS_SOCKS_PORT:-21080}
AUTH_PORT=${IMAP_RS_SOCKS_AUTH_PORT:-21081}
USER_NAME=proxyuser
PASSWORD=proxy-pw
PACKAGES=(microsocks)

# pid_of NAME: the pid of instance NAME if it runs.
pid_of() {
  local pid
  pid=$(read_pidfile "$STATE/$1.pid")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

# listening PORT: something accepts connections there.
listening() {
  python3 - "$HOST" "$1" <<'PY' 2>/dev/null
import socket, sys
socket.create_connection((sys.argv[1], int(sys.argv[2])), timeout=1).close()
PY
}

# launch NAME PORT [ARGS...]: one microsocks in the background.
launch() {
  local name=$1 port=$2 i
  shift 2
  if pid_of "$name" >/dev/null && listening "$port"; then return 0; fi
  listening "$port" && die "something else listens on $HOST:$port"
  (exec microsocks -i "$HOST" -p "$port" "$@" </dev/null >"$STATE/$name.log" 2>&1) &
  echo $! >"$STATE/$name.pid"
  for i in $(seq 1 100); do
    listening "$port" && return 0
    pid_of "$name" >/dev/null || { cat "$STATE/$name.log" >&2; die "microsocks ($name) exited"; }
    sleep 0.05
  done
  die "microsocks ($name) does not listen on $HOST:$port"
}

cmd_start() {
  local t0
  t0=$(now_ms)
  apt_ensure "${PACKAGES[@]}"
  command -v microsocks >/dev/null 2>&1 || die "microsocks is not installed"
  mkdir -p "$STATE"
  launch open "$OPEN_PORT"
  launch auth "$AUTH_PORT" -u "$USER_NAME" -P "$PASSWORD"
  log "up in $(elapsed "$t0"): socks5://$HOST:$OPEN_PORT, socks5://$USER_NAME@$HOST:$AUTH_PORT"
}

cmd_stop() {
  local name pid
  for name in open auth; do
    if pid=$(pid_of "$name"); then
      kill "$pid" 2>/dev/null || true
      wait_gone "$pid" 2 || kill -9 "$pid" 2>/dev/null || true
    fi
    rm -f "$STATE/$name.pid"
  done
}

cmd_env() {
  emit IMAP_TEST_SOCKS_HOST "$HOST"
  emit IMAP_TEST_SOCKS_PORT "$OPEN_PORT"
  emit IMAP_TEST_SOCKS_AUTH_PORT "$AUTH_PORT"
  emit IMAP_TEST_SOCKS_USER "$USER_NAME"
  emit IMAP_TEST_SOCKS_PASSWORD "$PASSWORD"
}

case "${1:-}" in
  start) cmd_start ;;
  stop) cmd_stop ;;
  restart) cmd_stop; cmd_start ;;
  reset) cmd_stop; rm -rf "$STATE" ;;
  status)
    if pid_of open >/dev/null && pid_of auth >/dev/null && listening "$OPEN_PORT" && listening "$AUTH_PORT"; then
      echo "socks running: socks5://$HOST:$OPEN_PORT, socks5://$USER_NAME@$HOST:$AUTH_PORT"
    else
      log "not running"
      exit 1
    fi
    ;;
  env) cmd_env ;;
  install) apt_ensure "${PACKAGES[@]}" ;;
  packages) printf '%s\n' "${PACKAGES[@]}" ;;
  *) echo "usage: $0 {start|stop|status|restart|reset|env|install|packages}" >&2; exit 2 ;;
esac
