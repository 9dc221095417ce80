package dev.lockstep.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Reads a JUnit XML report back, as a CI server would. */
final class Reports {
    record Case(String name, String status, String message, String details, String output) {
    }

    record Suite(Element root, List<Case> cases) {
        int count(String attribute) {
            return Integer.parseInt(root.getAttribute(attribute));
        }

        Case named(String name) {
            return cases.stream().filter(c -> c.name().equals(name)).findFirst()
                    .orElseThrow(() -> new AssertionError("no test case " + name + " in " + cases));
        }
    }

    private Reports() {
    }

    static Suite read(Path file) throws Exception {
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        Element root = doc.getDocumentElement();
        List<Case> cases = new ArrayList<>();
        NodeList list = root.getElementsByTagName("testcase");
        for (int i = 0; i < list.getLength(); i++) {
            Element e = (Element) list.item(i);
            String status = "passed";
            String message = null;
            String details = null;
            for (String tag : List.of("failure", "error", "skipped")) {
                NodeList l = e.getElementsByTagName(tag);
                if (l.getLength() > 0) {
                    status = tag;
                    message = ((Element) l.item(0)).getAttribute("message");
                    details = l.item(0).getTextContent();
                }
            }
            NodeList out = e.getElementsByTagName("system-out");
            cases.add(new Case(e.getAttribute("name"), status, message, details,
                    out.getLength() > 0 ? out.item(0).getTextContent() : null));
        }
        return new Suite(root, cases);
    }
}
