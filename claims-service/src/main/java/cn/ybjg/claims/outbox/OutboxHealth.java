package cn.ybjg.claims.outbox;

import cn.ybjg.kit.KafkaClientSettings;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the outbox: always UP (ingestion keeps accepting while Kafka is down), reporting the backlog
 * and whether the broker answers as data. The backlog is also the gauge {@code ybjg_outbox_backlog}. The relay's
 * state is a word and a count of failed rounds; why it fails is logged, not shown here.
 */
@Readiness
@ApplicationScoped
public class OutboxHealth implements HealthCheck {

    @Inject
    AgroalDataSource dataSource;
    @Inject
    OutboxRelayRunner runner;
    @Inject
    KafkaClientSettings kafka;

    void registerGauge(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("ybjg.outbox.backlog", this, OutboxHealth::backlog)
                .description("events written to the outbox and not yet acknowledged by Kafka").register(registry);
    }

    public double backlog() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM outbox_pending")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return Double.NaN;
        }
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("outbox")
                .up()
                .withData("backlog", (long) backlog())
                .withData("brokerReachable", brokerReachable())
                .withData("relayEnabled", runner.enabled())
                .withData("relayState", relayState())
                .withData("relayFailuresInARow", runner.failuresInARow())
                .build();
    }

    /**
     * A word, not the relay's error text: /q/health is open to anyone, and an error message can name hosts,
     * topics or record contents. The text is in the service log.
     */
    private String relayState() {
        if (!runner.enabled()) {
            return "disabled";
        }
        return runner.failuresInARow() == 0 ? "ok" : "failing";
    }

    private volatile long probedAt;
    private volatile boolean reachable;

    /** Asks the broker for its nodes (2 s time-out), at most every 5 s. */
    private boolean brokerReachable() {
        long now = System.currentTimeMillis();
        if (now - probedAt > 5_000) {
            reachable = probe();
            probedAt = now;
        }
        return reachable;
    }

    private boolean probe() {
        Properties p = kafka.connection();
        p.putAll(Map.of(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000"));
        try (Admin admin = Admin.create(p)) {
            admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
