package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.gioreport.core.testing.EveryInputType;
import org.gioreport.core.testing.ExpectedValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What users run, on one file of each input type and on every HTML page of the corpus, judged value by value
 * against each fixture's expected map: the repository's {@code ./gioreport} launcher (its class path is the jar's
 * manifest, naming {@code cli/target/lib}) and the distribution archive's {@code bin/gioreport} (its {@code lib/}).
 * The unit tests run on Maven's test class path, which had jsoup while the launcher's did not, so the launcher
 * read no HTML page (issue 19): only a run of the shipped tool shows that.
 */
class ShippedToolReadsEveryInputTypeIT {

    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    static final Path CORPUS = ROOT.resolve("formats/corpus/files");

    /** Every input type, then every HTML page of the corpus: the type the shipped tool once read none of. */
    static List<String> inputs() throws IOException {
        List<String> inputs = new ArrayList<>(EveryInputType.FILES);
        try (var pages = Files.list(CORPUS.resolve("html"))) {
            pages.filter(p -> p.toString().endsWith(".html")).sorted()
                    .forEach(p -> inputs.add(ROOT.relativize(p).toString()));
        }
        return inputs;
    }

    @Test
    void theRepositoryLauncherReadsEveryInputTypeWithTheExpectedValues() throws Exception {
        Path launcher = Path.of("..", "gioreport").toAbsolutePath().normalize();
        assertEveryValueAsExpected(launcher);
    }

    @Test
    void theDistributionArchiveReadsEveryInputTypeWithTheExpectedValues(@TempDir Path unpacked) throws Exception {
        assertEveryValueAsExpected(LauncherRun.unpackArchive(unpacked));
    }

    /**
     * The failure that hid behind the missing jar: without jsoup, Tika read the HTML page with its text parser and
     * its markup reached the text layouts, whose numbers came from style widths. Now the page is not read at all.
     */
    @Test
    void withoutItsHtmlParserAPageFailsNamingTheParserAndReadsNoNumber(@TempDir Path lib) throws Exception {
        List<NormalizationResult> results = runWithout(lib, List.of("jsoup-"), "formats/corpus/files/html/syn01.html");

        NormalizationResult result = results.get(0);
        assertEquals(Status.FAILED, result.status(), ReportJson.toLine(result));
        assertEquals(null, result.report());
        assertEquals("PARSER_MISSING", result.diagnostics().get(0).code());
        assertTrue(result.diagnostics().get(0).message().contains("JSoupParser")
                && result.diagnostics().get(0).message().contains("org.jsoup"), result.diagnostics().toString());
    }

    /**
     * The OCR module is optional for services: a class path without it (and without Tesseract's natives) reads a
     * text-layer PDF as before, and says of a scan how to add the module instead of reading nothing silently.
     */
    @Test
    void withoutTheOcrModuleAScanSaysHowToAddItAndATextPdfReadsAsBefore(@TempDir Path lib) throws Exception {
        String scan = "ocr/src/test/resources/scanned/syn01-150.pdf";
        String text = "formats/corpus/files/pdf/syn04.pdf";
        List<NormalizationResult> results = runWithout(lib, List.of("gioreport-ocr-", "tesseract-", "leptonica-",
                "javacpp-"), scan, text);

        assertEquals(Status.FAILED, results.get(0).status(), ReportJson.toLine(results.get(0)));
        assertEquals("OCR_UNAVAILABLE", results.get(0).diagnostics().get(0).code());
        assertTrue(results.get(0).diagnostics().get(0).message().contains("org.gioreport:gioreport-ocr"));
        ExpectedValues.Score score = ExpectedValues.load(ExpectedValues.besideInput(ROOT.resolve(text)))
                .score(results.get(1).report());
        assertEquals(List.of(), score.problems);
    }

    /** The command line tool run on its jar and {@code target/lib} without the jars whose names start so. */
    private static List<NormalizationResult> runWithout(Path lib, List<String> left, String... inputs)
            throws Exception {
        try (var jars = Files.list(Path.of("target", "lib"))) {
            for (Path jar : jars.filter(j -> left.stream().noneMatch(j.getFileName().toString()::startsWith))
                    .toList()) {
                Files.copy(jar, lib.resolve(jar.getFileName()));
            }
        }
        Files.copy(Path.of("target", "gioreport-cli.jar"), lib.resolve("gioreport-cli.jar"));
        List<String> command = new ArrayList<>(List.of(LauncherRun.javaFolder() + "/java", "-cp", lib + "/*",
                "org.gioreport.cli.Main", "normalize", "--isolation", "thread"));
        for (String input : inputs) {
            command.add(ROOT.resolve(input).toString());
        }
        LauncherRun run = LauncherRun.of(Map.of(), command.toArray(String[]::new));
        List<NormalizationResult> results = new ArrayList<>();
        for (String line : run.out().lines().toList()) {
            results.add(ReportJson.fromLine(line));
        }
        assertEquals(inputs.length, results.size(), run.out() + run.err());
        return results;
    }

    private static void assertEveryValueAsExpected(Path launcher) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "normalize", "--isolation", "thread"));
        List<String> inputs = inputs();
        for (String file : inputs) {
            command.add(ROOT.resolve(file).toString());
        }
        LauncherRun run = LauncherRun.of(
                Map.of("PATH", LauncherRun.javaFolder() + ":/usr/bin:/bin"), command.toArray(String[]::new));
        List<String> lines = run.out().lines().toList();
        assertEquals(inputs.size(), lines.size(), run.err());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            NormalizationResult result = ReportJson.fromLine(lines.get(i));
            Path input = ROOT.resolve(inputs.get(i));
            assertTrue(result.source().path().endsWith(input.getFileName().toString()), lines.get(i));
            List<String> unexplained = EveryInputType.problems(input, result); // a scan may say OCR_UNCERTAIN
            if (!unexplained.isEmpty()) {
                problems.add(inputs.get(i) + " (" + result.status() + ", " + unexplained.size() + " problems): "
                        + unexplained.subList(0, Math.min(5, unexplained.size())));
            }
        }
        assertEquals(List.of(), problems, "values the shipped tool " + launcher + " got wrong or missed");
    }
}
