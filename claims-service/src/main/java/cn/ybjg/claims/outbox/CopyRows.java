package cn.ybjg.claims.outbox;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiConsumer;
import org.postgresql.PGConnection;

/**
 * Rows in PostgreSQL's COPY text format, sent with one {@code COPY … FROM STDIN}: the bulk path for new rows, without
 * a per-row statement or a JSON document that the server parses again. Values are written with {@link Object#toString()}
 * (numbers, dates and ISO timestamps are what PostgreSQL reads; decimals without exponent), null as {@code \N}, byte arrays as bytea hex.
 */
public final class CopyRows {

    static final int CHUNK = 2000;
    private static final HexFormat HEX = HexFormat.of();
    private final StringBuilder text = new StringBuilder(64 * 1024);
    private boolean rowStarted;

    private CopyRows() {
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
     * {@link #CHUNK} rows a round trip, which bounds the text held in memory, not the batch.
     */
    public static <T> void copy(Connection connection, String copySql, List<T> items, BiConsumer<CopyRows, T> row)
            throws SQLException {
        for (int from = 0; from < items.size(); from += CHUNK) {
            CopyRows rows = new CopyRows();
            for (T item : items.subList(from, Math.min(items.size(), from + CHUNK))) {
                row.accept(rows, item);
                rows.endRow();
            }
            rows.copyInto(connection, copySql);
        }
    }

    private void copyInto(Connection connection, String copySql) throws SQLException {
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql, new StringReader(text.toString()));
        } catch (IOException e) {
            throw new SQLException("sending rows to " + copySql + " failed: " + e.getMessage(), e);
        }
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
