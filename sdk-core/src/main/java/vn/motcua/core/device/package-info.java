/**
 * The device model: a {@link vn.motcua.core.device.Device} with an id, info, state, health and
 * faults, and a {@link vn.motcua.core.device.DeviceContext} that opens the devices of a
 * configuration and closes them in reverse order.
 */
package vn.motcua.core.device;
