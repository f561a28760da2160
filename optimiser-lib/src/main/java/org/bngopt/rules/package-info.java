/**
 * The business rules of rules.md, one small class per rule group, each citing its rule numbers:
 * names and tiers (R2), stock (R1.3, R13), trading (R6), prices (R4), contract size (R5), discounts (R12)
 * and rounding (R10.1–R11).
 */
package org.bngopt.rules;
