package io.configconformance.cli;

import io.configconformance.suite.Journal;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where a run's reports go: first a fresh folder beside {@code --reports} ({@code .reports.partial-<pid>}), moved into
 * place only when the run has finished. A run that is stopped halfway leaves the report folder as the previous
 * complete run left it, never a new matrix beside a half-written JUnit XML. Files of the report folder that a run does
 * not write (a README, say) stay.
 */
final class ReportFolder {

    private static final String PARTIAL = ".partial-";
    /** The run's journal of intent, when no --journal names another file. */
    static final String JOURNAL = "journal.jsonl";

    private final Path target;
    private final Path staging;
    private boolean published;
    private boolean discarded;

    private ReportFolder(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /**
     * Checks that {@code target} can be the report folder and creates the staging folder beside it; throws
     * IllegalArgumentException with the one-line reason when it cannot.
     */
    static ReportFolder beside(Path target) {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IllegalArgumentException("--reports " + target + " is a file, not a folder");
        }
        Path parent = absolute.getParent();
        if (parent == null) {
            throw new IllegalArgumentException("--reports " + target + " cannot be the file system's root");
        }
        try {
            Files.createDirectories(parent);
            String prefix = "." + absolute.getFileName() + PARTIAL;
            FileTrees.deleteStagingOfEndedRuns(parent, prefix, ReportFolder::holdsPendingJournal); // kept for sweep --journal
            Path staging = parent.resolve(prefix + ProcessHandle.current().pid());
            FileTrees.delete(staging); // left by a run of the same process ID that was killed outright
            Files.createDirectory(staging);
            if (Files.isDirectory(absolute) && !Files.isWritable(absolute)) {
                FileTrees.delete(staging);
                throw new IllegalArgumentException("--reports " + target + " is not writable");
            }
            return new ReportFolder(target, staging);
        } catch (FileAlreadyExistsException e) {
            throw new IllegalArgumentException("--reports " + target + ": " + e.getFile() + " is a file, not a folder");
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("--reports " + target + " cannot be written: " + reason(e));
        }
    }

    private static String reason(Exception e) {
        Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
        String detail = cause.getMessage() == null ? "" : " " + cause.getMessage();
        return switch (cause.getClass().getSimpleName()) {
            case "AccessDeniedException" -> "permission denied" + detail;
            case "NoSuchFileException" -> "no such folder" + detail;
            case "NotDirectoryException" -> "not a folder" + detail;
            default -> cause.getMessage() == null ? "an I/O error" : cause.getMessage();
        };
    }

    /** The folder the run writes into. */
    Path staging() {
        return staging;
    }

    /** The journal's default place: in the staging folder, published with the reports. */
    Path journal() {
        return staging.resolve(JOURNAL);
    }

    /** The report folder as the user named it. */
    Path target() {
        return target;
    }

    /** Moves the finished reports into the report folder; false when the run was stopped first. */
    synchronized boolean publish() throws IOException {
        if (discarded) {
            return false;
        }
        Files.createDirectories(target);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(staging)) {
            for (Path entry : entries) {
                Path destination = target.resolve(entry.getFileName().toString());
                if (Files.isDirectory(destination)) {
                    FileTrees.delete(destination);
                }
                SafeMove.replace(entry, destination); // a copy first where the report folder is a mount point
            }
        }
        Files.delete(staging);
        published = true;
        return true;
    }

    /** Deletes the unfinished reports, unless they are already in place; whether they were discarded. */
    synchronized boolean discard() {
        if (published) {
            return false;
        }
        discarded = true;
        try {
            if (holdsPendingJournal(staging)) { // the one record of what a stopped run left on an account
                try (Stream<Path> entries = Files.list(staging)) {
                    entries.filter(entry -> !entry.getFileName().toString().equals(JOURNAL))
                            .forEach(FileTrees::delete);
                }
            } else {
                FileTrees.delete(staging);
            }
        } catch (IOException e) {
            // The staging folder is unreadable: the next run of this process ID removes it.
        } catch (UncheckedIOException e) {
            // A file the run was still creating: the next run of this process ID removes what is left.
        }
        return true;
    }

    private static boolean holdsPendingJournal(Path folder) {
        Path journal = folder.resolve(JOURNAL);
        try {
            return Files.isRegularFile(journal) && !Journal.read(journal).pending().isEmpty();
        } catch (IOException e) {
            return true; // unreadable now is not proof that nothing is left
        }
    }
}
