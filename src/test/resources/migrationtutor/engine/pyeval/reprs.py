# Evaluates each expression of expressions.txt (read from stdin) with CPython and prints, one JSON
# string per line, its repr() or its exception line ("Type: message").
import json
import sys
import warnings

warnings.simplefilter("ignore")
for line in sys.stdin.read().splitlines():
    if not line.strip() or line.startswith("#"):
        continue
    try:
        out = repr(eval(line, {}))
    except BaseException as e:
        msg = str(e)
        out = type(e).__name__ + (": " + msg if msg else "")
    print(json.dumps(out))
