#!/usr/bin/env bash
# STAND-IN for the `docker` (and `podman`) command on a sandbox "host". NOT the real docker.
#
# Why: no container engine can run on the machines this project is developed and tested on (the
# docker daemon is absent, podman cannot start a container). The seed runbooks reach PostgreSQL as
# `ssh root@HOST "docker exec [-i] postgresql-svc-plus psql …"`, so each sandbox host gets this
# script as `docker` first on its PATH. It maps the one "container" onto that host's real
# PostgreSQL 15 cluster; everything it runs is the real PostgreSQL client or server tool.
#
# Supported (what a migration over `docker exec` needs):
#   docker exec [-i] [-t] [-e VAR[=VAL]]... [-u USER[:GROUP]] [-w DIR] NAME CMD [ARG]...
#   docker ps [-a] [-q] [--no-trunc] [--filter name=X] [--format TEMPLATE]
#   docker --version | docker version
# Behaviour copied from the real thing, because tools must cope with it:
#   - a NAME other than the container's  -> "Error: No such container: NAME", exit 1
#   - no -i: the command's stdin is empty (data piped into `docker exec` without -i is lost)
#   - -i -t with a stdin that is not a terminal -> "the input device is not a TTY", exit 1
#   - the command gets the container's environment, not the caller's; `-e VAR` (no value) copies
#     VAR from the caller when it is set
#   - default user root, working directory /; command not found -> OCI error, exit 126
#   - the cluster stopped -> the container is "not running"; a caller without access to the
#     container configuration gets the docker socket "permission denied" error
# The command is run with `exec "$@"`: its words are never re-joined, evaluated or passed to a shell.
set -euo pipefail

me=$(basename -- "$0")
conf="$(dirname -- "$(readlink -f -- "${BASH_SOURCE[0]}")")/../container.conf"

if [[ ! -r $conf ]]; then
    echo "permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.43/containers/json\": dial unix /var/run/docker.sock: connect: permission denied" >&2
    exit 1
fi

C_NAME='' C_ID='' C_IMAGE='' C_PGHOST='' C_PGPORT='' C_PGDATA='' C_PASSWORD=''
C_ENV=()   # ENV=VAR=VALUE lines: the image's own environment beyond the postgres image's (LANG, LC_ALL…)
while IFS= read -r line || [[ -n $line ]]; do
    key=${line%%=*}
    val=${line#*=}
    case $key in
        NAME) C_NAME=$val ;;
        ID) C_ID=$val ;;
        IMAGE) C_IMAGE=$val ;;
        PGHOST) C_PGHOST=$val ;;
        PGPORT) C_PGPORT=$val ;;
        PGDATA) C_PGDATA=$val ;;
        POSTGRES_PASSWORD) C_PASSWORD=$val ;;
        ENV) C_ENV+=("$val") ;;
    esac
done <"$conf"

container_running() {
    local pid comm
    [[ -r $C_PGDATA/postmaster.pid ]] || return 1
    IFS= read -r pid <"$C_PGDATA/postmaster.pid" || return 1
    [[ $pid =~ ^[0-9]+$ ]] || return 1
    [[ -r /proc/$pid/comm ]] || return 1
    IFS= read -r comm <"/proc/$pid/comm" || return 1
    [[ $comm == postgres || $comm == postmaster ]]
}

