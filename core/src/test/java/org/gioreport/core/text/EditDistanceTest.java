package org.gioreport.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class EditDistanceTest {

    @Test
    void countsTheInsertionsDeletionsAndReplacementsBetweenTwoStrings() {
        assertEquals(0, EditDistance.between("normalize", "normalize"));
        assertEquals(1, EditDistance.between("normalise", "normalize"));   // one replaced
        assertEquals(1, EditDistance.between("plugin", "plugins"));        // one inserted
        assertEquals(2, EditDistance.between("schmea", "schema"));         // two letters swapped
        assertEquals(3, EditDistance.between("", "abc"));
        assertEquals(1, EditDistance.between("政府集中采风", "政府集中采购")); // a character OCR misread
        assertEquals(EditDistance.between("review", "series"), EditDistance.between("series", "review"));
    }
}
