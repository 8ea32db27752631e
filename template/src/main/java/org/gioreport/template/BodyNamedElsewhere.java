package org.gioreport.template;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a report names its body when neither its title nor its signature does: a CMS page's info bar above the
 * article (发布机构：泰州医药高新区(高港区)商务局, or 发布机构 and the name in the next cell) and the sentence that
 * announces the report (特向社会公布益阳高新区市场监督管理局2020年度政府信息公开工作年度报告). Both are read only
 * before the report's body starts, and only a bare body's name counts ({@link OrganizationName#isSignatureName}):
 * the site's own footer (主办单位：…) and "本局" are never taken.
 */
final class BodyNamedElsewhere {

    /** An info bar's label of the publishing body, then what follows it on its line. */
    private static final Pattern INFO_BAR = Pattern.compile("^(?:发布机构|发布单位|发文机关|发文单位|公开主体)[：:|｜]*(.*)$");
    /** Where the next field of an info bar starts when the bar is one line (…商务局发布日期：2024-01-05). */
    private static final Pattern NEXT_FIELD = Pattern.compile(
            "(?:发布日期|发布时间|成文日期|发文日期|生成日期|索引号|文号|来源|浏览|点击|访问|分类|有效性|[|｜])");
    /** The announcing sentence: the body stands between the announcing words and the report's year. */
    private static final Pattern ANNOUNCING = Pattern.compile(
            "(?:特向社会公布|向社会公布|现予以公布|现予公布|现将|现公布|现发布|特发布)([^，,。；;：:]{2,40}?)(20\\d{2})年度?(?:政府)?信息公开");

    private BodyNamedElsewhere() {
    }

    /** The body named by the info bar, else by the announcing sentence, in the lines (normalized) before the body. */
    static String find(List<String> lines) {
        int end = ReportTitle.bodyStart(lines);
        String fromInfoBar = null;
        for (int i = 0; i < end && fromInfoBar == null; i++) {
            fromInfoBar = infoBar(lines, i, end);
        }
        if (fromInfoBar != null) {
            return fromInfoBar;
        }
        // the announcing sentence is the body's first paragraph: just after the first heading as often as before it
        int sentenceEnd = Math.min(lines.size(), end + 3);
        for (int i = 0; i < sentenceEnd; i++) {
            Matcher m = ANNOUNCING.matcher(lines.get(i));
            if (m.find() && OrganizationName.isSignatureName(m.group(1))) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String infoBar(List<String> lines, int i, int end) {
        Matcher m = INFO_BAR.matcher(lines.get(i));
        if (!m.matches()) {
            return null;
        }
        String value = m.group(1);
        if (value.isEmpty()) {
            int next = ReportTitle.nextNonEmpty(lines, i);
            value = next >= 0 && next < end ? lines.get(next).replaceFirst("^[：:|｜]+", "") : "";
        }
        Matcher field = NEXT_FIELD.matcher(value);
        if (field.find()) {
            value = value.substring(0, field.start());
        }
        return OrganizationName.isSignatureName(value) ? value : null;
    }
}
