/** The customer and introducer tables. */
package org.bngopt.parties.control;
