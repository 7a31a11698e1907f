package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.rules.SettlementFact;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * The binary form of the facts the engine keeps in its stores and repartition topic: a fraction of their JSON's size
 * and parse time (JSON was a third of a stream thread's time). Exact: decimals keep their scale, timestamps their
 * offset and nanoseconds. Within one value a repeated string (a person's idNumberHash, personId, codes) is written
 * once and then referred to by number. A value starts with a format byte; JSON values written before this format
 * start with '{' and are still read.
 */
public final class FactCodec {
    static final byte FORMAT = 1;
    private static final int NO_DATE = Integer.MIN_VALUE;

    private FactCodec() {
    }

    /** One settlement a value: the DRG sub-topology's repartition topic and stay store. */
    public static Serde<SettlementFact> settlementSerde() {
        return new CodecSerde<>(SettlementFact.class, s -> {
            Out out = new Out();
            out.settlement(s);
            return out.toBytes();
        }, In::settlement);
    }

    /** Whether a stored value is the JSON of earlier versions rather than this format. */
    static boolean isJson(byte[] bytes) {
        return bytes.length > 0 && bytes[0] == '{';
    }

    /**
     * Writes one value, in DataOutputStream's encoding (big-endian numbers, modified UTF-8 strings) into a plain array:
     * DataOutputStream over ByteArrayOutputStream took a lock per byte and a lambda per field, a fifth of the engine's
     * time in encoding states (JFR). FactCodecTest pins the bytes.
     */
    static final class Out {
        private byte[] buf = new byte[512];
        private int len;
        private final Map<String, Integer> seen = new HashMap<>(64);

        Out() {
            u8(FORMAT);
        }

        byte[] toBytes() {
            return Arrays.copyOf(buf, len);
        }

        private void room(int n) {
            if (len + n > buf.length) buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + n));
        }

        void u8(int v) {
            room(1);
            buf[len++] = (byte) v;
        }

        void count(int n) {
            room(4);
            buf[len++] = (byte) (n >>> 24);
            buf[len++] = (byte) (n >>> 16);
            buf[len++] = (byte) (n >>> 8);
            buf[len++] = (byte) n;
        }

        private void u64(long v) {
            count((int) (v >>> 32));
            count((int) v);
        }

        void flag(boolean v) {
            u8(v ? 1 : 0);
        }

        /** null, a reference to a string written before in this value, or the string (modified UTF-8). */
        void str(String s) {
            if (s == null) {
                count(-1);
                return;
            }
            Integer ref = seen.putIfAbsent(s, seen.size());
            if (ref != null) {
                count(ref);
                return;
            }
            count(-2);
            utf(s);
        }

        /** DataOutput.writeUTF: ASCII as is, anything else through DataOutputStream itself. */
        private void utf(String s) {
            int n = s.length();
            boolean ascii = n <= 65535;
            for (int i = 0; i < n && ascii; i++) {
                char c = s.charAt(i);
                ascii = c >= 1 && c <= 0x7f;
            }
            if (ascii) {
                room(2 + n);
                buf[len++] = (byte) (n >>> 8);
                buf[len++] = (byte) n;
                for (int i = 0; i < n; i++) buf[len++] = (byte) s.charAt(i);
                return;
            }
            ByteArrayOutputStream encoded = new ByteArrayOutputStream(2 + 3 * n);
            try {
                new DataOutputStream(encoded).writeUTF(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // longer than 65,535 bytes: as DataOutputStream refuses it
            }
            raw(encoded.toByteArray());
        }

        private void raw(byte[] b) {
            room(b.length);
            System.arraycopy(b, 0, buf, len, b.length);
            len += b.length;
        }

        void date(LocalDate d) {
            count(d == null ? NO_DATE : Math.toIntExact(d.toEpochDay()));
        }

        void decimal(BigDecimal d) {
            flag(d != null);
            if (d == null) return;
            byte[] unscaled = d.unscaledValue().toByteArray();
            count(d.scale());
            count(unscaled.length);
            raw(unscaled);
        }

        void time(OffsetDateTime t) {
            flag(t != null);
            if (t == null) return;
            u64(t.toEpochSecond());
            count(t.getNano());
            count(t.getOffset().getTotalSeconds());
        }

        void blob(byte[] b) {
            count(b.length);
            raw(b);
        }

        void settlement(SettlementFact s) {
            str(s.institutionCode());
            str(s.settlementId());
            str(s.idNumberHash());
            str(s.idNumberMasked());
            str(s.personId());
            str(s.regionCode());
            str(s.gender());
            str(s.insuranceType());
            str(s.medicalType());
            date(s.admissionDate());
            date(s.dischargeDate());
            date(s.periodDate());
            str(s.primaryDiagnosis());
            str(s.drgCode());
            decimal(s.totalCost());
            decimal(s.fundPayments());
            flag(s.reversed());
        }
    }

    /** Reads one value written by {@link Out}, straight from the array; a value cut short is an EOFException. */
    static final class In {
        private final byte[] buf;
        private int pos;
        private final List<String> seen = new ArrayList<>();

        In(byte[] bytes) throws IOException {
            buf = bytes;
            int format = u8();
            if (format != FORMAT) throw new IOException("unknown format " + format);
        }

        private void need(int n) throws EOFException {
            if (n > buf.length - pos) throw new EOFException("value ends " + (n - (buf.length - pos)) + " bytes early");
        }

        int u8() throws IOException {
            need(1);
            return buf[pos++] & 0xff;
        }

        int count() throws IOException {
            need(4);
            int v = (buf[pos] & 0xff) << 24 | (buf[pos + 1] & 0xff) << 16 | (buf[pos + 2] & 0xff) << 8 | buf[pos + 3] & 0xff;
            pos += 4;
            return v;
        }

        private long u64() throws IOException {
            return (long) count() << 32 | count() & 0xffffffffL;
        }

        boolean flag() throws IOException {
            return u8() != 0;
        }

        String str() throws IOException {
            int ref = count();
            if (ref == -1) return null;
            if (ref == -2) {
                String s = utf();
                seen.add(s);
                return s;
            }
            if (ref < 0 || ref >= seen.size()) throw new IOException("bad string reference " + ref);
            return seen.get(ref);
        }

        /** DataInput.readUTF: ASCII directly, anything else through DataInputStream itself. */
        private String utf() throws IOException {
            need(2);
            int n = (buf[pos] & 0xff) << 8 | buf[pos + 1] & 0xff;
            need(2 + n);
            for (int i = pos + 2; i < pos + 2 + n; i++) {
                if (buf[i] <= 0) {   // not 1…0x7f
                    String s = new DataInputStream(new ByteArrayInputStream(buf, pos, 2 + n)).readUTF();
                    pos += 2 + n;
                    return s;
                }
            }
            String s = new String(buf, pos + 2, n, StandardCharsets.ISO_8859_1);
            pos += 2 + n;
            return s;
        }

        LocalDate date() throws IOException {
            int day = count();
            return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
        }

        BigDecimal decimal() throws IOException {
            if (!flag()) return null;
            int scale = count();
            return new BigDecimal(new BigInteger(bytes(count())), scale);
        }

        OffsetDateTime time() throws IOException {
            if (!flag()) return null;
            long seconds = u64();
            int nanos = count();
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(count());
            return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), offset);
        }

        byte[] blob() throws IOException {
            return bytes(count());
        }

        SettlementFact settlement() throws IOException {
            return new SettlementFact(str(), str(), str(), str(), str(), str(), str(), str(), str(), date(), date(), date(),
                    str(), str(), decimal(), decimal(), flag());
        }

        private byte[] bytes(int n) throws IOException {
            if (n < 0 || n > buf.length - pos) throw new IOException("bad length " + n);
            pos += n;
            return Arrays.copyOfRange(buf, pos - n, pos);
        }
    }
}
