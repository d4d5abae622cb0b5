package io.configconformance.validation;

import static io.configconformance.validation.Fixtures.assertXmlViolation;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * XML bodies come from the service under test and are untrusted: a DOCTYPE must be reported, its entities never
 * expanded, nothing fetched, and nothing may hang.
 */
class XmlSecurityTest {

    private static final Duration QUICKLY = Duration.ofSeconds(5);
    private static final String ERROR_BODY = "<Error><RequestId>4D994662-6B27-536F-B320-38F4B3D58705</RequestId>"
            + "<HostId>h</HostId><Code>NoPermission</Code><Message>&x;</Message></Error>";

    private final XmlSchemaValidator xml = new XmlSchemaValidator();

    @Test
    void anExternalEntityIsReportedAndNeverExpanded() {
        List<Violation> violations = validate("<!DOCTYPE Error [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + ERROR_BODY);
        assertXmlViolation(violations, "", "DOCTYPE is disallowed");
        assertFalse(violations.toString().contains("root:"), () -> "entity was expanded: " + violations);
    }

    @Test
    void anExponentialEntityBombIsReportedWithoutExpanding() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE Error [<!ENTITY x0 \"lol\">");
        for (int i = 1; i <= 30; i++) {
            dtd.append("<!ENTITY x").append(i).append(" \"&x").append(i - 1).append(";&x").append(i - 1).append(";\">");
        }
        dtd.append("<!ENTITY x \"&x30;\">]>");
        assertXmlViolation(validate(dtd + ERROR_BODY), "", "DOCTYPE is disallowed");
    }

    @Test
    void anExternalDtdIsReportedNotLoaded() {
        String body = "<!DOCTYPE Error SYSTEM \"https://config-conformance.example/evil.dtd\">" + ERROR_BODY.replace("&x;", "m");
        assertXmlViolation(validate(body), "", "DOCTYPE is disallowed");
    }

    @Test
    void anUndeclaredEntityReferenceIsMalformedXml() {
        List<Violation> violations = validate(ERROR_BODY);
        assertAll(() -> assertEquals(1, violations.size(), violations::toString),
                () -> assertXmlViolation(violations, "/Error/Message", "not well-formed"));
    }

    private List<Violation> validate(String body) {
        return assertTimeoutPreemptively(QUICKLY, () -> xml.validate(SchemaLocations.XML_ERROR, body));
    }
}
