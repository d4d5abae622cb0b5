package io.configconformance.witness;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * The facts of the API metadata snapshot the suite was last held against (docs/witnesses.md), one file per API
 * version on the classpath, {@code witnesses/openmeta/config-<version>.facts.json}, as {@link ApiDocsFacts} extracted
 * them, with the snapshot's source and date. The third witness beside the pages and the SDK models.
 */
public record MetadataFacts(JsonNode facts) {

    public static final List<String> VERSIONS = List.of("2019-01-08", "2020-09-07");

    /**
     * The facts of every version the jar ships (17 KiB of JSON in all), read together the first time any is asked
     * for, into a map that never changes: the same for every run, so nothing of a run's is kept here.
     */
    private static final class Shipped {
        static final Map<String, MetadataFacts> BY_VERSION = readAll();
    }

    /** The facts of one version as shipped (read once); an {@link IllegalStateException} when the jar lacks them. */
    public static MetadataFacts shipped(String version) {
        MetadataFacts facts = Shipped.BY_VERSION.get(version);
        if (facts == null) {
            throw new IllegalStateException(resource(version) + " is missing from the classpath");
        }
        return facts;
    }

    /** Each version of {@link #VERSIONS} whose facts the jar ships; one it lacks is left out. */
    private static Map<String, MetadataFacts> readAll() {
        Map<String, MetadataFacts> facts = new HashMap<>();
        for (String version : VERSIONS) {
            try (InputStream in = MetadataFacts.class.getClassLoader().getResourceAsStream(resource(version))) {
                if (in != null) {
                    facts.put(version, new MetadataFacts(ApiDocsFacts.JSON.readTree(in)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Map.copyOf(facts);
    }

    public static String resource(String version) {
        return "witnesses/openmeta/config-" + version + ".facts.json";
    }

    public String version() {
        return facts.path("version").asString();
    }

    /** Where the snapshot came from and when it was taken: "2024-06-24, GitHub dew-serverless/...". */
    public String provenance() {
        return facts.path("snapshot").asString("undated") + ", " + facts.path("source").asString("source unknown");
    }

    public List<String> operations() {
        return StreamSupport.stream(facts.path("operations").propertyNames().spliterator(), false).toList();
    }

    public JsonNode operation(String name) {
        return facts.path("operations").path(name);
    }

    /** The documented error of this code for the operation, if the metadata lists it (under any status). */
    public Optional<JsonNode> error(String operation, String code) {
        return ApiDocsFacts.errorRows(operation(operation)).stream()
                .filter(row -> row.path("code").asString().equals(code)).findFirst();
    }

    /** Every error code the metadata documents for any of the operations. */
    public java.util.Set<String> codes() {
        return operations().stream().flatMap(name -> ApiDocsFacts.errorRows(operation(name)).stream())
                .map(row -> row.path("code").asString()).collect(java.util.stream.Collectors.toSet());
    }

    public Optional<JsonNode> parameter(String operation, String name) {
        return StreamSupport.stream(operation(operation).path("parameters").spliterator(), false)
                .filter(p -> p.path("name").asString().equals(name)).findFirst();
    }

    /** The type the metadata gives a success answer's field ("Aggregator/AggregatorId"), if it lists the field. */
    public Optional<String> responseField(String operation, String path) {
        JsonNode type = operation(operation).path("responseFields").path(path);
        return type.isMissingNode() ? Optional.empty() : Optional.of(type.asString());
    }
}
