/**
 * What device drivers implement: a {@link vn.motcua.core.device.spi.DeviceProvider} per device
 * kind, usually on top of {@link vn.motcua.core.device.spi.AbstractDevice}, which keeps state,
 * faults and listeners.
 */
package vn.motcua.core.device.spi;
