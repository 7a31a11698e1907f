package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.rules.SettlementFact;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

    /** Writes one value. */
    static final class Out {
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        private final DataOutputStream out = new DataOutputStream(bytes);
        private final Map<String, Integer> seen = new HashMap<>();

        Out() {
            u8(FORMAT);
        }

        byte[] toBytes() {
            return bytes.toByteArray();
        }

        void u8(int v) {
            io(() -> out.writeByte(v));
        }

        void count(int n) {
            io(() -> out.writeInt(n));
        }

        void flag(boolean v) {
            io(() -> out.writeBoolean(v));
        }

        /** null, a reference to a string written before in this value, or the string (modified UTF-8). */
        void str(String s) {
            if (s == null) {
                count(-1);
                return;
            }
            Integer ref = seen.get(s);
            if (ref != null) {
                count(ref);
                return;
            }
            seen.put(s, seen.size());
            count(-2);
            io(() -> out.writeUTF(s));
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
            io(() -> out.write(unscaled));
        }

        void time(OffsetDateTime t) {
            flag(t != null);
            if (t == null) return;
            io(() -> {
                out.writeLong(t.toEpochSecond());
                out.writeInt(t.getNano());
                out.writeInt(t.getOffset().getTotalSeconds());
            });
        }

        void blob(byte[] b) {
            count(b.length);
            io(() -> out.write(b));
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

    /** Reads one value written by {@link Out}. */
    static final class In {
        private final DataInputStream in;
        private final List<String> seen = new ArrayList<>();

        In(byte[] bytes) throws IOException {
            in = new DataInputStream(new java.io.ByteArrayInputStream(bytes));
            int format = in.readUnsignedByte();
            if (format != FORMAT) throw new IOException("unknown format " + format);
        }

        int u8() throws IOException {
            return in.readUnsignedByte();
        }

        int count() throws IOException {
            return in.readInt();
        }

        boolean flag() throws IOException {
            return in.readBoolean();
        }

        String str() throws IOException {
            int ref = in.readInt();
            if (ref == -1) return null;
            if (ref == -2) {
                String s = in.readUTF();
                seen.add(s);
                return s;
            }
            if (ref < 0 || ref >= seen.size()) throw new IOException("bad string reference " + ref);
            return seen.get(ref);
        }

        LocalDate date() throws IOException {
            int day = in.readInt();
            return day == NO_DATE ? null : LocalDate.ofEpochDay(day);
        }

        BigDecimal decimal() throws IOException {
            if (!in.readBoolean()) return null;
            int scale = in.readInt();
            return new BigDecimal(new BigInteger(bytes(in.readInt())), scale);
        }

        OffsetDateTime time() throws IOException {
            if (!in.readBoolean()) return null;
            long seconds = in.readLong();
            int nanos = in.readInt();
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(in.readInt());
            return OffsetDateTime.ofInstant(Instant.ofEpochSecond(seconds, nanos), offset);
        }

        byte[] blob() throws IOException {
            return bytes(in.readInt());
        }

        SettlementFact settlement() throws IOException {
            return new SettlementFact(str(), str(), str(), str(), str(), str(), str(), str(), str(), date(), date(), date(),
                    str(), str(), decimal(), decimal(), flag());
        }

        private byte[] bytes(int n) throws IOException {
            if (n < 0 || n > in.available()) throw new IOException("bad length " + n);
            return in.readNBytes(n);
        }
    }

    private interface Write {
        void run() throws IOException;
    }

    private static void io(Write w) {
        try {
            w.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
    }
}
