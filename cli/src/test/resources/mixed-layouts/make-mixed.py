#!/usr/bin/env python3
"""Makes the mixed-layout fixtures: a crawler's dump of a report whose tables 二 and 三 come as digits joined to their
labels (the joined-cells layout) while table 四 comes space-separated, one row of 15 numbers (the pdf-text layout).
Made from the corpus's joined-cells reports (formats/corpus/files/joined-cells), one per edition; their values are
unchanged, so each expected.json is the corpus's own.
Also the page copies whose table 三 is pipe rows (`| 一、本年新收… | 1706 | … |`, or without the leading pipe) while 二 and
四 are PDF text (mixed-pipe-*): the corpus's pdf-text report with its table 三 taken from the same report's pipe-rows
rendering. Run from this folder: python3 make-mixed.py"""
import json
import re
import pathlib
import shutil

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parents[4] / "formats" / "corpus" / "files" / "joined-cells"
GROUPS = ["review", "lawsuitDirect", "lawsuitAfterReview"]
COLUMNS = ["upheld", "corrected", "other", "pending", "total"]

for stem, name in [("syn01", "mixed-2019"), ("syn07", "mixed-2021")]:
    expected = json.loads((CORPUS / f"{stem}.expected.json").read_text(encoding="utf-8"))
    row = [expected[f"reviewsAndLawsuits.{g}.{c}"] for g in GROUPS for c in COLUMNS]
    joined = "".join(str(v) for v in row)
    text = (CORPUS / f"{stem}.txt").read_text(encoding="utf-8")
    assert text.count("\n" + joined + "\n") == 1, f"{stem}: table 四's joined row not found once"
    text = text.replace("\n" + joined + "\n", "\n" + " ".join(str(v) for v in row) + "\n")
    (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
    shutil.copy(CORPUS / f"{stem}.expected.json", HERE / f"{name}.expected.json")


def section(text, start, end):
    """The lines of table 三: from its heading to the line before table 四's."""
    lines = text.split("\n")
    first = next(i for i, line in enumerate(lines) if re.match(start, line))
    last = next(i for i, line in enumerate(lines) if re.match(end, line))
    return lines, first, last


THREE, FOUR = r"三、收到和处理政府信息公开申请情况", r"四、政府信息公开行政复议"
for stem, name in [("syn06", "mixed-pipe-2019"), ("syn12", "mixed-pipe-2021")]:
    files = HERE.parents[4] / "formats" / "corpus" / "files"
    pdf, p0, p1 = section((files / "pdf-text" / f"{stem}.txt").read_text(encoding="utf-8"), THREE, FOUR)
    pipes, q0, q1 = section((files / "pipe-rows" / f"{stem}.txt").read_text(encoding="utf-8"), THREE, FOUR)
    (HERE / f"{name}.txt").write_text("\n".join(pdf[:p0] + pipes[q0:q1] + pdf[p1:]), encoding="utf-8")
    shutil.copy(files / "pdf-text" / f"{stem}.expected.json", HERE / f"{name}.expected.json")

