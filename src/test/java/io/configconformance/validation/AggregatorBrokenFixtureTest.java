package io.configconformance.validation;

import static io.configconformance.validation.Fixtures.CREATE_AGGREGATOR;
import static io.configconformance.validation.Fixtures.DELETE_AGGREGATORS;
import static io.configconformance.validation.Fixtures.GET_AGGREGATOR;
import static io.configconformance.validation.Fixtures.LIST_AGGREGATORS;
import static io.configconformance.validation.Fixtures.PUT_RECORDER;
import static io.configconformance.validation.Fixtures.V2019;
import static io.configconformance.validation.Fixtures.V2020;
import static io.configconformance.validation.Fixtures.assertViolation;
import static io.configconformance.validation.Fixtures.assertXmlViolation;
import static io.configconformance.validation.Fixtures.read;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deliberately broken responses for the aggregator and recorder schemas added with CreateAggregator, each derived from
 * a good fixture, that the validators must reject at the right place (STYLE.md habit 9: test the tooling itself):
 * a wrong AggregatorId format, an AggregatorType outside its enumeration, a list serialised another way in XML, and a
 * missing required field, in both formats.
 */
class AggregatorBrokenFixtureTest {

    private static final String GOOD_ID = "ca-88ea626622af00550000";
    private static final String XML_AGGREGATOR = "/GetAggregatorResponse/Aggregator";
    private static final String XML_LISTED = "/ListAggregatorsResponse/AggregatorsResult/Aggregators";

    private final JsonSchemaValidator json = new JsonSchemaValidator();
    private final XmlSchemaValidator xml = new XmlSchemaValidator();

    private final String createJson = AggregatorDocSampleTest.fillMask(read("samples/2020-09-07_CreateAggregator.json"));
    private final String createXml = read("fixtures/2020-09-07_CreateAggregator.xml");
    private final String getJson = read("fixtures/2020-09-07_GetAggregator.json");
    private final String getXml = read("fixtures/2020-09-07_GetAggregator.xml");
    private final String listJson = read("fixtures/2020-09-07_ListAggregators.json");
    private final String listXml = read("fixtures/2020-09-07_ListAggregators.xml");
    private final String deleteJson = read("fixtures/2020-09-07_DeleteAggregators.json");
    private final String deleteXml = read("fixtures/2020-09-07_DeleteAggregators.xml");
    private final String putXml = read("fixtures/2019-01-08_PutConfigurationRecorder.xml");

    // A wrong AggregatorId format

    @Test
    void anUpperCaseHexAggregatorIdIsRejected() {
        String upper = createJson.replace("ca-dacf86d8314e00eb0000", "ca-DACF86D8314E00EB0000");
        assertViolation(validateJson(CREATE_AGGREGATOR, upper), "/AggregatorId", "regex pattern");
        assertXmlViolation(validateXml(CREATE_AGGREGATOR, createXml.replace("ca-dacf86d8314e00eb0000", "ca-DACF86D8314E00EB0000")),
                "/CreateAggregatorResponse/AggregatorId", "'ca-DACF86D8314E00EB0000'");
    }

    @Test
    void anAggregatorIdWithAnotherPrefixIsRejectedInsideTheAggregator() {
        assertViolation(validateJson(GET_AGGREGATOR, getJson.replace(GOOD_ID, "cr-88ea626622af00550000")),
                "/Aggregator/AggregatorId", "(got \"cr-88ea626622af00550000\")");
        assertXmlViolation(validateXml(GET_AGGREGATOR, getXml.replace(GOOD_ID, "cr-88ea626622af00550000")),
                XML_AGGREGATOR + "/AggregatorId", "'cr-88ea626622af00550000'");
    }

    @Test
    void aTooShortAggregatorIdInAListIsRejectedAtItsIndex() {
        assertViolation(validateJson(LIST_AGGREGATORS, listJson.replace(GOOD_ID, "ca-88ea6266")),
                "/AggregatorsResult/Aggregators/1/AggregatorId", "regex pattern");
        assertXmlViolation(validateXml(LIST_AGGREGATORS, listXml.replace(GOOD_ID, "ca-88ea6266")),
                XML_LISTED + "/AggregatorId", "'ca-88ea6266'");
    }

    // Values outside an enumeration

    @Test
    void anAggregatorTypeOutsideTheEnumIsRejectedShowingTheValue() {
        assertViolation(validateJson(GET_AGGREGATOR, getJson.replace("\"CUSTOM\"", "\"GLOBAL\"")),
                "/Aggregator/AggregatorType", "(got \"GLOBAL\")");
        assertViolation(validateJson(LIST_AGGREGATORS, listJson.replace("\"RD\"", "\"rd\"")),
                "/AggregatorsResult/Aggregators/1/AggregatorType", "enumeration");
        assertXmlViolation(validateXml(GET_AGGREGATOR, getXml.replace(">CUSTOM<", ">GLOBAL<")),
                XML_AGGREGATOR + "/AggregatorType", "'GLOBAL'");
        assertXmlViolation(validateXml(LIST_AGGREGATORS, listXml.replace(">RD<", ">rd<")),
                XML_LISTED + "/AggregatorType", "'rd'");
    }

