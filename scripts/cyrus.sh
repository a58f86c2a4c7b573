#!/usr/bin/env bash
# A private Cyrus IMAP 3.6 server on loopback for imap-rs live tests.
#
#   scripts/cyrus.sh start    install (if needed), configure, start; idempotent
#   scripts/cyrus.sh stop     stop this instance (pid file of its state dir)
#   scripts/cyrus.sh status   exit 0 if running and answering
#   scripts/cyrus.sh restart  stop + start, mail kept
#   scripts/cyrus.sh reset    stop + delete the state dir (new CA next start)
#   scripts/cyrus.sh env      IMAP_TEST_CYRUS_* settings for the tests
#   scripts/cyrus.sh install  only install what start needs
#   scripts/cyrus.sh packages the Debian packages it needs
#
# Environment (optional): IMAP_RS_CYRUS_DIR (state dir, default
# $IMAP_RS_SERVERS_DIR/cyrus = /tmp/imap-rs-servers/cyrus), IMAP_RS_CYRUS_PORT
# (plain + STARTTLS, 22143), IMAP_RS_CYRUS_TLS_PORT (implicit TLS, 22993),
# IMAP_RS_HOST (127.0.0.1), IMAP_RS_CYRUS_PKG_DIR (where imapd is unpacked,
# /usr/local/lib/imap-rs-servers), NO_INSTALL=1. Needs root (cyrmaster
# switches to the "cyrus" user).
#
# What the tests get:
#   users alice/alice-pw, bob/bob-pw, admin/admin-pw (Cyrus admin; may act
#   as another user through a SASL authzid), quoted/p@ss "word"\x,
#   tricky/p@ss "wörd"\x; LOGIN and AUTHENTICATE PLAIN, LOGIN, CRAM-MD5,
#   SCRAM-SHA-1/256
#   (sasldb), all allowed without TLS; classic namespace (INBOX. / user. /
#   shared, separator "."); ACL, QUOTA (100 MiB, 10000 messages; GETQUOTA and
#   SETQUOTA are admin-only), ANNOTATEMORE + METADATA, SORT, THREAD, IDLE;
#   INBOX.Drafts/Sent/Trash/Junk/Archive with special-use, created at start.
#
# Why imapd is not dpkg-installed: cyrus-imapd "Conflicts: imap-server",
# which dovecot-imapd provides, so apt would remove one server for the other.
# cyrus-common (cyrmaster, libraries, tools) is installed normally and the
# imapd/idled binaries of the same version are unpacked from the cyrus-imapd
# .deb into $IMAP_RS_CYRUS_PKG_DIR.
set -euo pipefail

NAME=cyrus.sh
SERVER=cyrus
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

STATE=${IMAP_RS_CYRUS_DIR:-$IMAP_RS_SERVERS_DIR/cyrus}
HOST=$IMAP_RS_HOST
PORT=${IMAP_RS_CYRUS_PORT:-22143}
TLS_PORT=${IMAP_RS_CYRUS_TLS_PORT:-22993}
PKG_DIR=${IMAP_RS_CYRUS_PKG_DIR:-/usr/local/lib/imap-rs-servers}
PACKAGES=(cyrus-common sasl2-bin libsasl2-modules openssl)
MASTER=/usr/sbin/cyrmaster
SASLPASSWD=/usr/sbin/saslpasswd2
SERVERNAME=localhost     # also the realm of the sasldb entries

IMAPD_CONF=$STATE/etc/imapd.conf
CYRUS_CONF=$STATE/etc/cyrus.conf
PIDFILE=$STATE/run/master.pid
LOG=$STATE/master.log

check_path "$STATE" IMAP_RS_CYRUS_DIR
check_path "$PKG_DIR" IMAP_RS_CYRUS_PKG_DIR

running_pid() {
  local pid
  pid=$(read_pidfile "$PIDFILE")
  proc_is "$pid" "$CYRUS_CONF" && echo "$pid"
}

# ---------------------------------------------------------------- imapd

imapd_dir() { local v; v=$(dpkg-query -W -f='${Version}' cyrus-common); echo "$PKG_DIR/cyrus-imapd_${v//:/_}"; }

# Download the cyrus-imapd .deb matching the installed cyrus-common into $1.
download_imapd_deb() {
  local dest=$1 ver
  ver=$(dpkg-query -W -f='${Version}' cyrus-common)
  local cached
  cached=$(ls /var/cache/apt/archives/cyrus-imapd_"${ver//:/%3a}"_*.deb 2>/dev/null | head -n 1 || true)
  if [ -n "$cached" ]; then cp "$cached" "$dest/"; return 0; fi
  (cd "$dest" && apt-get download -q "cyrus-imapd=$ver" >/dev/null 2>&1)
}

