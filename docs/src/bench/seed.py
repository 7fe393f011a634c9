"""The seed's workload in Python, measured beside the Java versions on the "seed at a glance" page.

Written for this book: a pool of 50 workers (threads or processes) runs 100 tasks, each printing 1,000 numbered
lines, and "123" is printed once every task has finished. docs/src/build/SeedAtAGlance.java runs it when python3
is on the PATH:  python3 seed.py threads | processes
"""
import sys
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

TASKS, LINES, WORKERS = 100, 1000, 50


def print_lines(name):
    for number in range(LINES):
        print(f"{name}: line {number}")


def main():
    kind = sys.argv[1] if len(sys.argv) > 1 else "threads"
    pool_type = {"threads": ThreadPoolExecutor, "processes": ProcessPoolExecutor}[kind]
    with pool_type(max_workers=WORKERS) as pool:
        futures = [pool.submit(print_lines, f"task{t}") for t in range(TASKS)]
        for future in futures:
            future.result()  # re-raises a task's exception here instead of losing it
        # For chapter 3's comparison (SeedAgainstPython): how many workers the pool started, on stderr.
        started = getattr(pool, "_processes", None) or getattr(pool, "_threads", None) or ()
        print(f"workers started: {len(started)}", file=sys.stderr)
    # Leaving the block shut the pool down and waited for its workers: every line is out.
    print("123")


if __name__ == "__main__":
    main()
