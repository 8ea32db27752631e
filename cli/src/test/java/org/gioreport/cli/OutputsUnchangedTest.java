package org.gioreport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Refactoring guard: every JSON line {@code normalize} writes for {@code examples/} and the generated corpus, with
 * and without {@code --provenance}, is byte for byte the line recorded in {@code golden/outputs.sha256}. A change
 * that means to alter results regenerates the file on purpose ({@code -Dgolden.update=true}) and says so.
 */
class OutputsUnchangedTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "outputs.sha256");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Lines with provenance run to tens of kilobytes: a few are enough to see what changed. */
    private static final int SHOWN = 3;

    /** One JSON line {@code normalize} wrote, and the golden file's entry for it. */
    private record Output(String mode, String path, String line) {
        String entry() {
            return mode + "\t" + path + "\t" + sha256(line);
        }

        /** The recorded entry is a hash: show the line itself, and the command that writes it. */
        String describe() {
            return "  " + path + " (gioreport normalize" + (mode.equals("provenance") ? " --provenance" : "")
                    + ", from cli/) now writes:\n    " + line;
        }
    }

    @Test
    void everyOutputLineOfTheExamplesAndTheCorpusIsByteIdenticalToTheRecordedOne() throws IOException {
        List<Output> actual = new ArrayList<>();
        for (String mode : List.of("plain", "provenance")) {
            for (String input : List.of("../examples/", "../formats/corpus/files/")) {
                CliRun run = mode.equals("plain") ? CliRun.of("normalize", "-q", input)
                        : CliRun.of("normalize", "-q", "--provenance", input);
                for (String line : run.out().split("\n")) {
                    String path = JSON.readTree(line).path("source").path("path").asText();
                    actual.add(new Output(mode, path, line));
                }
            }
        }
        List<String> header = Files.readAllLines(GOLDEN).stream().filter(l -> l.startsWith("#")).toList();
        if (Boolean.getBoolean("golden.update")) {
            List<String> all = new ArrayList<>(header);
            actual.forEach(o -> all.add(o.entry()));
            Files.write(GOLDEN, all);
        }
        List<String> expected = Files.readAllLines(GOLDEN).stream().filter(l -> !l.startsWith("#")).toList();

        assertTrue(expected.size() > 400, "the recorded outputs are there: " + expected.size());
        List<Output> changed = actual.stream().filter(o -> !expected.contains(o.entry())).toList();
        if (!changed.isEmpty()) {
            fail(changed.size() + " output line(s) differ from the recorded ones (golden/outputs.sha256), the first "
                    + Math.min(SHOWN, changed.size()) + ":\n"
                    + changed.stream().limit(SHOWN).map(Output::describe).collect(Collectors.joining("\n"))
                    + "\nIf the change is meant, regenerate the file (see its header) and say so in the commit.");
        }
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
