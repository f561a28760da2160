/** The statutory credits table of the statements of unavailability (admins). */
package org.bngopt.api.unavailability;