    @Test
    void aMemberAccountTypeOrRecorderStatusOutsideTheEnumIsRejectedAtTheMember() {
        String folder = getJson.replaceFirst("\"ResourceDirectory\"", "\"Folder\"");
        assertViolation(validateJson(GET_AGGREGATOR, folder), "/Aggregator/AggregatorAccounts/0/AccountType", "enumeration");
        String enabled = getJson.replace("\"BUILDING\"", "\"ENABLED\"");
        assertViolation(validateJson(GET_AGGREGATOR, enabled), "/Aggregator/AggregatorAccounts/1/RecorderStatus", "(got \"ENABLED\")");
        assertXmlViolation(validateXml(GET_AGGREGATOR, getXml.replace(">BUILDING<", ">ENABLED<")),
                XML_AGGREGATOR + "/AggregatorAccounts/RecorderStatus", "'ENABLED'");
    }

    @Test
    void anAggregatorStatusOutsideZeroToTwoIsRejected() {
        assertViolation(validateJson(GET_AGGREGATOR, getJson.replace("\"AggregatorStatus\": 1", "\"AggregatorStatus\": 3")),
                "/Aggregator/AggregatorStatus", "enumeration");
        assertXmlViolation(validateXml(GET_AGGREGATOR, getXml.replace("<AggregatorStatus>1<", "<AggregatorStatus>3<")),
                XML_AGGREGATOR + "/AggregatorStatus", "'3'");
    }

    // Types

    @Test
    void aMemberAccountIdAsAStringIsRejectedLikeErratumE1() {
        String quoted = getJson.replace("1005320983490000", "\"1005320983490000\"");
        assertViolation(validateJson(GET_AGGREGATOR, quoted), "/Aggregator/AggregatorAccounts/1/AccountId",
                "string found, integer expected");
    }

    @Test
    void successAsAStringOrAsADigitIsRejected() {
        assertViolation(validateJson(DELETE_AGGREGATORS, deleteJson.replace("\"Success\": true", "\"Success\": \"true\"")),
                "/OperateAggregatorsResult/OperateAggregators/0/Success", "string found, boolean expected");
        assertXmlViolation(validateXml(DELETE_AGGREGATORS, deleteXml.replace("<Success>true<", "<Success>1<")),
                "/DeleteAggregatorsResponse/OperateAggregatorsResult/OperateAggregators/Success", "'1'");
    }

    // Lists serialised differently

    @Test
    void xmlMembersWrappedInOneListElementAreRejected() {
        String wrapped = wrapList(getXml, "AggregatorAccounts", "AggregatorAccount");
        assertXmlViolation(validateXml(GET_AGGREGATOR, wrapped), XML_AGGREGATOR + "/AggregatorAccounts/AggregatorAccount",
                "element 'AggregatorAccount' is not in the schema");
    }

    @Test
    void xmlAccountGroupsWrappedInOneListElementAreRejected() {
        String wrapped = wrapList(listXml, "Aggregators", "Aggregator");
        assertXmlViolation(validateXml(LIST_AGGREGATORS, wrapped), XML_LISTED + "/Aggregator",
                "element 'Aggregator' is not in the schema");
    }

    @Test
    void xmlDeletionResultsWrappedInOneListElementAreRejected() {
        String wrapped = wrapList(deleteXml, "OperateAggregators", "OperateAggregator");
        assertXmlViolation(validateXml(DELETE_AGGREGATORS, wrapped),
                "/DeleteAggregatorsResponse/OperateAggregatorsResult/OperateAggregators/OperateAggregator",
                "element 'OperateAggregator' is not in the schema");
    }

    @Test
    void xmlResourceTypesJoinedWithCommasLikeTheRequestAreRejected() {
        String joined = putXml.replace("<ResourceTypes>ACS::ECS::Instance</ResourceTypes>", "")
                .replace(">ACS::ECS::Disk<", ">ACS::ECS::Instance,ACS::ECS::Disk<");
        assertXmlViolation(validateXml(PUT_RECORDER, joined),
                "/PutConfigurationRecorderResponse/ConfigurationRecorder/ResourceTypes", "'ACS::ECS::Instance,ACS::ECS::Disk'");
    }

