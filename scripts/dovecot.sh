#!/usr/bin/env bash
# A private Dovecot 2.3 IMAP server on loopback for imap-rs live tests.
#
#   scripts/dovecot.sh start    install (if needed), configure, start; idempotent
#   scripts/dovecot.sh stop     stop this instance (pid file of its state dir)
#   scripts/dovecot.sh status   exit 0 if running and answering
#   scripts/dovecot.sh restart  stop + start, mail kept
#   scripts/dovecot.sh reset    stop + delete the state dir (new CA next start)
#   scripts/dovecot.sh env      IMAP_TEST_DOVECOT_* settings for the tests
#   scripts/dovecot.sh install  only install what start needs
#   scripts/dovecot.sh packages the Debian packages it needs
#
# Environment (optional): IMAP_RS_DOVECOT_DIR (state dir, default
# $IMAP_RS_SERVERS_DIR/dovecot = /tmp/imap-rs-servers/dovecot),
# IMAP_RS_DOVECOT_PORT (plain + STARTTLS, 21143), IMAP_RS_DOVECOT_TLS_PORT
# (implicit TLS, 21993), IMAP_RS_HOST (127.0.0.1), NO_INSTALL=1.
# Needs root (Dovecot runs the mail processes as user "mail").
#
# What the tests get:
#   users alice/alice-pw, bob/bob-pw, admin/admin-pw (master user: may log in
#   as anyone with a SASL authzid, or LOGIN "alice*admin"), quoted/p@ss "word"\x,
#   tricky/p@ss "wörd"\x; LOGIN and AUTHENTICATE PLAIN, LOGIN, CRAM-MD5, SCRAM-SHA-1/256, all
#   allowed without TLS; ACL (shared/<user>/ namespace), QUOTA (100 MiB,
#   10000 messages), METADATA, special-use Drafts/Sent/Trash/Junk/Archive,
#   public namespace Public/; a stream command (preauth IMAP as alice over
#   stdin/stdout, see `env`); OAUTHBEARER and XOAUTH2 with a JWT for alice
#   signed at start (see `env`); IDLE keep-alives every second.
set -euo pipefail

NAME=dovecot.sh
SERVER=dovecot
# shellcheck source=lib/common.sh
. "$(dirname "${BASH_SOURCE[0]}")/lib/common.sh"

STATE=${IMAP_RS_DOVECOT_DIR:-$IMAP_RS_SERVERS_DIR/dovecot}
HOST=$IMAP_RS_HOST
PORT=${IMAP_RS_DOVECOT_PORT:-21143}
TLS_PORT=${IMAP_RS_DOVECOT_TLS_PORT:-21993}
PACKAGES=(dovecot-core dovecot-imapd openssl)
DOVECOT=/usr/sbin/dovecot
# Dovecot's IMAP process: with -u it looks the user up through this
# instance's auth service and speaks preauth IMAP on stdin/stdout.
IMAP_BIN=/usr/lib/dovecot/imap

CONF=$STATE/etc/dovecot.conf
PIDFILE=$STATE/run/master.pid
LOG=$STATE/dovecot.log

check_path "$STATE" IMAP_RS_DOVECOT_DIR

# The command line of the stream transport (IMAP over a child's stdin and
# stdout, preauth as alice). Needs the daemon running (user lookup) and
# root (imap switches to the mail user). Words are separated by single
# spaces and need no unquoting (check_path). Not `doveadm exec imap`:
# doveadm does not apply the "protocol imap" section, so ACL, QUOTA and
# METADATA would be missing.
stream_cmd() { printf '%s -c %s -u alice' "$IMAP_BIN" "$CONF"; }

running_pid() {
  local pid
  pid=$(read_pidfile "$PIDFILE")
  proc_is "$pid" "$CONF" && echo "$pid"
}

