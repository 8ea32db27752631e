package org.gioreport.ocr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.Provenance;
import org.gioreport.core.model.Report;
import org.gioreport.core.model.ReportFields;
import org.gioreport.spi.Extraction;

/**
 * The template's arithmetic as the judge of digits read by OCR. A value read from an uncertain cell (low
 * confidence, or engines reading different numbers) is null with {@code OCR_UNCERTAIN}, saying what was read, how
 * sure Tesseract was and which rule it breaks, unless exactly one of the cell's readings satisfies every rule that
 * touches it, all their other operands read with confidence: then that reading is kept, listed in
 * {@code derived}, with {@code OCR_CORRECTED_BY_ARITHMETIC}; several uncertain cells the rules determine together
 * are proven by the only combination of their readings that fits ({@link JointReadings}). A rule broken by
 * confident readings only is the document's own error: the values stay, and the usual cross-check warning says so.
 * An organization name read only once (the title, not repeated in the text or the signature) is not trusted either.
 */
public final class ArithmeticJudge {

    public static final String UNCERTAIN = "OCR_UNCERTAIN";
    public static final String CORRECTED = "OCR_CORRECTED_BY_ARITHMETIC";

    private ArithmeticJudge() {
    }

    /**
     * @param cells  the OCR detail of each table cell, by the place the table reader names in provenance
     * @param text   the document's text as read, to check the organization against
     */
    public static Extraction judge(Extraction extraction, Map<String, OcrCell> cells, String text) {
        return judge(extraction, cells, text, List.of());
    }

    /**
     * @param unsureLines the lines of running text OCR read with low confidence: a date read from one of them is
     *                    not trusted
     */
    public static Extraction judge(Extraction extraction, Map<String, OcrCell> cells, String text,
                                   List<String> unsureLines) {
        Report report = extraction.report();
        if (report == null || cells.isEmpty()) {
            return extraction;
        }
        Map<String, Object> values = new LinkedHashMap<>(ReportPaths.flatten(report));
        Map<String, Provenance> provenance = new LinkedHashMap<>(extraction.provenance());
        List<String> derived = new ArrayList<>(extraction.derived());
        List<Diagnostic> diagnostics = new ArrayList<>(extraction.diagnostics());
        Map<String, OcrCell> read = new LinkedHashMap<>();
        provenance.forEach((path, where) -> {
            OcrCell cell = where == null || where.cell() == null ? null : cells.get(where.cell());
            if (cell != null && cell.digits() && values.get(path) instanceof Number) {
                read.put(path, cell);
            }
        });
        Set<String> uncertain = new LinkedHashSet<>();
        read.forEach((path, cell) -> {
            if (cell.uncertain()) {
                uncertain.add(path);
            }
        });
        String edition = report.edition();
        List<ArithmeticRules.Rule> rules = edition == null ? List.of() : ArithmeticRules.of(edition);
        Map<String, Number> numbers = numbers(values);
        Map<String, String> broken = new LinkedHashMap<>();
        for (ArithmeticRules.Rule rule : rules) {
            Long residual = rule.residual(numbers);
            if (residual != null && residual != 0) {
                for (String path : rule.terms().keySet()) {
                    if (uncertain.contains(path)) {
                        broken.putIfAbsent(path, rule.name() + " (off by " + residual + ")");
                    }
                }
            }
        }
        Map<String, Number> certain = new LinkedHashMap<>(numbers);
        uncertain.forEach(certain::remove);
        Set<String> nulled = new LinkedHashSet<>();
        Set<String> corrected = new LinkedHashSet<>();
        Map<String, JointReadings.Proven> jointly = JointReadings.proven(uncertain, read, rules, certain);
        for (String path : uncertain) {
            OcrCell cell = read.get(path);
            String why = "read \"" + cell.text() + "\" (" + readings(cell) + "confidence " + cell.confidence()
                    + ") at " + cell.place() + " on page " + cell.page();
            Long fix = cell.readings().isEmpty() ? null : onlyReadingThatAddsUp(path, cell, rules, certain, numbers);
            JointReadings.Proven proven = jointly.get(path);
            Long joint = proven == null ? null : proven.value();
            if (fix != null && joint != null && !fix.equals(joint)) {
                fix = null;
            } else if (fix == null && joint != null) {
                values.put(path, joint);
                derived.add(path);
                corrected.add(path);
                diagnostics.add(Diagnostic.info(CORRECTED, path, why + ": " + joint + " is this cell's part of the"
                        + " only combination of readings of the uncertain cells " + String.join(", ", proven.group())
                        + " that satisfies every rule touching them (" + touching(path, rules) + ")"));
                continue;
            }
            if (fix != null) {
                values.put(path, fix);
                derived.add(path);
                corrected.add(path);
                diagnostics.add(Diagnostic.info(CORRECTED, path, why + ": " + fix + " is the only reading that"
                        + " satisfies every rule touching this cell (" + touching(path, rules) + ")"));
                continue;
            }
            values.put(path, null);
            provenance.remove(path);
            nulled.add(path);
            String rule = broken.get(path);
            diagnostics.add(Diagnostic.warning(UNCERTAIN, path, why + "; " + (rule != null ? "it breaks the rule: "
                    + rule : cell.readings().size() > 1 ? "the OCR models read different numbers"
                    : "the confidence is low") + ", and no single reading is proven by the"
                    + " template's arithmetic; left null"));
        }
        unreadCells(edition, provenance, cells, diagnostics);
        otherHandlingFollowsDetails(edition, values, derived, diagnostics, nulled, corrected);
        organizationReadTwice(values, provenance, diagnostics, text);
        dateReadSurely(values, diagnostics, unsureLines);
        Report judged = ReportPaths.unflatten(values, edition);
        return new Extraction(judged, derived, provenance, diagnostics);
    }

