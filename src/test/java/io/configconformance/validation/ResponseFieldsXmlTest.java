package io.configconformance.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.configconformance.protocol.ResponseFormat;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Node;
import org.xmlunit.xpath.JAXPXPathEngine;

/**
 * An XML field's values are what the XPath {@code /*}{@code /A/B} selects (how they were read before the walk): in
 * document order, across repeated parents, nothing for an absent name, a prefixed element by its local name.
 */
class ResponseFieldsXmlTest {

    private static final String BODY = "<GetAggregatorResponse><RequestId>r-1</RequestId><Aggregator>"
            + "<AggregatorAccounts><AggregatorAccount><AccountId>1</AccountId><AccountType>ResourceDirectory"
            + "</AccountType></AggregatorAccount><AggregatorAccount><AccountId>2</AccountId></AggregatorAccount>"
            + "</AggregatorAccounts><AggregatorAccounts><AggregatorAccount><AccountId>3</AccountId>"
            + "</AggregatorAccount></AggregatorAccounts><x:AccountId xmlns:x=\"urn:x\">9</x:AccountId>"
            + "<Description/></Aggregator></GetAggregatorResponse>";

    @Test
    void theWalkSelectsWhatTheXPathSelected() throws Exception {
        Document document = SecureXml.parse(BODY);
        for (String path : List.of("RequestId", "Aggregator.AggregatorAccounts.AggregatorAccount.AccountId",
                "Aggregator.AggregatorAccounts.AggregatorAccount.AccountType", "Aggregator.AccountId",
                "Aggregator.Description", "Aggregator.Missing", "GetAggregatorResponse", "Aggregator")) {
            List<String> selected = new ArrayList<>();
            for (Node node : new JAXPXPathEngine().selectNodes("/*/" + path.replace('.', '/'), document)) {
                selected.add(node.getTextContent());
            }
            assertEquals(selected, ResponseFields.values(ResponseFormat.XML, BODY, path), path);
        }
        assertEquals(List.of("1", "2", "3"), ResponseFields.values(ResponseFormat.XML, BODY,
                "Aggregator.AggregatorAccounts.AggregatorAccount.AccountId"));
    }

    @Test
    void aSegmentThatIsNoElementNameIsRefusedWithItsReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResponseFields.values(ResponseFormat.XML, BODY, "Aggregator.x:AccountId"));
        assertEquals("'x:AccountId' is not an XML element name", e.getMessage());
    }
}
