package io.configconformance;

/**
 * The version of this product (suite, emulator and tools ship as one jar), from the jar manifest. It lives at the top
 * so that every layer can name it without importing another: the report, the emulator's control API, the CLI.
 */
public final class ProductVersion {

    private ProductVersion() {
    }

    /** The manifest's Implementation-Version, or "dev" when running from classes. */
    public static String text() {
        String version = ProductVersion.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
