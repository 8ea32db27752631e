package org.gioreport.engine.internal.plugins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gioreport.core.model.Diagnostic;

/**
 * The report's own words as a second witness of its tables. Reports restate key numbers in sentences
 * (共收到政府信息公开申请859件, 予以公开258件, 行政复议7件、行政诉讼9件); each such statement is compared with the table's
 * value: agreement is one {@code NARRATIVE_AGREES} note, a disagreement a {@code NARRATIVE_MISMATCH} warning naming
 * the field, both numbers and the sentence's line. The table's value is never replaced and a null cell is never
 * filled: a witness is not a source. Only statements that name one field without doubt are read; a count that may
 * include the year's carried-over requests (共收到…12件（含上年结转2件）) is left out.
 */
final class NarrativeWitness {

    /**
     * What a statement says and the fields of the table it restates (their sum, for 行政诉讼's two groups).
     * {@code word} is in every match of {@code pattern}: a line without it is passed over without running the
     * pattern (most lines of a report are not such statements).
     */
    private record Statement(String word, Pattern pattern, List<String> paths) {
    }

    private static final String COUNT = "(\\d{1,7})(?:件|起|宗|个)";
    private static final List<Statement> STATEMENTS = List.of(
            new Statement("政府信息公开申请",
                    Pattern.compile("(?:收到|新收|接收|受理)(?:各类|群众|公民|社会公众)?的?政府信息公开申请"
                    + "(?:共计|共|合计|总计)?" + COUNT + "(?![，,(]?(?:含|其中|包括)?上年)"),
                    List.of("applications.newlyReceived.total")),
            new Statement("予以公开", Pattern.compile("(?<![不未])予以公开" + COUNT),
                    List.of("applications.disclosed.total")),
            new Statement("部分公开", Pattern.compile("部分公开" + COUNT),
                    List.of("applications.partiallyDisclosed.total")),
            new Statement("行政复议", Pattern.compile("行政复议(?:案件|申请)?(?:共计|共)?" + COUNT),
                    List.of("reviewsAndLawsuits.review.total")),
            new Statement("行政诉讼", Pattern.compile("行政诉讼(?:案件)?(?:共计|共)?" + COUNT),
                    List.of("reviewsAndLawsuits.lawsuitDirect.total", "reviewsAndLawsuits.lawsuitAfterReview.total")));
    /** A sentence states a number; a table's row holds several with no 件 after them. */
    private static final int MAX_LINE = 400;

    private NarrativeWitness() {
    }

    /** The notes and warnings of comparing the text's statements with the report's values ({@code flat}). */
    static List<Diagnostic> compare(String text, Map<String, Object> flat) {
        Map<Statement, Said> said = statements(text);
        List<String> agreeing = new ArrayList<>();
        List<Diagnostic> out = new ArrayList<>();
        said.forEach((statement, s) -> {
            Long table = TableProof.sum(flat, statement.paths());
            if (table == null) {
                return;
            }
            String field = String.join(" + ", statement.paths());
            if (table == s.number()) {
                agreeing.add(field + " (line " + s.line() + ")");
            } else {
                out.add(Diagnostic.warning("NARRATIVE_MISMATCH", statement.paths().get(0), "the text says \""
                        + s.words() + "\" (line " + s.line() + ") but the table gives " + field + " = " + table
                        + "; the table's value is kept: one of the two is wrong, in the report or in its reading"));
            }
        });
        if (!agreeing.isEmpty()) {
            out.add(0, Diagnostic.info("NARRATIVE_AGREES", null, "the text's own statements agree with the table on "
                    + String.join(", ", agreeing)));
        }
        return out;
    }

    private record Said(long number, int line, String words) {
    }

    /** The first statement of each kind, with its line (1-based); a statement wrapped over two lines counts too. */
    private static Map<Statement, Said> statements(String text) {
        Map<Statement, Said> found = new LinkedHashMap<>();
        String[] lines = text.split("\n", -1);
        String next = lines.length > 0 ? compact(lines[0]) : "";
        for (int i = 0; i < lines.length && found.size() < STATEMENTS.size(); i++) {
            String line = next;
            next = i + 1 < lines.length ? compact(lines[i + 1]) : null;
            String joined = next != null ? line + next : line;
            if (joined.length() > MAX_LINE) {
                continue;
            }
            for (Statement statement : STATEMENTS) {
                if (found.containsKey(statement) || !joined.contains(statement.word())) {
                    continue;
                }
                Matcher m = statement.pattern().matcher(joined);
                if (m.find() && m.start() < line.length()) {
                    found.put(statement, new Said(Long.parseLong(m.group(1)), i + 1, m.group()));
                }
            }
        }
        return found;
    }

    /** Without spaces, and with full-width digits and brackets as ASCII ones. */
    private static String compact(String line) {
        StringBuilder s = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                continue;
            }
            s.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '（' ? '(' : c == '）' ? ')' : c);
        }
        return s.toString();
    }
}
