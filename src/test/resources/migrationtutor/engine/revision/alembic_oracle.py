"""Differential oracle: runs revision-graph queries against the installed Alembic.

Usage: python3 alembic_oracle.py CASES_FILE

Reads the case file shared with RevisionOracleTest (see its header comment for the format) and
prints one line per query: "<query> => <result>". The Java test renders its own results the same
way and compares line by line.
"""
import os
import sys
import types
import warnings

from alembic.runtime.migration import HeadMaintainer
from alembic.script.base import ScriptDirectory
from alembic.script.revision import Revision
from alembic.script.revision import RevisionError
from alembic.script.revision import RevisionMap
from alembic.util import CommandError


class Rev(Revision):
    """A Revision with the module/doc a RevisionStep expects."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.module = types.SimpleNamespace(upgrade=upgrade, downgrade=downgrade)
        self.doc = ""


def upgrade(**kw):
    """Stands in for a script's upgrade(); its name is the step's name."""


def downgrade(**kw):
    """Stands in for a script's downgrade()."""


class RecordingHeads(HeadMaintainer):
    """HeadMaintainer whose row operations are recorded instead of executed."""

    def __init__(self, heads):
        self.heads = set(heads)
        self.log = []

    def _insert_version(self, version):
        assert version not in self.heads
        self.heads.add(version)
        self.log.append("INSERT %s" % version)

    def _delete_version(self, version):
        self.heads.remove(version)
        self.log.append("DELETE %s" % version)

    def _update_version(self, from_, to_):
        assert to_ not in self.heads
        self.heads.remove(from_)
        self.heads.add(to_)
        self.log.append("UPDATE %s>%s" % (from_, to_))


def tup(text):
    return () if text == "-" else tuple(text.split(","))


def arg(text):
    """'n:' None, 't:a,b' tuple ('t:' empty tuple), anything else a plain string."""
    if text == "n:":
        return None
    if text.startswith("t:"):
        return tuple(x for x in text[2:].split(",") if x)
    return text


def ids(revs):
    out = []
    for r in revs:
        if r is None:
            out.append("None")
        elif isinstance(r, str):
            out.append(r)
        else:
            out.append(r.revision)
    return ",".join(out)


def error(e):
    if isinstance(e, CommandError):
        return "ERR " + str(e)
    if isinstance(e, RevisionError):
        return "RERR %s: %s" % (type(e).__name__, e)
    return "INTERNAL " + type(e).__name__


def run_steps(steps, heads):
    maintainer = RecordingHeads(heads)
    parts = []
    try:
        for step in steps:
            maintainer.update_to_step(step)
            parts.append("%s [%s]" % (step.short_log, "; ".join(maintainer.log)))
            maintainer.log = []
    except Exception as e:  # bookkeeping failure after the step ran
        parts.append("%s [%s] %s" % (step.short_log, "; ".join(maintainer.log), error(e)))
    return " | ".join(parts) + " => heads=" + ",".join(sorted(maintainer.heads))


def answer(script, query):
    words = query.split(" ")
    kind = words[0]
    m = script.revision_map
    if kind == "heads":
        return "heads=%s real=%s bases=%s realbases=%s" % (
            ",".join(m.heads), ",".join(m._real_heads), ",".join(m.bases), ",".join(m._real_bases))
    if kind == "nodes":
        out = []
        for key, r in m._revision_map.items():
            if r is None or key != r.revision:
                continue
            flags = "".join(
                c for c, f in (("h", r.is_head), ("H", r._is_real_head), ("b", r.is_base),
                               ("B", r._is_real_base), ("p", r.is_branch_point),
                               ("P", r._is_real_branch_point), ("m", r.is_merge_point)) if f)
            out.append("%s:%s next=%s all=%s labels=%s down=%s" % (
                r.revision, flags, ",".join(sorted(r.nextrev)), ",".join(sorted(r._all_nextrev)),
                ",".join(sorted(r.branch_labels)), ",".join(r._normalized_down_revisions)))
        return " ; ".join(out)
    if kind == "get_revisions":
        return ids(script.get_revisions(arg(words[1])))
    if kind == "get_revision":
        return ids([script.get_revision(arg(words[1]))])
    if kind == "current":
        return ",".join(sorted(r.revision for r in script.get_all_current(tup(words[1]))))
    if kind == "walk":
        return ids(script.walk_revisions(arg(words[1]), arg(words[2])))
    if kind == "iterate":
        flags = words[3] if len(words) > 3 else ""
        return ids(m.iterate_revisions(
            arg(words[1]), arg(words[2]), implicit_base="i" in flags, inclusive="c" in flags,
            assert_relative_length="a" in flags, select_for_downgrade="d" in flags))
    if kind == "upgrade":
        heads = tup(words[1])
        return run_steps(script._upgrade_revs(words[2], heads), heads)
    if kind == "downgrade":
        heads = tup(words[1])
        return run_steps(script._downgrade_revs(words[2], heads), heads)
    if kind == "stamp":
        heads = tup(words[1])
        return run_steps(script._stamp_revs(tup(words[2]), heads), heads)
    raise ValueError("unknown query " + query)


def build(lines):
    revs = []
    for line in lines:
        words = line.split(" ")
        opts = dict(w.split("=", 1) for w in words[2:])
        down = opts.get("down")
        down = None if not down else (tuple(down.split(",")) if "," in down else down)
        labels = tuple(opts["labels"].split(",")) if "labels" in opts else None
        deps = opts.get("deps")
        deps = tuple(deps.split(",")) if deps and "," in deps else deps
        revs.append((words[1], down, deps, labels))
    return revs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(sys.argv[1]) as f:
        lines = [l.rstrip("\n") for l in f]
    graph_lines = []
    script = None
    for line in lines:
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("graph "):
            graph_lines = []
            script = None
            print(line)
        elif line.startswith("rev "):
            graph_lines.append(line)
        elif line.startswith("? ") or line.startswith("?~ "):
            relaxed = line.startswith("?~ ")
            query = line[3:] if relaxed else line[2:]
            if script is None:
                script = ScriptDirectory(here)
                caught = []
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    try:
                        revs = [Rev(i, d, dependencies=deps, branch_labels=lab)
                                for i, d, deps, lab in build(graph_lines)]
                        script.revision_map = RevisionMap(lambda: revs)
                        script.revision_map.heads
                        built = "ok"
                    except Exception as e:
                        built = error(e)
                        script.revision_map = None
                print("build => %s warnings=%s" % (built, "|".join(
                    str(w.message) for w in caught if "is present more than once" in str(w.message))))
            if script.revision_map is None:
                continue
            try:
                with warnings.catch_warnings(record=True) as caught:
                    warnings.simplefilter("always")
                    result = answer(script, query)
                if caught:
                    result += " warn=" + "|".join(str(w.message) for w in caught)
            except Exception as e:
                result = error(e)
            print("%s%s => %s" % ("~ " if relaxed else "", query, result))


if __name__ == "__main__":
    main()
