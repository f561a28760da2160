/**
 * Container resources the WAR defines for the whole application, such as its data source.
 */
package org.bngopt.config;
