/** The Customers page, and the admins' Introducers page. */
package org.bngopt.ui.parties;
