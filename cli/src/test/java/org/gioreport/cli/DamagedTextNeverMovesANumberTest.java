package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.gioreport.engine.Gioreport;
import org.gioreport.engine.Isolation;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Damage that cannot move a number (issue 24, item 4): every text fixture of the repository with its expected values
 * (the generated corpus, the seeds, the mixed layouts) is damaged one way at a time inside its tables (the lines from
 * 二、主动公开 to 五、), as extraction and crawling damage real reports: a line deleted, duplicated, swapped with the
 * next, joined to the next, split in two, a page-number line inserted, its digits changed between full and half
 * width. The lines are picked by a seeded {@link Random}, so the mutants are the same on every run. Read with the
 * built-in plugins through the engine, no mutant may have a value that is non-null and other than the undamaged
 * truth: a value the damage made unreadable must be null (missing is allowed), never moved or made up. Two lines
 * that are each one bare cell are not swapped: the text then states other numbers, which no reader can know.
 *
 * <p>Not yet green, so tagged {@code metamorphic} and left out of the default run (cli/pom.xml) until the classes
 * it still finds are fixed: 2 of 3,578 mutants (a short row whose total, derived from its six cells, differs from
 * the total the report printed, which did not add up; a lost row in a cut-off text that shifts the rows placed by
 * position after it). The classes it found before are tests of their own ({@link DamagedRowsStayNullTest}). It is
 * a runnable report that prints each wrong value
 * with its mutant: {@code mvn -B -q -pl cli -am verify -DexcludedGroups=none -Dtest=DamagedTextNeverMovesANumberTest
 * -Dsurefire.failIfNoSpecifiedTests=false}; {@code -Dmutants.dump=DIR} writes those mutants' texts to DIR.
 */
@Tag("metamorphic")
class DamagedTextNeverMovesANumberTest {

    /** Mutants of each kind per fixture; a few thousand in all. */
    private static final int MUTANTS_PER_KIND = Integer.getInteger("mutants.perKind", 3);
    /** A folder to write each mutant with a wrong or invented value to, to read it again (none by default). */
    private static final String DUMP = System.getProperty("mutants.dump");
    private static final Pattern TABLES_START = Pattern.compile("二\\s*[、.．]\\s*主动公开");
    private static final Pattern TABLES_END = Pattern.compile("^\\s*五\\s*[、.．]");
    /** A line that is one cell and nothing else (a number, a dash, a pipe cell), as in one-cell-per-line dumps. */
    private static final Pattern BARE_VALUE = Pattern.compile(
            "[\\s\u3000\u00a0|]*[-－—/／]?[\\d０-９.．]*[\\s\u3000\u00a0|]*");
    private static final Pattern DIGIT_PAIR = Pattern.compile("\\d(?=\\d)");

    /** One way of damaging the line at {@code at} of {@code lines} (its neighbour too for swap and join). */
    enum Damage {
        DELETE, DUPLICATE, SWAP, JOIN, SPLIT, PAGE_NUMBER, WIDTH;

        /** The damaged text, or null where this damage cannot be done at that line (no space or digit pair). */
        List<String> apply(List<String> lines, int at, Random random) {
            List<String> out = new ArrayList<>(lines);
            String line = lines.get(at);
            switch (this) {
                case DELETE -> out.remove(at);
                case DUPLICATE -> out.add(at, line);
                case SWAP -> {
                    if (BARE_VALUE.matcher(line).matches() && BARE_VALUE.matcher(lines.get(at + 1)).matches()) {
                        return null; // two cells swapped: the text then states other numbers, no reader can know
                    }
                    out.set(at, lines.get(at + 1));
                    out.set(at + 1, line);
                }
                case JOIN -> {
                    out.set(at, line + (line.contains("\t") ? "\t" : " ") + lines.get(at + 1));
                    out.remove(at + 1);
                }
                case SPLIT -> {
                    List<Integer> cuts = new ArrayList<>();
                    String trimmed = line.strip();
                    int offset = line.indexOf(trimmed);
                    for (int i = 1; i < trimmed.length() - 1; i++) {
                        if (Character.isWhitespace(trimmed.charAt(i))) {
                            cuts.add(offset + i);
                        }
                    }
                    var pairs = DIGIT_PAIR.matcher(line);
                    while (pairs.find()) {
                        cuts.add(-(pairs.start() + 1)); // negative: a cut between two digits
                    }
                    if (cuts.isEmpty()) {
                        return null;
                    }
                    int cut = cuts.get(random.nextInt(cuts.size()));
                    if (cut >= 0) {
                        out.set(at, line.substring(0, cut));
                        out.add(at + 1, line.substring(cut + 1));
                    } else {
                        out.set(at, line.substring(0, -cut));
                        out.add(at + 1, line.substring(-cut));
                    }
                }
                case PAGE_NUMBER -> out.add(at + 1, random.nextBoolean()
                        ? "- " + (1 + random.nextInt(9)) + " -" : "第" + (1 + random.nextInt(9)) + "页");
                case WIDTH -> {
                    String changed = switchWidth(line);
                    if (changed.equals(line)) {
                        return null;
                    }
                    out.set(at, changed);
                }
                default -> throw new IllegalStateException(name());
            }
            return out;
        }
    }

