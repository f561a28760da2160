/** Embedded PostgreSQL and Redis for trying the product on a machine with only Java (issue 22). */
package org.bngopt.devservices;
