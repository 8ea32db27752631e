package org.gioreport.core.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.model.ReportFields;

/**
 * Writes a report as text from a consistent sample report, in one of the {@link Style}s real extractors print
 * tables in, with chosen row labels wrapped around their numbers the way a label cell taller than its row comes
 * out. Every applications row gets numbers of its own (the sample's plus 10 × its place), as do table 二's items
 * and table 四's groups, so a value read into the wrong row cannot pass for the right one.
 */
public final class WrappedLabelReports {

    /** Where a row's label stands relative to its numbers. */
    public enum Wrap { BEFORE, AROUND, AFTER }

    /** How one row is printed: its label cut at {@code at} characters (the head above, the rest below). */
    public record Plan(Wrap wrap, int at) {
    }

    /**
     * Whether a printed label may wrap after {@code at} characters: Chinese line breaking (禁则) never starts a
     * line with closing punctuation nor ends one with opening punctuation, and never splits an item mark ("5．").
     */
    public static boolean canWrapAt(String label, int at) {
        if (at <= 0 || at >= label.length()) {
            return true;
        }
        char before = label.charAt(at - 1);
        char after = label.charAt(at);
        boolean closing = "．、）”，。：；".indexOf(after) >= 0;
        boolean opening = "（“".indexOf(before) >= 0;
        boolean inMark = Character.isDigit(before) && after == '．'
                || "一二三四五六七八九十".indexOf(before) >= 0 && (after == '、' || after == '）');
        return !closing && !opening && !inMark;
    }

