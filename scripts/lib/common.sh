# shellcheck shell=bash
# Shared helpers for scripts/dovecot.sh, scripts/cyrus.sh and scripts/servers.
# Sourced, not executed. Callers set NAME (used in log lines) before sourcing.
#
# Global settings (environment, all optional):
#   IMAP_RS_SERVERS_DIR  parent of the per-server state dirs (/tmp/imap-rs-servers)
#   IMAP_RS_HOST         listen address of both servers      (127.0.0.1)
#   NO_INSTALL=1         never run apt-get; fail if something is missing

IMAP_RS_SERVERS_DIR=${IMAP_RS_SERVERS_DIR:-/tmp/imap-rs-servers}
IMAP_RS_HOST=${IMAP_RS_HOST:-127.0.0.1}
APT_LOCK=/tmp/.imap-rs-servers-apt.lock

# Test users, identical on both servers. Passwords are UTF-8 byte strings.
TEST_USERS=(alice bob admin quoted tricky)
declare -A TEST_PASSWORDS=(
  [alice]='alice-pw'
  [bob]='bob-pw'
  [admin]='admin-pw'
  [quoted]='p@ss "word"\x'              # space, double quote, backslash
  [tricky]=$'p@ss "w\xc3\xb6rd"\\x'     # the same plus UTF-8 "ö" (c3 b6)
)

log() { printf '[%s] %s\n' "${NAME:-servers}" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }

# Milliseconds since the epoch (for timings).
now_ms() { date +%s%3N; }
elapsed() { local ms=$(( $(now_ms) - $1 )); printf '%d.%02ds' $((ms / 1000)) $((ms % 1000 / 10)); }