    /**
     * The value the template's arithmetic proves for {@code path}: some rule touching it has every other operand
     * read with confidence, every such rule demands the same value, exactly one of the cell's readings is that
     * value, and every other rule touching it holds too with the other uncertain cells as read. Else null.
     */
    private static Long onlyReadingThatAddsUp(String path, OcrCell cell, List<ArithmeticRules.Rule> rules,
                                              Map<String, Number> certain, Map<String, Number> asRead) {
        Long demanded = null;
        List<ArithmeticRules.Rule> undecided = new ArrayList<>();
        for (ArithmeticRules.Rule rule : rules) {
            Integer coefficient = rule.terms().get(path);
            if (coefficient == null) {
                continue;
            }
            long rest = 0;
            boolean decides = true;
            for (Map.Entry<String, Integer> t : rule.terms().entrySet()) {
                if (t.getKey().equals(path)) {
                    continue;
                }
                Number v = certain.get(t.getKey());
                if (v == null) {
                    decides = false;
                    break;
                }
                rest += t.getValue() * v.longValue();
            }
            if (!decides) {
                undecided.add(rule);
                continue;
            }
            if (rest % coefficient != 0) {
                return null;
            }
            long value = -rest / coefficient;
            if (demanded != null && demanded != value) {
                return null;
            }
            demanded = value;
        }
        if (demanded == null || demanded < 0) {
            return null;
        }
        int matching = 0;
        for (String reading : cell.readings()) {
            if (reading.matches("[0-9]+") && new BigDecimal(reading).longValue() == demanded) {
                matching++;
            }
        }
        if (matching != 1) {
            return null;
        }
        Map<String, Number> with = new LinkedHashMap<>(asRead);
        with.put(path, demanded);
        for (ArithmeticRules.Rule rule : undecided) {
            Long residual = rule.residual(with);
            if (residual != null && residual != 0) {
                return null;
            }
        }
        return demanded;
    }

    private static String touching(String path, List<ArithmeticRules.Rule> rules) {
        return String.join("; ", rules.stream().filter(r -> r.terms().containsKey(path))
                .map(ArithmeticRules.Rule::name).toList());
    }

    private static String readings(OcrCell cell) {
        return cell.readings().size() > 1 ? "readings " + String.join(" / ", cell.readings()) + ", " : "";
    }

    private static final Pattern PLACE = Pattern.compile(
            "table (\\d+), row (\\d+), cell (\\d+)");

    /**
     * A value cell OCR could not read as a number was passed on blank (so it keeps its column's place); the table
     * reader then says the cell is blank. Said as it is instead: what OCR read there.
     */
    private static void unreadCells(String edition, Map<String, Provenance> provenance, Map<String, OcrCell> cells,
                                    List<Diagnostic> diagnostics) {
        if (edition == null) {
            return;
        }
        List<String> fields = ReportFields.required(edition);
        for (int i = 0; i < diagnostics.size(); i++) {
            Diagnostic d = diagnostics.get(i);
            if (!"CELL_NOT_STATED".equals(d.code()) || d.path() == null) {
                continue;
            }
            OcrCell cell = cellOf(d.path(), fields, provenance, cells);
            if (cell != null && cell.digits() && cell.uncertain()) {
                String where = " at " + cell.place() + " on page " + cell.page();
                diagnostics.set(i, Diagnostic.warning(UNCERTAIN, d.path(), cell.text().isEmpty()
                        ? "OCR read nothing in the cell" + where + " (blank, or a mark too faint to read); left null"
                        : "OCR read \"" + cell.text() + "\"" + where + ", which is no number; left null"));
            }
        }
    }

