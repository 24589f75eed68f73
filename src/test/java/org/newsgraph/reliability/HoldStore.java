package org.newsgraph.reliability;

import java.nio.file.Path;
import org.newsgraph.store.Store;

/** A process that holds a store open, as a running server does: says "open", then waits until killed. */
public final class HoldStore {

    private HoldStore() {
    }

    public static void main(String[] args) throws Exception {
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println("open");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
