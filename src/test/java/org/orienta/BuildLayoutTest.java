package org.orienta;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** What a newcomer meets when building and running Orienta, as the pom sets it up. */
class BuildLayoutTest {

    private static Document pom() throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
    }

    private static String text(Document pom, String xpath) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, pom, XPathConstants.STRING);
    }

    @Test
    void stopping_the_run_profile_with_ctrl_c_or_sigterm_is_a_successful_end_with_orientas_own_shutdown_shown()
            throws Exception {
        var pom = pom();
        var run = "/project/profiles/profile[id='run']/build/plugins/plugin[artifactId='exec-maven-plugin']"
                + "/executions/execution/configuration";
        var codes = (NodeList) XPathFactory.newInstance()
                .newXPath()
                .evaluate(run + "/successCodes/successCode", pom, XPathConstants.NODESET);
        var values = new java.util.ArrayList<String>();
        for (int i = 0; i < codes.getLength(); i++) {
            values.add(codes.item(i).getTextContent().strip());
        }

        assertThat(values).contains("0", "130", "143");
        // Ctrl+C ends Maven at once: Orienta must write to the terminal itself, or its shutdown is cut off.
        assertThat(text(pom, run + "/inheritIo")).isEqualTo("true");
    }

    @Test
    void vaadin_uses_the_top_level_frontend_directory_of_the_projects_layout() throws Exception {
        var pom = pom();

        // The layout fixes frontend/ at the top; Vaadin's "legacy frontend directory" warning is the
        // accepted price (ADR 0003), and node.version's deprecation is avoided by vaadin.node.version.
        assertThat(text(pom, "//plugin[artifactId='vaadin-maven-plugin']/configuration/frontendDirectory"))
                .isEqualTo("${project.basedir}/frontend");
        assertThat(Files.exists(Path.of("frontend/README.md"))).isTrue();
        assertThat(Path.of("src/main/frontend")).doesNotExist();
        assertThat(Files.readString(Path.of("pom.xml"))).doesNotContain("<node.version>");
    }
}
