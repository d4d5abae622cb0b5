package io.configconformance.witness;

import io.configconformance.report.DocumentedError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Which witnesses state each field of the JSON schemas (schemas/json/<version>/<Operation>.json): the operation's
 * reference page when its text names the field, the API metadata when it lists the field with the same type, the
 * official SDK model for the operations without a page, whose schemas are written from it (A32). The XML schemas
 * carry the same fields (SameFactsInBothFormatsTest).
 */
final class SchemaFieldWitnesses {

    /** One schema field: its operation and version, path ("Aggregator/AggregatorAccounts[]/AccountId") and type. */
    record Field(String version, String operation, String path, String type, List<String> witnesses) {
    }

    private SchemaFieldWitnesses() {
    }

    static List<Field> all() {
        List<Field> fields = new ArrayList<>();
        for (String version : MetadataFacts.VERSIONS) {
            MetadataFacts metadata = MetadataFacts.shipped(version);
            try (Stream<Path> files = Files.list(Path.of("schemas", "json", version))) {
                for (Path file : files.sorted().toList()) {
                    String operation = file.getFileName().toString().replace(".json", "");
                    Optional<String> page = page(operation, version);
                    Map<String, String> types = new LinkedHashMap<>();
                    walk(ApiDocsFacts.JSON.readTree(file.toFile()), "", types);
                    types.forEach((path, type) -> fields.add(new Field(version, operation, path, type,
                            witnesses(page, metadata.responseField(operation, path), path, type))));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return fields;
    }

    private static List<String> witnesses(Optional<String> page, Optional<String> metadataType, String path,
                                          String type) {
        List<String> witnesses = new ArrayList<>();
        String leaf = path.substring(path.lastIndexOf('/') + 1);
        if (page.isPresent() && Pattern.compile("\\b" + Pattern.quote(leaf) + "\\b").matcher(page.get()).find()) {
            witnesses.add("page");
        }
        metadataType.ifPresent(t -> witnesses.add(t.equals(type) ? "metadata" : "metadata contradicts (" + t + ")"));
        if (page.isEmpty()) {
            witnesses.add("sdk");
        }
        return witnesses;
    }

    /** The text of the operation's reference page, if it has one (the pages the catalogue cites). */
    static Optional<String> page(String operation, String version) {
        return DocumentedError.catalogue().stream().filter(e -> e.operation().equals(operation)
                && e.version().equals(version)).map(DocumentedError::page).findFirst().map(page -> {
                    try {
                        return Files.readString(Path.of("docs", "api-reference", page + ".txt"));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    /** Fields as the metadata names them; an enum without a type is a string, as every enum here is. */
    private static void walk(JsonNode schema, String path, Map<String, String> into) {
        for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
            String fieldPath = path.isEmpty() ? field.getKey() : path + "/" + field.getKey();
            JsonNode type = field.getValue().path("type");
            into.put(fieldPath, type.isMissingNode() && field.getValue().has("enum") ? "string" : type.asString());
            walk(field.getValue(), fieldPath, into);
            if (field.getValue().path("items").isObject()) {
                walk(field.getValue().path("items"), fieldPath + "[]", into);
            }
        }
    }
}
