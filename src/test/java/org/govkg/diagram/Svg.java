package org.govkg.diagram;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** A rendered SVG parsed as XML (which proves it is well-formed), read the way a viewer sees it. */
final class Svg {
    /** A drawn node: its visible text lines, its link and its tooltip. */
    record Node(String text, String href, String tooltip) {}

    /** A drawn edge: its visible label. */
    record Edge(String label) {}

    final Document doc;

    Svg(byte[] bytes) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    List<Node> nodes() {
        List<Node> out = new ArrayList<>();
        for (Element g : groups("node")) {
            Element a = first(g, "a");
            String href = a == null ? null : a.getAttributeNS("http://www.w3.org/1999/xlink", "href");
            String title = a == null ? null : a.getAttributeNS("http://www.w3.org/1999/xlink", "title");
            out.add(new Node(text(g), href, title));
        }
        return out;
    }

    List<Edge> edges() {
        return groups("edge").stream().map(g -> new Edge(text(g))).toList();
    }

    /** The node whose text (lines joined) is {@code label}. */
    Node node(String label) {
        return nodes().stream().filter(n -> n.text().equals(label)).findFirst()
            .orElseThrow(() -> new AssertionError("no node \"" + label + "\" among " + nodes().stream().map(Node::text).toList()));
    }

    /** The vertical position (SVG y, down is larger) of the first text line of the node {@code label}. */
    double y(String label) {
        for (Element g : groups("node"))
            if (text(g).equals(label)) {
                Element t = (Element) g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text").item(0);
                return Double.parseDouble(t.getAttribute("y"));
            }
        throw new AssertionError("no node \"" + label + "\"");
    }

    boolean hasNode(String label) {
        return nodes().stream().anyMatch(n -> n.text().equals(label));
    }

    /** The picture's title lines (graph label). */
    String title() {
        Element graph = groups("graph").get(0);
        StringBuilder sb = new StringBuilder();
        NodeList children = graph.getChildNodes();
        for (int i = 0; i < children.getLength(); i++)
            if (children.item(i) instanceof Element e && e.getLocalName().equals("text")) sb.append(e.getTextContent());
        return sb.toString();
    }

    private List<Element> groups(String cls) {
        List<Element> out = new ArrayList<>();
        NodeList gs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (g.getAttribute("class").equals(cls)) out.add(g);
        }
        return out;
    }

    private static String text(Element g) {
        StringBuilder sb = new StringBuilder();
        NodeList ts = g.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < ts.getLength(); i++) sb.append(ts.item(i).getTextContent());
        return sb.toString();
    }

    private static Element first(Element g, String tag) {
        NodeList l = g.getElementsByTagNameNS("http://www.w3.org/2000/svg", tag);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }
}
