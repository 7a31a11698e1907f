package cn.ybjg.supervision.rules.drg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GroupWindowCodecTest {
    static final LocalDate D = LocalDate.of(2025, 1, 1);

    @Test
    void roundTripKeepsEverySampleAndEveryAnswer() {
        Random r = new Random(7);
        GroupWindow w = new GroupWindow();
        for (int i = 0; i < 5000; i++) {
            w.add("H4310" + r.nextInt(3000) + ":结算" + i, D.plusDays(r.nextInt(800) - 400), r.nextInt(50_000_000));
        }
        w.add("before-1970", LocalDate.of(1969, 12, 31), 0);
        w.add("negative", D, -12345);
        byte[] bytes = GroupWindowCodec.encode(w);
        GroupWindow back = GroupWindowCodec.decode(bytes);
        assertEquals(w.samples(), back.samples());
        for (int i = 0; i < 200; i++) {
            LocalDate q = D.plusDays(r.nextInt(900) - 450);
            assertEquals(w.benchmark(q, 365, new BigDecimal("0.1"), 30), back.benchmark(q, 365, new BigDecimal("0.1"), 30));
        }
        // compact: well under the 4 + 8 + id bytes a fixed-width layout would take
        assertTrue(bytes.length < w.size() * (16 + 4 + 8), "bytes " + bytes.length);
    }

    @Test
    void emptyWindowRoundTrips() {
        assertEquals(List.of(), GroupWindowCodec.decode(GroupWindowCodec.encode(new GroupWindow())).samples());
    }

    @Test
    void refusesBytesItDidNotWrite() {
        GroupWindow w = new GroupWindow();
        w.add("a", D, 100);
        w.add("b", D, 200);
        byte[] good = GroupWindowCodec.encode(w);
        assertThrows(IllegalArgumentException.class, () -> GroupWindowCodec.decode(Arrays.copyOf(good, good.length - 1)));
        assertThrows(IllegalArgumentException.class, () -> GroupWindowCodec.decode(Arrays.copyOf(good, good.length + 1)));
        assertThrows(IllegalArgumentException.class, () -> GroupWindowCodec.decode(new byte[0]));
        byte[] badMagic = good.clone();
        badMagic[0] = 'X';
        assertThrows(IllegalArgumentException.class, () -> GroupWindowCodec.decode(badMagic));
        byte[] hugeCount = {'G', 'W', 1, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x0F};
        assertThrows(IllegalArgumentException.class, () -> GroupWindowCodec.decode(hugeCount));
        // the same id written twice: rename "b" to "a" (ids are the last byte of each sample here)
        byte[] repeated = good.clone();
        repeated[repeated.length - 1] = 'a';
        assertThrows(IllegalArgumentException.class, () -> GroupWindowCodec.decode(repeated));
    }
}
