#!/usr/bin/env python3
"""Full-screen tutor measurements in a real terminal (tmux), as a learner meets them.

  bench/screen.py [RUNS] [PARTS]   (default 5, all of "launch,keys,memory"; needs tmux and
                                   target/tutor.jar)

1. Launch to first screen: from starting `java -jar tutor.jar` in a 120x40 tmux window on a fresh
   workspace until the shell prompt is on the screen (lesson pane, step list and prompt drawn).
   One untimed run first, so the class-data-sharing archive exists, as after a learner's first start.
2. Keystroke to screen: one character sent with `tmux send-keys`, then the screen read every
   millisecond until the character is there. This includes tmux's own work (the send and the
   captures), so it is an upper bound of what the tutor adds.
3. Memory: the tutor's resident set size (VmRSS of its JVM) and the Java heap in use after a full
   GC (jcmd), after a session of many commands: every core lesson's alembic and sqlite3 work.
"""
import os, shutil, statistics, subprocess, sys, tempfile, time

JAR = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "target", "tutor.jar"))
SOCKET = f"mt-bench-{os.getpid()}"
RUNS = int(sys.argv[1]) if len(sys.argv) > 1 else 5
PARTS = (sys.argv[2] if len(sys.argv) > 2 else "launch,keys,memory").split(",")


def tmux(*args, check=True):
    return subprocess.run(["tmux", "-L", SOCKET, "-f", "/dev/null", *args],
                          capture_output=True, text=True, check=check).stdout


def screen():
    return tmux("capture-pane", "-p", "-t", "main")


def wait_for(text, timeout=60.0, poll=0.001):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        s = screen()
        if text in s:
            return s
        time.sleep(poll)
    raise SystemExit(f"timed out waiting for {text!r}:\n{screen()}")


def start(workdir, cols=120, rows=40):
    tmux("new-session", "-d", "-s", "main", "-x", str(cols), "-y", str(rows),
         f"cd '{workdir}' && java -jar '{JAR}' --workspace ws; sleep 600")


def stop():
    tmux("send-keys", "-t", "main", "F10", check=False)
    time.sleep(1.5)
    tmux("kill-server", check=False)


def launch_times():
    times = []
    frames = []
    for i in range(RUNS + 1):
        work = tempfile.mkdtemp(prefix="mt-bench-")
        t0 = time.monotonic()
        start(work)
        wait_for("─ Steps ─", poll=0.002)  # the first frame: panes drawn, the lesson loading
        frame = time.monotonic() - t0
        wait_for("personal_todo:~$")
        elapsed = time.monotonic() - t0
        if i > 0:
            times.append(elapsed)
            frames.append(frame)
        stop()
        shutil.rmtree(work, ignore_errors=True)
    return frames, times


def keystroke_latencies(n=120):
    work = tempfile.mkdtemp(prefix="mt-bench-")
    start(work)
    wait_for("personal_todo:~$")
    time.sleep(1.0)
    lat = []
    typed = ""
    for i in range(n):
        c = "abcdefghij"[i % 10]
        typed += c
        t0 = time.monotonic()
        tmux("send-keys", "-t", "main", "-l", c)
        wait_for("personal_todo:~$ " + typed, timeout=10)
        lat.append(time.monotonic() - t0)
        if len(typed) >= 40:
            tmux("send-keys", "-t", "main", "C-u")
            wait_for("personal_todo:~$ \n", timeout=10) if False else time.sleep(0.05)
            typed = ""
    # The same measurement against a plain shell, to see tmux's own share.
    stop()
    shutil.rmtree(work, ignore_errors=True)
    tmux("new-session", "-d", "-s", "main", "-x", "120", "-y", "40", "PS1='$ ' bash --norc -i")
    time.sleep(0.5)
    base = []
    typed = ""
    for i in range(n):
        c = "abcdefghij"[i % 10]
        typed += c
        t0 = time.monotonic()
        tmux("send-keys", "-t", "main", "-l", c)
        wait_for("$ " + typed, timeout=10)
        base.append(time.monotonic() - t0)
        if len(typed) >= 40:
            tmux("send-keys", "-t", "main", "C-u")
            time.sleep(0.05)
            typed = ""
    tmux("kill-server", check=False)
    return lat, base


