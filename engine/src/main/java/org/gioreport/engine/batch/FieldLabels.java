package org.gioreport.engine.batch;

import java.util.HashMap;
import java.util.Map;

/**
 * Chinese column headings for the CSV export ({@code --labels zh}): each path segment by its template label,
 * joined with '/', e.g. {@code applications.notDisclosed.stateSecret.naturalPerson} →
 * 收到和处理申请/不予公开/属于国家秘密/自然人. A segment whose label depends on its parent is keyed "parent.segment".
 */
final class FieldLabels {

    private static final Map<String, String> ZH = new HashMap<>();

    static {
        put("source.path", "文件", "source.sha256", "SHA-256", "format", "格式插件", "status", "状态",
                "diagnostics", "诊断代码");
        put("organization", "报告主体", "reportYear", "统计年度", "publishedOn", "落款日期", "edition", "模板版本");
        put("activeDisclosure", "主动公开", "regulations", "规章", "normativeDocuments", "规范性文件",
                "licensing", "行政许可", "otherServices", "其他对外管理服务事项", "penalties", "行政处罚",
                "coercion", "行政强制", "fees", "行政事业性收费", "procurement", "政府集中采购");
        put("newlyMade", "本年新制作数量", "newlyPublished", "本年新公开数量", "totalPublished", "对外公开总数量",
                "issued", "本年制发件数", "repealed", "本年废止件数", "inForce", "现行有效件数",
                "previousYear", "上一年项目数量", "change", "本年增/减", "decisions", "处理决定数量",
                "fees.amount", "本年收费金额", "amountUnit", "金额单位", "projects", "采购项目数量",
                "procurement.amount", "采购总金额");
        put("applications", "收到和处理申请", "newlyReceived", "本年新收申请数量", "carriedOver", "上年结转申请数量",
                "disclosed", "予以公开", "partiallyDisclosed", "部分公开", "notDisclosed", "不予公开",
                "stateSecret", "属于国家秘密", "prohibitedByLaw", "其他法律行政法规禁止公开",
                "securityStability", "危及“三安全一稳定”", "thirdPartyRights", "保护第三方合法权益",
                "internalAffairs", "属于三类内部事务信息", "processInformation", "属于四类过程性信息",
                "enforcementFiles", "属于行政执法案卷", "queryMatters", "属于行政查询事项",
                "unableToProvide", "无法提供", "notHeld", "本机关不掌握相关政府信息",
                "needsCreation", "没有现成信息需要另行制作", "unclearAfterCorrection", "补正后申请内容仍不明确",
                "notProcessed", "不予处理", "complaints", "信访举报投诉类申请", "duplicates", "重复申请",
                "publications", "要求提供公开出版物", "excessive", "无正当理由大量反复申请",
                "confirmations", "要求行政机关确认或重新出具已获取信息", "otherHandling", "其他处理",
                "otherHandlingDetail", "其他处理明细", "overdueCorrection", "申请人逾期不补正",
                "unpaidFees", "申请人逾期未缴纳费用", "otherHandlingDetail.other", "其他",
                "totalHandled", "办理结果总计", "carriedForward", "结转下年度继续办理");
        put("naturalPerson", "自然人", "business", "商业企业", "research", "科研机构", "publicWelfare", "社会公益组织",
                "legalService", "法律服务机构", "other", "其他", "total", "总计");
        put("reviewsAndLawsuits", "行政复议和行政诉讼", "review", "行政复议", "lawsuitDirect", "行政诉讼（未经复议直接起诉）",
                "lawsuitAfterReview", "行政诉讼（复议后起诉）", "upheld", "结果维持", "corrected", "结果纠正",
                "review.other", "其他结果", "lawsuitDirect.other", "其他结果", "lawsuitAfterReview.other", "其他结果",
                "pending", "尚未审结");
        put("narrative", "文字部分", "overview", "总体情况", "problems", "存在的主要问题及改进情况",
                "otherMatters", "其他需要报告的事项");
    }

    private FieldLabels() {
    }

    private static void put(String... keysAndLabels) {
        for (int i = 0; i < keysAndLabels.length; i += 2) {
            ZH.put(keysAndLabels[i], keysAndLabels[i + 1]);
        }
    }

    /** The Chinese heading of a column path; a segment without a label keeps its English name. */
    static String zh(String path) {
        String whole = ZH.get(path);
        if (whole != null) {
            return whole;
        }
        String[] parts = path.split("\\.");
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            String label = i > 0 ? ZH.get(parts[i - 1] + "." + parts[i]) : null;
            if (label == null) {
                label = ZH.getOrDefault(parts[i], parts[i]);
            }
            s.append(i == 0 ? "" : "/").append(label);
        }
        return s.toString();
    }
}