write_config() {
  local uid gid
  uid=$(id -u mail) gid=$(getent group mail | cut -d: -f3)
  mkdir -p "$STATE"/{etc,run,lib,home,public/mailboxes}
  chmod 755 "$STATE" "$STATE"/{etc,run,lib}

  # passwd-file, plaintext passwords (so CRAM-MD5 works):
  # user:{PLAIN}password:uid:gid:gecos:home:shell:extra-fields
  local u extra
  {
    for u in "${TEST_USERS[@]}"; do
      extra=""
      [ "$u" = admin ] && extra="userdb_admin=yes"
      printf '%s:{PLAIN}%s:%s:%s::%s/home/%s::%s\n' "$u" "${TEST_PASSWORDS[$u]}" "$uid" "$gid" "$STATE" "$u" "$extra"
      mkdir -p "$STATE/home/$u"
    done
  } >"$STATE/etc/passwd"
  printf 'admin:{PLAIN}%s\n' "${TEST_PASSWORDS[admin]}" >"$STATE/etc/master-users"
  chown root:dovecot "$STATE/etc/passwd" "$STATE/etc/master-users"
  chmod 640 "$STATE/etc/passwd" "$STATE/etc/master-users"

  # Public namespace: every logged-in user may create mailboxes there.
  [ -e "$STATE/public/mailboxes/dovecot-acl" ] ||
    printf 'authenticated lrwstipekxa\n' >"$STATE/public/mailboxes/dovecot-acl"
  chown -R "$uid:$gid" "$STATE/home" "$STATE/public" "$STATE/lib"

  cat >"$CONF.tmp" <<EOF
# Written by scripts/dovecot.sh on every start; self-contained (nothing
# from /etc/dovecot is read).
instance_name = imap-rs-dovecot
base_dir = $STATE/run
state_dir = $STATE/lib
log_path = $LOG
info_log_path = $LOG
auth_verbose = yes

protocols = imap
listen = $HOST
default_internal_user = dovecot
default_internal_group = dovecot
default_login_user = dovenull
first_valid_uid = $uid
last_valid_uid = 0
first_valid_gid = $gid
last_valid_gid = 0
# Raised for the many-sessions benchmark (bench/sessions: 1,000 concurrent sessions as
# alice from 127.0.0.1, each with its own imap and imap-login process).
default_process_limit = 200
default_client_limit = 5000

ssl = yes
ssl_cert = <$STATE/ssl/server.crt
ssl_key = <$STATE/ssl/server.key
ssl_dh = </usr/share/dovecot/dh.pem
ssl_min_protocol = TLSv1.2

# tests: plaintext auth without TLS, no delay after failures
disable_plaintext_auth = no
auth_mechanisms = plain login cram-md5 scram-sha-1 scram-sha-256 oauthbearer xoauth2
auth_failure_delay = 0
auth_cache_size = 0

# admin is a master user: AUTHENTICATE PLAIN "alice\0admin\0admin-pw" or
# LOGIN "alice*admin" "admin-pw" logs in as alice.
auth_master_user_separator = *
passdb {
  driver = passwd-file
  master = yes
  args = scheme=PLAIN username_format=%u $STATE/etc/master-users
  pass = yes
}
# OAUTHBEARER and XOAUTH2: JWTs (HS256) checked locally against the key that
# gen_oauth writes; the token's "sub" is the user.
passdb {
  driver = oauth2
  mechanisms = oauthbearer xoauth2
  args = $STATE/etc/oauth2.conf.ext
}
passdb {
  driver = passwd-file
  mechanisms = plain login cram-md5 scram-sha-1 scram-sha-256
  args = scheme=PLAIN username_format=%u $STATE/etc/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u $STATE/etc/passwd
}

mail_location = sdbox:~/mail
mail_attribute_dict = file:%h/dovecot-attributes
mail_plugins = \$mail_plugins acl quota
mail_max_userip_connections = 3000

namespace inbox {
  type = private
  separator = /
  prefix =
  inbox = yes
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
  mailbox Junk {
    special_use = \\Junk
    auto = subscribe
  }
  mailbox Archive {
    special_use = \\Archive
    auto = create
  }
}

# mailboxes other users shared with SETACL appear as shared/<owner>/<name>
namespace shared {
  type = shared
  separator = /
  prefix = shared/%%u/
  location = sdbox:%%h/mail:INDEXPVT=~/shared/%%u
  subscriptions = no
  list = children
}

namespace public {
  type = public
  separator = /
  prefix = Public/
  location = sdbox:$STATE/public:INDEXPVT=~/public-private
  subscriptions = no
  list = children
}

protocol imap {
  mail_plugins = \$mail_plugins imap_acl imap_quota imap_zlib
  imap_metadata = yes
  mail_max_userip_connections = 3000
  # "* OK Still here" every second during IDLE (default 2 mins), so the live tests see
  # keep-alives within a short wait.
  imap_idle_notify_interval = 1 secs
}

plugin {
  acl = vfile
  acl_anyone = allow
  # a master user logged in as alice has alice's rights
  acl_user = %u
  acl_shared_dict = file:$STATE/lib/shared-mailboxes.db
  quota = count:User quota
  quota_vsizes = yes
  quota_rule = *:storage=100M:messages=10000
  # no quota_set dict: SETQUOTA with one crashes imap in 2.3.19
}

service imap-login {
  process_limit = 1500
  inet_listener imap {
    address = $HOST
    port = $PORT
  }
  inet_listener imaps {
    address = $HOST
    port = $TLS_PORT
    ssl = yes
  }
}
service imap {
  process_limit = 2500
}
# no anvil auth penalty (up to 15 s delay per failed login from one IP)
service anvil {
  unix_listener anvil-auth-penalty {
    mode = 0
  }
}
EOF
  mv "$CONF.tmp" "$CONF"
}

