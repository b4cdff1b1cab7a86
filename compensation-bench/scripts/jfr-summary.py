#!/usr/bin/env python3
"""Where the CPU went in a JFR recording: execution samples grouped by what they were doing.

    python3 compensation-bench/scripts/jfr-summary.py recording.jfr

Each jdk.ExecutionSample is attributed twice:
  - inclusive: the share of samples with a frame of the group anywhere on the stack (a request that is inside
    Jackson while calling the engine counts for both);
  - self: the group of the top-most frame that belongs to a known group (the code actually running).
and, for the worker threads, the stages of a REST request (read, resource, write).
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
    # jfr print keeps 5 frames unless told: inclusive shares need the whole stack
    out = subprocess.run(["jfr", "print", "--json", "--stack-depth", "256", "--events", "jdk.ExecutionSample", path],
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
    print()
    stages(events)


# The stages of one REST request on its worker ("executor") thread, by a frame anywhere on the stack
STAGES = [
    ("read the body (entity reader)", ("org.jboss.resteasy.reactive.server.handlers.RequestDeserializeHandler.handle",)),
    ("resource method (the engine inside)", ("org.jboss.resteasy.reactive.server.handlers.InvocationHandler.handle",)),
    ("  of which the engine", ("cn.wenshui.compensation.quote.QuoteEngine.quote",)),
    ("write the answer (entity writer)", ("org.jboss.resteasy.reactive.server.core.ServerSerialisers.invokeWriter",)),
    ("  of which rendering explanations", ("cn.wenshui.compensation.quote.QuoteLine.explanation",)),
    ("  of which Jackson writing text", ("com.fasterxml.jackson.core.json.UTF8JsonGenerator.writeString",)),
]


def stages(events):
    threads = collections.Counter()
    worker = []
    for e in events:
        t = (e["values"].get("sampledThread") or {})
        name = (t.get("javaName") or t.get("osName") or "").rstrip("0123456789-")
        threads[name] += 1
        if name.startswith("executor-thread"):
            worker.append(set(frames(e)))
    print("Samples by thread: " + ", ".join(f"{n} {c}" for n, c in threads.most_common(4)))
    if not worker:
        return
    print()
    print(f"| stage, on the worker threads ({len(worker)} samples) | inclusive |")
    print("|---|---:|")
    for label, marks in STAGES:
        n = sum(1 for fs in worker if any(m in fs for m in marks))
        print(f"| {label} | {100 * n / len(worker):.0f} % |")


if __name__ == "__main__":
    main(sys.argv[1])
