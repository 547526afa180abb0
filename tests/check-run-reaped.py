#!/usr/bin/env python3
"""check-run-reaped.py RUN_REAPED

build-aux/run-reaped, which build-aux/test wraps the private test session
in: a command that leaves two daemons behind, each holding the command's
output open (one of them ignores SIGTERM, as xdg-document-portal 1.16
does at the end of a session), must still give its reader an end of
output, with the command's exit status, and no daemon may be left.

Without run-reaped, reading the output to its end would wait for the
daemons (ten minutes here); this check waits for that end with a
generous deadline and fails if it does not come."""
import os
import subprocess
import sys

DEADLINE = 120  # seconds; the reaper needs about 8 (its linger and SIGKILL grace)


def leftovers(marker):
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as f:
                if marker.encode() in f.read():
                    found.append(int(entry))
        except OSError:
            pass
    return found


def main():
    reaper = sys.argv[1]
    marker = f"samenspel-leftover-{os.getpid()}"
    # Two detached daemons (setsid, their parent gone at once: re-parented
    # to the reaper), one ignoring SIGTERM; both inherit stdout and stderr.
    script = f"""
      (trap '' TERM; setsid bash -c 'exec -a {marker}-stubborn sleep 600' &)
      (setsid bash -c 'exec -a {marker}-polite sleep 600' &)
      echo command-done
      exit 3
    """
    proc = subprocess.Popen([reaper, "bash", "-c", script],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = proc.communicate(timeout=DEADLINE)
    except subprocess.TimeoutExpired:
        proc.kill()
        for pid in leftovers(marker):
            os.kill(pid, 9)
        sys.exit(f"FAIL: the output did not end within {DEADLINE} s: a daemon kept it open")
    problems = []
    if out.strip() != "command-done":
        problems.append(f"stdout was {out!r}, not the command's own output")
    if proc.returncode != 3:
        problems.append(f"exit status {proc.returncode}, not the command's 3")
    if err.count("run-reaped: ending") != 2:
        problems.append(f"expected two daemons named on stderr, got: {err!r}")
    left = leftovers(marker)
    if left:
        problems.append(f"processes left: {left}")
        for pid in left:
            os.kill(pid, 9)
    for p in problems:
        print("FAIL:", p)
    if problems:
        sys.exit(1)
    print("PASS")


if __name__ == "__main__":
    main()
