/** Provider discovery shared by the registries. Not API: may change at any time. */
package vn.motcua.core.internal.spi;
