#!/usr/bin/env python3
"""Reports as other tools export them, made from the corpus's own files, whose expected values they keep (the
markup changes, the report does not):

files/html-fragments/  HTML fragments as content management systems export a report: the article's markup without <html>, <head> or
<body>, saved as .txt, .htm or with no extension, in the look of real government sites (a TRS editor <div>, inline
styles whose widths and font sizes carry digits, cell widths, a picture's file name and a link). Made from the
corpus's own HTML pages (files/html/).
files/markdown/        Markdown as pandoc or an editor writes it (.md): headings with #, each table's first row
                       followed by a |---| delimiter row; made from the pipe-row texts (files/pipe-rows/).

    python3 formats/corpus/make_exports.py      # rewrites both folders
"""
import pathlib
import re
import shutil

HERE = pathlib.Path(__file__).resolve().parent
SOURCE = HERE / "files" / "html"
OUT = HERE / "files" / "html-fragments"
PIPES = HERE / "files" / "pipe-rows"
MARKDOWN = HERE / "files" / "markdown"
HEADING = re.compile(r"^[一二三四五六七八九十]+、")


def body_of(page):
    body = page[page.index("<body>") + len("<body>"):page.rindex("</body>")]
    return body.strip("\n")


def cms_look(body):
    """Inline styles, cell widths in pixels, a picture and a link, as a TRS or Kindeditor export has them."""
    body = body.replace('<p style="text-indent: 2em">',
                        '<p style="text-indent:2em;font-size:16px;line-height:28px;margin:0px 0px 12px">'
                        '<span style="font-family:仿宋_GB2312;font-size:21px">')
    body = re.sub(r'(<p style="text-indent:2em;[^"]*"><span[^>]*>)(.*?)</p>', r'\1\2</span></p>', body)
    body = body.replace("<td", '<td style="width:149px;border:1px solid #000;padding:0px 7px" width="149"')
    body = body.replace('<table class="', '<table style="width:596px;border-collapse:collapse" class="')
    head = ('<div class="TRS_Editor"><style type="text/css">\n.TRS_Editor P{margin-top:0px;margin-bottom:12px;'
            'line-height:1.8;font-size:16pt;}\n.TRS_Editor TD{font-size:12pt;}\n</style>\n'
            '<p style="text-align:center"><img src="/picture/0/2003151103295219372.jpg" width="600" height="80"'
            ' border="0"></p>\n')
    tail = ('\n<p>附件：<a href="http://www.example.gov.cn/module/download/downfile.jsp?classid=0&filename='
            '2003151103329.pdf">2019年度报告.pdf</a></p>\n</div>\n')
    return head + body + tail


def markdown_of(text):
    """# for the title, ## for the section headings, a delimiter row under each table's first row."""
    lines = text.split("\n")
    out = ["# " + lines[0]]
    delimited = "|---" in text  # the pipe-row text has its delimiter rows already
    in_table = False
    for line in lines[1:]:
        if line.startswith("|"):
            out.append(line)
            if not in_table and not delimited:
                out.append("|" + "|".join(["---"] * (line.count("|") - 1)) + "|")
            in_table = True
            continue
        if line.strip():
            in_table = False
        out.append("## " + line if HEADING.match(line) else line)
    return "\n".join(out)


def write_markdown():
    if MARKDOWN.exists():
        shutil.rmtree(MARKDOWN)
    MARKDOWN.mkdir()
    for report in ("syn05", "syn06"):  # the two whose rows are "| a | b |", as Markdown writes them
        text = (PIPES / f"{report}.txt").read_text(encoding="utf-8")
        (MARKDOWN / f"{report}.md").write_text(markdown_of(text), encoding="utf-8")
        shutil.copy(PIPES / f"{report}.expected.json", MARKDOWN / f"{report}.expected.json")


def main():
    if OUT.exists():
        shutil.rmtree(OUT)
    OUT.mkdir()
    plan = [("syn02", "syn02.txt", False), ("syn03", "syn03.htm", True), ("syn04", "syn04", True),
            ("syn05", "syn05.txt", True)]
    for report, name, styled in plan:
        page = (SOURCE / f"{report}.html").read_text(encoding="utf-8")
        body = body_of(page)
        text = cms_look(body) if styled else body + "\n"
        (OUT / name).write_text(text, encoding="utf-8")
        shutil.copy(SOURCE / f"{report}.expected.json", OUT / f"{name}.expected.json"
                    if "." not in name else OUT / (name.rsplit(".", 1)[0] + ".expected.json"))


if __name__ == "__main__":
    main()
    write_markdown()
