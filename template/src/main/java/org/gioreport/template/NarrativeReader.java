package org.gioreport.template;

import java.util.List;
import java.util.regex.Pattern;
import org.gioreport.spi.ReportBuilder;

/**
 * The report's free text: 一、总体情况 (overview), 五、存在的主要问题及改进情况 (problems) and
 * 六、其他需要报告的事项 (other matters), each up to the next heading or the site's chrome (【打印本页】, 扫一扫…);
 * the last ends at the signature (the body's name and date) or, on a web page without one, at the footer's
 * first line (上一篇, 相关链接, 主办单位, ICP备…). A section whose heading is not found stays null.
 */
final class NarrativeReader {

    /** Headings are short lines; a longer line that names one is a sentence of the text. */
    private static final int MAX_HEADING = 24;
    private static final Pattern LEADING_BRACKETS = Pattern.compile("^[【\\[]+");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[-—－\\s]*\\d{1,3}[-—－\\s]*|第\\d{1,3}页.*");

    private NarrativeReader() {
    }

    public static void read(List<String> lines, ReportBuilder builder) {
        read(lines, lines.stream().map(TemplateLabels::normalize).toList(), builder);
    }

    /** Reads with the lines already normalized ({@link ReportText#normalizedLines}): once per document. */
    static void read(List<String> lines, List<String> normalized, ReportBuilder builder) {
        String overview = section(lines, normalized, "总体情况", "主动公开政府信息情况");
        String problems = section(lines, normalized, "存在的主要问题", "其他需要报告的事项");
        String other = section(lines, normalized, "其他需要报告的事项", null);
        if (other != null && builder.get("organization") instanceof String organization) {
            int signature = other.lastIndexOf(organization);
            other = signature > 0 ? other.substring(0, signature).strip() : other;
        }
        builder.narrative(overview, problems, other == null || other.isEmpty() ? null : other);
    }

    private static String section(List<String> lines, List<String> normalized, String heading,
                                  String nextHeading) {
        int start = heading(normalized, heading, 0);
        if (start < 0) {
            return null;
        }
        int next = nextHeading == null ? -1 : heading(normalized, nextHeading, start + 1);
        int end = next >= 0 ? next : lastSectionEnd(normalized, start + 1);
        StringBuilder text = new StringBuilder();
        for (int i = start + 1; i < end; i++) {
            String line = TemplateLabels.trim(lines.get(i));
            if (isChrome(normalized.get(i))) {
                break;
            }
            if (!line.isEmpty() && !PAGE_NUMBER.matcher(line).matches()) {
                text.append(text.isEmpty() ? "" : "\n").append(line);
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    /** Where the text after the last heading ends: at the page's footer, or above the signature before it. */
    private static int lastSectionEnd(List<String> normalized, int from) {
        int footer = normalized.size();
        for (int i = from; i < normalized.size() && footer == normalized.size(); i++) {
            String line = normalized.get(i);
            if (SiteChrome.FOOTER.stream().anyMatch(unbracketed(line)::startsWith)
                    || SiteChrome.FOOTER_ANYWHERE.stream().anyMatch(line::contains)) {
                footer = i;
            }
        }
        return SignatureReader.signatureStart(normalized, from, footer);
    }

    /** A line a site prints after an article (附件下载, 【打印本页】, 扫一扫…). */
    private static boolean isChrome(String normalizedLine) {
        return SiteChrome.AFTER_TEXT.stream().anyMatch(unbracketed(normalizedLine)::startsWith);
    }

    private static String unbracketed(String line) {
        return LEADING_BRACKETS.matcher(line).replaceFirst("");
    }

    private static int heading(List<String> lines, String words, int from) {
        for (int i = from; i < lines.size(); i++) {
            String n = lines.get(i);
            if (n.length() <= MAX_HEADING && n.contains(words)) {
                return i;
            }
        }
        return -1;
    }
}
