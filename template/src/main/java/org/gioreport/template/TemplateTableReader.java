package org.gioreport.template;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.ReportFields;
import org.gioreport.spi.ReportBuilder;

/**
 * Reads the three statistical tables (二 主动公开, 三 申请, 四 复议诉讼) from flattened rows into a
 * {@link ReportBuilder}. Rows are recognised by their labels, in template order: {@link RowLabelMatcher} matches a
 * label to its template row by the row keywords of {@link TemplateLabels}, the keyword ending last winning; where
 * a label is lost but the rows around it are certain, a row is placed by position. Numbers are never moved into columns
 * they may not belong to: a row whose cell count does not fit its columns is left null, except where the
 * row's own total makes every reading agree (see {@link RowCells}).
 */
final class TemplateTableReader {

    private static final Pattern ENDS_IN_DIGIT = Pattern.compile(".*\\d");
    private static final Pattern NUMBER_TAIL = Pattern.compile("\\d+(\\.\\d+)?(万元|元)?");
    private static final Pattern IN_YUAN = Pattern.compile(".*[(:：]元\\).*");
    /** Digits joined to the end of a label's words ("行政处罚51"), not a label's own item number ("2."). */
    private static final Pattern DIGITS_ENDING_LABEL = Pattern.compile("[^\\d\\s.．、,，:：()（）-]([0-9０-９]+)$");

    private final ReportBuilder builder;
    private final IntFunction<String> lineText;
    private final String edition;
    /** The edition whose 二 columns and 三 rows are read; see the constructor. */
    private final String activeEdition;
    private final String applicationsEdition;
    private int rowsRead;
    /** The text's last line when it stops inside the tables ({@link CutOff}), else 0. */
    private final int cutAfterLine;
    /** In a text that may be cut off: ROW_MISSING and TABLES_NOT_FOUND, given to the builder at the end. */
    private final List<Diagnostic> missing = new ArrayList<>();
    /**
     * Cells a line break may have cut in two (2730 → 273 | 0, 192.70 → 19 | 2.70, 行政处罚514 → 行政处罚51 | 4), and
     * how: such a cell is not read.
     */
    private final Map<Token, String> mayContinue = new IdentityHashMap<>();

    /**
     * @param lineText the text of a 1-based line, for provenance
     */
    public TemplateTableReader(ReportBuilder builder, String edition, IntFunction<String> lineText) {
        this(builder, edition, lineText, 0);
    }

    /**
     * @param cutAfterLine the text's last line when the text stops inside the tables, else 0: the rows after the
     *                     last one read are then explained by one {@code CUT_OFF}
     */
    TemplateTableReader(ReportBuilder builder, String edition, IntFunction<String> lineText, int cutAfterLine) {
        this.cutAfterLine = cutAfterLine;
        this.builder = builder;
        this.edition = edition;
        this.lineText = lineText;
        // An unknown edition is read by the 2021 columns of 二 and by the 三 rows both editions share (the
        // 2019 rows); the values then found stay, with the EDITION_UNKNOWN warning the reader has given.
        this.activeEdition = edition == null ? ReportFields.EDITION_2021 : edition;
        this.applicationsEdition = edition == null ? ReportFields.EDITION_2019 : edition;
    }

    /** Reads every table it finds; returns how many template rows were recognised. */
    public int read(List<TableRow> rows) {
        findNumbersCutByALineBreak(rows);
        readTables(rows);
        if (cutAfterLine > 0) {
            CutOff.explain(builder, edition, missing, cutAfterLine).forEach(builder::diagnostic);
        }
        return rowsRead;
    }

    /** A row or table not found: said at once, or kept until the end when the text may be cut off. */
    private void missing(Diagnostic diagnostic) {
        if (cutAfterLine > 0) {
            missing.add(diagnostic);
        } else {
            builder.diagnostic(diagnostic);
        }
    }

