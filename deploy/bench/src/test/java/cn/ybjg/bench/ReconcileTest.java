package cn.ybjg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReconcileTest {
    static final TruthFlag DEAD = new TruthFlag("DECEASED_ACTIVE", "SUSPICIOUS", "R-P1", null, null);
    static final TruthFlag GENDER = new TruthFlag("GENDER_MISMATCH", null, "R-P2", "H43100200101", "R-S1");
    static final TruthFlag ENROLL = new TruthFlag("DUPLICATE_ENROLLMENT", null, "R-P3", null, null);

    static FlagComparison.Actual actual(String id, TruthFlag t, String severity) {
        return new FlagComparison.Actual(id, t.ruleCode(), severity, t.personId(), t.institutionCode(),
                t.settlementId(), "OPEN");
    }

    @Test
    void exactMatchIgnoresSeverityWhereTheTruthLeavesItOpen() {
        var r = FlagComparison.compare(List.of(DEAD, GENDER), List.of(actual("b", GENDER, "DEFINITE"),
                actual("a", DEAD, "SUSPICIOUS")));
        assertTrue(r.exact());
        assertEquals(2, r.matched());
    }

    @Test
    void reportsMissingUnexpectedDuplicateAndWrongSeverity() {
        TruthFlag other = new TruthFlag("NOT_ENROLLED", null, "R-P9", "H43100200101", "R-S9");
        var r = FlagComparison.compare(List.of(DEAD, GENDER, ENROLL), List.of(actual("1", DEAD, "DEFINITE"),
                actual("2", GENDER, null), actual("3", GENDER, null), actual("4", other, null)));
        assertFalse(r.exact());
        assertEquals(List.of("DUPLICATE_ENROLLMENT person=R-P3"), r.missing());
        assertEquals(List.of("NOT_ENROLLED person=R-P9 settlement=H43100200101/R-S9 flag=4 status=OPEN"), r.unexpected());
        assertEquals(List.of("GENDER_MISMATCH person=R-P2 settlement=H43100200101/R-S1 flag=3"), r.duplicates());
        assertEquals(List.of("DECEASED_ACTIVE person=R-P1 expected SUSPICIOUS got DEFINITE"), r.wrongSeverity());
        assertEquals(2, r.matched());
    }

    @Test
    void twoExpectedFlagsWithTheSameSubjectNeedTwoListedFlags() {
        var r = FlagComparison.compare(List.of(ENROLL, ENROLL), List.of(actual("1", ENROLL, null)));
        assertEquals(List.of("DUPLICATE_ENROLLMENT person=R-P3"), r.missing());
    }

    // ---- against a small local HTTP server that pages like supervision-service

    HttpServer server;
    final List<String> requests = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    /** Serves the flags of one region in pages of the requested size, 401 without the right token. */
    String serve(Map<String, List<String>> flagsByRegion) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/flags", exchange -> {
            requests.add(exchange.getRequestURI().getQuery());
            Map<String, String> q = new java.util.HashMap<>();
            for (String kv : exchange.getRequestURI().getQuery().split("&")) {
                q.put(kv.split("=")[0], kv.split("=").length > 1 ? kv.split("=")[1] : "");
            }
            boolean authorized = "Bearer secret".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            List<String> all = flagsByRegion.getOrDefault(q.get("regionCode"), List.of());
            int size = Integer.parseInt(q.get("size")), page = Integer.parseInt(q.get("page"));
            List<String> slice = all.subList(Math.min(all.size(), page * size), Math.min(all.size(), (page + 1) * size));
            byte[] body = (authorized ? "[" + String.join(",", slice) + "]" : "{\"error\":\"no\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("X-Total-Count", String.valueOf(all.size()));
            exchange.sendResponseHeaders(authorized ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    static String json(String id, TruthFlag t, String severity, String status) {
        return "{\"id\":\"" + id + "\",\"ruleCode\":\"" + t.ruleCode() + "\",\"severity\":\"" + severity
                + "\",\"personId\":\"" + t.personId() + "\",\"institutionCode\":" + quoted(t.institutionCode())
                + ",\"settlementId\":" + quoted(t.settlementId()) + ",\"status\":\"" + status + "\",\"amountAtRisk\":12.30}";
    }

    static String quoted(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    static Path dataset(Path dir, List<TruthFlag> truth) throws Exception {
        JsonOut.writeArray(dir.resolve("truth.json"), truth.stream().map(Records::truth).toList());
        Files.writeString(dir.resolve("dataset.json"), "{\"prefix\":\"R-\",\"regionCodes\":[\"431000\",\"441800\"]}");
        return dir;
    }

    @Test
    void pagesThroughEveryRegionKeepsOnlyThePrefixAndMatches(@TempDir Path dir) throws Exception {
        List<String> cz = new ArrayList<>();
        for (int i = 0; i < 1203; i++) {   // three pages of 500, mostly other runs' flags
            cz.add(json("x" + i, new TruthFlag("NOT_ENROLLED", null, "OTHER-P" + i, "H43100200101", "S" + i), "DEFINITE", "OPEN"));
        }
        cz.add(700, json("g", GENDER, "DEFINITE", "OPEN"));
        cz.add(json("d", DEAD, "SUSPICIOUS", "OPEN"));
        String url = serve(Map.of("431000", cz, "441800", List.of(json("e", ENROLL, "SUSPICIOUS", "OPEN"))));
        dataset(dir, List.of(DEAD, GENDER, ENROLL));
        assertEquals(0, Reconcile.run(new String[] {"--dir", dir.toString(), "--url", url}, "secret"));
        assertEquals(3, requests.stream().filter(r -> r.contains("regionCode=431000")).count(), "1205 flags, 3 pages");
        assertTrue(requests.stream().allMatch(r -> r.contains("size=500")));
    }

    @Test
    void aReversedSettlementIsExcludedAndAListedWithdrawnOneIsIgnored(@TempDir Path dir) throws Exception {
        String url = serve(Map.of("431000", List.of(json("d", DEAD, "SUSPICIOUS", "OPEN"),
                json("g", GENDER, "DEFINITE", "WITHDRAWN"))));
        dataset(dir, List.of(DEAD, GENDER));
        assertEquals(1, Reconcile.run(new String[] {"--dir", dir.toString(), "--url", url}, "secret"));
        assertEquals(0, Reconcile.run(new String[] {"--dir", dir.toString(), "--url", url, "--exclude",
            "H43100200101/R-S1"}, "secret"));
    }

    @Test
    void anExtraFlagOrAWrongTokenIsNotAMatch(@TempDir Path dir) throws Exception {
        String url = serve(Map.of("431000", List.of(json("d", DEAD, "SUSPICIOUS", "OPEN"),
                json("g", GENDER, "DEFINITE", "OPEN"))));
        dataset(dir, List.of(DEAD));
        assertEquals(1, Reconcile.run(new String[] {"--dir", dir.toString(), "--url", url}, "secret"));
        assertEquals(0, Reconcile.run(new String[] {"--dir", dir.toString(), "--url", url, "--skip-rule",
            "GENDER_MISMATCH"}, "secret"));
        try {
            Reconcile.run(new String[] {"--dir", dir.toString(), "--url", url}, "wrong");
            throw new AssertionError("expected a failure");
        } catch (java.io.IOException e) {
            assertTrue(e.getMessage().contains("answered 401"), e.getMessage());
        }
    }
}
