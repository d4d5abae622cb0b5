package io.configconformance.emulator.state;

/** A folder of a resource directory; FOLDER account groups take their members from one. */
public record Folder(String folderId, long managementAccountId, boolean root) {
}
