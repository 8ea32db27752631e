package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.gioreport.cli.CliRun;
import org.gioreport.cli.ExitCodes;
import org.gioreport.cli.GioreportCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Results on standard output that cannot be written (a full disk, a closed pipe) end the run with exit code 3. */
class OutputWriteFailureTest {

    @TempDir
    Path dir;

    /** Standard output on a full disk: every write fails. */
    private static final class FullDisk extends Writer {
        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void flush() throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public void close() {
        }
    }

    @Test
    void standardOutputThatFailsEndsTheRunWithTheOutputFailedCode() throws IOException {
        List<Path> inputs = CliRun.copyCorpus(dir, "pdf-text/syn01.txt", "pdf-text/syn02.txt");
        StringWriter err = new StringWriter();
        CommandLine cl = GioreportCommand.commandLine();
        cl.setOut(new PrintWriter(new FullDisk(), true));
        cl.setErr(new PrintWriter(err, true));

        int code = cl.execute("normalize", inputs.get(0).toString(), inputs.get(1).toString());

        assertEquals(ExitCodes.OUTPUT_FAILED, code, err.toString());
        assertTrue(err.toString().contains("standard output cannot be written"), err.toString());
        assertTrue(!err.toString().contains("2 inputs"), "no summary that claims the inputs were done: " + err);
    }

    @Test
    void standardOutputOnDevFullIsAnOutputFailureInARealProcess() throws Exception {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.isWritable(full), "a system with /dev/full");
        Path input = CliRun.copyCorpus(dir, "pdf-text/syn01.txt").get(0);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "org.gioreport.cli.Main", "normalize", "--quiet", input.toString())
                .redirectOutput(full.toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        String err = Files.readString(dir.resolve("err.txt"));

        assertEquals(ExitCodes.OUTPUT_FAILED, child.exitValue(), err);
        assertTrue(err.contains("writing the results failed: standard output cannot be written"), err);
    }
}
