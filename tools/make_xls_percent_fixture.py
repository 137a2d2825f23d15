#!/usr/bin/env python3
"""Make tests/fixtures/extra/xls_number_formats.xls, the small BIFF8 workbook that the
XLS number-format walker (src/read/xls_records.rs) is tested on.

calamine does not expose XLS number formats, so percentages and Chinese dates are read
from the records by hand; this workbook holds each kind of cell record that carries a
format (RK, NUMBER, MULRK) with percent, Chinese-date and plain formats, on a sheet
with a Chinese (UTF-16) name after a plain one. Needs: pip install xlwt.

    python3 tools/make_xls_percent_fixture.py
"""

import datetime
from pathlib import Path

import xlwt

OUT = Path(__file__).resolve().parent.parent / "tests/fixtures/extra/xls_number_formats.xls"

pct = xlwt.easyxf(num_format_str="0%")
pct2 = xlwt.easyxf(num_format_str="0.00%")
quoted = xlwt.easyxf(num_format_str='0.0"%"')  # a literal %: not a percentage
cn_date = xlwt.easyxf(num_format_str='yyyy"年"m"月"d"日"')

wb = xlwt.Workbook(encoding="utf-8")

plain = wb.add_sheet("Sheet1")
plain.write(0, 0, "plain")
plain.write(0, 1, 0.5)

ws = wb.add_sheet("绩效目标")
ws.write(0, 0, "指标")
ws.write(0, 1, "指标值")
ws.write(1, 0, "whole")
ws.write(1, 1, 1, pct)  # RK integer -> "100%"
ws.write(2, 0, "fraction")
ws.write(2, 1, 0.95, pct)  # RK x100 -> "95%"
ws.write(3, 0, "two places")
ws.write(3, 1, 0.1234, pct2)  # NUMBER -> "12.34%"
ws.write(4, 0, "plain")
ws.write(4, 1, 263)  # RK, general -> "263"
ws.write(5, 0, "quoted")
ws.write(5, 1, 1.5, quoted)  # -> "1.5"
ws.write(6, 0, "date")
ws.write(6, 1, datetime.date(2024, 12, 31), cn_date)  # -> "2024年12月31日"
# A run of numbers in one row: xlwt writes them as one MULRK record.
for col, (value, style) in enumerate([(0.9, pct), (2, xlwt.Style.default_style), (0.25, pct)], start=1):
    ws.write(7, col, value, style)

wb.save(str(OUT))
print(OUT)
