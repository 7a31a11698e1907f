package cn.ybjg.indicators.ingest;

import io.smallrye.reactive.messaging.ChannelRegistry;
import io.smallrye.reactive.messaging.PausableChannel;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pausing and resuming the four incoming channels, for a maintenance window or a bulk load that should not compete
 * with the projections (the benchmark's "consumers stopped" runs). A paused channel stops asking for records, so
 * they wait in Kafka; the few already fetched are buffered ({@code pausable.buffer-strategy=BUFFER}), none dropped.
 * Applies to this instance.
 */
@Path("/api/v1/consumption")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Consumption", description = "Pause and resume the Kafka channels the indicators are projected from")
@RolesAllowed("admin")
public class ConsumptionResource {

    static final List<String> CHANNELS = List.of("settlements", "enrollments", "flags", "flag-reviews");

    /** What every operation answers: each channel and whether it is paused. */
    public record ConsumptionView(Map<String, Boolean> paused) {
    }

    @Inject
    ChannelRegistry registry;

    @GET
    @Operation(summary = "Whether each incoming channel is paused")
    public ConsumptionView get() {
        Map<String, Boolean> paused = new TreeMap<>();
        CHANNELS.forEach(c -> paused.put(c, channel(c).isPaused()));
        return new ConsumptionView(paused);
    }

    @POST
    @Path("/pause")
    @Operation(summary = "Pause every incoming channel on this instance; records wait in Kafka")
    public ConsumptionView pause() {
        return apply(PausableChannel::pause);
    }

    @POST
    @Path("/resume")
    @Operation(summary = "Resume every incoming channel on this instance; the projections catch up with what waited")
    public ConsumptionView resume() {
        return apply(PausableChannel::resume);
    }

    private ConsumptionView apply(Consumer<PausableChannel> action) {
        CHANNELS.forEach(c -> action.accept(channel(c)));
        return get();
    }

    private PausableChannel channel(String name) {
        PausableChannel channel = registry.getPausable(name);
        if (channel == null) {
            throw new IllegalStateException("channel " + name + " is not pausable: set mp.messaging.incoming." + name
                    + ".pausable=true");
        }
        return channel;
    }
}
