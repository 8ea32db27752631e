package org.gioreport.core.model;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The schema's own knowledge of its fields, in one place: every object and value of a {@link Report} by its
 * dotted path, in schema order, with the template edition(s) it belongs to and its Chinese label as the
 * template prints it. The CSV columns and headings, the required-field lists ({@link ReportFields}), the JSON
 * paths and the template reader's rows and columns are all derived from it. A record component of the model
 * without a label here fails when this class is loaded, so the catalog cannot fall behind the records.
 */
public final class FieldCatalog {

    /**
     * One object or value of the report.
     *
     * @param path     dotted path, e.g. {@code applications.notDisclosed.stateSecret.naturalPerson}
     * @param labels   the Chinese label of each segment of the path, e.g. 收到和处理申请, 不予公开, 属于国家秘密, 自然人
     * @param editions the template editions that have it
     * @param type     the record type of an object, or the Java type of a value
     */
    public record Field(String path, List<String> labels, Set<String> editions, Class<?> type) {

        /** A value (number or text), not an object. */
        public boolean isValue() {
            return !type.isRecord();
        }

        /** A number the template's tables state (a count, a change or an amount). */
        public boolean isNumber() {
            return !isMetadata() && (type == Integer.class || type == BigDecimal.class);
        }

        /** One of the report's own values above the tables: organization, year, signature date, edition. */
        public boolean isMetadata() {
            return isValue() && path.indexOf('.') < 0;
        }

        public boolean in(String edition) {
            return editions.contains(edition);
        }

        /** The last segment of the path. */
        public String name() {
            return path.substring(path.lastIndexOf('.') + 1);
        }

        /** The labels joined with '/', e.g. 收到和处理申请/不予公开/属于国家秘密/自然人. */
        public String label() {
            return String.join("/", labels);
        }
    }

    private static final Set<String> BOTH = Set.of(ReportFields.EDITION_2019, ReportFields.EDITION_2021);
    private static final Map<String, String> LABELS = new HashMap<>();
    private static final Map<String, Set<String>> EDITIONS = new HashMap<>();
    private static final List<Field> FIELDS;
    private static final Map<String, Field> BY_PATH;
    private static final List<String> VALUE_PATHS;
    /** {@link #children} of every object of each edition, listed once: builders and readers ask per document. */
    private static final Map<String, Map<String, List<Field>>> CHILDREN;

    static {
        label(Report.class, "organization", "报告主体", "reportYear", "统计年度", "publishedOn", "落款日期",
                "edition", "模板版本", "activeDisclosure", "主动公开", "applications", "收到和处理申请",
                "reviewsAndLawsuits", "行政复议和行政诉讼", "narrative", "文字部分");
        label(ActiveDisclosure.class, "regulations", "规章", "normativeDocuments", "规范性文件", "licensing", "行政许可",
                "otherServices", "其他对外管理服务事项", "penalties", "行政处罚", "coercion", "行政强制",
                "fees", "行政事业性收费", "procurement", "政府集中采购");
        only(ReportFields.EDITION_2019, ActiveDisclosure.class, "otherServices", "procurement");
        label(DocumentCounts.class, "newlyMade", "本年新制作数量", "newlyPublished", "本年新公开数量",
                "totalPublished", "对外公开总数量", "issued", "本年制发件数", "repealed", "本年废止件数",
                "inForce", "现行有效件数");
        only(ReportFields.EDITION_2019, DocumentCounts.class, "newlyMade", "newlyPublished", "totalPublished");
        only(ReportFields.EDITION_2021, DocumentCounts.class, "issued", "repealed", "inForce");
        label(ItemCounts.class, "previousYear", "上一年项目数量", "change", "本年增/减", "decisions", "处理决定数量");
        only(ReportFields.EDITION_2019, ItemCounts.class, "previousYear", "change");
        label(Fees.class, "previousYear", "上一年项目数量", "change", "本年增/减", "amount", "本年收费金额",
                "amountUnit", "金额单位");
        only(ReportFields.EDITION_2019, Fees.class, "previousYear", "change");
        only(ReportFields.EDITION_2021, Fees.class, "amount", "amountUnit");
        label(Procurement.class, "projects", "采购项目数量", "amount", "采购总金额", "amountUnit", "金额单位");
        label(Applications.class, "newlyReceived", "本年新收申请数量", "carriedOver", "上年结转申请数量",
                "disclosed", "予以公开", "partiallyDisclosed", "部分公开", "notDisclosed", "不予公开",
                "unableToProvide", "无法提供", "notProcessed", "不予处理", "otherHandling", "其他处理",
                "otherHandlingDetail", "其他处理明细", "totalHandled", "办理结果总计", "carriedForward", "结转下年度继续办理");
        only(ReportFields.EDITION_2021, Applications.class, "otherHandlingDetail");
        label(NotDisclosed.class, "stateSecret", "属于国家秘密", "prohibitedByLaw", "其他法律行政法规禁止公开",
                "securityStability", "危及“三安全一稳定”", "thirdPartyRights", "保护第三方合法权益",
                "internalAffairs", "属于三类内部事务信息", "processInformation", "属于四类过程性信息",
                "enforcementFiles", "属于行政执法案卷", "queryMatters", "属于行政查询事项");
        label(UnableToProvide.class, "notHeld", "本机关不掌握相关政府信息", "needsCreation", "没有现成信息需要另行制作",
                "unclearAfterCorrection", "补正后申请内容仍不明确");
        label(NotProcessed.class, "complaints", "信访举报投诉类申请", "duplicates", "重复申请",
                "publications", "要求提供公开出版物", "excessive", "无正当理由大量反复申请",
                "confirmations", "要求行政机关确认或重新出具已获取信息");
        label(OtherHandlingDetail.class, "overdueCorrection", "申请人逾期不补正", "unpaidFees", "申请人逾期未缴纳费用",
                "other", "其他");
        label(ApplicantCounts.class, "naturalPerson", "自然人", "business", "商业企业", "research", "科研机构",
                "publicWelfare", "社会公益组织", "legalService", "法律服务机构", "other", "其他", "total", "总计");
        label(ReviewsAndLawsuits.class, "review", "行政复议", "lawsuitDirect", "行政诉讼（未经复议直接起诉）",
                "lawsuitAfterReview", "行政诉讼（复议后起诉）");
        label(OutcomeCounts.class, "upheld", "结果维持", "corrected", "结果纠正", "other", "其他结果",
                "pending", "尚未审结", "total", "总计");
        label(Narrative.class, "overview", "总体情况", "problems", "存在的主要问题及改进情况",
                "otherMatters", "其他需要报告的事项");
        List<Field> fields = new ArrayList<>();
        walk("", List.of(), BOTH, Report.class, fields);
        FIELDS = List.copyOf(fields);
        Map<String, Field> byPath = new LinkedHashMap<>();
        FIELDS.forEach(f -> byPath.put(f.path(), f));
        BY_PATH = byPath;
        VALUE_PATHS = FIELDS.stream().filter(Field::isValue).map(Field::path).toList();
        Map<String, Map<String, List<Field>>> children = new HashMap<>();
        for (String edition : BOTH) {
            Map<String, List<Field>> below = new HashMap<>();
            below.put("", childrenOf("", edition));
            FIELDS.stream().filter(f -> !f.isValue()).forEach(f -> below.put(f.path(), childrenOf(f.path(), edition)));
            children.put(edition, below);
        }
        CHILDREN = children;
    }