    /**
     * Cells whose number a line break may have cut: a row of numbers ended by its line and followed, on the very
     * next line, by a lone run of digits without a label (that run may be the rest of the row's last number); and
     * a label ending in digits joined to its words ("行政处罚51") whose row's first number starts the next line
     * (the number may have begun in the label). Such a cell is not read ({@link RowCells} leaves it null,
     * {@code NUMBER_MAY_CONTINUE}).
     */
    private void findNumbersCutByALineBreak(List<TableRow> rows) {
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            if (row.values().isEmpty()) {
                continue;
            }
            Token first = row.values().get(0);
            Matcher digits = DIGITS_ENDING_LABEL.matcher(TemplateLabels.trim(row.label()));
            if (first.kind() == Token.Kind.NUMBER && first.line() == row.lastLabelLine() + 1 && digits.find()) {
                mayContinue.put(first, "the label ends in \"" + digits.group(1) + "\" on line " + row.lastLabelLine()
                        + " and the cell \"" + first.text() + "\" starts the next line: the number may have begun in"
                        + " the label (" + digits.group(1) + first.text() + ")");
            }
            TableRow next = i + 1 < rows.size() ? rows.get(i + 1) : null;
            if (next == null || next.values().size() != 1 || !TemplateLabels.trim(next.label()).isEmpty()) {
                continue;
            }
            Token last = row.values().get(row.values().size() - 1);
            Token tail = next.values().get(0);
            if (last.kind() == Token.Kind.NUMBER && tail.kind() != Token.Kind.LABEL
                    && ENDS_IN_DIGIT.matcher(last.text()).matches() && NUMBER_TAIL.matcher(tail.text()).matches()
                    && tail.line() == last.line() + 1) {
                mayContinue.put(last, "the cell \"" + last.text() + "\" ends line " + last.line()
                        + " and the next line holds only \"" + tail.text() + "\": the number may go on there ("
                        + last.text() + tail.text() + ")");
            }
        }
    }

    private void readTables(List<TableRow> rows) {
        int start = tableStart(rows);
        if (start < 0) {
            missing(Diagnostic.warning("TABLES_NOT_FOUND", null,
                    "none of the template's tables was found in the text"));
            return;
        }
        int apps = indexOf(rows, start, TemplateLabels.APPLICATIONS_START);
        int activeEnd = apps >= 0 ? apps : rows.size();
        readActiveDisclosure(rows.subList(start, activeEnd));
        if (apps < 0) {
            missing(Diagnostic.warning("ROW_MISSING", "applications",
                    "the applications table (三) was not found: every applications field is null"));
            readReviews(rows.subList(activeEnd, rows.size()));
            return;
        }
        int reviews = readApplications(rows.subList(apps, rows.size()));
        readReviews(rows.subList(apps + reviews, rows.size()));
    }

    private static int tableStart(List<TableRow> rows) {
        for (String mark : TemplateLabels.TABLES_START) {
            int i = indexOf(rows, 0, mark);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first row whose label holds {@code word}, counting the words a wrapped label carries below its numbers
     * into the next row ("一、本年新" / numbers / "收政府信息公开申请数量"): they are proven this row's by the next
     * row's item mark ({@link LabelSegments}).
     */
    private static int indexOf(List<TableRow> rows, int from, String word) {
        for (int i = from; i < rows.size(); i++) {
            String label = rows.get(i).normalizedLabel();
            String carried = i + 1 < rows.size() ? LabelSegments.of(rows.get(i + 1)).carried() : "";
            if (label.contains(word) || !carried.isEmpty() && (label + carried).contains(word)) {
                return i;
            }
        }
        return -1;
    }

    // ---- 二、主动公开政府信息情况 -------------------------------------------------------------------

    private void readActiveDisclosure(List<TableRow> rows) {
        boolean any = false;
        boolean aboveUnknown = false;
        for (TableRow row : rows) {
            String item = activeItem(row, aboveUnknown);
            aboveUnknown = item == null && !row.values().isEmpty();
            if (item == null || row.values().isEmpty()) {
                continue;
            }
            List<String> columns = ReportFields.activeColumns(activeEdition, item);
            if (columns.isEmpty()) {
                builder.diagnostic(Diagnostic.warning("ROW_NOT_IN_EDITION", "activeDisclosure." + item,
                        "the row " + quote(row) + " does not belong to the " + edition + " template; ignored"));
                continue;
            }
            any = true;
            String prefix = "activeDisclosure." + item + ".";
            List<String> paths = columns.stream().map(c -> prefix + c).toList();
            if (new RowCells(row, paths, builder, lineText, mayContinue).assignExactly()) {
                rowsRead++;
                recordUnits(item, row);
            }
        }
        if (!any) {
            missing(Diagnostic.warning("ROW_MISSING", "activeDisclosure",
                    "the active-disclosure table (二) was not found: its fields are null"));
        }
    }

    /**
     * The item of table 二 a row's label names, where its place is proven. After a row whose numbers stood without
     * a recognised label (its label wrapped around them, or printed below them), a label not on its own numbers'
     * line may be that row's, and a label's first line may be that row's last words: only the words after it
     * name this row then, else it stays unread (null).
     */
    private static String activeItem(TableRow row, boolean aboveUnknown) {
        String item = RowLabelMatcher.lastMatch(row.normalizedLabel(), TemplateLabels.ACTIVE_ITEMS);
        if (!aboveUnknown || item == null) {
            return item;
        }
        if (!row.labelOnValueLine()) {
            return null;
        }
        LabelSegments segments = LabelSegments.of(row);
        if (!segments.firstLineUncertain()) {
            return item;
        }
        return item.equals(RowLabelMatcher.lastMatch(segments.afterFirst(), TemplateLabels.ACTIVE_ITEMS)) ? item : null;
    }

    private void recordUnits(String item, TableRow row) {
        if (!item.equals("procurement") && !item.equals("fees")) {
            return;
        }
        String path = "activeDisclosure." + item + ".amount";
        if (!builder.has(path)) {
            return;
        }
        String unit = row.values().stream().map(Token::unit).filter(u -> u != null).findFirst().orElse(null);
        String label = row.normalizedLabel();
        if (unit == null && label.contains("万元")) {
            unit = "万元";
        } else if (unit == null && IN_YUAN.matcher(label).matches()) {
            unit = "元";
        } else if (unit == null && item.equals("fees")) {
            unit = "万元"; // the 2021 template fixes the unit of 本年收费金额 (单位：万元)
        }
        builder.unit("activeDisclosure." + item + ".amountUnit", unit);
    }

    // ---- 三、收到和处理政府信息公开申请情况 --------------------------------------------------------

    /** Reads the applications rows; returns the index (within {@code rows}) where the table ended. */
    private int readApplications(List<TableRow> rows) {
        List<String> template = ReportFields.applicationRows(applicationsEdition);
        int end = rows.size();
        List<Placed> placed = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            if (i > 0 && endsTables(row)) {
                end = i;
                break;
            }
            List<TableRow> chunks = MergedRows.split(row, ApplicantCounts.COLUMNS.size());
            if (chunks.size() == 1 && (row.values().size() >= ReviewsReader.CELLS
                    || (i > 0 && ReviewsReader.startsHere(rows, i)))) {
                end = i;
                break;
            }
            if (chunks.size() == 1) {
                // The anchor row is 一、本年新收 by definition; the column headers printed after its label
                // (…其他, 总计) must not make it another row.
                if (i > 0) {
                    next = placeCarriedWords(row, placed, template, next);
                }
                boolean displaced = i > 0 && mayBeLabelOfAbove(row, placed);
                int t = i == 0 ? 0 : ownRow(row, placed, template, next, displaced);
                placed.add(new Placed(row, t, false, displaced));
                next = t >= 0 ? t + 1 : next;
                continue;
            }
            // Several rows' numbers in one run (their labels went elsewhere): the labels found in the run
            // take the first chunks, in template order, as long as they are consecutive template rows.
            List<Integer> labels = i == 0 ? List.of(0)
                    : withoutGroupHeading(RowLabelMatcher.consecutiveTemplateRows(row.normalizedLabel(), template, next));
            for (int c = 0; c < chunks.size(); c++) {
                int t = c < labels.size() ? labels.get(c) : -1;
                placed.add(new Placed(chunks.get(c), t, true, false));
                next = t >= 0 ? t + 1 : next;
            }
            builder.diagnostic(Diagnostic.info("ROWS_MERGED", null, "the row " + quote(row) + " holds "
                    + chunks.size() + " rows' numbers in one run; read as " + chunks.size() + " rows of "
                    + ApplicantCounts.COLUMNS.size() + " (" + labels.size()
                    + " by their labels, the others by position where certain)"));
        }
        keepOtherHandlingOnlyAsOneRow(placed, template);
        for (Placed p : placed) {
            if (p.template() >= 0) {
                assignApplicationRow(p.row(), template.get(p.template()));
            }
        }
        placeByPosition(placed, template);
        reportMissingRows(template);
        return end;
    }

    /**
     * 2021: a label naming （六）其他处理 and its first detail row is one printed row (the group heading in front of
     * 1．申请人无正当理由…), so it takes one run of numbers, the detail row's, not two.
     */
    private List<Integer> withoutGroupHeading(List<Integer> labels) {
        if (labels.size() < 2 || !isDerivedRow(ReportFields.applicationRows(edition).get(labels.get(0)))) {
            return labels;
        }
        return labels.subList(1, labels.size());
    }

    /**
     * Label lines before the first line that starts with an item mark continue the row above (its label wrapped
     * around its numbers). When they name a template row and the row above has none, the row above is that one:
     * the marks and the template's order prove it. Returns the next template row to look for.
     */
    private int placeCarriedWords(TableRow row, List<Placed> placed, List<String> template, int next) {
        LabelSegments segments = LabelSegments.of(row);
        if (segments.carried().isEmpty() || !aboveUnknown(placed)) {
            return next;
        }
        int carried = RowLabelMatcher.templateRow(segments.carried(), template, next);
        int own = RowLabelMatcher.templateRow(segments.own(), template, next);
        if (carried < 0 || isDerivedRow(template.get(carried)) || (own >= 0 && own <= carried)) {
            return next;
        }
        Placed above = placed.get(placed.size() - 1);
        placed.set(placed.size() - 1, new Placed(above.row(), carried, above.chunk(), false));
        builder.diagnostic(Diagnostic.info("ROW_BY_POSITION", "applications." + template.get(carried),
                "the row " + quote(above.row()) + " is applications." + template.get(carried) + ": its label"
                        + " wrapped around its numbers and ends on the line after them"));
        return carried + 1;
    }

    /**
     * The template row a label names by its own words. After a row whose label was not recognised, the first
     * line of a label spanning lines may be that row's last words: only a row named by the lines after it (or
     * by lines from an item mark on) is certain.
     */
    private int ownRow(TableRow row, List<Placed> placed, List<String> template, int next, boolean displaced) {
        LabelSegments segments = LabelSegments.of(row);
        if (displaced) {
            return -1;
        }
        int t = RowLabelMatcher.templateRow(segments.own(), template, next);
        if (!aboveUnknown(placed) || t < 0) {
            return t;
        }
        if (segments.firstLineUncertain() && RowLabelMatcher.templateRow(segments.afterFirst(), template, next) != t) {
            return -1;
        }
        return piecesAgree(segments, t, template, next, LabelSegments.startsWithItemMark(placed.get(placed.size() - 1)
                .row())) ? t : -1;
    }

    /**
     * After a row whose place is unknown, lines of this label may be that row's, moved or joined by damage to the
     * text. The row {@code t} its label names is certain only when no line of it names another template row, its
     * last marked piece ("(五)不予处理 1.信访举") names it too (a mark starts a row, so words before it are another
     * row's), and, when the row above has only the start of a label ("4.无正当理"), when the unmarked words after
     * its marked lines do not name it alone ("5.要求行政" then "由大量反复申请": those words may be the rest of the row
     * above; "1.申请人无正当理由逾期不" then "补正、…" continue their own row, whose words run across both).
     */
    private boolean piecesAgree(LabelSegments segments, int t, List<String> template, int next, boolean aboveStartOnly) {
        List<String> lines = segments.ownLines();
        for (String line : lines) {
            int named = RowLabelMatcher.templateRow(line, template, next);
            if (named >= 0 && named != t && !isDerivedRow(template.get(named))) {
                return false;
            }
        }
        int lastMarked = segments.lastMarkedLine();
        if (lastMarked > 0 && RowLabelMatcher.templateRow(String.join("", lines.subList(lastMarked, lines.size())),
                template, next) != t) {
            return false;
        }
        if (!aboveStartOnly || lastMarked < 0 || lastMarked == lines.size() - 1) {
            return true;
        }
        String marked = String.join("", lines.subList(0, lastMarked + 1));
        String rest = String.join("", lines.subList(lastMarked + 1, lines.size()));
        return RowLabelMatcher.templateRow(marked, template, next) == t
                || RowLabelMatcher.templateRow(rest, template, next) != t;
    }

    /**
     * A label not on its numbers' line, after an unrecognised row that printed its numbers without a label (a
     * row without label, the unclaimed rest of a run of several rows' numbers, or a row whose own label was such a
     * one) or with only the start of one (its item mark and a few words): the label may be that row's, printed
     * below its numbers. Its place is then proven only by position.
     */
    private boolean mayBeLabelOfAbove(TableRow row, List<Placed> placed) {
        if (!aboveUnknown(placed) || row.labelOnValueLine()) {
            return false;
        }
        Placed above = placed.get(placed.size() - 1);
        if (above.chunk() || above.displaced() || TemplateLabels.trim(above.row().label()).isEmpty()) {
            return true;
        }
        // the row above starts its label with its item mark ("7.属于行") but was not recognised: words without any
        // mark below its numbers ("政执法案卷") may be the rest of that label, not this row's
        return LabelSegments.startsWithItemMark(above.row()) && !LabelSegments.hasItemMark(row)
                && !TemplateLabels.trim(row.label()).isEmpty();
    }

    /**
     * Whether the row above has no proven place: not recognised, or (2021) read as （六）其他处理, which may be the
     * first detail row under its group heading.
     */
    private boolean aboveUnknown(List<Placed> placed) {
        Placed above = placed.isEmpty() ? null : placed.get(placed.size() - 1);
        if (above == null || above.row().values().isEmpty()) {
            return false;
        }
        return above.template() < 0 || ReportFields.EDITION_2021.equals(edition)
                && above.template() == ReportFields.applicationRows(edition).indexOf("otherHandling");
    }

    /**
     * A row (or a chunk of a merged run) and the template row it was recognised as, or -1; {@code displaced}:
     * its label may be the row above's, printed below that row's numbers.
     */
    private record Placed(TableRow row, int template, boolean chunk, boolean displaced) {
    }

    /**
     * Rows whose label was lost, placed by position: between two recognised rows when exactly as many
     * template rows are missing there as unlabeled rows stand there, and likewise after the last
     * recognised row up to the end of the template.
     */
    private void placeByPosition(List<Placed> placed, List<String> template) {
        List<Integer> recognised = new ArrayList<>();
        for (int i = 0; i < placed.size(); i++) {
            if (placed.get(i).template() >= 0) {
                recognised.add(i);
            }
        }
        for (int k = 0; k < recognised.size(); k++) {
            int a = recognised.get(k);
            boolean last = k + 1 == recognised.size();
            int b = last ? placed.size() : recognised.get(k + 1);
            int templateEnd = last ? template.size() : placed.get(b).template();
            List<String> gap = new ArrayList<>();
            for (int t = placed.get(a).template() + 1; t < templateEnd; t++) {
                if (!isDerivedRow(template.get(t))) {
                    gap.add(template.get(t));
                }
            }
            List<TableRow> unlabeled = new ArrayList<>();
            for (int r = a + 1; r < b; r++) {
                if (!placed.get(r).row().values().isEmpty()) {
                    unlabeled.add(placed.get(r).row());
                }
            }
            if (gap.isEmpty() || unlabeled.size() != gap.size()) {
                continue;
            }
            for (int g = 0; g < gap.size(); g++) {
                builder.diagnostic(Diagnostic.info("ROW_BY_POSITION", "applications." + gap.get(g),
                        "the row " + quote(unlabeled.get(g)) + " has no recognisable label; it stands where the"
                                + " template has applications." + gap.get(g)
                                + (last ? ", after the last recognised row" : ", between two recognised rows")));
                assignApplicationRow(unlabeled.get(g), gap.get(g));
            }
        }
    }

    /**
     * 2021: （六）其他处理 heads three detail rows and has no numbers of its own, but some reports print it as one
     * row instead. Numbers under its label are taken as its own only when no row follows before （七）总计 (and so
     * no detail row); otherwise they are the first detail row's, whose label wrapped, and their place is not
     * proven by the label.
     */
    private void keepOtherHandlingOnlyAsOneRow(List<Placed> placed, List<String> template) {
        int group = template.indexOf("otherHandling");
        if (!ReportFields.EDITION_2021.equals(edition) || group < 0) {
            return;
        }
        int lastDetail = group + ReportFields.OTHER_HANDLING_DETAIL.size();
        for (int k = 0; k < placed.size(); k++) {
            if (placed.get(k).template() != group) {
                continue;
            }
            Placed after = null;
            for (int j = k + 1; j < placed.size() && after == null; j++) {
                after = placed.get(j).row().values().isEmpty() ? null : placed.get(j);
            }
            if (after != null && after.template() <= lastDetail) {
                placed.set(k, new Placed(placed.get(k).row(), -1, placed.get(k).chunk(), false));
            }
        }
    }

    private boolean isDerivedRow(String row) {
        return ReportFields.EDITION_2021.equals(edition) && row.equals("otherHandling");
    }

    private void assignApplicationRow(TableRow row, String templateRow) {
        String prefix = "applications." + templateRow + ".";
        List<String> paths = ApplicantCounts.COLUMNS.stream().map(c -> prefix + c).toList();
        if (new RowCells(row, paths, builder, lineText, mayContinue).assignWithRowTotal()) {
            rowsRead++;
        }
    }

    private boolean oneOtherHandlingRow(String row) {
        return ReportFields.OTHER_HANDLING_DETAIL.contains(row) && ReportFields.EDITION_2021.equals(edition)
                && ApplicantCounts.COLUMNS.stream()
                        .anyMatch(c -> builder.has("applications.otherHandling." + c));
    }

    private void reportMissingRows(List<String> template) {
        for (String row : template) {
            String prefix = "applications." + row + ".";
            boolean any = ApplicantCounts.COLUMNS.stream()
                    .anyMatch(c -> builder.has(prefix + c));
            if (!any && oneOtherHandlingRow(row)) {
                missing(Diagnostic.warning("ROW_MISSING", "applications." + row,
                        "the report prints one （六）其他处理 row (read as applications.otherHandling) instead of its"
                                + " three detail rows: applications." + row + " is not stated; its values are null"));
            } else if (!any && !isDerivedRow(row)) {
                missing(Diagnostic.warning("ROW_MISSING", "applications." + row,
                        "the row applications." + row + " was not found in the text (lost in extraction or cut off);"
                                + " its values are null"));
            }
        }
    }

    // ---- 四、行政复议、行政诉讼 -----------------------------------------------------------------------

    private void readReviews(List<TableRow> rows) {
        ReviewsReader.Result found = ReviewsReader.find(rows);
        if (found == null) {
            missing(Diagnostic.warning("ROW_MISSING", "reviewsAndLawsuits",
                    "the review and lawsuit table (四) was not found or its 15 numbers are incomplete: its fields"
                            + " are null"));
            return;
        }
        List<String> paths = ReportFields.reviews();
        int p = 0;
        for (TableRow row : found.rows()) {
            List<String> part = paths.subList(p, p + found.cellsPerRow());
            new RowCells(row, part, builder, lineText, mayContinue).assignExactly();
            p += found.cellsPerRow();
        }
        rowsRead++;
    }

    private static boolean endsTables(TableRow row) {
        String label = row.normalizedLabel();
        return TemplateLabels.AFTER_TABLES.stream().anyMatch(label::contains);
    }

    static String quote(TableRow row) {
        String label = TemplateLabels.trim(row.label());
        if (label.length() > 40) {
            label = "…" + label.substring(label.length() - 40);
        }
        StringBuilder s = new StringBuilder("\"").append(label);
        for (Token t : row.values()) {
            s.append(" | ").append(t.kind() == Token.Kind.BLANK ? "(blank)" : t.text());
        }
        return s.append("\" (line ").append(row.firstLine()).append(")").toString();
    }
}
