/** The one way a boundary says that an input field is invalid. */
package org.bngopt.infrastructure.validation;
