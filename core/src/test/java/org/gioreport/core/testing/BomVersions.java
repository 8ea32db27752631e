package org.gioreport.core.testing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.gioreport.core.testing.EngineRuntimeLibraries.Library;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The versions gioreport-bom pins ({@code bom/pom.xml}): every gioreport artifact and every third-party jar of the
 * distribution's {@code lib/}. The command line's ShippedClassPathIT holds the distribution to this list, and
 * example-service's consumer project, which imports the BOM, holds its own class path to it: together they prove
 * that a service importing the BOM runs the versions gioreport ships (issue 20).
 */
public final class BomVersions {

    private BomVersions() {
    }

    /**
     * The BOM's managed artifacts, {@code ${project.version}} read as the BOM's own version; fails on any other
     * property or a version range, which would make the pinned version depend on the consumer's build.
     */
    public static List<Library> read(Path bomPom) throws IOException {
        Element project = parse(bomPom);
        String ownVersion = child(project, "version");
        Element management = (Element) project.getElementsByTagName("dependencyManagement").item(0);
        NodeList dependencies = management.getElementsByTagName("dependency");
        List<Library> pinned = new ArrayList<>();
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            String version = child(dependency, "version").replace("${project.version}", ownVersion);
            if (version.contains("$") || version.contains("[") || version.contains("(") || version.contains(",")) {
                throw new IllegalStateException(bomPom + ": not one pinned version: " + version);
            }
            pinned.add(new Library(child(dependency, "groupId"), child(dependency, "artifactId"),
                    child(dependency, "classifier"), version, false));
        }
        if (pinned.isEmpty()) {
            throw new IllegalStateException("no managed dependency in " + bomPom);
        }
        return pinned;
    }

    /** The BOM's pins by {@link #key}, in the BOM's order. */
    public static Map<String, String> versionsByKey(Path bomPom) throws IOException {
        Map<String, String> versions = new LinkedHashMap<>();
        for (Library library : read(bomPom)) {
            versions.put(key(library.groupId(), library.artifactId(), library.classifier()), library.version());
        }
        return versions;
    }

    /** {@code groupId:artifactId[:classifier]}: what dependency management tells apart (all are jars here). */
    public static String key(String groupId, String artifactId, String classifier) {
        return groupId + ":" + artifactId + (classifier.isEmpty() ? "" : ":" + classifier);
    }

    private static Element parse(Path pom) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("cannot read " + pom + ": " + e.getMessage(), e);
        }
    }

    /** The text of the element's direct child of that name, or "" when it has none. */
    private static String child(Element parent, String name) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && element.getTagName().equals(name)) {
                return element.getTextContent().strip();
            }
        }
        return "";
    }
}
