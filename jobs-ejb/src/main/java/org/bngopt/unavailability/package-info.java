/** Why a job's units are unmet, as a statement for the planning authority; and the statutory credits table. */
package org.bngopt.unavailability;
