#!/usr/bin/env python3
"""Where the CPU went in a JFR recording: execution samples grouped by what they were doing.

    python3 compensation-bench/scripts/jfr-summary.py recording.jfr

Each jdk.ExecutionSample is attributed twice:
  - inclusive: the share of samples with a frame of the group anywhere on the stack (a request that is inside
    Jackson while calling the engine counts for both);
  - self: the group of the top-most frame that belongs to a known group (the code actually running).
Used by compensation-bench/scripts/http-load.sh (PROFILE=1) for docs/performance.md.
"""
import collections
import json
import subprocess
import sys

GROUPS = [
    ("engine", ("cn.wenshui.compensation.quote", "cn.wenshui.compensation.schedule", "cn.wenshui.compensation.money",
                "cn.wenshui.compensation.household", "cn.wenshui.compensation.readings")),
    ("ledger", ("cn.wenshui.compensation.api.ledger",)),
    ("json (Jackson)", ("com.fasterxml.jackson",)),
    ("h2", ("org.h2",)),
    ("postgresql jdbc", ("org.postgresql",)),
    ("connection pool", ("io.agroal",)),
    ("sha-256", ("sun.security.provider.SHA", "sun.security.provider.DigestBase")),
    ("rest (Quarkus REST)", ("org.jboss.resteasy.reactive", "io.quarkus.resteasy.reactive", "io.quarkus.rest")),
    ("http (Vert.x, Netty)", ("io.vertx", "io.netty")),
    ("bigdecimal", ("java.math",)),
    ("strings", ("java.lang.String", "java.lang.StringBuilder", "java.lang.AbstractStringBuilder",
                 "java.lang.StringLatin1", "java.lang.StringUTF16", "java.lang.StringConcatHelper",
                 "java.lang.invoke")),
    ("collections", ("java.util.",)),
]


def group_of(name):
    for g, prefixes in GROUPS:
        if name.startswith(prefixes):
            return g
    return None


def frames(sample):
    st = sample["values"].get("stackTrace") or {}
    for f in st.get("frames", []):
        m = f.get("method") or {}
        t = (m.get("type") or {}).get("name", "")
        yield t.replace("/", ".") + "." + m.get("name", "")


def main(path):
    out = subprocess.run(["jfr", "print", "--json", "--events", "jdk.ExecutionSample", path],
                         check=True, capture_output=True, text=True).stdout
    events = json.loads(out)["recording"]["events"]
    total = len(events)
    inclusive = collections.Counter()
    self_ = collections.Counter()
    top_methods = collections.Counter()
    for e in events:
        fs = list(frames(e))
        seen = {group_of(f) for f in fs} - {None}
        inclusive.update(seen)
        top = next((group_of(f) for f in fs if group_of(f)), "other (JDK, VM, threads)")
        self_[top] += 1
        if fs:
            top_methods[fs[0]] += 1
    print(f"{total} execution samples in {path}")
    print()
    print("| group | inclusive | self |")
    print("|---|---:|---:|")
    for g, _ in GROUPS + [("other (JDK, VM, threads)", ())]:
        if inclusive[g] or self_[g]:
            print(f"| {g} | {100 * inclusive[g] / total:.0f} % | {100 * self_[g] / total:.0f} % |")
    print()
    print("Top methods (self):")
    for m, n in top_methods.most_common(15):
        print(f"  {100 * n / total:5.1f} %  {m}")


if __name__ == "__main__":
    main(sys.argv[1])
