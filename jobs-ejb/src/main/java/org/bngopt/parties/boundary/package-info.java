/** Managing customers (quoters and admins) and introducers (admins). */
package org.bngopt.parties.boundary;