# State dirs end up in config files and in the stream command line, which
# is split on whitespace: keep them simple.
check_path() {
  case $1 in
    /*) ;;
    *) die "$2 must be an absolute path: $1" ;;
  esac
  [[ $1 =~ ^[A-Za-z0-9_./+@%-]+$ ]] || die "$2 may only contain [A-Za-z0-9_./+@%-]: $1"
}

# Print KEY=VALUE so that `eval` (and `set -a; eval ...`) gets VALUE back.
emit() {
  local key=$1 val=$2
  if [[ $val =~ ^[A-Za-z0-9_./:@%+,=-]*$ ]]; then
    printf '%s=%s\n' "$key" "$val"
  else
    printf "%s='%s'\n" "$key" "${val//\'/\'\\\'\'}"
  fi
}

# ---------------------------------------------------------------- packages

pkg_installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

missing_packages() {
  local p
  for p in "$@"; do pkg_installed "$p" || printf '%s\n' "$p"; done
}

# True when apt knows an installable version of every given package.
apt_has_candidates() {
  local p c
  for p in "$@"; do
    c=$(apt-cache policy "$p" 2>/dev/null | awk '/Candidate:/ { print $2 }')
    [ -n "$c" ] && [ "$c" != "(none)" ] || return 1
  done
}

APT_OPTS=(-y -q --no-install-recommends --no-remove -o DPkg::Lock::Timeout=300
          -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)

# apt_ensure PKG...: install the packages that are missing.
# - honours NO_INSTALL=1, needs root and apt-get
# - runs `apt-get update` first when apt does not know a package (fresh
#   machine with empty lists), and once more before retrying a failure
# - serialised by a lock file, so dovecot.sh and cyrus.sh may run in parallel
# - maintainer scripts must not start system-wide daemons (dovecot, cyrus,
#   exim4 on ports 143/993/25): a policy-rc.d that says "no" is put in place
#   for the duration of the install unless one already exists
# - --no-remove: never remove an installed package (cyrus-imapd and
#   dovecot-imapd conflict; we never install cyrus-imapd, see cyrus.sh)
apt_ensure() {
  local missing
  missing=$(missing_packages "$@")
  [ -z "$missing" ] && return 0
  # shellcheck disable=SC2206
  local pkgs=($missing)
  [ "${NO_INSTALL:-0}" = 1 ] && die "missing packages and NO_INSTALL=1: ${pkgs[*]}"
  command -v apt-get >/dev/null 2>&1 || die "missing packages and no apt-get: ${pkgs[*]}"
  is_root || die "missing packages and not root: ${pkgs[*]} (sudo apt-get install ${pkgs[*]})"

  exec 9>"$APT_LOCK"
  flock -w 900 9 || die "timed out waiting for $APT_LOCK"
  missing=$(missing_packages "$@")
  if [ -z "$missing" ]; then exec 9>&-; return 0; fi
  # shellcheck disable=SC2206
  pkgs=($missing)

  local t0 aptlog policy=/usr/sbin/policy-rc.d made_policy=0 rc=0
  t0=$(now_ms)
  aptlog=$(mktemp /tmp/.imap-rs-apt.XXXXXX)
  if [ ! -e "$policy" ]; then
    printf '#!/bin/sh\n# temporary, written by imap-rs scripts/lib/common.sh\nexit 101\n' >"$policy"
    chmod 755 "$policy"
    made_policy=1
  fi
  if ! apt_has_candidates "${pkgs[@]}"; then
    log "apt-get update ..."
    apt-get update -q >>"$aptlog" 2>&1 || log "apt-get update failed (continuing)"
  fi
  log "apt-get install ${pkgs[*]} ..."
  DEBIAN_FRONTEND=noninteractive apt-get install "${APT_OPTS[@]}" "${pkgs[@]}" >>"$aptlog" 2>&1 || rc=$?
  if [ $rc -ne 0 ]; then
    log "apt-get install failed (rc=$rc); apt-get update and retry"
    rc=0
    apt-get update -q >>"$aptlog" 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install "${APT_OPTS[@]}" "${pkgs[@]}" >>"$aptlog" 2>&1 || rc=$?
  fi
  [ $made_policy = 1 ] && rm -f "$policy"
  if [ $rc -ne 0 ]; then
    tail -n 30 "$aptlog" >&2
    rm -f "$aptlog"
    die "apt-get install ${pkgs[*]} failed"
  fi
  rm -f "$aptlog"
  exec 9>&-
  disable_system_services
  log "installed ${pkgs[*]} in $(elapsed "$t0")"
}

# On a systemd host the packages enable their units for the next boot
# (policy-rc.d only prevents starting them now): switch them off.
disable_system_services() {
  [ -d /run/systemd/system ] && command -v systemctl >/dev/null 2>&1 || return 0
  systemctl disable --now dovecot.service dovecot.socket cyrus-imapd.service \
    saslauthd.service >/dev/null 2>&1 || true
}

# ---------------------------------------------------------------- processes

# pid exists and is not a zombie
proc_alive() {
  local stat
  [ -n "${1:-}" ] && stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
  stat=${stat##*) }
  [ "${stat%% *}" != Z ]
}

# proc_is PID STRING: pid alive and its command line contains STRING
proc_is() {
  local cmdline
  proc_alive "$1" || return 1
  cmdline=$(tr '\0' ' ' 2>/dev/null <"/proc/$1/cmdline") || return 1
  [[ $cmdline == *"$2"* ]]
}

read_pidfile() { [ -f "$1" ] && tr -dc '0-9' <"$1" || true; }

# wait_gone PID SECONDS: poll until the process is gone; 1 if still there
wait_gone() {
  local i
  for ((i = 0; i < $2 * 20; i++)); do
    proc_alive "$1" || return 0
    sleep 0.05
  done
  return 1
}

# port_busy HOST PORT: something accepts connections there
port_busy() {
  { exec 8<>"/dev/tcp/$1/$2"; } 2>/dev/null || return 1
  exec 8<&- 8>&-
  return 0
}

# imap_greets HOST PORT: the port answers with an untagged OK greeting
imap_greets() {
  local line=""
  { exec 3<>"/dev/tcp/$1/$2"; } 2>/dev/null || return 1
  IFS= read -r -t 3 line <&3 || true
  { printf 'g LOGOUT\r\n' >&3; } 2>/dev/null || true
  exec 3<&- 3>&-
  [[ $line == "* OK"* ]]
}

# wait_greeting HOST PORT SECONDS
wait_greeting() {
  local i
  for ((i = 0; i < $3 * 20; i++)); do
    imap_greets "$1" "$2" && return 0
    sleep 0.05
  done
  return 1
}

# tls_greets HOST PORT CAFILE: implicit-TLS handshake verified against the
# CA (by IP/host name) and a greeting. Judged by the output only: s_client
# exits 1 when the server closes without close_notify (Cyrus does).
tls_greets() {
  local out verify=(-verify_hostname "$1")
  [[ $1 =~ ^[0-9.]+$ || $1 == *:* ]] && verify=(-verify_ip "$1")
  out=$(printf 'g LOGOUT\r\n' | timeout 10 openssl s_client -connect "$1:$2" -CAfile "$3" \
        -verify_return_error "${verify[@]}" -quiet -ign_eof 2>/dev/null) || true
  [[ $out == "* OK"* ]]
}

# ---------------------------------------------------------------- TLS

# gen_certs DIR LABEL: a throw-away CA plus a leaf certificate for
# localhost / 127.0.0.1 / ::1 (CA:FALSE, serverAuth: what rustls/webpki
# require). Kept across restarts; a reset makes a new CA.
gen_certs() {
  local d=$1 label=$2
  [ -s "$d/ca.crt" ] && [ -s "$d/server.crt" ] && [ -s "$d/server.key" ] && return 0
  mkdir -p "$d"
  (
    set -e
    cd "$d"
    umask 077
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days 3650 \
      -keyout ca.key -out ca.crt -subj "/O=imap-rs tests/CN=imap-rs test CA ($label)" \
      -addext "basicConstraints=critical,CA:TRUE" \
      -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
    openssl req -newkey rsa:2048 -nodes -sha256 -keyout server.key -out server.csr \
      -subj "/O=imap-rs tests/CN=localhost" 2>/dev/null
    cat >server.ext <<'EOF'
basicConstraints=critical,CA:FALSE
keyUsage=critical,digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1
subjectKeyIdentifier=hash
authorityKeyIdentifier=keyid
EOF
    openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -set_serial "0x$(openssl rand -hex 8)" \
      -days 3650 -sha256 -extfile server.ext -out server.crt 2>/dev/null
    rm -f server.csr server.ext
    chmod 644 ca.crt server.crt
    chmod 600 ca.key server.key
  ) || die "certificate generation failed in $d"
}

# ---------------------------------------------------------------- one server

# What dovecot.sh and cyrus.sh share. Each sets SERVER (its name), STATE, HOST,
# PORT, TLS_PORT, PIDFILE, LOG and PACKAGES, and defines running_pid (prints
# the master's pid when it runs), cmd_install, cmd_start and cmd_env. A
# function named after_stop, if defined, runs after each stop (Cyrus: stray
# children).

start_failed() {
  tail -n 20 "$LOG" >&2 2>/dev/null || true
  cmd_stop >/dev/null 2>&1 || true
  die "$1"
}

# Whether this instance is up and greeting already (then says so).
already_running() {
  local pid
  pid=$(running_pid) && imap_greets "$HOST" "$PORT" || return 1
  log "already running (pid $pid): imap://$HOST:$PORT imaps://$HOST:$TLS_PORT"
}

# Dies when another process holds one of the ports.
ports_free() {
  local p
  for p in "$PORT" "$TLS_PORT"; do
    port_busy "$HOST" "$p" && die "$HOST:$p is already in use by another process"
  done
  return 0
}

# After launching the master: a greeting within 15 s, the master still there,
# and implicit TLS verified against this instance's CA. Prints the pid.
check_started() {
  local pid
  wait_greeting "$HOST" "$PORT" 15 || start_failed "no greeting on $HOST:$PORT"
  pid=$(running_pid) || start_failed "master exited right after start"
  tls_greets "$HOST" "$TLS_PORT" "$STATE/ssl/ca.crt" || start_failed "TLS check failed on $HOST:$TLS_PORT"
  echo "$pid"
}

# SIGTERM to the master, SIGKILL after 10 s.
cmd_stop() {
  local pid
  if ! pid=$(running_pid); then
    rm -f "$PIDFILE"
    ! declare -F after_stop >/dev/null || after_stop
    log "not running"
    return 0
  fi
  kill -TERM "$pid" 2>/dev/null || true
  if ! wait_gone "$pid" 10; then
    log "master $pid still there after 10 s: SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    wait_gone "$pid" 2 || true
  fi
  ! declare -F after_stop >/dev/null || after_stop
  rm -f "$PIDFILE"
  log "stopped (pid $pid)"
}

cmd_status() {
  local pid
  if pid=$(running_pid) && imap_greets "$HOST" "$PORT"; then
    echo "$SERVER running (pid $pid): imap://$HOST:$PORT imaps://$HOST:$TLS_PORT, state $STATE"
    return 0
  fi
  echo "$SERVER not running (state $STATE)"
  return 1
}

# The command line of dovecot.sh and cyrus.sh.
dispatch() {
  case "${1:-}" in
    start) cmd_start ;;
    stop) cmd_stop ;;
    restart) cmd_stop; cmd_start ;;
    status) cmd_status ;;
    reset) cmd_stop; rm -rf "$STATE"; log "removed $STATE" ;;
    env) cmd_env ;;
    install) cmd_install ;;
    packages) echo "${PACKAGES[*]}" ;;
    *) echo "usage: $0 {start|stop|status|restart|reset|env|install|packages}" >&2; exit 2 ;;
  esac
}
