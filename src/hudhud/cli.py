"""The `hudhud` command: run, worker, demo, and Django's commands under `manage`."""

import argparse
import multiprocessing
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path


def _setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "hudhud.settings")
    import django

    django.setup()


def _worker_argv() -> list[str]:
    """Return the command line of one task worker for the configured backend."""
    from django.conf import settings

    if settings.TASK_BACKEND == "rq":
        return [
            sys.executable,
            "-m",
            "hudhud.cli",
            "manage",
            "rqworker",
            "default",
            "--with-scheduler",
            # One process for every job: a fork a job costs each a new database connection,
            # some 30 ms, more than most of our tasks take.
            "--worker-class",
            "rq.SimpleWorker",
            "--job-class",
            "django_tasks_rq.Job",
        ]
    return [sys.executable, "-m", "hudhud.cli", "manage", "db_worker", "--interval", "0.2"]


def streaming() -> None:
    """Serve the streaming API (server-sent events and WebSocket) over ASGI with granian."""
    from django.conf import settings
    from granian import Granian
    from granian.constants import Interfaces

    Granian(
        "hudhud.streaming.app:application",
        address=settings.HOST,
        port=settings.STREAMING_PORT,
        interface=Interfaces.ASGI,
        workers=1,
        log_level="warning",  # type: ignore[arg-type]
    ).serve()


def _in_child(work: Callable[[], object]) -> None:
    """Run `work` in a forked process and wait for it: the web workers fork from this one,
    and would each carry what it loaded (migrations, the demo: some 25 MiB)."""
    child = multiprocessing.get_context("fork").Process(target=work)
    child.start()
    child.join()
    if child.exitcode:
        raise SystemExit(child.exitcode)


def _static_and_demo() -> None:
    """Collect the static files, and load the demo into an empty database if it is on."""
    from django.conf import settings
    from django.core.management import call_command

    from hudhud.accounts.models import Account

    call_command("collectstatic", interactive=False, verbosity=0)
    if settings.DEMO and not Account.objects.exists():
        from hudhud.demo.loader import demo_load

        demo_load()


def run(*, with_worker: bool) -> None:
    """Migrate, load the demo into an empty database, and serve over WSGI with granian, with
    the streaming server beside it."""
    from django.conf import settings
    from django.core.management import call_command
    from granian import Granian
    from granian.constants import Interfaces

    _in_child(lambda: call_command("migrate", interactive=False, verbosity=0))
    # Started first, so that it answers by the time the web server does.
    streaming_server = subprocess.Popen([sys.executable, "-m", "hudhud.cli", "streaming"])
    worker = None
    try:
        _in_child(_static_and_demo)
        if with_worker and settings.TASK_BACKEND != "immediate":
            worker = subprocess.Popen([sys.executable, "-m", "hudhud.cli", "worker"])
        print(
            f"Hudhud: {settings.BASE_URL} (listening on {settings.HOST}:{settings.PORT}, "
            f"streaming on {settings.STREAMING_PORT})",
            flush=True,
        )
        Granian(
            "hudhud.wsgi:application",
            address=settings.HOST,
            port=settings.PORT,
            interface=Interfaces.WSGI,
            workers=settings.WEB_WORKERS,
            blocking_threads=settings.WEB_THREADS,
            ssl_cert=Path(settings.TLS_CERT) if settings.TLS_CERT else None,
            ssl_key=Path(settings.TLS_KEY) if settings.TLS_KEY else None,
            log_level="warning",  # type: ignore[arg-type]
        ).serve()
    finally:
        for process in (streaming_server, worker):
            if process is not None:
                process.terminate()
                process.wait(timeout=10)


