package org.gioreport.cli.habits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.Callable;
import org.gioreport.cli.ExitCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Each exit code has one meaning, and each is produced: a script can tell bad inputs from a broken run. */
class ExitCodesTest {

    static final String SEED = "../examples/004_3ad5b18b41354741.txt";

    @TempDir
    Path dir;

    @Test
    void everyInputReadGivesZero() {
        Run run = Run.of("normalize", "--quiet", "-o", dir.resolve("r.jsonl").toString(), SEED);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    }

    @Test
    void anInputThatIsNotAReportGivesOne() throws Exception {
        Path notice = dir.resolve("notice.txt");
        Files.writeString(notice, "关于召开2021年政务公开工作会议的通知\n各单位：定于3月5日召开会议。\n");
        Run run = Run.of("normalize", "--quiet", "-o", dir.resolve("r.jsonl").toString(), SEED, notice.toString());
        assertEquals(1, run.exitCode(), run.err());
    }

    @Test
    void aBadOptionGivesTwo() {
        assertEquals(2, Run.of("normalize", "--no-such-option", SEED).exitCode());
    }

    @Test
    void anOutputFileThatCannotBeCreatedGivesThree() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Run run = Run.of("normalize", "--quiet", "-o", file.resolve("r.jsonl").toString(), SEED);
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("cannot create the output file"), run.err());
        assertTrue(run.err().contains(file + ": a file, not a folder"), "says why: " + run.err());
    }

    @Test
    void anOutputFolderWithoutWritePermissionGivesThreeAndSaysSo() throws Exception {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(locked), "permission bits do not stop this user (root)");
            Run run = Run.of("normalize", "--quiet", "-o", locked.resolve("r.jsonl").toString(), SEED);
            assertEquals(3, run.exitCode(), run.err());
            assertTrue(run.err().contains("permission denied"), run.err());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anOutputFolderThatDoesNotExistIsAUsageErrorAndIsNotMade() {
        Path missing = dir.resolve("no-such").resolve("sub");
        for (List<String> args : List.of(
                List.of("normalize", "--quiet", "-o", missing.resolve("r.jsonl").toString(), SEED),
                List.of("series", "-o", missing.resolve("s.jsonl").toString(), SEED),
                List.of("review", "-o", missing.resolve("r.html").toString(), SEED))) {
            Run run = Run.of(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), args + ": " + run.err());
            assertTrue(run.err().contains("no such folder: " + missing), args + ": " + run.err());
            assertEquals("", run.out(), args.get(0));
            assertFalse(Files.exists(dir.resolve("no-such")), args + " made the folder");
        }
    }

    @Test
    void anOutputThatFailsWhileWritingGivesThree() {
        Path full = Path.of("/dev/full"); // every write fails with "no space left on device"
        assumeTrue(Files.isWritable(full), "needs /dev/full (Linux)");
        Run run = Run.of("normalize", "--quiet", "-o", full.toString(), SEED);
        assertEquals(3, run.exitCode(), run.err());
        assertTrue(run.err().contains("writing the results failed"), run.err());
    }

    @Test
    void anUnexpectedExceptionGivesFourInOneLineWithoutAStackTrace() {
        Run run = Run.of(cl -> cl.addSubcommand("explode", new Exploding()), "explode");
        assertEquals(4, run.exitCode());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("internal error: java.lang.IllegalStateException: a bug")
                && run.err().contains("run with --debug"), run.err());
        assertFalse(run.err().contains("\tat "), run.err());
    }

    @Test
    void anUnexpectedExceptionShowsItsStackTraceWithDebug() {
        Run run = Run.of(cl -> cl.addSubcommand("explode", new Exploding()), "--debug", "explode");
        assertEquals(4, run.exitCode());
        assertTrue(run.err().contains("\tat " + Exploding.class.getName()), run.err());
    }

    @Test
    void theReadmeDocumentsEveryExitCode() throws Exception {
        String readme = Files.readString(Path.of("../README.md"));
        for (String line : new String[] {"| 0 |", "| 1 |", "| 2 |", "| 3 |", "| 4 |", "| 130, 143 |"}) {
            assertTrue(readme.contains(line), "README exit code row " + line);
        }
    }

    /** Stands for a bug in a command. */
    @Command(name = "explode")
    static final class Exploding implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("a bug");
        }
    }
}
