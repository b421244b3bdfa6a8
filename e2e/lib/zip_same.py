#!/usr/bin/env python3
"""Whether two SCORM packages are the same zip but for their deflate streams: the same entries in
the same order, each with the same bytes, CRC, sizes, date, flags, versions, attributes, extra
field and comment, in its central directory and in its local header alike; every local header
right after the entry before it, the central directory right after the last, and the end record
right after that, with nothing else in the file. Exits 0 when they are, 1 with every difference.
  python3 e2e/lib/zip_same.py device.zip script.zip"""
import struct
import sys
import zipfile

FIELDS = ["filename", "date_time", "compress_type", "create_system", "create_version",
          "extract_version", "reserved", "flag_bits", "volume", "internal_attr", "external_attr",
          "extra", "comment", "CRC", "file_size"]
LOCAL = "<4sBBHHHHLLLHH"
END = "<4sHHHHLLH"


def read(path, problems):
    """The entries with their bytes and local headers; what breaks the layout goes in `problems`."""
    raw = open(path, "rb").read()
    with zipfile.ZipFile(path) as z:
        bad = z.testzip()
        if bad:
            problems.append(f"{path}: {bad} fails its CRC")
        offset = 0
        entries = []
        for info in z.infolist():
            if info.header_offset != offset:
                problems.append(f"{path}: {info.filename} is not right after the entry before it")
            local = struct.unpack_from(LOCAL, raw, info.header_offset)
            name_len, extra_len = local[10], local[11]
            name = raw[info.header_offset + 30:info.header_offset + 30 + name_len].decode()
            # The local header says what the central directory says (no data descriptors).
            said = (b"PK\x03\x04", info.extract_version, info.reserved, info.flag_bits,
                    info.compress_type, None, None, info.CRC, info.compress_size, info.file_size,
                    len(info.filename.encode()), len(info.extra))
            for i, (a, b) in enumerate(zip(local, said)):
                if b is not None and a != b:
                    problems.append(f"{path}: {info.filename}: local header field {i} is {a!r}, the directory's {b!r}")
            if name != info.filename:
                problems.append(f"{path}: {info.filename}: local header names {name}")
            offset += 30 + name_len + extra_len + info.compress_size
            entries.append((info, z.read(info), local[5:7]))
        if offset != z.start_dir:
            problems.append(f"{path}: {z.start_dir - offset} bytes between the last entry and the directory")
        end = raw.rfind(b"PK\x05\x06")
        record = struct.unpack_from(END, raw, end)
        if end + 22 != len(raw):
            problems.append(f"{path}: {len(raw) - end - 22} bytes after the end record")
        if record[1:5] != (0, 0, len(entries), len(entries)) or record[6] != z.start_dir or record[5] != end - z.start_dir or record[7] != 0:
            problems.append(f"{path}: the end record {record[1:]} does not match the directory")
        return entries


problems = []
a = read(sys.argv[1], problems)
b = read(sys.argv[2], problems)
if [i.filename for i, _, _ in a] != [i.filename for i, _, _ in b]:
    problems.append(f"entries differ: {[i.filename for i, _, _ in a]} vs {[i.filename for i, _, _ in b]}")
for (ia, da, ta), (ib, db, tb) in zip(a, b):
    for field in FIELDS:
        if getattr(ia, field) != getattr(ib, field):
            problems.append(f"{ia.filename}: {field} {getattr(ia, field)!r} vs {getattr(ib, field)!r}")
    if ta != tb:
        problems.append(f"{ia.filename}: local header time and date {ta} vs {tb}")
    if da != db:
        problems.append(f"{ia.filename}: its bytes differ")
if problems:
    print("\n".join(problems))
    sys.exit(1)
print(f"the same {len(a)} entries")
