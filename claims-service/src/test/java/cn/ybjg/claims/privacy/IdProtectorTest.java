package cn.ybjg.claims.privacy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class IdProtectorTest {

    static final String ENC = Base64.getEncoder().encodeToString(new byte[32]);
    static final String MAC = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @Test
    void checkDigitIso7064() {
        assertEquals('X', IdNumbers.checkCharacter("11010519491231002"));   // the GB 11643 example
        assertTrue(IdNumbers.hasValidCheckDigit("11010519491231002X"));
        assertFalse(IdNumbers.hasValidCheckDigit("110105194912310021"));
        assertFalse(IdNumbers.hasValidCheckDigit("11010519491231002"));
    }

    @Test
    void redactMasksIdLikeRunsInMessages() {
        assertEquals("value \"110105********002X\" and 431002********1234, not 12345",
                IdNumbers.redact("value \"11010519491231002X\" and 431002196005011234, not 12345"));
    }

    @Test
    void maskKeepsFirstSixAndLastFour() {
        assertEquals("110105********002X", IdNumbers.mask("11010519491231002X"));
    }

    @Test
    void encryptionRoundTripsWithRandomIv() {
        IdProtector p = new IdProtector(ENC, MAC);
        byte[] a = p.encrypt("11010519491231002X");
        byte[] b = p.encrypt("11010519491231002X");
        assertFalse(java.util.Arrays.equals(a, b), "a fresh IV per encryption");
        assertEquals("11010519491231002X", p.decrypt(a));
        assertFalse(new String(a, StandardCharsets.ISO_8859_1).contains("19491231"));
    }

    @Test
    void tamperedCipherTextIsRefused() {
        IdProtector p = new IdProtector(ENC, MAC);
        byte[] a = p.encrypt("11010519491231002X");
        a[a.length - 1] ^= 1;
        assertThrows(IllegalStateException.class, () -> p.decrypt(a));
    }

    @Test
    void hashIsKeyedHmacSha256Hex() throws Exception {
        IdProtector p = new IdProtector(ENC, MAC);
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(Base64.getDecoder().decode(MAC), "HmacSHA256"));
        String expected = java.util.HexFormat.of().formatHex(mac.doFinal("11010519491231002X".getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, p.hash("11010519491231002X"));
        assertEquals(64, expected.length());
        String otherKey = Base64.getEncoder().encodeToString(new byte[32]);
        assertNotEquals(expected, new IdProtector(ENC, otherKey).hash("11010519491231002X"));
    }

    @Test
    void keysMustHaveTheRightLength() {
        assertThrows(IllegalArgumentException.class, () -> new IdProtector(Base64.getEncoder().encodeToString(new byte[16]), MAC));
        assertThrows(IllegalArgumentException.class, () -> new IdProtector(ENC, Base64.getEncoder().encodeToString(new byte[8])));
        assertArrayEquals(new byte[32], Base64.getDecoder().decode(ENC));
    }
}