    /** A fixture's text and the lines of its tables. */
    private record Fixture(String name, Path input, ExpectedValues expected, List<String> lines, int first, int last) {
    }

    @Test
    void noDamageToOneLineOfATableMakesAValueWrongOrInvented() throws IOException {
        List<Fixture> fixtures = fixtures();
        assertTrue(fixtures.size() >= 170, "text fixtures found: " + fixtures.size());
        int mutants = 0;
        ExpectedValues.Score total = new ExpectedValues.Score();
        Map<String, List<String>> wrongByMutant = new LinkedHashMap<>();
        Map<Damage, int[]> wrongMutantsByKind = new TreeMap<>();
        try (Gioreport engine = Gioreport.builder().isolation(Isolation.THREAD).warnings(w -> { }).build()) {
            for (Fixture f : fixtures) {
                for (Damage damage : Damage.values()) {
                    Random random = new Random(f.name().hashCode() * 31L + damage.ordinal());
                    for (int made = 0, tries = 0; made < MUTANTS_PER_KIND && tries < 20; tries++) {
                        int at = f.first() + random.nextInt(f.last() - f.first());
                        List<String> damaged = damage.apply(f.lines(), at, random);
                        if (damaged == null) {
                            continue;
                        }
                        made++;
                        mutants++;
                        NormalizationResult r = engine.normalize(String.join("\n", damaged)
                                .getBytes(StandardCharsets.UTF_8), f.input().getFileName().toString());
                        ExpectedValues.Score score = f.expected().score(r.report());
                        total.add(score);
                        List<String> bad = score.problems.stream()
                                .filter(p -> p.startsWith("wrong ") || p.startsWith("invented ")).toList();
                        if (!bad.isEmpty()) {
                            wrongMutantsByKind.computeIfAbsent(damage, d -> new int[1])[0]++;
                            String mutant = f.name() + " " + damage + " at line " + (at + 1);
                            wrongByMutant.put(mutant + " [" + abbreviate(f.lines().get(at)) + "] (" + r.format()
                                    + ")", bad);
                            if (DUMP != null) {
                                Path dump = Path.of(DUMP).resolve(mutant.replaceAll("[/ ]+", "_") + ".txt");
                                Files.createDirectories(dump.getParent());
                                Files.write(dump, damaged, StandardCharsets.UTF_8);
                            }
                        }
                    }
                }
            }
        }
        System.out.printf("damaged text: %d mutants of %d fixtures, %d fields judged, %d wrong, %d invented,"
                        + " %d missing (allowed), %d mutants with a wrong or invented value%n", mutants,
                fixtures.size(), total.judged, total.wrong, total.invented, total.missing, wrongByMutant.size());
        wrongMutantsByKind.forEach((kind, n) -> System.out.printf("  %s: %d mutants wrong%n", kind, n[0]));
        wrongByMutant.forEach((mutant, bad) -> System.out.println("  " + mutant + ": " + bad));
        assertTrue(mutants >= 2000, "mutants made: " + mutants);
        assertEquals(Map.of(), wrongByMutant, "mutants with a value other than the undamaged truth");
    }

    private static String abbreviate(String line) {
        String s = line.strip().replace('\t', ' ');
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** Digits to full width on a line that has half-width ones, else full-width digits back to half width. */
    static String switchWidth(String line) {
        boolean half = line.chars().anyMatch(c -> c >= '0' && c <= '9');
        StringBuilder s = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            if (half && c >= '0' && c <= '9') {
                s.append((char) (c - '0' + '０'));
            } else if (!half && c >= '０' && c <= '９') {
                s.append((char) (c - '０' + '0'));
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /** Every UTF-8 text fixture with an expected file: corpus, mixed layouts, and the seeds (texts in examples/). */
    private static List<Fixture> fixtures() throws IOException {
        RepositoryFixtures repo = RepositoryFixtures.find();
        List<Fixture> fixtures = new ArrayList<>();
        for (RepositoryFixtures.Fixture f : repo.fixtures()) {
            String relative = repo.root().relativize(f.input()).toString().replace('\\', '/');
            boolean wanted = relative.startsWith("formats/corpus/files/") || relative.startsWith("examples/")
                    || relative.startsWith("cli/src/test/resources/mixed-layouts/");
            if (!wanted || !relative.endsWith(".txt") || f.pluginModule() != null) {
                continue;
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(
                        Files.readAllBytes(f.input()))).toString();
            } catch (CharacterCodingException notUtf8) {
                continue; // the encodings' fixtures: damage to their bytes is another matter
            }
            List<String> lines = Stream.of(text.split("\r?\n", -1)).toList();
            int first = -1;
            int last = lines.size() - 1;
            for (int i = 0; i < lines.size(); i++) {
                if (first < 0 && TABLES_START.matcher(lines.get(i)).find()) {
                    first = i + 1;
                } else if (first >= 0 && TABLES_END.matcher(lines.get(i)).find()) {
                    last = i;
                    break;
                }
            }
            if (first < 0 || last - first < 2) {
                continue;
            }
            fixtures.add(new Fixture(relative, f.input(), ExpectedValues.load(f.expected()), lines, first, last - 1));
        }
        return fixtures;
    }
}
