package io.configconformance.suite;

import com.aliyun.credentials.models.CredentialModel;
import com.aliyun.credentials.provider.AlibabaCloudCredentialsProvider;
import io.configconformance.client.CredentialSource;
import io.configconformance.client.Credentials;
import java.util.function.Supplier;

/**
 * Credentials from a credentials-java provider (an assumed RAM role, an OIDC token exchanged through STS, an ECS
 * instance's role, a credentials URI, the default chain), asked at each request: the provider caches them and
 * fetches new ones before they expire. A provider that cannot give any is reported in one line that says what the
 * mode does and why it failed, never with a secret or an exception's class name.
 */
final class ProviderCredentials implements CredentialSource {

    private final Supplier<AlibabaCloudCredentialsProvider> build;
    private final String what;
    private AlibabaCloudCredentialsProvider provider;

    /**
     * {@code what}: where the credentials come from, e.g. "profile ci (OIDC: exchanges the token in ...)". The
     * provider is built at the first request: some (an ECS instance's role, the default chain) look around on building.
     */
    ProviderCredentials(Supplier<AlibabaCloudCredentialsProvider> build, String what) {
        this.build = build;
        this.what = what;
    }

    /** The provider, built now if it was not yet. */
    synchronized AlibabaCloudCredentialsProvider provider() {
        if (provider == null) {
            try {
                provider = build.get();
            } catch (RuntimeException e) {
                throw new AccountUnavailable("cannot get credentials from " + what + ": " + reason(e));
            }
        }
        return provider;
    }

    /** Where the credentials come from and how. */
    String what() {
        return what;
    }

    @Override
    public Credentials current() {
        CredentialModel model;
        try {
            model = provider().getCredentials();
        } catch (AccountUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new AccountUnavailable("cannot get credentials from " + what + ": " + reason(e));
        }
        if (model == null || isEmpty(model.getAccessKeyId()) || isEmpty(model.getAccessKeySecret())) {
            throw new AccountUnavailable("cannot get credentials from " + what + ": it gave no AccessKey");
        }
        return new Credentials(model.getAccessKeyId(), model.getAccessKeySecret(),
                isEmpty(model.getSecurityToken()) ? null : model.getSecurityToken());
    }

    /** The provider's first line, without the answer it quotes (which may hold credentials) or class names. */
    static String reason(RuntimeException e) {
        String message = e.getMessage() == null ? "no reason given" : e.getMessage().lines().findFirst().orElse("");
        for (String cut : new String[] {", result:", " result:", "\nHttpRAWContent"}) {
            int at = message.indexOf(cut);
            if (at > 0) {
                message = message.substring(0, at);
            }
        }
        message = message.replaceAll("(?:[a-z]+\\.)+[A-Za-z]+(?:Exception|Error): ", "").replaceAll("[,.]$", "").strip();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private static boolean isEmpty(String text) {
        return text == null || text.isEmpty();
    }

    @Override
    public String toString() {
        return what;
    }
}
