package org.gioreport.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Diagnostic;
import org.junit.jupiter.api.Test;

class ReportBuilderTest {

    private final ReportBuilder builder = new ReportBuilder().edition("2019").reportYear(2020);

    @Test
    void aMisspeltPathIsAProgrammingErrorNotASilentlyDroppedValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> builder.read("applications.newlyRecieved.total", 12, null));
        assertTrue(e.getMessage().contains("applications.newlyRecieved.total"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.derive("applications.total", 3, null));
        assertThrows(IllegalArgumentException.class,
                () -> builder.unit("activeDisclosure.procurement.projects", "元"));
    }

    @Test
    void aFractionWhereACountBelongsStaysNullWithNotACountAndIsNeverTruncated() {
        Extraction extraction = builder.read("applications.newlyReceived.total", new BigDecimal("2.5"), null)
                .read("applications.newlyReceived.naturalPerson", 2.0, null)
                .build();

        var values = ReportPaths.flatten(extraction.report());
        assertNull(values.get("applications.newlyReceived.total"));
        assertEquals(2, values.get("applications.newlyReceived.naturalPerson"));
        List<Diagnostic> notCounts = extraction.diagnostics().stream()
                .filter(d -> d.code().equals("NOT_A_COUNT")).toList();
        assertEquals(1, notCounts.size(), extraction.diagnostics().toString());
        assertEquals("applications.newlyReceived.total", notCounts.get(0).path());
    }

    @Test
    void anAmountKeepsItsDecimalsAndItsUnit() {
        Extraction extraction = builder.read("activeDisclosure.procurement.amount", new BigDecimal("39.45"), null)
                .unit("activeDisclosure.procurement.amountUnit", "万元")
                .build();

        var values = ReportPaths.flatten(extraction.report());
        assertEquals(0, new BigDecimal("39.45").compareTo(new BigDecimal(
                values.get("activeDisclosure.procurement.amount").toString())));
        assertEquals("万元", values.get("activeDisclosure.procurement.amountUnit"));
        assertTrue(extraction.diagnostics().isEmpty(), extraction.diagnostics().toString());
    }
}
