package com.custodyadvisor.authoring;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes scenario results as JUnit XML, one test suite per scenario file, for CI dashboards. */
public final class JUnitXml {

    private JUnitXml() {
    }

    public static void write(ScenarioSuite suite, Path file) throws IOException {
        Map<String, java.util.List<ScenarioResult>> byFile = suite.results().stream()
                .collect(Collectors.groupingBy(r -> r.scenario().file().toString(), TreeMap::new, Collectors.toList()));
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("testsuites");
            xml.writeAttribute("tests", String.valueOf(suite.results().size()));
            xml.writeAttribute("failures", String.valueOf(suite.failed()));
            for (Map.Entry<String, java.util.List<ScenarioResult>> entry : byFile.entrySet()) {
                xml.writeStartElement("testsuite");
                xml.writeAttribute("name", entry.getKey());
                xml.writeAttribute("tests", String.valueOf(entry.getValue().size()));
                xml.writeAttribute("failures", String.valueOf(entry.getValue().stream().filter(r -> !r.passed()).count()));
                xml.writeAttribute("time", seconds(entry.getValue().stream().mapToLong(ScenarioResult::nanos).sum()));
                for (ScenarioResult r : entry.getValue()) {
                    xml.writeStartElement("testcase");
                    xml.writeAttribute("classname", entry.getKey());
                    xml.writeAttribute("name", r.scenario().name());
                    xml.writeAttribute("time", seconds(r.nanos()));
                    if (!r.passed()) {
                        xml.writeStartElement("failure");
                        xml.writeAttribute("message", r.failures().get(0));
                        xml.writeCharacters(r.scenario().label() + "\n" + String.join("\n", r.failures()));
                        xml.writeEndElement();
                    }
                    xml.writeEndElement();
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write JUnit XML to " + file + ": " + e.getMessage(), e);
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.3f", nanos / 1e9);
    }
}
