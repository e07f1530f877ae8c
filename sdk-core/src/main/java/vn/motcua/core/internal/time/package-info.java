/** Time helpers shared by the SDK's internals. Not API: may change at any time. */
package vn.motcua.core.internal.time;
