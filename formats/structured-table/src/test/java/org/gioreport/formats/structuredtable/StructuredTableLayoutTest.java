package org.gioreport.formats.structuredtable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gioreport.core.json.ReportPaths;
import org.gioreport.core.model.Provenance;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.SourceDocument;
import org.gioreport.spi.Table;
import org.junit.jupiter.api.Test;

class StructuredTableLayoutTest {

    private final StructuredTableLayout plugin = new StructuredTableLayout();

    private static List<Table.Cell> row(String... cells) {
        List<Table.Cell> out = new ArrayList<>();
        for (String c : cells) {
            out.add(c.startsWith("^") ? new Table.Cell(c.substring(1), 20, 1) : Table.Cell.of(c));
        }
        return out;
    }

    /** An applications table as Word gives it: a rowspan group label, a header of applicant columns. */
    private static SourceDocument document(List<List<Table.Cell>> extraRows) {
        List<List<Table.Cell>> rows = new ArrayList<>(List.of(
                row("", "申请人情况"),
                row("", "", "自然人", "法人或其他组织", "总计"),
                row("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""),
                row("一、本年新收政府信息公开申请数量", "12", "3", "0", "0", "1", "0", "16"),
                row("二、上年结转政府信息公开申请数量", "1", "", "0", "0", "0", "0", "1"),
                row("^三、本年度办理结果", "（一）予以公开", "10", "2", "0", "0", "1", "0", "13")));
        rows.addAll(extraRows);
        String text = "某某区教育局2020年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n本年新收\n";
        return new SourceDocument("t.docx", "application/msword", text, Map.of(), List.of(new Table(rows)));
    }

    @Test
    void realTableCellsAreReadByColumnAndAnEmptyCellKeepsItsPlace() {
        Extraction e = plugin.normalize(document(List.of()));
        Map<String, Object> v = ReportPaths.flatten(e.report());
        assertEquals(12, v.get("applications.newlyReceived.naturalPerson"));
        assertEquals(16, v.get("applications.newlyReceived.total"));
        assertEquals(13, v.get("applications.disclosed.total"));
        assertNull(v.get("applications.carriedOver.business"), "the empty cell is null, not the next number");
        assertEquals(0, v.get("applications.carriedOver.research"));
        assertEquals(1, v.get("applications.carriedOver.total"));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.code().equals("CELL_NOT_STATED")
                && "applications.carriedOver.business".equals(d.path())));
    }

    @Test
    void provenanceNamesTheTableCell() {
        Extraction e = plugin.normalize(document(List.of()));
        Provenance p = e.provenance().get("applications.newlyReceived.total");
        assertEquals("table 1, row 4, cell 8", p.cell());
        assertEquals("16", p.text());
    }

    @Test
    void fitsOnlyDocumentsWithTemplateTables() {
        assertTrue(plugin.fit(document(List.of())).score() > 0.9);
        SourceDocument plain = new SourceDocument("a.html", "text/html", "政府信息公开 本年新收", Map.of(),
                List.of(new Table(List.of(row("姓名", "电话")))));
        assertEquals(0, plugin.fit(plain).score());
        assertEquals(0, plugin.fit(SourceDocument.ofText("b.txt", "政府信息公开 本年新收")).score());
    }
}
