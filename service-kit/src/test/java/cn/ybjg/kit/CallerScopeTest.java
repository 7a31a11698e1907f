package cn.ybjg.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A list claim reads the same whatever shape the identity provider gives it. */
class CallerScopeTest {

    @Test
    void aJsonArrayACollectionAndACommaSeparatedStringReadAlike() {
        List<String> expected = List.of("441800", "431000");
        assertEquals(expected, List.copyOf(CallerScope.texts(Json.createArrayBuilder().add("441800").add(" 431000").build())));
        assertEquals(expected, List.copyOf(CallerScope.texts(List.of("441800", "431000 "))));
        assertEquals(expected, List.copyOf(CallerScope.texts("441800, 431000")));
        assertEquals(expected, List.copyOf(CallerScope.texts(Json.createValue(" 441800 ,431000,"))));
    }

    @Test
    void emptyItemsAndRepeatsAreDropped() {
        assertEquals(Set.of(), CallerScope.texts(""));
        assertEquals(Set.of(), CallerScope.texts(" , ,"));
        assertEquals(Set.of(), CallerScope.texts(null));
        assertEquals(List.of("431000"), List.copyOf(CallerScope.texts("431000,431000")));
    }
}
