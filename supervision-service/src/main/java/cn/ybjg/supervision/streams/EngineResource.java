package cn.ybjg.supervision.streams;

import cn.ybjg.supervision.SupervisionConfig;
import cn.ybjg.supervision.api.Caller;
import cn.ybjg.supervision.audit.AuditEntry;
import cn.ybjg.supervision.audit.AuditTrail;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The audit engine as operators see it: which engine runs, its state, and pausing it for a maintenance window
 * (records wait in Kafka, nothing is lost; resuming catches up). Pausing applies to this instance's tasks.
 */
@Path("/api/v1/engine")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Engine", description = "State of the audit engine; pause and resume it")
@RolesAllowed("admin")
public class EngineResource {

    /** What GET /api/v1/engine answers. */
    public record EngineView(String engine, String state, boolean paused) {
    }

    @Inject
    SupervisionConfig config;
    @Inject
    Instance<KafkaStreams> streams;
    @Inject
    AuditTrail audit;
    @Inject
    Caller caller;

    @GET
    @Operation(summary = "The engine in use (streams or legacy), its Kafka Streams state and whether it is paused")
    public EngineView get() {
        if (!config.streamsEngine()) return new EngineView(config.engine(), "RUNNING", false);
        KafkaStreams ks = streams.get();
        return new EngineView(config.engine(), ks.state().name(), ks.isPaused());
    }

    @POST
    @Path("/pause")
    @Transactional
    @Operation(summary = "Pause auditing on this instance (streams engine only); records wait in Kafka")
    public EngineView pause() {
        streamsOnly().pause();
        audit.record(caller.name(), AuditEntry.Action.ENGINE_PAUSED, "engine", Map.of("engine", config.engine()));
        return get();
    }

    @POST
    @Path("/resume")
    @Transactional
    @Operation(summary = "Resume auditing on this instance; the engine catches up with what waited")
    public EngineView resume() {
        streamsOnly().resume();
        audit.record(caller.name(), AuditEntry.Action.ENGINE_RESUMED, "engine", Map.of("engine", config.engine()));
        return get();
    }

    private KafkaStreams streamsOnly() {
        if (!config.streamsEngine()) {
            throw new jakarta.ws.rs.ClientErrorException("the consumer loop cannot be paused; only the streams engine can",
                    409);
        }
        return streams.get();
    }
}
