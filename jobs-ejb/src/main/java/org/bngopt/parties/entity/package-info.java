/** Customers and introducers as records. */
package org.bngopt.parties.entity;
