"""Mutated copies of workbooks, for finding panics and hangs in the readers.

    python3 tests/hostile/mutate.py SOURCE_DIR OUT_DIR COUNT [SEED]

For each xls/xlsx/xlsm/xlsb/ods file of SOURCE_DIR, writes COUNT mutated copies to
OUT_DIR: an xls file is damaged itself; a zip-based workbook has one XML or binary
part damaged and is written again (stored), so the damage reaches the reader rather
than the zip's checksum. Damage: bits flipped, cut short, a run set to 0x00/0x7F/
0x80/0xFF, a slice repeated, a 32-bit field set huge. Deterministic for a seed.
Run the copies with `cargo run -p arlens --example import_each -- OUT_DIR` (a debug
build, so that a panic unwinds and is reported with its place).
"""
import io
import os
import random
import sys
import zipfile

src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 20261202)


def mutate(b):
    b = bytearray(b)
    if not b:
        return bytes(b)
    k = rng.randrange(5)
    if k == 0:
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
    elif k == 1:
        b = b[: rng.randrange(len(b))]
    elif k == 2:
        i = rng.randrange(len(b))
        v = rng.choice([0xFF, 0x00, 0x7F, 0x80])
        for j in range(i, min(len(b), i + rng.choice([1, 2, 4]))):
            b[j] = v
    elif k == 3:
        i = rng.randrange(len(b))
        j = min(len(b), i + rng.randrange(64))
        b[i:i] = b[i:j]
    else:
        i = rng.randrange(max(1, len(b) - 4))
        b[i : i + 4] = rng.choice([0xFFFFFFFF, 0x7FFFFFFF, 0x10000000]).to_bytes(4, "little")
    return bytes(b)


count = 0
os.makedirs(out, exist_ok=True)
for name in sorted(os.listdir(src)):
    ext = name.rsplit(".", 1)[-1]
    if ext not in ("xls", "xlsb", "xlsx", "ods", "xlsm"):
        continue
    data = open(os.path.join(src, name), "rb").read()
    for k in range(n):
        if ext == "xls":
            copy = mutate(data)
        else:
            buf = io.BytesIO()
            try:
                z = zipfile.ZipFile(io.BytesIO(data))
                parts = [x for x in z.namelist() if x.endswith((".bin", ".xml"))]
                victim = rng.choice(parts)
                with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as w:
                    for x in z.namelist():
                        d = z.read(x)
                        w.writestr(x, mutate(d) if x == victim else d)
            except Exception:
                break  # not a readable zip (a damaged or encrypted test file)
            copy = buf.getvalue()
        open(os.path.join(out, f"{k:04d}-{name}"), "wb").write(copy)
        count += 1
print(count, "files")
