package vn.motcua.core.link;

/**
 * Takes the bytes a link receives, as they arrive (push mode), instead of buffering them for
 * {@link Link#read}.
 *
 * <p>Called on the link's event thread with a chunk that the receiver owns. The same rules as
 * for {@link LinkListener} apply: quick, no blocking calls on the link, exceptions go to the
 * link's error handler.
 */
@FunctionalInterface
public interface LinkReceiver {

    void onBytes(Link link, byte[] chunk);
}
