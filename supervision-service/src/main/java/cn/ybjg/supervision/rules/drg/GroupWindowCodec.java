package cn.ybjg.supervision.rules.drg;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A group window as bytes (for a key-value state store): only the samples are written, the runs are rebuilt on
 * read. Samples go in date order, so a date is a small delta from the previous one; numbers are zig-zag varints.
 * Layout: 'G' 'W' version, count, then per sample: day delta, fen, id length, id in UTF-8.
 */
public final class GroupWindowCodec {
    private static final int VERSION = 1;

    private GroupWindowCodec() {
    }

    public static byte[] encode(GroupWindow window) {
        List<Sample> samples = window.samples();
        Writer out = new Writer(16 + samples.size() * 16);
        out.write('G');
        out.write('W');
        out.write(VERSION);
        out.varLong(samples.size());
        long previousDay = 0;
        for (Sample s : samples) {
            long day = s.date().toEpochDay();
            out.varLong(zigzag(day - previousDay));
            previousDay = day;
            out.varLong(zigzag(s.fen()));
            byte[] id = s.id().getBytes(StandardCharsets.UTF_8);
            out.varLong(id.length);
            out.write(id);
        }
        return out.toByteArray();
    }

    /** @throws IllegalArgumentException for bytes this codec did not write (truncated, trailing, repeated id…) */
    public static GroupWindow decode(byte[] bytes) {
        Reader in = new Reader(bytes);
        if (in.next() != 'G' || in.next() != 'W') throw new IllegalArgumentException("group window: bad magic");
        int version = in.next();
        if (version != VERSION) throw new IllegalArgumentException("group window: unknown version " + version);
        long count = in.varLong();
        // every sample takes at least 3 bytes: refuse a count the input cannot hold before allocating for it
        if (count < 0 || count > (bytes.length - in.pos) / 3) throw new IllegalArgumentException("group window: bad count");
        List<Sample> samples = new ArrayList<>((int) count);
        long day = 0;
        for (long i = 0; i < count; i++) {
            day += unzigzag(in.varLong());
            long fen = unzigzag(in.varLong());
            long len = in.varLong();
            if (len < 0 || len > bytes.length - in.pos) throw new IllegalArgumentException("group window: truncated id");
            String id = new String(bytes, in.pos, (int) len, StandardCharsets.UTF_8);
            in.pos += (int) len;
            samples.add(new Sample(id, date(day), fen));
        }
        if (in.pos != bytes.length) throw new IllegalArgumentException("group window: trailing bytes");
        GroupWindow w = new GroupWindow();
        w.addAll(samples);
        // the encoder writes each id once; fewer samples than written means an id came twice
        if (w.size() != count) throw new IllegalArgumentException("group window: repeated sample id");
        return w;
    }

    private static LocalDate date(long epochDay) {
        try {
            return LocalDate.ofEpochDay(epochDay);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("group window: date out of range", e);
        }
    }

    private static long zigzag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unzigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    /** A growable byte array (ByteArrayOutputStream synchronises every single-byte write). */
    private static final class Writer {
        byte[] bytes;
        int size;

        Writer(int capacity) {
            bytes = new byte[capacity];
        }

        void write(int b) {
            if (size == bytes.length) bytes = Arrays.copyOf(bytes, size * 2);
            bytes[size++] = (byte) b;
        }

        void write(byte[] b) {
            if (size + b.length > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(size * 2, size + b.length));
            System.arraycopy(b, 0, bytes, size, b.length);
            size += b.length;
        }

        void varLong(long v) {
            while ((v & ~0x7FL) != 0) {
                write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            write((int) v);
        }

        byte[] toByteArray() {
            return Arrays.copyOf(bytes, size);
        }
    }

    /** Reads bytes and 7-bit varints, failing with IllegalArgumentException past the end. */
    private static final class Reader {
        final byte[] bytes;
        int pos;

        Reader(byte[] bytes) {
            this.bytes = bytes;
        }

        int next() {
            if (pos >= bytes.length) throw new IllegalArgumentException("group window: truncated");
            return bytes[pos++] & 0xFF;
        }

        long varLong() {
            long v = 0;
            for (int shift = 0; shift < 64; shift += 7) {
                int b = next();
                v |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) return v;
            }
            throw new IllegalArgumentException("group window: varint too long");
        }
    }
}