    @Test
    void aJsonListGivenAsOneObjectIsRejected() {
        String single = getJson.replaceFirst("(?s)\"Tags\": \\[\\s*(\\{[^}]*})\\s*]", "\"Tags\": $1");
        assertViolation(validateJson(GET_AGGREGATOR, single), "/Aggregator/Tags", "object found, array expected");
    }

    // Missing required fields

    @Test
    void aMissingAggregatorIdIsRejectedAtItsParent() {
        assertViolation(validateJson(CREATE_AGGREGATOR, createJson.replaceFirst(",\\s*\"AggregatorId\": \"[^\"]*\"", "")),
                "/AggregatorId", "required property");
        assertXmlViolation(validateXml(CREATE_AGGREGATOR, createXml.replaceFirst("<AggregatorId>[^<]*</AggregatorId>", "")),
                "/CreateAggregatorResponse", "One of '{AggregatorId}' is expected");
        assertViolation(validateJson(GET_AGGREGATOR, getJson.replaceFirst("\"AggregatorId\": \"[^\"]*\",", "")),
                "/Aggregator/AggregatorId", "required property");
        assertXmlViolation(validateXml(GET_AGGREGATOR, getXml.replaceFirst("<AggregatorId>[^<]*</AggregatorId>", "")),
                XML_AGGREGATOR, "AggregatorIdIsRequiredOnce");
    }

    @Test
    void aListedAccountGroupWithoutItsTypeIsRejectedDespiteTheOpenOrder() {
        assertViolation(validateJson(LIST_AGGREGATORS, listJson.replaceFirst("\"AggregatorType\": \"CUSTOM\",", "")),
                "/AggregatorsResult/Aggregators/0/AggregatorType", "required property");
        assertXmlViolation(validateXml(LIST_AGGREGATORS, listXml.replaceFirst("<AggregatorType>CUSTOM</AggregatorType>", "")),
                XML_LISTED, "AggregatorTypeIsRequiredOnce");
    }

    @Test
    void aMemberWithoutItsAccountIdIsRejected() {
        assertViolation(validateJson(GET_AGGREGATOR, getJson.replaceFirst("\"AccountId\": 1713220985230000,", "")),
                "/Aggregator/AggregatorAccounts/0/AccountId", "required property");
        assertXmlViolation(validateXml(GET_AGGREGATOR, getXml.replaceFirst("<AccountId>1713220985230000</AccountId>", "")),
                XML_AGGREGATOR + "/AggregatorAccounts", "One of '{AccountId}' is expected");
    }

    @Test
    void aDeletionResultWithoutSuccessIsRejected() {
        assertViolation(validateJson(DELETE_AGGREGATORS, deleteJson.replaceFirst(",\\s*\"Success\": true", "")),
                "/OperateAggregatorsResult/OperateAggregators/0/Success", "required property");
        assertXmlViolation(validateXml(DELETE_AGGREGATORS, deleteXml.replaceFirst("<Success>true</Success>", "")),
                "/DeleteAggregatorsResponse/OperateAggregatorsResult/OperateAggregators", "Success}' is expected");
    }

    @Test
    void aRepeatedAggregatorNameIsRejectedDespiteTheOpenOrder() {
        String repeated = getXml.replace("<AggregatorName>", "<AggregatorName>Other</AggregatorName><AggregatorName>");
        assertXmlViolation(validateXml(GET_AGGREGATOR, repeated), XML_AGGREGATOR + "/AggregatorName", "matches more than one value");
    }

    @Test
    void anUnknownFieldInAMemberIsRejected() {
        String renamed = getJson.replaceFirst("\"AccountName\"", "\"DisplayName\"");
        assertViolation(validateJson(GET_AGGREGATOR, renamed), "/Aggregator/AggregatorAccounts/0/DisplayName", "not defined in the schema");
    }

    /**
     * The list's repeated sibling elements turned into one list element holding item elements, the way some older SDK
     * XML readers expect lists (erratum E6): {@code <L>a</L><L>b</L>} becomes {@code <L><I>a</I><I>b</I></L>}.
     */
    static String wrapList(String body, String list, String item) {
        String open = "<" + list + ">";
        String close = "</" + list + ">";
        int first = body.indexOf(open, Math.max(0, body.indexOf("-->"))); // not the fixture's leading comment
        int last = body.lastIndexOf(close);
        String items = body.substring(first + open.length(), last)
                .replace(open, "<" + item + ">").replace(close, "</" + item + ">");
        return body.substring(0, first) + open + "<" + item + ">" + items + "</" + item + ">" + close
                + body.substring(last + close.length());
    }

    private List<Violation> validateJson(String action, String body) {
        return json.validate(SchemaLocations.json(V2020, action), body);
    }

    private List<Violation> validateXml(String action, String body) {
        return xml.validate(SchemaLocations.xml(action.equals(PUT_RECORDER) ? V2019 : V2020, action), body);
    }
}
