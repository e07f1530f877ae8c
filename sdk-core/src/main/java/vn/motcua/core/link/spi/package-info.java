/**
 * What a link provider implements: a {@link vn.motcua.core.link.spi.LinkProvider} per URI
 * scheme, which validates URIs into {@link vn.motcua.core.link.spi.LinkEndpoint}s that open
 * {@link vn.motcua.core.link.spi.LinkConnection}s. Reconnection, buffering, counters and
 * events are the SDK's job, not the provider's.
 */
package vn.motcua.core.link.spi;
