#!/usr/bin/env python3
"""Restyles a generated report page (formats/corpus/files/html) into the official template's printed look.

Real 政府信息公开工作年度报告 are typed in Word from the template and printed or exported as PDF; their tables look
unlike the corpus's plain grids, and the OCR must read them as they are:
  - Word-style tables: 0.5 pt black rules, tight cell padding, a SimSun-like serif (Noto Serif CJK SC);
  - header rows shaded grey (第二十条第(八)项 on a grey band, the header rows of tables 三 and 四);
  - the vertical header 三、本年度办理结果 written one character per line down its merged column;
  - narrow label columns, so that labels such as 1．本机关不掌握相关政府信息 wrap onto two lines beside one line of
    digits; label type smaller than the digits (small label type beside larger digits);
  - `- N -` page numbers in the footer, under the table;
  - body text in 16 pt 仿宋-like type, so that table 三 breaks over two pages, with its header rows repeated on the
    next page (--repeat-header) or not.

Usage: official_look.py SOURCE.html OUT.html [--shade D9D9D9] [--repeat-header] [--label-pt 9] [--digit-pt 10.5]
                        [--body-pt 16] [--pad N]
       official_look.py --word-rules DOCUMENT.odt
--pad adds N empty paragraphs before section 三 to move table 三's page break (which row the break falls on).
--word-rules rewrites the cell borders of an ODT (LibreOffice's import of the HTML page, which turns border="1" into
grey hairlines and ignores CSS cell borders) into Word's default rules: 0.5 pt solid black.
Only the Python standard library is used; the values and labels are the source's, untouched.
"""
import argparse
import re
import sys

HEADER_ROWS = {"active": None, "applications": 3, "reviews": 3}


def digits_only(cell_html):
    text = re.sub(r"<[^>]+>", "", cell_html).strip()
    return re.fullmatch(r"[-0-9.,万元]+", text) is not None


def restyle_table(table_html, kind, args):
    rows = re.findall(r"<tr>.*?</tr>", table_html, flags=re.S)
    out = []
    for index, row in enumerate(rows):
        cells = re.findall(r"<td([^>]*)>(.*?)</td>", row, flags=re.S)
        if kind == "active":
            # a 第二十条 band and the 信息内容 row under it are the shaded headers of table 二
            header = all(not digits_only(c) for _, c in cells)
        else:
            header = index < HEADER_ROWS[kind]
        new_cells = []
        for attrs, content in cells:
            attrs = re.sub(r'\s*width="[^"]*"', "", attrs)
            plain = re.sub(r"<br>", "", content)
            if plain.startswith("三、本年度") and "办理结果" in plain:
                # one character per line down the merged column, as typed in the template
                content = "<br>".join(plain)
                attrs += ' align="center" valign="middle"'
            is_value = digits_only(content)
            size = args.digit_pt if is_value else args.label_pt
            style = f'font-size:{size}pt;'
            if header and args.shade:
                attrs += f' bgcolor="#{args.shade}"'
            if not is_value and kind == "applications" and not header:
                attrs += ' valign="middle"'
            new_cells.append(f'<td{attrs} style="{style}">{content}</td>')
        tr = "<tr>" + "".join(new_cells) + "</tr>"
        out.append((header, tr))
    widths = colgroup(kind)
    head = "".join(tr for header, tr in out if header) if kind != "active" else ""
    body = "".join(tr for header, tr in out if not header or kind == "active")
    table = f'<table class="{kind}" border="1" cellspacing="0" cellpadding="2" width="100%">{widths}'
    if args.repeat_header and head:
        return table + f"<thead>{head}</thead><tbody>{body}</tbody></table>"
    return table + head + body + "</table>"


def colgroup(kind):
    if kind == "applications":
        # vertical header, group header, label, seven value columns: the label column is narrow, labels wrap
        percents = [5, 9, 20] + [9.4] * 7
    elif kind == "reviews":
        percents = [100 / 15] * 15
    else:
        percents = [31, 23, 23, 23]
    return "".join(f'<col width="{p:.1f}%">' for p in percents)


def word_rules(odt):
    """Every drawn cell border of the document's tables as 0.5 pt solid black, in place."""
    import shutil
    import tempfile
    import zipfile
    with zipfile.ZipFile(odt) as z:
        entries = [(i, z.read(i.filename)) for i in z.infolist()]
    out = tempfile.NamedTemporaryFile(delete=False, suffix=".odt").name
    with zipfile.ZipFile(out, "w") as z:
        for info, data in entries:
            if info.filename == "content.xml":
                text = data.decode("utf-8")
                text = re.sub(r'(fo:border(?:-left|-right|-top|-bottom)?)="(?!none)[^"]*"', r'\1="0.5pt solid #000000"',
                              text)
                data = text.encode("utf-8")
            z.writestr(info, data)  # the mimetype entry stays first and stored, as ODF wants
    shutil.move(out, odt)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "--word-rules":
        return word_rules(sys.argv[2])
    parser = argparse.ArgumentParser()
    parser.add_argument("source")
    parser.add_argument("out")
    parser.add_argument("--shade", default="D9D9D9", help="header band colour (hex), '' for none")
    parser.add_argument("--repeat-header", action="store_true")
    parser.add_argument("--label-pt", type=float, default=9)
    parser.add_argument("--digit-pt", type=float, default=10.5)
    parser.add_argument("--body-pt", type=float, default=16)
    parser.add_argument("--pad", type=int, default=0)
    args = parser.parse_args()
    page = open(args.source, encoding="utf-8").read()
    for kind in HEADER_ROWS:
        page = re.sub(rf'<table class="{kind}".*?</table>', lambda m: restyle_table(m.group(0), kind, args), page,
                      flags=re.S)
    style = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2.54cm 2.8cm 2.54cm 2.8cm; }}
body {{ font-family: "Noto Serif CJK SC", "SimSun", serif; font-size: {args.body_pt}pt; }}
h1 {{ font-family: "Noto Sans CJK SC", "SimHei", sans-serif; font-size: 20pt; text-align: center; font-weight: normal; }}
h2 {{ font-family: "Noto Sans CJK SC", "SimHei", sans-serif; font-size: {args.body_pt}pt; font-weight: normal; }}
p {{ margin-top: 0; margin-bottom: 0; line-height: 150%; }}
table {{ border-collapse: collapse; }}
td {{ font-family: "Noto Serif CJK SC", "SimSun", serif; border: 0.5pt solid #000000; }}
</style>"""
    page = re.sub(r"<style>.*?</style>", lambda m: style, page, flags=re.S)
    if args.pad:
        page = page.replace("<h2>三、", "<p>&nbsp;</p>" * args.pad + "<h2>三、", 1)
    footer = ('<div title="footer"><p align="center" style="font-size:14pt">- '
              '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield> -</p></div>')
    page = page.replace("<body>", "<body>" + footer, 1)
    open(args.out, "w", encoding="utf-8").write(page)


if __name__ == "__main__":
    sys.exit(main())
