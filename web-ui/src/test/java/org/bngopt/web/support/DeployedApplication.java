package org.bngopt.web.support;

import org.bngopt.testsupport.TestDatabases;
import org.bngopt.testsupport.TestRedis;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;

/**
 * The built WAR, deployed by Arquillian onto Payara Micro with an empty test database and an empty
 * test Redis database; the test classes that extend it call it at {@link #uri()}.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class DeployedApplication {
    /** The database the failsafe configuration points DB_URL at. */
    public static final String DATABASE = "bngopt_test";

    @ArquillianResource
    public URL base;

    /** Runs before the instance boots, so the application meets empty services. */
    @Deployment(testable = false)
    public static WebArchive application() {
        TestDatabases.recreate(DATABASE);
        TestRedis.flush();
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war")));
    }

    /** The application's root, ending in a slash. */
    public URI uri() {
        try {
            return base.toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
