package org.gioreport.engine.internal.read;

import java.util.List;
import java.util.Map;
import org.gioreport.ocr.ArithmeticJudge;
import org.gioreport.ocr.OcrCell;
import org.gioreport.spi.Extraction;

/**
 * The OCR detail of a scanned document's table cells (by the place the table reader names in provenance) and the
 * text as read, kept with the document so that the template's arithmetic can judge the digits after a plugin has
 * read them, and the lines of running text OCR read unsurely. {@link #NONE} for a document read without OCR.
 */
public record OcrCells(Map<String, OcrCell> cells, String text, List<String> unsureLines) {

    public static final OcrCells NONE = new OcrCells(Map.of(), "", List.of());

    public OcrCells {
        cells = Map.copyOf(cells);
        unsureLines = List.copyOf(unsureLines);
    }

    /** Whether the extraction's values come from these cells: its provenance names one of them. */
    public boolean cited(Extraction extraction) {
        return extraction.provenance().values().stream()
                .anyMatch(where -> where != null && where.cell() != null && cells.containsKey(where.cell()));
    }

    /**
     * The extraction with its OCR digits judged by the template's arithmetic; unchanged for a document read
     * without OCR, so the OCR module's classes are only touched when OCR read the document.
     */
    public Extraction judge(Extraction extraction) {
        return cells.isEmpty() || extraction.report() == null ? extraction
                : ArithmeticJudge.judge(extraction, cells, text, unsureLines);
    }
}
