#!/usr/bin/env python3
"""Synthetic test corpus for gioreport (政府信息公开工作年度报告 -> canonical JSON).

Makes ~12 synthetic annual reports (editions "2019" and "2021"), renders each as an
HTML page with the official table structure, converts it to DOCX and PDF with
LibreOffice (headless), extracts the PDF text with pdftotext, and writes text
layouts that imitate the real seed fixtures (pdf-text, cell-dump, web-page), variants of
real-world classes (joined cells, page footers, wrapped labels, full-width digits, one
2021 其他处理 row, CMS pages, pipe-delimited rows, cut-off reports, UTF-16 and BOM-marked text), a few damaged variants and one GB18030-encoded copy.  Beside every input file it writes
<stem>.expected.json: a flat map path -> value, the same format as
shared/fixtures/seeds/*.expected.json.  See README.md beside this script.

Python 3 standard library only.  Deterministic for a given --seed (the DOCX/PDF
bytes carry LibreOffice timestamps, their text does not change).

usage: generate_corpus.py [--out DIR] [--seed N] [--no-office] [--check]
"""
import argparse
import datetime
import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# Field paths (a copy of shared/tools/fields.py, so the corpus stands alone;
# --check compares the two when shared/ is beside the repository).
# ---------------------------------------------------------------------------
COLS = ["naturalPerson", "business", "research", "publicWelfare", "legalService", "other", "total"]
SIX = COLS[:6]
REVIEW = ["upheld", "corrected", "other", "pending", "total"]
GROUPS = ["review", "lawsuitDirect", "lawsuitAfterReview"]
ND = ["stateSecret", "prohibitedByLaw", "securityStability", "thirdPartyRights",
      "internalAffairs", "processInformation", "enforcementFiles", "queryMatters"]
UP = ["notHeld", "needsCreation", "unclearAfterCorrection"]
NP = ["complaints", "duplicates", "publications", "excessive", "confirmations"]
OHD = ["overdueCorrection", "unpaidFees", "other"]
ROWS_COMMON = (["newlyReceived", "carriedOver", "disclosed", "partiallyDisclosed"]
               + ["notDisclosed." + r for r in ND] + ["unableToProvide." + r for r in UP]
               + ["notProcessed." + r for r in NP] + ["otherHandling"])
ROWS_2021 = ["otherHandlingDetail." + r for r in OHD]
ROWS_TAIL = ["totalHandled", "carriedForward"]
OUTCOME_ROWS = (["disclosed", "partiallyDisclosed"] + ["notDisclosed." + r for r in ND]
                + ["unableToProvide." + r for r in UP] + ["notProcessed." + r for r in NP])
A = "activeDisclosure."
META = ["edition", "reportYear", "organization", "publishedOn"]


def active_fields(edition):
    if edition == "2019":
        out = [A + o + "." + c for o in ["regulations", "normativeDocuments"] for c in ["newlyMade", "newlyPublished", "totalPublished"]]
        out += [A + o + "." + c for o in ["licensing", "otherServices", "penalties", "coercion"] for c in ["previousYear", "change", "decisions"]]
        out += [A + "fees.previousYear", A + "fees.change", A + "procurement.projects", A + "procurement.amount"]
    else:
        out = [A + o + "." + c for o in ["regulations", "normativeDocuments"] for c in ["issued", "repealed", "inForce"]]
        out += [A + o + ".decisions" for o in ["licensing", "penalties", "coercion"]]
        out += [A + "fees.amount"]
    return out


def app_rows(edition):
    return ROWS_COMMON + (ROWS_2021 if edition == "2021" else []) + ROWS_TAIL


def numeric_fields(edition):
    return (active_fields(edition)
            + ["applications." + r + "." + c for r in app_rows(edition) for c in COLS]
            + ["reviewsAndLawsuits." + g + "." + c for g in GROUPS for c in REVIEW])


# ---------------------------------------------------------------------------
# The plan: which reports, which deliberate errors, which damaged variants.
# ---------------------------------------------------------------------------
# kind: town | street | bureau | office ; scale: rough size of applications total
PLAN = [
    dict(id="syn01", edition="2019", year=2019, org="清河县白石镇人民政府", kind="town", scale=90),
    dict(id="syn02", edition="2019", year=2020, org="临川市自然资源和规划局", kind="bureau", scale=900,
         errors=[("applications.totalHandled.total", +1,
                  "三（七）总计 row, 总计 column off by one from the sum of its six columns")]),
    dict(id="syn03", edition="2019", year=2020, org="江屿市南湖区城市管理和综合执法局", kind="bureau", scale=260),
    dict(id="syn04", edition="2019", year=2019, org="云溪县人民政府办公室", kind="office", scale=200),
    dict(id="syn05", edition="2019", year=2020, org="凤台县柳林乡人民政府", kind="town", scale=110),
    dict(id="syn06", edition="2019", year=2020, org="江屿市市场监督管理局", kind="bureau", scale=2600),
    dict(id="syn07", edition="2021", year=2021, org="梅岭县人力资源和社会保障局", kind="bureau", scale=180),
    dict(id="syn08", edition="2021", year=2022, org="安澜市东川区桂花街道办事处", kind="street", scale=150),
    dict(id="syn09", edition="2021", year=2023, org="石门县卫生健康局", kind="bureau", scale=330,
         errors=[("reviewsAndLawsuits.review.total", +1,
                  "行政复议 总计 off by one from 维持+纠正+其他+尚未审结"),
                 ("applications.partiallyDisclosed.total", -1,
                  "三（二）部分公开 row, 总计 column off by one from the sum of its six columns")]),
    dict(id="syn10", edition="2021", year=2021, org="宁远县青石镇人民政府", kind="town", scale=70),
    dict(id="syn11", edition="2021", year=2024, org="北岸市生态环境局", kind="bureau", scale=1400),
    dict(id="syn12", edition="2021", year=2022, org="兴平县住房和城乡建设局", kind="bureau", scale=500),
]
# damaged variants: (new id, report id, base text layout, damage list)
#   ("cut", row)            the whole applications row is gone (page break)
#   ("drop", row, col)      the number is gone from the row, the others close up
#   ("blank", row, col)     the cell is there but empty
DAMAGED = [
    ("syn01-cut2", "syn01", "pdf-text", [("cut", "notDisclosed.internalAffairs"), ("cut", "notDisclosed.processInformation")]),
    ("syn04-cut1", "syn04", "web-page", [("cut", "carriedForward")]),
    ("syn05-drop1", "syn05", "pdf-text", [("drop", "disclosed", "total")]),
    ("syn08-cut1", "syn08", "cell-dump", [("cut", "otherHandlingDetail.unpaidFees")]),
    ("syn11-blank1", "syn11", "cell-dump", [("blank", "carriedOver", "business")]),
]
ENCODED = ("syn07", "pdf-text")   # one copy of a text layout in GB18030
# pdf-text copies in UTF-16 and BOM-marked UTF-8: (report, file suffix, BOM written, encoding of the bytes)
UTF16 = [("syn02", "utf16le-bom", "\ufeff", "utf-16-le"), ("syn05", "utf16be", "", "utf-16-be"),
         ("syn08", "utf8-bom", "\ufeff", "utf-8"), ("syn11", "utf16le", "", "utf-16-le")]

TEXT_LAYOUTS = ["pdf-text", "cell-dump", "web-page"]
OFFICE_LAYOUTS = ["docx", "doc", "pdf", "pdftotext", "pdftotext-layout"]


# ---------------------------------------------------------------------------
# Values
# ---------------------------------------------------------------------------
def split_int(rng, total, weights):
    """Distribute `total` over len(weights) bins (multinomial by weight)."""
    out = [0] * len(weights)
    if total <= 0:
        return out
    s = float(sum(weights))
    cum, acc = [], 0.0
    for w in weights:
        acc += w / s
        cum.append(acc)
    if total > 400:   # fast path: proportional shares plus random remainder
        for i, w in enumerate(weights):
            out[i] = int(total * w / s * rng.uniform(0.85, 1.15))
        diff = total - sum(out)
        while diff != 0:
            i = rng.randrange(len(weights))
            if weights[i] == 0:
                continue
            if diff > 0:
                out[i] += 1; diff -= 1
            elif out[i] > 0:
                out[i] -= 1; diff += 1
        return out
    for _ in range(total):
        x = rng.random()
        for i, c in enumerate(cum):
            if x <= c:
                out[i] += 1
                break
        else:
            out[-1] += 1
    return out


