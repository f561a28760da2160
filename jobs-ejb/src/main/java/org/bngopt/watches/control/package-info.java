/** The watches and notifications tables. */
package org.bngopt.watches.control;