    /** The OCR cell of a field that has no provenance, found from a field of the same row that has one. */
    private static OcrCell cellOf(String path, List<String> fields, Map<String, Provenance> provenance,
                                  Map<String, OcrCell> cells) {
        String parent = path.substring(0, path.lastIndexOf('.') + 1);
        List<String> row = fields.stream().filter(f -> f.startsWith(parent) && f.indexOf('.', parent.length()) < 0)
                .toList();
        int at = row.indexOf(path);
        for (int j = 0; j < row.size() && at >= 0; j++) {
            Provenance where = provenance.get(row.get(j));
            Matcher m = where == null || where.cell() == null ? null : PLACE.matcher(where.cell());
            if (m != null && m.matches()) {
                String place = OcrCell.place(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)) + at - j);
                return cells.get(place);
            }
        }
        return null;
    }

    /**
     * 2021's 其他处理 is the sum of its detail rows: a detail left null leaves the sum unknown too, and a detail the
     * arithmetic corrected changes the sum the reader derived from the details as first read.
     */
    private static void otherHandlingFollowsDetails(String edition, Map<String, Object> values, List<String> derived,
                                                    List<Diagnostic> diagnostics, Set<String> nulled,
                                                    Set<String> corrected) {
        if (!ReportFields.EDITION_2021.equals(edition)) {
            return;
        }
        List<String> columns = new ArrayList<>(ArithmeticRules.COLUMNS);
        columns.add("total");
        for (String c : columns) {
            String sum = "applications.otherHandling." + c;
            boolean lost = ReportFields.OTHER_HANDLING_DETAIL.stream()
                    .anyMatch(d -> nulled.contains("applications." + d + "." + c));
            if (lost && derived.contains(sum)) {
                values.put(sum, null);
                derived.remove(sum);
                diagnostics.add(Diagnostic.info("NOT_DERIVED", sum, "not derived: a detail row of 其他处理 in this"
                        + " column was not read with confidence (OCR_UNCERTAIN)"));
            } else if (!lost && derived.contains(sum) && ReportFields.OTHER_HANDLING_DETAIL.stream()
                    .anyMatch(d -> corrected.contains("applications." + d + "." + c))) {
                Long total = 0L;
                for (String d : ReportFields.OTHER_HANDLING_DETAIL) {
                    total = values.get("applications." + d + "." + c) instanceof Number n && total != null
                            ? total + n.longValue() : null;
                }
                values.put(sum, total);
            }
        }
    }

    /**
     * The organization as read must appear at least twice in the text (title and body or signature): a name
     * read once cannot be told from a misread character (白石镇 read as 昌石镇).
     */
    private static void organizationReadTwice(Map<String, Object> values, Map<String, Provenance> provenance,
                                              List<Diagnostic> diagnostics, String text) {
        Object organization = values.get("organization");
        if (!(organization instanceof String name) || name.isEmpty()) {
            return;
        }
        String plain = text.replaceAll("\\s+", "");
        int first = plain.indexOf(name);
        if (first >= 0 && plain.indexOf(name, first + 1) >= 0) {
            return;
        }
        values.put("organization", null);
        provenance.remove("organization");
        diagnostics.add(Diagnostic.warning(UNCERTAIN, "organization", "the organization read by OCR as \"" + name
                + "\" appears only once in the document's text, so a misread character cannot be ruled out; left null"));
    }

    /** A Chinese-numeral date (二〇二一年二月四日): which digits were misread cannot be told from the line. */
    private static final Pattern CHINESE_DATE = Pattern.compile("[〇零一二三四五六七八九]{4}年.*月.*日");
    private static final Pattern DIGIT_DATE = Pattern.compile("([0-9]{4}) *[-年./] *([0-9]{1,2}) *[-月./] *([0-9]{1,2})");

    /**
     * The signature's date has no arithmetic to check it and is written once: read from a line Tesseract was
     * unsure of (2023-02-16 read as 2023-02-10 at 82 %), a misread digit cannot be ruled out, so it is null.
     */
    private static void dateReadSurely(Map<String, Object> values, List<Diagnostic> diagnostics,
                                       List<String> unsureLines) {
        Object date = values.get("publishedOn");
        if (date == null) {
            return;
        }
        for (String line : unsureLines) {
            boolean holdsDate = CHINESE_DATE.matcher(line).find();
            Matcher m = DIGIT_DATE.matcher(PageOcr.plain(line));
            while (!holdsDate && m.find()) {
                holdsDate = date.toString().equals(String.format("%s-%02d-%02d", m.group(1),
                        Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
            }
            if (holdsDate) {
                values.put("publishedOn", null);
                diagnostics.add(Diagnostic.warning(UNCERTAIN, "publishedOn", "the date read by OCR as " + date
                        + " comes from a line OCR read unsurely (\"" + line + "\"), so a misread digit cannot be"
                        + " ruled out; left null"));
                return;
            }
        }
    }

    private static Map<String, Number> numbers(Map<String, Object> values) {
        Map<String, Number> out = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v instanceof Number n) {
                out.put(k, n);
            }
        });
        return out;
    }
}