def make_applications(rng, edition, scale):
    v = {}
    # column shares: natural persons dominate; research / public welfare are rare
    colw = [rng.uniform(0.55, 0.8), rng.uniform(0.08, 0.2), rng.choice([0, 0.02, 0.03]),
            rng.choice([0, 0.02, 0.04]), rng.uniform(0.01, 0.06), rng.uniform(0.02, 0.08)]
    handled_total = max(8, int(scale * rng.uniform(0.8, 1.1)))
    handled = split_int(rng, handled_total, colw)
    rows_out = OUTCOME_ROWS + (["otherHandlingDetail." + r for r in OHD] if edition == "2021" else ["otherHandling"])
    base_w = {"disclosed": 8.0, "partiallyDisclosed": 2.0, "unableToProvide.notHeld": 3.0,
              "notProcessed.complaints": 1.2, "notProcessed.duplicates": 1.0}
    roww = []
    for r in rows_out:
        w = base_w.get(r, rng.uniform(0.15, 0.6))
        if rng.random() < 0.08 and r not in base_w:
            w = 0.0          # a row nobody used
        roww.append(w)
    for ci, c in enumerate(SIX):
        parts = split_int(rng, handled[ci], roww)
        for r, n in zip(rows_out, parts):
            v[f"applications.{r}.{c}"] = n
        if edition == "2021":
            v[f"applications.otherHandling.{c}"] = sum(v[f"applications.otherHandlingDetail.{r}.{c}"] for r in OHD)
        v[f"applications.totalHandled.{c}"] = handled[ci]
        cf = rng.randint(0, max(0, handled[ci] // 8)) if handled[ci] else 0
        co = rng.randint(0, min(handled[ci] + cf, max(1, handled[ci] // 6))) if handled[ci] + cf else 0
        v[f"applications.carriedForward.{c}"] = cf
        v[f"applications.carriedOver.{c}"] = co
        v[f"applications.newlyReceived.{c}"] = handled[ci] + cf - co
    for r in app_rows(edition):
        v[f"applications.{r}.total"] = sum(v[f"applications.{r}.{c}"] for c in SIX)
    return v


def make_reviews(rng, scale):
    v = {}
    for g in GROUPS:
        hi = max(1, int(scale ** 0.5 / (1 if g == "review" else 2)))
        parts = [rng.randint(0, hi), rng.randint(0, max(1, hi // 3)), rng.randint(0, max(1, hi // 3)), rng.randint(0, max(1, hi // 2))]
        if rng.random() < 0.15:
            parts = [0, 0, 0, 0]
        for k, n in zip(REVIEW[:4], parts):
            v[f"reviewsAndLawsuits.{g}.{k}"] = n
        v[f"reviewsAndLawsuits.{g}.total"] = sum(parts)
    return v


def make_active(rng, edition, kind, scale):
    """Returns (values, texts) for activeDisclosure; texts holds cells written differently from str(value)."""
    v, t = {}, {}
    big = kind == "bureau"
    if edition == "2019":
        for o, hi in [("regulations", 3 if big else 1), ("normativeDocuments", 25 if big else 6)]:
            made = rng.randint(0, hi) if rng.random() < 0.7 else 0
            pub = made if rng.random() < 0.7 else max(0, made - rng.randint(0, 1))
            v[A + o + ".newlyMade"] = made
            v[A + o + ".newlyPublished"] = pub
            v[A + o + ".totalPublished"] = pub + rng.randint(0, hi * 6)
        for o in ["licensing", "otherServices", "penalties", "coercion"]:
            prev = rng.randint(0, 320 if big else 40)
            ch = rng.randint(-min(prev, 25), 30)
            if rng.random() < 0.15:
                prev, ch = 0, 0
            v[A + o + ".previousYear"] = prev
            v[A + o + ".change"] = ch
            v[A + o + ".decisions"] = rng.randint(0, 3000 if big else 150) if (prev or ch) else 0
        prev = rng.randint(0, 12)
        v[A + "fees.previousYear"] = prev
        v[A + "fees.change"] = rng.randint(-min(prev, 3), 2)
        style = rng.choice(["plain", "yuan", "wan", "comma", "plain", "wan"])
        projects = rng.randint(1, 60)
        if style == "wan":
            amount = round(rng.uniform(2, 900), rng.choice([1, 2]))
            text = f"{amount}万元"
        else:
            amount = rng.randint(20000, 40000000)
            text = {"plain": str(amount), "yuan": f"{amount}元", "comma": f"{amount:,}"}[style]
        v[A + "procurement.projects"] = projects
        v[A + "procurement.amount"] = amount
        t[A + "procurement.amount"] = text
    else:
        for o, hi in [("regulations", 3 if big else 1), ("normativeDocuments", 20 if big else 5)]:
            issued = rng.randint(0, hi) if rng.random() < 0.75 else 0
            v[A + o + ".issued"] = issued
            v[A + o + ".repealed"] = rng.randint(0, max(1, hi // 3))
            v[A + o + ".inForce"] = issued + rng.randint(0, hi * 5)
        for o in ["licensing", "penalties", "coercion"]:
            v[A + o + ".decisions"] = rng.randint(0, 3000 if big else 120) if rng.random() < 0.85 else 0
        cents = rng.randint(0, 60000 if big else 2000)
        amount = round(cents / 100.0, 2)
        v[A + "fees.amount"] = amount
        t[A + "fees.amount"] = f"{amount:.2f}" if cents % 100 else str(int(amount))
        if cents % 100 == 0:
            v[A + "fees.amount"] = int(amount)
    return v, t


CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n):
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")


def format_date(d, style):
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "iso":
        return d.isoformat()
    if style == "cnnum":
        return "".join(CN_DIGITS[int(ch)] for ch in str(d.year)) + "年" + cn_number(d.month) + "月" + cn_number(d.day) + "日"
    raise ValueError(style)


# ---------------------------------------------------------------------------
# Report model
# ---------------------------------------------------------------------------
class Cell:
    __slots__ = ("text", "rs", "cs", "path", "kind", "drop", "width")

    def __init__(self, text, rs=1, cs=1, path=None, kind="label", width=None):
        self.text, self.rs, self.cs, self.path, self.kind = text, rs, cs, path, kind
        self.drop = False
        self.width = width


def short_name(org, kind):
    return {"town": "我镇" if "镇" in org else "我乡", "street": "本街道", "bureau": "我局", "office": "我办"}[kind]


def make_report(spec, rng):
    r = dict(spec)
    ed, year = r["edition"], r["year"]
    v = {}
    act, texts = make_active(rng, ed, r["kind"], r["scale"])
    v.update(act)
    v.update(make_applications(rng, ed, r["scale"]))
    v.update(make_reviews(rng, r["scale"]))
    r["consistent"] = dict(v)
    r["errors"] = []
    for path, delta, desc in spec.get("errors", []):
        if path.startswith("reviewsAndLawsuits") and v[path] + delta < 0:
            delta = 1
        if v[path] + delta < 0:
            delta = 1
        desc = f"{desc}: written {v[path] + delta}, consistent value {v[path]}"
        r["errors"].append(dict(path=path, written=v[path] + delta, consistent=v[path], description=desc))
        v[path] = v[path] + delta
    r["values"] = v
    r["texts"] = texts
    # styles ---------------------------------------------------------------
    s = {}
    s["fw"] = rng.random() < 0.6                       # full-width brackets （一）
    s["normdoc"] = ("行政规范性文件" if rng.random() < 0.75 else "规范性文件") if ed == "2021" else ("规范性文件" if rng.random() < 0.75 else "行政规范性文件")
    s["note"] = rng.choice(["note", "note", "办理情况", ""])
    s["br"] = rng.random() < 0.5                       # <br> inside some label cells
    s["quotes"] = rng.choice(["“”", '""'])
    s["partial_long"] = rng.random() < 0.7
    s["prohibited"] = "2.其他法律行政法规禁止公开" if rng.random() < 0.8 else "2.其他法律法规禁止公开"
    s["numsep"] = rng.choice([".", ".", "．", "、"])
    s["slash"] = rng.choice(["/", "/", "／"])
    s["title"] = rng.choice(["plain", "niandu", "spaced", "split", "plain", "split"])
    s["date_style"] = rng.choice(["cn", "cn", "iso", "cnnum", "cn0"])
    r["style"] = s
    # title/date overrides for variety that must be present at least once
    if r["id"] == "syn03":
        s["title"] = "yearfirst"
    if r["id"] == "syn05":
        s["title"] = "noGov"
    if r["id"] in ("syn04", "syn10"):
        r["published"] = None
    else:
        r["published"] = datetime.date(year + 1, rng.randint(1, 3), rng.randint(1, 28))
    if r["id"] == "syn06":
        s["date_style"] = "cnnum"
    if r["id"] == "syn12":
        s["date_style"] = "iso"
    r["narr"] = make_narrative(r, rng)
    return r


def bracket(s, n):
    cn = "一二三四五六七八九"[n - 1]
    return f"（{cn}）" if s["fw"] else f"({cn})"


def item(s, n, text):
    return f"{n}{s['numsep']}{text}"


def app_labels(r):
    s = r["style"]
    q1, q2 = s["quotes"][0], s["quotes"][1]
    lab = {
        "newlyReceived": "一、本年新收政府信息公开申请数量",
        "carriedOver": "二、上年结转政府信息公开申请数量",
        "disclosed": bracket(s, 1) + "予以公开",
        "partiallyDisclosed": bracket(s, 2) + ("部分公开（区分处理的，只计这一情形，不计其他情形）" if s["partial_long"] else "部分公开"),
        "otherHandling": bracket(s, 6) + "其他处理",
        "totalHandled": bracket(s, 7) + "总计",
        "carriedForward": "四、结转下年度继续办理",
    }
    nd = ["属于国家秘密", s["prohibited"][2:], f"危及{q1}三安全一稳定{q2}", "保护第三方合法权益",
          "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"]
    for i, k in enumerate(ND):
        lab["notDisclosed." + k] = item(s, i + 1, nd[i])
    up = ["本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"]
    for i, k in enumerate(UP):
        lab["unableToProvide." + k] = item(s, i + 1, up[i])
    np_ = ["信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"]
    for i, k in enumerate(NP):
        lab["notProcessed." + k] = item(s, i + 1, np_[i])
    oh = ["申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
          "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"]
    for i, k in enumerate(OHD):
        lab["otherHandlingDetail." + k] = item(s, i + 1, oh[i])
    return lab


def maybe_br(r, text, at):
    """Insert a line break (rendered as <br>) after `at` characters when the report style says so."""
    if r["style"]["br"] and 0 < at < len(text):
        return text[:at] + "\n" + text[at:]
    return text


def cell_text(r, path):
    v = r["values"][path]
    return r["texts"].get(path, str(v))


def num(r, path):
    return Cell(cell_text(r, path), path=path, kind="num")


def active_table(r):
    s, ed = r["style"], r["edition"]
    sl = s["slash"]
    fw = s["fw"]
    def art(n):
        return f"第二十条第（{n}）项" if fw else f"第二十条第({n})项"
    rows = []
    if ed == "2019":
        rows.append([Cell(art("一"), cs=4, kind="head")])
        rows.append([Cell("信息内容", kind="head", width=28), Cell(maybe_br(r, "本年新制作数量", 3), kind="head", width=24),
                     Cell(maybe_br(r, "本年新公开数量", 3), kind="head", width=24), Cell("对外公开总数量", kind="head", width=24)])
        for o, lab in [("regulations", "规章"), ("normativeDocuments", s["normdoc"])]:
            rows.append([Cell(lab)] + [num(r, A + o + "." + c) for c in ["newlyMade", "newlyPublished", "totalPublished"]])
        for n, pairs in [("五", [("licensing", "行政许可"), ("otherServices", "其他对外管理服务事项")]),
                         ("六", [("penalties", "行政处罚"), ("coercion", "行政强制")])]:
            rows.append([Cell(art(n), cs=4, kind="head")])
            rows.append([Cell("信息内容", kind="head"), Cell("上一年项目数量", kind="head"),
                         Cell(f"本年增{sl}减", kind="head"), Cell("处理决定数量", kind="head")])
            for o, lab in pairs:
                rows.append([Cell(lab)] + [num(r, A + o + "." + c) for c in ["previousYear", "change", "decisions"]])
        rows.append([Cell(art("八"), cs=4, kind="head")])
        rows.append([Cell("信息内容", kind="head"), Cell("上一年项目数量", kind="head"), Cell(f"本年增{sl}减", cs=2, kind="head")])
        rows.append([Cell("行政事业性收费"), num(r, A + "fees.previousYear"), Cell(cell_text(r, A + "fees.change"), cs=2, path=A + "fees.change", kind="num")])
        rows.append([Cell(art("九"), cs=4, kind="head")])
        rows.append([Cell("信息内容", kind="head"), Cell("采购项目数量", kind="head"), Cell("采购总金额", cs=2, kind="head")])
        rows.append([Cell("政府集中采购"), num(r, A + "procurement.projects"),
                     Cell(cell_text(r, A + "procurement.amount"), cs=2, path=A + "procurement.amount", kind="num")])
    else:
        rows.append([Cell(art("一"), cs=4, kind="head")])
        rows.append([Cell("信息内容", kind="head", width=28), Cell("本年制发件数", kind="head", width=24),
                     Cell("本年废止件数", kind="head", width=24), Cell("现行有效件数", kind="head", width=24)])
        for o, lab in [("regulations", "规章"), ("normativeDocuments", s["normdoc"])]:
            rows.append([Cell(lab)] + [num(r, A + o + "." + c) for c in ["issued", "repealed", "inForce"]])
        for n, pairs in [("五", [("licensing", "行政许可")]), ("六", [("penalties", "行政处罚"), ("coercion", "行政强制")])]:
            rows.append([Cell(art(n), cs=4, kind="head")])
            rows.append([Cell("信息内容", kind="head"), Cell("本年处理决定数量", cs=3, kind="head")])
            for o, lab in pairs:
                p = A + o + ".decisions"
                rows.append([Cell(lab), Cell(cell_text(r, p), cs=3, path=p, kind="num")])
        rows.append([Cell(art("八"), cs=4, kind="head")])
        rows.append([Cell("信息内容", kind="head"), Cell("本年收费金额（单位：万元）", cs=3, kind="head")])
        p = A + "fees.amount"
        rows.append([Cell("行政事业性收费"), Cell(cell_text(r, p), cs=3, path=p, kind="num")])
    return rows


def app_table(r):
    s, ed = r["style"], r["edition"]
    lab = app_labels(r)
    note = {"note": "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" if s["fw"]
            else "(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)",
            "办理情况": "办理情况", "": ""}[s["note"]]
    rows = [
        [Cell(note, rs=3, cs=3, kind="head", width=40), Cell("申请人情况", cs=7, kind="head")],
        [Cell("自然人", rs=2, kind="head", width=8), Cell("法人或其他组织", cs=5, kind="head"), Cell("总计", rs=2, kind="head", width=8)],
        [Cell(maybe_br(r, "商业企业", 2), kind="head", width=9), Cell(maybe_br(r, "科研机构", 2), kind="head", width=9),
         Cell(maybe_br(r, "社会公益组织", 4), kind="head", width=9), Cell(maybe_br(r, "法律服务机构", 4), kind="head", width=9),
         Cell("其他", kind="head", width=8)],
    ]

    def nums(row):
        return [num(r, f"applications.{row}.{c}") for c in COLS]

    rows.append([Cell(lab["newlyReceived"], cs=3)] + nums("newlyReceived"))
    rows.append([Cell(lab["carriedOver"], cs=3)] + nums("carriedOver"))
    span = 2 + len(ND) + len(UP) + len(NP) + (3 if ed == "2021" else 1) + 1
    g3 = Cell(maybe_br(r, "三、本年度办理结果", 5), rs=span, width=8)
    rows.append([g3, Cell(lab["disclosed"], cs=2)] + nums("disclosed"))
    rows.append([Cell(lab["partiallyDisclosed"], cs=2)] + nums("partiallyDisclosed"))
    for grp, keys, title in [("notDisclosed", ND, bracket(s, 3) + "不予公开"),
                             ("unableToProvide", UP, bracket(s, 4) + "无法提供"),
                             ("notProcessed", NP, bracket(s, 5) + "不予处理")]:
        for i, k in enumerate(keys):
            row = f"{grp}.{k}"
            head = [Cell(title, rs=len(keys), width=10)] if i == 0 else []
            rows.append(head + [Cell(lab[row])] + nums(row))
    if ed == "2021":
        for i, k in enumerate(OHD):
            row = "otherHandlingDetail." + k
            head = [Cell(lab["otherHandling"], rs=3)] if i == 0 else []
            rows.append(head + [Cell(lab[row])] + nums(row))
    else:
        rows.append([Cell(lab["otherHandling"], cs=2)] + nums("otherHandling"))
    rows.append([Cell(lab["totalHandled"], cs=2)] + nums("totalHandled"))
    rows.append([Cell(lab["carriedForward"], cs=3)] + nums("carriedForward"))
    return rows


def review_table(r):
    labels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    br = r["style"]["br"]
    def lb(t):
        return t[:2] + "\n" + t[2:] if br and len(t) == 4 else t
    rows = [[Cell("行政复议", cs=5, kind="head"), Cell("行政诉讼", cs=10, kind="head")],
            [Cell(lb(t), rs=2, kind="head") for t in labels]
            + [Cell("未经复议直接起诉", cs=5, kind="head"), Cell("复议后起诉", cs=5, kind="head")],
            [Cell(lb(t), kind="head") for t in labels] * 2,
            [num(r, f"reviewsAndLawsuits.{g}.{c}") for g in GROUPS for c in REVIEW]]
    return rows


# ---------------------------------------------------------------------------
# Narrative
# ---------------------------------------------------------------------------
def make_narrative(r, rng):
    org, year, kind = r["org"], r["year"], r["kind"]
    me = short_name(org, kind)
    ed = r["edition"]
    doc_no = "国办公开办函〔2019〕60号" if ed == "2019" else "国办公开办函〔2021〕30号"
    phone = f"0{rng.randint(310, 919)}-{rng.randint(2000000, 8999999)}"
    office = {"town": "党政办公室", "street": "党政办公室", "bureau": "办公室", "office": "政务公开科"}[kind]
    n = lambda lo, hi: rng.randint(lo, hi)
    intro = (f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室"
             f"关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》（{doc_no}）要求，现公布{org}{year}年政府信息公开工作年度报告。"
             f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。如对本报告有疑问，请与{org}{office}联系（电话：{phone}）。")
    overview = [
        f"{year}年，{me}坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实《条例》，坚持“以公开为常态、不公开为例外”，"
        f"围绕中心工作，持续深化政务公开，切实保障人民群众的知情权、参与权、表达权和监督权。",
    ]
    parts = [
        ("主动公开", f"全年通过政府门户网站主动公开政府信息{n(40, 900)}条，其中机构职能类{n(3, 30)}条，政策文件类{n(2, 40)}条，"
                     f"财政预决算类{n(1, 12)}条，工作动态类{n(20, 400)}条，主动公开内容更加全面。"),
        ("依申请公开", "进一步规范依申请公开受理、审查、答复等环节，严格在法定期限内答复，答复文书格式规范、告知权利完整。"),
        ("政府信息管理", f"严格落实“先审查、后公开”和“一事一审”制度，全年开展保密审查{n(30, 600)}次，动态调整政府信息公开目录。"),
        ("平台建设", f"发挥政府网站第一平台作用，同步通过政务新媒体发布信息{n(50, 1500)}条，在办事大厅设置政府信息查阅点{n(1, 4)}个。"),
        ("监督保障", f"将政务公开纳入年度绩效考核，组织业务培训{n(1, 9)}次，未发生因政府信息公开引发的责任追究情况。"),
    ]
    rng.shuffle(parts)
    k = rng.randint(3, 5)
    for i, (head, body) in enumerate(parts[:k]):
        overview.append(f"{bracket(r['style'], i + 1)}{head}。{body}")
    problems = [
        f"{year}年，{me}政府信息公开工作取得一定成效，但仍存在一些不足：一是政策解读形式不够丰富；二是部分信息更新不够及时；"
        f"三是工作人员业务能力有待提升。",
        f"下一步，{me}将加强业务培训，完善信息发布审核机制，丰富图解、视频等解读形式，推动政务公开工作提质增效。",
    ]
    if ed == "2021":
        other = rng.choice([f"{me}{year}年度未收取政府信息公开信息处理费。",
                            f"依据《政府信息公开信息处理费管理办法》，{me}{year}年度未发出收费通知，未收取信息处理费。"])
    else:
        other = rng.choice(["无。", "无其他需要报告的事项。", "暂无。"])
    return dict(intro=intro, overview=overview, problems=problems, other=other)


def title_lines(r):
    org, year, st = r["org"], r["year"], r["style"]["title"]
    if st == "plain":
        return [f"{org}{year}年政府信息公开工作年度报告"]
    if st == "niandu":
        return [f"{org}{year}年度政府信息公开工作年度报告"]
    if st == "spaced":
        return [f"{org} {year} 年政府信息公开工作年度报告"]
    if st == "split":
        return [org, f"{year}年政府信息公开工作年度报告"]
    if st == "yearfirst":
        return [f"{year}年度{org}政府信息公开工作报告"]
    if st == "noGov":
        return [f"{org.replace('人民政府', '')}{year}年政府信息公开工作年度报告"]
    raise ValueError(st)


def date_text(r):
    return format_date(r["published"], r["style"]["date_style"]) if r["published"] else None


def build_doc(r):
    """The document as blocks: ('title', lines) ('p', text) ('h', text) ('table', name, rows) ('sign', org, date)."""
    nr = r["narr"]
    blocks = [("title", title_lines(r)), ("p", nr["intro"]), ("h", "一、总体情况")]
    blocks += [("p", t) for t in nr["overview"]]
    blocks += [("h", "二、主动公开政府信息情况"), ("table", "active", active_table(r)),
               ("h", "三、收到和处理政府信息公开申请情况"), ("table", "applications", app_table(r)),
               ("h", "四、政府信息公开行政复议、行政诉讼情况"), ("table", "reviews", review_table(r)),
               ("h", "五、存在的主要问题及改进情况")]
    blocks += [("p", t) for t in nr["problems"]]
    blocks += [("h", "六、其他需要报告的事项"), ("p", nr["other"]), ("sign", r["org"], date_text(r))]
    return blocks


def table_paths(rows):
    return [c.path for row in rows for c in row if c.path]


def expected_map(r, nulls=()):
    v = dict(r["values"])
    for p in nulls:
        v[p] = None
    if r["edition"] == "2021":   # otherHandling is derived from its three detail rows
        for c in COLS:
            parts = [v[f"applications.otherHandlingDetail.{k}.{c}"] for k in OHD]
            v[f"applications.otherHandling.{c}"] = None if any(x is None for x in parts) else sum(parts)
    out = {"edition": r["edition"], "reportYear": r["year"], "organization": r["org"],
           "publishedOn": r["published"].isoformat() if r["published"] else None}
    for p in numeric_fields(r["edition"]):
        out[p] = v[p]
    return out


# ---------------------------------------------------------------------------
# Table geometry
# ---------------------------------------------------------------------------
def expand(rows):
    """Per row: list of (cell, is_start) in column order; a rowspan continuation
    appears as (origin cell, False) once per row, a colspan cell once."""
    occ = {}
    out = []
    for ri, row in enumerate(rows):
        entries, c, i = [], 0, 0
        while i < len(row) or (ri, c) in occ:
            if (ri, c) in occ:
                cell = occ[(ri, c)]
                if not entries or entries[-1][0] is not cell:
                    entries.append((cell, False))
                c += 1
                continue
            cell = row[i]
            i += 1
            entries.append((cell, True))
            for dr in range(cell.rs):
                for dc in range(cell.cs):
                    if dr or dc:
                        occ[(ri + dr, c + dc)] = cell
            c += cell.cs
        out.append(entries)
    return out


def cut_row(rows, idx):
    """Remove row idx; cells spanning into it from above shrink."""
    assert all(c.rs == 1 for c in rows[idx]), "cannot cut a row that starts a rowspan"
    ex = expand(rows)
    for ri in range(idx):
        for cell, start in ex[ri]:
            if start and ri + cell.rs > idx:
                cell.rs -= 1
    removed = [c.path for c in rows[idx] if c.path]
    del rows[idx]
    return removed


def find_row(rows, row_name):
    for i, row in enumerate(rows):
        for c in row:
            if c.path and c.path.startswith(f"applications.{row_name}."):
                return i
    raise KeyError(row_name)


# ---------------------------------------------------------------------------
# Rendering: HTML
# ---------------------------------------------------------------------------
def esc_cell(text):
    return "<br>".join(html.escape(t, quote=False) for t in text.split("\n"))


def render_html(r, blocks):
    out = ['<!DOCTYPE html>', '<html lang="zh-CN">', '<head>', '<meta charset="utf-8">',
           f'<title>{html.escape(" ".join(title_lines(r)))}</title>',
           '<style>',
           'body { font-family: "Noto Sans CJK SC", "SimSun", sans-serif; font-size: 12pt; }',
           'h1 { font-family: "Noto Sans CJK SC", "SimHei", sans-serif; font-size: 18pt; text-align: center; }',
           'h2 { font-family: "Noto Sans CJK SC", "SimHei", sans-serif; font-size: 13pt; }',
           'table { border-collapse: collapse; }',
           'td { font-family: "Noto Sans CJK SC", "SimSun", sans-serif; font-size: 9pt; border: 1px solid #000; }',
           '</style>', '</head>', '<body>']
    for b in blocks:
        if b[0] == "title":
            out.append('<h1 align="center">' + "<br>".join(html.escape(t) for t in b[1]) + '</h1>')
        elif b[0] == "h":
            out.append(f'<h2>{html.escape(b[1])}</h2>')
        elif b[0] == "p":
            out.append(f'<p style="text-indent: 2em">{html.escape(b[1])}</p>')
        elif b[0] == "table":
            out.append(f'<table class="{b[1]}" border="1" cellspacing="0" cellpadding="3" width="100%">')
            for row in b[2]:
                tds = []
                for c in row:
                    attrs = ""
                    if c.rs > 1:
                        attrs += f' rowspan="{c.rs}"'
                    if c.cs > 1:
                        attrs += f' colspan="{c.cs}"'
                    if c.width:
                        attrs += f' width="{c.width}%"'
                    if c.kind in ("num", "head"):
                        attrs += ' align="center"'
                    tds.append(f'<td{attrs}>{esc_cell(c.text)}</td>')
                out.append('<tr>' + "".join(tds) + '</tr>')
            out.append('</table>')
        elif b[0] == "sign":
            out.append('<p>&nbsp;</p>')
            out.append(f'<p align="right">{html.escape(b[1])}</p>')
            if b[2]:
                out.append(f'<p align="right">{html.escape(b[2])}</p>')
    out += ['</body>', '</html>', '']
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Rendering: text layouts
# ---------------------------------------------------------------------------
def space_digits(text):
    """pdf text extractors put spaces between CJK and ASCII digits: '2020 年'."""
    text = re.sub(r"(?<=[\u4e00-\u9fff（）《》，。：])(\d+)", r" \1", text)
    return re.sub(r"(\d)(?=[\u4e00-\u9fff])", r"\1 ", text)


def chunk(text, width):
    """Break a label the way a narrow PDF cell does: spaces every `width` characters."""
    text = text.replace("\n", "")
    if len(text) <= width:
        return text
    return " ".join(text[i:i + width] for i in range(0, len(text), width))


def render_pdf_text(r, blocks, rng):
    """Tab-separated cells, imitating seeds 000/002."""
    L = ["", ""]
    for b in blocks:
        if b[0] == "title":
            if len(b[1]) == 1 and rng.random() < 0.5:
                L += [space_digits(b[1][0]), ""]
            else:
                for t in b[1]:
                    L += [space_digits(t), ""]
        elif b[0] == "h":
            L += [b[1] + rng.choice(["", "", "。"]), ""]
        elif b[0] == "p":
            L += [space_digits(b[1]), ""]
            if rng.random() < 0.12:
                L += [str(rng.randint(1, 3)), ""]          # a stray page number
        elif b[0] == "table":
            L += pdf_text_table(r, b[1], b[2], rng) + [""]
        elif b[0] == "sign":
            L += [b[1], ""]
            if b[2]:
                L += [b[2], ""]
            if rng.random() < 0.5:
                L += ["经办人：", "", "分管领导："]
    return "\n".join(L) + "\n"


def pdf_text_table(r, name, rows, rng):
    ex = expand(rows)
    lines = []
    width = rng.choice([5, 6, 7])
    if name == "reviews":
        head_style = rng.choice(["garbage", "garbage", "rows"])
        if head_style == "garbage":
            labels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
            garb = [t[-1] for t in labels] + [""] + [t[1] if len(t) == 4 else t[-1] for t in labels] + [t[-1] for t in labels]
            lines.append("\t".join(garb[:16]))
            ex = ex[3:]
    for ri, entries in enumerate(ex):
        cells = []
        has_num = any(c.kind == "num" for c, _ in entries)
        for cell, start in entries:
            if cell.drop:
                continue
            if not start:
                cells.append("")
                continue
            t = cell.text.replace("\n", "")
            if cell.kind == "label" and cell.rs > 2 and rng.random() < 0.5:
                t = chunk(t, 2)                               # 三、 本年 度办 理结 果
            elif cell.kind == "label" and name == "applications" and len(t) > width and rng.random() < 0.7:
                t = chunk(t, width)
            elif cell.kind == "head" and name == "applications" and len(t) <= 6 and rng.random() < 0.4:
                t = chunk(t, 2)                               # 社会 公益 组织
            cells.append(t)
            if cell.cs > 1 and cell.kind != "num":
                cells += [""] * (cell.cs - 1 if rng.random() < 0.6 else 1)
        # quirk: the leading empty continuation cells get lost and the label drifts
        if has_num and cells and cells[0] == "" and rng.random() < 0.1:
            while cells and cells[0] == "":
                cells.pop(0)
            cells.insert(1, "")
        line = "\t".join(cells)
        if rng.random() < (0.6 if name == "applications" else 0.2):
            line += "\t"
        # a label too long for its cell wraps onto a line of its own after the numbers
        if has_num and name == "applications" and rng.random() < 0.08:
            labs = [i for i, c in enumerate(cells) if c and not re.fullmatch(r"[-\d.,万元 　]+", c)]
            lab_idx = labs[-1] if labs else None
            if lab_idx is not None and len(cells[lab_idx]) > 4:
                tail = cells[lab_idx][-1]
                cells[lab_idx] = cells[lab_idx][:-1]
                line = "\t".join(cells) + "\t"
                lines += [line, "", "\t" * lab_idx + tail + "\t" * (len(cells) - lab_idx - 1)]
                continue
        # header rows sometimes come out as two lines (text wrapped inside the cells)
        if not has_num and rng.random() < 0.25 and len(cells) > 2:
            a, bb = [], []
            for c in cells:
                k = (len(c) + 1) // 2 if len(c) > 3 else len(c)
                a.append(c[:k]); bb.append(c[k:])
            lines += ["\t".join(a), "", "\t".join(bb)]
            continue
        lines.append(line)
    return lines


def num_cell_dump(text, rng, style):
    if style == "fw" and rng.random() < 0.5:
        return "　　" + text
    if style == "sp":
        return rng.choice([" " + text, text + " ", " " + text])
    return text


def render_cell_dump(r, blocks, rng):
    """One cell per line with a tab prefix, blank line between rows (seeds 001/003)."""
    style = rng.choice(["fw", "sp", "plain"])
    L = []
    for b in blocks:
        if b[0] == "title":
            L.append(" " + "".join(b[1]) if rng.random() < 0.5 else "".join(b[1]))
            if rng.random() < 0.5:
                L.append(" ")
        elif b[0] == "h":
            L.append(b[1])
        elif b[0] == "p":
            L.append(("　　" if rng.random() < 0.3 else "") + b[1])
        elif b[0] == "table":
            ex = expand(b[2])
            for entries in ex:
                for cell, start in entries:
                    if cell.drop:
                        continue
                    if not start:
                        L.append("\t")
                    elif cell.kind == "num":
                        L.append("\t" + (num_cell_dump(cell.text, rng, style) if cell.text else ""))
                    else:
                        L.append("\t" + cell.text)    # a multi-line cell continues without tab
                L.append("")
            L.append("")
        elif b[0] == "sign":
            L += ["", " ", "　" + " " * 28 + "　" + b[1]]
            if b[2]:
                L.append("　" + " " * 28 + "　" + b[2])
            L.append(" ")
    return "\n".join(L) + "\n"


def render_web_page(r, blocks, rng):
    """4-space indented blocks separated by blank lines, with site chrome (seed 004)."""
    title = "".join(title_lines(r))
    L = [title]
    if r["published"]:
        posted = r["published"] + datetime.timedelta(days=rng.randint(0, 9))
        L.append(f"    时间:{posted.isoformat()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}")
    else:
        L.append(f"    来源:{r['org']}    浏览次数:{rng.randint(30, 900)}")
    L += ["", "    " + title, "", "     ", ""]
    mangle = rng.random() < 0.5     # the page copy loses some punctuation, like seed 004
    for b in blocks:
        if b[0] == "title":
            continue
        if b[0] in ("h", "p"):
            L += ["    " + b[1], ""]
        elif b[0] == "table":
            for row in b[2]:
                for cell in row:
                    if cell.drop:
                        continue
                    t = cell.text
                    if mangle and cell.kind != "num":
                        t = t.replace("“", "").replace("”", "").replace("减", "") if "增" in t or "“" in t else t
                    L += ["\n".join("    " + x for x in t.split("\n")), ""]
        elif b[0] == "sign":
            L += ["     ", "", "    " + b[1], ""]
            if b[2]:
                L += [" " * 85 + b[2], ""]
            L += ["     ", "", "     ", ""]
    L += ["    附件下载", "", "    扫一扫在手机上查看当前页面", "",
          "    相关解读", "    文字解读", "    图片解读", "    视频解读", "    访谈解读", "    媒体报道"]
    return "\n".join(L) + "\n"


RENDERERS = {"pdf-text": render_pdf_text, "cell-dump": render_cell_dump, "web-page": render_web_page}


# ---------------------------------------------------------------------------
# Joined cells: a crawler's get_text() of the page, no separators between cells
# ---------------------------------------------------------------------------
JOINED_LAYOUTS = ["joined-cells", "joined-cells-table"]   # one line per table row; one line per table
CELL_SHAPES = {"count": (re.compile(r"0|[1-9]\d{0,8}"), 9),
               "change": (re.compile(r"0|[+\-−－]?[1-9]\d{0,8}"), 10),
               "amount": (re.compile(r"(0|[1-9]\d{0,11}|[1-9]\d{0,2}(,\d{3})+)(\.\d{1,8})?"), 24)}


def joined_splits(text, kinds, rules):
    """Every split of `text` into len(kinds) cells of their shapes where each rule (parts, total) holds:
    the expected answer, computed independently of the Java splitter."""
    out, cells = [], [None] * len(kinds)

    def walk(col, at):
        if col == len(kinds):
            if at == len(text):
                out.append(list(cells))
            return
        total = [parts for parts, t in rules if t == col]
        if total:
            want = str(sum(int(cells[q]) for q in total[0]))
            options = [want] if text.startswith(want, at) else []
        else:
            options = [text[at:at + n] for n in range(1, CELL_SHAPES[kinds[col]][1] + 1) if at + n <= len(text)]
        for c in options:
            if CELL_SHAPES[kinds[col]][0].fullmatch(c):
                cells[col] = c
                walk(col + 1, at + len(c))
        cells[col] = None
    walk(0, 0)
    return out


def kind_of(path):
    return "change" if path.endswith(".change") else "amount" if path.endswith(".amount") else "count"


def joined_rows(r):
    """The data rows of the three tables as (table, row paths, run text without unit)."""
    out = []
    for b in build_doc(r):
        if b[0] != "table":
            continue
        for row in b[2]:
            paths = [c.path for c in row if c.path]
            if paths:
                run = "".join(cell_text(r, p) for p in paths)
                out.append((b[1], paths, re.sub(r"万?元$", "", run)))
    return out


def joined_nulls(r):
    """The paths a joined-cells reading cannot prove: rows whose run has no unique split under the
    template's rules (cell shapes; row totals; in table 三 the balance and outcome rules across rows)."""
    ed = r["edition"]
    decided, cand = {}, {}
    for table, paths, run in joined_rows(r):
        if len(paths) == 1:
            continue                       # one column: the run is the cell
        rules = []
        if table == "applications":
            rules = [(list(range(6)), 6)]
        elif table == "reviews":
            rules = [(list(range(g * 5, g * 5 + 4)), g * 5 + 4) for g in range(3)]
        sp = joined_splits(run, [kind_of(p) for p in paths], rules)
        row = paths[0].rsplit(".", 1)[0]
        decided[row] = (paths, sp)
        if table == "applications" and sp:
            cand[row.split(".", 1)[1]] = [[int(x) for x in c] for c in sp]
    outcome = [x for x in OUTCOME_ROWS] + (["otherHandlingDetail." + k for k in OHD] if ed == "2021" else ["otherHandling"])
    rules = []
    if all(x in cand for x in ["newlyReceived", "carriedOver", "totalHandled", "carriedForward"]):
        rules.append((["newlyReceived", "carriedOver"], ["totalHandled", "carriedForward"]))
    if "totalHandled" in cand and all(x in cand for x in outcome):
        rules.append((["totalHandled"], outcome))
    open_rows = []
    for left, right in rules:
        for x in left + right:
            if len(cand[x]) > 1 and x not in open_rows:
                open_rows.append(x)
    chosen = {}
    if open_rows:
        used = {x: set() for x in open_rows}
        import itertools
        for pick in itertools.product(*[range(len(cand[x])) for x in open_rows]):
            val = lambda x, c: cand[x][pick[open_rows.index(x)] if x in open_rows else 0][c]
            if all(sum(val(x, c) for x in left) == sum(val(x, c) for x in right) for left, right in rules for c in range(7)):
                for x, i in zip(open_rows, pick):
                    used[x].add(i)
        chosen = {x: next(iter(u)) for x, u in used.items() if len(u) == 1}
    nulls = []
    for row, (paths, sp) in decided.items():
        if len(sp) == 1 or row.split(".", 1)[-1] in chosen and row.startswith("applications."):
            continue
        nulls.append((row, paths, "no split fits" if not sp else f"{len(sp)} splits fit"))
    return nulls


def joined_line(row):
    return "".join(c.text.replace("\n", "") for c, start in row if start and not c.drop)


def render_joined(r, blocks, rng, whole_table):
    """get_text() of the page: every block a line, a table row's cells run together without a separator;
    with `whole_table`, a whole table on one line."""
    L = ["".join(title_lines(r))]
    for b in blocks:
        if b[0] == "title":
            continue
        if b[0] in ("h", "p"):
            L.append(b[1])
        elif b[0] == "table":
            rows = [joined_line(row) for row in expand(b[2])]
            L += ["".join(rows)] if whole_table else [x for x in rows if x]
        elif b[0] == "sign":
            L.append(b[1])
            if b[2]:
                L.append(b[2])
    return "\n".join(L) + "\n"


RENDERERS["joined-cells"] = lambda r, blocks, rng: render_joined(r, blocks, rng, False)
RENDERERS["joined-cells-table"] = lambda r, blocks, rng: render_joined(r, blocks, rng, True)


# ---------------------------------------------------------------------------
# Text variants: classes of real input drawn from the same reports, each with its own random stream
# (seeded by report and variant), so adding one never changes another folder's bytes.
# ---------------------------------------------------------------------------
VARIANTS = ["page-footers", "wrapped-labels", "full-width", "other-handling-one-row", "cms-pages",
            "pipe-rows", "cut-off", "utf16"]
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
# a data row of PDF text: its label cells, then the row's numbers (tab-separated, maybe trailing tabs)
PDF_ROW = re.compile(r"^(?P<label>.*[\u4e00-\u9fff）)”\"])(?P<nums>(\t+[-+]?[\d.,]+(万元|元)?)+\t*)$")
NO_LINE_START = "．、）”，。：；"
NO_LINE_END = "（“"


def table_spans(lines, first_heading, next_heading):
    """Indexes of the lines between two section headings (the table of that section)."""
    start = next(i for i, x in enumerate(lines) if x.startswith(first_heading))
    end = next(i for i, x in enumerate(lines) if i > start and x.startswith(next_heading))
    return range(start + 1, end)


def page_number_text(rng, page, pages):
    return rng.choice([f"- {page} -", f"第{page}页", f"第 {page} 页 共 {pages} 页", f"— {page} —", f"{page}/{pages}"])


def render_page_footers(r, blocks, rng):
    """pdf-text with the furniture of a page break (a page number, often the repeated report title as the next
    page's header) inside table rows, between a row's label and its numbers, and between rows."""
    lines = render_pdf_text(r, blocks, rng).split("\n")
    active = [i for i in table_spans(lines, "二、主动公开", "三、收到和处理") if PDF_ROW.match(lines[i])]
    apps = [i for i in table_spans(lines, "三、收到和处理", "四、政府信息公开") if PDF_ROW.match(lines[i])]
    breaks = sorted({rng.choice(active), rng.choice(apps[:len(apps) // 2]), rng.choice(apps[len(apps) // 2:])})
    pages = len(breaks) + rng.randint(1, 3)
    header = space_digits("".join(title_lines(r)))
    out = []
    for i, line in enumerate(lines):
        if i not in breaks:
            out.append(line)
            continue
        page = breaks.index(i) + 1
        furniture = [page_number_text(rng, page, pages)]
        if rng.random() < 0.6:
            furniture += ["", header]
        if rng.random() < 0.7:          # inside the row: the label ends one page, the numbers start the next
            m = PDF_ROW.match(line)
            out += [m.group("label")] + furniture + [m.group("nums").lstrip("\t")]
        else:                           # between this row and the one before
            out += furniture + [line]
    return "\n".join(out)


def wrap_point(label, rng):
    """A place where Chinese line breaking may wrap the label, in its middle third."""
    points = [k for k in range(len(label) // 3, 2 * len(label) // 3 + 1)
              if 0 < k < len(label) and label[k] not in NO_LINE_START and label[k - 1] not in NO_LINE_END
              and not (label[k - 1].isdigit() or label[k - 1] in "一二三四五六七八九十")]
    return rng.choice(points) if points else None


def render_wrapped_labels(r, blocks, rng):
    """pdf-text where a long row label of table 三 is taller than its row: the first part of the label stands on
    the line above the numbers and the rest on the line below, before the next row's label."""
    lines = render_pdf_text(r, blocks, rng).split("\n")
    rows = set(table_spans(lines, "三、收到和处理", "四、政府信息公开"))
    out = []
    for i, line in enumerate(lines):
        m = PDF_ROW.match(line) if i in rows else None
        cells = m.group("label").split("\t") if m else []
        label = cells[-1].replace(" ", "") if cells else ""
        at = wrap_point(label, rng) if len(label) >= 8 else None
        if at is None or rng.random() < 0.3:
            out.append(line)
            continue
        prefix = "\t".join(cells[:-1])
        out += [(prefix + "\t" if cells[:-1] else "") + label[:at],
                "\t" * len(cells) + m.group("nums").lstrip("\t"),
                "\t" * (len(cells) - 1) + label[at:]]
    return "\n".join(out)


def full_width_blocks(r):
    blocks = build_doc(r)
    for b in blocks:
        if b[0] == "table":
            for row in b[2]:
                for c in row:
                    if c.kind == "num":
                        c.text = c.text.translate(FULL_WIDTH)
    return blocks


def one_other_handling_row_blocks(r):
    """2021 table 三 with （六）其他处理 printed as one row of numbers instead of its three detail rows."""
    blocks = build_doc(r)
    rows = [b for b in blocks if b[0] == "table" and b[1] == "applications"][0][2]
    first = find_row(rows, "otherHandlingDetail.overdueCorrection")
    group = [c for c in rows[find_row(rows, "disclosed")] if c.rs > 2][0]
    group.rs -= 2
    label = app_labels(r)["otherHandling"]
    rows[first:first + 3] = [[Cell(label, cs=2)] + [num(r, f"applications.otherHandling.{c}") for c in COLS]]
    return blocks


def site_of(org):
    m = re.match(r"(.+?[县市])(.+?区)?", org)
    return m.group(1) + (m.group(2) or "") + "人民政府"


NAV = ["首页", "机构概况", "领导信息", "机构职能", "内设机构", "政务公开", "政府信息公开指南", "政府信息公开制度",
       "法定主动公开内容", "政府信息公开年报", "政策文件", "政策解读", "财政预决算", "重点领域信息公开", "人事信息",
       "政务服务", "办事指南", "便民服务", "互动交流", "领导信箱", "在线访谈", "征集调查", "专题专栏",
       "优化营商环境", "乡村振兴", "走进本地", "概况", "历史沿革", "旅游资源", "新闻中心", "图片新闻", "通知公告"]


def render_cms_page(r, blocks, rng):
    """A government CMS page as served and copied: long navigation menus before the title, a breadcrumb, an
    info bar, the report as one cell per line, then a footer of link lists and site lines after the signature."""
    title = "".join(title_lines(r))
    site = site_of(r["org"])
    region = site[:-4]
    L = [f"{title}_{site}", "无障碍浏览 | 长者模式 | 繁體 | 登录 | 注册", "请输入关键字", "搜索"]
    L += [x.replace("本地", region) for x in NAV if rng.random() < 0.85]
    L += [f"当前位置：首页 > 政务公开 > 政府信息公开年报 > {rng.choice([r['org'], '部门年报', '年度报告'])}", "", title]
    posted = (r["published"] or datetime.date(r["year"] + 1, 2, 1)) + datetime.timedelta(days=rng.randint(0, 9))
    L += [f"发布时间：{posted.isoformat()} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}　"
          f"来源：{rng.choice([r['org'], site + '办公室'])}　浏览次数：{rng.randint(30, 3000)}　【字号：大 中 小】", ""]
    for b in blocks:
        if b[0] in ("h", "p"):
            L += [b[1], ""]
        elif b[0] == "table":
            for row in b[2]:
                for cell in row:
                    L += [cell.text, ""]
        elif b[0] == "sign":
            L += [b[1]] + ([b[2]] if b[2] else []) + [""]
    other_year = r["year"] - 1
    L += ["【打印本页】【关闭窗口】", f"上一篇：{r['org']}{other_year}年政府信息公开工作年度报告",
          f"下一篇：{region}医疗保障局{r['year']}年政府信息公开工作年度报告", "相关链接", "中国政府网", "省人民政府"]
    links = [f"{region}发展和改革委", f"{region}财政局", f"{region}总工会", f"{region}卫生健康委", f"{region}统计局",
             f"第{rng.randint(3, 30)}届{region}农民运动会", f"{region}红十字会", f"{region}教育局"]
    rng.shuffle(links)
    L += links[:rng.randint(4, len(links))]
    province = rng.choice("湘川豫冀鲁苏浙赣皖闽")
    L += ["网站地图 | 联系我们 | 隐私声明", f"主办单位：{site}办公室　承办单位：{site}办公室信息中心",
          f"网站标识码：{rng.randint(1000000000, 9999999999)}　{province}ICP备{rng.randint(10000000, 99999999)}号-1",
          f"{province}公网安备 {rng.randint(10000000000000, 99999999999999)}号", "技术支持：某某网络科技有限公司"]
    return "\n".join(L) + "\n"


PIPE_STYLES = ["leading", "no-leading", "spacer", "cell-per-line", "markdown"]


def pipe_table(rows, style):
    """One table as pipe-delimited rows. A rowspan's continuation holds no cell, except in a Markdown table, whose
    rows all have the table's width (an empty cell where a merged cell continues, as PDF-to-Markdown writes it)."""
    ex = expand(rows)
    width = max(sum(c.cs if s else 1 for c, s in entries) for entries in ex)
    out = []
    for ri, entries in enumerate(ex):
        if style == "markdown":
            cells = []
            for cell, start in entries:
                cells += [cell.text.replace("\n", "") if start else ""] + [""] * ((cell.cs if start else 1) - 1)
            cells += [""] * (width - len(cells))
            out.append("| " + " | ".join(cells) + " |")
            if ri == 0:
                out.append("|" + "---|" * width)
            continue
        cells = [cell.text.replace("\n", "") for cell, start in entries if start and not cell.drop]
        if style == "cell-per-line":
            out += [c + " |" for c in cells] + [""]
        elif style == "leading":
            out.append("| " + " | ".join(cells) + " |")
        else:
            out.append(" | ".join(cells) + " |")
            if style == "spacer":
                out.append("|" * (len(cells) + 1))
    return out


def render_pipe_rows(r, blocks, style):
    """The report as a converter writes it: paragraphs as lines, each table row as pipe-delimited cells."""
    L = []
    for b in blocks:
        if b[0] == "title":
            L += ["".join(b[1]), ""]
        elif b[0] in ("h", "p"):
            L += [b[1], ""]
        elif b[0] == "table":
            L += pipe_table(b[2], style) + [""]
        elif b[0] == "sign":
            L += [b[1]] + ([b[2]] if b[2] else []) + [""]
    return "\n".join(L)


CUT_KINDS = ["after-active", "between-rows", "inside-row", "inside-reviews"]


def cut_blocks(r, kind, rng):
    """The report cut off (a stored page that stops): the blocks up to the cut, and the paths the text no longer
    states (the rows after the cut, and the row it cuts through)."""
    blocks = build_doc(r)
    t = {b[1]: i for i, b in enumerate(blocks) if b[0] == "table"}
    numbered = lambda rows: [i for i, row in enumerate(rows) if any(c.kind == "num" for c in row)]
    if kind == "after-active":
        keep, table, k, part = t["active"], None, None, None
    elif kind == "inside-reviews":
        keep, table = t["reviews"], "reviews"
        k = numbered(blocks[keep][2])[0]
        part = rng.randint(1, 14)
    else:
        keep, table = t["applications"], "applications"
        k = rng.choice(numbered(blocks[keep][2])[1:])
        part = rng.randint(1, 6) if kind == "inside-row" else None
    gone = []
    if table:
        rows = blocks[keep][2]
        gone = [c.path for row in rows[k:] for c in row if c.path]
        cut = rows[:k]
        if part is not None:
            row = rows[k]
            first = next(i for i, c in enumerate(row) if c.kind == "num")
            cut.append(row[:first + part])
        blocks[keep] = ("table", table, cut)
    after = [p for b in blocks[keep + 1:] if b[0] == "table" for p in table_paths(b[2])]
    return blocks[:keep + 1], gone + after


def variant_files(r, seed):
    """Yields (layout, text, expected map, damage list, base layout) for each text variant of report r."""
    rng = lambda v: random.Random(f"{seed}-{r['id']}-{v}")
    exp = expected_map(r)
    yield "page-footers", render_page_footers(r, build_doc(r), rng("page-footers")), exp, [], "pdf-text"
    yield "wrapped-labels", render_wrapped_labels(r, build_doc(r), rng("wrapped-labels")), exp, [], "pdf-text"
    n = int(r["id"][3:])
    base = TEXT_LAYOUTS[n % 3]
    yield "full-width", RENDERERS[base](r, full_width_blocks(r), rng("full-width")), exp, [], base
    if r["edition"] == "2021":
        details = [f"applications.otherHandlingDetail.{k}.{c}" for k in OHD for c in COLS]
        one = expected_map(r, details)
        for c in COLS:
            one[f"applications.otherHandling.{c}"] = r["values"][f"applications.otherHandling.{c}"]
        dmg = [dict(kind="one-other-handling-row", nullPaths=details,
                    description="（六）其他处理 is printed as one row with its numbers instead of its three detail rows: "
                                "otherHandling is stated, the detail rows are not")]
        base = TEXT_LAYOUTS[n % 3]
        yield ("other-handling-one-row", RENDERERS[base](r, one_other_handling_row_blocks(r), rng("other-handling-one-row")),
               one, dmg, base)
    yield "cms-pages", render_cms_page(r, build_doc(r), rng("cms-pages")), exp, [], "web-page"
    yield "pipe-rows", render_pipe_rows(r, build_doc(r), PIPE_STYLES[(n - 1) % len(PIPE_STYLES)]), exp, [], None
    kind = CUT_KINDS[n % len(CUT_KINDS)]
    base = ["pdf-text", "web-page"][(n + n // 4) % 2]
    crng = rng("cut-off")
    blocks, gone = cut_blocks(r, kind, crng)
    cut = expected_map(r, gone)
    cut["publishedOn"] = None        # the signature with the date is after the cut
    derived = [p for p in numeric_fields(r["edition"]) if cut[p] is None and p not in gone]
    dmg = [dict(kind="cut-off", cut=kind, nullPaths=gone,
                description="the text stops " + {"after-active": "after table 二",
                                                 "between-rows": "between two rows of table 三",
                                                 "inside-row": "inside a row of table 三 (that row is not stated)",
                                                 "inside-reviews": "inside the row of table 四 (the row is not stated)"}[kind]
                + "; every value after the cut, and the signature's date, is null")]
    if derived:
        dmg.append(dict(kind="derived-null", description="otherHandling (2021: sum of its three detail rows) is unknown",
                        nullPaths=derived))
    yield "cut-off", RENDERERS[base](r, blocks, crng), cut, dmg, base


# ---------------------------------------------------------------------------
# Cross-check rules (CANONICAL.md) for --check
# ---------------------------------------------------------------------------
def rules(m):
    """Yields (rule, operand paths, ok) for every rule whose operands are all known."""
    ed = m["edition"]
    get = m.get
    def chk(name, lhs, rhs):
        vals = [get(p) for p in lhs + rhs]
        if any(x is None for x in vals):
            return None
        return (name, lhs + rhs, abs(sum(get(p) for p in lhs) - sum(get(p) for p in rhs)) < 1e-9)
    out = []
    for row in app_rows(ed):
        out.append(chk(f"row total {row}", [f"applications.{row}.total"], [f"applications.{row}.{c}" for c in SIX]))
    for c in COLS:
        out.append(chk(f"balance {c}", [f"applications.newlyReceived.{c}", f"applications.carriedOver.{c}"],
                       [f"applications.totalHandled.{c}", f"applications.carriedForward.{c}"]))
        out.append(chk(f"handled {c}", [f"applications.totalHandled.{c}"],
                       [f"applications.{x}.{c}" for x in OUTCOME_ROWS + ["otherHandling"]]))
        if ed == "2021":
            out.append(chk(f"otherHandling {c}", [f"applications.otherHandling.{c}"],
                           [f"applications.otherHandlingDetail.{k}.{c}" for k in OHD]))
    for g in GROUPS:
        out.append(chk(f"review {g}", [f"reviewsAndLawsuits.{g}.total"], [f"reviewsAndLawsuits.{g}.{k}" for k in REVIEW[:4]]))
    for p in numeric_fields(ed):
        x = get(p)
        if x is not None and not p.endswith(".change"):
            out.append((f"non-negative {p}", [p], x >= 0))
    y = m["reportYear"]
    out.append(("edition/year", ["edition", "reportYear"], (ed == "2019" and y in (2019, 2020)) or (ed == "2021" and 2021 <= y <= 2030)))
    return [x for x in out if x]


def check_corpus(out_dir):
    """Validates every expected map listed in the manifest. Returns the number of problems."""
    problems = []
    man_path = os.path.join(out_dir, "manifest.json")
    if not os.path.exists(man_path):
        print(f"check: {man_path} missing", file=sys.stderr)
        return 1
    man = json.load(open(man_path, encoding="utf-8"))
    shared = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared", "tools", "fields.py"))
    if os.path.exists(shared):
        ns = {}
        exec(compile(open(shared, encoding="utf-8").read(), shared, "exec"), ns)
        for ed in ("2019", "2021"):
            if ns["numeric"](ed) != numeric_fields(ed):
                problems.append(f"field list for {ed} differs from {shared}")
    seen = 0
    for e in man["files"]:
        f = os.path.join(out_dir, e["file"])
        x = os.path.join(out_dir, e["expected"])
        if not os.path.exists(f):
            if e["layout"] in OFFICE_LAYOUTS:
                continue      # --no-office run without office files: nothing to judge
            problems.append(f"{e['file']}: missing")
            continue
        seen += 1
        m = json.load(open(x, encoding="utf-8"))
        unjudged = {p for d in e["damage"] for p in d.get("unjudgedPaths", [])}
        want_keys = [k for k in META + numeric_fields(m["edition"]) if k not in unjudged]
        if list(m.keys()) != want_keys:
            problems.append(f"{e['expected']}: keys differ from the field list of edition {m['edition']}")
        err_paths = {er["path"] for er in e["errors"]}
        broken = [(name, ops) for name, ops, ok in rules(m) if not ok]
        for name, ops in broken:
            if not err_paths.intersection(ops):
                problems.append(f"{e['expected']}: rule '{name}' broken but no deliberate error touches it")
        for p in err_paths:
            if m.get(p) is not None and not any(p in ops for _, ops in broken):
                problems.append(f"{e['expected']}: deliberate error {p} breaks no rule")
        dmg_null = {p for d in e["damage"] for p in d.get("nullPaths", [])}
        for p in numeric_fields(m["edition"]):
            if p in unjudged:
                continue
            if m[p] is None and p not in dmg_null:
                problems.append(f"{e['expected']}: {p} is null without damage")
        if e["layout"] in ("pdftotext", "pdftotext-layout", "pdf-text", "cell-dump", "web-page", "damaged", "encodings") + tuple(JOINED_LAYOUTS + VARIANTS):
            text = open(f, encoding=e.get("encoding", "utf-8")).read()
            if e["layout"] == "full-width":
                text = text.translate({ord(w): ord(d) for d, w in zip("0123456789", "０１２３４５６７８９")})
            if e["layout"] in ("pdftotext", "pdftotext-layout"):
                text = re.sub(r"\s+", "", text)
            for p in numeric_fields(m["edition"]):
                val = m.get(p)
                if val is None or (p.startswith("applications.otherHandling.") and m["edition"] == "2021"):
                    continue
                s = e.get("texts", {}).get(p, str(val))
                if e["layout"] in ("pdftotext", "pdftotext-layout"):
                    s = re.sub(r"\s+", "", s)
                if s not in text:
                    problems.append(f"{e['file']}: value {p}={s} not found in the text")
            org = re.sub(r"人民政府$", "", m["organization"])
            if org not in re.sub(r"\s+", "", text):
                problems.append(f"{e['file']}: organization '{org}' not in the text")
    for p in problems:
        print("check: " + p, file=sys.stderr)
    print(f"check: {seen} files, {len(problems)} problems")
    return len(problems)


# ---------------------------------------------------------------------------
# LibreOffice / poppler
# ---------------------------------------------------------------------------
def find_tools():
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    missing = []
    if not soffice:
        missing.append("soffice (Debian: libreoffice-writer-nogui)")
    for t in ("pdftotext",):
        if not shutil.which(t):
            missing.append(f"{t} (Debian: poppler-utils)")
    return soffice, missing


def soffice_convert(soffice, html_files, target, outdir, profile):
    filt = {"docx": 'docx:MS Word 2007 XML', "doc": "doc:MS Word 97", "pdf": "pdf:writer_pdf_Export"}[target]
    cmd = [soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore",
           "--infilter=HTML (StarWriter)", "--convert-to", filt, "--outdir", outdir] + html_files
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=900)
    if p.returncode != 0:
        raise RuntimeError(f"soffice failed ({p.returncode}): {p.stdout.decode('utf-8', 'replace')[-2000:]}")


def pdftotext(pdf, layout):
    cmd = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [pdf, "-"]
    return subprocess.run(cmd, stdout=subprocess.PIPE, check=True).stdout.decode("utf-8")


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def write_json(path, obj):
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.write("\n")


def write_text(path, text, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="\n") as f:
        f.write(text)



# ---------------------------------------------------------------------------
# A series: one body's reports across years (gioreport series), its cross-year
# numbers consistent except for one deliberate break.
# ---------------------------------------------------------------------------
# (report id, edition, year, organization as its title writes it)
SERIES = [
    ("zheshan-2019", "2019", 2019, "柘山镇人民政府"),
    ("zheshan-2020", "2019", 2020, "柘山镇人民政府"),
    ("zheshan-2021", "2021", 2021, "安丘市柘山镇人民政府"),   # a higher-level place prefix, same body
    ("zheshan-2022", "2021", 2022, "柘山镇人民政府"),
]
# The break: 2021's 上年结转 of 商业企业 is 2 more than 2020's 结转下年度继续办理 (the year's own balance still holds).
SERIES_BREAK = ("zheshan-2021", "business", 2)


def carry_over(r, prev, extra=None):
    """Sets r's 上年结转 to prev's 结转下年度继续办理 per applicant column, keeping r's own balance (rules 1, 2)."""
    v = r["values"]
    ap = "applications."
    for c in SIX:
        delta = prev["values"][f"{ap}carriedForward.{c}"] + (extra[1] if extra and extra[0] == c else 0) \
            - v[f"{ap}carriedOver.{c}"]
        v[f"{ap}carriedOver.{c}"] += delta
        v[f"{ap}carriedForward.{c}"] += delta
        if v[f"{ap}carriedForward.{c}"] < 0:
            v[f"{ap}newlyReceived.{c}"] -= v[f"{ap}carriedForward.{c}"]
            v[f"{ap}carriedForward.{c}"] = 0
    for row in ("newlyReceived", "carriedOver", "carriedForward"):
        v[f"{ap}{row}.total"] = sum(v[f"{ap}{row}.{c}"] for c in SIX)


def in_force_on(r, prev):
    """Sets r's 现行有效件数 to prev's + 本年制发 - 本年废止 (2021 edition, both years)."""
    v = r["values"]
    for o in ("regulations", "normativeDocuments"):
        v[f"{A}{o}.repealed"] = min(v[f"{A}{o}.repealed"], prev["values"][f"{A}{o}.inForce"])
        v[f"{A}{o}.inForce"] = prev["values"][f"{A}{o}.inForce"] + v[f"{A}{o}.issued"] - v[f"{A}{o}.repealed"]


def write_series(out, seed):
    """Writes the series fixture (pdf-text layout) and its manifest into out."""
    os.makedirs(out, exist_ok=True)
    rng = random.Random(f"{seed}-series")
    reports, prev = [], None
    for rid, edition, year, org in SERIES:
        r = make_report(dict(id=rid, edition=edition, year=year, org=org, kind="town", scale=60), rng)
        if prev is not None:
            carry_over(r, prev, SERIES_BREAK[1:] if rid == SERIES_BREAK[0] else None)
            if edition == "2021" and prev["edition"] == "2021":
                in_force_on(r, prev)
        r["consistent"] = dict(r["values"])
        reports.append(r)
        prev = r
    manifest = []
    for r in reports:
        blocks = build_doc(r)
        write_text(os.path.join(out, r["id"] + ".txt"), RENDERERS["pdf-text"](r, blocks, random.Random(r["id"])))
        manifest.append(dict(file=r["id"] + ".txt", reportYear=r["year"], edition=r["edition"], organization=r["org"],
                             carriedOver={c: r["values"][f"applications.carriedOver.{c}"] for c in COLS},
                             carriedForward={c: r["values"][f"applications.carriedForward.{c}"] for c in COLS}))
    write_json(os.path.join(out, "series.json"), dict(
        generator="formats/corpus/generate_corpus.py --series", seed=seed,
        note="one body's reports 2019-2022; the deliberate break: " + SERIES_BREAK[0] + " carriedOver."
             + SERIES_BREAK[1] + " is " + str(SERIES_BREAK[2]) + " more than the year before's carriedForward",
        files=manifest))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=os.path.join(HERE, "files"), help="output folder (default: files/ beside this script)")
    ap.add_argument("--seed", type=int, default=20240521, help="random seed (default 20240521)")
    ap.add_argument("--no-office", action="store_true", help="skip LibreOffice/pdftotext: regenerate only HTML and the text layouts")
    ap.add_argument("--check", action="store_true", help="only validate the corpus in --out (expected maps, rules, values in texts)")
    ap.add_argument("--series", metavar="DIR", help="only write the series fixture (one body, 2019-2022, one carry-over break) into DIR")
    a = ap.parse_args()
    out = os.path.abspath(a.out)

    if a.series:
        write_series(os.path.abspath(a.series), a.seed)
        return

    if a.check:
        sys.exit(1 if check_corpus(out) else 0)

    soffice = None
    if not a.no_office:
        soffice, missing = find_tools()
        if missing:
            print("generate_corpus: missing " + ", ".join(missing) + ".\n"
                  "  apt-get install -y libreoffice-writer-nogui fonts-noto-cjk poppler-utils\n"
                  "  or run with --no-office to regenerate only the HTML and text layouts.", file=sys.stderr)
            sys.exit(2)

    rng = random.Random(a.seed)
    reports = [make_report(spec, random.Random(rng.randrange(1 << 30))) for spec in PLAN]
    by_id = {r["id"]: r for r in reports}

    folders = ["html"] + TEXT_LAYOUTS + JOINED_LAYOUTS + VARIANTS + ["damaged", "encodings"] + ([] if a.no_office else OFFICE_LAYOUTS)
    for d in folders:
        p = os.path.join(out, d)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)

    manifest = []

    def entry(layout, file, r, expected, damage=(), encoding="utf-8", base=None):
        e = dict(file=file, expected=expected, layout=layout, report=r["id"], edition=r["edition"],
                 reportYear=r["year"], organization=r["org"], publishedOn=r["published"].isoformat() if r["published"] else None,
                 encoding=encoding,
                 errors=[dict(path=x["path"], written=x["written"], consistent=x["consistent"], description=x["description"]) for x in r["errors"]],
                 damage=list(damage))
        if base:
            e["baseLayout"] = base
        if r["texts"]:
            e["texts"] = dict(r["texts"])
        manifest.append(e)

    for r in reports:
        blocks = build_doc(r)
        rendered = set(p for b in blocks if b[0] == "table" for p in table_paths(b[2]))
        need = set(numeric_fields(r["edition"]))
        if r["edition"] == "2021":
            need -= {f"applications.otherHandling.{c}" for c in COLS}
        assert rendered == need, (r["id"], sorted(need ^ rendered)[:5])
        exp = expected_map(r)
        write_text(os.path.join(out, "html", r["id"] + ".html"), render_html(r, blocks))
        write_json(os.path.join(out, "html", r["id"] + ".expected.json"), exp)
        entry("html", f"html/{r['id']}.html", r, f"html/{r['id']}.expected.json")
        lrng = random.Random(f"{a.seed}-{r['id']}-layouts")
        for lay in TEXT_LAYOUTS:
            write_text(os.path.join(out, lay, r["id"] + ".txt"), RENDERERS[lay](r, blocks, lrng))
            write_json(os.path.join(out, lay, r["id"] + ".expected.json"), exp)
            entry(lay, f"{lay}/{r['id']}.txt", r, f"{lay}/{r['id']}.expected.json")
        nulls = joined_nulls(r)
        dmg = [dict(kind="split-not-proven", row=row, nullPaths=paths,
                    description=f"the row's cells are joined without separators and {why} the template's rules: "
                                "the row is null") for row, paths, why in nulls]
        exp_j = expected_map(r, [p for _, paths, _ in nulls for p in paths])
        derived_null = [p for p in numeric_fields(r["edition"]) if exp_j[p] is None and p.startswith("applications.otherHandling.")
                        and r["edition"] == "2021"]
        if derived_null:
            dmg.append(dict(kind="derived-null", description="otherHandling (2021: sum of its three detail rows) is unknown", nullPaths=derived_null))
        for lay in JOINED_LAYOUTS:
            write_text(os.path.join(out, lay, r["id"] + ".txt"), RENDERERS[lay](r, blocks, None))
            write_json(os.path.join(out, lay, r["id"] + ".expected.json"), exp_j)
            entry(lay, f"{lay}/{r['id']}.txt", r, f"{lay}/{r['id']}.expected.json", damage=dmg)

    # damaged variants -------------------------------------------------------
    for did, rid, base, damages in DAMAGED:
        r = by_id[rid]
        blocks = build_doc(r)
        rows = [b for b in blocks if b[0] == "table" and b[1] == "applications"][0][2]
        nulls, unjudged, dmg = [], [], []
        for d in damages:
            if d[0] == "cut":
                gone = cut_row(rows, find_row(rows, d[1]))
                dmg.append(dict(kind="row-cut", row=d[1], description=f"applications row {d[1]} is missing (lost at a page break)", nullPaths=gone))
                nulls += gone
            else:
                p = f"applications.{d[1]}.{d[2]}"
                cell = [c for row in rows for c in row if c.path == p][0]
                if d[0] == "drop":
                    # With six numbers for seven columns the text does not say which cell was lost: the row
                    # is not judged (a reader may still derive what every position agrees on, as `derived`).
                    cell.drop = True
                    row_paths = [f"applications.{d[1]}.{c}" for c in COLS]
                    desc = (f"row {d[1]}: the {d[2]} number is missing, the row has six numbers; "
                            "which cell was lost is not certain from the text, so the row is not judged")
                    dmg.append(dict(kind="number-drop", row=d[1], column=d[2], description=desc, unjudgedPaths=row_paths))
                    unjudged += row_paths
                    continue
                cell.text = ""
                desc = f"row {d[1]}: the {d[2]} cell is empty"
                dmg.append(dict(kind="number-" + d[0], row=d[1], column=d[2], description=desc, nullPaths=[p]))
                nulls.append(p)
        exp = expected_map(r, nulls)
        for p in unjudged:
            exp.pop(p, None)
        # derived otherHandling becomes null with its detail rows: record it
        derived_null = [p for p in numeric_fields(r["edition"]) if p in exp and exp[p] is None and p not in nulls]
        if derived_null:
            dmg.append(dict(kind="derived-null", description="otherHandling (2021: sum of its three detail rows) is unknown", nullPaths=derived_null))
        lrng = random.Random(f"{a.seed}-{did}-damaged")
        write_text(os.path.join(out, "damaged", did + ".txt"), RENDERERS[base](r, blocks, lrng))
        write_json(os.path.join(out, "damaged", did + ".expected.json"), exp)
        entry("damaged", f"damaged/{did}.txt", r, f"damaged/{did}.expected.json", damage=dmg, base=base)

    # one GB18030 copy ---------------------------------------------------------
    rid, lay = ENCODED
    r = by_id[rid]
    text = open(os.path.join(out, lay, rid + ".txt"), encoding="utf-8").read()
    write_text(os.path.join(out, "encodings", rid + ".gb18030.txt"), text, encoding="gb18030")
    write_json(os.path.join(out, "encodings", rid + ".expected.json"), expected_map(r))
    entry("encodings", f"encodings/{rid}.gb18030.txt", r, f"encodings/{rid}.expected.json", encoding="gb18030", base=lay)

    # text variants ------------------------------------------------------------
    for r in reports:
        for lay, text, exp, dmg, base in variant_files(r, a.seed):
            write_text(os.path.join(out, lay, r["id"] + ".txt"), text)
            write_json(os.path.join(out, lay, r["id"] + ".expected.json"), exp)
            entry(lay, f"{lay}/{r['id']}.txt", r, f"{lay}/{r['id']}.expected.json", damage=dmg, base=base)
    for rid, suffix, bom, encoding in UTF16:
        r = by_id[rid]
        text = render_pdf_text(r, build_doc(r), random.Random(f"{a.seed}-{rid}-utf16"))
        write_text(os.path.join(out, "utf16", f"{rid}.{suffix}.txt"), bom + text, encoding=encoding)
        write_json(os.path.join(out, "utf16", rid + ".expected.json"), expected_map(r))
        entry("utf16", f"utf16/{rid}.{suffix}.txt", r, f"utf16/{rid}.expected.json", base="pdf-text",
              encoding={"utf-16-le": "utf-16", "utf-8": "utf-8-sig"}.get(encoding, encoding) if bom else encoding)

    # office formats ---------------------------------------------------------------
    office_entries = []
    if not a.no_office:
        html_files = [os.path.join(out, "html", r["id"] + ".html") for r in reports]
        with tempfile.TemporaryDirectory(prefix="gioreport-corpus-") as tmp:
            profile = os.path.join(tmp, "profile")
            soffice_convert(soffice, html_files, "docx", os.path.join(out, "docx"), profile)
            soffice_convert(soffice, html_files, "doc", os.path.join(out, "doc"), profile)
            soffice_convert(soffice, html_files, "pdf", os.path.join(out, "pdf"), profile)
        for r in reports:
            for ext in ("docx", "doc", "pdf"):
                if not os.path.exists(os.path.join(out, ext, f"{r['id']}.{ext}")):
                    sys.exit(f"generate_corpus: LibreOffice did not produce {ext}/{r['id']}.{ext}")
            pdf = os.path.join(out, "pdf", r["id"] + ".pdf")
            for lay, layout_flag in (("pdftotext", False), ("pdftotext-layout", True)):
                t = pdftotext(pdf, layout_flag)
                if r["org"][-4:] not in re.sub(r"\s+", "", t):
                    sys.exit(f"generate_corpus: the text layer of {pdf} lacks the Chinese text "
                             f"(are CJK fonts installed? apt-get install fonts-noto-cjk)")
                write_text(os.path.join(out, lay, r["id"] + ".txt"), t)
    for r in reports:
        exp = expected_map(r)
        for lay, ext in (("docx", "docx"), ("doc", "doc"), ("pdf", "pdf"), ("pdftotext", "txt"), ("pdftotext-layout", "txt")):
            if os.path.exists(os.path.join(out, lay, f"{r['id']}.{ext}")):
                write_json(os.path.join(out, lay, r["id"] + ".expected.json"), exp)
                entry(lay, f"{lay}/{r['id']}.{ext}", r, f"{lay}/{r['id']}.expected.json")

    order = {k: i for i, k in enumerate(["html", "docx", "doc", "pdf", "pdftotext", "pdftotext-layout"] + TEXT_LAYOUTS
                                        + ["damaged", "encodings"] + JOINED_LAYOUTS + VARIANTS)}
    manifest.sort(key=lambda e: (order[e["layout"]], e["file"]))
    write_json(os.path.join(out, "manifest.json"), dict(
        generator="formats/corpus/generate_corpus.py", seed=a.seed, schemaVersion="1",
        note="Synthetic reports. Expected values are what the document WRITES (deliberate arithmetic errors kept); "
             "in damaged files a value the text no longer states is null. 2021 otherHandling is derived from its three detail rows. "
             "'texts' gives cells written differently from the plain number (e.g. '12.5万元' -> 12.5).",
        files=manifest))
    n = check_corpus(out)
    print(f"generate_corpus: wrote {len(manifest)} inputs to {out}")
    sys.exit(1 if n else 0)


if __name__ == "__main__":
    main()
