# Runs each program of programs.txt (read from stdin, separated by '### name' lines) with
# CPython and prints, per program, a JSON string: what it printed, then the exception line if it
# failed.
import io
import json
import sys
import warnings
from contextlib import redirect_stdout

warnings.simplefilter("ignore")
programs = []
for line in sys.stdin.read().splitlines():
    if line.startswith("### "):
        programs.append([])
    else:
        programs[-1].append(line)
for lines in programs:
    out = io.StringIO()
    with redirect_stdout(out):
        try:
            exec("\n".join(lines) + "\n", {"__name__": "test"})
            err = ""
        except BaseException as e:
            msg = str(e)
            err = type(e).__name__ + (": " + msg if msg else "")
    print(json.dumps(out.getvalue() + ("!! " + err if err else "")))
