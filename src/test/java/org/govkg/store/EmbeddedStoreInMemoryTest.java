package org.govkg.store;

class EmbeddedStoreInMemoryTest extends KnowledgeStoreContract {

    @Override
    protected KnowledgeStore create() {
        return EmbeddedStore.inMemory();
    }
}
