package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Status;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chinese file names under a C/POSIX locale, as {@code env -i PATH=... gioreport normalize 中文.txt dir/} has it
 * (cron, containers): the distribution's launcher runs Java under a UTF-8 locale, so a name given on the command
 * line is found and a name found in a folder is recorded as it is.
 */
class ChineseFileNamesIT {

    @TempDir
    static Path work;

    static Path launcher;

    @BeforeAll
    static void unpackTheArchiveWithTar() throws Exception {
        launcher = LauncherRun.unpackArchive(Files.createDirectory(work.resolve("dist")));
    }

    @Test
    void chineseNamesOnTheCommandLineAndInFoldersWorkUnderTheCLocale() throws Exception {
        Path given = work.resolve("中文报告.txt");
        Path folder = Files.createDirectory(work.resolve("年度报告"));
        Path inside = folder.resolve("2020年政府信息公开工作年度报告.txt");
        Files.copy(CliRun.corpus().resolve("pdf-text/syn01.txt"), given);
        Files.copy(CliRun.corpus().resolve("web-page/syn02.txt"), inside);

        for (Map<String, String> environment : List.of(Map.of("PATH", LauncherRun.javaFolder()),
                Map.of("PATH", LauncherRun.javaFolder(), "LC_ALL", "C"),
                Map.of("PATH", LauncherRun.javaFolder() + ":/usr/bin:/bin", "LANG", "POSIX"))) {
            LauncherRun run = LauncherRun.of(environment, launcher.toString(), "normalize", given.toString(),
                    folder.toString());

            assertEquals(0, run.exitCode(), environment + ": " + run.err());
            List<NormalizationResult> results = run.out().lines().map(ChineseFileNamesIT::parse).toList();
            assertEquals(List.of(given.toString(), inside.toString()),
                    results.stream().map(r -> r.source().path()).toList(), environment.toString());
            assertEquals(Status.COMPLETE, results.get(0).status(), environment.toString());
        }
    }

    private static NormalizationResult parse(String line) {
        try {
            return ReportJson.fromLine(line);
        } catch (Exception e) {
            throw new AssertionError("not a result line: " + line, e);
        }
    }
}
