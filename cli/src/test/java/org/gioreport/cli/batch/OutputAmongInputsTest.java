package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gioreport.cli.CliRun;
import org.gioreport.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output file that is one of the inputs is refused before anything is written; an input is never overwritten. */
class OutputAmongInputsTest {

    @TempDir
    Path dir;

    @Test
    void outputThatIsAReportInsideTheInputFolderIsRefusedAndLeftIntact() throws IOException {
        Path crawl = dir.resolve("crawl");
        Files.createDirectories(crawl);
        List<Path> inputs = CliRun.copyCorpus(crawl, "pdf-text/syn01.txt", "pdf-text/syn02.txt");
        byte[] before = Files.readAllBytes(inputs.get(0));

        CliRun run = CliRun.of("normalize", "-o", inputs.get(0), crawl);

        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(run.err().contains("the output file " + inputs.get(0) + " is inside the input folder " + crawl),
                run.err());
        assertArrayEquals(before, Files.readAllBytes(inputs.get(0)), "the input is untouched");
    }

    @Test
    void outputThatIsAnInputGivenByNameIsRefusedEvenThroughALink() throws IOException {
        Path input = CliRun.copyCorpus(dir, "pdf-text/syn01.txt").get(0);
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), input);
        Files.createDirectories(dir.resolve("x")); // x/.. is the input's folder only where x exists
        byte[] before = Files.readAllBytes(input);

        CliRun byName = CliRun.of("normalize", "-o", input, input);
        CliRun byLink = CliRun.of("normalize", "-o", link, input);
        CliRun byOtherSpelling = CliRun.of("normalize", "-o", dir.resolve("x/../syn01.txt"), input);

        for (CliRun run : List.of(byName, byLink, byOtherSpelling)) {
            assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
            assertTrue(run.err().contains("is also an input"), run.err());
        }
        assertArrayEquals(before, Files.readAllBytes(input));
    }

    @Test
    void outputNotYetWrittenGivenAlsoAsInputIsRefused() {
        Path out = dir.resolve("new.jsonl");
        CliRun run = CliRun.of("normalize", "-o", out, out);
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
        assertTrue(!Files.exists(out));
    }

    @Test
    void earlierResultsInsideTheInputFolderAreOverwrittenOrResumedAsBefore() throws IOException {
        Path crawl = dir.resolve("crawl");
        Files.createDirectories(crawl);
        CliRun.copyCorpus(crawl, "pdf-text/syn01.txt", "pdf-text/syn02.txt");
        Path out = crawl.resolve("results.jsonl");
        assertEquals(ExitCodes.OK, CliRun.of("normalize", "--quiet", "-o", out, crawl).exitCode());

        CliRun again = CliRun.of("normalize", "--quiet", "-o", out, crawl);
        CliRun resumed = CliRun.of("normalize", "--quiet", "-o", out, "--resume", crawl);

        assertEquals(ExitCodes.OK, again.exitCode(), again.err());
        assertEquals(ExitCodes.OK, resumed.exitCode(), resumed.err());
        assertEquals(2, CliRun.results(out).size(), "the results file is never an input of its own run");
    }

    @Test
    void outputLinkedIntoTheInputFolderUnderAnotherPathIsNoInput() throws IOException {
        Path crawl = dir.resolve("crawl");
        Files.createDirectories(crawl);
        CliRun.copyCorpus(crawl, "pdf-text/syn01.txt");
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), crawl);

        CliRun run = CliRun.of("normalize", "--quiet", "-o", alias.resolve("results.jsonl"), crawl);

        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(1, CliRun.results(crawl.resolve("results.jsonl")).size());
    }
}
