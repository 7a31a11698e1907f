package cn.ybjg.claims.intake;

import cn.ybjg.kit.BadParameterException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * The text of a CSV body. Hospital information systems in China export CSV in GBK as often as in UTF-8, so a
 * body is UTF-8 (with or without BOM) or GB18030 (of which GBK and GB2312 are subsets): as its {@code charset=}
 * parameter says, or, without one, UTF-8 when the bytes are valid UTF-8 and GB18030 otherwise. Bytes that do not
 * decode are a 400 naming their line and column, never replaced by U+FFFD and stored.
 */
final class CsvText {

    /** A body is decoded whole (detection must see every byte); 10,000 rows take a few MB. */
    static final int MAX_BYTES = 64 * 1024 * 1024;
    static final Charset GB18030 = Charset.forName("GB18030");
    private static final Set<String> GB_NAMES = Set.of("gb18030", "gbk", "gb2312", "cp936", "x-gbk");
    /**
     * Some HTTP clients label every text body ISO-8859-1 by default. Such a label is honoured only for ASCII bytes
     * (where it agrees with UTF-8); a Latin-1 reading of Chinese text would store mojibake, so other bytes are a 400.
     */
    private static final Set<String> ASCII_NAMES = Set.of("us-ascii", "ascii", "iso-8859-1", "latin1", "iso8859-1");

    private CsvText() {
    }

    /** The decoded text, BOM removed; {@code declared} is the charset parameter or null. */
    static String decode(InputStream body, String declared) {
        Charset charset = declared == null ? null : charset(declared);
        byte[] bytes = read(body);
        if (charset == null) {
            charset = firstUndecodable(bytes, StandardCharsets.UTF_8) < 0 ? StandardCharsets.UTF_8 : GB18030;
        }
        int bad = firstUndecodable(bytes, charset);
        if (bad >= 0) {
            throw undecodable(bytes, bad, charset, declared == null);
        }
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    static Charset charset(String declared) {
        String name = declared.strip().replace("\"", "").toLowerCase(Locale.ROOT);
        if (name.equals("utf-8") || name.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (GB_NAMES.contains(name)) {
            return GB18030;
        }
        if (ASCII_NAMES.contains(name)) {
            return StandardCharsets.US_ASCII;
        }
        throw new BadParameterException("charset", "is not supported for CSV: send UTF-8 (BOM optional) or"
                + " GB18030 / GBK / GB2312 (or ASCII)");
    }

    private static byte[] read(InputStream body) {
        try {
            byte[] bytes = body.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new TooManyRecordsException("a CSV body may hold at most " + MAX_BYTES / (1024 * 1024)
                        + " MB; split the upload into batches of at most " + BatchResult.MAX_RECORDS + " rows");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The offset of the first byte that does not decode in the charset, or -1 when all do. */
    private static int firstUndecodable(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return decoder.flush(out.clear()).isError() ? in.position() : -1;
            }
            out.clear();
        }
    }

    private static MalformedInputException undecodable(byte[] bytes, int offset, Charset charset, boolean detected) {
        String before = new String(bytes, 0, offset, charset);
        long line = 1 + before.chars().filter(c -> c == '\n').count();
        long column = before.length() - before.lastIndexOf('\n');
        String what = detected ? "neither UTF-8 nor GB18030/GBK" : "not " + charset.name();
        return new MalformedInputException(String.format("CSV body is %s at line %d, column %d: byte 0x%02X cannot be"
                + " decoded (send UTF-8, or declare the encoding: Content-Type: text/csv; charset=GBK)",
                what, line, column, bytes[offset] & 0xff), line, column);
    }
}
