package org.gioreport.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.testing.SampleReports;
import org.junit.jupiter.api.Test;

class FieldCatalogTest {

    @Test
    void everyPathAReportFlattensToIsInTheCatalog() {
        for (var report : List.of(SampleReports.report(SampleReports.consistent2019()),
                SampleReports.report(SampleReports.consistent2021()))) {
            for (String path : ReportPaths.flatten(report).keySet()) {
                assertTrue(path.equals("schemaVersion") || FieldCatalog.field(path) != null, path);
            }
        }
    }

    @Test
    void aFieldCarriesTheLabelsOfEverySegmentOfItsPath() {
        assertEquals("收到和处理申请/不予公开/属于国家秘密/自然人",
                FieldCatalog.field("applications.notDisclosed.stateSecret.naturalPerson").label());
        assertEquals("行政复议和行政诉讼/行政复议/其他结果", FieldCatalog.field("reviewsAndLawsuits.review.other").label());
        assertEquals("主动公开/行政事业性收费/本年收费金额", FieldCatalog.field("activeDisclosure.fees.amount").label());
        assertEquals("主动公开/政府集中采购/采购总金额", FieldCatalog.field("activeDisclosure.procurement.amount").label());
    }

    @Test
    void aFieldBelongsToTheEditionsOfEveryObjectAboveIt() {
        FieldCatalog.Field decisions = FieldCatalog.field("activeDisclosure.otherServices.decisions");
        assertEquals(Set.of("2019"), decisions.editions(), "otherServices is a 2019 row");
        assertEquals(Set.of("2021"), FieldCatalog.field("applications.otherHandlingDetail.other.total").editions());
        assertEquals(Set.of("2019", "2021"), FieldCatalog.field("applications.otherHandling.total").editions());
        assertNull(FieldCatalog.field("schemaVersion"), "the schema version is no field of the content");
        assertNull(FieldCatalog.field("applications.newlyRecieved.total"));
    }

    @Test
    void noTwoFieldsShareAPathOrAChineseLabel() {
        List<FieldCatalog.Field> values = FieldCatalog.fields().stream().filter(FieldCatalog.Field::isValue).toList();
        assertEquals(values.size(), new HashSet<>(values.stream().map(FieldCatalog.Field::path).toList()).size());
        assertEquals(values.size(), new HashSet<>(values.stream().map(FieldCatalog.Field::label).toList()).size());
    }

    @Test
    void theRequiredFieldsOfAnEditionAreItsMetadataAndEveryNumberOfItsTables() {
        List<String> required2019 = ReportFields.required("2019");
        assertEquals(List.of("organization", "reportYear", "publishedOn", "edition"), required2019.subList(0, 4));
        assertEquals(4 + 22 + 23 * 7 + 15, required2019.size(), "22 in 二, 23 rows of 7 in 三, 15 in 四");
        assertEquals(4 + 10 + 26 * 7 + 15, ReportFields.required("2021").size(), "10 in 二, 26 rows of 7 in 三");
        assertFalse(required2019.contains("activeDisclosure.procurement.amountUnit"), "a unit is no number");
        assertEquals(List.of("issued", "repealed", "inForce"), ReportFields.activeColumns("2021", "regulations"));
        assertEquals(List.of(), ReportFields.activeColumns("2021", "procurement"));
        assertThrows(IllegalArgumentException.class, () -> ReportFields.required("2020"));
    }
}
