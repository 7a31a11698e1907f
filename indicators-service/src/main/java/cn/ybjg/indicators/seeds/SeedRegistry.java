package cn.ybjg.indicators.seeds;

import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

/** Holds the loaded seed data; loads at start (a fault fails start-up) and on reload (a fault keeps the old). */
@ApplicationScoped
public class SeedRegistry {

    @Inject
    IndicatorsConfig config;

    private final AtomicReference<SeedData> data = new AtomicReference<>();

    void onStart(@Observes StartupEvent event) {
        reload();
    }

    public SeedData reload() {
        SeedData loaded = new SeedLoader(config.defaultTolerancePp())
                .load(config.seedLocations().stream().map(Path::of).toList());
        data.set(loaded);
        Log.infof("loaded %d targets and %d population figures from %s", loaded.targets().size(),
                loaded.population().size(), loaded.files());
        return loaded;
    }

    public SeedData current() {
        SeedData d = data.get();
        return d != null ? d : reload();
    }
}
