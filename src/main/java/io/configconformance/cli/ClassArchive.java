package io.configconformance.cli;

import io.configconformance.client.AggregatorRequest;
import io.configconformance.client.ClientSettings;
import io.configconformance.client.ConfigClient;
import io.configconformance.client.EmulatorControl;
import io.configconformance.client.TestAccount;
import io.configconformance.emulator.Emulator;
import io.configconformance.emulator.EmulatorSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The jar's class-data archive (AppCDS, docs/DECISIONS.md D7): the build writes {@code config-conformance.jsa} next to
 * {@code config-conformance.jar} by running {@link #main} under {@code -XX:ArchiveClassesAtExit}, and a JVM started
 * with {@code -XX:SharedArchiveFile} maps the classes it archived instead of reading, verifying and linking them from
 * the jar again. Start-up is mostly class loading, and this is the JDK's own way to make it cheap; it replaced a
 * preloading thread fed by a recorded list of class names, which every dependency upgrade made stale.
 *
 * <p>The JVM checks that the archive belongs to the jar (path, size, time): a stale or missing archive is ignored, and
 * costs speed only. {@link #flags} asks the JVM to say nothing about it, so that a rebuilt jar's output stays the
 * same.
 */
final class ClassArchive {

    /** The archive's file name beside the jar. */
    static final String FILE_NAME = "config-conformance.jsa";

    private ClassArchive() {
    }

    /** The archive beside a class path of one jar, if the build wrote it. */
    static Optional<Path> besideJar(String classPath) {
        if (classPath == null || classPath.contains(java.io.File.pathSeparator) || !classPath.endsWith(".jar")) {
            return Optional.empty();
        }
        Path archive = Path.of(classPath).toAbsolutePath().resolveSibling(FILE_NAME);
        return Files.isRegularFile(archive) ? Optional.of(archive) : Optional.empty();
    }

    /** JVM options that use the archive, silently falling back to the jar when the JVM refuses it. */
    static List<String> flags(Path archive) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off,cds+dynamic=off");
    }

    /**
     * The training run the build archives: what an emulator loads from start to its answers (the command line, the
     * server, the control API, signed calls of each operation), and what a suite run's client loads
     * with it. Ends with exit 0 once every call was answered, so that the JVM writes the archive.
     */
    public static void main(String[] args) {
        Main.commandLine(new Main()).parseArgs("emulator", "--port", "0");
        try (Emulator emulator = new Emulator(new EmulatorSettings("127.0.0.1", 0, Duration.ZERO,
                EmulatorSettings.DEFAULT_TOLERANCE)).start()) {
            EmulatorControl control = new EmulatorControl(emulator.baseUri(), Duration.ofSeconds(10));
            TestAccount individual = control.createAccount("individual");
            TestAccount management = control.createAccount("management");
            long member = control.createMember(management.accountId()).accountId();
            control.setAggregatorCreation(management.accountId(), Duration.ZERO);
            ConfigClient recorders = new ConfigClient(ClientSettings.defaults(emulator.baseUri(),
                    individual.credentials()));
            ConfigClient aggregators = new ConfigClient(ClientSettings.defaults(emulator.baseUri(),
                    management.credentials()));
            recorders.startConfigurationRecorder();
            recorders.getConfigurationRecorder();
            recorders.describeConfigurationRecorder();
            recorders.putConfigurationRecorder("ACS::ECS::Instance");
            aggregators.createAggregator(AggregatorRequest.create("archive", "CUSTOM").withDescription("archive")
                    .withAccounts("[{\"AccountId\":" + member + ",\"AccountType\":\"ResourceDirectory\"}]"));
            aggregators.listAggregators(10);
            aggregators.getAggregator("ca-0000000000000000");
            aggregators.deleteAggregators("ca-0000000000000000");
            aggregators.call("NoSuchAction", java.util.Map.of());
        }
    }
}
