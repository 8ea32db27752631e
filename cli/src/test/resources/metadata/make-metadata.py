#!/usr/bin/env python3
"""Makes the metadata fixtures: corpus reports (text and HTML pages) that name their body in only one place the
reader must find, as held-out real reports do: the sentence announcing the report (特向社会公布益阳高新区市场监督管理局
2020年度…, 现公布泰州医药高新区（高港区）商务局2023年…), a title without 政府 (会同县林业局信息公开工作年度报告), or a
CMS page's info bar (发布机构 | 医药高新区(高港区)商务局). Everywhere else the body is gone: the title keeps only its
year and report name, the contact line says 本机关, the signature keeps only its date. A last page names its body
only in page chrome (the page head's site name, 来源：, the footer's 主办单位, the next report's link): its
organization stays null. The values are the base file's. Run from this folder: python3 make-metadata.py"""
import json
import pathlib
import re

HERE = pathlib.Path(__file__).resolve().parent
CORPUS = HERE.parents[4] / "formats" / "corpus" / "files"

# name, base file, how the body is named: (where, body)
FIXTURES = [
    ("announcing-sentence-2020.txt", "web-page/syn06.txt", ("特向社会公布", "益阳高新区市场监督管理局")),
    ("announcing-sentence-2023.html", "html/syn09.html", ("现公布", "泰州医药高新区（高港区）商务局")),
    ("title-without-zhengfu-2021.txt", "cell-dump/syn07.txt", ("title", "会同县林业局")),
    ("info-bar-2022.html", "html/syn12.html", ("info-bar", "医药高新区(高港区)商务局")),
    ("info-bar-2020.txt", "cms-pages/syn05.txt", ("info-bar", "凤台县柳林乡人民政府")),
    ("only-page-chrome-names-the-body-2020.txt", "cms-pages/syn05.txt", ("chrome", None)),
]


def renamed(text, org, year, where, body):
    short = org.replace("人民政府", "")
    names = f"(?:{re.escape(org)}|{re.escape(short)})"
    out = []
    for line in text.split("\n"):
        bare = re.sub(r"<[^>]+>", "", line).strip(" \u3000")
        if re.fullmatch(names, bare):
            continue  # the signature's name: the date below it stays
        if "现公布" + org in line:
            said = {"特向社会公布": f"特向社会公布{body}{year}年度", "现公布": f"现公布{body}{year}年"}.get(where)
            line = line.replace(f"现公布{org}{year}年", said or f"现公布本机关{year}年")
        line = line.replace(f"请与{org}", "请与本机关")
        title = re.search(names + r"(\s*" + str(year) + r"\s*年度?\s*政府信息公开工作年度报告)", line)
        if title and len(bare) < 80 and "上一篇" not in line and "下一篇" not in line:
            line = line.replace(title.group(0), f"{body}信息公开工作年度报告" if where == "title"
                                else title.group(1))
            if where == "info-bar" and (line.startswith("<h1") or line.strip(" \u3000") == title.group(1)):
                line += "\n" + (f"<p>发布机构 | {body}　发布日期：2023-02-20</p>" if line.startswith("<h1")
                                else f"发布机构 | {body}")
        out.append(line)
    return "\n".join(out)


for name, base, (where, body) in FIXTURES:
    stem = base.rsplit(".", 1)[0]
    expected = json.loads((CORPUS / f"{stem}.expected.json").read_text(encoding="utf-8"))
    org = expected["organization"]
    text = renamed((CORPUS / base).read_text(encoding="utf-8"), org, expected["reportYear"], where, body)
    if body is not None and not base.startswith("cms-pages/"):  # a CMS page names it in its chrome too
        assert text.count(body) == 1, f"{name}: the body must be named once, here {text.count(body)} times"
    expected["organization"] = None if body is None else body.replace("（", "(").replace("）", ")")
    (HERE / name).write_text(text, encoding="utf-8")
    (HERE / (name.rsplit(".", 1)[0] + ".expected.json")).write_text(
        json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
