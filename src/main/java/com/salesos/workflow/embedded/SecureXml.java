package com.salesos.workflow.embedded;

import java.io.ByteArrayInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * Refuses XML with a document type declaration before any model parser sees it: BPMN and DMN never need one, and
 * refusing it rules out external entities (XXE) and entity expansion bombs whatever parser runs next. The Zeebe
 * adapter runs it too, before a model goes to the cluster.
 */
public final class SecureXml {

    private SecureXml() {
    }

    /**
     * Refuses a document type declaration only, leaving every other judgement to the parser that runs next (the
     * Camunda 8 cluster's, for the Zeebe adapter).
     *
     * @throws IllegalArgumentException when the bytes carry a DOCTYPE
     */
    public static void refuseDoctype(byte[] content) {
        try {
            check(content);
        } catch (IllegalArgumentException e) {
            if (e.getMessage() != null && e.getMessage().contains("DOCTYPE")) {
                throw e;
            }
        }
    }

    /** @throws IllegalArgumentException naming the problem when the bytes are not plain, DOCTYPE-free XML */
    public static void check(byte[] content) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            var builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            builder.parse(new ByteArrayInputStream(content));
        } catch (org.xml.sax.SAXException e) {
            String message = e.getMessage() == null ? "not well-formed XML" : e.getMessage();
            if (message.contains("DOCTYPE")) {
                message = "document type declarations (DOCTYPE, external entities) are not allowed";
            }
            throw new IllegalArgumentException(message);
        } catch (Exception e) {
            throw new IllegalArgumentException("not readable XML: " + e.getMessage());
        }
    }
}
