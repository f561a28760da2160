/** How the product writes and reads JSON: one configuration, used by every module. */
package org.bngopt.json;