    private FieldCatalog() {
    }

    /** Every object and value of the report (both editions), in schema order; {@code schemaVersion} left out. */
    public static List<Field> fields() {
        return FIELDS;
    }

    /** The field at {@code path}, or null when the schema has no such object or value. */
    public static Field field(String path) {
        return BY_PATH.get(path);
    }

    /** The paths of every value of the report (both editions), in schema order: the CSV's report columns. */
    public static List<String> valuePaths() {
        return VALUE_PATHS;
    }

    /** The objects and values directly below {@code path} that {@code edition} has, in schema order. */
    public static List<Field> children(String path, String edition) {
        List<Field> known = CHILDREN.getOrDefault(edition, Map.of()).get(path);
        return known != null ? known : childrenOf(path, edition);
    }

    private static List<Field> childrenOf(String path, String edition) {
        String prefix = path + ".";
        return FIELDS.stream().filter(f -> f.path().startsWith(prefix) && f.path().indexOf('.', prefix.length()) < 0
                && f.in(edition)).toList();
    }

    private static void walk(String prefix, List<String> labels, Set<String> editions, Class<?> type,
                             List<Field> out) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (type == Report.class && c.getName().equals("schemaVersion")) {
                continue; // always "1": not a field of the report's content
            }
            String key = type.getSimpleName() + "." + c.getName();
            String label = LABELS.get(key);
            if (label == null) {
                throw new IllegalStateException("the field catalog has no label for " + key);
            }
            List<String> here = new ArrayList<>(labels);
            here.add(label);
            Set<String> in = EDITIONS.getOrDefault(key, BOTH).stream().filter(editions::contains)
                    .collect(Collectors.toUnmodifiableSet());
            Field field = new Field(prefix + c.getName(), List.copyOf(here), in, c.getType());
            out.add(field);
            if (c.getType().isRecord()) {
                walk(field.path() + ".", field.labels(), in, c.getType(), out);
            }
        }
    }

    private static void label(Class<?> type, String... namesAndLabels) {
        for (int i = 0; i < namesAndLabels.length; i += 2) {
            LABELS.put(type.getSimpleName() + "." + namesAndLabels[i], namesAndLabels[i + 1]);
        }
    }

    private static void only(String edition, Class<?> type, String... names) {
        for (String name : names) {
            EDITIONS.put(type.getSimpleName() + "." + name, Set.of(edition));
        }
    }
}
