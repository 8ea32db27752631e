package org.gioreport.cli.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gioreport.engine.internal.batch.InputFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {

    @TempDir
    Path dir;

    private Path file(String relative) throws IOException {
        Path p = dir.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, relative);
    }

    private List<String> walked(List<Path> paths, Path output) {
        List<String> out = new ArrayList<>();
        InputFiles.walk(paths, output).forEachRemaining(p -> out.add(dir.relativize(p).toString()));
        return out;
    }

    @Test
    void folderIsWalkedByNameWithEachSubfolderWhereItsNameSorts() throws IOException {
        file("b.txt");
        file("a/z.txt");
        file("a/b/c.txt");
        file("a-c/x.txt");
        file("c.pdf");
        assertEquals(List.of("a/b/c.txt", "a/z.txt", "a-c/x.txt", "b.txt", "c.pdf"), walked(List.of(dir), null));
    }

    @Test
    void pathsAreTakenInCommandLineOrder() throws IOException {
        Path b = file("b.txt");
        Path a = file("a.txt");
        assertEquals(List.of("b.txt", "a.txt"), walked(List.of(b, a), null));
    }

    @Test
    void hiddenEntriesInsideFoldersAreSkippedButAHiddenFileNamedOnTheCommandLineIsRead() throws IOException {
        file("report.txt");
        file(".DS_Store");
        file(".git/config");
        Path hidden = dir.resolve(".DS_Store");
        assertEquals(List.of("report.txt", ".DS_Store"), walked(List.of(dir, hidden), null));
    }

    @Test
    void pathThatDoesNotExistIsKeptSoItGetsItsRecord() {
        assertEquals(List.of("missing.pdf"), walked(List.of(dir.resolve("missing.pdf")), null));
    }

    @Test
    void outputFileInsideTheInputFolderIsNoInput() throws IOException {
        file("a.txt");
        Path out = file("results.jsonl");
        assertEquals(List.of("a.txt"), walked(List.of(dir), out));
        assertEquals(1, InputFiles.count(List.of(dir), out));
    }

    @Test
    void countIsTheNumberOfInputsTheWalkGives() throws IOException {
        for (int i = 0; i < 25; i++) {
            file("d" + (i % 4) + "/f" + i + ".txt");
        }
        assertEquals(25, InputFiles.count(List.of(dir), null));
        assertEquals(25, InputFiles.expand(List.of(dir)).size());
    }
}
