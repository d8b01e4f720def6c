package org.treatycheck.regress;

import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a regression run as a JUnit XML report (one testsuite per rule and one for snapshots),
 * the format CI systems read.
 */
public final class JunitXml {

    private JunitXml() {
    }

    /** Writes the report; gate problems become failed cases of a "coverage" suite. */
    public static void write(RegressionRun run, OutputStream out) throws XMLStreamException {
        Map<String, List<CaseResult>> suites = new LinkedHashMap<>();
        for (CaseResult r : run.results()) {
            suites.computeIfAbsent(r.suite(), k -> new java.util.ArrayList<>()).add(r);
        }
        for (String problem : run.gateProblems()) {
            suites.computeIfAbsent("coverage", k -> new java.util.ArrayList<>())
                    .add(new CaseResult("coverage", problem, "", List.of(problem), List.of()));
        }
        XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("testsuites");
        xml.writeAttribute("name", "treatycheck");
        xml.writeAttribute("tests", Long.toString(run.passed() + run.failed()));
        xml.writeAttribute("failures", Long.toString(run.failed()));
        for (var suite : suites.entrySet()) {
            xml.writeCharacters("\n  ");
            xml.writeStartElement("testsuite");
            xml.writeAttribute("name", suite.getKey());
            xml.writeAttribute("tests", Integer.toString(suite.getValue().size()));
            xml.writeAttribute("failures", Long.toString(suite.getValue().stream().filter(r -> !r.passed()).count()));
            for (CaseResult r : suite.getValue()) {
                xml.writeCharacters("\n    ");
                xml.writeStartElement("testcase");
                xml.writeAttribute("classname", suite.getKey());
                xml.writeAttribute("name", r.name());
                xml.writeAttribute("file", r.file());
                if (!r.passed()) {
                    xml.writeStartElement("failure");
                    xml.writeAttribute("message", r.differences().get(0));
                    xml.writeCharacters(String.join("\n", r.differences()));
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
    }
}
