package io.easel.kernel.maven;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The body of a %%loadFromPOM cell as a complete POM. A cell may hold a whole {@code <project>} or just the pieces
 * people copy from a project page: {@code <dependency>} elements, {@code <dependencies>}, {@code <repositories>},
 * {@code <properties>}, {@code <dependencyManagement>}. Maven itself then reads it, so properties, managed versions
 * and imported BOMs work as they do in a build.
 */
public final class PomSnippet {

    /** The coordinates given to a cell's POM when it names none. */
    static final String GROUP_ID = "easel.notebook";
    static final String ARTIFACT_ID = "cell";
    static final String VERSION = "1";

    private static final Set<String> SINGLE = Set.of("properties", "dependencyManagement");
    private static final Map<String, String> COLLECTED = Map.of("dependency", "dependencies", "repository", "repositories");

    private PomSnippet() {
    }

    /** @throws IllegalArgumentException when the text is not XML, or holds elements a POM snippet cannot */
    public static String toPom(String body) {
        String text = stripXmlDeclaration(body.strip());
        if (text.isEmpty()) {
            throw new IllegalArgumentException("The cell has no POM. Put dependencies below %%loadFromPOM, e.g.\n"
                    + "<dependency>\n  <groupId>org.apache.commons</groupId>\n  <artifactId>commons-math3</artifactId>\n"
                    + "  <version>3.6.1</version>\n</dependency>");
        }
        if (text.toUpperCase(Locale.ROOT).contains("<!DOCTYPE")) {
            throw new IllegalArgumentException("%%loadFromPOM does not accept a <!DOCTYPE> (a POM needs none, and one could"
                    + " make the parser read files); remove it and run the cell again.");
        }
        Document parsed = parse("<snippet>" + text + "</snippet>");
        List<Element> top = childElements(parsed.getDocumentElement());
        Document pom;
        if (top.size() == 1 && top.get(0).getTagName().equals("project")) {
            pom = newDocument();
            pom.appendChild(pom.importNode(top.get(0), true));
        } else {
            pom = assemble(top);
        }
        fillIdentity(pom);
        return write(pom);
    }

    private static Document assemble(List<Element> top) {
        Document pom = newDocument();
        Element project = pom.createElement("project");
        pom.appendChild(project);
        for (Element element : top) {
            String name = element.getTagName();
            if (COLLECTED.containsKey(name)) {
                section(pom, project, COLLECTED.get(name)).appendChild(pom.importNode(element, true));
            } else if (COLLECTED.containsValue(name)) {
                Element section = section(pom, project, name);
                for (Element child : childElements(element)) {
                    section.appendChild(pom.importNode(child, true));
                }
            } else if (SINGLE.contains(name)) {
                if (childElements(project).stream().anyMatch(e -> e.getTagName().equals(name))) {
                    throw new IllegalArgumentException("The cell has more than one <" + name + ">; merge them into one.");
                }
                project.appendChild(pom.importNode(element, true));
            } else {
                throw new IllegalArgumentException("<" + name + "> cannot stand on its own in %%loadFromPOM. Use"
                        + " <dependency>, <dependencies>, <repository>, <repositories>, <properties>,"
                        + " <dependencyManagement>, or a whole <project>.");
            }
        }
        return pom;
    }

    private static Element section(Document pom, Element project, String name) {
        for (Element child : childElements(project)) {
            if (child.getTagName().equals(name)) {
                return child;
            }
        }
        Element section = pom.createElement(name);
        project.appendChild(section);
        return section;
    }

    /** Maven refuses a POM without coordinates; a snippet has none, so it gets the cell's. */
    private static void fillIdentity(Document pom) {
        Element project = pom.getDocumentElement();
        boolean hasParent = childElements(project).stream().anyMatch(e -> e.getTagName().equals("parent"));
        prependIfMissing(pom, project, "version", VERSION, hasParent);
        prependIfMissing(pom, project, "artifactId", ARTIFACT_ID, false);
        prependIfMissing(pom, project, "groupId", GROUP_ID, hasParent);
        prependIfMissing(pom, project, "modelVersion", "4.0.0", false);
    }

    private static void prependIfMissing(Document pom, Element project, String name, String value, boolean inherited) {
        if (inherited || childElements(project).stream().anyMatch(e -> e.getTagName().equals(name))) {
            return;
        }
        Element element = pom.createElement(name);
        element.setTextContent(value);
        project.insertBefore(element, project.getFirstChild());
    }

    private static String stripXmlDeclaration(String text) {
        if (text.startsWith("<?xml")) {
            int end = text.indexOf("?>");
            return end < 0 ? text : text.substring(end + 2).strip();
        }
        return text;
    }

    private static Document parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // a POM never needs a DTD; refusing one keeps external entities from reading files or URLs
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            // the default handler prints to stderr before throwing; the exception alone says it
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return builder.parse(new InputSource(new StringReader(xml)));
        } catch (SAXParseException e) {
            throw new IllegalArgumentException("The POM in this cell is not well-formed XML (line " + e.getLineNumber()
                    + ", column " + e.getColumnNumber() + "): " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalArgumentException("The POM in this cell cannot be read as XML: " + e.getMessage());
        }
    }

    private static Document newDocument() {
        try {
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser is not configured", e);
        }
    }

    private static List<Element> childElements(Node parent) {
        List<Element> elements = new ArrayList<>();
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }

    private static String write(Document pom) {
        try {
            TransformerFactory factory = TransformerFactory.newInstance();
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_STYLESHEET, "");
            Transformer transformer = factory.newTransformer();
            transformer.setOutputProperty(OutputKeys.INDENT, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(pom), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("Writing the cell's POM failed", e);
        }
    }
}
