package org.gioreport.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BomVersionsTest {

    @TempDir
    Path tmp;

    @Test
    void readsEachPinWithTheBomsOwnVersionForItsArtifactsAndTheClassifierApart() throws IOException {
        Path bom = bom("""
                <dependency><groupId>org.gioreport</groupId><artifactId>gioreport-engine</artifactId>\
                <version>${project.version}</version></dependency>
                <dependency><groupId>org.bytedeco</groupId><artifactId>javacpp</artifactId>\
                <version>1.5.11</version><classifier>linux-x86_64</classifier></dependency>
                """);

        assertEquals(List.of("gioreport-engine-7.1.jar", "javacpp-1.5.11-linux-x86_64.jar"),
                BomVersions.read(bom).stream().map(EngineRuntimeLibraries.Library::jarName).toList());
        assertEquals(Map.of("org.gioreport:gioreport-engine", "7.1", "org.bytedeco:javacpp:linux-x86_64", "1.5.11"),
                BomVersions.versionsByKey(bom));
    }

    @Test
    void refusesAVersionRangeWhichWouldLetTheConsumersRepositoryPick() throws IOException {
        Path bom = bom("""
                <dependency><groupId>org.bouncycastle</groupId><artifactId>bcutil-jdk18on</artifactId>\
                <version>[1.81,1.82)</version></dependency>
                """);

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> BomVersions.read(bom));
        assertTrue(refused.getMessage().contains("[1.81,1.82)"), refused.getMessage());
    }

    private Path bom(String managed) throws IOException {
        Path pom = tmp.resolve("pom.xml");
        Files.writeString(pom, """
                <project>
                  <!-- <version>not this one</version> -->
                  <groupId>org.gioreport</groupId><artifactId>gioreport-bom</artifactId><version>7.1</version>
                  <dependencyManagement><dependencies>
                """ + managed + """
                  </dependencies></dependencyManagement>
                </project>
                """);
        return pom;
    }
}
