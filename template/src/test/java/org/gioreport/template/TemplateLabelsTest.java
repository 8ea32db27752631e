package org.gioreport.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.model.ApplicantCounts;
import org.gioreport.core.model.FieldCatalog;
import org.gioreport.core.model.ReportFields;
import org.junit.jupiter.api.Test;

/**
 * The template's rows live once, in core's {@link FieldCatalog}: the reader's row dictionaries are made from its
 * rows, in its order, each row read first by the label the catalog says the template prints.
 */
class TemplateLabelsTest {

    /** The catalog's rows of a table, both editions, in schema order, as paths below the table. */
    private static List<String> catalogRows(String table, boolean rowOfCounts) {
        String prefix = table + ".";
        List<String> rows = new ArrayList<>();
        for (FieldCatalog.Field f : FieldCatalog.fields()) {
            boolean below = f.path().startsWith(prefix);
            boolean row = rowOfCounts ? f.type() == ApplicantCounts.class : f.path().indexOf('.', prefix.length()) < 0;
            if (below && row) {
                rows.add(f.path().substring(prefix.length()));
            }
        }
        return rows;
    }

    /** The label the template prints for a row: the last of its path's labels, normalized as the reader reads. */
    private static String printedLabel(String path) {
        List<String> labels = FieldCatalog.field(path).labels();
        return TemplateLabels.normalize(labels.get(labels.size() - 1));
    }

    @Test
    void tableTwosItemsAreTheCatalogsItemsOfBothEditionsInSchemaOrder() {
        assertEquals(List.of("regulations", "normativeDocuments", "licensing", "otherServices", "penalties",
                "coercion", "fees", "procurement"), catalogRows("activeDisclosure", false), "the catalog's 二 items");
        assertEquals(catalogRows("activeDisclosure", false), List.copyOf(TemplateLabels.ACTIVE_ITEMS.keySet()));
    }

    @Test
    void tableThreesRowsAreTheCatalogsRowsOfBothEditionsInTemplateOrder() {
        assertEquals(ReportFields.applicationRows(ReportFields.EDITION_2021), catalogRows("applications", true),
                "2021 has every row of 2019 and its three 其他处理 detail rows");
        assertEquals(catalogRows("applications", true), List.copyOf(TemplateLabels.APPLICATION_ROWS.keySet()));
    }

    @Test
    void eachRowIsReadFirstByTheLabelTheCatalogSaysTheTemplatePrints() {
        for (Map.Entry<String, List<String>> item : TemplateLabels.ACTIVE_ITEMS.entrySet()) {
            assertEquals(printedLabel("activeDisclosure." + item.getKey()), item.getValue().get(0), item.getKey());
        }
        for (Map.Entry<String, List<String>> row : TemplateLabels.APPLICATION_ROWS.entrySet()) {
            assertEquals(printedLabel("applications." + row.getKey()), row.getValue().get(0), row.getKey());
        }
        assertEquals("属于国家秘密", TemplateLabels.APPLICATION_ROWS.get("notDisclosed.stateSecret").get(0));
        assertEquals("危及三安全一稳定", TemplateLabels.APPLICATION_ROWS.get("notDisclosed.securityStability").get(0),
                "normalized: the quotes go");
    }

    @Test
    void everyPrintedRowLabelIsMatchedToItsOwnRow() {
        for (String item : TemplateLabels.ACTIVE_ITEMS.keySet()) {
            String label = printedLabel("activeDisclosure." + item);
            assertEquals(item, RowLabelMatcher.lastMatch(label, TemplateLabels.ACTIVE_ITEMS), label);
        }
        List<String> template = ReportFields.applicationRows(ReportFields.EDITION_2021);
        int group = template.indexOf("otherHandling");
        for (int t = 0; t < template.size(); t++) {
            String label = printedLabel("applications." + template.get(t));
            // "其他" alone names a row only once reading has reached the 其他处理 group
            int from = template.get(t).equals("otherHandlingDetail.other") ? group : 0;
            assertEquals(t, RowLabelMatcher.templateRow(label, template, from), label);
        }
    }

    @Test
    void anEditionsMarksAppearInNoLabelTheOtherEditionPrints() {
        assertMarksNotIn(TemplateLabels.EDITION_2021_MARKS, ReportFields.EDITION_2019);
        assertMarksNotIn(TemplateLabels.EDITION_2019_MARKS, ReportFields.EDITION_2021);
    }

    private static void assertMarksNotIn(List<String> marks, String otherEdition) {
        for (FieldCatalog.Field field : FieldCatalog.fields()) {
            String label = printedLabel(field.path());
            if (field.in(otherEdition)) {
                assertEquals(List.of(), marks.stream().filter(label::contains).toList(),
                        field.path() + " (" + label + ") is in " + otherEdition);
            }
        }
    }

    @Test
    void tableFoursHeadWordsAreTheCatalogsLabelsOfItsFirstGroupAndColumn() {
        assertEquals(List.of(printedLabel("reviewsAndLawsuits.review"), printedLabel("reviewsAndLawsuits.review.upheld")),
                TemplateLabels.REVIEWS_HEAD);
        assertEquals(List.of("行政复议", "结果维持"), TemplateLabels.REVIEWS_HEAD);
    }
}
