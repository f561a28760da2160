/**
 * The API's typed contract: the records that the JAX-RS resources write and read, and that the pages'
 * REST clients bind. Both sides depend on this package; neither depends on the other.
 */
package org.bngopt.contract;
