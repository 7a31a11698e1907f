package cn.ybjg.claims.outbox;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Rows in PostgreSQL's COPY text format, sent with one {@code COPY … FROM STDIN}: the bulk path for new rows, without
 * a per-row statement or a JSON document that the server parses again. Values are written with {@link Object#toString()}
 * (numbers, dates and ISO timestamps are what PostgreSQL reads; decimals without exponent), null as {@code \N}, byte arrays as bytea hex.
 */
public final class CopyRows {

    /**
     * Text sent to the server whenever this much has accumulated: rows stream out in small pieces, so that a batch of
     * 10,000 rows never becomes one multi-megabyte string (a humongous object for G1, which had claims-service
     * collecting without pause during bulk ingest).
     */
    static final int FLUSH_CHARS = 64 * 1024;
    private static final HexFormat HEX = HexFormat.of();
    private final StringBuilder text = new StringBuilder(FLUSH_CHARS + 8 * 1024);
    private final CopyIn copyIn;
    private boolean rowStarted;

    private CopyRows(CopyIn copyIn) {
        this.copyIn = copyIn;
    }

    public CopyRows value(Object value) {
        if (rowStarted) {
            text.append('\t');
        }
        rowStarted = true;
        if (value == null) {
            text.append("\\N");
        } else if (value instanceof BigDecimal decimal) {
            text.append(decimal.toPlainString());
        } else if (value instanceof byte[] bytes) {
            text.append("\\\\x").append(HEX.formatHex(bytes));
        } else {
            escape(value.toString());
        }
        return this;
    }

    private void endRow() {
        text.append('\n');
        rowStarted = false;
    }

    /**
     * Sends one row per item with {@code copySql} ({@code COPY table (columns) FROM STDIN}) on the caller's connection,
     * as one COPY whose text is streamed in pieces of about {@link #FLUSH_CHARS}.
     */
    public static <T> void copy(Connection connection, String copySql, List<T> items, BiConsumer<CopyRows, T> row)
            throws SQLException {
        CopyRows rows = new CopyRows(connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql));
        try {
            for (T item : items) {
                row.accept(rows, item);
                rows.endRow();
                if (rows.text.length() >= FLUSH_CHARS) {
                    rows.flush();
                }
            }
            rows.flush();
            rows.copyIn.endCopy();
        } finally {
            if (rows.copyIn.isActive()) {
                rows.copyIn.cancelCopy();
            }
        }
    }

    private void flush() throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        copyIn.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    private void escape(String value) {
        if (!needsEscape(value)) {
            text.append(value);   // the common case: one copy, not a char-by-char loop
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(c);
            }
        }
    }

    private static boolean needsEscape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}
