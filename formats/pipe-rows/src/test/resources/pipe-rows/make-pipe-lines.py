#!/usr/bin/env python3
"""Makes the pipe-line fixtures: a page copy writing one cell per line with a line of `|` alone between the cells
of a row and a blank line after each row, as some HTML-to-text copies of report pages do. Made from the corpus's
pipe-rows reports (formats/corpus/files/pipe-rows), one per edition, by breaking every table row into its cells;
their values are unchanged, so each expected.json is the corpus's own. Run from this folder:
python3 make-pipe-lines.py"""
import pathlib
import re
import shutil

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parents[4] / "corpus" / "files" / "pipe-rows"

for stem, name in [("syn06", "city-bureau-pipe-lines-2019"), ("syn12", "county-bureau-pipe-lines-2021")]:
    out = []
    for line in (CORPUS / f"{stem}.txt").read_text(encoding="utf-8").split("\n"):
        if "|" not in line:
            out.append(line)
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r"[-:\s]*", c) for c in cells):
            continue  # a spacer or a Markdown rule row
        out.extend("\n|\n".join(cells).split("\n") + [""])
    (HERE / f"{name}.txt").write_text("\n".join(out), encoding="utf-8")
    shutil.copy(CORPUS / f"{stem}.expected.json", HERE / f"{name}.expected.json")
