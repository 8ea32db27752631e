package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Refactoring guard: every JSON line {@code normalize} writes for {@code examples/} and the generated corpus, with
 * and without {@code --provenance}, is byte for byte the line recorded in {@code golden/outputs.sha256}. A change
 * that means to alter results regenerates the file on purpose ({@code -Dgolden.update=true}) and says so.
 */
class OutputsUnchangedTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "outputs.sha256");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyOutputLineOfTheExamplesAndTheCorpusIsByteIdenticalToTheRecordedOne() throws IOException {
        List<String> actual = new ArrayList<>();
        for (String mode : List.of("plain", "provenance")) {
            for (String input : List.of("../examples/", "../formats/corpus/files/")) {
                CliRun run = mode.equals("plain") ? CliRun.of("normalize", "-q", input)
                        : CliRun.of("normalize", "-q", "--provenance", input);
                for (String line : run.out().split("\n")) {
                    String path = JSON.readTree(line).path("source").path("path").asText();
                    actual.add(mode + "\t" + path + "\t" + sha256(line));
                }
            }
        }
        List<String> header = Files.readAllLines(GOLDEN).stream().filter(l -> l.startsWith("#")).toList();
        if (Boolean.getBoolean("golden.update")) {
            List<String> all = new ArrayList<>(header);
            all.addAll(actual);
            Files.write(GOLDEN, all);
        }
        List<String> expected = Files.readAllLines(GOLDEN).stream().filter(l -> !l.startsWith("#")).toList();

        assertTrue(expected.size() > 400, "the recorded outputs are there: " + expected.size());
        List<String> changed = actual.stream().filter(l -> !expected.contains(l)).toList();
        assertEquals(List.of(), changed, "outputs that differ from the recorded ones");
        assertEquals(expected.size(), actual.size(), "one output line per recorded input");
    }

    private static String sha256(String line) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(line.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
