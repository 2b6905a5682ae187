"""One database's benchmark, in its own process: `python -m bench.run --database-url … --var-dir …`.

Django reads its settings from the environment once, so each database gets a process;
`python -m bench` runs one per database and prints them side by side. This writes JSON.
"""

import argparse
import json
import os
from pathlib import Path

from bench.server import free_port


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m bench.run")
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--var-dir", required=True, type=Path)
    parser.add_argument("--out", required=True, type=Path)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--users", type=int, default=1000)
    parser.add_argument("--posts", type=int, default=100_000)
    parser.add_argument("--times", type=int, default=300, help="iterations of each timing")
    parser.add_argument("--concurrent", type=int, default=250, help="requests of each of 4 clients")
    parser.add_argument(
        "--quality", action="store_true", help="only search quality, in a fresh small database"
    )
    args = parser.parse_args()

    port = args.port or free_port()
    os.environ.update(
        DJANGO_SETTINGS_MODULE="hudhud.settings",
        HUDHUD_VAR_DIR=str(args.var_dir),
        HUDHUD_DATABASE_URL=args.database_url,
        HUDHUD_TASK_BACKEND="immediate",
        HUDHUD_DEMO="0",
        HUDHUD_DEBUG="0",
        HUDHUD_REDIS_URL="",
        HUDHUD_HOST="127.0.0.1",
        HUDHUD_PORT=str(port),
        HUDHUD_DOMAIN=f"127.0.0.1:{port}",
        HUDHUD_RATE_LIMITS="off",  # one token sends thousands of requests: a load test
    )
    (args.var_dir / "static").mkdir(parents=True, exist_ok=True)  # `hudhud run` fills it
    import django  # noqa: PLC0415 - only once the environment above is set

    django.setup()
    from bench.backend import run, run_quality  # noqa: PLC0415 - after django.setup()

    if args.quality:
        args.out.write_text(json.dumps(run_quality(), ensure_ascii=False, indent=1))
        return
    results = run(
        var_dir=args.var_dir,
        port=port,
        users=args.users,
        posts=args.posts,
        times=args.times,
        concurrent=args.concurrent,
    )
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
