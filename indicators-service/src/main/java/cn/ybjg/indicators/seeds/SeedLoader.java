package cn.ybjg.indicators.seeds;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads every *.yaml / *.yml file of the given locations (a directory or a file). Each file holds a
 * {@code targets:} and/or a {@code population:} list. Any fault fails the whole load with file:line.
 */
public final class SeedLoader {

    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final BigDecimal defaultTolerance;

    public SeedLoader(BigDecimal defaultTolerance) {
        this.defaultTolerance = defaultTolerance;
    }

    public SeedData load(List<Path> locations) {
        List<Path> files = new ArrayList<>();
        for (Path location : locations) files.addAll(files(location));
        List<Target> targets = new ArrayList<>();
        List<PopulationFigure> population = new ArrayList<>();
        Map<String, String> seenTargets = new HashMap<>();
        Map<String, String> seenPopulation = new HashMap<>();
        for (Path file : files) {
            for (Entry e : entries(file)) {
                String where = file.getFileName() + ":" + e.line();
                if (e.section().equals("targets")) {
                    Target t = new TargetParser(e.node(), where, defaultTolerance).parse();
                    String previous = seenTargets.putIfAbsent(t.id(), where);
                    if (previous != null) throw new SeedLoadException(where + ": target id " + t.id() + " already defined at " + previous);
                    targets.add(t);
                } else {
                    PopulationFigure p = new TargetParser(e.node(), where, defaultTolerance).population();
                    String previous = seenPopulation.putIfAbsent(p.regionCode() + "/" + p.year(), where);
                    if (previous != null) throw new SeedLoadException(where + ": population of " + p.regionCode()
                            + " in " + p.year() + " already defined at " + previous);
                    population.add(p);
                }
            }
        }
        return new SeedData(List.copyOf(targets), List.copyOf(population),
                files.stream().map(Path::toString).toList());
    }

    private static List<Path> files(Path location) {
        if (Files.isRegularFile(location)) return List.of(location);
        if (!Files.isDirectory(location)) throw new SeedLoadException("seed location " + location.toAbsolutePath() + " does not exist");
        try (Stream<Path> s = Files.list(location)) {
            return s.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList();
        } catch (IOException e) {
            throw new SeedLoadException("cannot list " + location + ": " + e.getMessage());
        }
    }

    record Entry(String section, int line, JsonNode node) {
    }

    private List<Entry> entries(Path file) {
        List<Entry> entries = new ArrayList<>();
        try (JsonParser p = yaml.getFactory().createParser(file.toFile())) {
            if (p.nextToken() == null) return entries; // empty file
            expect(p, JsonToken.START_OBJECT, file, "a mapping with targets: and/or population:");
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String section = p.currentName();
                int line = p.currentTokenLocation().getLineNr();
                if (!section.equals("targets") && !section.equals("population")) {
                    throw new SeedLoadException(file.getFileName() + ":" + line + ": unknown key '" + section
                            + "' (expected targets or population)");
                }
                p.nextToken();
                expect(p, JsonToken.START_ARRAY, file, "a list under " + section + ":");
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    int entryLine = p.currentTokenLocation().getLineNr();
                    expect(p, JsonToken.START_OBJECT, file, "a mapping per " + section + " entry");
                    entries.add(new Entry(section, entryLine, yaml.readTree(p)));
                }
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
            throw new SeedLoadException(file.getFileName() + ":" + line + ": malformed YAML: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new SeedLoadException("cannot read " + file + ": " + e.getMessage());
        }
        return entries;
    }

    private static void expect(JsonParser p, JsonToken token, Path file, String what) {
        if (p.currentToken() != token) {
            throw new SeedLoadException(file.getFileName() + ":" + p.currentTokenLocation().getLineNr()
                    + ": expected " + what + ", found " + p.currentToken());
        }
    }
}
