package cn.ybjg.claims.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** CSV bodies in UTF-8 (with or without BOM) and GB18030/GBK, declared or detected; undecodable bytes named. */
class CsvTextTest {

    static final Charset GBK = Charset.forName("GBK");
    static final String CSV = "personId,note\n湘郴-张三01,住院\n粤清-李四02,门诊\n";

    static List<String> personIds(byte[] body, String charset) {
        return CsvBatchReader.read(new ByteArrayInputStream(body), charset, Set.of("personId", "note"), Set.of("personId"), 10)
                .stream().map(n -> n.get("personId").asText()).toList();
    }

    @Test
    void gbkIsDetectedWhenTheBytesAreNotUtf8() {
        assertEquals(List.of("湘郴-张三01", "粤清-李四02"), personIds(CSV.getBytes(GBK), null));
    }

    @Test
    void aDeclaredCharsetIsUsed() {
        assertEquals(List.of("湘郴-张三01", "粤清-李四02"), personIds(CSV.getBytes(GBK), "GBK"));
        assertEquals(List.of("湘郴-张三01", "粤清-李四02"), personIds(CSV.getBytes(Charset.forName("GB18030")), "gb18030"));
        assertEquals(List.of("湘郴-张三01", "粤清-李四02"), personIds(CSV.getBytes(StandardCharsets.UTF_8), "utf-8"));
    }

    @Test
    void utf8WithAndWithoutBom() {
        ByteArrayOutputStream bom = new ByteArrayOutputStream();
        bom.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bom.writeBytes(CSV.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("湘郴-张三01", "粤清-李四02"), personIds(bom.toByteArray(), null));
        assertEquals(List.of("湘郴-张三01", "粤清-李四02"), personIds(CSV.getBytes(StandardCharsets.UTF_8), null));
    }

    @Test
    void undecodableBytesAreNamedByLineAndColumn() {
        byte[] body = "personId,note\nP1,ok\nP2,ab\u00ff\n".getBytes(StandardCharsets.ISO_8859_1);
        MalformedInputException declared = assertThrows(MalformedInputException.class, () -> personIds(body, "UTF-8"));
        assertEquals(3, declared.line());
        assertEquals(6, declared.column());
        assertTrue(declared.getMessage().contains("byte 0xFF"), declared.getMessage());
        MalformedInputException detected = assertThrows(MalformedInputException.class, () -> personIds(body, null));
        assertEquals(3, detected.line());
        assertTrue(detected.getMessage().contains("neither UTF-8 nor GB18030"), detected.getMessage());
    }

    @Test
    void anUnsupportedCharsetNamesTheParameter() {
        cn.ybjg.kit.BadParameterException e = assertThrows(cn.ybjg.kit.BadParameterException.class,
                () -> personIds(CSV.getBytes(StandardCharsets.UTF_8), "windows-1252"));
        assertEquals("charset", e.parameter());
    }

    @Test
    void aLatin1LabelIsHonouredForAsciiOnly() {
        assertEquals(List.of("P-01"), personIds("personId,note\nP-01,x\n".getBytes(StandardCharsets.US_ASCII), "ISO-8859-1"));
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> personIds(CSV.getBytes(StandardCharsets.UTF_8), "ISO-8859-1"));
        assertEquals(2, e.line());
    }
}
