#!/usr/bin/env python3
"""Makes the narrative fixtures: corpus reports whose overview restates their key numbers in words, as real reports
do (共收到政府信息公开申请N件，其中予以公开N件，部分公开N件; 全年发生政府信息公开行政复议N件、行政诉讼N件; 全年主动公开
规章N件、行政规范性文件N件; 收取信息处理费0元), the sentences appended to the overview's paragraphs on 依申请公开 and
主动公开 (both to the first where the overview has no paragraph on 主动公开). A fixture states the table's numbers (agree), a few other numbers (disagree: the table's values stand where
they are read from their own cells; where the reader split a run by arithmetic alone, the values of that run become
null), or numbers of tables the text no longer holds (a cut-off report: the text never fills a cell). The expected
values are the base file's, with those runs null. Run from this folder: python3 make-narrative.py"""
import json
import re
import pathlib

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parents[4] / "formats" / "corpus" / "files"
REVIEWS = [f"reviewsAndLawsuits.{g}.{c}" for g in ("review", "lawsuitDirect", "lawsuitAfterReview")
           for c in ("upheld", "corrected", "other", "pending", "total")]
ROWS = [f"applications.disclosed.{c}" for c in ("naturalPerson", "business", "research", "publicWelfare",
                                                "legalService", "other", "total")]

# name, base file, numbers changed in the text ({statement: change}), paths the disagreement leaves null
FIXTURES = [
    ("agree-2019", "pdf-text/syn01", {}, []),
    ("agree-2021", "cell-dump/syn10", {}, []),
    ("disagree-2019", "web-page/syn04", {"received": 3, "review": 1}, []),
    ("disagree-2021", "pdf-text/syn07", {"disclosed": -2, "normative": 1}, []),
    ("table-cut-off-2019", "cut-off/syn04", {}, []),
    ("table-cut-off-2021", "cut-off/syn08", {}, []),
    ("split-row-disagrees-2019", "joined-cells/syn01", {"review": 2}, REVIEWS),
    ("split-row-disagrees-2021", "joined-cells/syn07", {"disclosed": 1}, ROWS),
]


def said(truth, changes):
    """The sentences restating the report's numbers (its complete values, {@code truth}), some changed."""
    def n(key, value):
        return value + changes.get(key, 0)
    edition = truth["edition"]
    column = "issued" if edition == "2021" else "newlyPublished"
    lawsuits = truth["reviewsAndLawsuits.lawsuitDirect.total"] + truth["reviewsAndLawsuits.lawsuitAfterReview.total"]
    applications = (f"{truth['reportYear']}年，本机关共收到政府信息公开申请"
                    f"{n('received', truth['applications.newlyReceived.total'])}件，其中予以公开"
                    f"{n('disclosed', truth['applications.disclosed.total'])}件，部分公开"
                    f"{truth['applications.partiallyDisclosed.total']}件；全年发生政府信息公开行政复议"
                    f"{n('review', truth['reviewsAndLawsuits.review.total'])}件、行政诉讼{lawsuits}件；"
                    f"全年收取信息处理费0元。")
    active = (f"全年主动公开规章{truth['activeDisclosure.regulations.' + column]}件、行政规范性文件"
              f"{n('normative', truth['activeDisclosure.normativeDocuments.' + column])}件。")
    return applications, active


def appended(text, mark, sentence):
    """The text with {@code sentence} at the end of the overview's paragraph (（一）主动公开。…) headed {@code mark}."""
    lines = text.split("\n")
    at = [i for i, line in enumerate(lines) if re.match(r"[\s\u3000]*[（(][一二三四五六][）)]" + mark, line)]
    assert len(at) == 1, f"{mark} not found once"
    lines[at[0]] = lines[at[0]] + sentence
    return "\n".join(lines)


for name, base, changes, nulls in FIXTURES:
    report = base.split("/")[1]
    truth = json.loads((CORPUS / "pdf-text" / f"{report}.expected.json").read_text(encoding="utf-8"))
    expected = json.loads((CORPUS / f"{base}.expected.json").read_text(encoding="utf-8"))
    applications, active = said(truth, changes)
    text = (CORPUS / f"{base}.txt").read_text(encoding="utf-8")
    if "主动公开。" in text:
        text = appended(appended(text, "依申请公开。", applications), "主动公开。", active)
    else:  # an overview without its own paragraph on 主动公开 says it after the applications
        text = appended(text, "依申请公开。", applications + active)
    for path in nulls:
        expected[path] = None
    (HERE / f"{name}.txt").write_text(text, encoding="utf-8")
    (HERE / f"{name}.expected.json").write_text(json.dumps(expected, ensure_ascii=False, indent=1) + "\n",
                                                encoding="utf-8")
