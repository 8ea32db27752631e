package org.gioreport.cli.isolation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gioreport.core.json.ReportJson;
import org.gioreport.engine.Gioreport;
import org.gioreport.engine.Isolation;
import org.junit.jupiter.api.Test;

/** The facade in process mode gives, for a file and for an upload, the record it gives in this JVM. */
class FacadeIsolationIT {

    @Test
    void aFileAndAnUploadReadInAWorkerProcessGiveTheSameRecordsAsInThisJvm() throws Exception {
        Path report = HostilePluginsIT.exampleReports().get(4);
        byte[] bytes = Files.readAllBytes(report);
        String inJvm;
        String uploadInJvm;
        try (Gioreport engine = Gioreport.builder().build()) {
            inJvm = ReportJson.toLine(engine.normalize(report));
            uploadInJvm = ReportJson.toLine(engine.normalize(bytes, "upload.txt"));
        }
        try (Gioreport engine = Gioreport.builder().isolation(Isolation.PROCESS).workers(1).build()) {
            assertEquals(inJvm, ReportJson.toLine(engine.normalize(report)));
            assertEquals(uploadInJvm, ReportJson.toLine(engine.normalize(bytes, "upload.txt")));
        }
    }
}
