/**
 * The benchmark floor: the cheapest answer the API stack can give, to measure the other paths against.
 */
package org.bngopt.api.floor;