COMMANDS = [
    "alembic init alembic", "ls alembic", "alembic current", "sqlite3 database.db .tables",
    "alembic revision -m 'add due date'", "alembic history", "alembic upgrade head --sql",
    "alembic upgrade head", "alembic current", "alembic downgrade -1", "alembic upgrade head",
    "sqlite3 database.db 'select count(*) from todos'", "alembic history --verbose",
    "cat alembic.ini", "ls -la alembic/versions", "alembic heads", "alembic show head",
    "make db-upgrade", "undo", "undo", "help", "lessons", "hint", "check", "explain",
]


def java_pid():
    out = subprocess.run(["pgrep", "-f", "tutor.jar --workspace ws"], capture_output=True,
                         text=True).stdout.split()
    if not out:
        return None
    # FastLaunch runs the tutor in a child JVM; the launching one only waits for it.
    children = subprocess.run(["pgrep", "-P", out[0]], capture_output=True, text=True).stdout.split()
    return children[0] if children else out[0]


def memory():
    work = tempfile.mkdtemp(prefix="mt-bench-")
    start(work)
    wait_for("personal_todo:~$")
    for rep in range(2):
        for c in COMMANDS:
            tmux("send-keys", "-t", "main", "-l", c)
            tmux("send-keys", "-t", "main", "Enter")
            time.sleep(0.05)
            end = time.monotonic() + 30
            while time.monotonic() < end and "running…" in screen():
                time.sleep(0.02)
        time.sleep(0.3)
    time.sleep(1)
    pid = java_pid()
    rss = heap = "?"
    if pid:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS"):
                    rss = line.split()[1] + " kB"
        subprocess.run(["jcmd", pid, "GC.run"], capture_output=True)
        info = subprocess.run(["jcmd", pid, "GC.heap_info"], capture_output=True, text=True).stdout
        heap = " ".join(l.strip() for l in info.splitlines() if "used" in l)[:200]
    stop()
    shutil.rmtree(work, ignore_errors=True)
    return 2 * len(COMMANDS), rss, heap


def ms(x):
    return f"{x * 1000:.0f} ms"


if __name__ == "__main__":
    if not shutil.which("tmux") or not os.path.exists(JAR):
        raise SystemExit("needs tmux and target/tutor.jar (mvn -q package -DskipTests)")
    if "launch" in PARTS:
        f, t = launch_times()
        print(f"launch to first frame (120x40, fresh workspace, {RUNS} runs): median {ms(statistics.median(f))},"
              f" min {ms(min(f))}, max {ms(max(f))}")
        print(f"launch to the prompt (lesson open, step checked): median {ms(statistics.median(t))},"
              f" min {ms(min(t))}, max {ms(max(t))}")
        v = []
        for _ in range(RUNS):
            t0 = time.monotonic()
            subprocess.run(["java", "-jar", JAR, "--version"], capture_output=True)
            v.append(time.monotonic() - t0)
        print(f"  for the machine's load: tutor.jar --version median {ms(statistics.median(v))}")
    if "keys" in PARTS:
        lat, base = keystroke_latencies()
        q = lambda xs, p: sorted(xs)[int(p * (len(xs) - 1))]
        print(f"keystroke to screen ({len(lat)} keys): median {ms(statistics.median(lat))},"
              f" p95 {ms(q(lat, 0.95))}, max {ms(max(lat))};"
              f" last 30 keys median {ms(statistics.median(lat[-30:]))}")
        print(f"  same measurement with bash in tmux: median {ms(statistics.median(base))},"
              f" p95 {ms(q(base, 0.95))}")
    if "memory" in PARTS:
        n, rss, heap = memory()
        print(f"memory after {n} commands: RSS {rss}; heap after full GC: {heap}")
