package org.gioreport.results.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class BodyNameTest {

    @Test
    void spacesOfEveryKindAndFullWidthCharactersDoNotMakeAnotherName() {
        assertEquals("柘山镇人民政府", BodyName.key(" 柘山镇　人民政府\u00A0"));
        assertEquals("A区12号街道办事处", BodyName.key("Ａ区１２号街道办事处"));
        assertNull(BodyName.key("　 "));
    }

    @Test
    void aHigherLevelPlaceBeforeTheBodysOwnPlaceGivesTheShorterName() {
        assertEquals(List.of("柘山镇人民政府"), BodyName.shorterForms("安丘市柘山镇人民政府"));
        assertEquals(List.of("安丘市柘山镇人民政府", "柘山镇人民政府"), BodyName.shorterForms("潍坊市安丘市柘山镇人民政府"));
        assertEquals(List.of("南湖区城市管理和综合执法局"), BodyName.shorterForms("江屿市南湖区城市管理和综合执法局"),
                "城市管理 is no place");
    }

    @Test
    void aNameWithoutItsOwnPlaceAfterThePrefixHasNoShorterForm() {
        assertEquals(List.of(), BodyName.shorterForms("云溪县人民政府办公室"));
        assertEquals(List.of(), BodyName.shorterForms("江屿市市场监督管理局"));
        assertEquals(List.of(), BodyName.shorterForms("柘山镇人民政府"));
    }
}
