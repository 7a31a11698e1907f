package cn.ybjg.bench.perf;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;

/** Where the local stack is: service URLs, tokens and PIDs (from bench.sh's environment), databases, broker. */
record Stack(String claimsUrl, String supervisionUrl, String indicatorsUrl, String adminToken, String supervisorToken,
             Map<String, Long> pids, String jdbcBase, String kafka) {
    static final String[] SERVICES = {"claims-service", "supervision-service", "indicators-service"};

    static Stack fromEnv() {
        Map<String, String> env = System.getenv();
        return new Stack(env.getOrDefault("CLAIMS_URL", "http://127.0.0.1:8081"),
                env.getOrDefault("SUPERVISION_URL", "http://127.0.0.1:8082"),
                env.getOrDefault("INDICATORS_URL", "http://127.0.0.1:8083"),
                required(env, "BENCH_ADMIN_TOKEN"), required(env, "BENCH_SUPERVISOR_TOKEN"),
                Map.of(SERVICES[0], pid(env, "CLAIMS_PID"), SERVICES[1], pid(env, "SUPERVISION_PID"),
                        SERVICES[2], pid(env, "INDICATORS_PID")),
                env.getOrDefault("BENCH_JDBC", "jdbc:postgresql://127.0.0.1:5432/"),
                env.getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"));
    }

    String url(String service) {
        return switch (service) {
            case "claims-service" -> claimsUrl;
            case "supervision-service" -> supervisionUrl;
            default -> indicatorsUrl;
        };
    }

    Connection claimsDb() throws SQLException {
        return ownerConnection("claims");
    }

    Connection supervisionDb() throws SQLException {
        return ownerConnection("supervision");
    }

    /**
     * As the databases' owner role (deploy/README.md, "Database roles"): the bench creates a scratch table for its
     * COPY baseline and analyzes what it seeded, which the services' runtime role may not.
     */
    private Connection ownerConnection(String database) throws SQLException {
        Map<String, String> env = System.getenv();
        return DriverManager.getConnection(jdbcBase + database, env.getOrDefault("DB_OWNER_USER", "ybjg_owner"),
                env.getOrDefault("DB_OWNER_PASSWORD", "ybjg_owner"));
    }

    private static String required(Map<String, String> env, String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            throw new IllegalStateException(name + " is not set (deploy/bench/bench.sh sets it)");
        }
        return v;
    }

    private static long pid(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null || v.isBlank() ? -1 : Long.parseLong(v.trim());
    }
}
