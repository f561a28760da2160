/** The stored statements, the statutory credits table and the statement's PDF. */
package org.bngopt.unavailability.control;
