"""Byte-identical Office packages for the fixture generators.

openpyxl and python-docx stamp the save time into ``docProps/core.xml`` and the zip
entries; a generator run twice must write the same bytes, so the parts are read back,
the timestamps fixed, and the package written again with fixed entry dates.
"""

import io
import re
import zipfile
from pathlib import Path

STAMP = "2024-03-01T00:00:00Z"


def saved_parts(document):
    """The package parts of an openpyxl Workbook or a python-docx Document (anything
    with ``save(file)``), with the core properties' timestamps fixed."""
    buf = io.BytesIO()
    document.save(buf)
    with zipfile.ZipFile(buf) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    if "docProps/core.xml" in parts:
        core = parts["docProps/core.xml"].decode()
        parts["docProps/core.xml"] = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", STAMP, core).encode()
    return parts


def write_zip(path, parts):
    """Write ``parts`` (name -> bytes) as a deflated zip with fixed entry dates."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            info = zipfile.ZipInfo(name, date_time=(2024, 3, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    Path(path).write_bytes(buf.getvalue())
