/** The {@code tcp://host:port} link provider. Not API: may change at any time. */
package vn.motcua.core.internal.tcp;
