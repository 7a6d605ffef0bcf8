#!/usr/bin/env python3
"""Bytes of code per crate in a wasm module that has a name section (cargo's output,
before wasm-bindgen and wasm-opt strip it), by the crate names in the function names:

    scripts/wasm-crate-sizes.py target/wasm32-unknown-unknown/release/hoinghi_wasm.wasm [CRATE...]

Sizes are of function bodies before wasm-opt; use them to compare parts, and the
gzip size of the optimised module (bindings/wasm/scripts/size-report.mjs) for totals.
A function is counted for the first of the given crates its name mentions (generic
code instantiated for another crate's types counts for the crate that defines it).
"""
import sys


def leb(data, i):
    result = shift = 0
    while True:
        b = data[i]
        i += 1
        result |= (b & 0x7F) << shift
        shift += 7
        if b < 0x80:
            return result, i


def main():
    path = sys.argv[1]
    crates = sys.argv[2:] or ["hoinghi::docx", "quick_xml", "zip", "flate2", "zlib_rs", "docx_rs", "serde_json", "hoinghi"]
    data = open(path, "rb").read()
    i = 8
    imports = 0
    bodies = []
    names = {}
    while i < len(data):
        sid = data[i]
        size, i = leb(data, i + 1)
        end = i + size
        if sid == 2:  # imports: functions among them take the first indices
            n, j = leb(data, i)
            for _ in range(n):
                for _ in range(2):
                    ln, j = leb(data, j)
                    j += ln
                kind = data[j]
                j += 1
                if kind == 0:
                    _, j = leb(data, j)
                    imports += 1
                elif kind == 1:
                    j += 1
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 2:
                    flags, j = leb(data, j)
                    _, j = leb(data, j)
                    if flags & 1:
                        _, j = leb(data, j)
                elif kind == 3:
                    j += 2
                else:
                    _, j = leb(data, j)
        elif sid == 10:
            n, j = leb(data, i)
            for _ in range(n):
                ln, j = leb(data, j)
                bodies.append(ln)
                j += ln
        elif sid == 0:
            ln, j = leb(data, i)
            name = data[j : j + ln]
            j += ln
            if name == b"name":
                while j < end:
                    sub = data[j]
                    sl, j = leb(data, j + 1)
                    if sub == 1:
                        n, k = leb(data, j)
                        for _ in range(n):
                            idx, k = leb(data, k)
                            nl, k = leb(data, k)
                            names[idx] = data[k : k + nl].decode("utf-8", "replace")
                            k += nl
                    j += sl
        i = end
    if not names:
        sys.exit("no name section: measure cargo's output, not the optimised module")
    totals = {c: 0 for c in crates}
    other = 0
    for n, size in enumerate(bodies):
        name = names.get(n + imports, "")
        plain = name.replace("$", "").replace("..", "::")
        for c in crates:
            legacy = "".join(f"{len(p)}{p}" for p in c.split("::"))
            if c in plain or legacy in name:
                totals[c] += size
                break
        else:
            other += size
    for c in crates:
        print(f"{c:16} {totals[c]:>9,} bytes")
    print(f"{'(rest)':16} {other:>9,} bytes")
    print(f"{'total':16} {sum(bodies):>9,} bytes")


if __name__ == "__main__":
    main()
