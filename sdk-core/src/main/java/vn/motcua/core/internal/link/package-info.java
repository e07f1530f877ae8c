/** The reconnecting link behind every provider's connections. Not API: may change at any time. */
package vn.motcua.core.internal.link;
