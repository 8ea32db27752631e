package org.gioreport.template;

import java.util.List;
import java.util.stream.Stream;

/**
 * How the numbers of a flattened table sit on their lines: several to a line (PDF text), alone on a
 * tab-prefixed line (Word/HTML cell dumps), or alone on a line of their own (web page copies); numbers in
 * Markdown pipe-table rows count for none of these (that layout is a drop-in plugin's). Layout
 * plugins score themselves by the share of numbers that sit their way, so the scores are comparable.
 */
public record LayoutSignals(int numbers, int severalToALine, int aloneAfterTab, int aloneWithoutTab,
                            boolean siteChrome) {

    /** Site chrome: what a web site prints around a report's text, before it and after it. */
    private static final List<String> CHROME = Stream.concat(
            Stream.of("字号", "来源：", "来源:", "浏览次数", "时间:", "发布时间"),
            TemplateLabels.SITE_CHROME_AFTER_TEXT.stream()).toList();

    private static final java.util.regex.Pattern CELL_SPLIT = java.util.regex.Pattern.compile("[\\s\u3000]+");
    /** Every text layout plugin scores the same document: measure it once. */
    private static final java.util.Map<String, LayoutSignals> BY_TEXT =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The signals of a document, measured once per text. */
    public static LayoutSignals of(org.gioreport.spi.SourceDocument document) {
        return BY_TEXT.computeIfAbsent(document.text(), t -> of(document.lines()));
    }

    /** Measures the lines of the table region (from the first table label to 五、存在的主要问题). */
    public static LayoutSignals of(List<String> lines) {
        int start = -1;
        int end = lines.size();
        for (int i = 0; i < lines.size(); i++) {
            String n = TemplateLabels.normalize(lines.get(i));
            if (start < 0 && (n.contains("第二十条") || n.contains("信息内容") || n.contains("本年新收"))) {
                start = i;
            } else if (start >= 0 && TemplateLabels.AFTER_TABLES.stream().anyMatch(n::contains)) {
                end = i;
                break;
            }
        }
        int numbers = 0;
        int several = 0;
        int afterTab = 0;
        int alone = 0;
        for (int i = Math.max(0, start); start >= 0 && i < end; i++) {
            String line = lines.get(i);
            String[] cells = CELL_SPLIT.split(TemplateLabels.trim(line));
            int here = 0;
            for (String c : cells) {
                if (mayBeNumber(c) && Token.of(c, 0).kind() == Token.Kind.NUMBER) {
                    here++;
                }
            }
            numbers += here;
            String trimmed = TemplateLabels.trim(line);
            if (trimmed.length() > 1 && trimmed.startsWith("|") && trimmed.endsWith("|")) {
                continue; // a Markdown pipe-table row: none of these layouts
            }
            if (here >= 2) {
                several += here;
            } else if (here == 1 && cells.length == 1) {
                if (line.startsWith("\t")) {
                    afterTab++;
                } else {
                    alone++;
                }
            }
        }
        boolean chrome = false;
        for (String line : lines) {
            String t = TemplateLabels.trim(line);
            if (CHROME.stream().anyMatch(t::startsWith)) {
                chrome = true;
                break;
            }
        }
        return new LayoutSignals(numbers, several, afterTab, alone, chrome);
    }

    /** A cheap first look before the number pattern: a number starts with a digit or a sign. */
    private static boolean mayBeNumber(String cell) {
        if (cell.isEmpty()) {
            return false;
        }
        char c = cell.charAt(0);
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '−' || c == '－' || c == '–';
    }

    public double shareSeveralToALine() {
        return numbers == 0 ? 0 : (double) severalToALine / numbers;
    }

    public double shareAloneAfterTab() {
        return numbers == 0 ? 0 : (double) aloneAfterTab / numbers;
    }

    public double shareAloneWithoutTab() {
        return numbers == 0 ? 0 : (double) aloneWithoutTab / numbers;
    }

    /** "37 of 40 numbers …" for fit reasons. */
    public String describe(int count, String how) {
        return count + " of the table's " + numbers + " numbers " + how;
    }
}
