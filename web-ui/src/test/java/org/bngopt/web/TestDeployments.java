package org.bngopt.web;

import org.bngopt.testsupport.TestDatabases;
import org.bngopt.testsupport.TestRedis;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/** The built WAR for Arquillian, deployed onto an empty test database and an empty test Redis database. */
final class TestDeployments {
    /** The database the failsafe configuration points DB_URL at. */
    static final String DATABASE = "bngopt_test";

    private TestDeployments() {
    }

    /** Runs before the instance boots, so the application meets empty services. */
    static WebArchive builtWarOnEmptyServices() {
        TestDatabases.recreate(DATABASE);
        TestRedis.flush();
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("app.war")));
    }
}
