package dev.lockstep.validator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lockstep.speclang.diag.DiagnosticCode;
import dev.lockstep.validator.ValidationResult;
import dev.lockstep.validator.Verdict;
import dev.lockstep.validator.log.LogProblem;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** JUnit XML: one test case per log file; the failing file fails, malformed files are errors. */
class JunitReportTest {
    private static final Path SPEC = Path.of("/specs/Counter.tla");
    private static final Path N1 = Path.of("/logs/n1.ndjson");
    private static final Path N2 = Path.of("/logs/n2.ndjson");
    private static final Path N3 = Path.of("/logs/n3.ndjson");

    private static Document parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }

    private static Element testcase(Document d, Path file) {
        NodeList cases = d.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element e = (Element) cases.item(i);
            if (e.getAttribute("name").equals(file.toString())) {
                return e;
            }
        }
        throw new AssertionError("no test case for " + file);
    }

    @Test
    void oneTestCasePerLogFileAndOnlyTheFailingFileFails() throws Exception {
        Verdict.Witness w = new Verdict.Witness(N2, 7, "Inc {\"n\":\"n2\"}", Verdict.Divergence.ACTION_FALSE,
                "Inc(n = n2) does not relate the previous state to the logged one", "Inc(n = n2)", null, null,
                Map.of(), Map.of(), List.of(), List.of(), List.of(), java.util.Set.of());
        ValidationResult r = new ValidationResult(SPEC, List.of(N1, N2, N3),
                new Verdict.DoesNotConform(Verdict.Engine.DIRECT, 12, w), List.of());
        Document d = parse(JunitReport.render(r));
        Element suite = d.getDocumentElement();
        assertEquals("3", suite.getAttribute("tests"));
        assertEquals("1", suite.getAttribute("failures"));
        assertEquals("0", suite.getAttribute("errors"));
        assertEquals(1, testcase(d, N2).getElementsByTagName("failure").getLength());
        assertTrue(((Element) testcase(d, N2).getElementsByTagName("failure").item(0)).getAttribute("message")
                .startsWith(N2 + ":7: "));
        assertEquals(0, elements(testcase(d, N1)), "n1 passes: no failure, error or skipped");
        assertEquals(0, testcase(d, N3).getElementsByTagName("failure").getLength());
    }

    @Test
    void malformedFilesAreErrorsAndUnknownVerdictsSkipTheRest() throws Exception {
        LogProblem p = LogProblem.at(DiagnosticCode.LS801_LOG_BAD_JSON, N1, 3, 4, "not valid JSON", "{\"action\":");
        ValidationResult r = new ValidationResult(SPEC, List.of(N1, N2),
                new Verdict.Unknown(Verdict.Engine.DIRECT, "the log is malformed", 2), List.of(p));
        Document d = parse(JunitReport.render(r));
        assertEquals("1", d.getDocumentElement().getAttribute("errors"));
        assertEquals("1", d.getDocumentElement().getAttribute("skipped"));
        Element err = (Element) testcase(d, N1).getElementsByTagName("error").item(0);
        assertTrue(err.getAttribute("message").contains("n1.ndjson:3:5"), err.getAttribute("message"));
        assertTrue(err.getTextContent().contains("[LS801]"), err.getTextContent());
        assertEquals(1, testcase(d, N2).getElementsByTagName("skipped").getLength());
    }

    private static int elements(Element e) {
        int n = 0;
        for (int i = 0; i < e.getChildNodes().getLength(); i++) {
            if (e.getChildNodes().item(i).getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
                n++;
            }
        }
        return n;
    }
}
