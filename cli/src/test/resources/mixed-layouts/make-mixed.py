#!/usr/bin/env python3
"""Makes the mixed-layout fixtures: a crawler's dump of a report whose tables 二 and 三 come as digits joined to their
labels (the joined-cells layout) while table 四 comes space-separated, one row of 15 numbers (the pdf-text layout).
Made from the corpus's joined-cells reports (formats/corpus/files/joined-cells), one per edition; their values are
unchanged, so each expected.json is the corpus's own. Run from this folder: python3 make-mixed.py"""
import json
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