    /** The printed labels of table 三, in template order; 2021's 其他处理 is a group heading without numbers. */
    public static List<String[]> labels(String edition) {
        List<String[]> rows = new ArrayList<>(List.of(
                row("newlyReceived", "一、本年新收政府信息公开申请数量"),
                row("carriedOver", "二、上年结转政府信息公开申请数量"),
                row("disclosed", "三、本年度办理结果（一）予以公开"),
                row("partiallyDisclosed", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
                row("notDisclosed.stateSecret", "（三）不予公开 1．属于国家秘密"),
                row("notDisclosed.prohibitedByLaw", "2．其他法律行政法规禁止公开"),
                row("notDisclosed.securityStability", "3．危及“三安全一稳定”"),
                row("notDisclosed.thirdPartyRights", "4．保护第三方合法权益"),
                row("notDisclosed.internalAffairs", "5．属于三类内部事务信息"),
                row("notDisclosed.processInformation", "6．属于四类过程性信息"),
                row("notDisclosed.enforcementFiles", "7．属于行政执法案卷"),
                row("notDisclosed.queryMatters", "8．属于行政查询事项"),
                row("unableToProvide.notHeld", "（四）无法提供 1．本机关不掌握相关政府信息"),
                row("unableToProvide.needsCreation", "2．没有现成信息需要另行制作"),
                row("unableToProvide.unclearAfterCorrection", "3．补正后申请内容仍不明确"),
                row("notProcessed.complaints", "（五）不予处理 1．信访举报投诉类申请"),
                row("notProcessed.duplicates", "2．重复申请"),
                row("notProcessed.publications", "3．要求提供公开出版物"),
                row("notProcessed.excessive", "4．无正当理由大量反复申请"),
                row("notProcessed.confirmations", "5．要求行政机关确认或重新出具已获取信息")));
        if (ReportFields.EDITION_2021.equals(edition)) {
            rows.add(row("otherHandlingDetail.overdueCorrection",
                    "（六）其他处理 1．申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"));
            rows.add(row("otherHandlingDetail.unpaidFees", "2．申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"));
            rows.add(row("otherHandlingDetail.other", "3．其他"));
        } else {
            rows.add(row("otherHandling", "（六）其他处理"));
        }
        rows.add(row("totalHandled", "（七）总计"));
        rows.add(row("carriedForward", "四、结转下年度继续办理"));
        return rows;
    }

    private static String[] row(String path, String label) {
        return new String[] {path, label};
    }

    /** The values the document states: the sample report with every applications row made distinct. */
    public static Map<String, Object> values(String edition) {
        Map<String, Object> v = new LinkedHashMap<>(ReportFields.EDITION_2021.equals(edition)
                ? SampleReports.consistent2021() : SampleReports.consistent2019());
        List<String[]> rows = labels(edition);
        for (int r = 0; r < rows.size(); r++) {
            int[] six = new int[6];
            for (int c = 0; c < 6; c++) {
                six[c] = ((Number) v.get("applications." + rows.get(r)[0] + "." + ApplicantCounts.COLUMNS.get(c)))
                        .intValue() + 10 * (r + 1) + c;
            }
            SampleReports.putRow(v, rows.get(r)[0], six);
        }
        for (int g = 0; g < ReportFields.REVIEW_GROUPS.size(); g++) {
            // each group's numbers its own (the sample repeats one group three times)
            String p = "reviewsAndLawsuits." + ReportFields.REVIEW_GROUPS.get(g) + ".";
            int first = 10 * (g + 1);
            List<String> results = List.of("upheld", "corrected", "other", "pending");
            for (int k = 0; k < results.size(); k++) {
                v.put(p + results.get(k), first + k);
            }
            v.put(p + "total", 4 * first + 6);
        }
        if (ReportFields.EDITION_2021.equals(edition)) {
            // the 2021 template prints no 其他处理 numbers: it is the sum of its three rows
            for (String column : ApplicantCounts.COLUMNS) {
                int sum = 0;
                for (String detail : ReportFields.OTHER_HANDLING_DETAIL) {
                    sum += ((Number) v.get("applications." + detail + "." + column)).intValue();
                }
                v.put("applications.otherHandling." + column, sum);
            }
        }
        return v;
    }

    /** The items of table 二 the edition prints, with their printed labels, in template order. */
    public static List<String[]> activeLabels(String edition) {
        List<String[]> rows = new ArrayList<>();
        for (String[] item : ACTIVE_ITEMS) {
            if (!ReportFields.activeColumns(edition, item[0]).isEmpty()) {
                rows.add(item);
            }
        }
        return rows;
    }

    private static final String[][] ACTIVE_ITEMS = {{"regulations", "规章"}, {"normativeDocuments", "规范性文件"},
            {"licensing", "行政许可"}, {"otherServices", "其他对外管理服务事项"}, {"penalties", "行政处罚"},
            {"coercion", "行政强制"}, {"fees", "行政事业性收费"}, {"procurement", "政府集中采购"}};

    /** The header cells of table 四, in the order PDF text prints them above its one line of numbers. */
    public static final List<String> REVIEW_HEADER = List.of("行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结",
            "总计", "未经复议直接起诉", "复议后起诉");

    /** How a document wraps: table 三's rows, table 二's rows, and how many of table 四's header cells precede its numbers. */
    public record Layout(Map<Integer, Plan> applications, Map<Integer, Plan> active, int reviewHeaderBefore) {

        public static Layout applications(Map<Integer, Plan> plans) {
            return new Layout(plans, Map.of(), REVIEW_HEADER.size());
        }
    }

    /** How an extractor prints a table. */
    public enum Style {
        /** Tika's PDF text: a table row per line, tab-separated cells. */
        PDF_TEXT,
        /** A web page's text: one cell per line, indented, a blank line after every cell (a cell's lines too). */
        WEB_PAGE,
        /** pdftotext without -layout: one cell per line, a blank line between cells, a wrapped cell's lines together. */
        PDFTOTEXT
    }

    /** The report as PDF text, each row printed as {@code plans} says (rows not named: label and numbers on one line). */
    public static String text(String edition, Map<String, Object> v, Map<Integer, Plan> plans) {
        return text(edition, v, Layout.applications(plans));
    }

    /** The report as PDF text, wrapped as {@code layout} says. */
    public static String text(String edition, Map<String, Object> v, Layout layout) {
        return text(Style.PDF_TEXT, edition, v, layout);
    }

    /** The report printed in {@code style}, wrapped as {@code layout} says. */
    public static String text(Style style, String edition, Map<String, Object> v, Layout layout) {
        Map<Integer, Plan> plans = layout.applications();
        boolean y2021 = ReportFields.EDITION_2021.equals(edition);
        Printer s = new Printer(style);
        s.line(style == Style.WEB_PAGE ? "某某县人民政府网 首页 > 政务公开 > 政府信息公开年报" : "");
        s.line("建宁县均口镇人民政府" + v.get("reportYear") + "年政府信息公开工作年度报告");
        s.line(style == Style.WEB_PAGE ? "时间:2022-01-20 10:00" : "");
        s.line("一、总体情况");
        s.line("本年度我镇认真贯彻落实《中华人民共和国政府信息公开条例》。");
        s.line("二、主动公开政府信息情况");
        s.line("第二十条第（一）项");
        s.row(y2021 ? List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数")
                : List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"));
        List<String[]> items = activeLabels(edition);
        for (int r = 0; r < items.size(); r++) {
            List<String> numbers = new ArrayList<>();
            for (String c : ReportFields.activeColumns(edition, items.get(r)[0])) {
                numbers.add(String.valueOf(v.get("activeDisclosure." + items.get(r)[0] + "." + c)));
            }
            s.labelled(items.get(r)[1], numbers, layout.active().getOrDefault(r, new Plan(Wrap.BEFORE, 0)));
        }
        s.line("三、收到和处理政府信息公开申请情况");
        s.row(List.of("（本列数据的勾稽关系为：第一项加第二项之和等于第三项加第四项之和）", "申请人情况"));
        s.row(List.of("自然人", "法人或其他组织", "总计"));
        s.row(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"));
        List<String[]> rows = labels(edition);
        for (int r = 0; r < rows.size(); r++) {
            List<String> numbers = new ArrayList<>();
            for (String c : ApplicantCounts.COLUMNS) {
                numbers.add(String.valueOf(v.get("applications." + rows.get(r)[0] + "." + c)));
            }
            s.labelled(rows.get(r)[1], numbers, plans.getOrDefault(r, new Plan(Wrap.BEFORE, 0)));
        }
        s.line("四、政府信息公开行政复议、行政诉讼情况");
        List<String> reviews = new ArrayList<>();
        for (String path : ReportFields.reviews()) {
            reviews.add(String.valueOf(v.get(path)));
        }
        int before = Math.max(0, Math.min(layout.reviewHeaderBefore(), REVIEW_HEADER.size()));
        for (String cell : REVIEW_HEADER.subList(0, before)) {
            s.line(cell);
        }
        s.row(reviews);
        for (String cell : REVIEW_HEADER.subList(before, REVIEW_HEADER.size())) {
            s.line(cell);
        }
        s.line("五、存在的主要问题及改进情况");
        s.line("无。");
        s.line("六、其他需要报告的事项");
        s.line("无。");
        return s.toString();
    }

    /** Prints lines, table rows and wrapped labels in one {@link Style}. */
    private static final class Printer {
        private final Style style;
        private final StringBuilder s = new StringBuilder();

        Printer(Style style) {
            this.style = style;
        }

        /** One line of text (one cell); an empty line only where the style keeps paragraphs apart. */
        void line(String text) {
            if (text.isEmpty()) {
                return;
            }
            cell(List.of(text));
        }

        /** One cell whose text takes {@code lines} lines. */
        private void cell(List<String> lines) {
            for (String l : lines) {
                s.append(style == Style.WEB_PAGE ? "    " : "").append(l).append('\n');
                if (style == Style.WEB_PAGE) {
                    s.append('\n');
                }
            }
            if (style != Style.WEB_PAGE) {
                s.append('\n');
            }
        }

        /** A table row: its cells on one tab-separated line, or one cell per line. */
        void row(List<String> cells) {
            if (style == Style.PDF_TEXT) {
                s.append(String.join("\t", cells)).append('\n');
            } else {
                cells.forEach(c -> cell(List.of(c)));
            }
        }

        /** One table row: its label cut as {@code plan} says around its numbers. */
        void labelled(String label, List<String> numbers, Plan plan) {
            int at = Math.max(0, Math.min(plan.at(), label.length()));
            String head = label.substring(0, at).trim();
            String tail = label.substring(at).trim();
            if (style == Style.PDF_TEXT) {
                String joined = String.join("\t", numbers);
                switch (plan.wrap()) {
                    case BEFORE -> s.append(head.isEmpty() ? "" : head + "\n").append(tail).append('\t').append(joined);
                    case AROUND -> s.append(head).append('\n').append(joined).append('\n').append(tail);
                    case AFTER -> s.append(joined).append('\n').append(label);
                }
                s.append('\n');
                return;
            }
            switch (plan.wrap()) {
                case BEFORE -> {
                    cell(head.isEmpty() ? List.of(tail) : List.of(head, tail));
                    row(numbers);
                }
                case AROUND -> {
                    cell(List.of(head));
                    row(numbers);
                    cell(List.of(tail));
                }
                case AFTER -> {
                    row(numbers);
                    cell(List.of(label));
                }
            }
        }

        @Override
        public String toString() {
            return s.toString();
        }
    }
}
