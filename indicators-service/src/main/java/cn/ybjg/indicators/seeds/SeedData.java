package cn.ybjg.indicators.seeds;

import java.util.List;
import java.util.Optional;

/** Everything loaded from the seed files, immutable; replaced whole on reload. */
public record SeedData(List<Target> targets, List<PopulationFigure> population, List<String> files) {

    public List<Target> targets(String regionCode) {
        return targets.stream().filter(t -> regionCode == null || t.regionCode().equals(regionCode)).toList();
    }

    public Optional<PopulationFigure> population(String regionCode, int year) {
        return population.stream().filter(p -> p.regionCode().equals(regionCode) && p.year() == year).findFirst();
    }

    public Optional<String> regionName(String regionCode) {
        return targets.stream().filter(t -> t.regionCode().equals(regionCode)).map(Target::regionName).findFirst()
                .or(() -> population.stream().filter(p -> p.regionCode().equals(regionCode))
                        .map(PopulationFigure::regionName).findFirst());
    }
}
