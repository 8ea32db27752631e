package org.gioreport.formats.joinedcells;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.FitScore;
import org.gioreport.spi.LayoutPlugin;
import org.gioreport.spi.ReportBuilder;
import org.gioreport.spi.SourceDocument;
import org.gioreport.template.ReportText;
import org.gioreport.template.TableRegion;
import org.gioreport.template.TextLayoutPlugin;
import org.gioreport.template.TextReportReader;
import org.gioreport.template.Token;

/**
 * Text of a table page taken without separators (a crawler's {@code get_text()}): each row is its label
 * followed by all its cells' digits run together ({@code 一、本年新收政府信息公开申请数量3520000037}), one
 * line per row or a whole table on one line. A run is split into cells only where the template proves the
 * split: the cells' shapes (no leading zeros), the row's totals and, in table 三, the balance and outcome
 * totals across rows. Every other run stays null with the splits it allows.
 *
 * <p>The splitting needs the row before the cells exist, so this plugin splits the runs itself and hands
 * finished cells to the shared reader; it implements {@link LayoutPlugin} directly to add its diagnostics.
 */
public final class JoinedCellsLayout implements LayoutPlugin {

    /** Fewer runs joined to their label than this is a stray join in another layout, not this one. */
    private static final int MIN_JOINED = 3;
    /** Nor is a small share of joined runs among numbers that stand apart (a page number, "第3页"). */
    private static final double MIN_SHARE = 0.25;
    /** This many joined runs are no accident of extraction: the layout is certain. */
    private static final int PROOF = 10;
    /** What the reader says of a row left as one unsplit cell, which the split diagnostic explains better. */
    private static final Set<String> READER_ECHOES = Set.of("ROW_MISSING", "CELLS_MISSING", "CELL_NOT_STATED");

    @Override
    public String id() {
        return "joined-cells";
    }

    @Override
    public int spiVersion() {
        return SPI_VERSION;
    }

    @Override
    public FitScore fit(SourceDocument document) {
        ReportText text = ReportText.of(document);
        if (text.isMarkup()) {
            return FitScore.no(TextLayoutPlugin.NOT_TEXT_BUT_MARKUP);
        }
        if (!text.looksLikeReport()) {
            return FitScore.no("not an annual disclosure report (no template table words)");
        }
        int joined = 0;
        int overlong = 0;
        for (Segment s : TableSegments.of(text.lines())) {
            if (s instanceof Segment.Run run && run.adjoins()) {
                joined++;
            } else if (s instanceof Segment.Run run && run.breaks().isEmpty() && isOverlong(run.text())) {
                overlong++; // a "number" longer than any cell, alone on its line: cells run together too
            }
        }
        TableRegion region = text.tableRegion();
        int apart = Math.max(0, region.numbers() - overlong);
        double share = (double) (joined + overlong) / (joined + overlong + apart);
        if (joined < MIN_JOINED || share < MIN_SHARE) {
            return FitScore.no("row labels are not followed directly by their numbers (" + joined + " runs joined to"
                    + " a label, " + apart + " numbers stand apart)");
        }
        // many labels each followed directly by its digits prove the layout as markup would
        double proof = joined >= PROOF ? 0.05 : 0;
        return FitScore.of(0.9 * share + proof, joined + " runs of digits follow their row label with no separator, "
                + overlong + " more are longer than any cell; " + apart + " numbers stand apart");
    }

    private static boolean isOverlong(String run) {
        return run.length() > CellKind.COUNT.maxLength() && run.chars().allMatch(Character::isDigit);
    }

    @Override
    public Extraction normalize(SourceDocument document) {
        ReportText text = ReportText.of(document);
        String edition = TextReportReader.detectEdition(text.normalized(), null, new ReportBuilder());
        List<Segment> segments = TableSegments.of(text.lines());
        List<PlannedRun> plans = RunPlanner.plan(segments, edition);
        List<RunSplits.Decision> decisions = RunSplits.decide(plans, edition);
        Extraction read = TextReportReader.read(text, tokens(segments, decisions));
        if (read.report() == null) {
            return read;
        }
        List<Diagnostic> ours = decisions.stream().map(RunSplits.Decision::diagnostic).filter(d -> d != null).toList();
        Set<String> unsplit = ours.stream().filter(d -> !d.code().equals("SPLIT_BY_ARITHMETIC") && d.path() != null)
                .map(Diagnostic::path).collect(Collectors.toSet());
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (Diagnostic d : read.diagnostics()) {
            // the reader sees one cell where a row was not split and calls it missing: ours says why
            boolean explained = d.path() != null && unsplit.contains(d.path()) && READER_ECHOES.contains(d.code());
            if (!explained) {
                diagnostics.add(d);
            }
        }
        diagnostics.addAll(ours);
        return new Extraction(read.report(), read.derived(), read.provenance(), diagnostics);
    }

    /**
     * Cells for the shared reader: labels as they are, a proven split as its numbers (each naming the
     * characters it was cut from), a run not proven as one cell that holds no number, so its row stays null.
     */
    static List<Token> tokens(List<Segment> segments, List<RunSplits.Decision> decisions) {
        List<Token> out = new ArrayList<>();
        Iterator<RunSplits.Decision> next = decisions.iterator();
        for (Segment s : segments) {
            if (s instanceof Segment.Label l) {
                out.add(new Token(Token.Kind.LABEL, l.text(), l.line(), null, null));
                continue;
            }
            Segment.Run run = (Segment.Run) s;
            List<String> cells = next.next().cells();
            if (cells == null) {
                out.add(new Token(Token.Kind.NOT_STATED, run.printed(), run.line(), null, null));
            } else {
                int at = 0;
                for (int c = 0; c < cells.size(); c++) {
                    boolean last = c == cells.size() - 1;
                    String cell = cells.get(c) + (last && run.unit() != null ? run.unit() : "");
                    int end = at + cells.get(c).length();
                    out.add(Token.of(cell, run.line()).inCell(run.where(at, end, last)));
                    at = end;
                }
            }
            out.add(Token.rowBreak(run.line()));
        }
        return out;
    }
}
