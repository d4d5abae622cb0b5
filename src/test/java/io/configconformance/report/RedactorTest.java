package io.configconformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactorTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GET /?AccessKeyId=k&Signature=abc%2Bdef%3D&Version=1 | GET /?AccessKeyId=k&Signature=****&Version=1",
        "Action=X&SecurityToken=tok123&Format=JSON | Action=X&SecurityToken=****&Format=JSON",
        "{\"AccessKeyId\":\"k\",\"AccessKeySecret\":\"s3cr3t\"} | {\"AccessKeyId\":\"k\",\"AccessKeySecret\":\"****\"}",
        "x-acs-security-token: tok123 | x-acs-security-token: ****",
        "Authorization: ACS3-HMAC-SHA256 Credential=k,SignedHeaders=host,Signature=02e81f9f3cc8839151b0c7278024cbc4 | Authorization: ACS3-HMAC-SHA256 Credential=k,SignedHeaders=host,Signature=****",
        "<AccessKeySecret>s3cr3t</AccessKeySecret> | <AccessKeySecret>****</AccessKeySecret>",
        "<a href=\"/?Action=X&amp;Signature=abc%2Bdef%3D&amp;Version=1\"> | <a href=\"/?Action=X&amp;Signature=****&amp;Version=1\">",
        "{\"url\":\"/?Action=X\\u0026Signature=abc%2Bdef%3D\\u0026Version=1\"} | {\"url\":\"/?Action=X\\u0026Signature=****\\u0026Version=1\"}",
        "next=%2F%3FAction%3DX%26Signature%3Dabc%252Bdef%26Version%3D1 | next=%2F%3FAction%3DX%26Signature%3D****%26Version%3D1",
        "echo: \"Signature=abc+def=\" | echo: \"Signature=****\"",
    })
    void masksSecretsWhereverTheyAppear(String input, String expected) {
        assertEquals(expected, Redactor.redactPatterns(input));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Action=StartConfigurationRecorder&SignatureMethod=HMAC-SHA1&SignatureNonce=abc",
        "SignatureVersion=1.0&AccessKeyId=LTAIabc",
    })
    void leavesNonSecretParametersAlone(String input) {
        assertEquals(input, Redactor.redactPatterns(input));
        assertFalse(Redactor.redactPatterns(input).contains(Redactor.MASK));
    }
}
