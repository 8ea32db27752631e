package org.gioreport.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.model.FieldCatalog;

/**
 * The reading side of the label dictionary: which words, as extracted text shows them, identify which table and
 * row. The rows themselves, their paths, editions, columns and printed labels are the schema's
 * ({@link FieldCatalog}): the row dictionaries below are made from its rows, in its order, each row read by the
 * label the catalog says the template prints and by the forms extraction and the editions leave of it (here,
 * the only place they are listed). Words are in normalized form (no white space, half-width brackets, no
 * quotes); a row has several because extraction breaks labels ("属于国家秘 密") and editions and bodies spell
 * them differently. {@link RowLabelMatcher} matches a label to its row with them.
 */
public final class TemplateLabels {

    /** The first row of table 三 (一、本年新收政府信息公开申请数量): where the applications table starts. */
    public static final String APPLICATIONS_START = "本年新收";
    /** Where the tables start, in order of preference: 二's legal basis or head row, section 二's heading, 三. */
    public static final List<String> TABLES_START =
            List.of("第二十条", "信息内容", "主动公开政府信息情况", APPLICATIONS_START);
    /** Words of a table's head row or first row: the first line holding one starts the table region of a text. */
    public static final List<String> TABLE_HEAD = List.of("第二十条", "信息内容", APPLICATIONS_START);
    /** Words of which a report has at least one besides 政府信息公开: it has the template's tables. */
    public static final List<String> REPORT_MARKS = List.of(APPLICATIONS_START, "第二十条", "申请人情况");
    /** Table 四's first group and first column as the template prints them (行政复议, 结果维持): its head row. */
    static final List<String> REVIEWS_HEAD =
            List.of(printedLabel("reviewsAndLawsuits.review"), printedLabel("reviewsAndLawsuits.review.upheld"));
    /** Cell texts only a template table has (三's first row, 二's head, 四's head): for sources with table markup. */
    public static final List<String> TEMPLATE_TABLE_CELLS =
            List.of(APPLICATIONS_START, "信息内容", REVIEWS_HEAD.get(0), REVIEWS_HEAD.get(1));

    /** 二、主动公开: item → its words, its printed label first (the catalog's items of both editions, in order). */
    public static final Map<String, List<String>> ACTIVE_ITEMS = rowsOf("activeDisclosure", false,
            "otherServices", List.of("其他对外管理服务", "对外管理服务"),
            "fees", List.of("事业性收费"),
            "procurement", List.of("集中采购"));

    /**
     * 三、申请: row path (below {@code applications.}) → its words, its printed label first (the catalog's rows of
     * both editions, in template order).
     */
    public static final Map<String, List<String>> APPLICATION_ROWS = rowsOf("applications", true,
            "newlyReceived", List.of(APPLICATIONS_START),
            "carriedOver", List.of("上年结转"),
            "notDisclosed.stateSecret", List.of("国家秘密", "国家秘"),
            "notDisclosed.prohibitedByLaw", List.of("法律行政法规禁止", "法律法规禁止", "行政法规禁止", "其他法律"),
            "notDisclosed.securityStability", List.of("三安全一稳定", "三安全", "一稳定"),
            "notDisclosed.thirdPartyRights", List.of("第三方合法权益", "第三方"),
            "notDisclosed.internalAffairs", List.of("三类内部事务", "内部事务"),
            "notDisclosed.processInformation", List.of("四类过程性", "过程性信息"),
            "notDisclosed.enforcementFiles", List.of("行政执法案卷", "执法案卷"),
            "notDisclosed.queryMatters", List.of("行政查询事项", "查询事项"),
            "unableToProvide.notHeld", List.of("不掌握"),
            "unableToProvide.needsCreation", List.of("没有现成信息", "另行制作"),
            "unableToProvide.unclearAfterCorrection", List.of("补正后申请", "仍不明确"),
            "notProcessed.complaints", List.of("信访举报", "投诉类"),
            "notProcessed.publications", List.of("公开出版物"),
            "notProcessed.excessive", List.of("大量反复"),
            "notProcessed.confirmations", List.of("确认或重新出具", "重新出具"),
            "otherHandlingDetail.overdueCorrection", List.of("逾期不补正"),
            "otherHandlingDetail.unpaidFees", List.of("缴纳费用", "收费通知"),
            // otherHandlingDetail.other is read by its printed label alone, "其他", and only where this row is
            // the next one expected (see RowLabelMatcher)
            "totalHandled", List.of("总计"),
            "carriedForward", List.of("结转下年度", "继续办理"));

    /** Words only the 2021 template has, and words only the 2019 template has. */
    public static final List<String> EDITION_2021_MARKS = List.of(
            "本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额", "逾期不补正", "缴纳费用");
    public static final List<String> EDITION_2019_MARKS = List.of(
            "本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "采购项目数量", "采购总金额",
            "政府集中采购");

    /** Headings that end the tables: 五、存在的主要问题…, 六、其他需要报告的事项. */
    public static final List<String> AFTER_TABLES = List.of("存在的主要问题", "其他需要报告的事项");

    private TemplateLabels() {
    }

    /** Strips white space of every kind (including full-width and no-break spaces) from both ends. */
    public static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** Full-width digits (０１２, as some Chinese documents type them) as the digits they are; same length. */
    public static String halfWidthDigits(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                out = out == null ? new StringBuilder(text) : out;
                out.setCharAt(i, (char) ('0' + (c - '０')));
            }
        }
        return out == null ? text : out.toString();
    }

    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u3000' || c == '\u00a0' || c == '\u2002' || c == '\u2003'
                || c == '\ufeff' || c == '\u200b';
    }

    /** Removes all white space and quotes and unifies brackets and dots, so label pieces match keywords. */
    public static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                continue;
            }
            switch (c) {
                case '（' -> out.append('(');
                case '）' -> out.append(')');
                case '．' -> out.append('.');
                case '“', '”', '"', '‘', '’', '\'', '「', '」' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * The words of each row of {@code table}, in the catalog's order, both editions: the row's printed label
     * (normalized), then its other forms from {@code variants} (row → words, each row one of the table's).
     *
     * @param rowsOfCounts the table's rows are its objects of applicant counts at any depth (三), not the objects
     *                     directly below it (二)
     */
    private static Map<String, List<String>> rowsOf(String table, boolean rowsOfCounts, Object... variants) {
        String prefix = table + ".";
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (FieldCatalog.Field field : FieldCatalog.fields()) {
            String path = field.path();
            boolean row = rowsOfCounts ? field.type() == ApplicantCounts.class
                    : path.indexOf('.', prefix.length()) < 0;
            if (path.startsWith(prefix) && row) {
                map.put(path.substring(prefix.length()), List.of(printedLabel(path)));
            }
        }
        for (int i = 0; i < variants.length; i += 2) {
            String row = (String) variants[i];
            @SuppressWarnings("unchecked")
            List<String> words = (List<String>) variants[i + 1];
            List<String> printed = map.get(row);
            if (printed == null) {
                throw new IllegalStateException("no row " + prefix + row + " in the field catalog");
            }
            if (words.contains(printed.get(0))) {
                throw new IllegalStateException(prefix + row + ": its printed label comes from the field catalog");
            }
            List<String> all = new ArrayList<>(printed);
            all.addAll(words);
            map.put(row, List.copyOf(all));
        }
        return Collections.unmodifiableMap(map);
    }

    /** The label the template prints for the object or value at {@code path}, normalized. */
    private static String printedLabel(String path) {
        List<String> labels = FieldCatalog.field(path).labels();
        return normalize(labels.get(labels.size() - 1));
    }
}
