package cn.ybjg.indicators.seeds;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/** Settings of indicators-service. */
@ConfigMapping(prefix = "indicators")
public interface IndicatorsConfig {

    /** Directories or files holding targets/population YAML. */
    @WithDefault("seeds")
    List<String> seedLocations();

    /** Tolerance of a ≈ target without its own, in the target's unit (percentage points for percents). */
    @WithDefault("2")
    BigDecimal defaultTolerancePp();

    /**
     * How long a count of enrolled persons may be reused. This instance's enrollment writes end it at once; the
     * bound covers writes made by other instances.
     */
    @WithDefault("60s")
    Duration enrolledPersonsCacheTtl();
}
