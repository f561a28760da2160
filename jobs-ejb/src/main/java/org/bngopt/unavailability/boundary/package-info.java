/** Explaining unmet units, and managing the statutory credits (admins). */
package org.bngopt.unavailability.boundary;
