/**
 * How the pages reach the product: the same JSON API other systems use, through a MicroProfile REST
 * Client.
 */
package org.bngopt.ui.client;
