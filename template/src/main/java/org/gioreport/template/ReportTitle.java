package org.gioreport.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report's title (…2024年政府信息公开工作年度报告), found by what it says, not where it stands: a web page puts
 * its title after long navigation menus, a breadcrumb and sidebars. Of the title-like lines before the report's
 * body, the one nearest the body is the article's heading; a navigation line is never one, and a crawler's label
 * ("标题：") is not part of it.
 *
 * @param line     index of the title's (first) line
 * @param lastLine index of its last line (a title may wrap over two)
 * @param year     the year the title names, or null
 * @param subject  the body the title names (its name, bare), or null
 */
record ReportTitle(int line, int lastLine, Integer year, String subject) {

    /** A title is short; a longer line naming a year and a report is a sentence of the text. */
    private static final int MAX_TITLE = 60;
    /** A title with no body in it may have the body alone on the line above: only at the top of a document. */
    private static final int FIRST_LINES = 12;
    private static final Pattern YEAR = Pattern.compile("(20\\d{2})年度?");
    /** A crawler's label of the title, which is not part of it; any other label (来源：, 发布机构：) is no title. */
    private static final Pattern TITLE_LABEL = Pattern.compile("^(?:文章标题|文件名称|标题|题名|名称)[：:]");
    private static final Pattern LABEL = Pattern.compile("^[\\p{IsHan}A-Za-z]{1,6}[：:]");
    /** Where a page's head adds the site's name to the title ("…年度报告_某某县人民政府", "…年度报告|…"). */
    private static final Pattern SITE_SUFFIX = Pattern.compile("(?<=报告|年报)[_|｜\\-—－]");
    private static final Pattern SENTENCE = Pattern.compile("[，,。；;！？]");
    /** Where the report's name starts in a title: the body named before it. */
    private static final Pattern REPORT_NAME = Pattern.compile("政府信息公开|政务公开|信息公开");
    private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\p{Punct}　、（）()《》\"]+");
    private static final Pattern ABOUT = Pattern.compile("^关于|关于$");

    /** The title of a report's lines (normalized), or null when no line reads as one. */
    static ReportTitle find(List<String> lines) {
        int bodyStart = bodyStart(lines);
        List<ReportTitle> found = new ArrayList<>();
        for (int i = 0; i < bodyStart; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            int next = nextNonEmpty(lines, i);
            // a title wrapped inside its report name ("…政府信息公开工" / "作年度报告"); a body alone above a title is
            // trusted only at the top of a document, where no menu stands (a menu's last item is no title's body)
            boolean wrapped = !namesAReport(line) && next >= 0 && next < bodyStart
                    && namesAReport(line + lines.get(next)) && (line + lines.get(next)).length() <= MAX_TITLE
                    && (line.contains("政府信息公开") || YEAR.matcher(line).find() || nonEmptyBefore(lines, i) < FIRST_LINES);
            ReportTitle title = read(wrapped ? line + lines.get(next) : line, i, wrapped ? next : i, lines);
            if (title != null) {
                found.add(title);
            }
        }
        return choose(found);
    }

    /**
     * The title nearest the body is the article's heading (a sidebar or a menu listing other years' reports comes
     * before it). Its year may be written only in another copy of it (the page's head): the first title naming
     * that year, with a body if one does; a title without a year takes one only from a copy naming the same body.
     */
    private static ReportTitle choose(List<ReportTitle> found) {
        if (found.isEmpty()) {
            return null;
        }
        ReportTitle last = found.get(found.size() - 1);
        if (last.year == null) {
            return found.stream().filter(t -> t.year != null && last.subject.equals(t.subject)).findFirst()
                    .orElse(last);
        }
        ReportTitle first = null;
        for (ReportTitle t : found) {
            if (last.year.equals(t.year) && t.subject != null) {
                return t;
            }
            first = first == null && last.year.equals(t.year) ? t : first;
        }
        return first;
    }

    private static ReportTitle read(String text, int line, int lastLine, List<String> lines) {
        Matcher site = SITE_SUFFIX.matcher(text);
        if (site.find() && !text.contains("首页")) {
            text = text.substring(0, site.start()); // a page's head: "…年度报告_某某县人民政府门户网站"
        }
        if (hasNavigation(text)) {
            return null;
        }
        String title = TITLE_LABEL.matcher(text).replaceFirst("");
        if (LABEL.matcher(title).find() || title.length() > MAX_TITLE || SENTENCE.matcher(title).find() || !title.contains("公开")
                || !namesAReport(title) || hasNavigation(title)) {
            return null;
        }
        Matcher year = YEAR.matcher(title);
        boolean hasYear = year.find();
        // a department's title may leave out 政府 (会同县林业局信息公开工作年度报告): its body must then be named
        if (!hasYear && !(title.contains("信息公开") && title.matches(".*(年度报告|工作报告|年报)$"))) {
            return null;
        }
        String subject = subject(title, hasYear ? year : null);
        if (subject == null && hasYear && nonEmptyBefore(lines, line) < FIRST_LINES) {
            subject = bodyOnTheLineAbove(lines, line);
        }
        if (!hasYear && (subject == null || !OrganizationName.isSignatureName(subject))) {
            return null; // a menu's 政府信息公开年报, 法定主动公开内容…: no title of this report
        }
        return new ReportTitle(line, lastLine, hasYear ? Integer.valueOf(year.group(1)) : null, subject);
    }

    private static boolean namesAReport(String text) {
        return text.contains("报告") || text.contains("年报");
    }

    private static boolean hasNavigation(String text) {
        return text.contains(">") || text.contains("＞") || text.contains("|") || text.contains("｜")
                || SiteChrome.NAVIGATION.stream().anyMatch(text::contains);
    }

    /** The body a title names before its year or before the report's name ("某某局关于2024年…", "（2024年度）"). */
    private static String subject(String title, Matcher year) {
        Matcher name = REPORT_NAME.matcher(title);
        int end = name.find() ? name.start() : title.length();
        if (year != null && year.start() < end) {
            end = year.start();
        }
        String before = title.substring(0, end);
        if (before.endsWith("人民") && title.startsWith("政府", end)) {
            before = before + "政府"; // 某某县人民政府信息公开…: the body's 政府 is the report name's too
        }
        String s = clean(before);
        if (s == null && year != null && year.start() == 0 && end == 0) {
            // "2021年度永正镇政府信息公开工作报告": the body stands between the year and the report's name
            Matcher after = REPORT_NAME.matcher(title);
            s = after.find(year.end()) ? clean(title.substring(year.end(), after.start())) : null;
        }
        return s;
    }

    private static String clean(String text) {
        String s = ABOUT.matcher(LEADING_PUNCTUATION.matcher(text).replaceAll("")).replaceAll("");
        return OrganizationName.isBareName(s) ? s : null;
    }

    /** The body alone on the line above the title, unless that line is one of a list of names (a menu). */
    private static String bodyOnTheLineAbove(List<String> lines, int titleLine) {
        int above = previousNonEmpty(lines, titleLine);
        if (above < 0 || !OrganizationName.isSignatureName(lines.get(above))) {
            return null;
        }
        int aboveThat = previousNonEmpty(lines, above);
        return aboveThat >= 0 && OrganizationName.isSignatureName(lines.get(aboveThat)) ? null : lines.get(above);
    }

    /** Where the report's body starts: its first section heading or its tables. No title is after it. */
    static int bodyStart(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.length() <= 20 && (l.contains("总体情况") || l.startsWith("一") && l.contains("概述"))
                    || TemplateLabels.TABLE_HEAD.stream().anyMatch(l::contains)) {
                return i;
            }
        }
        return lines.size();
    }

    private static int nonEmptyBefore(List<String> lines, int line) {
        int n = 0;
        for (int i = 0; i < line; i++) {
            n += lines.get(i).isEmpty() ? 0 : 1;
        }
        return n;
    }

    static int nextNonEmpty(List<String> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).isEmpty()) {
                return j;
            }
        }
        return -1;
    }

    static int previousNonEmpty(List<String> lines, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (!lines.get(j).isEmpty()) {
                return j;
            }
        }
        return -1;
    }
}
