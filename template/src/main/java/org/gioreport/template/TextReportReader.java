package org.gioreport.template;

import java.util.ArrayList;
import java.util.List;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.ReportFields;
import org.gioreport.core.validation.EditionMatchesYearValidator;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.ReportBuilder;
import org.gioreport.spi.SourceDocument;

/**
 * Reads a whole report from a document's lines and the cells a layout plugin split them into: title and
 * signature, edition, then the tables. The plugin decides only how its layout splits into cells.
 */
public final class TextReportReader {

    private TextReportReader() {
    }

    public static Extraction read(SourceDocument document, List<Token> cells) {
        return read(ReportText.of(document), cells);
    }

    /** Reads the report from a text already looked at (as a plugin's fit or normalize has it) and its cells. */
    public static Extraction read(ReportText text, List<Token> cells) {
        List<String> lines = text.lines();
        ReportBuilder builder = new ReportBuilder();
        HeaderReader.read(lines, text.normalizedLines(), builder);
        Integer year = (Integer) builder.get("reportYear");
        String edition = detectEdition(text.normalized(), year, builder);
        builder.edition(edition);
        List<TableRow> rows = RowGrouper.group(withoutPageFurniture(numberCellsOfEachLine(cells), text));
        boolean cut = text.endsInsideTables();
        int read = new TemplateTableReader(builder, edition, n -> n >= 1 && n <= lines.size() ? lines.get(n - 1) : "",
                cut ? Math.max(1, lines.size()) : 0).read(rows);
        if (read == 0 && !(cut && text.beginsAReport())) {
            return Extraction.notAReport("no row of the template's tables could be read");
        }
        NarrativeReader.read(lines, text.normalizedLines(), builder);
        return builder.build();
    }

    /**
     * Names each text cell by its line and its place on that line ("line 57, cell 3"), so provenance can point
     * at the very cell a value was read from, not only its line. Cells already placed (in a table) keep theirs.
     */
    static List<Token> numberCellsOfEachLine(List<Token> cells) {
        List<Token> out = new ArrayList<>(cells.size());
        int line = -1;
        int index = 0;
        for (Token t : cells) {
            if (t.kind() == Token.Kind.ROW_BREAK || t.cell() != null) {
                out.add(t);
                continue;
            }
            index = t.line() == line ? index + 1 : 1;
            line = t.line();
            out.add(t.inCell(Token.lineCell(line, index)));
        }
        return out;
    }

    /**
     * The cells without those of page-number lines ("- 3 -", "第3页") and of running headers (the report title
     * repeated on the next page), which PDF text puts inside table rows.
     */
    static List<Token> withoutPageFurniture(List<Token> cells, ReportText text) {
        int lines = text.lines().size();
        return cells.stream()
                .filter(t -> (t.cell() != null && !t.isLineCell()) || t.line() < 1 || t.line() > lines
                        || !text.isFurniture(t.line()))
                .toList();
    }

    /** The edition the tables follow, from words only one template has; the report year breaks a tie. */
    public static String detectEdition(String normalizedText, Integer year, ReportBuilder builder) {
        long marks2021 = TemplateLabels.EDITION_2021_MARKS.stream().filter(normalizedText::contains).count();
        long marks2019 = TemplateLabels.EDITION_2019_MARKS.stream().filter(normalizedText::contains).count();
        if (marks2021 != marks2019) {
            return marks2021 > marks2019 ? ReportFields.EDITION_2021 : ReportFields.EDITION_2019;
        }
        if (year != null) {
            builder.diagnostic(Diagnostic.info("EDITION_FROM_YEAR", "edition",
                    "the tables do not show which template they follow; took the one in force for " + year));
            return EditionMatchesYearValidator.expectedEdition(year);
        }
        builder.diagnostic(Diagnostic.warning("EDITION_UNKNOWN", "edition",
                "neither the tables nor the year show which template edition the report follows"));
        return null;
    }
}
