package org.gioreport.engine.internal.plugins;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gioreport.core.model.Diagnostic;

/**
 * The report's own words as a second witness of its tables. Reports restate key numbers in sentences
 * (共收到政府信息公开申请859件, 予以公开258件, 行政复议7件、行政诉讼9件, 主动公开规章13件、行政规范性文件60件); each such
 * statement is compared with the table's value: agreement is one {@code NARRATIVE_AGREES} note, a disagreement a
 * {@code NARRATIVE_MISMATCH} warning naming the field, both numbers and the sentence's line. The table's value is
 * never replaced and a null cell is never filled: a witness is not a source. But a value its reader did not read
 * from its own cell (a run split by arithmetic alone, a row placed by position) is no stronger than the witness
 * against it: a disagreement there leaves every value of that run or row null. Only statements that name one field
 * without doubt are read; a count that may include the year's carried-over requests (共收到…12件（含上年结转2件）) is
 * left out, and so is 收费…元: the fee a report speaks of is its information-processing fee (信息处理费), which no
 * table holds (table 二's 行政事业性收费 is the body's administrative fees, in 万元).
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
    /** What a year's published rules are said with; 废止 (repealed) and 现行有效 (in force) are other columns. */
    private static final String ACTIVE = "(?:主动公开|制发|印发|新公开)(?:共|了)?";
    /** 行政规范性文件60件, also after the 规章 of the same sentence (主动公开规章13件、行政规范性文件60件). */
    private static final String NORMATIVE = "(?:规章\\d{1,7}件[、，,和及])?(?:行政)?规范性文件(?:共)?" + COUNT;
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
                    List.of("reviewsAndLawsuits.lawsuitDirect.total", "reviewsAndLawsuits.lawsuitAfterReview.total")),
            // 主动公开规章13件: what the year published, 2021's 本年制发件数 or 2019's 本年新公开数量 (the other is null)
            new Statement("规章", Pattern.compile(ACTIVE + "规章" + COUNT), List.of("activeDisclosure.regulations.issued")),
            new Statement("规章", Pattern.compile(ACTIVE + "规章" + COUNT),
                    List.of("activeDisclosure.regulations.newlyPublished")),
            new Statement("规范性文件", Pattern.compile(ACTIVE + NORMATIVE),
                    List.of("activeDisclosure.normativeDocuments.issued")),
            new Statement("规范性文件", Pattern.compile(ACTIVE + NORMATIVE),
                    List.of("activeDisclosure.normativeDocuments.newlyPublished")));
    /** A sentence states a number; a table's row holds several with no 件 after them. */
    private static final int MAX_LINE = 400;

    private NarrativeWitness() {
    }

    /** The notes and warnings of comparing the text's statements with the report's values ({@code flat}). */
    static List<Diagnostic> compare(String text, Map<String, Object> flat) {
        return judge(text, flat, List.of()).diagnostics();
    }

    /**
     * What the witness says of a reading: its notes and warnings, and the values a disagreement leaves null (every
     * value of a run or row its reader split by arithmetic or placed by position, as {@code reading} says).
     */
    record Verdict(List<Diagnostic> diagnostics, Set<String> unproven) {
    }

    /** Reader codes of a value not read from its own cell: a run split by arithmetic, a row placed by position. */
    private static final Set<String> NOT_READ_FROM_ITS_CELL = Set.of("SPLIT_BY_ARITHMETIC", "ROW_BY_POSITION");

    /**
     * Compares the text's statements with the report's values ({@code flat}), given the diagnostics of the
     * reading that made them.
     */
    static Verdict judge(String text, Map<String, Object> flat, List<Diagnostic> reading) {
        Map<Statement, Said> said = statements(text);
        List<String> agreeing = new ArrayList<>();
        List<Diagnostic> out = new ArrayList<>();
        Set<String> unproven = new LinkedHashSet<>();
        said.forEach((statement, s) -> {
            Long table = TableProof.sum(flat, statement.paths());
            if (table == null) {
                return;
            }
            String field = String.join(" + ", statement.paths());
            if (table == s.number()) {
                agreeing.add(field + " (line " + s.line() + ")");
                return;
            }
            Diagnostic placed = notReadFromItsCell(statement.paths(), reading);
            String verdict = "; the table's value is kept: one of the two is wrong, in the report or in its reading";
            if (placed != null) {
                flat.keySet().stream().filter(p -> within(p, placed.path()) && flat.get(p) instanceof Number)
                        .forEach(unproven::add);
                verdict = "; its reader did not read it from its own cell (" + placed.code() + " at "
                        + placed.path() + "), so every value there is left null";
            }
            out.add(Diagnostic.warning("NARRATIVE_MISMATCH", statement.paths().get(0), "the text says \""
                    + s.words() + "\" (line " + s.line() + ") but the table gives " + field + " = " + table
                    + verdict));
        });
        if (!agreeing.isEmpty()) {
            out.add(0, Diagnostic.info("NARRATIVE_AGREES", null, "the text's own statements agree with the table on "
                    + agreeing.size() + (agreeing.size() == 1 ? " field: " : " fields: ")
                    + String.join(", ", agreeing)));
        }
        return new Verdict(out, unproven);
    }

    /** The reader's diagnostic saying one of {@code paths} was not read from its own cell, or null. */
    private static Diagnostic notReadFromItsCell(List<String> paths, List<Diagnostic> reading) {
        for (Diagnostic d : reading) {
            if (NOT_READ_FROM_ITS_CELL.contains(d.code()) && d.path() != null
                    && paths.stream().anyMatch(p -> within(p, d.path()))) {
                return d;
            }
        }
        return null;
    }

    private static boolean within(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + ".");
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
