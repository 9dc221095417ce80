package dev.lockstep.validator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class XmlTextTest {
    @Test
    void escapedTextParsesBackAsXml() throws Exception {
        String nasty = "a<b>&\"c\" \u0001bell\u0007 tab\t end";
        String doc = "<r a=\"" + XmlText.escape(nasty) + "\">" + XmlText.escape(nasty) + "</r>";
        var parsed = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)));
        String expected = "a<b>&\"c\" \uFFFDbell\uFFFD tab\t end";
        assertEquals(expected, parsed.getDocumentElement().getTextContent());
        assertEquals(expected.replace('\t', ' '), parsed.getDocumentElement().getAttribute("a"));
    }
}
