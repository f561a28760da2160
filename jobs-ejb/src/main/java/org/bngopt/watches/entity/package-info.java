/** A watch and a notification, as records. */
package org.bngopt.watches.entity;
