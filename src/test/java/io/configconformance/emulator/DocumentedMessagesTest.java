package io.configconformance.emulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.configconformance.emulator.gateway.ApiError;
import io.configconformance.emulator.gateway.Errors;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The emulator's documented errors carry their pages' words: each code's status and Message are the row's of every
 * page that documents it, read from the pages themselves. Provoking each row over HTTP, in JSON and XML, is the
 * features' job: the project's tests run every @error scenario against the embedded emulator (ConformanceSuiteTest),
 * DocumentedErrorCatalogueTest checks that every row has its scenarios, and each scenario compares the Message.
 */
class DocumentedMessagesTest {

    /**
     * Each documented code's ApiError carries, exactly, the "Error message" of the page's row: for every page that
     * documents the code, so a code the pages word differently would fail here for one of them.
     */
    @Test
    void everyDocumentedCodeCarriesThePagesMessageExactly() throws IllegalAccessException {
        Map<String, ApiError> byCode = new HashMap<>();
        for (Field field : Errors.class.getFields()) {
            if (field.getType() == ApiError.class) {
                ApiError error = (ApiError) field.get(null);
                assertNull(byCode.put(error.code(), error), "one ApiError per code: " + error.code());
            }
        }
        List<String> wrong = new ArrayList<>();
        for (DocumentedMessages row : DocumentedMessages.all()) {
            ApiError error = byCode.get(row.code());
            if (error == null || error.status() != row.status() || !error.getMessage().equals(row.message())) {
                wrong.add(row.page() + " " + row.action() + " " + row.code() + ": page says " + row.status() + " \""
                        + row.message() + "\", the emulator " + error);
            }
        }
        assertEquals(List.of(), wrong);
        assertEquals(43, DocumentedMessages.all().size(), "the five pages document 43 rows");
    }

    @Test
    void theMessagesAreReadFromTheirPagesRows() {
        Map<String, String> some = new HashMap<>();
        DocumentedMessages.all().forEach(m -> some.put(m.pageNumber() + " " + m.code(), m.message()));
        assertEquals("You are not authorized to perform the operation. The reasons include: 1. You have not enabled the "
                + "resource directory service. 2. You are not using the administrator account of resource directory.",
                some.get("000 RDMemberNoPermission"));
        assertEquals("Failed to create SLR.", some.get("001 CreateSLRFail"));
        assertEquals("The Enterprise Edition is already upgraded.", some.get("002 EnterpriseEditonAlreadyUpgraded"));
        assertEquals("The aggregator has a pending operation and cannot be updated.",
                some.get("003 AggregatorAlreadyPending"));
        assertEquals("You are not authorized to create the aggregator.", some.get("004 NoPermissionCreateAggregator"));
    }
}
