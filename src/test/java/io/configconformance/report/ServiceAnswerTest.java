package io.configconformance.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ServiceAnswerTest {

    @Test
    void theAttachmentReadsBackAsTheSameFactsEvenWhenTheServiceSendsLineBreaksAndColons() {
        ServiceAnswer sent = new ServiceAnswer("400", "NameDuplicated", "taken\nRequestId: forged: yes",
                "4C4F-2");
        ServiceAnswer read = ServiceAnswer.parse(sent.attachment());
        assertEquals(sent, read);
        assertEquals("4C4F-2", read.requestId(), "a line break in the Message cannot forge another fact");
        assertEquals("taken\\x0aRequestId: forged: yes", read.message());
    }

    @Test
    void whatIsAbsentIsNone() {
        ServiceAnswer success = new ServiceAnswer("200", null, " ", "4C4F-3");
        assertEquals("HTTP 200, Code none, Message none, RequestId 4C4F-3", success.oneLine());
        assertEquals(ServiceAnswer.NO_ANSWER, ServiceAnswer.parse(""), "a transport failure has no answer");
        assertEquals("HTTP none, Code none, Message none, RequestId none", ServiceAnswer.NO_ANSWER.oneLine());
    }

    @Test
    void secretsTheServiceEchoesAreMaskedWhenTheAnswerIsMade() {
        ServiceAnswer echoed = new ServiceAnswer("400", "SignatureDoesNotMatch",
                "GET&%2F&AccessKeySecret=s3cr3t-value&Signature=abcdef", "4C4F-4");
        assertFalse(echoed.attachment().contains("s3cr3t-value") || echoed.attachment().contains("abcdef"),
                echoed.attachment());
        assertTrue(echoed.message().contains(Redactor.MASK), echoed.message());
    }

    @Test
    void eachMediumGetsItsOwnEscaping() {
        ServiceAnswer hostile = new ServiceAnswer("400", "<img src=x>", "[click](http://evil) | \u001b[31m", "x");
        assertTrue(hostile.html().contains("Code: &lt;img src=x&gt;"), hostile.html());
        assertFalse(hostile.html().contains("<img"), hostile.html());
        assertTrue(hostile.markdown().contains("\\[click\\](http:\u200b//evil) \\| \\\\x1b\\[31m"), hostile.markdown());
    }
}