# base64url without padding, of stdin.
b64url() { base64 -w0 | tr '+/' '-_' | tr -d '='; }

# The OAuth 2.0 setup: a random HS256 key where Dovecot's oauth2 passdb looks it
# up (azp "default", key id "default"), and a token for alice signed with it,
# valid for a day from this start ($STATE/oauth2/alice.jwt, exported by "env").
gen_oauth() {
  local d=$STATE/oauth2 key header body signature now
  mkdir -p "$d/keys/default/HS256"
  [ -s "$d/key.bin" ] || openssl rand -out "$d/key.bin" 32
  key=$(od -An -tx1 -v "$d/key.bin" | tr -d ' \n')
  base64 -w0 "$d/key.bin" >"$d/keys/default/HS256/default"
  chmod -R a+rX "$d/keys"
  cat >"$STATE/etc/oauth2.conf.ext" <<EOC
introspection_mode = local
local_validation_key_dict = fs:posix:prefix=$d/keys/
username_attribute = sub
username_format = %u
EOC
  now=$(date +%s)
  header=$(printf '{"alg":"HS256","typ":"JWT"}' | b64url)
  body=$(printf '{"sub":"alice","iat":%d,"exp":%d}' "$now" "$((now + 86400))" | b64url)
  signature=$(printf '%s.%s' "$header" "$body" |
    openssl dgst -sha256 -mac HMAC -macopt "hexkey:$key" -binary | b64url)
  printf '%s.%s.%s' "$header" "$body" "$signature" >"$d/alice.jwt"
  chmod 644 "$STATE/etc/oauth2.conf.ext"
}

# The stream command greets with PREAUTH.
stream_ok() {
  local out
  # shellcheck disable=SC2046
  out=$(printf 'a LOGOUT\r\n' | timeout 10 $(stream_cmd) 2>/dev/null) || return 1
  [[ $out == "* PREAUTH "* ]]
}

cmd_install() {
  apt_ensure "${PACKAGES[@]}"
  [ -x "$DOVECOT" ] && [ -x "$IMAP_BIN" ] || die "$DOVECOT or $IMAP_BIN missing"
}


cmd_start() {
  local pid t0
  already_running && return 0
  pid=$(running_pid) || true
  is_root || die "must run as root (Dovecot switches to the 'mail' user)"
  t0=$(now_ms)
  [ -n "${pid:-}" ] && { log "pid $pid not answering; restarting"; cmd_stop; }
  cmd_install
  ports_free
  gen_certs "$STATE/ssl" dovecot
  write_config
  gen_oauth
  rm -f "$PIDFILE"
  "$DOVECOT" -c "$CONF" -n >/dev/null 2>"$STATE/config-check.err" ||
    { cat "$STATE/config-check.err" >&2; die "config check failed ($CONF)"; }
  # No inherited stdio: a daemon holding the caller's pipe would make
  # "$(dovecot.sh start)" or "dovecot.sh start | tee" hang.
  "$DOVECOT" -c "$CONF" </dev/null >>"$STATE/startup.log" 2>&1 ||
    { cat "$STATE/startup.log" >&2; start_failed "dovecot did not start"; }
  pid=$(check_started) || exit 1
  stream_ok || start_failed "stream command failed: $(stream_cmd)"
  log "up in $(elapsed "$t0") (pid $pid): imap://$HOST:$PORT (STARTTLS) imaps://$HOST:$TLS_PORT, CA $STATE/ssl/ca.crt"
}



cmd_env() {
  emit IMAP_TEST_DOVECOT_HOST "$HOST"
  emit IMAP_TEST_DOVECOT_PORT "$PORT"
  emit IMAP_TEST_DOVECOT_TLS_PORT "$TLS_PORT"
  emit IMAP_TEST_DOVECOT_CA "$STATE/ssl/ca.crt"
  emit IMAP_TEST_DOVECOT_STREAM_CMD "$(stream_cmd)"
  emit IMAP_TEST_DOVECOT_OAUTH_TOKEN "$(cat "$STATE/oauth2/alice.jwt" 2>/dev/null)"
}

dispatch "$@"
