package io.configconformance.witness;

import io.configconformance.report.DocumentedError;

/** The generated tables of docs/witnesses.md: the witnesses of each catalogue row and of each schema field. */
final class WitnessTables {

    private WitnessTables() {
    }

    static String rewrite(String text) {
        return replace(replace(text, "catalogue", catalogue()), "schema-fields", schemaFields());
    }

    private static String catalogue() {
        StringBuilder out = new StringBuilder("| operation | version | status | code | evidence | witnesses |\n"
                + "|---|---|---|---|---|---|\n");
        DocumentedError.catalogue().forEach(row -> out.append("| ").append(String.join(" | ", row.operation(),
                row.version(), String.valueOf(row.status()), row.code(), row.evidence().name().toLowerCase(),
                String.join(", ", row.witnesses()))).append(" |\n"));
        return out.toString();
    }

    private static String schemaFields() {
        StringBuilder out = new StringBuilder("| schema | field | type | witnesses |\n|---|---|---|---|\n");
        SchemaFieldWitnesses.all().forEach(field -> out.append("| ").append(String.join(" | ",
                field.version() + "/" + field.operation(), field.path(), field.type(),
                String.join(", ", field.witnesses()))).append(" |\n"));
        return out.toString();
    }

    private static String replace(String text, String table, String rows) {
        String begin = "<!-- " + table + ":begin -->\n";
        String end = "<!-- " + table + ":end -->";
        int from = text.indexOf(begin);
        int to = text.indexOf(end);
        if (from < 0 || to < from) {
            throw new AssertionError("docs/witnesses.md lacks the markers " + begin.trim() + " and " + end);
        }
        return text.substring(0, from + begin.length()) + rows + text.substring(to);
    }
}