ensure_imapd() {
  local dir
  dir=$(imapd_dir)
  if [ ! -x "$dir/usr/lib/cyrus/bin/imapd" ]; then
    [ "${NO_INSTALL:-0}" = 1 ] && die "cyrus imapd missing in $dir and NO_INSTALL=1"
    local t0 tmp
    t0=$(now_ms)
    mkdir -p "$PKG_DIR"
    tmp=$(mktemp -d "$PKG_DIR/.tmp.XXXXXX")
    # shellcheck disable=SC2064
    trap "rm -rf '$tmp'" EXIT
    if ! download_imapd_deb "$tmp"; then
      # lists too old for the installed version, or installed version gone
      # from the archive: refresh lists and bring cyrus-common up to date
      log "cyrus-imapd .deb not found; apt-get update and upgrade cyrus-common"
      (
        exec 9>"$APT_LOCK"; flock -w 900 9
        apt-get update -q >/dev/null 2>&1 || true
        DEBIAN_FRONTEND=noninteractive apt-get install "${APT_OPTS[@]}" cyrus-common >/dev/null 2>&1 || true
      )
      dir=$(imapd_dir)
      download_imapd_deb "$tmp" || die "cannot download cyrus-imapd=$(dpkg-query -W -f='${Version}' cyrus-common)"
    fi
    dpkg-deb -x "$tmp"/cyrus-imapd_*.deb "$tmp/root" || die "dpkg-deb -x failed"
    rm -rf "$dir"
    mv "$tmp/root" "$dir"
    rm -rf "$tmp"
    trap - EXIT
    log "unpacked cyrus imapd into $dir in $(elapsed "$t0")"
  fi
  IMAPD=$dir/usr/lib/cyrus/bin/imapd
  IDLED=$dir/usr/lib/cyrus/bin/idled
  [ -x "$IMAPD" ] && [ -x "$IDLED" ] || die "imapd/idled missing in $dir"
}

# ---------------------------------------------------------------- config

write_config() {
  local lib=$STATE/lib spool=$STATE/spool run=$STATE/run
  mkdir -p "$STATE"/{etc,sieve} "$spool" "$run" \
    "$lib"/{db,log,proc,socket,lock,quota,user,ptclient,sync,msg}
  chmod 755 "$STATE" "$STATE/etc"

  cat >"$IMAPD_CONF.tmp" <<EOF
# Written by scripts/cyrus.sh on every start.
configdirectory: $lib
partition-default: $spool
defaultpartition: default
sievedir: $STATE/sieve
proc_path: $lib/proc
mboxname_lockpath: $lib/lock
idlesocket: $run/idle
notifysocket: $run/notify
lmtpsocket: $run/lmtp
servername: $SERVERNAME
syslog_prefix: imap-rs-cyrus
umask: 077

# classic namespace: INBOX.foo, user.bob.foo, shared at the top level
altnamespace: no
unixhierarchysep: no
virtdomains: off
hashimapspool: no
delete_mode: immediate

admins: admin
proxyservers: admin

# sasldb with plaintext secrets: PLAIN, LOGIN and CRAM-MD5; no TLS required
allowplaintext: yes
sasl_pwcheck_method: auxprop
sasl_auxprop_plugin: sasldb
sasl_sasldb_path: $lib/sasldb2
sasl_mech_list: PLAIN LOGIN CRAM-MD5 SCRAM-SHA-1 SCRAM-SHA-256
sasl_auto_transition: no
failedloginpause: 0

tls_server_cert: $STATE/ssl/server.crt
tls_server_key: $STATE/ssl/server.key
tls_versions: tls1_2 tls1_3

# INBOX, special-use folders and quota root on a user's first login (the
# start script logs every user in once)
autocreate_quota: 102400
autocreate_quota_messages: 10000
autocreate_inbox_folders: Drafts | Sent | Trash | Junk | Archive
autocreate_subscribe_folders: Drafts | Sent | Trash | Junk | Archive
xlist-drafts: Drafts
xlist-sent: Sent
xlist-trash: Trash
xlist-junk: Junk
xlist-archive: Archive
specialusealways: yes
# The one use the autocreated folders leave free, for the CREATE-SPECIAL-USE live test
# (RFC 8457 \Important; Cyrus refuses the virtual \All and \Flagged).
specialuse_extra: \Important
# 3.6 protects every special-use mailbox from DELETE by default; the tests delete their
# \Important one, so only the autocreated folders stay protected.
specialuse_protect: \Archive \Drafts \Junk \Sent \Trash

# ANNOTATEMORE (GETANNOTATION/SETANNOTATION) is off by default in 3.x
annotation_enable_legacy_commands: yes
annotation_allow_undefined: yes

imapidresponse: yes
maxlogins_per_user: 0
maxlogins_per_host: 0
EOF
  mv "$IMAPD_CONF.tmp" "$IMAPD_CONF"

  cat >"$CYRUS_CONF.tmp" <<EOF
# Written by scripts/cyrus.sh on every start.
START {
  recover cmd="ctl_cyrusdb -C $IMAPD_CONF -r"
}
SERVICES {
  imap  cmd="$IMAPD -C $IMAPD_CONF" listen="$HOST:$PORT" proto="tcp4" prefork=2 maxchild=200
  imaps cmd="$IMAPD -s -C $IMAPD_CONF" listen="$HOST:$TLS_PORT" proto="tcp4" prefork=1 maxchild=200
}
EVENTS {
  checkpoint cmd="ctl_cyrusdb -C $IMAPD_CONF -c" period=30
}
DAEMON {
  idled cmd="$IDLED -C $IMAPD_CONF"
}
EOF
  mv "$CYRUS_CONF.tmp" "$CYRUS_CONF"

  local u
  for u in "${TEST_USERS[@]}"; do
    printf '%s' "${TEST_PASSWORDS[$u]}" | "$SASLPASSWD" -f "$lib/sasldb2" -c -p -u "$SERVERNAME" "$u" ||
      die "saslpasswd2 failed for $u"
  done

  chown -R cyrus:mail "$lib" "$spool" "$run" "$STATE/sieve"
  chown -R root:mail "$STATE/ssl"
  chmod 750 "$STATE/ssl"
  chmod 640 "$STATE/ssl/server.key" "$lib/sasldb2"
}

