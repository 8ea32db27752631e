package org.gioreport.template;

import java.util.List;
import java.util.regex.Pattern;
import org.gioreport.spi.SourceDocument;

/**
 * What the toolkit learns from one document's text before reading it: its lines, the whole text normalized
 * ({@link TemplateLabels#normalize}), whether it is a report at all and, on first request, its
 * {@link TableRegion}. It is made once per document and travels with it
 * ({@link SourceDocument#view}) through every plugin's {@code fit} and the chosen one's {@code normalize};
 * nothing is kept between documents.
 */
public final class ReportText {

    private static final Pattern DELIMITED_NUMBER =
            Pattern.compile("[,，;；|｜]\\s*[-+]?\\d+\\s*(?:[,，;；|｜]|$)");

    private final SourceDocument document;
    /** The lines as extracted, markup and all: split once, for {@link #isMarkup} as for {@link #lines}. */
    private final List<String> rawLines;
    private final List<String> lines;
    private final String normalized;
    private volatile TableRegion region;
    private volatile Boolean beginsAReport;
    private volatile Boolean endsInsideTables;
    private volatile Boolean markup;
    private volatile boolean[] furniture;
    private volatile List<String> normalizedLines;

    private ReportText(SourceDocument document) {
        this.document = document;
        this.rawLines = document.lines();
        this.lines = Markup.blankOut(rawLines);
        this.normalized = TemplateLabels.normalize(String.join("\n", lines));
    }

    /** The document's analysis, made once per document and kept with it ({@link SourceDocument#view}). */
    public static ReportText of(SourceDocument document) {
        return document.view(ReportText.class, ReportText::new);
    }

    public SourceDocument document() {
        return document;
    }

    /** The document's lines (line 1 is index 0), markup blanked out ({@link Markup#blankOut}): never a value. */
    public List<String> lines() {
        return lines;
    }

    /** The whole text normalized: no white space or quotes, half-width brackets. */
    public String normalized() {
        return normalized;
    }

    /**
     * Each line normalized ({@link TemplateLabels#normalize}), made on first request: the header and narrative
     * readers of every plugin reading the document look at them, the narrative reader once per section.
     */
    public List<String> normalizedLines() {
        List<String> known = normalizedLines;
        if (known == null) {
            known = lines.stream().map(TemplateLabels::normalize).toList();
            normalizedLines = known;
        }
        return known;
    }

    /**
     * Whether the text is raw markup (a share of its lines are tags or style declarations): an HTML page whose
     * parser did not run. No text layout reads it; the engine reads HTML with its parser, or not at all.
     */
    public boolean isMarkup() {
        if (markup == null) {
            markup = Markup.isMarkup(rawLines);
        }
        return markup;
    }

    /** Whether the text looks like an annual disclosure report at all: cheap, for plugins' fit checks. */
    public boolean looksLikeReport() {
        return normalized.contains("政府信息公开") && TemplateLabels.REPORT_MARKS.stream().anyMatch(normalized::contains);
    }

    /**
     * Whether the text is a report's beginning whose tables' numbers are cut off: it is a report (template table
     * words, or its title and a section heading), it stops before 五、存在的主要问题, and its tables hold no number.
     * No layout can be told from such a text; one plugin reads what it states (title, year, overview).
     */
    public boolean isCutBeforeItsNumbers() {
        return beginsAReport() && tableRegion().numbers() == 0 && !hasDelimitedNumbers() && endsInsideTables();
    }

    /**
     * Whether a line holds numbers after commas, semicolons or pipes ({@code 规章,0,1,14}): a table exported with
     * delimiters, whose numbers the table region (cells apart by white space) does not count. Such a text is not
     * cut before its numbers; a layout that reads delimited rows may claim it, the one-cell-per-line reader not.
     */
    private boolean hasDelimitedNumbers() {
        for (String line : lines) {
            if (DELIMITED_NUMBER.matcher(line).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text stops inside the tables (no 五、/六、 heading after them): cut off, measured once. */
    public boolean endsInsideTables() {
        if (endsInsideTables == null) {
            endsInsideTables = CutOff.textEndsInsideTables(lines);
        }
        return endsInsideTables;
    }

    /** Whether the text is a report or the beginning of one: template table words, or its title and a section. */
    public boolean beginsAReport() {
        if (beginsAReport == null) {
            beginsAReport = looksLikeReport() || CutOff.beginsAReport(lines);
        }
        return beginsAReport;
    }

    /**
     * Whether line {@code n} (line 1 is 1) is page furniture ({@link PageFurniture}): judged once per line of the
     * document, not once per cell of it and per plugin reading it.
     */
    boolean isFurniture(int n) {
        boolean[] known = furniture;
        if (known == null) {
            known = new boolean[lines.size()];
            for (int i = 0; i < known.length; i++) {
                known[i] = PageFurniture.isPageNumber(lines.get(i))
                        || PageFurniture.isRunningHeader(normalizedLines().get(i));
            }
            furniture = known;
        }
        return known[n - 1];
    }

    /** The lines of the tables and their numbers, measured on first request. */
    public TableRegion tableRegion() {
        if (region == null) {
            region = TableRegion.of(lines);
        }
        return region;
    }
}
