package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.testing.ExpectedValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What users run, on one file of each input type, judged value by value against the fixture's expected map: the
 * repository's {@code ./gioreport} launcher (its class path is {@code cli/target/lib}) and the distribution archive's
 * {@code bin/gioreport} (its {@code lib/}). The unit tests run on Maven's test class path, which once had jsoup while
 * both shipped class paths did not, so every HTML page read as nothing (issue 19): only a run of the shipped tool
 * shows that.
 */
class ShippedToolReadsEveryInputTypeIT {

    static final Path CORPUS = Path.of("..", "formats", "corpus", "files").toAbsolutePath().normalize();

    /** One file per input type the README promises; each is read at 100 % on the test class path. */
    static final List<String> EVERY_TYPE = List.of(
            "html/syn01.html",              // HTML page (Tika's HtmlParser, which needs jsoup)
            "docx/syn02.docx",              // Word 2007+
            "doc/syn03.doc",                // Word 97
            "pdf/syn04.pdf",                // PDF with a text layer
            "cms-pages/syn05.txt",          // a CMS page copied as text (UTF-8)
            "encodings/syn07.gb18030.txt",  // GB18030 text
            "utf16/syn02.utf16le-bom.txt",  // UTF-16 with a byte-order mark
            "utf16/syn05.utf16be.txt",      // UTF-16 without one
            "pipe-rows/syn01.txt");         // Markdown-like pipe tables

    @Test
    void theRepositoryLauncherReadsEveryInputTypeWithTheExpectedValues() throws Exception {
        Path launcher = Path.of("..", "gioreport").toAbsolutePath().normalize();
        assertEveryValueAsExpected(launcher);
    }

    @Test
    void theDistributionArchiveReadsEveryInputTypeWithTheExpectedValues(@TempDir Path unpacked) throws Exception {
        Path archive = Path.of(System.getProperty("gioreport.dist.archive",
                "target/gioreport-" + DistributionArchiveIT.version() + "-dist.tar.gz")).toAbsolutePath();
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString())
                .redirectErrorStream(true).start();
        tar.getInputStream().readAllBytes();
        assertEquals(0, tar.waitFor(), "tar failed on " + archive);
        assertEveryValueAsExpected(unpacked.resolve("gioreport-" + DistributionArchiveIT.version())
                .resolve("bin").resolve("gioreport"));
    }

    private static void assertEveryValueAsExpected(Path launcher) throws Exception {
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "normalize", "--isolation", "thread"));
        for (String file : EVERY_TYPE) {
            command.add(CORPUS.resolve(file).toString());
        }
        DistributionArchiveIT.Run run = DistributionArchiveIT.Run.of(
                Map.of("PATH", DistributionArchiveIT.javaFolder() + ":/usr/bin:/bin"), command.toArray(String[]::new));
        List<String> lines = run.out().lines().toList();
        assertEquals(EVERY_TYPE.size(), lines.size(), run.err());
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            NormalizationResult result = ReportJson.fromLine(lines.get(i));
            Path input = CORPUS.resolve(EVERY_TYPE.get(i));
            assertTrue(result.source().path().endsWith(input.getFileName().toString()), lines.get(i));
            ExpectedValues.Score score = ExpectedValues.load(ExpectedValues.besideInput(input))
                    .score(result.report());
            if (score.correct != score.judged || !score.problems.isEmpty()) {
                problems.add(EVERY_TYPE.get(i) + " (" + result.status() + ", " + score.problems.size() + " problems in "
                        + score.judged + " expected values): "
                        + score.problems.subList(0, Math.min(5, score.problems.size())));
            }
        }
        assertEquals(List.of(), problems, "values the shipped tool " + launcher + " got wrong or missed");
    }
}
