package cn.ybjg.kit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParamsTest {

    @Test
    void aPageWhoseRowsLiePastTheEndOfIntIsRefused() {
        BadParameterException e = assertThrows(BadParameterException.class, () -> Params.paging(4_294_968, 500));
        assertEquals("page", e.parameter());
        assertEquals(400, e.getResponse().getStatus());
        assertEquals(new Params.Paging(4_294_966, 500), Params.paging(4_294_966, 500));
        assertEquals(new Params.Paging(0, 500), Params.paging(-3, 10_000));
        assertEquals(new Params.Paging(0, 1), Params.paging(0, 0));
    }

    @Test
    void datesNumbersAndEnumsNameTheParameter() {
        assertEquals(LocalDate.of(2025, 3, 1), Params.date("from", "2025-03-01"));
        assertNull(Params.date("from", " "));
        assertEquals("from", assertThrows(BadParameterException.class, () -> Params.date("from", "x")).parameter());
        assertEquals(2025, Params.intIn("year", "2025", 1990, 2100));
        assertThrows(BadParameterException.class, () -> Params.intIn("year", "99999999999", 1990, 2100));
        assertThrows(BadParameterException.class, () -> Params.intIn("year", "abc", 1990, 2100));
        assertEquals("310", Params.oneOf("insuranceType", "310", List.of("310", "390")));
        BadParameterException e = assertThrows(BadParameterException.class,
                () -> Params.oneOf("insuranceType", "' OR '1'='1", List.of("310", "390")));
        Problem p = e.problem();
        assertEquals("urn:ybjg:problem:bad-parameter", p.getType());
        assertEquals(List.of(new FieldProblem("insuranceType", "must be one of [310, 390]")), p.getErrors());
        assertEquals("query or path parameter 'insuranceType' must be one of [310, 390]", p.getDetail());
    }

    @Test
    void datesHaveFourYearDigitsSoThatTheDatabaseCanHoldThem() {
        assertEquals(java.time.LocalDate.of(2025, 3, 1), Params.date("from", "2025-03-01"));
        for (String far : new String[] {"-999999999-01-01", "+999999999-12-31", "12025-01-01"}) {
            assertEquals("to", assertThrows(BadParameterException.class, () -> Params.date("to", far)).parameter(), far);
        }
    }

    @Test
    void controlCharactersAreRecognised() {
        org.junit.jupiter.api.Assertions.assertTrue(ControlCharacterFilter.hasControlCharacter("H43100200123\u0000"));
        org.junit.jupiter.api.Assertions.assertTrue(ControlCharacterFilter.hasControlCharacter("a\r\nb"));
        org.junit.jupiter.api.Assertions.assertFalse(ControlCharacterFilter.hasControlCharacter("湘郴-张三 01"));
    }

    @Test
    void aPersonIdFilterShapedLikeAnIdNumberIsRefused() {
        assertEquals("personId", assertThrows(BadParameterException.class,
                () -> Params.personId("personId", "P43100219600501123X")).parameter());
        assertEquals("P-0001", Params.personId("personId", "P-0001"));
        assertEquals(null, Params.personId("personId", null));
    }
}
