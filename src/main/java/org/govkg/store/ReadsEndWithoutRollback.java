package org.govkg.store;

import org.apache.jena.query.ReadWrite;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;

/**
 * The text-indexed dataset with {@code abort()} of a read transaction turned into {@code end()}.
 *
 * <p>jena-text joins TDB2's transactions with a component that rolls the shared Lucene writer back
 * on every abort, reads included. Fuseki aborts a query's read transaction when the query times
 * out, and {@code Txn.executeRead} aborts when its code throws. Two such aborts at once race on the
 * writer: one of them fails half-way, its transaction is never finished, and TDB2 then refuses to
 * close ("Can't expel: Active transactions"). An aborted read during an ingest would also throw away
 * the ingest's uncommitted index entries. A read has nothing to roll back, so ending it is the
 * same for the data and leaves the writer alone.
 */
final class ReadsEndWithoutRollback extends DatasetGraphWrapper {

    ReadsEndWithoutRollback(DatasetGraph indexed) {
        super(indexed);
    }

    @Override
    public void abort() {
        if (isInTransaction() && transactionMode() == ReadWrite.READ)
            end();
        else
            super.abort();
    }
}