# ---------------------------------------------------------------- processes

# Processes of this instance besides the master (imapd, idled, ...): their
# command line names our imapd.conf. After a SIGKILL of cyrmaster they
# stay behind and keep the ports.
instance_pids() {
  local d cmdline
  for d in /proc/[0-9]*; do
    [ "${d#/proc/}" = "$$" ] && continue
    cmdline=$(tr '\0' ' ' 2>/dev/null <"$d/cmdline") || continue
    [[ $cmdline == *" -C $IMAPD_CONF "* || $cmdline == *" -C $IMAPD_CONF" ]] && echo "${d#/proc/}"
  done
  return 0
}

kill_leftovers() {
  local pids i
  pids=$(instance_pids)
  [ -n "$pids" ] || return 0
  log "stopping leftover processes of this instance: $(echo $pids)"
  # shellcheck disable=SC2086
  kill -TERM $pids 2>/dev/null || true
  for ((i = 0; i < 100; i++)); do
    pids=$(instance_pids)
    [ -n "$pids" ] || return 0
    sleep 0.05
  done
  # shellcheck disable=SC2086
  kill -KILL $pids 2>/dev/null || true
}

# Run by cmd_stop (lib/common.sh).
after_stop() { kill_leftovers; }

# AUTHENTICATE PLAIN (SASL-IR) then LOGOUT, over plain TCP. Not pipelined:
# Cyrus discards input that arrives together with AUTHENTICATE.
login_once() {
  local user=$1 line b64 ok=1
  b64=$(printf '\0%s\0%s' "$user" "${TEST_PASSWORDS[$user]}" | base64 -w0)
  { exec 4<>"/dev/tcp/$HOST/$PORT"; } 2>/dev/null || return 1
  IFS= read -r -t 5 line <&4 || true
  printf 'a AUTHENTICATE PLAIN %s\r\n' "$b64" >&4
  while IFS= read -r -t 10 line <&4; do
    if [[ $line == "a "* ]]; then [[ $line == "a OK"* ]] && ok=0; break; fi
  done
  printf 'b LOGOUT\r\n' >&4 2>/dev/null || true
  while IFS= read -r -t 5 line <&4; do [[ $line == "b "* ]] && break; done
  exec 4<&- 4>&-
  [ $ok = 0 ] || log "login as $user failed: $line"
  return $ok
}

cmd_install() {
  apt_ensure "${PACKAGES[@]}"
  [ -x "$MASTER" ] && [ -x "$SASLPASSWD" ] || die "$MASTER or $SASLPASSWD missing"
  ensure_imapd
}


cmd_start() {
  local pid t0
  already_running && return 0
  pid=$(running_pid) || true
  is_root || die "must run as root (cyrmaster switches to the 'cyrus' user)"
  t0=$(now_ms)
  [ -n "${pid:-}" ] && { log "pid $pid not answering; restarting"; cmd_stop; }
  kill_leftovers
  cmd_install
  ports_free
  gen_certs "$STATE/ssl" cyrus
  write_config
  rm -f "$PIDFILE"
  # No inherited stdio (see dovecot.sh); -d: cyrmaster daemonizes itself.
  "$MASTER" -C "$IMAPD_CONF" -M "$CYRUS_CONF" -p "$PIDFILE" -d -L "$LOG" </dev/null >>"$LOG" 2>&1 ||
    start_failed "cyrmaster did not start"
  pid=$(check_started) || exit 1
  local u
  for u in alice bob quoted tricky; do
    [ -d "$STATE/spool/user/$u" ] && continue
    login_once "$u" || start_failed "first login of $u failed"
  done
  log "up in $(elapsed "$t0") (pid $pid): imap://$HOST:$PORT (STARTTLS) imaps://$HOST:$TLS_PORT, CA $STATE/ssl/ca.crt"
}



cmd_env() {
  emit IMAP_TEST_CYRUS_HOST "$HOST"
  emit IMAP_TEST_CYRUS_PORT "$PORT"
  emit IMAP_TEST_CYRUS_TLS_PORT "$TLS_PORT"
  emit IMAP_TEST_CYRUS_CA "$STATE/ssl/ca.crt"
}

dispatch "$@"
