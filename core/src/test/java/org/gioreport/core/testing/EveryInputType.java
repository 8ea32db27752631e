package org.gioreport.core.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.core.model.Diagnostic;
import org.gioreport.core.model.NormalizationResult;

/**
 * One fixture of every input type the README promises, for the acceptance tests of the shipped artifacts (the
 * launcher, the archive, the Spark job jar on Spark's jars, a consumer project on its own class path), and the one rule that judges their results:
 * every expected value, not only a status (issue 19). Each file is read at 100 % on the test class path, except the
 * scan, whose readings OCR may leave null.
 */
public final class EveryInputType {

    /** Relative to the repository's root; every one has its {@code .expected.json} beside it. */
    public static final List<String> FILES = List.of(
            "formats/corpus/files/html/syn01.html",           // HTML page (Tika's HtmlParser, which needs jsoup)
            // a CMS export: the page's content in a <div>, no <html>, <head> or <body>, saved as .txt
            "formats/corpus/files/html-fragments/syn05.txt",
            "formats/corpus/files/docx/syn02.docx",           // Word 2007+
            "formats/corpus/files/doc/syn03.doc",             // Word 97
            "formats/corpus/files/pdf/syn04.pdf",             // PDF with a text layer
            "ocr/src/test/resources/scanned/syn01-150.pdf",   // scanned PDF: page images only (OCR)
            "formats/corpus/files/cms-pages/syn05.txt",       // a CMS page copied as text, UTF-8
            "formats/corpus/files/encodings/syn07.gb18030.txt",
            "formats/corpus/files/utf16/syn02.utf16le-bom.txt", // UTF-16 with a byte-order mark
            "formats/corpus/files/utf16/syn05.utf16be.txt",     // UTF-16 without one
            "formats/corpus/files/pipe-rows/syn01.txt",        // Markdown-like pipe rows
            "formats/corpus/files/markdown/syn06.md");         // Markdown: # headings, |---| rows

    private EveryInputType() {
    }

    /** True for the scanned PDF, whose uncertain readings may be null (each with its {@code OCR_UNCERTAIN}). */
    public static boolean isScan(Path input) {
        return input.getParent() != null && input.getParent().endsWith(Path.of("resources", "scanned"));
    }

    /**
     * What is wrong with the result of {@code input} (judged against the {@code .expected.json} beside it), empty
     * when nothing is: every expected value must be read. Only on a scan may a value be missing, and then only with
     * an {@code OCR_UNCERTAIN} diagnostic at its path; nothing may ever be wrong or invented.
     */
    public static List<String> problems(Path input, NormalizationResult result) throws IOException {
        ExpectedValues.Score score = ExpectedValues.load(ExpectedValues.besideInput(input)).score(result.report());
        List<String> problems = new ArrayList<>();
        for (String problem : score.problems) {
            if (!(isScan(input) && problem.startsWith("missing ") && uncertain(result, pathOf(problem)))) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** {@code missing PATH (want V)} → {@code PATH}, as {@link ExpectedValues.Score#problems} words it. */
    private static String pathOf(String missing) {
        String rest = missing.substring("missing ".length());
        int want = rest.indexOf(" (want ");
        return want < 0 ? rest : rest.substring(0, want);
    }

    private static boolean uncertain(NormalizationResult result, String path) {
        for (Diagnostic d : result.diagnostics()) {
            if ("OCR_UNCERTAIN".equals(d.code()) && path.equals(d.path())) {
                return true;
            }
        }
        return false;
    }
}
