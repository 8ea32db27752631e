package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gioreport.cli.CliRun;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.gioreport.engine.internal.read.HostilePdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every broken input of a real crawl gets exactly one record, failed or unrecognized, with a code that says
 * what is wrong, and costs nothing to the good files beside it.
 */
class BadInputsTest {

    @TempDir
    Path dir;

    /** Runs normalize on one input and returns its only record. */
    private NormalizationResult only(Path input, Object... options) {
        Path out = dir.resolve("out-" + input.getFileName() + ".jsonl");
        Object[] args = new Object[options.length + 4];
        args[0] = "normalize";
        args[1] = "-o";
        args[2] = out;
        System.arraycopy(options, 0, args, 3, options.length);
        args[args.length - 1] = input;
        CliRun run = CliRun.of(args);
        assertFalse(run.err().contains("\tat "), run.err());
        List<NormalizationResult> results = CliRun.results(out);
        assertEquals(1, results.size(), "exactly one record for " + input);
        return results.get(0);
    }

    private static void assertAnswered(NormalizationResult r, Status status, String code) {
        assertEquals(status, r.status(), r.diagnostics().toString());
        assertNull(r.report());
        Diagnostic d = r.diagnostics().stream().filter(x -> x.code().equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + r.diagnostics()));
        assertFalse(d.message().isBlank());
    }

    @Test
    void emptyFileIsUnrecognizedAsEmpty() throws IOException {
        assertAnswered(only(BadInputFiles.empty(dir)), Status.UNRECOGNIZED, "INPUT_EMPTY");
    }

    @Test
    void randomBytesAreFailedAsAnUnsupportedType() throws IOException {
        assertAnswered(only(BadInputFiles.randomBytes(dir, "download.bin")), Status.FAILED, "UNSUPPORTED_TYPE");
    }

    @Test
    void randomBytesNamedPdfOrDocxAreFailedAsCorrupt() throws IOException {
        assertAnswered(only(BadInputFiles.randomBytes(dir, "report.pdf")), Status.FAILED, "INPUT_CORRUPT");
        assertAnswered(only(BadInputFiles.randomBytes(dir, "report.docx")), Status.FAILED, "INPUT_CORRUPT");
    }

    @Test
    void truncatedPdfIsFailedAsCorrupt() throws IOException {
        assertAnswered(only(BadInputFiles.truncatedPdf(dir)), Status.FAILED, "INPUT_CORRUPT");
    }

    @Test
    void textStartingLikeAPdfIsFailedAsCorrupt() throws IOException {
        NormalizationResult r = only(BadInputFiles.fakePdf(dir));
        assertAnswered(r, Status.FAILED, "INPUT_CORRUPT");
        assertEquals("application/pdf", r.source().mediaType());
    }

    @Test
    void encryptedPdfIsFailedAsEncrypted() throws IOException {
        NormalizationResult r = only(BadInputFiles.encryptedPdf(dir));
        assertAnswered(r, Status.FAILED, "INPUT_ENCRYPTED");
    }

    @Test
    void pdfWithMorePagesThanTheLimitIsFailedAsTooLargeAndOneJustUnderItIsRead() throws IOException {
        NormalizationResult over = only(BadInputFiles.manyPagesPdf(dir, 5_001));
        assertAnswered(over, Status.FAILED, "INPUT_TOO_LARGE");
        assertTrue(over.diagnostics().get(0).message().contains("more than 5000 pages"), over.diagnostics()::toString);

        NormalizationResult under = only(BadInputFiles.manyPagesPdf(dir, 5_000));
        assertNotNull(under.report(), under.diagnostics()::toString);
    }

    /**
     * Before, under process isolation: the 300,000 pages were read up to Tika's own zip-bomb guard (11 s,
     * {@code INPUT_CORRUPT}); the 4 GB of text operators, the 20000×20000 scan and the A4 scan on a 14,400 pt page each
     * took the worker's whole heap ({@code WORKER_OUT_OF_MEMORY} after 27–37 s). Each is now refused from its
     * structure before a page is read or rendered, with the same record in both isolation modes.
     */
    @Test
    void pdfsAskingForFarMoreWorkThanAnyReportAreRefusedAsTooLargeUnderBothIsolationModes() throws IOException {
        Path crawl = Files.createDirectories(dir.resolve("hostile"));
        Map<String, String> expectedMessage = new LinkedHashMap<>();
        expectedMessage.put(write(crawl, "a-pages.pdf", HostilePdfs.manyPages(600, 500, 300_000)),
                "more than 5000 pages");
        expectedMessage.put(write(crawl, "b-text.pdf", HostilePdfs.textOperators(4096)),
                "MB of drawing and text operators");
        expectedMessage.put(write(crawl, "c-image.pdf", HostilePdfs.scannedPage(595, 842, 20_000, 20_000)),
                "image of 20000×20000 pixels");
        expectedMessage.put(write(crawl, "d-page.pdf", HostilePdfs.scannedPage(14_400, 14_400, 1654, 2339)),
                "30000×30000 pixels at 150 dpi");
        Path good = CliRun.copyCorpus(crawl, "pdf/syn05.pdf").get(0);
        for (String isolation : List.of("thread", "process")) {
            Path out = dir.resolve("hostile-" + isolation + ".jsonl");
            CliRun run = CliRun.of("normalize", "--isolation", isolation, "-o", out, crawl);
            List<NormalizationResult> results = CliRun.results(out);
            assertEquals(expectedMessage.size() + 1, results.size(), isolation + ": " + run.err());
            for (NormalizationResult r : results) {
                if (r.source().path().equals(good.toString())) {
                    assertEquals(Status.COMPLETE, r.status(), isolation + ": " + r.diagnostics());
                    continue;
                }
                assertAnswered(r, Status.FAILED, "INPUT_TOO_LARGE");
                String expected = expectedMessage.get(r.source().path());
                assertTrue(r.diagnostics().get(0).message().contains(expected),
                        isolation + ", " + r.source().path() + ": " + r.diagnostics());
            }
        }
    }

    private static String write(Path dir, String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes).toString();
    }

    @Test
    void pdfEncryptedWithRc4Of40BitsAndAUserPasswordIsFailedAsEncrypted() throws IOException {
        NormalizationResult r = only(BadInputFiles.encryptedPdf(dir, 40));
        assertAnswered(r, Status.FAILED, "INPUT_ENCRYPTED");
        assertNotNull(r.source().sha256());
    }

    @Test
    void truncatedDocxIsFailedAsCorrupt() throws IOException {
        assertAnswered(only(BadInputFiles.truncatedDocx(dir)), Status.FAILED, "INPUT_CORRUPT");
    }

    @Test
    void docxThatInflatesHugelyIsFailedAsADecompressionBomb() throws IOException {
        Path bomb = BadInputFiles.zipBombDocx(dir);
        assertTrue(Files.size(bomb) < 2_000_000, "the bomb is small on disk: " + Files.size(bomb));
        assertAnswered(only(bomb), Status.FAILED, "INPUT_BOMB");
    }

    @Test
    void docxUnpackingPastTheEntrySizeLimitUnderPoisRatioGuardIsFailedAsABomb() throws IOException {
        Path bomb = BadInputFiles.lowRatioZipBombDocx(dir);
        assertTrue(Files.size(bomb) < 5_000_000, "the bomb is small on disk: " + Files.size(bomb));
        assertAnswered(only(bomb), Status.FAILED, "INPUT_BOMB");
    }

    @Test
    void hundredMegabyteTextIsFailedAsTooLargeWithoutReadingIt() throws IOException {
        Path huge = BadInputFiles.hundredMegabyteText(dir);
        assertEquals(BadInputFiles.HUNDRED_MB, Files.size(huge));
        NormalizationResult r = only(huge);
        assertAnswered(r, Status.FAILED, "INPUT_TOO_LARGE");
        assertTrue(r.diagnostics().get(0).message().contains("characters"), r.diagnostics().toString());
    }

    @Test
    void fileOverMaxSizeIsFailedAsTooLargeBeforeItIsRead() throws IOException {
        Path huge = BadInputFiles.hundredMegabyteText(dir);
        NormalizationResult r = only(huge, "--max-size", 50);
        assertAnswered(r, Status.FAILED, "INPUT_TOO_LARGE");
        assertTrue(r.diagnostics().get(0).message().contains("--max-size"), r.diagnostics().toString());
        assertNull(r.source().sha256(), "the file was not read");
    }

    @Test
    void reportInGbkOrGb18030ReadsLikeTheUtf8Original() throws IOException {
        NormalizationResult utf8 = only(CliRun.copyCorpus(dir, "pdf-text/syn03.txt").get(0));
        assertEquals(Status.COMPLETE, utf8.status());
        for (Charset cs : List.of(Charset.forName("GBK"), Charset.forName("GB18030"))) {
            NormalizationResult r = only(BadInputFiles.reencoded(dir, "pdf-text/syn03.txt", cs));
            assertEquals(Status.COMPLETE, r.status(), cs + ": " + r.diagnostics());
            assertEquals(utf8.report(), r.report(), cs.name());
        }
    }

    @Test
    void htmlPageThatIsNoReportIsUnrecognized() throws IOException {
        NormalizationResult r = only(BadInputFiles.htmlThatIsNoReport(dir));
        assertAnswered(r, Status.UNRECOGNIZED, "NO_FORMAT_FITS");
        assertEquals("text/html", r.source().mediaType());
    }

    /**
     * A named pipe where a report file was listed: it exists but is no file to read. Made without file permissions,
     * which root (how CI runs) ignores; the reader's own permission-denied case is tested in DocumentReaderTest.
     */
    @Test
    void namedPipeInsteadOfAFileIsFailedAsUnreadableBesideAGoodFile() throws IOException {
        Path crawl = Files.createDirectories(dir.resolve("crawl"));
        Path pipe = BadInputFiles.namedPipe(crawl, "a-report.txt");
        List<Path> good = CliRun.copyCorpus(crawl, "pdf-text/syn01.txt");
        Path out = dir.resolve("out.jsonl");

        CliRun run = CliRun.of("normalize", "-o", out, crawl);

        List<NormalizationResult> results = CliRun.results(out);
        assertEquals(List.of(pipe.toString(), good.get(0).toString()),
                results.stream().map(r -> r.source().path()).toList());
        assertAnswered(results.get(0), Status.FAILED, "INPUT_UNREADABLE");
        assertTrue(results.get(0).diagnostics().get(0).message().contains("not a regular file"),
                results.get(0).diagnostics().toString());
        assertEquals(Status.COMPLETE, results.get(1).status());
        assertEquals(1, run.exitCode(), run.err());
    }

    @Test
    void pathThatDoesNotExistGetsAFailedRecordAndExitCodeTwo() {
        Path missing = dir.resolve("nowhere/report.pdf");
        Path out = dir.resolve("out.jsonl");
        CliRun run = CliRun.of("normalize", "-o", out, missing);
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no such file or folder: " + missing), run.err());
        List<NormalizationResult> results = CliRun.results(out);
        assertEquals(1, results.size());
        assertAnswered(results.get(0), Status.FAILED, "INPUT_NOT_FOUND");
    }

    @Test
    void everyBadInputBesideGoodFilesGetsOneRecordAndNoStackTraceReachesTheUser() throws IOException {
        Path crawl = Files.createDirectories(dir.resolve("crawl"));
        List<Path> good = CliRun.copyCorpus(crawl, "pdf/syn05.pdf", "docx/syn06.docx", "html/syn07.html",
                "pdf-text/syn08.txt");
        Map<String, String> expectedCode = new LinkedHashMap<>();
        expectedCode.put(BadInputFiles.empty(crawl).toString(), "INPUT_EMPTY");
        expectedCode.put(BadInputFiles.randomBytes(crawl, "random.bin").toString(), "UNSUPPORTED_TYPE");
        expectedCode.put(BadInputFiles.truncatedPdf(crawl).toString(), "INPUT_CORRUPT");
        expectedCode.put(BadInputFiles.fakePdf(crawl).toString(), "INPUT_CORRUPT");
        expectedCode.put(BadInputFiles.encryptedPdf(crawl).toString(), "INPUT_ENCRYPTED");
        expectedCode.put(BadInputFiles.truncatedDocx(crawl).toString(), "INPUT_CORRUPT");
        expectedCode.put(BadInputFiles.zipBombDocx(crawl).toString(), "INPUT_BOMB");
        expectedCode.put(BadInputFiles.hundredMegabyteText(crawl).toString(), "INPUT_TOO_LARGE");
        expectedCode.put(BadInputFiles.htmlThatIsNoReport(crawl).toString(), "NO_FORMAT_FITS");
        expectedCode.put(BadInputFiles.namedPipe(crawl, "pipe.txt").toString(), "INPUT_UNREADABLE");
        Path missing = dir.resolve("missing.pdf");
        expectedCode.put(missing.toString(), "INPUT_NOT_FOUND");

        Map<Path, NormalizationResult> alone = new LinkedHashMap<>();
        for (Path g : good) {
            alone.put(g, CliRun.of("normalize", "--quiet", g).results().get(0));
        }
        Path out = dir.resolve("all.jsonl");
        PrintStream stderr = System.err;
        ByteArrayOutputStream libraries = new ByteArrayOutputStream();
        CliRun run;
        try {
            System.setErr(new PrintStream(libraries, true, StandardCharsets.UTF_8));
            run = CliRun.of("normalize", "--threads", 2, "-o", out, crawl, missing);
        } finally {
            System.setErr(stderr);
        }

        List<NormalizationResult> results = CliRun.results(out);
        assertEquals(good.size() + expectedCode.size(), results.size(), "one record per input");
        Map<String, NormalizationResult> byPath = new LinkedHashMap<>();
        results.forEach(r -> assertNull(byPath.put(r.source().path(), r), "twice: " + r.source().path()));
        expectedCode.forEach((path, code) -> {
            NormalizationResult r = byPath.get(path);
            assertNotNull(r, path);
            assertTrue(r.status() == Status.FAILED || r.status() == Status.UNRECOGNIZED, path + ": " + r.status());
            assertTrue(r.diagnostics().stream().anyMatch(d -> d.code().equals(code)), path + ": " + r.diagnostics());
        });
        for (Path g : good) {
            NormalizationResult r = byPath.get(g.toString());
            assertEquals(alone.get(g), r, "a good file comes out as when read alone: " + g);
            assertTrue(r.status() == Status.COMPLETE || r.status() == Status.PARTIAL, g + ": " + r.status());
        }
        assertEquals(2, run.exitCode(), "a missing path is a usage error");
        String stderrText = run.err() + libraries.toString(StandardCharsets.UTF_8);
        assertFalse(stderrText.contains("\tat "), stderrText);
        assertFalse(stderrText.contains("Exception"), stderrText);
        assertTrue(run.err().contains("status:"), "the summary is printed: " + run.err());
    }
}
