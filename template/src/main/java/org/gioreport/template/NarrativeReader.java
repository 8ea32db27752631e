package org.gioreport.template;

import java.util.List;
import org.gioreport.spi.ReportBuilder;

/**
 * The report's free text: 一、总体情况 (overview), 五、存在的主要问题及改进情况 (problems) and
 * 六、其他需要报告的事项 (other matters), each up to the next heading; the signature and page chrome
 * after 六 are left out. A section whose heading is not found stays null.
 */
final class NarrativeReader {

    /** Headings are short lines; a longer line that names one is a sentence of the text. */
    private static final int MAX_HEADING = 24;
    private static final java.util.regex.Pattern PAGE_NUMBER = java.util.regex.Pattern.compile(
            "[-—－\\s]*\\d{1,3}[-—－\\s]*|第\\d{1,3}页.*");

    private NarrativeReader() {
    }

    public static void read(List<String> lines, ReportBuilder builder) {
        String overview = section(lines, "总体情况", "主动公开政府信息情况");
        String problems = section(lines, "存在的主要问题", "其他需要报告的事项");
        String other = section(lines, "其他需要报告的事项", null);
        if (other != null && builder.get("organization") instanceof String organization) {
            int signature = other.lastIndexOf(organization);
            other = signature > 0 ? other.substring(0, signature).strip() : other;
        }
        builder.narrative(overview, problems, other == null || other.isEmpty() ? null : other);
    }

    private static String section(List<String> lines, String heading, String nextHeading) {
        int start = heading(lines, heading, 0);
        if (start < 0) {
            return null;
        }
        int end = nextHeading == null ? lines.size() : heading(lines, nextHeading, start + 1);
        StringBuilder text = new StringBuilder();
        for (int i = start + 1; i < (end < 0 ? lines.size() : end); i++) {
            String line = TemplateLabels.trim(lines.get(i));
            if (TemplateLabels.SITE_CHROME_AFTER_TEXT.stream().anyMatch(line::startsWith)) {
                break;
            }
            if (!line.isEmpty() && !PAGE_NUMBER.matcher(line).matches()) {
                text.append(text.isEmpty() ? "" : "\n").append(line);
            }
        }
        return text.isEmpty() ? null : text.toString();
    }

    private static int heading(List<String> lines, String words, int from) {
        for (int i = from; i < lines.size(); i++) {
            String n = TemplateLabels.normalize(lines.get(i));
            if (n.length() <= MAX_HEADING && n.contains(words)) {
                return i;
            }
        }
        return -1;
    }
}
