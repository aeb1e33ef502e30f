package com.salesos.decisions;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Reads a shipped model as plain XML (no DTDs, no external entities) for checks the engines do not make. */
final class ModelXml {

    private ModelXml() {
    }

    static Element read(Path file) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
    }

    static List<Element> elements(Element parent, String namespace, String name) {
        var nodes = parent.getElementsByTagNameNS(namespace, name);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** Every attribute value and element text below {@code root} that is a FEEL expression (starts with "="). */
    static List<String> feelExpressions(Element root) {
        List<String> found = new ArrayList<>();
        var all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            var element = (Element) all.item(i);
            var attributes = element.getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                addIfFeel(found, attributes.item(a).getNodeValue());
            }
            if (element.getChildNodes().getLength() == 1 && element.getFirstChild().getNodeType() == Node.TEXT_NODE) {
                addIfFeel(found, element.getTextContent().trim());
            }
        }
        return found;
    }

    private static void addIfFeel(List<String> found, String value) {
        if (value.startsWith("=")) {
            found.add(value.substring(1));
        }
    }
}
