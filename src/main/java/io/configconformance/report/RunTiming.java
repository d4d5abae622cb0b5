package io.configconformance.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the time of one `run` went, in milliseconds: start-up (of the launcher and the tuned JVM), discovery,
 * scenarios at a number of threads, the HTTP exchanges and the deliberate waits, the longest scenario, the answers
 * the service throttled and the requests sent again because of them, and the CPU time of the run's JVM. `run` prints it and writes it to
 * {@value #FILE} in the report folder, which is what the benchmark reads: figures, not console text.
 */
public record RunTiming(long startup, long launcher, long endpoint, long discovery, long scenarios, int threads,
                        long exchanges, long http, long waits, long longestScenario, long throttled, long resent,
                        long cpu) {

    public static final String FILE = "run-timing.json";
    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\\d+)");

    /** The console line. */
    public String line(boolean relaunched) {
        return String.format("timing: start-up %d ms (%s %d ms, endpoint %d ms), discovery %d ms, scenarios %d ms at"
                        + " %d thread%s (the longest %d ms); %d HTTP exchanges taking %d ms, %d ms of deliberate waits",
                startup, relaunched ? "launcher and tuned JVM" : "JVM", launcher, endpoint, discovery, scenarios,
                threads, threads == 1 ? "" : "s", longestScenario, exchanges, http, waits);
    }

    public void write(Path folder) {
        String json = String.format("{\"startup\":%d,\"launcher\":%d,\"endpoint\":%d,\"discovery\":%d,\"scenarios\":%d,"
                        + "\"threads\":%d,\"exchanges\":%d,\"http\":%d,\"waits\":%d,\"longestScenario\":%d,"
                        + "\"throttled\":%d,\"resent\":%d,\"cpu\":%d}%n", startup, launcher, endpoint, discovery, scenarios,
                threads, exchanges, http, waits, longestScenario, throttled, resent, cpu);
        try {
            Files.writeString(folder.resolve(FILE), json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + FILE + " to " + folder, e);
        }
    }

    /** The CPU time this JVM has used so far, in milliseconds (0 where the JVM does not say). */
    public static long processCpuMillis() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        return os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getProcessCpuTime() / 1_000_000 : 0;
    }

    /** The timing a run wrote to its report folder. */
    public static RunTiming read(Path folder) throws IOException {
        String json = Files.readString(folder.resolve(FILE), StandardCharsets.UTF_8);
        java.util.Map<String, Long> fields = new java.util.HashMap<>();
        Matcher field = FIELD.matcher(json);
        while (field.find()) {
            fields.put(field.group(1), Long.parseLong(field.group(2)));
        }
        try {
            return new RunTiming(fields.get("startup"), fields.get("launcher"), fields.get("endpoint"),
                    fields.get("discovery"), fields.get("scenarios"), fields.get("threads").intValue(),
                    fields.get("exchanges"), fields.get("http"), fields.get("waits"), fields.get("longestScenario"),
                    fields.get("throttled"), fields.get("resent"), fields.get("cpu"));
        } catch (NullPointerException incomplete) {
            throw new IOException(folder.resolve(FILE) + " is incomplete: " + json.strip());
        }
    }
}
