/**
 * Why a quote's units are unmet (issue 20): for each unmet line, every bank that could legally supply it
 * under rules.md, with its tier, its stock after the quotes-hold policy, whether it has a price, and why it
 * did not supply.
 */
package org.bngopt.unavailability;