def main(argv: list[str] | None = None) -> None:
    """Parse the command line and run the command."""
    argv = sys.argv[1:] if argv is None else argv
    parser = argparse.ArgumentParser(prog="hudhud", description="هدهد — Hudhud server")
    commands = parser.add_subparsers(dest="command", required=True)
    run_parser = commands.add_parser("run", help="migrate, load the demo if empty, and serve")
    run_parser.add_argument(
        "--no-worker", action="store_true", help="do not start a task worker beside the server"
    )
    commands.add_parser("worker", help="run a task worker")
    commands.add_parser("streaming", help="serve the streaming API on HUDHUD_STREAMING_PORT")
    commands.add_parser("demo", help="load the GITEX 2012 demo")
    token_parser = commands.add_parser("token", help="print a new API token of a local account")
    token_parser.add_argument("username")
    token_parser.add_argument("--scopes", default="read write follow push", help="(%(default)s)")
    giveaway_parser = commands.add_parser("giveaway", help="check a giveaway's draw")
    giveaway_parser.add_argument("action", choices=["verify"])
    giveaway_parser.add_argument("id", type=int)
    commands.add_parser("manage", help="run a Django management command", add_help=False)
    if argv[:1] == ["manage"]:
        _setup()
        from django.core.management import execute_from_command_line

        execute_from_command_line(["hudhud manage", *argv[1:]])
        return
    args = parser.parse_args(argv)
    _setup()
    if args.command == "run":
        run(with_worker=not args.no_worker)
    elif args.command == "worker":
        from hudhud.federation.delivery import deliveries_resume

        deliveries_resume()  # what a worker stopped in the middle of
        os.execv(sys.executable, _worker_argv())  # noqa: S606 - replaces this process by design
    elif args.command == "streaming":
        streaming()
    elif args.command == "demo":
        from hudhud.demo.loader import demo_load

        demo_load()
    elif args.command == "token":
        sys.exit(token(args.username, scopes=args.scopes))
    elif args.command == "giveaway":
        sys.exit(giveaway_verify(args.id))


def token(username: str, *, scopes: str) -> int:
    """Print a new token of the local account `username`, of a new app of theirs named after
    this command; return the exit status."""
    from django.core.exceptions import ValidationError

    from hudhud.accounts.models import Account
    from hudhud.api.services import personal_application_create

    account = Account.objects.filter(
        username__iexact=username.removeprefix("@"), local=True
    ).first()
    if account is None or account.user is None:
        print(f"hudhud: no local account is named {username!r}", file=sys.stderr)
        return 1
    try:
        _app, value = personal_application_create(
            owner=account.user, name="hudhud token", scopes=scopes
        )
    except ValidationError as error:
        print(f"hudhud: {' '.join(error.messages)}", file=sys.stderr)
        return 1
    print(value)
    return 0


def giveaway_verify(giveaway_id: int) -> int:
    """Recompute a giveaway's winners from its published secret and entrants, print what
    was found, and return 0 when they match what was announced."""
    from hudhud.coach.fairness import ALGORITHM
    from hudhud.coach.models import Giveaway
    from hudhud.coach.selectors.giveaways import giveaway_recomputed, giveaway_verified

    giveaway = Giveaway.objects.filter(pk=giveaway_id).first()
    if giveaway is None:
        print(f"hudhud: no giveaway {giveaway_id}", file=sys.stderr)
        return 1
    if not giveaway.drawn:
        print(f"hudhud: giveaway {giveaway_id} is drawn at {giveaway.deadline.isoformat()}")
        return 1
    recomputed = giveaway_recomputed(giveaway)
    good = giveaway_verified(giveaway)
    print(f"algorithm: {ALGORITHM}")
    print(f"commitment: {giveaway.commitment}")
    print(f"secret: {giveaway.secret}")
    print(f"entrants: {len(giveaway.entrants)}")
    print(f"announced winners: {' '.join(giveaway.winners) or '-'}")
    print(f"recomputed winners: {' '.join(recomputed) or '-'}")
    print("verified: yes" if good else "verified: NO")
    return 0 if good else 1


if __name__ == "__main__":
    main()
