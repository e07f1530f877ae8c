/** Device providers that sdk-core brings. Not API: may change at any time. */
package vn.motcua.core.internal.device;