is_our_container() {
    [[ $1 == "$C_NAME" || $1 == "$C_ID" || (${#1} -ge 4 && $C_ID == "$1"*) ]]
}

usage() {
    cat <<EOF
Usage:  $me [OPTIONS] COMMAND

(sandbox stand-in: only 'exec', 'ps' and 'version' are implemented)
EOF
}

cmd_ps() {
    local all=0 quiet=0 notrunc=0 format='' filter_name=''
    while [[ $# -gt 0 ]]; do
        case $1 in
            -a | --all) all=1 ;;
            -q | --quiet) quiet=1 ;;
            --no-trunc) notrunc=1 ;;
            -aq | -qa) all=1; quiet=1 ;;
            --format | -f | --filter)
                [[ $# -ge 2 ]] || { echo "flag needs an argument: $1" >&2; exit 125; }
                if [[ $1 == --format ]]; then format=$2; else
                    [[ $2 == name=* ]] && filter_name=${2#name=}
                fi
                shift ;;
            --format=*) format=${1#--format=} ;;
            --filter=*) local f=${1#--filter=}; [[ $f == name=* ]] && filter_name=${f#name=} ;;
            -n | --last) shift ;;
            -l | --latest | -s | --size) ;;
            *) echo "unknown flag: $1" >&2; echo "See '$me ps --help'." >&2; exit 125 ;;
        esac
        shift
    done
    local id=${C_ID:0:12} status='Up 2 weeks' state=running
    [[ $notrunc == 1 ]] && id=$C_ID
    if ! container_running; then
        status='Exited (0) 1 minute ago' state=exited
        [[ $all == 1 ]] || return 0
    fi
    if [[ -n $filter_name && $C_NAME != *"$filter_name"* ]]; then return 0; fi
    if [[ $quiet == 1 ]]; then printf '%s\n' "$id"; return 0; fi
    if [[ -z $format ]]; then
        printf '%-15s%-14s%-25s%-15s%-28s%-11s%s\n' 'CONTAINER ID' IMAGE COMMAND CREATED STATUS PORTS NAMES
        # "…" is three bytes wide for printf, one column on screen.
        printf '%-15s%-14s%-27s%-15s%-28s%-11s%s\n' "$id" "$C_IMAGE" '"docker-entrypoint.s…"' \
            '2 weeks ago' "$status" '5432/tcp' "$C_NAME"
        return 0
    fi
    local out=$format
    out=${out#table }
    out=${out//'{{.ID}}'/$id}
    out=${out//'{{.Names}}'/$C_NAME}
    out=${out//'{{.Image}}'/$C_IMAGE}
    out=${out//'{{.Status}}'/$status}
    out=${out//'{{.State}}'/$state}
    out=${out//'{{.Ports}}'/5432/tcp}
    out=${out//'{{.Command}}'/'"docker-entrypoint.s…"'}
    out=${out//'{{.RunningFor}}'/2 weeks ago}
    out=${out//'{{.CreatedAt}}'/2026-01-20 10:00:00 +0000 UTC}
    out=${out//'\t'/$'\t'}
    printf '%s\n' "$out"
}

cmd_exec() {
    local interactive=0 tty=0 user='' workdir=/ arg k
    local -a assigns=()
    while [[ $# -gt 0 ]]; do
        arg=$1
        case $arg in
            -i | --interactive) interactive=1 ;;
            -t | --tty) tty=1 ;;
            -it | -ti) interactive=1; tty=1 ;;
            -d | --detach) echo "$me exec --detach: not supported by the sandbox stand-in" >&2; exit 125 ;;
            --privileged) ;;
            -e | --env | -u | --user | -w | --workdir)
                [[ $# -ge 2 ]] || { echo "flag needs an argument: '${arg#-}' in $arg" >&2; exit 125; }
                case $arg in
                    -e | --env) assigns+=("$2") ;;
                    -u | --user) user=$2 ;;
                    -w | --workdir) workdir=$2 ;;
                esac
                shift ;;
            --env=*) assigns+=("${arg#--env=}") ;;
            --user=*) user=${arg#--user=} ;;
            --workdir=*) workdir=${arg#--workdir=} ;;
            -e?*) assigns+=("${arg#-e}") ;;
            -u?*) user=${arg#-u} ;;
            --) shift; break ;;
            -*) echo "unknown flag: $arg" >&2; echo "See '$me exec --help'." >&2; exit 125 ;;
            *) break ;;
        esac
        shift
    done
    if [[ $# -lt 2 ]]; then
        echo "\"$me exec\" requires at least 2 arguments." >&2
        echo "See '$me exec --help'." >&2
        exit 1
    fi
    local name=$1
    shift
    if ! is_our_container "$name"; then
        printf 'Error: No such container: %s\n' "$name" >&2
        exit 1
    fi
    if ! container_running; then
        printf 'Error response from daemon: container %s is not running\n' "$C_ID" >&2
        exit 1
    fi
    if [[ $interactive == 1 && $tty == 1 && ! -t 0 ]]; then
        echo "the input device is not a TTY" >&2
        exit 1
    fi

    # Resolve -e before the caller's environment is dropped.
    local -a exports=()
    for arg in "${assigns[@]}"; do
        k=${arg%%=*}
        if [[ ! $k =~ ^[A-Za-z_][A-Za-z0-9_]*$ ]]; then
            printf 'Error: invalid environment variable name: %s\n' "$k" >&2
            exit 125
        fi
        if [[ $arg == *=* ]]; then
            exports+=("$arg")
        elif [[ -n ${!k+set} ]]; then
            exports+=("$k=${!k}")
        fi
    done

    local run_as=''
    if [[ -n $user ]]; then
        local u=${user%%:*} entry
        if ! entry=$(getent passwd "$u"); then
            printf 'unable to find user %s: no matching entries in passwd file\n' "$u" >&2
            exit 126
        fi
        u=${entry%%:*}
        [[ $u == root ]] || run_as=$u
    fi

    # The container's environment (as the postgres image sets it), not the caller's. The real
    # container's clients find the server on its default socket; here that is the cluster's.
    local -a cenv=(
        PATH=/usr/lib/postgresql/15/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
        "HOSTNAME=${C_ID:0:12}" HOME=/root LANG=C.UTF-8 PG_MAJOR=15
        "PGDATA=$C_PGDATA" POSTGRES_USER=postgres "POSTGRES_PASSWORD=$C_PASSWORD"
        "PGHOST=$C_PGHOST" "PGPORT=$C_PGPORT"
    )
    cenv+=("${C_ENV[@]}" "${exports[@]}")
    local cpath='' e
    for e in "${cenv[@]}"; do [[ $e == PATH=* ]] && cpath=${e#PATH=}; done

    if ! cd -- "$workdir" 2>/dev/null; then
        printf 'OCI runtime exec failed: exec failed: unable to start container process: chdir to cwd ("%s") set in config.json failed: no such file or directory: unknown\n' "$workdir" >&2
        exit 126
    fi
    # env(1) would take a command word containing "=" for an assignment; no such program exists
    # in the container anyway.
    if [[ $1 == *=* ]] || { [[ $1 != */* ]] && ! PATH=$cpath type -P -- "$1" >/dev/null; } \
        || { [[ $1 == */* ]] && [[ ! -x $1 ]]; }; then
        printf 'OCI runtime exec failed: exec failed: unable to start container process: exec: "%s": executable file not found in $PATH: unknown\n' "$1" >&2
        exit 126
    fi
    [[ $interactive == 1 ]] || exec </dev/null
    # Replace our environment by the container's inside this shell, then exec: the values (the
    # container's POSTGRES_PASSWORD among them) must never pass through any program's argv, as they
    # don't with the real docker engine.
    local name
    while IFS= read -r name; do unset "$name" 2>/dev/null || true; done < <(compgen -e)
    for e in "${cenv[@]}"; do export "$e"; done
    if [[ -n $run_as ]]; then
        exec /usr/sbin/runuser -u "$run_as" -- "$@"
    fi
    exec "$@"
}

if [[ $# -eq 0 ]]; then usage; exit 0; fi
sub=$1
shift
case $sub in
    exec) cmd_exec "$@" ;;
    ps) cmd_ps "$@" ;;
    --version | -v) echo "Docker version 24.0.7, build sandbox-stand-in" ;;
    version) printf 'Client:\n Version:  24.0.7 (sandbox stand-in)\n\nServer:\n Engine:\n  Version:  24.0.7 (sandbox stand-in)\n' ;;
    -h | --help | help) usage ;;
    *)
        printf '%s: '\''%s'\'' is not a %s command.\n' "$me" "$sub" "$me" >&2
        printf "See '%s --help'\n" "$me" >&2
        exit 1 ;;
esac
