package org.gioreport.schemagen;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema committed in core (what {@code gioreport schema} prints and {@code validate} checks against) is the
 * one the records give today. {@code -Dschema.update=true} rewrites the committed file instead of comparing.
 */
class CommittedSchemaTest {

    static final String REGENERATE = "mvn -B -pl schema-generator -am install -DskipITs"
            + " -Dtest=CommittedSchemaTest -Dsurefire.failIfNoSpecifiedTests=false -Dschema.update=true";

    @Test
    void theCommittedSchemaIsTheOneTheRecordsGiveToday() throws Exception {
        Path committed = Path.of(System.getProperty("committed.schema"));
        String generated = ResultSchemaGenerator.text();
        if (Boolean.getBoolean("schema.update")) {
            Files.writeString(committed, generated, StandardCharsets.UTF_8);
            return;
        }
        assertTrue(Files.isRegularFile(committed), committed + " is missing; generate it with: " + REGENERATE);
        String stored = Files.readString(committed, StandardCharsets.UTF_8);
        if (!stored.equals(generated)) {
            fail(committed.normalize() + " is not the schema the records give today " + firstDifference(stored,
                    generated) + ".\nIf the change to the records is meant, regenerate the file and commit it:\n  "
                    + REGENERATE);
        }
    }

    /** Where two texts first differ, as line number and both lines. */
    static String firstDifference(String stored, String generated) {
        List<String> a = stored.lines().toList();
        List<String> b = generated.lines().toList();
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            String left = i < a.size() ? a.get(i) : "(end of file)";
            String right = i < b.size() ? b.get(i) : "(end of file)";
            if (!left.equals(right)) {
                return "(first difference at line " + (i + 1) + ":\n  committed: " + left.strip()
                        + "\n  generated: " + right.strip() + ")";
            }
        }
        return "(they differ only in line endings or the final newline)";
    }
}
